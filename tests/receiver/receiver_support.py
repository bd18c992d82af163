"""Helpers shared by the receiver kit's tests: the reference receiver as a subprocess."""

from __future__ import annotations

import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from mautic_hooks_receiver.__main__ import READY_PREFIX, SECRET_VARIABLE

SECRET = "secret-lead_points_change"  # the secret of hook 206, which signed the points-change samples


class ReceiverProcess:
    """`python -m mautic_hooks_receiver` in a subprocess: its URL, and the event lines it printed."""

    def __init__(self, secret: str, timeout: float = 20) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mautic_hooks_receiver", "--port", "0", "--path", "/hook"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, SECRET_VARIABLE: secret},
        )
        self.lines: queue.Queue[str] = queue.Queue()
        ready: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, args=(ready,), daemon=True).start()
        try:
            self.url = ready.get(timeout=timeout)
        except queue.Empty:
            self.stop()
            raise RuntimeError("the receiver did not start") from None

    def _read(self, ready: queue.Queue[str]) -> None:
        for line in self.process.stdout:
            if line.startswith(READY_PREFIX):
                ready.put(line[len(READY_PREFIX) :].strip())
            else:
                self.lines.put(line)

    def events(self, count: int, timeout: float = 5) -> list[dict[str, Any]]:
        """The next `count` event lines (the handler runs after the answer, so they may come a little later)."""
        return [json.loads(self.lines.get(timeout=timeout)) for _ in range(count)]

    def nothing_more(self, wait: float = 0.5) -> bool:
        try:
            extra = self.lines.get(timeout=wait)
        except queue.Empty:
            return True
        raise AssertionError(f"unexpected output: {extra}")

    def stop(self) -> None:
        stop_process(self.process)


def stop_process(process: subprocess.Popen, timeout: float = 10) -> int:
    """SIGTERM, as an orchestrator stops a process, then SIGKILL after `timeout` s; its exit code."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode


@contextmanager
def served_in_thread(app: Any) -> Iterator[str]:
    """Serve an app built in the test (e.g. with a slow handler) with uvicorn on loopback; yields its URL."""
    listener = socket.create_server(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/"
    finally:
        server.should_exit = True
        thread.join(10)
