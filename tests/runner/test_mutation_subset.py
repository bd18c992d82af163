"""CI's guard on the suite's power: one fault of each kind must be caught (the full catalogue runs in
`make mutation`), and the suite must still pass against the faithful sandbox."""

from __future__ import annotations

import pytest

from mautic_hooks_contract.runner import mutation
from mautic_hooks_contract.sandbox.faults import CATALOGUE

SUBSET = [
    "put-create-200",  # wrong status
    "hooks-json-array",  # wrong shape
    "legacy-error-body",  # wrong error body
    "ignores-start",  # ignored parameter
    "put-keeps-triggers",  # wrong semantics
    "create-not-persisted",  # wrong semantics the built-in stateful checks miss
    "wrong-password-accepted",  # security
    "limited-edits-others",  # permissions
    "no-location",  # headers
    "written-category-as-id",  # a shape only a hook with a category shows (found without MAUTIC_CATEGORY_ID)
]


def test_catalogue_is_large_and_described() -> None:
    assert len(CATALOGUE) >= 25
    assert all(
        fault.description and (fault.actions or fault.authenticate or fault.wire or fault.delivery)
        for fault in CATALOGUE.values()
    )


def test_suite_catches_one_fault_of_each_kind(capsys: pytest.CaptureFixture[str]) -> None:
    code = mutation.main(["--jobs", "2", *SUBSET])
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert f"caught {len(SUBSET)} of {len(SUBSET)}" in printed
    assert "SURVIVED" not in printed


@pytest.mark.parametrize("fault", [name for name, fault in CATALOGUE.items() if fault.delivery])
def test_the_delivery_clauses_catch_each_delivery_fault(fault: str) -> None:
    """Only the delivery group runs (``-k test_delivery``): these faults touch nothing else."""
    outcome = mutation.run_suite_against(fault, "-k", "test_delivery")
    assert outcome.failed, outcome.output[-3000:]
    assert outcome.first_test.startswith("test_delivery::"), outcome.first_test
