"""The `Webhook-Signature` header: `base64(HMAC-SHA256(raw body, hook secret))`.

Mautic signs the exact bytes it sends, PHP `json_encode` output (`\\/` for `/`, `\\uXXXX` for non-ASCII), so the
signature only matches the raw request body: JSON parsed and serialized again by any other library gives other
bytes. Hence `verify` accepts bytes only. The signature covers the body alone (no timestamp, no nonce), so it
proves who sent a body, not that it is the first time it arrives.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

HEADER = "Webhook-Signature"


def sign(raw_body: bytes, secret: str | bytes) -> str:
    """The header value Mautic sends for `raw_body` (for tests and for replaying a recorded POST)."""
    _require_bytes(raw_body, "sign")
    digest = hmac.new(_secret_bytes(secret), bytes(raw_body), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def verify(raw_body: bytes, signature_header: str | None, secret: str | bytes) -> bool:
    """Whether `signature_header` is Mautic's signature of `raw_body` with `secret`, compared in constant time.

    A wrong or garbled signature returns False; only a usage error raises: a body that is not bytes (TypeError),
    a missing header or an empty secret (ValueError).
    """
    _require_bytes(raw_body, "verify")
    if signature_header is not None and not isinstance(signature_header, str):
        raise TypeError(f"verify() needs the {HEADER} header as str, not {type(signature_header).__name__}.")
    if signature_header is None or not signature_header.strip():
        raise ValueError(f"The {HEADER} header is missing or empty, so the request cannot be from Mautic.")
    expected = sign(raw_body, secret).encode("ascii")
    return hmac.compare_digest(expected, signature_header.strip().encode("utf-8", "replace"))


def _require_bytes(raw_body: object, function: str) -> None:
    if not isinstance(raw_body, bytes | bytearray | memoryview):
        raise TypeError(
            f"{function}() needs the raw request body as bytes, not {type(raw_body).__name__}: "
            "re-serialized JSON does not match what Mautic signed."
        )


def _secret_bytes(secret: str | bytes) -> bytes:
    if isinstance(secret, str):
        secret = secret.encode("utf-8")
    if not isinstance(secret, bytes) or not secret:
        raise ValueError("The hook secret is empty: use the `secret` the Mautic API returns for the hook.")
    return secret
