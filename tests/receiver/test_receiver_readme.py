"""The README's receiving examples run: its handler through the inbox commands as written, then in simple mode.

The handler block is written out as `myhooks.py`; the `serve` and `work` lines of the shell block are run as
they stand (a temporary SQLite inbox for `$INBOX`, a free port for 8199); a recorded points-change POST must make
the worker print the new points. Then the simple-mode block serves the same handler with `create_app`.
"""

from __future__ import annotations

import re
import shlex
import sys
import time
from pathlib import Path

import httpx
from deliveries import all_deliveries
from inbox_support import Command, wait_for
from mautic_hooks_receiver.__main__ import READY_PREFIX, SECRET_VARIABLE
from mautic_hooks_receiver.inbox.cli import WORKER_READY_PREFIX
from receiver_support import served_in_thread

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = re.compile(r"^## Receiving webhooks\n(.*?)^## ", re.DOTALL | re.MULTILINE)
PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
SHELL_BLOCK = re.compile(r"```sh\n(.*?)```", re.DOTALL)
POINTS = next(d for d in all_deliveries() if d.file == "mautic.lead_points_change.json")
EVENT = POINTS.body["mautic.lead_points_change"][0]
EXPECTED = f"{EVENT['contact']['id']} {EVENT['points']['new_points']}"


def section() -> str:
    return SECTION.search(README.read_text()).group(1)


def readme_command(name: str, inbox: str) -> list[str]:
    """The README's `python -m mautic_hooks_receiver NAME ...` line, with `$INBOX` and the port filled in."""
    prefix = f"python -m mautic_hooks_receiver {name} "
    (line,) = [
        line for line in SHELL_BLOCK.search(section()).group(1).splitlines() if line.startswith(prefix)
    ]
    words = shlex.split(line.replace("$INBOX", inbox).replace("--port 8199", "--port 0"), comments=True)
    return words[3:] + (["--port", "0"] if name == "work" else [])


def test_readme_handler_runs_through_the_inbox_commands_as_written(tmp_path) -> None:
    handler_block, _ = PYTHON_BLOCK.findall(section())
    assert len(handler_block.splitlines()) <= 10
    (tmp_path / "myhooks.py").write_text(handler_block)
    inbox = f"sqlite:///{tmp_path / 'inbox.sqlite3'}"
    env = {SECRET_VARIABLE: POINTS.secret, "PYTHONPATH": str(tmp_path)}
    receiver = Command(*readme_command("serve", inbox), ready=READY_PREFIX, env=env)
    worker = Command(*readme_command("work", inbox), ready=WORKER_READY_PREFIX, env=env)
    headers = {"Webhook-Signature": POINTS.headers["Webhook-Signature"]}
    assert httpx.post(receiver.url, content=POINTS.raw_body, headers=headers).json() == {"stored": True}
    assert httpx.post(receiver.url, content=POINTS.raw_body + b" ", headers=headers).status_code == 403
    wait_for(
        lambda: any(line.strip() == EXPECTED for line in worker.output),
        what=f"the worker to print {EXPECTED}",
    )
    receiver.stop()
    worker.stop()


def test_readme_simple_mode_runs(tmp_path, monkeypatch, capsys) -> None:
    handler_block, simple_block = PYTHON_BLOCK.findall(section())
    assert len(simple_block.splitlines()) <= 6
    (tmp_path / "myhooks.py").write_text(handler_block)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "myhooks", raising=False)
    monkeypatch.setenv(SECRET_VARIABLE, POINTS.secret)
    namespace: dict = {}
    exec(compile(simple_block, "README.md, Receiving webhooks", "exec"), namespace)  # noqa: S102
    with served_in_thread(namespace["app"]) as url:
        headers = {"Webhook-Signature": POINTS.headers["Webhook-Signature"]}
        assert httpx.post(url, content=POINTS.raw_body, headers=headers).status_code == 200
        assert httpx.post(url, content=POINTS.raw_body + b" ", headers=headers).status_code == 403
        output, deadline = "", time.monotonic() + 5
        while EXPECTED not in output and time.monotonic() < deadline:  # the handler runs after the answer
            time.sleep(0.05)
            output += capsys.readouterr().out
        assert EXPECTED in output.splitlines(), output
