"""A slow, rate-limited or flaky instance costs time, never a verdict: the suite knows the cost before it
pays it, waits out Mautic's rate limiter, re-sends reads a proxy dropped, stops with "instance unavailable"
(exit 4) when the instance stays away, and fits a budget. Each against a sandbox with a wire fault, over
real HTTP, running the real command."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_suite

from mautic_hooks_contract.runner.local import seeded_sandbox, suite_env
from mautic_hooks_contract.sandbox.launcher import SandboxProcess

pytestmark = pytest.mark.slow


@pytest.fixture
def faulty(request: pytest.FixtureRequest) -> Iterator[SandboxProcess]:
    with seeded_sandbox(extra_args=("--fault", request.param)) as sandbox:
        yield sandbox


def quick(sandbox: SandboxProcess, **extra: str) -> dict[str, str]:
    return suite_env(sandbox, **{"CONTRACT_PROFILE": "quick", "CONTRACT_SEED": "2", **extra})


def requests_line(output: str) -> dict[str, int]:
    line = next(line for line in output.splitlines() if line.startswith("Requests: "))
    numbers = {
        name: int(value)
        for value, name in re.findall(r"(\d+) (rate-limited|re-sent|identical reads|sent)", line)
    }
    numbers["waits"] = int(re.search(r"waited (\d+) times", line).group(1))
    return numbers


@pytest.mark.parametrize("faulty", ["slow-auth"], indirect=True)
def test_the_preflight_measures_a_slow_instance_and_says_what_it_will_cost(faulty, tmp_path: Path) -> None:
    """The cost line comes before any clause runs (`--collect-only` stops right after it). How close the
    estimate comes to the wall time is a benchmark, not a timed test: `make bench` (BENCHMARKS.md, issue 12)."""
    result = run_suite(quick(faulty), "run", "--collect-only", cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    cost = re.search(
        r"Cost: ([\d.]+) ms per request with credentials.*~([\d,]+) requests, ~(\d+) s expected",
        result.stdout,
    )
    assert cost, result.stdout[:2000]
    per_request, requests, seconds = float(cost[1]), int(cost[2].replace(",", "")), int(cost[3])
    assert per_request >= 100, "the delay of slow-auth was not measured"
    # Nearly every request of a Basic-auth run carries credentials, each paying the measured delay.
    assert seconds >= 0.8 * requests * per_request / 1000, (requests, per_request, seconds)
    assert "HTTP Basic costs 0.1" in result.stdout and "an OAuth2 client" in result.stdout, result.stdout[
        :2000
    ]


@pytest.mark.parametrize("faulty", ["rate-limited"], indirect=True)
def test_a_rate_limited_instance_is_waited_for_not_failed(faulty, tmp_path: Path) -> None:
    result = run_suite(quick(faulty), "run", cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    cost = requests_line(result.stdout)
    assert cost["rate-limited"] + cost["waits"] > 0, "the limiter never limited: the test proves nothing"
    assert "FAIL " not in result.stdout


@pytest.mark.parametrize("faulty", ["flaky-proxy"], indirect=True)
def test_reads_a_flaky_proxy_dropped_are_sent_again(faulty, tmp_path: Path) -> None:
    # The listing clauses are nearly all reads: enough dropped ones to prove the re-sends, at a fraction of the
    # backoff time a whole run spends.
    result = run_suite(quick(faulty), "run", "-k", "listing", cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    assert requests_line(result.stdout)["re-sent"] > 0, "the proxy never failed: the test proves nothing"


@pytest.mark.parametrize("faulty", ["proxy-down"], indirect=True)
def test_an_instance_that_stays_away_is_unavailable_and_the_run_cleans_up(faulty, tmp_path: Path) -> None:
    result = run_suite(quick(faulty), "run", cwd=tmp_path)
    assert result.returncode == 4, result.stdout[-3000:] + result.stderr
    assert "Instance unavailable, no verdict: " in result.stderr and "HTTP 503" in result.stderr
    assert "UNAVAILABLE" in result.stdout and "FAIL " not in result.stdout
    # Its reads fail, so look at the database itself: the run deleted what it created (batch deletes pass).
    with sqlite3.connect(faulty.db_path) as conn:
        left = conn.execute("SELECT count(*) FROM hooks WHERE name LIKE 'mhc-contract-%'").fetchone()[0]
    assert left == 0


def test_a_budget_runs_what_fits_and_says_what_it_cut(tmp_path: Path) -> None:
    with seeded_sandbox() as sandbox:
        result = run_suite(quick(sandbox, CONTRACT_BUDGET="120"), "run", cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    assert "NOT RUN (budget)" in result.stdout
    allowed = re.search(r"Budget 120 requests: allowed (\d+) of (\d+) clauses", result.stdout)
    assert allowed and 0 < int(allowed[1]) < int(allowed[2]), result.stdout[-2000:]
    assert requests_line(result.stdout)["sent"] <= 120 + 60, "a started test may finish, not a whole module"
    report = (tmp_path / "reports" / "contract-report.md").read_text()
    assert "| NOT RUN (budget) |" in report and "PASS" not in report.split("NOT RUN (budget)", 1)[0][-200:]


def test_a_malformed_budget_is_one_sentence_and_exit_2(tmp_path: Path) -> None:
    with seeded_sandbox() as sandbox:
        result = run_suite(quick(sandbox, CONTRACT_BUDGET="five minutes"), "run", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "Configuration error: CONTRACT_BUDGET must be a duration like 90s, 5m or 1h30m, "
        "or a number of requests like 500, not 'five minutes'."
    )
