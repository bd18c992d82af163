"""Helpers for the inbox tests: `serve` and `work` as real subprocesses, and distinct signed deliveries.

Deliveries are the recorded `lead_post_save_new` POST of a real Mautic with only the timestamp changed (one
second apart), signed with the kit's `sign`: distinct bodies, so de-duplication does not merge them, and the
timestamp names each delivery in the handler's output.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import ClassVar

import httpx
from deliveries import all_deliveries
from mautic_hooks_receiver import sign
from mautic_hooks_receiver.__main__ import READY_PREFIX, SECRET_VARIABLE
from mautic_hooks_receiver.inbox import open_inbox
from mautic_hooks_receiver.inbox.cli import WORKER_READY_PREFIX
from receiver_support import stop_process

HERE = Path(__file__).resolve().parent
SECRET = "secret-lead_post_save_new"
_RECORDED = next(d for d in all_deliveries() if d.file == "mautic.lead_post_save_new.json")
_STAMP = json.loads(_RECORDED.raw_body)["mautic.lead_post_save_new"][0]["timestamp"]


def signed_deliveries(count: int, start: int = 0) -> list[tuple[bytes, str, str]]:
    """(body, Webhook-Signature, timestamp) for `count` distinct deliveries."""
    base = datetime.datetime.fromisoformat(_STAMP)
    made = []
    for n in range(start, start + count):
        stamp = (base + datetime.timedelta(seconds=n)).isoformat()
        body = _RECORDED.raw_body.replace(
            f'"timestamp":"{_STAMP}"'.encode(), f'"timestamp":"{stamp}"'.encode()
        )
        assert body != _RECORDED.raw_body or n == 0
        made.append((body, sign(body, SECRET), stamp))
    return made


async def _post_all(url: str, deliveries, concurrency: int, on_answer) -> dict[str, int]:
    in_flight = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=concurrency)) as client:

        async def one(body: bytes, signature: str, stamp: str) -> tuple[str, int]:
            async with in_flight:
                try:
                    response = await client.post(url, content=body, headers={"Webhook-Signature": signature})
                except httpx.TransportError:
                    return stamp, 0  # no answer: not acknowledged
            if on_answer is not None:
                on_answer(response.status_code)
            return stamp, response.status_code

        return dict(await asyncio.gather(*(one(*d) for d in deliveries)))


def post_all(url: str, deliveries, concurrency: int | None = None, on_answer=None) -> dict[str, int]:
    """POST the deliveries, `concurrency` at a time (default: all at once); the status per timestamp, 0 for
    no answer. `on_answer(status)` is called as each answer arrives."""
    return asyncio.run(_post_all(url, deliveries, concurrency or len(deliveries), on_answer))


class Command:
    """`python -m MODULE ARGS` in a subprocess, waiting for its READY line; its output kept.

    Every one started is listed in `started`, so a test that fails half-way leaves none running (conftest.py).
    """

    started: ClassVar[list[Command]] = []

    def __init__(
        self,
        *args: str,
        ready: str,
        env: dict[str, str] | None = None,
        timeout: float = 20,
        module: str = "mautic_hooks_receiver",
    ) -> None:
        self.args = args
        self.process = subprocess.Popen(
            [sys.executable, "-m", module, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, SECRET_VARIABLE: SECRET, "PYTHONPATH": str(HERE), **(env or {})},
        )
        Command.started.append(self)
        self.output: list[str] = []
        ready_lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, args=(ready, ready_lines), daemon=True).start()
        try:
            self.url = ready_lines.get(timeout=timeout)
        except queue.Empty:
            self.stop()
            raise RuntimeError(f"{args[0]} did not start:\n{''.join(self.output)}") from None

    def _read(self, ready: str, ready_lines: queue.Queue[str]) -> None:
        for line in self.process.stdout:
            self.output.append(line)
            if line.startswith(ready):
                ready_lines.put(line[len(ready) :].strip())

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self, timeout: float = 15) -> int:
        """SIGTERM, as an orchestrator stops a process; its exit code."""
        return stop_process(self.process, timeout)


def serve(inbox: str, *extra: str, env: dict[str, str] | None = None) -> Command:
    return Command("serve", "--inbox", inbox, "--port", "0", *extra, ready=READY_PREFIX, env=env)


def work(
    inbox: str, handled: Path, *extra: str, sleep: float = 0, env: dict[str, str] | None = None
) -> Command:
    settings = {"INBOX_TEST_HANDLED": str(handled), "INBOX_TEST_SLEEP": str(sleep), **(env or {})}
    args = ("work", "--inbox", inbox, "--handler", "inbox_handler:record", "--port", "0", *extra)
    return Command(*args, ready=WORKER_READY_PREFIX, env=settings)


def handled_lines(handled: Path, phase: str = "done") -> list[dict]:
    if not handled.exists():
        return []
    return [line for line in map(json.loads, handled.read_text().splitlines()) if line["phase"] == phase]


def wait_for(condition, timeout: float = 20, what: str = "the condition"):
    """Poll `condition()` until it returns something truthy; fail with `what` after `timeout` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def inbox_status(inbox: str) -> dict[str, int]:
    """The inbox's counts, read by this process (test_inbox_cli.py reads them with `inbox status`)."""
    opened = open_inbox(inbox)
    try:
        return opened.status().as_dict()
    finally:
        opened.close()
