"""Recordings of the project's own kit (tests/recordings/kit-5.1.0/README.md): each replays against a fresh
sandbox with 0 differences."""

from __future__ import annotations

import pytest

from mautic_hooks_contract.recording.__main__ import KIT as KIT_DIR
from mautic_hooks_contract.recording.replay import replay_file
from mautic_hooks_contract.recording.report import file_report

KIT = sorted(KIT_DIR.glob("*.jsonl"))


@pytest.mark.parametrize("path", KIT, ids=lambda p: p.stem)
def test_the_sandbox_answers_like_the_kit(path):
    result = replay_file(path)
    assert len(KIT) >= 2 and result.exchanges
    assert result.differences == [], file_report(result)
