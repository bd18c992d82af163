"""An inbox from a URL, so the same command and handler run on either backend: `sqlite:///path`, `redis://host`.

    sqlite:///var/lib/mautic/inbox.sqlite3          (absolute path: four slashes in all)
    sqlite:///inbox.sqlite3?synchronous=full         (relative to the working directory; fsync every commit)
    redis://:password@redis.internal:6379/0?prefix=mautic-hooks
    rediss://...                                     (TLS)

redis-py is imported only for a redis URL: the SQLite inbox needs nothing beyond the standard library.
"""

from __future__ import annotations

import os
from urllib.parse import parse_qsl, urlsplit

from mautic_hooks_receiver.inbox.base import Inbox

ENVIRONMENT = "MAUTIC_INBOX_URL"
DEFAULT = "sqlite:///mautic-inbox.sqlite3"


def open_inbox(url: str | None = None) -> Inbox:
    """The inbox at `url` (default: $MAUTIC_INBOX_URL, else a SQLite file in the working directory)."""
    url = url or os.environ.get(ENVIRONMENT) or DEFAULT
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        path = url[len("sqlite:///") :].split("?")[0] if url.startswith("sqlite:///") else ""
        if not path:
            raise ValueError(f"A SQLite inbox URL is sqlite:///path (got {safe(url)!r}).")
        options = dict(parse_qsl(parts.query))
        from mautic_hooks_receiver.inbox.sqlite import SQLiteInbox

        return SQLiteInbox(
            path,
            busy_timeout=float(options.get("busy_timeout", 5)),
            synchronous=options.get("synchronous", "normal"),
        )
    if parts.scheme in ("redis", "rediss", "unix"):
        try:
            from mautic_hooks_receiver.inbox.redis_streams import RedisInbox
        except ImportError:
            raise ValueError(
                "A Redis inbox needs redis-py: pip install 'mautic-hooks-receiver[redis]'."
            ) from None
        return RedisInbox(url)
    raise ValueError(f"The inbox URL must start with sqlite:/// or redis:// (got {safe(url)!r}).")


def safe(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = f"{parts.username}:***@" if parts.username else ":***@"
    return parts._replace(netloc=user + netloc).geturl()
