"""Workers: take stored deliveries and call the handler, at least once per delivery, retrying with backoff.

Each of `concurrency` threads claims one delivery at a time, parses it (events sorted by `timestamp`, as
`create_app` passes them) and calls the handler. The delivery is finished only after the handler returned; a
handler that raises gets it again after `backoff * 2**(attempts-1)` seconds (capped), and after `max_attempts`
it goes to the dead-letter list. A worker killed mid-handler never reports back: its claim lapses after
`visibility` seconds and another worker (or this one, restarted) takes the delivery, so a handler must tolerate
seeing a delivery twice. A live worker extends its claims every `visibility / 3` s, so a slow handler keeps its
delivery however long it runs.

Threads, not asyncio tasks: handlers are mostly blocking code (a database write, an API call). An async handler
runs on an event loop of its thread's own.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
import socket
import threading
import time
from collections.abc import Awaitable, Callable

from mautic_hooks_receiver.events import Event, PayloadError, parse
from mautic_hooks_receiver.inbox.base import Claimed, Inbox, InboxError
from mautic_hooks_receiver.inbox.metrics import Metrics

Handler = Callable[[list[Event]], Awaitable[None] | None]
log = logging.getLogger("mautic_hooks_receiver.inbox")


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
        self.name = name or f"{socket.gethostname()}-{os.getpid()}"
        self.stopping = threading.Event()
        self._in_flight: dict[int, tuple[str, Claimed]] = {}
        self._lock = threading.Lock()

    def run(self, grace: float = 30.0) -> None:
        """Work until `stopping` is set; then let handlers finish for up to `grace` s and release the rest."""
        threads = [
            threading.Thread(target=self._loop, args=(n,), name=f"worker-{n}", daemon=True)
            for n in range(self.concurrency)
        ]
        finished = threading.Event()  # the heartbeat goes on while handlers finish after `stopping`
        threading.Thread(
            target=self._heartbeat, args=(finished,), name="worker-heartbeat", daemon=True
        ).start()
        for thread in threads:
            thread.start()
        self.stopping.wait()
        deadline = time.monotonic() + grace
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        finished.set()
        with self._lock:
            unfinished = [claimed for _, claimed in self._in_flight.values()]
            self._in_flight.clear()
        for claimed in unfinished:  # another worker takes them at once, not after the visibility timeout
            try:
                self.inbox.release(claimed)
            except InboxError as error:
                log.warning(
                    "could not release delivery %s (retried after the timeout): %s", claimed.id, error
                )

    def _loop(self, index: int) -> None:
        consumer, loop = f"{self.name}-{index}", None
        while not self.stopping.is_set():
            try:
                claimed = self.inbox.claim(consumer, self.visibility, self.block)
            except InboxError as error:
                log.warning("%s; trying again in 1 s", error)
                self.stopping.wait(1)
                continue
            if claimed is None:
                continue
            with self._lock:
                self._in_flight[index] = (consumer, claimed)
            try:
                loop = self.handle(claimed, loop)
            except InboxError as error:  # the outcome is lost: the claim lapses and the delivery comes back
                log.warning("delivery %s: could not record the outcome: %s", claimed.id, error)
            with self._lock:
                self._in_flight.pop(index, None)

    def _heartbeat(self, finished: threading.Event) -> None:
        while not finished.wait(self.visibility / 3):
            with self._lock:
                running = list(self._in_flight.values())
            for consumer, claimed in running:
                try:
                    self.inbox.extend(claimed, consumer, self.visibility)
                except InboxError as error:
                    log.warning("could not extend the claim of delivery %s: %s", claimed.id, error)

    def handle(self, claimed: Claimed, loop: asyncio.AbstractEventLoop | None = None):
        """Call the handler on one claimed delivery and record the outcome; returns the thread's event loop."""
        try:
            events = parse(claimed.body)
        except PayloadError as error:
            self.inbox.bury(claimed, str(error))
            self.metrics.count("dead")
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
        self.inbox.done(claimed)
        self.metrics.count("handled")
        return loop

    def _failed(self, claimed: Claimed, error: str) -> None:
        if claimed.attempts >= self.max_attempts:
            log.error(
                "delivery %s: attempt %d failed (%s); dead-lettered", claimed.id, claimed.attempts, error
            )
            self.inbox.bury(claimed, error)
            self.metrics.count("dead")
            return
        delay = min(self.backoff * 2 ** (claimed.attempts - 1), self.max_backoff)
        log.warning(
            "delivery %s: attempt %d failed (%s); retry in %.1f s", claimed.id, claimed.attempts, error, delay
        )
        self.inbox.retry(claimed, error, delay)
        self.metrics.count("retried")
