"""The recorded webhook POSTs of a real Mautic 5.1.0 (tests/recordings/mautic-5.1.0/deliveries/), as test data.

Every POST of every file is one `Delivery`: the 14 per-trigger files, the command-mode batches and the deliveries
to failing endpoints. The recordings are the verdict: tests read them, never change them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).resolve().parents[2] / "recordings" / "mautic-5.1.0" / "deliveries"
# DELIVERIES.md §7: 58 per-trigger samples + 38 command-mode batches + 19 deliveries to failing endpoints.
POSTS_IN_RECORDINGS = 115


@dataclass(frozen=True)
class Delivery:
    file: str
    seq: int
    raw_body: bytes
    body: dict[str, Any]
    headers: dict[str, str]
    secret: str
    action: str  # what made Mautic send it (DELIVERIES.md §4.15), e.g. `contact_create`

    @property
    def name(self) -> str:
        return f"{self.file.removesuffix('.json')}#{self.seq}"


@cache
def all_deliveries() -> tuple[Delivery, ...]:
    found = []
    for path in sorted(FOLDER.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8"))["deliveries"]:
            found.append(
                Delivery(
                    file=path.name,
                    seq=item["seq"],
                    raw_body=item["raw_body"].encode("ascii"),  # byte-exact: PHP json_encode output is ASCII
                    body=item["body"],
                    headers=item["headers"],
                    secret=item["hook"]["secret"],
                    action=item["context"]["action"],
                )
            )
    return tuple(found)


def trigger_files() -> list[str]:
    """The triggers that have a sample file of their own: the whole core catalogue."""
    return sorted(path.stem for path in FOLDER.glob("mautic.*.json"))


def events_by_trigger() -> list[tuple[str, str, dict[str, Any]]]:
    """(where, trigger, event) for every event of every POST."""
    return [
        (f"{delivery.name} {trigger}[{index}]", trigger, event)
        for delivery in all_deliveries()
        for trigger, events in delivery.body.items()
        for index, event in enumerate(events)
    ]
