"""The README's receiving example runs: its app, served on loopback, takes a recorded POST and prints the new points."""

from __future__ import annotations

import re
import time
from pathlib import Path

import httpx
from deliveries import all_deliveries
from receiver_support import served_in_thread

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = re.compile(r"^## Receiving webhooks\n(.*?)^## ", re.DOTALL | re.MULTILINE)
CODE_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def test_readme_receiving_example_runs(monkeypatch, capsys) -> None:
    (block,) = CODE_BLOCK.findall(SECTION.search(README.read_text()).group(1))
    assert len(block.splitlines()) <= 12
    points = next(d for d in all_deliveries() if d.file == "mautic.lead_points_change.json")
    monkeypatch.setenv("MAUTIC_WEBHOOK_SECRET", points.secret)
    namespace: dict = {}
    exec(compile(block, "README.md, Receiving webhooks", "exec"), namespace)  # noqa: S102
    with served_in_thread(namespace["app"]) as url:
        headers = {"Webhook-Signature": points.headers["Webhook-Signature"]}
        assert httpx.post(url, content=points.raw_body, headers=headers).status_code == 200
        assert httpx.post(url, content=points.raw_body + b" ", headers=headers).status_code == 403
        event = points.body["mautic.lead_points_change"][0]
        expected = f"{event['contact']['id']} {event['points']['new_points']}"
        output, deadline = "", time.monotonic() + 5
        while expected not in output and time.monotonic() < deadline:  # the handler runs after the answer
            time.sleep(0.05)
            output += capsys.readouterr().out
        assert expected in output.splitlines(), output
