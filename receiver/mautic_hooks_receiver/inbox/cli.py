"""`python -m mautic_hooks_receiver serve|work|inbox`: the inbox as commands, with the kit's conventions.

    serve  --inbox URL [--host H] [--port P] [--path /]       verify, store, answer; /healthz, /metrics
    work   --inbox URL --handler module:function [--concurrency N] [--port P]
    inbox  status|dead|requeue --inbox URL

The secret comes from $MAUTIC_WEBHOOK_SECRET, never the command line (process listings show that), and is never
printed. `--port 0` picks a free port; `RECEIVER_READY <url>` (serve) or `WORKER_READY <url>` (work, with
`--port`) is printed once the socket listens. SIGTERM or Ctrl-C stops gracefully: serve answers the POSTs it
has; work lets running handlers finish for `--grace` seconds and releases what is still running.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import signal
import socket
import sys
import threading

import uvicorn
from starlette.applications import Starlette

from mautic_hooks_receiver.__main__ import READY_PREFIX, SECRET_VARIABLE
from mautic_hooks_receiver.app import DEFAULT_MAX_BODY
from mautic_hooks_receiver.inbox.metrics import Metrics
from mautic_hooks_receiver.inbox.server import create_inbox_app, monitoring_routes
from mautic_hooks_receiver.inbox.url import DEFAULT, ENVIRONMENT, open_inbox, safe
from mautic_hooks_receiver.inbox.worker import Handler, Worker

WORKER_READY_PREFIX = "WORKER_READY "


def main(argv: list[str]) -> int:
    options = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return options.run(options)
    except (ValueError, TypeError) as error:  # a bad URL or handler name: one line, no traceback
        print(error, file=sys.stderr)
        return 2


def serve(options: argparse.Namespace) -> int:
    secret = os.environ.get(SECRET_VARIABLE)
    if not secret:
        print(f"Set {SECRET_VARIABLE} to the hook's secret (as the Mautic API returns it).", file=sys.stderr)
        return 2
    inbox = open_inbox(options.inbox)
    app = create_inbox_app(secret, inbox, path=options.path, max_body=options.max_body)
    listener, url = _listen(options.host, options.port, options.path)
    print(f"{READY_PREFIX}{url}", flush=True)
    logging.getLogger("mautic_hooks_receiver.inbox").info("storing in %s", safe(inbox.url))
    uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False)).run(sockets=[listener])
    return 0


def work(options: argparse.Namespace) -> int:
    handler = load_handler(options.handler)
    inbox = open_inbox(options.inbox)
    metrics = Metrics(gauges=lambda: inbox.status().as_dict())
    worker = Worker(
        inbox,
        handler,
        concurrency=options.concurrency,
        max_attempts=options.max_attempts,
        backoff=options.backoff,
        visibility=options.visibility,
        metrics=metrics,
    )
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: worker.stopping.set())
    if options.port is not None:
        listener, url = _listen(options.host, options.port, "/metrics")
        monitor = uvicorn.Server(
            uvicorn.Config(Starlette(routes=monitoring_routes(inbox, metrics)), log_level="warning")
        )
        threading.Thread(target=monitor.run, kwargs={"sockets": [listener]}, daemon=True).start()
        print(f"{WORKER_READY_PREFIX}{url}", flush=True)
    logging.getLogger("mautic_hooks_receiver.inbox").info(
        "working on %s with %d thread(s)", safe(inbox.url), options.concurrency
    )
    worker.run(grace=options.grace)
    inbox.close()
    return 0


def status(options: argparse.Namespace) -> int:
    inbox = open_inbox(options.inbox)
    if options.action == "status":
        print(json.dumps(inbox.status().as_dict()))
    elif options.action == "dead":
        for letter in inbox.dead(options.limit):
            body = letter.body.decode("utf-8", "replace")
            print(
                json.dumps(
                    {"id": letter.id, "attempts": letter.attempts, "error": letter.error, "body": body}
                )
            )
    else:
        moved = inbox.requeue(None if options.all else options.ids)
        print(json.dumps({"requeued": moved}))
    inbox.close()
    return 0


def load_handler(name: str) -> Handler:
    """`package.module:function`, imported like uvicorn imports an app (the working directory is on the path)."""
    module_name, _, function = name.partition(":")
    if not module_name or not function:
        raise ValueError(f"--handler is module:function, e.g. myapp.hooks:handle (got {name!r}).")
    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    handler = getattr(importlib.import_module(module_name), function, None)
    if not callable(handler):
        raise TypeError(f"{module_name} has no function {function!r}.")
    return handler


def _listen(host: str, port: int, path: str) -> tuple[socket.socket, str]:
    listener = socket.create_server((host, port))  # bound before READY is printed: callers never race it
    bound_host, bound_port = listener.getsockname()[:2]
    return listener, f"http://{bound_host}:{bound_port}{path}"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m mautic_hooks_receiver", description=__doc__.splitlines()[0]
    )
    commands = parser.add_subparsers(required=True, metavar="serve|work|inbox")
    inbox_help = f"sqlite:///path or redis://host:port/db (default: ${ENVIRONMENT}, else {DEFAULT})"

    run = commands.add_parser("serve", help="receive: verify, store, answer")
    run.add_argument("--inbox", help=inbox_help)
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8199, help="0 picks a free port")
    run.add_argument("--path", default="/", help="the URL path the hook posts to")
    run.add_argument("--max-body", type=int, default=DEFAULT_MAX_BODY, help="bytes; larger POSTs get 413")
    run.set_defaults(run=serve)

    run = commands.add_parser("work", help="call the handler on stored deliveries")
    run.add_argument("--inbox", help=inbox_help)
    run.add_argument("--handler", required=True, help="module:function taking list[Event]")
    run.add_argument("--concurrency", type=int, default=1, help="handler threads")
    run.add_argument("--max-attempts", type=int, default=8, help="then the delivery is dead-lettered")
    run.add_argument("--backoff", type=float, default=1.0, help="seconds before the first retry, doubling")
    run.add_argument("--visibility", type=float, default=60.0, help="seconds before a silent claim lapses")
    run.add_argument("--grace", type=float, default=30.0, help="seconds running handlers get on SIGTERM")
    run.add_argument("--host", default="127.0.0.1", help="for /healthz and /metrics")
    run.add_argument("--port", type=int, default=None, help="serve /healthz and /metrics (0: a free port)")
    run.set_defaults(run=work)

    run = commands.add_parser("inbox", help="inspect the inbox, re-queue dead letters")
    run.add_argument("action", choices=("status", "dead", "requeue"))
    run.add_argument("ids", nargs="*", help="requeue: the dead letters' ids (see `dead`)")
    run.add_argument("--all", action="store_true", help="requeue every dead letter")
    run.add_argument("--limit", type=int, default=100, help="dead: at most this many")
    run.add_argument("--inbox", help=inbox_help)
    run.set_defaults(run=status)
    return parser
