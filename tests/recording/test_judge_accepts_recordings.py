"""The suite accepts what a real Mautic 5.1.0 does: every recorded answer passes the suite's own checks.

No server is involved: `mautic_hooks_contract.recording.judge` turns each recorded exchange into a schemathesis case and
response and runs the checks `make contract` runs (schema conformance, the known-defect baseline, the custom
checks). A failing verdict here is a false failure the suite would report against a healthy Mautic.
The second half proves the judge is not blind: a check or a baseline that contradicts the recordings fails
exactly where the recordings show the behaviour.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import schemathesis

from mautic_hooks_contract.recording.format import load
from mautic_hooks_contract.recording.judge import Judge, Verdict
from mautic_hooks_contract.runner import checks, defects

RECORDINGS = Path(__file__).resolve().parents[1] / "recordings" / "mautic-5.1.0" / "api"
KIT = Path(__file__).resolve().parents[1] / "recordings" / "kit-5.1.0" / "api"
# The kit's recording of the suite: every real 500 in it must be a known defect, or the suite reports a false
# failure against a healthy Mautic.
FILES = ("suite-seed1.jsonl", "probes.jsonl", str(KIT / "suite-quick-seed7101.jsonl"))


@pytest.fixture(scope="module")
def judge() -> Judge:
    return Judge()


def verdicts_of(judge: Judge, name: str) -> list[Verdict]:
    return list(judge.verdicts(load(RECORDINGS / name)))


def failing(verdicts: list[Verdict]) -> list[str]:
    return [
        f"seq {v.exchange.seq} {v.exchange.method} {v.exchange.path[:90]} -> {v.exchange.status}: "
        f"{v.check}: {v.failure}"
        for v in verdicts
        if v.failure
    ]


@pytest.mark.parametrize("name", FILES)
def test_every_recorded_answer_passes_the_suites_checks(judge: Judge, name: str) -> None:
    verdicts = verdicts_of(judge, name)
    bad = failing(verdicts)
    assert not bad, f"{len(bad)} false failures on a real Mautic:\n" + "\n".join(bad[:40])


def test_the_suite_recording_is_judged_in_full(judge: Judge) -> None:
    """Not a vacuous pass: every exchange of the suite's own recording gets verdicts, its 28 server errors
    go through the baseline, and the created and deleted hooks are judged by their recorded follow-up GET."""
    verdicts = verdicts_of(judge, "suite-seed1.jsonl")
    judged = [v for v in verdicts if v.judged]
    server_errors = [v for v in judged if v.check == "server_error" and v.exchange.status >= 500]
    creates = [
        v
        for v in judged
        if v.check == "created_hook_is_readable"
        and v.exchange.status == 201
        and re.search(r"/hooks/(new|\d+/edit)$", v.exchange.decoded_path)
    ]
    deletes = [
        v
        for v in judged
        if v.check == "deleted_hook_is_gone" and re.search(r"/hooks/\d+/delete$", v.exchange.decoded_path)
    ]
    counts = Counter(v.check for v in judged)
    assert len({v.exchange.seq for v in verdicts}) == 1879
    assert len(server_errors) == 28
    assert counts["response_schema_conformance"] > 900
    assert counts["authentication"] > 800  # the none / unknown-user / other-scheme re-sends
    assert len(creates) >= 40 and len([v for v in deletes if v.exchange.status == 200]) >= 20


def test_a_check_that_contradicts_mautic_fails_where_the_recordings_show_it(judge: Judge) -> None:
    """A naive check (every trigger item echoed is a string) fails at the recorded raw echoes."""

    @schemathesis.check
    def triggers_are_strings(ctx: Any, response: Any, case: Any) -> bool | None:
        hook = (response.json() or {}).get("hook") if response.status_code in (200, 201) else None
        if isinstance(hook, dict):
            assert all(isinstance(t, str) for t in hook.get("triggers") or []), "a trigger is not a string"
        return None

    naive = Judge(checks=(triggers_are_strings,))
    seqs = {v.exchange.seq for v in naive.verdicts(load(RECORDINGS / "suite-seed1.jsonl")) if v.failure}
    assert {683, 743} <= seqs, seqs


def test_the_old_255_character_baseline_fails_at_the_recorded_191_limit(
    judge: Judge, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With varchar(255) assumed, as before issue 9, the recorded 500s for 192..255 characters are false
    failures: the judge reports them."""
    monkeypatch.setattr(defects, "LONGEST_TEXT", 255)
    bad = [v for v in verdicts_of(judge, "suite-seed1.jsonl") if v.failure and v.check == "server_error"]
    assert {v.exchange.seq for v in bad} == {711, 1214, 1546, 1669}, failing(bad)


def test_a_read_back_expected_verbatim_fails_at_the_recorded_array_trigger(
    judge: Judge, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Expecting the read-back to equal the create answer (no PHP string form) is the false failure of
    issue 9: the judge reports it at seq 683, where `[{}]` was echoed `[[]]` and read back `["Array"]`."""
    monkeypatch.setattr(checks, "php_string", lambda value: value)
    bad = [v for v in verdicts_of(judge, "suite-seed1.jsonl") if v.failure]
    assert [(v.exchange.seq, v.check) for v in bad] == [(683, "created_hook_is_readable")], failing(bad)


def test_the_real_defects_are_known_where_the_request_shows_them(judge: Judge) -> None:
    """The kit's defects recording: every 500 whose cause is in the request (a NUL kept in a text, the same
    hook twice in a batch, a scalar batch item) is a known defect. Two are caused by what is stored, not by the
    request: renaming a hook whose name holds a NUL (the audit log keeps the old value) and deleting it. No
    request predicate can see them, which is why the steering retires such hooks (tests/runner/test_steering.py)
    and the suite never sends these two."""
    verdicts = list(judge.verdicts(load(KIT / "defects.jsonl")))
    server_errors = [v for v in verdicts if v.check == "server_error" and v.exchange.status >= 500]
    assert len({v.exchange.seq for v in server_errors}) >= 10
    bad = {(v.exchange.seq, v.exchange.method, v.exchange.note) for v in verdicts if v.failure}
    assert bad == {
        (10, "PATCH", "renaming it again: 500 (the old value)"),
        (14, "DELETE", "delete it: deleted, then 500"),
    }
