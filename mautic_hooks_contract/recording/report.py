"""What a replay or a diff prints: one short line per differing exchange, then a table by group."""

from __future__ import annotations

from collections import Counter


def group_table(rows: list[tuple[str, int, int]], title: str = "differing") -> str:
    """``rows`` of (group, exchanges, differing) in order of first appearance."""
    width = max([len("group"), *(len(g) for g, _, _ in rows)])
    lines = [f"  {'group':<{width}}  exchanges  {title}"]
    for group, count, differing in rows:
        lines.append(f"  {group:<{width}}  {count:>9}  {differing:>{len(title)}}")
    total, bad = sum(r[1] for r in rows), sum(r[2] for r in rows)
    lines.append(f"  {'all':<{width}}  {total:>9}  {bad:>{len(title)}}")
    return "\n".join(lines)


def file_report(result) -> str:
    """A replay's report for one file."""
    counts = Counter(e.group for e in result.exchanges)
    bad = Counter(d.exchange.group for d in result.differences)
    rows = [(group, counts[group], bad[group]) for group in dict.fromkeys(e.group for e in result.exchanges)]
    summary = f"{len(result.exchanges)} exchanges, {len(result.differences)} differ ({result.seconds:.1f} s)"
    lines = [f"{result.path}: {summary}"]
    lines += ["  " + d.line() for d in result.differences]
    lines.append(group_table(rows))
    return "\n".join(lines)
