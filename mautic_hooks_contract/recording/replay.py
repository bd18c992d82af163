"""Replay a recording: every exchange in ``seq`` order against a target in S0, compared fairly.

One target per file (a fresh sandbox with the file's API switches); requests carry the target's own
credentials for each identity label; hook ids are mapped; a differing write is followed by a resync.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from . import format as recording_format
from .format import Exchange, RecordingError
from .ids import IdMap
from .normalize import Answer, Context, compare
from .state import RecordedState, clear_target, resync
from .target import Target, sandbox_in_s0

WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass
class Difference:
    exchange: Exchange
    details: list[str]

    def line(self) -> str:
        e = self.exchange
        target = e.path if len(e.path) <= 90 else e.path[:87] + "..."
        return f"#{e.seq} [{e.group}] {e.identity} {e.method} {target}: " + "; ".join(self.details)


@dataclass
class FileResult:
    path: Path
    exchanges: list[Exchange]
    differences: list[Difference] = field(default_factory=list)
    seconds: float = 0.0


def phase_of(exchanges: list[Exchange]) -> str:
    return str(exchanges[0].extra.get("phase", "default"))


class Replayer:
    """Replays exchanges against one target; keeps the id map and the recorded state between them."""

    def __init__(self, target: Target):
        self.target = target
        self.ids = IdMap()
        self.state = RecordedState()
        self.resynced: set[int] = set()

    def request(self, exchange: Exchange) -> tuple[str, bytes]:
        """The request target and body as the target must receive them."""
        creds = self.target.credentials
        path = self.ids.path(creds.substitute(exchange.path))
        body = exchange.req_body
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return path, body
        if "{{" in text:
            body = creds.substitute(text).encode("utf-8", "surrogatepass")
        media = exchange.req_headers.get("Content-Type", "").split(";")[0].strip().lower()
        if media == "application/x-www-form-urlencoded":
            body = self.ids.form(body.decode("utf-8")).encode("utf-8")
        elif body and media in ("", "application/json"):
            body = self.ids.json_body(body, batch_edit="/batch/edit" in path)
        return path, body

    def replay(self, exchange: Exchange) -> Difference | None:
        try:
            path, body = self.request(exchange)
            self.target.credentials.authorization(exchange.identity)
        except KeyError as exc:
            raise RecordingError(
                f"{exchange.line}: the sandbox has no credentials for {exc.args[0]} (seq {exchange.seq})."
            ) from None
        actual = self.target.send(
            exchange.method, path, identity=exchange.identity, headers=exchange.req_headers, body=body
        )
        recorded = Answer(exchange.status, exchange.resp_headers, exchange.resp_body)
        recorded_json, actual_json = recorded.json(), actual.json()
        if exchange.method in ("POST", "PUT", "PATCH") and exchange.status in (200, 201):
            self.ids.learn(recorded_json, actual_json)
        ctx = Context(
            ids=self.ids,
            recorded_path=exchange.path,
            sent_path=path,
            request_body=exchange.req_body,
            recorded_origin=exchange.origin,
            target_origin=self.target.origin,
            resynced=self.resynced,
        )
        details = compare(recorded, actual, ctx)
        self.state.observe(exchange, recorded_json)
        if details and exchange.method in WRITES and exchange.path.startswith("/api/"):
            self.resynced |= resync(self.target, self.ids, self.state, exchange, recorded_json, actual_json)
        return Difference(exchange, details) if details else None

    def run(self, exchanges: list[Exchange]) -> list[Difference]:
        differences = []
        group = None
        for exchange in exchanges:
            if exchange.group != group:
                if group is not None:
                    clear_target(self.target)
                    self.state = RecordedState()
                group = exchange.group
            found = self.replay(exchange)
            if found:
                differences.append(found)
        return differences


def replay_file(path: Path | str, extra_args: tuple[str, ...] = ()) -> FileResult:
    """Load (RecordingError for a broken file), start a sandbox in S0, replay, stop."""
    started = time.monotonic()
    exchanges = recording_format.load(path)
    try:
        with sandbox_in_s0(phase_of(exchanges), extra_args) as target:
            differences = Replayer(target).run(exchanges)
    except RecordingError as exc:
        raise RecordingError(f"{path}:{exc}") from None
    return FileResult(Path(path), exchanges, differences, time.monotonic() - started)
