"""Command line: ``python -m recording replay [FILE...] | diff A B | record --out FILE``.

Exit status: 0 no difference, 1 differences, 2 a recording that cannot be used (one sentence says why),
3 an instance the preflight refuses (record), 130 interrupted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .format import RecordingError

SHIPPED = Path(__file__).resolve().parent.parent / "tests" / "recordings" / "mautic-5.1.0" / "api"


def shipped_recordings() -> list[Path]:
    return sorted(SHIPPED.glob("*.jsonl"))


def _replay(args) -> int:
    from .replay import replay_file
    from .report import file_report

    files = [Path(f) for f in args.files] or shipped_recordings()
    differing = 0
    for path in files:
        result = replay_file(path, tuple(args.fault and [a for f in args.fault for a in ("--fault", f)]))
        print(file_report(result), flush=True)
        differing += len(result.differences)
    print(f"{differing} differing exchange(s) in {len(files)} recording(s)")
    return 1 if differing else 0


def _diff(args) -> int:
    from .diff import diff_files

    return diff_files(Path(args.a), Path(args.b))


def _record(args) -> int:
    from .catalogue import select
    from .record import main as record_main

    groups = [g for g in args.groups.split(",") if g] if args.groups else None
    try:
        select(groups)
    except ValueError as exc:
        raise RecordingError(str(exc)) from None
    return record_main(Path(args.out), groups)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m recording", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    replay = sub.add_parser(
        "replay", help="replay recordings against a fresh sandbox each; exit 1 on a difference"
    )
    replay.add_argument("files", nargs="*", help="recordings (default: every shipped one)")
    replay.add_argument("--fault", action="append", default=[], help="run the sandbox with this fault")
    diff = sub.add_parser("diff", help="compare two recordings of the same catalogue, by group")
    diff.add_argument("a")
    diff.add_argument("b")
    record = sub.add_parser("record", help="run the probe catalogue against MAUTIC_URL (or a sandbox)")
    record.add_argument("--out", required=True)
    record.add_argument(
        "--groups",
        help="record only these probe groups (comma-separated names; S0-only groups such as categories are recorded"
        " only when named)",
    )
    args = parser.parse_args(argv)
    try:
        return {"replay": _replay, "diff": _diff, "record": _record}[args.command](args)
    except RecordingError as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
