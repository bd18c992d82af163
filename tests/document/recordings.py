"""The exchanges recorded from a real Mautic 5.1.0, read once: the shared recordings
(tests/recordings/mautic-5.1.0/api/*.jsonl) and the project's own (tests/recordings/kit-5.1.0/api/*.jsonl).

The recordings are the verdict on openapi.yaml: this module only reads them, with the project's one reader of
the format (`recording.format`, described in tests/recordings/mautic-5.1.0/README.md), and never changes them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from mautic_hooks_contract.recording.format import Exchange, load

RECORDINGS = Path(__file__).resolve().parent.parent / "recordings" / "mautic-5.1.0" / "api"
KIT = Path(__file__).resolve().parent.parent / "recordings" / "kit-5.1.0" / "api"  # the project's own


@cache
def exchanges(folder: Path = RECORDINGS) -> tuple[Exchange, ...]:
    """Every recorded exchange of a folder, file by file, in `seq` order."""
    return tuple(exchange for path in sorted(folder.glob("*.jsonl")) for exchange in load(path))
