"""Command line: ``python -m mautic_hooks_contract.sandbox serve|seed``."""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import sys

from .deliveries import commands as delivery_commands
from .settings import DEFAULT_ADMIN, DEFAULT_CLIENT, DEFAULT_LIMITED, Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mautic_hooks_contract.sandbox", description="Mautic /api/hooks sandbox"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    serve_cmd = sub.add_parser("serve", help="run the server in the foreground")
    serve_cmd.add_argument("--host", default="127.0.0.1", help="bind address (default loopback only)")
    serve_cmd.add_argument(
        "--port", type=int, default=None, help="port (SANDBOX_PORT, default 8080; 0 = any free)"
    )
    serve_cmd.add_argument(
        "--db", default=None, help="SQLite file (SANDBOX_DB, default .state/sandbox.sqlite3)"
    )
    serve_cmd.add_argument("--api-disabled", action="store_true", help="answer like api_enabled = false")
    serve_cmd.add_argument(
        "--basic-auth-disabled", action="store_true", help="answer like api_enable_basic_auth = false"
    )
    serve_cmd.add_argument("--seed-hooks", type=int, default=0, help="seed N hooks before serving")
    serve_cmd.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="NAME",
        help="break the contract in this named way (repeatable; `python -m mautic_hooks_contract.sandbox faults` lists them)",
    )
    serve_cmd.add_argument(
        "--exit-with-parent",
        action="store_true",
        help="stop when the process that started this one ends (sandbox.launcher passes it)",
    )
    delivery_commands.add_serve_options(serve_cmd)
    delivery_commands.add_parsers(sub)
    sub.add_parser("faults", help="list the fault catalogue (deviations for --fault)")
    seed_cmd = sub.add_parser("seed", help="add deterministic sample hooks and categories")
    seed_cmd.add_argument("--db", required=True)
    seed_cmd.add_argument("--hooks", type=int, required=True)
    seed_cmd.add_argument("--categories", type=int, default=3)
    seed_cmd.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    if args.command in delivery_commands.NAMES:
        return delivery_commands.run(args)
    if args.command == "seed":
        from .seed import seed as run_seed

        ids = run_seed(args.db, hooks=args.hooks, categories=args.categories, seed=args.seed)
        print(f"seeded {len(ids)} hooks into {args.db}")
        return 0

    if args.command == "faults":
        from .faults import CATALOGUE

        for fault in CATALOGUE.values():
            print(f"{fault.name:<24} {fault.description}")
        return 0
    if args.fault:
        from .faults import CATALOGUE

        unknown = sorted(set(args.fault) - set(CATALOGUE))
        if unknown:
            parser.error(
                f"unknown fault {', '.join(unknown)} (see `python -m mautic_hooks_contract.sandbox faults`)"
            )
    settings = Settings.from_env(
        host=args.host,
        port=args.port,
        db_path=args.db,
        api_enabled=False if args.api_disabled else None,
        basic_auth_enabled=False if args.basic_auth_disabled else None,
        seed_hooks=args.seed_hooks,
        faults=tuple(args.fault),
        delivery=delivery_commands.delivery_settings(args),
    )
    return serve(settings, exit_with_parent=args.exit_with_parent)


async def _stop_when_orphaned(server) -> None:  # type: ignore[no-untyped-def]
    """A launcher killed without its cleanup (SIGKILL, or SIGTERM to a tool that does not trap it) must not
    leave its sandboxes serving: once the parent is gone, the process is re-parented, and the server stops."""
    parent = os.getppid()
    while os.getppid() == parent:
        await asyncio.sleep(0.5)
    server.should_exit = True


def _shown(secret: str, default: str) -> str:
    """Print a secret only when it is the documented default."""
    return secret if secret == default else "*" * 8


def serve(settings: Settings, *, exit_with_parent: bool = False) -> int:
    import uvicorn
    import uvloop

    from .app import create_app
    from .protocol import AnyMethodProtocol
    from .seed import seed as run_seed

    sock = socket.socket(socket.AF_INET6 if ":" in settings.host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((settings.host, settings.port))
    port = sock.getsockname()[1]
    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    url = f"http://{host}:{port}"
    app = create_app(delivery_commands.with_site_url(settings, url))
    if settings.seed_hooks:
        run_seed(settings.db_path, hooks=settings.seed_hooks)
    config = uvicorn.Config(
        app,
        loop="uvloop",
        http=AnyMethodProtocol,  # httptools, with h11 for methods it cannot parse (mautic_hooks_contract/sandbox/protocol.py)
        access_log=False,
        log_level="warning",
        lifespan="off",
        server_header=False,  # Mautic sends no "server: uvicorn"
    )
    server = uvicorn.Server(config)

    async def run() -> None:
        serving = asyncio.ensure_future(server.serve(sockets=[sock]))
        while not server.started:
            if serving.done():
                return await serving
            await asyncio.sleep(0.01)
        print(f"Mautic sandbox at {url} (API at {url}/api, database {settings.db_path})")
        print(f"  admin user:    {settings.admin[0]} / {_shown(settings.admin[1], DEFAULT_ADMIN[1])}")
        print(f"  limited user:  {settings.limited[0]} / {_shown(settings.limited[1], DEFAULT_LIMITED[1])}")
        print(f"  OAuth2 client: {settings.client[0]} / {_shown(settings.client[1], DEFAULT_CLIENT[1])}")
        print(f"SANDBOX_READY {url}", flush=True)
        watcher = asyncio.ensure_future(_stop_when_orphaned(server)) if exit_with_parent else None
        await serving
        if watcher is not None:
            watcher.cancel()

    uvloop.run(run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
