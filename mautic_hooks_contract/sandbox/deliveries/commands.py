"""Sandbox-only command-line tools for webhook delivery (none of them is part of Mautic's API):

* ``process-webhooks``: Mautic's ``bin/console mautic:webhooks:process`` for ``command_process`` mode;
* ``fire TRIGGER``: fire an event of a trigger the sandbox does not emulate (form submit, page hit, e-mail,
  SMS, segment, company membership, channel subscription) from a recorded sample or a file;
* ``webhook-logs HOOK_ID``: a hook's ``webhook_logs`` rows, one JSON object per line.

They work on the server's database and with the delivery settings the server stored there.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from .. import db
from ..triggers import KEYS
from . import config, tables
from .dispatcher import Dispatcher, Event

NAMES = ("process-webhooks", "fire", "webhook-logs")
SAMPLES = Path(__file__).parent / "samples"


def add_serve_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("webhook delivery")
    group.add_argument(
        "--queue-mode",
        choices=(config.IMMEDIATE, config.COMMAND),
        default=None,
        help="Mautic's queue_mode (SANDBOX_QUEUE_MODE; default immediate_process: POST inside the request)",
    )
    group.add_argument("--webhook-limit", type=int, default=None, help="events per POST in command mode (10)")
    group.add_argument(
        "--events-orderby-dir", choices=("ASC", "DESC"), default=None, help="global queue order (ASC)"
    )
    group.add_argument("--site-url", default=None, help="X-Origin-Base-URL (default: the sandbox's own URL)")
    group.add_argument(
        "--delivery-timeout",
        type=float,
        default=None,
        help="seconds to wait for a receiver (SANDBOX_DELIVERY_TIMEOUT, default 10). Mautic itself sets no"
        " timeout at all: a hung receiver hangs the triggering request",
    )
    group.add_argument(
        "--deliver-to-any-host",
        action="store_true",
        default=None,
        help="also deliver to non-loopback hosts (off: only 127.0.0.0/8 and ::1; each such delivery is logged)",
    )
    group.add_argument(
        "--clock-offset",
        type=float,
        default=None,
        help="seconds added to now by the kill rule's 'modified in the last 2 days' test (for tests)",
    )


def delivery_settings(args: argparse.Namespace) -> config.DeliverySettings:
    return config.DeliverySettings.from_env(
        queue_mode=args.queue_mode,
        webhook_limit=args.webhook_limit,
        events_orderby_dir=args.events_orderby_dir,
        site_url=args.site_url,
        timeout=args.delivery_timeout,
        deliver_to_any_host=args.deliver_to_any_host,
        clock_offset=args.clock_offset,
    )


def add_parsers(sub) -> None:
    process = sub.add_parser(
        "process-webhooks",
        help="send queued webhooks (command_process mode)",
        description="Mautic's `bin/console mautic:webhooks:process`: send the queued events in batches.",
    )
    process.add_argument("--db", required=True)
    process.add_argument("--webhook-id", type=int, default=None, help="only this (published) hook")
    fire = sub.add_parser(
        "fire",
        help="sandbox-only: fire a webhook trigger from a sample payload",
        description="Sandbox-only, not part of Mautic: deliver (or queue) one event of TRIGGER to the hooks"
        " that subscribe to it, from the recorded sample of a real Mautic 5.1.0 or from --payload.",
    )
    fire.add_argument("trigger", choices=KEYS, metavar="TRIGGER", help="e.g. mautic.form_on_submit")
    fire.add_argument("--db", required=True)
    fire.add_argument("--hook", type=int, default=None, help="deliver to this hook only (it must subscribe)")
    fire.add_argument(
        "--payload", default=None, help="JSON file with the event object (default: recorded sample)"
    )
    logs = sub.add_parser("webhook-logs", help="sandbox-only: print a hook's webhook_logs rows as JSON lines")
    logs.add_argument("hook_id", type=int)
    logs.add_argument("--db", required=True)


def _dispatcher(db_path: str) -> Dispatcher:
    from ..faults import FaultSet

    conn = db.connect(db_path)
    tables.install(conn)
    settings, faults = config.load(conn)
    conn.close()
    return Dispatcher(db_path, settings, FaultSet(faults))


def run(args: argparse.Namespace) -> int:
    if args.command == "webhook-logs":
        conn = db.connect(args.db)
        tables.install(conn)
        for row in tables.logs(conn, args.hook_id):
            print(json.dumps(row))
        return 0
    dispatcher = _dispatcher(args.db)
    if args.command == "fire":
        path = Path(args.payload) if args.payload else SAMPLES / f"{args.trigger}.json"
        payload = json.loads(path.read_text())
        payload.pop("timestamp", None)
        sent = dispatcher.fire([Event(args.trigger, payload)], only_hook=args.hook)
        print(
            f"{args.trigger}: {sent} {'queued' if dispatcher.settings.queue_mode == config.COMMAND else 'sent'}"
        )
        return 0
    # process-webhooks (ProcessWebhookQueuesCommand.php:188-244)
    if dispatcher.settings.queue_mode != config.COMMAND:
        print(
            "Webhook Bundle is in immediate process mode. To use the command function change to command mode."
        )
        return 0
    if (
        args.webhook_id is not None
        and not dispatcher.conn.execute(
            "SELECT 1 FROM hooks WHERE id = ? AND is_published = 1", (args.webhook_id,)
        ).fetchone()
    ):
        print("No published webhooks found. Try again later.")
        return 1
    print("Processing Webhooks")
    dispatcher.process_queue(args.webhook_id)
    print("Webhook Processing Complete")
    return 0


def with_site_url(settings, url: str):
    """The server's settings with its own URL as X-Origin-Base-URL unless one was given."""
    if settings.delivery.site_url:
        return settings
    return dataclasses.replace(settings, delivery=dataclasses.replace(settings.delivery, site_url=url))
