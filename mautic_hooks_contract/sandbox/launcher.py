"""Start a sandbox server as a subprocess — for tests, benchmarks and the contract suite.

The server prints ``SANDBOX_READY <url>`` once it listens; the launcher waits for that line so
callers never race the bind.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Self

from .settings import DEFAULT_ADMIN, DEFAULT_CLIENT, DEFAULT_LIMITED

READY_PREFIX = "SANDBOX_READY "


def run_command(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``python -m mautic_hooks_contract.sandbox ARGS`` (fire, webhook-logs, process-webhooks, seed, ...) as a
    separate process, as a user runs it; its exit status and output are the caller's to judge."""
    return subprocess.run(
        [sys.executable, "-m", "mautic_hooks_contract.sandbox", *args],
        capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip


class SandboxProcess:
    """``with SandboxProcess() as sb: httpx.get(sb.api_url + "/hooks", auth=sb.admin)``"""

    def __init__(
        self, db_path=None, port: int = 0, env: dict | None = None, extra_args=(), timeout: float = 20
    ):
        self._tmpdir = None
        if db_path is None:
            self._tmpdir = tempfile.TemporaryDirectory(prefix="mautic-sandbox-")
            db_path = Path(self._tmpdir.name) / "sandbox.sqlite3"
        self.db_path = Path(db_path)
        self.port = port
        self.env = {**os.environ, **(env or {})}
        self.extra_args = tuple(extra_args)
        self.timeout = timeout
        self.url: str | None = None
        self.process: subprocess.Popen | None = None
        self.output: list[str] = []
        self.admin = (
            self.env.get("SANDBOX_USERNAME", DEFAULT_ADMIN[0]),
            self.env.get("SANDBOX_PASSWORD", DEFAULT_ADMIN[1]),
        )
        self.limited = (
            self.env.get("SANDBOX_LIMITED_USERNAME", DEFAULT_LIMITED[0]),
            self.env.get("SANDBOX_LIMITED_PASSWORD", DEFAULT_LIMITED[1]),
        )
        self.client = (
            self.env.get("SANDBOX_CLIENT_ID", DEFAULT_CLIENT[0]),
            self.env.get("SANDBOX_CLIENT_SECRET", DEFAULT_CLIENT[1]),
        )

    @property
    def api_url(self) -> str:
        return f"{self.url}/api"

    def start(self) -> Self:
        cmd = [
            sys.executable,
            "-m",
            "mautic_hooks_contract.sandbox",
            "serve",
            "--port",
            str(self.port),
            "--db",
            str(self.db_path),
        ]
        cmd.append("--exit-with-parent")  # never outlives whoever started it
        self.process = subprocess.Popen(
            [*cmd, *self.extra_args],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=self.env,
        )
        ready = threading.Event()
        threading.Thread(target=self._read_output, args=(ready,), daemon=True).start()
        if not ready.wait(self.timeout) or self.url is None:
            self.stop()
            raise RuntimeError("sandbox did not become ready:\n" + "".join(self.output))
        return self

    def _read_output(self, ready: threading.Event) -> None:
        for line in self.process.stdout:
            self.output.append(line)
            if line.startswith(READY_PREFIX) and not ready.is_set():
                self.url = line[len(READY_PREFIX) :].strip()
                ready.set()
        ready.set()  # the process ended before it was ready

    def stop(self, timeout: float = 10) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._tmpdir is not None:
            self._tmpdir.cleanup()
            self._tmpdir = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
