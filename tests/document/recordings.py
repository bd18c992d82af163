"""The exchanges recorded from a real Mautic 5.1.0 (tests/recordings/mautic-5.1.0/api/*.jsonl), read once.

The recordings are the verdict on openapi.yaml: this module only reads them (their format is described in
tests/recordings/mautic-5.1.0/README.md) and never changes them.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

RECORDINGS = Path(__file__).resolve().parent.parent / "recordings" / "mautic-5.1.0" / "api"


@dataclass(frozen=True)
class Exchange:
    """One recorded request and Mautic's answer."""

    file: str
    seq: int
    group: str
    identity: str
    method: str
    target: str  # the raw request target, path and query
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    request_content_type: str | None = None
    request_body: bytes = b""

    @property
    def label(self) -> str:
        """How a failure names the exchange: file, seq and group."""
        return f"{self.file}:{self.seq}:{self.group}"

    @property
    def path(self) -> str:
        """The percent-decoded path, as Symfony's router matches it."""
        return unquote(urlsplit(self.target).path)

    @property
    def query_names(self) -> frozenset[str]:
        """Query parameter names, PHP array suffixes removed (`select[]`, `where[0][col]` → `select`, `where`)."""
        return frozenset(name.split("[", 1)[0] for name, _ in self.query_pairs)

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.headers if key.lower() == name.lower()), None)

    @property
    def media_type(self) -> str | None:
        content_type = self.header("Content-Type")
        return content_type.split(";", 1)[0].strip() if content_type else None

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def query_pairs(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.target).query, keep_blank_values=True)


def _bytes(record: dict[str, Any], key: str) -> bytes:
    text = record[key]
    return base64.b64decode(text) if record.get(f"{key}_b64") else text.encode("utf-8")


def _exchange(file: str, record: dict[str, Any]) -> Exchange:
    return Exchange(
        file=file,
        seq=record["seq"],
        group=record["group"],
        identity=record["identity"],
        method=record["method"],
        target=record["path"],
        status=record["status"],
        headers=tuple((name, value) for name, value in record["resp_headers"]),
        body=_bytes(record, "resp_body"),
        request_content_type=record["req_headers"].get("Content-Type"),
        request_body=_bytes(record, "req_body"),
    )


@cache
def exchanges() -> tuple[Exchange, ...]:
    """Every recorded exchange, file by file, in `seq` order."""
    found: list[Exchange] = []
    for path in sorted(RECORDINGS.glob("*.jsonl")):
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        found += [_exchange(path.name, record) for record in sorted(records, key=lambda r: r["seq"])]
    return tuple(found)
