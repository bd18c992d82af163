"""Workers: take stored deliveries and call the handler, at least once per delivery, retrying with backoff.

A fetcher claims deliveries in batches and `concurrency` threads call the handler on them, one delivery at a
time, parsed (events sorted by `timestamp`, as `create_app` passes them). A delivery is finished only after the
handler returned; a handler that raises gets it again after `backoff * 2**(attempts-1)` seconds (capped), and
after `max_attempts` it goes to the dead-letter list, as does a body that does not parse. A worker killed
mid-handler never reports back: its claims lapse after `visibility` seconds and another worker (or this one,
restarted) takes the deliveries, so a handler must tolerate seeing a delivery twice. A live worker extends its
claims every `visibility / 3` s, so a slow handler keeps its delivery however long it runs.

Claims and finished deliveries go to the inbox in batches (a claim of several, a `done` of what finished in the
last few milliseconds): on SQLite each write is a transaction the receivers wait behind, so the worker writes
rarely and briefly. Threads, not asyncio tasks: handlers are mostly blocking code (a database write, an API
call). An async handler runs on an event loop of its thread's own.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
import queue
import socket
import threading
import time
from collections.abc import Awaitable, Callable

from mautic_hooks_receiver.events import Event, PayloadError, parse
from mautic_hooks_receiver.inbox.base import Claimed, Inbox, InboxError
from mautic_hooks_receiver.inbox.metrics import Metrics

Handler = Callable[[list[Event]], Awaitable[None] | None]
log = logging.getLogger("mautic_hooks_receiver.inbox")
FLUSH_EVERY = 0.02  # seconds a finished delivery waits to be recorded with others
PREFETCH = 4  # deliveries claimed at most per handler thread (waiting or running)


class Worker:
    def __init__(
        self,
        inbox: Inbox,
        handler: Handler,
        *,
        concurrency: int = 1,
        max_attempts: int = 8,
        backoff: float = 1.0,
        max_backoff: float = 300.0,
        visibility: float = 60.0,
        block: float = 0.5,
        metrics: Metrics | None = None,
        name: str | None = None,
    ) -> None:
        if concurrency < 1 or max_attempts < 1:
            raise ValueError("concurrency and max_attempts must be at least 1")
        self.inbox, self.handler = inbox, handler
        self.concurrency, self.max_attempts = concurrency, max_attempts
        self.backoff, self.max_backoff = backoff, max_backoff
        self.visibility, self.block = visibility, block
        self.metrics = metrics or Metrics()
        self.consumer = name or f"{socket.gethostname()}-{os.getpid()}"
        self.stopping = threading.Event()
        self._ready: queue.Queue[Claimed] = queue.Queue()
        self._held: dict[str, Claimed] = {}  # claimed and not yet recorded: waiting, running or finished
        self._finished: list[Claimed] = []
        self._lock = threading.Lock()
        self._freed = threading.Condition(self._lock)  # a handler thread became free: the fetcher may claim

    def run(self, grace: float = 30.0) -> None:
        """Work until `stopping` is set; then let handlers finish for up to `grace` s and release the rest."""
        done = threading.Event()  # set once shut down: the heartbeat and the recorder go on until then
        helpers = [
            threading.Thread(target=self._heartbeat, args=(done,), name="worker-heartbeat", daemon=True),
            threading.Thread(target=self._recorder, args=(done,), name="worker-recorder", daemon=True),
        ]
        threads = [
            threading.Thread(target=self._handle_ready, name=f"worker-{n}", daemon=True)
            for n in range(self.concurrency)
        ]
        for thread in helpers + threads:
            thread.start()
        self._fetch()
        deadline = time.monotonic() + grace
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        done.set()
        helpers[1].join(5)  # the last finished deliveries are recorded
        with self._lock:
            unfinished = list(self._held.values())
            self._held.clear()
        for claimed in unfinished:  # waiting or still running: another worker takes them at once
            try:
                self.inbox.release(claimed)
            except InboxError as error:
                log.warning(
                    "could not release delivery %s (retried after the timeout): %s", claimed.id, error
                )

    def _fetch(self) -> None:
        limit = self.concurrency * PREFETCH
        while not self.stopping.is_set():
            with self._freed:  # finished deliveries waiting to be recorded take no handler's time
                room = limit - (len(self._held) - len(self._finished))
                if room <= 0:
                    self._freed.wait(0.1)
                    continue
            try:
                claimed = self.inbox.claim(self.consumer, self.visibility, self.block, room)
            except InboxError as error:
                log.warning("%s; trying again in 1 s", error)
                self.stopping.wait(1)
                continue
            with self._lock:
                self._held.update((c.id, c) for c in claimed)
            for item in claimed:
                self._ready.put(item)

    def _handle_ready(self) -> None:
        loop = None
        while not self.stopping.is_set():
            try:
                claimed = self._ready.get(timeout=0.1)
            except queue.Empty:
                continue
            try:
                loop = self.handle(claimed, loop)
            except InboxError as error:  # the outcome is lost: the claim lapses and the delivery comes back
                log.warning("delivery %s: could not record the outcome: %s", claimed.id, error)
                self._forget(claimed)

    def handle(self, claimed: Claimed, loop: asyncio.AbstractEventLoop | None = None):
        """Call the handler on one claimed delivery and record the outcome; returns the thread's event loop."""
        try:
            events = parse(claimed.body)
        except PayloadError as error:
            self._bury(claimed, str(error))
            return loop
        started = time.perf_counter()
        try:
            result = self.handler(events)
            if inspect.isawaitable(result):
                loop = loop or asyncio.new_event_loop()
                loop.run_until_complete(result)
        except Exception as error:  # noqa: BLE001 - whatever a handler raises is retried
            self.metrics.observe_handler(time.perf_counter() - started)
            self._failed(claimed, f"{type(error).__name__}: {error}")
            return loop
        self.metrics.observe_handler(time.perf_counter() - started)
        with self._freed:
            self._finished.append(claimed)
            self._freed.notify()
        return loop

    def _failed(self, claimed: Claimed, error: str) -> None:
        if claimed.attempts >= self.max_attempts:
            log.error(
                "delivery %s: attempt %d failed (%s); dead-lettered", claimed.id, claimed.attempts, error
            )
            self._bury(claimed, error)
            return
        delay = min(self.backoff * 2 ** (claimed.attempts - 1), self.max_backoff)
        log.warning(
            "delivery %s: attempt %d failed (%s); retry in %.1f s", claimed.id, claimed.attempts, error, delay
        )
        self.inbox.retry(claimed, error, delay)
        self._forget(claimed)
        self.metrics.count("retried")

    def _bury(self, claimed: Claimed, error: str) -> None:
        self.inbox.bury(claimed, error)
        self._forget(claimed)
        self.metrics.count("dead")

    def _forget(self, claimed: Claimed) -> None:
        with self._freed:
            self._held.pop(claimed.id, None)
            self._freed.notify()

    def _recorder(self, done: threading.Event) -> None:
        """Record finished deliveries as done, a batch every FLUSH_EVERY s (and once more at shutdown)."""
        while True:
            last = done.wait(FLUSH_EVERY)
            with self._lock:
                batch, self._finished = self._finished, []
            if batch:
                try:
                    self.inbox.done(batch)
                except InboxError as error:  # they lapse and are handled again: at least once
                    log.warning("could not record %d handled deliveries: %s", len(batch), error)
                else:
                    for _ in batch:
                        self.metrics.count("handled")
                with self._lock:
                    for claimed in batch:
                        self._held.pop(claimed.id, None)
            if last:
                return

    def _heartbeat(self, done: threading.Event) -> None:
        while not done.wait(self.visibility / 3):
            with self._lock:
                held = list(self._held.values())
            if held:
                try:
                    self.inbox.extend(held, self.consumer, self.visibility)
                except InboxError as error:
                    log.warning("could not extend %d claims: %s", len(held), error)
