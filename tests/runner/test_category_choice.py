"""Category clauses without configuration: the run finds a webhook category read-only, or says why not.

Against sandboxes on loopback: the sandbox serves Mautic's `GET /api/categories` (mautic_hooks_contract/sandbox/categories_api.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx
from conftest import run_suite

from mautic_hooks_contract.runner.categories import FIELDS, choose
from mautic_hooks_contract.runner.local import seeded_sandbox, suite_env

SEED_CATEGORY_1 = {
    "id": 1,
    "title": "Seed category 1",
    "alias": "seed-category-1",
    "description": None,
    "color": "c53edf",
    "bundle": "webhook",
}


def test_a_webhook_category_is_found_read_only(tmp_path: Path) -> None:
    log = tmp_path / "requests.log"
    with seeded_sandbox(env={"SANDBOX_REQUEST_LOG": str(log)}, hooks=0, categories=2, seed=0) as sandbox:
        with httpx.Client(base_url=sandbox.api_url, auth=sandbox.admin) as http:
            found = choose(http, None)
            configured = choose(http, 2)
        with httpx.Client(base_url=sandbox.api_url, auth=sandbox.limited) as http:
            as_limited = choose(http, None)
    assert (found.id, found.record) == (1, SEED_CATEGORY_1), found
    assert set(found.record) == set(FIELDS)
    assert configured.id == 2 and configured.record["title"] == "Seed category 2"
    assert as_limited.id == 1  # `bundle=webhook`: the role's webhook:categories view suffices
    requests = log.read_text().splitlines()
    assert len(requests) == 3 and all(line.startswith("GET /api/categories?") for line in requests), requests


def test_without_any_category_the_reason_is_given() -> None:
    with (
        seeded_sandbox(hooks=3, categories=0) as sandbox,
        httpx.Client(base_url=sandbox.api_url, auth=sandbox.admin) as http,
    ):
        choice = choose(http, None)
    assert choice.id is None and choice.record is None
    assert choice.how == "the instance has no webhook category and MAUTIC_CATEGORY_ID is unset"


def test_the_report_skips_the_category_clause_with_its_reason(tmp_path: Path) -> None:
    with seeded_sandbox(hooks=0, categories=0) as sandbox:
        env = suite_env(sandbox, CONTRACT_PROFILE="quick", CONTRACT_SEED="3")
        result = run_suite(env, "run", "-k", "category", cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-3000:]
    assert re.search(r"SKIP +category-object", result.stdout), result.stdout[-3000:]
    assert "(skipped: the instance has no webhook category and MAUTIC_CATEGORY_ID is unset)" in result.stdout
