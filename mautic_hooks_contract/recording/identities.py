"""Identity labels and placeholders: how a recorded request becomes one the target can answer.

Recordings never hold a credential. A request names its caller by label (``oauth-admin``, ``admin-basic``,
``wrong-password:admin-basic`` ...) and quotes credentials as ``{{placeholders}}``; a replay sends the
target's own credentials for the labels that need them and fabricates wrong ones for the labels that are
about failing (README "Identity labels").
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

_PLACEHOLDER = re.compile(r"\{\{(client_id|client_secret|token):([a-z-]+)\}\}")


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


@dataclass
class Credentials:
    """The target's real credentials: Basic users by label, OAuth2 clients and their tokens by label."""

    users: dict[str, tuple[str, str]]  # "admin-basic" -> (username, password)
    clients: dict[str, tuple[str, str]]  # "oauth-admin" -> (client id, client secret)
    tokens: dict[str, str]  # "oauth-admin" -> access token

    def authorization(self, label: str) -> str | None:
        """The Authorization header value for ``label``; None sends no header; '' an empty one."""
        kind, _, base = label.partition(":")
        if label in self.users:
            return _basic(*self.users[label])
        if label in self.tokens:
            return f"Bearer {self.tokens[label]}"
        fabricated = {
            "none": None,
            "bad-bearer": "Bearer mhc-replay-token-nobody-issued",
            "bearer-empty": "Bearer",
            "unknown-user": _basic("mhc-replay-unknown-user", "not-a-password"),
            "basic-no-colon": "Basic " + base64.b64encode(b"mhc-replay-no-colon").decode(),
            "basic-malformed": "Basic !!not*base64!!",
            "other-scheme": 'Digest username="admin", realm="mautic", nonce="x", uri="/", response="0"',
            "unrecognized": "",
            # A token of the issued shape (base64url of a sha256 hex digest, 86 characters) nobody issued.
            "bearer-lookalike": "Bearer " + "M" * 86,
            "bearer-two-spaces": "Bearer  mhc-replay-token",  # oauth2-php's "Bearer\s(\S+)" finds no token
        }
        if label in fabricated:
            return fabricated[label]
        if kind == "wrong-password" and base in self.users:
            return _basic(self.users[base][0], "mhc-replay-wrong-password")
        if kind == "basic-client" and base in self.clients:
            return _basic(*self.clients[base])
        if kind == "lowercase-bearer" and base in self.tokens:
            return f"bearer {self.tokens[base]}"
        raise KeyError(f"the identity label {label!r}")

    def substitute(self, text: str) -> str:
        """Put the target's own values in place of ``{{client_id:…}}``, ``{{client_secret:…}}``, ``{{token:…}}``."""

        def value(match: re.Match) -> str:
            kind, label = match.groups()
            if kind == "token":
                if label not in self.tokens:
                    raise KeyError(f"the placeholder {match.group(0)}")
                return self.tokens[label]
            if label not in self.clients:
                raise KeyError(f"the placeholder {match.group(0)}")
            return self.clients[label][0 if kind == "client_id" else 1]

        return _PLACEHOLDER.sub(value, text)

    def mask(self, text: str) -> str:
        """``text`` with every credential of the target replaced by its placeholder (for recordings)."""
        pairs = [(v, f"{{{{token:{k}}}}}") for k, v in self.tokens.items()]
        for label, (cid, secret) in self.clients.items():
            pairs += [(secret, f"{{{{client_secret:{label}}}}}"), (cid, f"{{{{client_id:{label}}}}}")]
        for secret, placeholder in sorted(pairs, key=lambda p: -len(p[0])):
            if secret:
                text = text.replace(secret, placeholder)
        return text
