"""From an event to POSTs and log rows: Mautic's WebhookModel, immediate and command modes.

* Subscribers: published hooks with an event row for the trigger, ascending hook id, looked up again for
  every event, so a hook killed by one event gets nothing of the next (EventRepository.php:15-30).
* Every event object gets ``timestamp`` (``date('c')`` of the moment it was queued) as its last key.
* immediate_process: one POST per event per hook, inside the triggering request; never retried.
  command_process: the event is stored in ``webhook_queue`` and sent by ``process-webhooks``.
* Logging and the kill rule (WebhookModel.php:287-418, LogRepository.php:118-162; DELIVERIES.md §5.3):
  an HTTP answer writes ``<status>`` + body; a non-2xx then writes ``N/A`` + "<url> returned <status> with
  payload: …"; a transport error writes only the ``N/A`` row. Before the ``N/A`` row the hook is killed
  (unpublished) when it is sick: not modified in the last 2 days, and none of its last
  ``webhook_disable_limit`` rows is 2xx. HTTP 410 kills at once.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from .. import db, store
from ..serialize import encode_controller
from . import sender, tables
from .config import COMMAND, DeliverySettings

_TAGS = re.compile(r"<[^>]*>")
KILLED = "Webhook was automatically deactivated because the response has errored out {limit} times in a row."
NOTE_LIMIT = 190  # Log.php:130-137


@dataclass(frozen=True)
class Event:
    """One webhook event: the trigger and its payload, without ``timestamp``."""

    trigger: str
    payload: dict


@dataclass(frozen=True)
class Subscriber:
    id: int
    url: str
    secret: str
    date_modified: str | None
    orderby_dir: str | None


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _note(text: str | None) -> str | None:
    """Log::setNote: tags stripped, first 190 characters."""
    return _TAGS.sub("", text)[:NOTE_LIMIT] if text else text


class Dispatcher:
    """Delivers events for one sandbox database. Thread-safe: each thread gets its own connection."""

    def __init__(self, db_path, settings: DeliverySettings, faults=None):
        self.db_path = db_path
        self.settings = settings
        self.faults = faults
        self._local = threading.local()

    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = db.connect(self.db_path)
            tables.install(conn)
        return conn

    def _outgoing(self, stage: str, value, **context):
        return value if self.faults is None else self.faults.outgoing(stage, value, **context)

    # --- subscribers ---------------------------------------------------------------------------------

    def subscribers(self, trigger: str, only_hook: int | None = None) -> list[Subscriber]:
        published_only = self._outgoing("published-only", True)
        sql = (
            "SELECT h.id, h.webhook_url, h.secret, h.date_modified, h.events_orderby_dir FROM hooks h"
            " JOIN hook_events e ON e.hook_id = h.id WHERE e.event_type = ?"
        )
        params: list = [trigger]
        if published_only:
            sql += " AND h.is_published = 1"
        if only_hook is not None:
            sql += " AND h.id = ?"
            params.append(only_hook)
        rows = self.conn.execute(sql + " ORDER BY h.id, e.id", params).fetchall()
        return [Subscriber(*row) for row in rows]

    def listened(self, trigger: str) -> bool:
        """Whether any hook would get ``trigger``: one indexed lookup, so a request that fires events
        nobody subscribes to costs no thread hop (Mautic too serializes only for subscribed hooks)."""
        sql = "SELECT 1 FROM hook_events e JOIN hooks h ON h.id = e.hook_id WHERE e.event_type = ?"
        if self._outgoing("published-only", True):
            sql += " AND h.is_published = 1"
        return self.conn.execute(sql + " LIMIT 1", (trigger,)).fetchone() is not None

    # --- entry point -----------------------------------------------------------------------------------

    def fire(self, events: list[Event], only_hook: int | None = None) -> int:
        """Deliver (or queue) each event to its subscribers, in order; returns the number of POSTs/rows."""
        count = 0
        for event in events:
            queued_at = datetime.now(UTC)
            for hook in self.subscribers(event.trigger, only_hook):
                if self.settings.queue_mode == COMMAND:
                    self._enqueue(hook, event, queued_at)
                else:
                    body = {event.trigger: [self._stamped(event.payload, queued_at)]}
                    self.send(hook, body)
                count += 1
        return count

    def _stamped(self, payload: dict, queued_at: datetime) -> dict:
        return self._outgoing("event", {**payload, "timestamp": iso(queued_at)})

    def _enqueue(self, hook: Subscriber, event: Event, queued_at: datetime) -> None:
        with db.transaction(self.conn):
            self.conn.execute(
                "INSERT INTO webhook_queue (hook_id, event_type, payload, date_added) VALUES (?, ?, ?, ?)",
                (hook.id, event.trigger, encode_controller(event.payload).decode(), store.now()),
            )

    # --- one POST ---------------------------------------------------------------------------------------

    def send(self, hook: Subscriber, body: dict) -> sender.Answer:
        raw = encode_controller(body)
        signature = self._outgoing("signature", sender.sign(raw, hook.secret), body=raw)
        site_url = self.settings.site_url or ""
        answer = sender.post(
            hook.url, raw, signature, site_url, self.settings.timeout, self.settings.deliver_to_any_host
        )
        self.record(hook, answer, raw)
        return answer

    def record(self, hook: Subscriber, answer: sender.Answer, raw: bytes) -> None:
        if answer.status is not None:
            text = answer.body.decode("utf-8", "replace") or None
            self._log(hook.id, str(answer.status), answer.runtime, text)
            if 200 <= answer.status < 300:
                return
            if answer.status == 410:
                self.kill(hook.id, "the response HTTP code was 410")
            message = f"{hook.url} returned {answer.status} with payload: {raw.decode('ascii')}"
        else:
            message = answer.error
        if self.is_sick(hook.id):
            self.kill(hook.id, "the responses were not successful for some time")
            message += " " + KILLED.format(limit=self.settings.webhook_disable_limit)
        self._log(hook.id, "N/A", answer.runtime, message)

    def _log(self, hook_id: int, status: str, runtime: float, note: str | None) -> None:
        with db.transaction(self.conn):
            self.conn.execute(
                "INSERT INTO webhook_logs (hook_id, status_code, runtime, note, date_added) VALUES (?,?,?,?,?)",
                (hook_id, status, round(runtime, 2), _note(note), store.now()),
            )

    # --- the kill rule ------------------------------------------------------------------------------------

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(seconds=self.settings.clock_offset)

    def is_sick(self, hook_id: int) -> bool:
        """Webhook::wasModifiedRecently (Webhook.php:499-514) + getSuccessVsErrorStatusCodeRatio."""
        row = self.conn.execute("SELECT date_modified FROM hooks WHERE id = ?", (hook_id,)).fetchone()
        if row is None:
            return False
        if row[0] is not None:
            modified = datetime.strptime(row[0], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
            if modified >= self.now() - timedelta(days=2):
                return False
        window = self.conn.execute(
            "SELECT status_code FROM webhook_logs WHERE hook_id = ? ORDER BY date_added DESC, id DESC LIMIT ?",
            (hook_id, self.settings.webhook_disable_limit),
        ).fetchall()
        if not window:
            return False  # no rows yet: healthy
        return not any(code.isdigit() and 200 <= int(code) < 300 for (code,) in window)

    def kill(self, hook_id: int, reason: str) -> None:
        """Unpublish and save, which stamps dateModified (WebhookModel.php:393-400). Mautic also notifies
        and e-mails the hook's creator; the sandbox prints one line instead."""
        with db.transaction(self.conn):
            self.conn.execute(
                "UPDATE hooks SET is_published = 0, date_modified = ? WHERE id = ?", (store.now(), hook_id)
            )
        print(f"sandbox: webhook {hook_id} has been stopped because {reason}", file=sys.stderr, flush=True)

    # --- command_process -------------------------------------------------------------------------------------

    def process_queue(self, only_hook: int | None = None) -> int:
        """``mautic:webhooks:process``: published hooks in name order (WebhookRepository.php:39-42); per hook,
        batches of ``webhook_limit`` rows by id in the hook's direction (or the global one), grouped by
        trigger in order of first appearance, until its queue is empty. Rows are deleted after any HTTP answer
        (even an error: WebhookModel.php:301-309 runs before the status check) and kept after a transport
        error; but the ids of a failed batch stay in the pending list, so the next successful POST of the run
        deletes them too (the cross-hook loss of DELIVERIES.md §5.4). Returns the number of POSTs."""
        sql = "SELECT id, webhook_url, secret, date_modified, events_orderby_dir FROM hooks WHERE is_published = 1"
        params: list = []
        if only_hook is not None:
            sql += " AND id = ?"
            params.append(only_hook)
        hooks = [Subscriber(*r) for r in self.conn.execute(sql + " ORDER BY name, id", params).fetchall()]
        pending: list[int] = []
        posts = 0
        deadline = time.monotonic() + 600  # webhook_time_limit (WebhookModel.php:358, 655-661)
        for hook in hooks:
            while time.monotonic() < deadline:
                direction = (
                    "DESC" if (hook.orderby_dir or self.settings.events_orderby_dir) == "DESC" else "ASC"
                )
                rows = self.conn.execute(
                    f"SELECT id, event_type, payload, date_added FROM webhook_queue WHERE hook_id = ?"
                    f" ORDER BY id {direction} LIMIT ?",
                    (hook.id, self.settings.webhook_limit),
                ).fetchall()
                if not rows:
                    break
                body: dict[str, list] = {}
                for row_id, event_type, payload, date_added in rows:
                    stamped = {**json.loads(payload), "timestamp": date_added.replace(" ", "T") + "+00:00"}
                    body.setdefault(event_type, []).append(self._outgoing("event", stamped))
                    pending.append(row_id)
                answer = self.send(hook, body)
                posts += 1
                if answer.status is None:
                    break
                self._delete(pending)
                if not 200 <= answer.status < 300:
                    break
                pending = []
        return posts

    def _delete(self, ids: list[int]) -> None:
        with db.transaction(self.conn):
            self.conn.executemany("DELETE FROM webhook_queue WHERE id = ?", [(i,) for i in ids])
