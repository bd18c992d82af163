"""`make diff A=old.jsonl B=new.jsonl`: what changed between two recordings of the same catalogue.

The typical use: record a staging site before and after an upgrade, then read the behaviour changes by group.
B's answers are judged against A's under the same fair-comparison rules a replay uses (ids mapped from the
create answers, dates and generated values by shape); B's run prefix is read as A's, since each recording
names its hooks after its own run.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from . import format as recording_format
from .format import Exchange, RecordingError
from .ids import IdMap
from .normalize import Answer, Context, compare
from .report import group_table


def _answer(exchange: Exchange, replace: tuple[bytes, bytes] | None = None) -> Answer:
    body = exchange.resp_body
    headers = exchange.resp_headers
    if replace:
        body = body.replace(*replace)
        old, new = (part.decode() for part in replace)
        headers = [(k, v.replace(old, new)) for k, v in headers]
    return Answer(exchange.status, headers, body)


def _same_request(a: Exchange, b: Exchange) -> bool:
    return (a.group, a.method, a.identity, a.note) == (b.group, b.method, b.identity, b.note)


def changes(a_list: list[Exchange], b_list: list[Exchange], a_path: Path, b_path: Path) -> list[tuple]:
    """(exchange of A, details) for every exchange whose answer changed."""
    if len(a_list) != len(b_list) or not all(map(_same_request, a_list, b_list)):
        first = next(
            (i for i, (a, b) in enumerate(zip(a_list, b_list, strict=False)) if not _same_request(a, b)),
            min(len(a_list), len(b_list)),
        )
        line = b_list[first].line if first < len(b_list) else len(b_list)
        raise RecordingError(
            f"{b_path}:{line}: not a recording of the same catalogue as {a_path} (the requests part at exchange "
            f"{first + 1}); record both with the same version of this project and the same settings."
        )
    ids = IdMap()
    found = []
    for a, b in zip(a_list, b_list, strict=True):
        a_run, b_run = a.extra.get("run", ""), b.extra.get("run", "")
        swap = (b_run.encode(), a_run.encode()) if a_run and b_run and a_run != b_run else None
        recorded, actual = _answer(a), _answer(b, swap)
        if a.method in ("POST", "PUT", "PATCH") and a.status in (200, 201):
            ids.learn(recorded.json(), actual.json())
        sent = b.path.replace(*(p.decode() for p in swap)) if swap else b.path
        ctx = Context(ids, a.path, sent, a.req_body, a.origin, b.origin)
        details = compare(recorded, actual, ctx)
        if details:
            found.append((a, details))
    return found


def diff_files(a_path: Path, b_path: Path) -> int:
    a_list, b_list = recording_format.load(a_path), recording_format.load(b_path)
    found = changes(a_list, b_list, a_path, b_path)
    print(f"Behaviour changes from {a_path} to {b_path}: {len(found)} of {len(a_list)} exchanges")
    for exchange, details in found:
        print(
            f"  #{exchange.seq} [{exchange.group}] {exchange.note}: {exchange.method} {exchange.path[:80]}: "
            + "; ".join(details)
        )
    counts = Counter(e.group for e in a_list)
    changed = Counter(e.group for e, _ in found)
    rows = [(g, counts[g], changed[g]) for g in dict.fromkeys(e.group for e in a_list)]
    print(group_table(rows, title="changed"))
    return 1 if found else 0
