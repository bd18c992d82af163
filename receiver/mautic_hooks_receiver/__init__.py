"""Receive Mautic 5 webhooks: verify the signature, parse the events, and a reference ASGI receiver.

    from mautic_hooks_receiver import verify, parse

    if not verify(raw_body, headers.get("Webhook-Signature"), secret):
        ...  # answer 403
    for event in parse(raw_body):  # sorted by timestamp
        print(event.trigger, event.timestamp, type(event.model).__name__)

The receivers need the `server` extra (Starlette, uvicorn): the durable inbox (`mautic_hooks_receiver.inbox`,
`python -m mautic_hooks_receiver serve|work|inbox`) for production, `create_app` for the simple in-process mode.
"""

from mautic_hooks_receiver.events import MODELS, Event, PayloadError, parse
from mautic_hooks_receiver.signature import HEADER, sign, verify

__all__ = ["HEADER", "MODELS", "Event", "PayloadError", "create_app", "parse", "sign", "verify"]


def __getattr__(name: str):  # create_app imports Starlette, which verify/parse users need not install
    if name == "create_app":
        from mautic_hooks_receiver.app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
