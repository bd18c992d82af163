"""The inbox receiver: verify → de-duplicate → store durably → answer 2xx, nothing else on the request's path.

Only a stored body is acknowledged. Mautic never re-sends (a failure is logged and the event is gone; a hook that
never succeeded is unpublished at its first failure), so what the 2xx promises must already be in the inbox: a
store that fails is answered 503, which Mautic logs as a failed delivery. Handling happens in `work` processes.

The receiver does not parse: a signed body is Mautic's, and parsing (the typed models: about 0.6 ms a body)
would only slow the answer Mautic waits for. A worker parses it; one that does not parse (a plugin's trigger in
an unexpected shape, a future Mautic's envelope) goes, raw, to the dead-letter list instead of being dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route

from mautic_hooks_receiver.app import DEFAULT_MAX_BODY, verified_body
from mautic_hooks_receiver.inbox.base import Inbox, InboxError
from mautic_hooks_receiver.inbox.batching import GroupCommit
from mautic_hooks_receiver.inbox.metrics import Metrics

log = logging.getLogger("mautic_hooks_receiver.inbox")


def create_inbox_app(
    secret: str,
    inbox: Inbox,
    *,
    path: str = "/",
    max_body: int = DEFAULT_MAX_BODY,
    metrics: Metrics | None = None,
) -> Starlette:
    """An ASGI app storing the hook's POSTs on `path` in `inbox`; `/healthz` and `/metrics` beside it.

    Answers: 200 `{"stored": true}`, or `{"stored": false, "duplicate": true}` for a re-send; 401 unsigned,
    403 wrongly signed, 413 over `max_body` bytes, 503 the inbox could not store it. The inbox is closed when
    the app shuts down.
    """
    if not secret:
        raise ValueError("create_inbox_app() needs the hook's secret, as the Mautic API returns it.")
    metrics = metrics or Metrics(gauges=lambda: inbox.status().as_dict())
    writer = GroupCommit(inbox.store_many)

    async def receive(request: Request) -> JSONResponse:
        metrics.count("received")
        raw_body = await verified_body(request, secret, max_body)
        if isinstance(raw_body, JSONResponse):
            metrics.count("refused", str(raw_body.status_code))
            return raw_body
        try:
            new = await writer.store(raw_body)
        except InboxError as error:
            metrics.count("store_failures")
            log.error("not acknowledged, the inbox could not store it: %s", error)
            return JSONResponse({"error": "The inbox could not store the delivery."}, status_code=503)
        if not new:
            metrics.count("duplicates")
            return JSONResponse({"stored": False, "duplicate": True})
        metrics.count("stored")
        return JSONResponse({"stored": True})

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        yield
        writer.close()  # uvicorn has let every in-flight POST finish: nothing is left queued
        inbox.close()

    routes = [Route(path, receive, methods=["POST"]), *monitoring_routes(inbox, metrics)]
    return Starlette(routes=routes, lifespan=lifespan)


def monitoring_routes(inbox: Inbox, metrics: Metrics) -> list[Route]:
    """`/healthz` (200 while the inbox answers, 503 otherwise) and `/metrics`, for `serve` and `work` alike."""

    async def health(request: Request) -> JSONResponse:
        try:
            status = await asyncio.to_thread(inbox.status)
        except InboxError as error:
            return JSONResponse({"status": "unavailable", "error": str(error)}, status_code=503)
        return JSONResponse({"status": "ok", **status.as_dict()})

    async def scrape(request: Request) -> PlainTextResponse:
        try:
            text = await asyncio.to_thread(metrics.render)
        except InboxError as error:
            return PlainTextResponse(f"# the inbox is unavailable: {error}\n", status_code=503)
        return PlainTextResponse(text, media_type="text/plain; version=0.0.4")

    return [Route("/healthz", health, methods=["GET"]), Route("/metrics", scrape, methods=["GET"])]
