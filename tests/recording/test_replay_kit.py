"""Recordings of the development kit (tests/recordings/kit-5.1.0): each replays against a fresh sandbox with
0 differences."""

from __future__ import annotations

from pathlib import Path

import pytest

from recording.replay import replay_file
from recording.report import file_report

KIT = sorted((Path(__file__).resolve().parent.parent / "recordings" / "kit-5.1.0" / "api").glob("*.jsonl"))


@pytest.mark.parametrize("path", KIT, ids=lambda p: p.stem)
def test_the_sandbox_answers_like_the_kit(path):
    result = replay_file(path)
    assert result.exchanges
    assert result.differences == [], file_report(result)
