"""The ASGI application: Mautic's request pipeline in the order its listeners run.

CORS middleware (OPTIONS → 204; XHR answers get its headers, mautic_hooks_contract/sandbox/cors.py) → ApiSubscriber (API disabled / Basic disabled, priority 255) →
routing (32) → FOSRest body decoding (10, so malformed JSON is a 400 even before authentication)
→ firewall (8) → controller. Sources: app/middlewares/CORSMiddleware.php:58-74,
app/bundles/ApiBundle/EventListener/ApiSubscriber.php:26-89, behaviour notes §2.
Every failure leaves as one of Mautic's JSON shapes; nothing ever answers with a traceback or HTML.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from ..php.values import parse_query
from . import cors, db, oauth, pages, routing
from .auth import Authenticator, form_body_token
from .body import parse_body
from .crm import routes as crm_routes
from .crm import tables as crm_tables
from .crm.actions import CrmCall
from .deliveries import config as delivery_config
from .deliveries import tables as delivery_tables
from .deliveries.dispatcher import Dispatcher
from .errors import (
    API_DISABLED,
    BASIC_DISABLED,
    MauticError,
    exception_response,
    listener_error,
    url_not_found,
)
from .faults import FaultSet
from .handlers import Call
from .settings import Settings

log = logging.getLogger("sandbox")
TOKEN_PATH = "/oauth/v2/token"


class Sandbox:
    """Holds the database connection and caches for one server process."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.conn = db.connect(settings.db_path)
        db.install_principals(self.conn, settings)
        self.authenticator = Authenticator(self.conn)
        self.faults = FaultSet(settings.faults)
        # Contacts/companies and webhook delivery (sandbox/crm, sandbox/deliveries).
        crm_tables.install(self.conn)
        delivery_tables.install(self.conn)
        delivery_config.store(self.conn, settings.delivery, settings.faults)
        self.dispatcher = Dispatcher(settings.db_path, settings.delivery, self.faults)
        # Line-buffered, so a reader sees every request as soon as it is answered.
        self.request_log = open(settings.request_log, "a", buffering=1) if settings.request_log else None  # noqa: SIM115

    async def endpoint(self, request: Request) -> Response:
        if self.request_log is not None:
            target = request.scope.get("raw_path", b"").decode("latin-1") or request.url.path
            query = request.scope["query_string"].decode("latin-1")
            self.request_log.write(f"{request.method} {target}{'?' + query if query else ''}\n")
        web_server = _web_server_answer(request)
        if web_server is not None:
            return web_server
        if request.method == "OPTIONS":
            return cors.preflight()
        try:
            response = await self.handle(request)
        except MauticError as exc:
            response = exception_response(exc)
        except Exception:
            log.exception("unhandled error for %s %s", request.method, request.url.path)
            response = exception_response(MauticError(500))
        return cors.on_xhr(request, response)  # the middleware wraps the kernel, errors included

    async def handle(self, request: Request) -> Response:
        method = request.method
        scope = request.scope
        path = scope["path"]
        raw_query = scope["query_string"].decode("latin-1")
        uri = scope.get("raw_path", b"").decode("latin-1") or scope["path"]
        uri += f"?{raw_query}" if raw_query else ""
        # ApiSubscriber only guards URLs containing /api or /oauth (ApiBundle/Helper/RequestHelper.php:14-24).
        is_api = "/api" in uri or "/oauth" in uri
        if is_api and not self.settings.api_enabled:
            return listener_error(403, API_DISABLED, "api_disabled")
        authorization = request.headers.get("authorization")
        has_basic = bool(authorization) and authorization.lower().startswith("basic")
        if is_api and has_basic and not self.settings.basic_auth_enabled:
            return listener_error(403, BASIC_DISABLED, "access_denied")

        found = routing.match(method, path)
        crm_found = crm_routes.match(method, path) if found is None else None
        body = parse_body(
            method,
            request.headers.get("content-type"),
            await request.body(),
            route_is_json=(found is not None and found.action is not None) or crm_found is not None,
        )
        query = parse_query(raw_query)
        if path == TOKEN_PATH and method in ("GET", "HEAD", "POST"):
            return oauth.grant_token(
                self.conn,
                self.authenticator,
                body if method == "POST" else query,
                _basic_pair(authorization) if has_basic else None,
                self.settings.token_lifetime,
            )
        if not path.startswith("/api"):
            # Outside the ^/api firewall Mautic serves public pages; the sandbox has none. The error is JSON
            # only for what Mautic counts as an API request (the URI holds /api or /oauth).
            return url_not_found(uri) if is_api else pages.not_found_page()
        body_token = form_body_token(method, request.headers.get("content-type"), await request.body())
        principal = self.faults.authenticated(
            self.conn,
            authorization,
            self.authenticator.authenticate(authorization, query.get("access_token"), body_token),
        )
        if isinstance(principal, Response):
            return principal
        if crm_found is not None:
            action, ids = crm_found
            response, events = action(CrmCall(self.conn, principal, ids, body))
            events = [event for event in events if self.dispatcher.listened(event.trigger)]
            if events:
                # Mautic POSTs inside the triggering request (immediate_process); a worker thread keeps
                # the server answering other requests meanwhile.
                await asyncio.to_thread(self.dispatcher.fire, events)
            return response
        if found is None:
            return url_not_found(uri)
        if found.redirect_to is not None:
            return _redirect(request, found.redirect_to, raw_query)
        call = Call(self.conn, principal, "GET" if method == "HEAD" else method, found.hook_id, query, body)
        return self.faults.run(found.action, call)


def _web_server_answer(request: Request) -> Response | None:
    """What Apache answers before PHP runs, whatever the method, credentials or API switches."""
    if request.method == "TRACE":
        return pages.trace_refused()
    path = request.scope["path"]
    if path == "/index.php" or path.startswith("/index.php/"):
        query = request.scope["query_string"].decode("latin-1")
        target = "/" + path[len("/index.php/") :] + (f"?{query}" if query else "")
        return pages.front_controller_redirect(_origin(request) + target)  # Mautic's .htaccess:37
    return None


def _basic_pair(authorization: str) -> tuple[str, str] | None:
    try:
        user, _, password = base64.b64decode(authorization[6:].strip(), validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return user, password


def _origin(request: Request) -> str:
    return f"{request.url.scheme}://{request.headers.get('host', 'localhost')}"


def _redirect(request: Request, path: str, raw_query: str) -> Response:
    """Symfony's RedirectController::urlRedirectAction: 301 to the absolute slash-less URL."""
    return pages.symfony_redirect(_origin(request) + path + (f"?{raw_query}" if raw_query else ""))


def create_app(settings: Settings) -> ASGIApp:
    """A bare ASGI app: every method and path reaches the pipeline, as every request reaches Symfony's
    router (a framework router would answer an unknown method such as TRACE with its own 405)."""
    sandbox = Sandbox(settings)

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if sandbox.faults.wired:  # faults in front of Mautic: slow auth, rate limits, a flaky proxy
            answer = await sandbox.faults.on_wire(scope, send)
            if answer is None:
                return
            send = answer
        response = await sandbox.endpoint(Request(scope, receive))
        await response(scope, receive, send)

    return app
