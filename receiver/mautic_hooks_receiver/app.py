"""The simple receiver: an ASGI app (Starlette) that verifies, parses, answers fast and drops re-sends.

Simple mode: what it acknowledged is lost if the process dies before the handler ran, and its memory of re-sends
is per process. The durable way is the inbox (mautic_hooks_receiver/inbox/), which stores before it answers.

Mautic POSTs inside the request that fired the event and waits, with no timeout, for the answer
(DELIVERIES.md §5.2), so the app answers 200 as soon as the body is verified and parsed, and runs the handler
afterwards, as a background task of the response. Any 2xx counts as success for Mautic, any other answer is
logged as a failure and never retried; a hook that never succeeded is unpublished at its first failure
(`app/bundles/WebhookBundle/Model/WebhookModel.php:321-344`). Errors raised by the handler are therefore only
logged (by the ASGI server): they cannot reach Mautic any more.

Mautic's HTTP client can send the same POST twice when a kept-alive connection breaks before the answer, and
nothing in a POST identifies a delivery, so byte-identical bodies are treated as one delivery: the app remembers
the digests of the last `remember` bodies it accepted and answers a repeat 200 without calling the handler.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from mautic_hooks_receiver.events import Event, PayloadError, parse
from mautic_hooks_receiver.signature import HEADER, verify

Handler = Callable[[list[Event]], Awaitable[None] | None]
DEFAULT_REMEMBERED = 10_000  # 32-byte digests: well under 1 MB
DEFAULT_MAX_BODY = 16 * 1024 * 1024  # a command-mode batch of 10 large events is ~150 KB


class RecentBodies:
    """The digests of the last `capacity` bodies seen, oldest forgotten first: bounded memory."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("RecentBodies needs a capacity of at least 1.")
        self._capacity = capacity
        self._digests: OrderedDict[bytes, None] = OrderedDict()

    def __len__(self) -> int:
        return len(self._digests)

    def add(self, raw_body: bytes) -> bool:
        """Remember `raw_body`; False if it was already remembered (a re-send)."""
        digest = hashlib.sha256(raw_body).digest()
        if digest in self._digests:
            self._digests.move_to_end(digest)
            return False
        self._digests[digest] = None
        if len(self._digests) > self._capacity:
            self._digests.popitem(last=False)
        return True


def create_app(
    secret: str,
    handler: Handler,
    *,
    path: str = "/",
    remember: int = DEFAULT_REMEMBERED,
    max_body: int = DEFAULT_MAX_BODY,
) -> Starlette:
    """An ASGI app that receives the hook's POSTs on `path` and calls `handler(events)` once per delivery.

    `secret` is the hook's `secret` as the Mautic API returns it; `handler` may be async or a plain function
    (Starlette runs it in its thread pool). Answers: 200 accepted (or a re-send, not passed on), 401 no
    signature, 403 wrong signature, 400 not a webhook payload, 413 a body over `max_body` bytes.
    """
    if not secret:
        raise ValueError("create_app() needs the hook's secret, as the Mautic API returns it.")
    recent = RecentBodies(remember)

    async def receive(request: Request) -> JSONResponse:
        raw_body = await verified_body(request, secret, max_body)
        if isinstance(raw_body, JSONResponse):
            return raw_body
        try:
            events = parse(raw_body)
        except PayloadError as error:
            return _refuse(400, str(error))
        if not recent.add(raw_body):
            return JSONResponse({"received": 0, "duplicate": True})
        return JSONResponse({"received": len(events)}, background=BackgroundTask(handler, events))

    return Starlette(routes=[Route(path, receive, methods=["POST"])])


async def verified_body(request: Request, secret: str, max_body: int) -> bytes | JSONResponse:
    """The raw body if it is at most `max_body` bytes and signed with `secret`, else the refusal to answer."""
    raw_body = await _read_at_most(request, max_body)
    if raw_body is None:
        return _refuse(413, f"The body is larger than {max_body} bytes.")
    signature = request.headers.get(HEADER, "")
    if not signature.strip():
        return _refuse(401, f"The {HEADER} header is missing.")
    if not verify(raw_body, signature, secret):
        return _refuse(403, f"The {HEADER} header does not match the body and the hook's secret.")
    return raw_body


async def _read_at_most(request: Request, limit: int) -> bytes | None:
    """The body, or None as soon as it grows past `limit` bytes (whatever Content-Length claims)."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _refuse(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)
