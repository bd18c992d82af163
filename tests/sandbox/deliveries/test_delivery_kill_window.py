"""The kill rule's window, with the sandbox's clock moved 3 days ahead so that fresh hooks count as not
recently modified (DELIVERIES.md §5.3: killed at the 51st HTTP failure, or the 101st connection failure,
after one success)."""

from __future__ import annotations

import pytest

from mautic_hooks_contract.runner.receiver import Answer
from mautic_hooks_contract.sandbox.launcher import SandboxProcess

THREE_DAYS = str(3 * 24 * 3600)


@pytest.fixture(scope="module")
def sandbox():
    with SandboxProcess(extra_args=["--clock-offset", THREE_DAYS]) as process:
        yield process


@pytest.mark.parametrize(
    ("answer", "kills_at"), [(Answer(500, b"err"), 51), (Answer(close=True), 101)], ids=["http-500", "closed"]
)
def test_after_one_success_the_hook_dies_when_the_window_holds_no_2xx(
    hooks, receiver, bump, answer, kills_at
):
    hook = hooks.make("/w/window")
    bump()  # the one success
    receiver.answers["/w/window"] = answer
    for attempt in range(1, kills_at):
        bump()
    assert hooks.published(hook["id"]), f"killed before failure #{kills_at}"
    bump()
    assert not hooks.published(hook["id"]), f"not killed at failure #{kills_at}"
