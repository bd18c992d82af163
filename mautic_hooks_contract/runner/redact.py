"""Keep passwords, tokens and webhook secrets out of every line the suite prints or writes.

Mautic returns each hook's signing `secret` in every response, and failure reports quote responses and
requests; so everything that leaves the suite (terminal, JUnit, Markdown) goes through `redact`. Two layers:
patterns for the shapes a secret takes on the wire, and the literal values the run knows (its own password,
client secret and tokens), wherever they appear.
"""

from __future__ import annotations

import re
import threading

MASK = "[REDACTED]"

_PATTERNS = [
    # "secret": "..." in JSON, also when the JSON is itself quoted inside a string (\"secret\": \"...\").
    re.compile(
        r'(\\?"(?:secret|client_secret|password|access_token|refresh_token)\\?"\s*:\s*\\?")((?:[^"\\]|\\.)*?)(\\?")'
    ),
    # secret=... in a form body or query string.
    re.compile(r"(\b(?:secret|client_secret|password|access_token|refresh_token)=)([^&\s'\"]+)()"),
    # Authorization headers, however quoted: "Authorization: Basic abc", 'authorization': 'Bearer abc'.
    re.compile(r"((?i:authorization)['\"]?\s*[:=]\s*['\"]?(?:Basic|Bearer)\s+)([A-Za-z0-9+/=._~-]+)()"),
    # curl's -u user:password.
    re.compile(r"(\s-u\s+['\"]?[^:\s'\"]+:)([^\s'\"]+)()"),
]

_known: set[str] = set()
_lock = threading.Lock()


def remember(*values: str | None) -> None:
    """Register literal secrets (passwords, tokens) to mask wherever they appear."""
    with _lock:
        _known.update(v for v in values if v and len(v) >= 4)


def redact(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + MASK + m.group(3), text)
    with _lock:
        known = sorted(_known, key=len, reverse=True)
    for value in known:
        text = text.replace(value, MASK)
    return text
