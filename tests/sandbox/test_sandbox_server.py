"""Triggers catalogue, headers, restart persistence, concurrency and the CLI (notes §11, §12)."""

from __future__ import annotations

import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from mautic_hooks_contract.sandbox.launcher import SandboxProcess


def test_triggers_catalogue(api):
    response = api.get("/hooks/triggers")
    assert response.status_code == 200
    triggers = response.json()["triggers"]
    assert len(triggers) == 14
    assert list(triggers)[:2] == ["mautic.company_post_save", "mautic.company_post_delete"]
    assert list(triggers)[-1] == "mautic.sms_on_send"
    assert triggers["mautic.lead_list_change"] == {
        "label": "Contact Segment Membership Change Event",
        "description": "Triggered when a contact segment membership is changed",
    }
    assert sum(1 for v in triggers.values() if v["description"].endswith("_desc")) == 5
    assert '"Company Create\\/Update Event"' in response.text


def test_restart_keeps_data(tmp_path):
    db_path = tmp_path / "persist.sqlite3"
    with SandboxProcess(db_path=db_path) as first:
        created = httpx.post(
            first.api_url + "/hooks/new",
            json={"name": "kept", "webhookUrl": "http://127.0.0.1/"},
            auth=first.admin,
        ).json()["hook"]
    with SandboxProcess(db_path=db_path) as second:
        again = httpx.get(f"{second.api_url}/hooks/{created['id']}", auth=second.admin)
        assert again.json()["hook"] == created
        newer = httpx.post(
            second.api_url + "/hooks/new",
            json={"name": "n", "webhookUrl": "http://127.0.0.1/"},
            auth=second.admin,
        ).json()["hook"]
        assert newer["id"] > created["id"]


def test_twenty_parallel_clients_lose_no_writes(sandbox, tag):
    def worker(n: int) -> list[int]:
        kept = []
        with httpx.Client(base_url=sandbox.api_url, auth=sandbox.admin, timeout=20) as client:
            for i in range(5):
                made = client.post(
                    "/hooks/new", json={"name": f"{tag} {n}-{i}", "webhookUrl": "http://127.0.0.1/"}
                )
                assert made.status_code == 201, made.text
                hook_id = made.json()["hook"]["id"]
                edited = client.patch(f"/hooks/{hook_id}/edit", json={"triggers": [f"w{n}"]})
                assert edited.status_code == 200, edited.text
                if i % 2:
                    assert client.delete(f"/hooks/{hook_id}/delete").status_code == 200
                else:
                    kept.append(hook_id)
        return kept

    with ThreadPoolExecutor(20) as pool:
        kept = [i for ids in pool.map(worker, range(20)) for i in ids]
    assert len(kept) == len(set(kept)) == 60
    listed = httpx.get(
        sandbox.api_url + "/hooks", params={"search": tag, "limit": 0}, auth=sandbox.admin
    ).json()
    assert sorted(int(k) for k in listed["hooks"]) == sorted(kept)
    assert all(len(h["triggers"]) == 1 for h in listed["hooks"].values())


def test_seed_command_is_deterministic(tmp_path):
    for name in ("a", "b"):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "mautic_hooks_contract.sandbox",
                "seed",
                "--db",
                str(tmp_path / f"{name}.sqlite3"),
                "--hooks",
                "7",
            ],
            check=True,
            capture_output=True,
        )
    import sqlite3

    def dump(name):
        conn = sqlite3.connect(tmp_path / f"{name}.sqlite3")
        rows = conn.execute(
            "SELECT name, is_published, created_by, category_id FROM hooks ORDER BY id"
        ).fetchall()
        conn.close()
        return rows

    assert dump("a") == dump("b") and len(dump("a")) == 7


def test_banner_masks_non_default_secrets(tmp_path):
    env = {"SANDBOX_PASSWORD": "s3cret-pass", "SANDBOX_CLIENT_SECRET": "hidden-value"}
    with SandboxProcess(db_path=tmp_path / "m.sqlite3", env=env) as masked:
        banner = "".join(masked.output)
        assert "s3cret-pass" not in banner and "hidden-value" not in banner
        assert "limited / limited" in banner
        assert httpx.get(masked.api_url + "/hooks", auth=("admin", "s3cret-pass")).status_code == 200


def test_request_log_records_method_and_target(tmp_path):
    """SANDBOX_REQUEST_LOG lists every request as "METHOD target", in order."""
    log = tmp_path / "requests.log"
    with SandboxProcess(env={"SANDBOX_REQUEST_LOG": str(log)}) as sandbox:
        httpx.get(sandbox.api_url + "/hooks?limit=1", auth=sandbox.admin)
        httpx.delete(sandbox.api_url + "/hooks/99/delete", auth=sandbox.admin)
    assert log.read_text().splitlines() == ["GET /api/hooks?limit=1", "DELETE /api/hooks/99/delete"]


def test_a_sandbox_stops_when_its_launcher_is_killed(tmp_path):
    """A launcher killed without its cleanup (SIGKILL here) leaves no sandbox serving behind."""
    script = (
        "import time\n"
        "from mautic_hooks_contract.sandbox.launcher import SandboxProcess\n"
        f"sandbox = SandboxProcess(db_path={str(tmp_path / 'orphan.sqlite3')!r}).start()\n"
        "print(sandbox.url, sandbox.process.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    launcher = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    url, pid = launcher.stdout.readline().split()
    assert httpx.get(url + "/api/hooks/triggers", timeout=5).status_code == 401  # serving, credentials asked
    launcher.kill()
    launcher.wait(timeout=10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and Path(f"/proc/{pid}").exists():
        time.sleep(0.1)
    assert not Path(f"/proc/{pid}").exists() or _is_zombie(pid), "the orphaned sandbox kept serving"
    with pytest.raises(httpx.TransportError):
        httpx.get(url + "/api/hooks/triggers", timeout=2)


def _is_zombie(pid: str) -> bool:
    status = Path(f"/proc/{pid}/status").read_text()
    return "\nState:\tZ" in status
