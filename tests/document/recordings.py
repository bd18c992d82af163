"""The exchanges recorded from a real Mautic 5.1.0 (tests/recordings/mautic-5.1.0/api/*.jsonl), read once.

The recordings are the verdict on openapi.yaml: this module only reads them, with the project's one reader of
the format (`recording.format`, described in tests/recordings/mautic-5.1.0/README.md), and never changes them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from mautic_hooks_contract.recording.format import Exchange, load

RECORDINGS = Path(__file__).resolve().parent.parent / "recordings" / "mautic-5.1.0" / "api"


@cache
def exchanges() -> tuple[Exchange, ...]:
    """Every recorded exchange, file by file, in `seq` order."""
    return tuple(exchange for path in sorted(RECORDINGS.glob("*.jsonl")) for exchange in load(path))
