"""The durable inbox: a receiver that stores before it answers, and workers that call the handler afterwards.

    from mautic_hooks_receiver.inbox import create_inbox_app, open_inbox, Worker

    inbox = open_inbox("sqlite:///var/lib/mautic/inbox.sqlite3")   # or redis://host:6379/0
    app = create_inbox_app(secret, inbox)                           # uvicorn; answers once stored
    Worker(open_inbox(url), handle, concurrency=4).run()            # in another process

Or the commands: `python -m mautic_hooks_receiver serve|work|inbox` (inbox/cli.py).
"""

from mautic_hooks_receiver.inbox.base import Claimed, DeadLetter, Inbox, InboxError, Status
from mautic_hooks_receiver.inbox.server import create_inbox_app
from mautic_hooks_receiver.inbox.url import open_inbox
from mautic_hooks_receiver.inbox.worker import Worker

__all__ = [
    "Claimed",
    "DeadLetter",
    "Inbox",
    "InboxError",
    "Status",
    "Worker",
    "create_inbox_app",
    "open_inbox",
]
