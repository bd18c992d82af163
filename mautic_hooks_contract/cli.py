"""`mautic-hooks-contract`: the command (`pip install .` or pipx), also `python -m mautic_hooks_contract`.

This module only parses arguments: `run` and `sweep` are carried out by `runner/command.py`, the recording
subcommands by `mautic_hooks_contract/recording/__main__.py`. Settings come from the environment, so a CI job sets them from its
secret store; `--help` lists every one from the single table in `runner/settings.py`.

Subcommands are registered in one place, `COMMANDS`; `DELEGATED` hands a subcommand whole to a module's
`main(argv)` (record, replay, diff: the recording room has its own parser).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import textwrap
from collections.abc import Callable

from mautic_hooks_contract.runner.settings import TABLE

RECORDING = "mautic_hooks_contract.recording.__main__"
# subcommand -> (module whose main(argv) runs it, summary)
DELEGATED = {
    "record": (
        RECORDING,
        "record the probe catalogue, or with --suite the suite's own traffic, against MAUTIC_URL",
    ),
    "replay": (RECORDING, "replay recordings against fresh sandboxes"),
    "diff": (RECORDING, "compare two recordings by group"),
}
EXIT_STATUSES = (
    "exit status: 0 the instance conforms; 1 a clause fails; 2 bad configuration (or pytest could not run the "
    "clauses); 3 the preflight refused "
    "the instance; 4 the instance became unavailable (no verdict); 130 interrupted (after cleanup)"
)


def settings_help() -> str:
    lines = ["settings (environment variables):"]
    for name, meaning, default in TABLE:
        lines.append(f"  {name}")
        lines += textwrap.wrap(
            f"{meaning} (default: {default})", 96, initial_indent=" " * 6, subsequent_indent=" " * 6
        )
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    from mautic_hooks_contract.runner.command import run_command

    return run_command(args.pytest_args)


def _sweep(args: argparse.Namespace) -> int:
    from mautic_hooks_contract.runner.command import sweep_command

    return sweep_command()


COMMANDS: dict[str, tuple[str, Callable[[argparse.Namespace], int]]] = {
    "run": ("verify MAUTIC_URL (or the embedded sandbox) against openapi.yaml", _run),
    "sweep": ("delete the hooks interrupted runs left on MAUTIC_URL (names mhc-contract-*)", _sweep),
}


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="mautic-hooks-contract",
        description="Verify a Mautic instance's /api/hooks against the openapi.yaml contract, without harming its data.",
        epilog=settings_help() + "\n\n" + EXIT_STATUSES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = root.add_subparsers(dest="command", metavar="COMMAND")
    for name, (summary, handler) in COMMANDS.items():
        command = sub.add_parser(
            name, help=summary, description=summary, epilog=settings_help(),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )  # fmt: skip
        command.set_defaults(handler=handler)
        if name == "run":
            command.add_argument("pytest_args", nargs="*", help="passed to pytest, e.g. -x or -k listing")
    for name, (module, summary) in DELEGATED.items():
        sub.add_parser(name, help=summary, add_help=False).set_defaults(module=module)
    return root


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0].startswith("-") and argv[0] not in ("-h", "--help"):
        argv = ["run", *argv]  # `mautic-hooks-contract -x` = run -x
    root = parser()
    if argv[0] == "run" and not {"-h", "--help"} & set(argv[1:2]):
        # Everything after `run` belongs to pytest, in its order (-x, -k EXPR, ...): argparse would reorder it.
        return _run(argparse.Namespace(pytest_args=argv[1:]))
    if argv[0] in DELEGATED:
        return int(importlib.import_module(DELEGATED[argv[0]][0]).main(argv) or 0)
    args = root.parse_args(argv)
    if args.command is None:
        root.print_help()
        return 2
    return args.handler(args)


def console() -> None:
    sys.exit(main())
