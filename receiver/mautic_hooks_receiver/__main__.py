"""`python -m mautic_hooks_receiver`: run the reference receiver and print one JSON line per event received.

With `serve`, `work` or `inbox` first it runs the durable inbox instead (inbox/cli.py). Without, it is a sink to
point a hook's webhookUrl at while developing (and the server the kit's tests talk to). The secret comes
from the environment, never from the command line, so it does not show in process listings; it is never printed.
Once it listens it prints `RECEIVER_READY <url>`.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys

import uvicorn

from mautic_hooks_receiver.app import create_app
from mautic_hooks_receiver.events import Event

SECRET_VARIABLE = "MAUTIC_WEBHOOK_SECRET"
READY_PREFIX = "RECEIVER_READY "
COMMANDS = ("serve", "work", "inbox")


def print_events(events: list[Event]) -> None:
    for event in events:
        model = type(event.model).__name__ if event.model is not None else None
        line = {"trigger": event.trigger, "timestamp": event.timestamp.isoformat(), "model": model}
        print(json.dumps(line), flush=True)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS:
        from mautic_hooks_receiver.inbox.cli import main as inbox_main

        return inbox_main(argv)
    parser = argparse.ArgumentParser(
        prog="python -m mautic_hooks_receiver", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8199, help="0 picks a free port")
    parser.add_argument("--path", default="/", help="the URL path the hook posts to")
    options = parser.parse_args(argv)
    secret = os.environ.get(SECRET_VARIABLE)
    if not secret:
        print(f"Set {SECRET_VARIABLE} to the hook's secret (as the Mautic API returns it).", file=sys.stderr)
        return 2
    listener = socket.create_server((options.host, options.port))  # bound before READY: callers never race it
    host, port = listener.getsockname()[:2]
    print(f"{READY_PREFIX}http://{host}:{port}{options.path}", flush=True)
    app = create_app(secret, print_events, path=options.path)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    server.run(sockets=[listener])
    return 0


if __name__ == "__main__":
    sys.exit(main())
