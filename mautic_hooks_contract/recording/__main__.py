"""Command line: ``python -m mautic_hooks_contract.recording replay [FILE...] | diff A B | record --out FILE
| record --suite --out FILE [PYTEST_ARGS...]``.

Exit status: 0 no difference, 1 differences, 2 a recording that cannot be used (one sentence says why),
3 an instance the preflight refuses (record), 130 interrupted. ``record --suite`` exits with the suite's
status (that of ``mautic-hooks-contract run``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..files import RECORDINGS
from .format import RecordingError

SHIPPED = RECORDINGS / "mautic-5.1.0" / "api"  # the verbatim copy of the shared recordings
KIT = RECORDINGS / "kit-5.1.0" / "api"  # the project's own, recorded from a real Mautic 5.1.0 kit


def shipped_recordings() -> list[Path]:
    return sorted(SHIPPED.glob("*.jsonl")) + sorted(KIT.glob("*.jsonl"))


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
    if args.suite:
        from .suite import record_suite

        return record_suite(Path(args.out), args.pytest_args)
    from .catalogue import select
    from .record import main as record_main

    groups = [g for g in args.groups.split(",") if g] if args.groups else None
    try:
        select(groups)
    except ValueError as exc:
        raise RecordingError(str(exc)) from None
    return record_main(Path(args.out), groups)


SUITE_HELP = (
    "record the contract suite's own traffic instead of the probe catalogue: the suite runs as "
    "`mautic-hooks-contract run` does (CONTRACT_PROFILE, CONTRACT_SEED, ... from the environment) through a "
    "recording proxy; arguments after the options go to pytest. Run it against staging, then "
    "`make replay RECORDING=FILE` shows where the sandbox answers otherwise than your Mautic"
)


RECORD_EPILOG = """\
Configured like `mautic-hooks-contract run` (its --help lists every setting): MAUTIC_URL, MAUTIC_USERNAME/
MAUTIC_PASSWORD or MAUTIC_CLIENT_ID/MAUTIC_CLIENT_SECRET, MAUTIC_LIMITED_*, MAUTIC_TLS_VERIFY, CONTRACT_MODE;
with --suite also CONTRACT_PROFILE, CONTRACT_SEED, CONTRACT_STRICT, CONTRACT_BUDGET (CONTRACT_WORKERS must
be 1; the delivery clauses run only with CONTRACT_DELIVERY=1). Without MAUTIC_URL: an embedded sandbox.

The file holds identity labels and {{placeholders}}, never a credential; webhook secrets the instance
generated (with --suite also those of hooks the run did not create) are written as zeros.

examples:
  MAUTIC_URL=https://staging.example.org MAUTIC_CLIENT_ID=... MAUTIC_CLIENT_SECRET=... \\
    mautic-hooks-contract record --suite --out staging.jsonl
  make replay RECORDING=staging.jsonl     # where the sandbox answers otherwise than your Mautic

exit status: record, the probe catalogue: 0 recorded, 2 a bad setting, 3 the preflight refused the
instance, 130 interrupted; record --suite: the suite's (0 conforms, 1 a clause fails, 2, 3, 4 the
instance became unavailable, 130), the recording written for 0, 1 and 4."""


def _suite_argv(argv: list[str]) -> list[str]:
    """``record --suite`` keeps everything after its own options for pytest, in order (-x, -k EXPR, ...):
    they are put after a ``--`` so argparse leaves them alone."""
    if not argv or argv[0] != "record" or "--suite" not in argv or "--" in argv:
        return argv
    own, rest = ["record"], argv[1:]
    while rest and rest[0] in ("--suite", "--out") or rest and rest[0].startswith("--out="):
        take = 2 if rest[0] == "--out" else 1
        own, rest = own + rest[:take], rest[take:]
    return [*own, "--", *rest]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mautic_hooks_contract.recording", description=__doc__.splitlines()[0]
    )
    sub = parser.add_subparsers(dest="command", required=True)
    replay = sub.add_parser(
        "replay", help="replay recordings against a fresh sandbox each; exit 1 on a difference"
    )
    replay.add_argument("files", nargs="*", help="recordings (default: every shipped one)")
    replay.add_argument("--fault", action="append", default=[], help="run the sandbox with this fault")
    diff = sub.add_parser("diff", help="compare two recordings of the same catalogue, by group")
    diff.add_argument("a")
    diff.add_argument("b")
    summary = (
        "run the probe catalogue (or, with --suite, the contract suite) against MAUTIC_URL (or a sandbox)"
    )
    record = sub.add_parser(
        "record",
        help=summary,
        description=summary + " and record the exchanges (format: tests/recordings/mautic-5.1.0/README.md)",
        epilog=RECORD_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    record.add_argument(
        "--out", required=True, help="the recording to write (atomically, once the run ended)"
    )
    record.add_argument("--suite", action="store_true", help=SUITE_HELP)
    record.add_argument(
        "--groups",
        help="record only these probe groups (comma-separated names; S0-only groups such as categories are recorded"
        " only when named)",
    )
    record.add_argument(
        "pytest_args", nargs="*", help="with --suite: passed to pytest, e.g. -x or -k listing"
    )
    args = parser.parse_args(_suite_argv(sys.argv[1:] if argv is None else argv))
    if args.command == "record" and args.pytest_args and not args.suite:
        record.error("pytest arguments only go with record --suite")
    try:
        return {"replay": _replay, "diff": _diff, "record": _record}[args.command](args)
    except RecordingError as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
