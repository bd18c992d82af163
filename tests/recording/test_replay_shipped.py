"""Real Mautic is the judge: every shipped recording replays against a fresh sandbox with 0 differences."""

from __future__ import annotations

import pytest

from mautic_hooks_contract.recording.__main__ import SHIPPED as SHARED
from mautic_hooks_contract.recording.__main__ import shipped_recordings
from mautic_hooks_contract.recording.replay import replay_file
from mautic_hooks_contract.recording.report import file_report

SHIPPED = [path for path in shipped_recordings() if path.parent == SHARED]


def test_all_four_recordings_are_shipped():
    assert {p.stem for p in SHIPPED} == {"probes", "basic-off", "api-off", "suite-seed1"}


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_the_sandbox_answers_like_mautic(path):
    result = replay_file(path)
    assert (
        len(result.exchanges)
        == {"probes": 453, "basic-off": 10, "api-off": 8, "suite-seed1": 1879}[path.stem]
    )
    assert result.differences == [], file_report(result)
