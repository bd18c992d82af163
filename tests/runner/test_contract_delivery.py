"""The delivery clause group as a user runs it: against a sandbox it runs, leaves no contact or hook behind
and prints no secret; next to another published hook that listens to contact triggers it does not run at
all, so that hook receives nothing."""

from __future__ import annotations

import re
import sqlite3

import httpx
from conftest import run_suite

from mautic_hooks_contract.runner.local import seeded_sandbox, suite_env
from mautic_hooks_contract.runner.receiver import Receiver


def test_the_group_runs_against_the_sandbox_and_cleans_up(tmp_path) -> None:
    with seeded_sandbox(hooks=10) as sandbox:
        result = run_suite(
            suite_env(sandbox, CONTRACT_PROFILE="quick"), "run", "-k", "test_delivery", cwd=tmp_path
        )
        assert result.returncode == 0, result.stdout[-4000:]
        assert re.search(r"PASS +delivery-signature", result.stdout), result.stdout[-3000:]
        conn = sqlite3.connect(sandbox.db_path)
        assert conn.execute("SELECT count(*) FROM crm_contacts").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM hooks WHERE name LIKE 'mhc-contract-%'").fetchone() == (0,)
        secrets = [row[0] for row in conn.execute("SELECT secret FROM hooks")]
        assert not any(s in result.stdout + result.stderr for s in secrets)


def test_the_group_does_not_run_next_to_a_foreign_listener(tmp_path) -> None:
    with seeded_sandbox(hooks=0) as sandbox, Receiver() as receiver:
        foreign = httpx.post(
            sandbox.api_url + "/hooks/new",
            auth=sandbox.admin,
            json={
                "name": "someone's CRM sync",
                "webhookUrl": receiver.url + "/crm",
                "triggers": ["mautic.lead_post_save_new"],
            },
        ).json()["hook"]
        result = run_suite(
            suite_env(sandbox, CONTRACT_PROFILE="quick"), "run", "-k", "test_delivery", cwd=tmp_path
        )
        assert result.returncode == 0, result.stdout[-4000:]
        assert re.search(r"SKIP +delivery-signature", result.stdout), result.stdout[-3000:]
        assert receiver.deliveries == []
        after = httpx.get(sandbox.api_url + f"/hooks/{foreign['id']}", auth=sandbox.admin).json()["hook"]
        assert after == foreign
