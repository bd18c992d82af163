"""A real redis-server for the inbox's tests and benchmark: its own process, free loopback port, temporary dir.

Never a system service: each user starts its own and stops it. `make test` installs Debian's redis-server when it
is missing (Makefile: redis-server); without it this fails rather than skips, so a missing server is never a
silently green run.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Self

import redis
from receiver_support import stop_process


class RedisServer:
    """`with RedisServer() as server: server.url` → redis://127.0.0.1:PORT/0, stopped (and its files gone) after."""

    def __init__(self, timeout: float = 10) -> None:
        self.binary = shutil.which("redis-server")
        if self.binary is None:
            raise RuntimeError(
                "redis-server is not installed: run `make redis-server` (Debian's redis-server package)"
            )
        self.timeout = timeout
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Self:
        self._dir = tempfile.TemporaryDirectory(prefix="inbox-redis-")
        for _ in range(5):  # a free port can be taken between the look-up and the bind: try another
            self.port = _free_port()
            self.process = subprocess.Popen(
                [self.binary, "--bind", "127.0.0.1", "--port", str(self.port), "--dir", self._dir.name,
                 "--save", "", "--appendonly", "yes", "--protected-mode", "yes", "--logfile", "redis.log"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            if self._wait_ready():
                return self
            self._stop()
        log = Path(self._dir.name, "redis.log")
        raise RuntimeError(f"redis-server did not start:\n{log.read_text() if log.exists() else ''}")

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def _wait_ready(self) -> bool:
        client = redis.Redis(port=self.port, socket_connect_timeout=0.5)
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                return bool(client.ping())
            except redis.ConnectionError:
                time.sleep(0.05)
        return False

    def kill(self) -> None:
        """SIGKILL the server (its data goes, unless it was persisted)."""
        self.process.kill()
        self.process.wait()

    def _stop(self) -> None:
        if self.process is not None:
            stop_process(self.process)

    def __exit__(self, *exc) -> None:
        self._stop()
        self._dir.cleanup()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
