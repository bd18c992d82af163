"""Fault injection: named deviations from Mautic's contract, one small change each.

A contract suite is worth what it detects. `python -m mautic_hooks_contract.sandbox serve --fault NAME` (repeatable) turns the
sandbox into a server that breaks the contract in exactly that way, and `make mutation` checks that the
contract suite catches every fault in this catalogue.

A fault changes one of the points of the pipeline: who the caller is (`authenticate`), the call before
its action runs (`before`, which may also answer in the action's place), the response after it (`after`), or
an outgoing webhook at a named stage of sandbox/deliveries (`delivery`: the stage and a function of the value
there). `actions` names the handlers it touches. A fifth point, `wire`, is in front of Mautic: what a slow
password check, the API rate limiter or a flaky proxy does to a request on its way in (see its region).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import dataclasses
import hashlib
import hmac
import json
import sqlite3
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from starlette.responses import Response
from starlette.types import Scope, Send

from ..php.values import array_key, as_php_array
from . import store
from .auth import Principal
from .errors import JSON, MauticError, controller_response, exception_response
from .handlers import Call, batch_delete
from .serialize import encode_controller, hook_dict

Auth = Callable[[sqlite3.Connection, "str | None", "Principal | Response"], "Principal | Response"]
# Gets the ASGI scope and send; answers itself (returns None) or returns the send to answer with.
Wire = Callable[[Scope, Send], Awaitable["Send | None"]]


@dataclass(frozen=True)
class Fault:
    name: str
    description: str
    actions: frozenset[str] = frozenset()
    before: Callable[[Call], Call | Response] | None = None
    after: Callable[[Call, Response], Response] | None = None
    authenticate: Auth | None = None
    wire: Wire | None = None
    delivery: tuple[str, Callable] | None = None


CATALOGUE: dict[str, Fault] = {}


def _fault(name: str, description: str, *actions: str, **points: Callable) -> None:
    CATALOGUE[name] = Fault(name, description, frozenset(actions), **points)


class FaultSet:
    """The faults a server runs with; empty for a faithful sandbox (then it costs one dict lookup)."""

    def __init__(self, names: tuple[str, ...] = ()) -> None:
        unknown = sorted(set(names) - set(CATALOGUE))
        if unknown:
            raise ValueError(f"unknown fault(s) {', '.join(unknown)}; known: {', '.join(sorted(CATALOGUE))}")
        self.faults = [CATALOGUE[name] for name in names]
        self.wired = [fault.wire for fault in self.faults if fault.wire is not None]
        self._by_action: dict[str, list[Fault]] = {}
        for fault in self.faults:
            for action in fault.actions:
                self._by_action.setdefault(action, []).append(fault)

    def authenticated(
        self, conn: sqlite3.Connection, authorization: str | None, result: Principal | Response
    ):
        for fault in self.faults:
            if fault.authenticate is not None:
                result = fault.authenticate(conn, authorization, result)
        return result

    async def on_wire(self, scope: Scope, send: Send) -> Send | None:
        """The request's way in: None when a wire fault answered it, else the send to answer with."""
        for wire in self.wired:
            answer = await wire(scope, send)
            if answer is None:
                return None
            send = answer
        return send

    def outgoing(self, stage: str, value, **context):
        """The value at a delivery stage ("published-only", "event", "signature") after the faults."""
        for fault in self.faults:
            if fault.delivery is not None and fault.delivery[0] == stage:
                value = fault.delivery[1](value, **context)
        return value

    def run(self, action: Callable[[Call], Response], call: Call) -> Response:
        faults = self._by_action.get(action.__name__)
        if not faults:
            return action(call)
        response = None
        for fault in faults:
            if fault.before is not None and response is None:
                changed = fault.before(call)
                response, call = (changed, call) if isinstance(changed, Response) else (None, changed)
        if response is None:
            response = action(call)
        for fault in faults:
            if fault.after is not None:
                response = fault.after(call, response)
        return response


# --- building blocks ----------------------------------------------------------------------------------


def _with(
    response: Response, *, status: int | None = None, body: object = None, drop: str = "", media: str = JSON
):
    """The response with another status, JSON body, content type, or without one header."""
    headers = {k: v for k, v in response.headers.items() if k not in ("content-length", "content-type", drop)}
    content = encode_controller(body) if body is not None else response.body
    return Response(content, status or response.status_code, headers, media)


def _json_change(change: Callable[[dict], None], statuses: tuple[int, ...] = (200, 201)):
    """An `after` that edits the JSON body of successful responses in place."""

    def after(call: Call, response: Response) -> Response:
        if response.status_code not in statuses:
            return response
        data = json.loads(response.body)
        change(data)
        return _with(response, body=data)

    return after


def _each_hook(change: Callable[[dict], None]) -> Callable[[dict], None]:
    def apply(data: dict) -> None:
        hooks = [data["hook"]] if isinstance(data.get("hook"), dict) else []
        found = data.get("hooks")
        hooks += list(found.values()) if isinstance(found, dict) else found if isinstance(found, list) else []
        for hook in hooks:
            change(hook)

    return apply


def _drop_query(*names: str) -> Callable[[Call], Call]:
    return lambda call: dataclasses.replace(
        call, query={k: v for k, v in call.query.items() if k not in names}
    )


def _status_from(old: int, new: int) -> Callable[[Call, Response], Response]:
    return lambda call, response: _with(response, status=new) if response.status_code == old else response


def _admin(conn: sqlite3.Connection) -> Principal:
    row = conn.execute(
        "SELECT u.id, u.first_name, u.last_name FROM users u JOIN roles r ON r.id = u.role_id"
        " WHERE r.is_admin = 1 ORDER BY u.id LIMIT 1"
    ).fetchone()
    return Principal(row[0], f"{row[1]} {row[2]}", True, frozenset())


def _user_named(conn: sqlite3.Connection, authorization: str | None) -> Principal | None:
    """The user a Basic header names, whatever its password."""
    try:
        username = (
            base64.b64decode((authorization or "")[6:].strip(), validate=True).decode().partition(":")[0]
        )
    except (binascii.Error, UnicodeDecodeError):
        return None
    row = conn.execute(
        "SELECT u.id, u.first_name, u.last_name, r.is_admin, r.permissions FROM users u"
        " JOIN roles r ON r.id = u.role_id WHERE u.username = ?",
        (username,),
    ).fetchone()
    return (
        None
        if row is None
        else Principal(row[0], f"{row[1]} {row[2]}", bool(row[3]), frozenset(row[4].split(",")))
    )


# --- wrong status ---------------------------------------------------------------------------------------
_fault("create-200", "POST /hooks/new answers 200 instead of 201", "create", after=_status_from(201, 200))
_fault(
    "put-create-200",
    "PUT on a missing id creates but answers 200, not 201",
    "edit",
    after=_status_from(201, 200),
)
_fault(
    "missing-id-200",
    "GET of a missing id answers 200 (with the 404 body)",
    "get_one",
    after=_status_from(404, 200),
)

# --- wrong shape or type ----------------------------------------------------------------------------------


def _hooks_as_array(data: dict) -> None:
    if isinstance(data.get("hooks"), dict):
        data["hooks"] = list(data["hooks"].values())


def _empty_as_object(data: dict) -> None:
    if data.get("hooks") == []:
        data["hooks"] = {}


def _category_as_id(hook: dict) -> None:
    if isinstance(hook.get("category"), dict):
        hook["category"] = hook["category"]["id"]


def _legacy_error(call: Call, response: Response) -> Response:
    if response.status_code != 404:
        return response
    error = json.loads(response.body)["errors"][0]
    return _with(response, body={"error": {"code": error["code"], "message": error["message"]}})


_fault(
    "hooks-json-array",
    "the list's hooks come as a JSON array instead of an object keyed by id",
    "get_list",
    after=_json_change(_hooks_as_array),
)
_fault(
    "empty-list-object",
    "an empty list's hooks is {} instead of []",
    "get_list",
    after=_json_change(_empty_as_object),
)
_fault(
    "id-as-string",
    "a hook's id is a string",
    "get_one",
    "create",
    after=_json_change(_each_hook(lambda h: h.update(id=str(h["id"])))),
)
_fault(
    "published-as-int",
    "isPublished is 0/1 instead of a boolean",
    "get_one",
    "get_list",
    after=_json_change(_each_hook(lambda h: h.update(isPublished=int(h["isPublished"])))),
)
_fault(
    "no-triggers",
    "a hook has no triggers field",
    "get_one",
    after=_json_change(_each_hook(lambda h: h.pop("triggers"))),
)
_fault(
    "date-without-offset",
    "dateAdded lacks its offset (2024-10-24 15:54:35)",
    "get_one",
    "get_list",
    after=_json_change(
        _each_hook(lambda h: h.update(dateAdded=(h["dateAdded"] or "")[:19].replace("T", " ")))
    ),
)
_fault(
    "category-as-id",
    "a hook's category is its id instead of the category object",
    "get_one",
    "get_list",
    after=_json_change(_each_hook(_category_as_id)),
)
_fault(
    "written-category-as-id",
    "create and edit answers give the hook's category as its id (reads are right)",
    "create",
    "edit",
    after=_json_change(_each_hook(_category_as_id)),
)
_fault(
    "legacy-error-body",
    '404 errors use the legacy {"error": {...}} body',
    "get_one",
    "edit",
    "delete",
    after=_legacy_error,
)

# --- ignored parameters ---------------------------------------------------------------------------------


def _without_command(command: str) -> Callable[[Call], Call]:
    def before(call: Call) -> Call:
        search = call.query.get("search")
        if not isinstance(search, str):
            return call
        kept = " ".join(word for word in search.split() if not word.lstrip("!").startswith(command))
        return dataclasses.replace(call, query={**call.query, "search": kept})

    return before


_fault("ignores-limit", "the list ignores limit (always 30)", "get_list", before=_drop_query("limit"))
_fault("ignores-start", "the list ignores start", "get_list", before=_drop_query("start"))
_fault("ignores-order-dir", "the list ignores orderByDir", "get_list", before=_drop_query("orderByDir"))
_fault(
    "ignores-published", "the list ignores the published filter", "get_list", before=_drop_query("published")
)
_fault("ignores-search", "the list ignores search", "get_list", before=_drop_query("search"))
_fault("ignores-ids-command", "search ignores the ids: command", "get_list", before=_without_command("ids:"))

# --- wrong semantics --------------------------------------------------------------------------------------


def _as_method(old: str, new: str, *, only_missing: bool = False) -> Callable[[Call], Call]:
    def before(call: Call) -> Call:
        if call.method != old or (only_missing and store.load_hook(call.conn, call.hook_id) is not None):
            return call
        return dataclasses.replace(call, method=new)

    return before


def _put_keeps_triggers(call: Call) -> Call:
    hook = store.load_hook(call.conn, call.hook_id) if call.method == "PUT" else None
    if hook is None or not isinstance(call.body, dict):
        return call
    sent = call.body.get("triggers")
    return dataclasses.replace(call, body={**call.body, "triggers": hook["triggers"] + list(sent or [])})


def _delete_keeps_hook(call: Call) -> Call | Response:
    """Answer like a delete (the hook with a null id) without deleting anything."""
    hook = store.load_hook(call.conn, call.hook_id)
    return call if hook is None else controller_response({"hook": {**hook_dict(hook), "id": None}})


def _forget_created(call: Call, response: Response) -> Response:
    if response.status_code == 201:
        with call.conn:
            store.delete_hook(call.conn, json.loads(response.body)["hook"]["id"])
    return response


def _total_is_page(data: dict) -> None:
    hooks = data.get("hooks")
    data["total"] = len(hooks)


def _long_name_fails(call: Call) -> Call:
    if isinstance(call.body, dict) and len(str(call.body.get("name", ""))) > 100:
        raise MauticError(500)
    return call


_fault(
    "put-acts-as-patch",
    "PUT changes only the fields it is given, like PATCH",
    "edit",
    before=_as_method("PUT", "PATCH"),
)
_fault(
    "patch-acts-as-put",
    "PATCH clears the fields it is not given, like PUT",
    "edit",
    before=_as_method("PATCH", "PUT"),
)
_fault(
    "patch-creates-missing",
    "PATCH on a missing id creates a hook instead of 404",
    "edit",
    before=_as_method("PATCH", "PUT", only_missing=True),
)
_fault(
    "put-keeps-triggers", "PUT adds triggers instead of replacing them", "edit", before=_put_keeps_triggers
)
_fault(
    "delete-keeps-hook",
    "DELETE answers like a delete but the hook stays",
    "delete",
    before=_delete_keeps_hook,
)
_fault(
    "create-not-persisted", "a create answers 201 but the hook is not stored", "create", after=_forget_created
)
_fault(
    "total-counts-page",
    "the list's total counts the page, not every match",
    "get_list",
    after=_json_change(_total_is_page, (200,)),
)
_fault(
    "long-name-500",
    "a valid name longer than 100 characters is a 500",
    "create",
    "edit",
    before=_long_name_fails,
)


def _body_items(call: Call) -> list[dict]:
    """The body and, for a batch, its items."""
    items = [call.body, *(as_php_array(call.body) or {}).values()]
    return [item for item in items if isinstance(item, dict)]


def _saved_then_500(failing: Callable[[Call], bool]) -> Callable[[Call, Response], Response]:
    """An `after`: the write went through (stored), then the answer is Mautic's generic 500, like an
    exception thrown after the flush (the audit log's NUL check, a detached entity)."""

    def after(call: Call, response: Response) -> Response:
        if response.status_code in (200, 201) and failing(call):
            return exception_response(MauticError(500))
        return response

    return after


def _plain_description(call: Call) -> bool:
    return any(
        isinstance(text := item.get("description"), str) and text.strip() and "\0" not in text
        for item in _body_items(call)
    )


def _distinct_ids(call: Call) -> bool:
    items = list((as_php_array(call.body) or {}).values())
    ids = [array_key(item.get("id")) if isinstance(item, dict) else None for item in items]
    return len(items) >= 2 and len(ids) == len(set(ids))


_fault(
    "nul-free-text-500",
    "a create or edit whose description holds no NUL byte is stored, then answered with the generic 500"
    " (real Mautic does that only for text that still holds a NUL after cleaning)",
    "create",
    "edit",
    "batch_create",
    "batch_edit",
    after=_saved_then_500(_plain_description),
)
_fault(
    "distinct-batch-500",
    "a batch edit of two or more items naming distinct hooks is carried out, then answered with the generic 500"
    " (real Mautic does that only for some batches that name one hook twice)",
    "batch_edit",
    after=_saved_then_500(_distinct_ids),
)

# --- security -----------------------------------------------------------------------------------------------
_fault(
    "auth-not-enforced",
    "requests without valid credentials are served as the admin",
    authenticate=lambda conn, authorization, result: _admin(conn) if isinstance(result, Response) else result,
)
_fault(
    "wrong-password-accepted",
    "HTTP Basic accepts any password for an existing user",
    authenticate=lambda conn, authorization, result: (
        (_user_named(conn, authorization) or result) if isinstance(result, Response) else result
    ),
)
_fault(
    "limited-edits-others",
    "a user with own-level rights may edit other users' hooks",
    "edit",
    before=lambda call: dataclasses.replace(
        call,
        principal=dataclasses.replace(call.principal, permissions=call.principal.permissions | {"editother"}),
    ),
)

# --- catalogue and headers -----------------------------------------------------------------------------------
_fault(
    "core-trigger-missing",
    "the trigger catalogue lacks mautic.lead_list_change",
    "get_triggers",
    after=_json_change(lambda data: data["triggers"].pop("mautic.lead_list_change", None)),
)
_fault(
    "json-as-html",
    "a hook is served as text/html",
    "get_one",
    after=lambda call, response: _with(response, media="text/html; charset=UTF-8"),
)
_fault(
    "no-location",
    "a 201 carries no Location header",
    "create",
    after=lambda call, response: _with(response, drop="location"),
)
_fault(
    "no-mautic-version",
    "responses lack the Mautic-Version header",
    "get_one",
    after=lambda call, response: _with(response, drop="mautic-version"),
)

# --- batch operations ------------------------------------------------------------------------------------


def _batch_delete_keeps_hooks(call: Call) -> Response:
    """Answer like a batch delete without deleting: run it as a caller who may delete nothing, then drop
    the resulting 403 item errors."""
    powerless = dataclasses.replace(call.principal, is_admin=False, permissions=frozenset())
    response = batch_delete(dataclasses.replace(call, principal=powerless))
    data = json.loads(response.body)
    data.pop("errors", None)
    return _with(response, body=data)


_fault(
    "batch-create-200",
    "POST /hooks/batch/new answers 200 instead of 201",
    "batch_create",
    after=_status_from(201, 200),
)
_fault(
    "batch-edit-no-status-codes",
    "a batch edit answers without statusCodes",
    "batch_edit",
    after=_json_change(lambda data: data.pop("statusCodes", None), (200,)),
)
_fault(
    "batch-delete-keeps-hooks",
    "DELETE /hooks/batch/delete answers but deletes nothing",
    "batch_delete",
    before=_batch_delete_keeps_hooks,
)

# --- in front of Mautic: cost, rate limits, a flaky proxy (the suite must fit, wait and retry) ----------------
# Not contract violations: the suite must pass against each, and report what it cost. Proven by
# tests/runner/test_contract_resilience.py, not by `make mutation` (see WIRE_FAULTS).

SLOW_AUTH_SECONDS = 0.1
RATE_LIMIT = 120  # calls per window (Mautic: api_rate_limiter_limit per hour; here a short window)
RATE_WINDOW = 2  # seconds
FLAKY_EVERY = 9  # every 9th read meets the broken proxy: 502, then 503, then a reset connection


def _header(scope: Scope, name: bytes) -> str:
    return next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == name), "")


async def _plain(send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _slow_auth(scope: Scope, send: Send) -> Send:
    """Mautic checks the password hash (bcrypt, cost 13: about 0.5 s) on every HTTP Basic request; an
    OAuth2 bearer token costs one indexed lookup. This adds a fixed delay to each Basic request."""
    if _header(scope, b"authorization").lower().startswith("basic"):
        await asyncio.sleep(SLOW_AUTH_SECONDS)
    return send


class _RateLimiter:
    """Mautic's API rate limiter, noxlogic/ratelimit-bundle as app/config/config.php:285-300 configures it:
    a fixed window per key from its first call, 429 past the limit, and on every /api response
    X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset (Unix time the window ends;
    HeaderModificationListener). The 429 is `new Response($message, 429)` (RateLimitAnnotationListener),
    so its content type is Symfony's default text/html. Counted: requests with credentials (the limiter
    runs in the controller event, after the firewall refused the others)."""

    def __init__(self) -> None:
        self.reset = 0
        self.calls = 0

    async def __call__(self, scope: Scope, send: Send) -> Send | None:
        if "/api" not in scope.get("path", "") or not _header(scope, b"authorization"):
            return send
        now = time.time()
        if now >= self.reset:
            self.reset, self.calls = int(now) + RATE_WINDOW, 0
        self.calls += 1
        headers = [
            (b"x-ratelimit-limit", str(RATE_LIMIT).encode()),
            (b"x-ratelimit-remaining", str(max(RATE_LIMIT - self.calls, 0)).encode()),
            (b"x-ratelimit-reset", str(self.reset).encode()),
        ]
        if self.calls > RATE_LIMIT:
            message = (
                '{ "errors": [ { "code": 429, "message": "You exceeded the rate limit of '
                f'{RATE_LIMIT} API calls per hour.", "details": [] }} ]}}'
            )
            await _plain(
                send, 429, message.encode(), [(b"content-type", b"text/html; charset=UTF-8"), *headers]
            )
            return None

        async def with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *headers]}
            await send(message)

        return with_headers


class _FlakyProxy:
    """A reverse proxy that now and then fails a read: 502 Bad Gateway, 503 with Retry-After, or a
    connection dropped in the middle of the body. Writes pass: a failed write may have been processed, so
    the suite may not re-send it (it reports the instance unavailable instead)."""

    def __init__(self) -> None:
        self.reads = 0

    async def __call__(self, scope: Scope, send: Send) -> Send | None:
        if scope.get("method") not in ("GET", "HEAD"):
            return send
        self.reads += 1
        if self.reads % FLAKY_EVERY:
            return send
        kind = self.reads // FLAKY_EVERY % 3
        html = [(b"content-type", b"text/html")]
        if kind == 0:
            await _plain(send, 502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", html)
        elif kind == 1:
            await _plain(send, 503, b"<html><body><h1>503 Service Unavailable</h1></body></html>",
                         [*html, (b"retry-after", b"1")])  # fmt: skip
        else:
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-length", b"1000"), (b"content-type", b"application/json")]})  # fmt: skip
            await send({"type": "http.response.body", "body": b'{"hooks":', "more_body": True})
            raise ConnectionResetError("flaky-proxy: connection dropped mid-body")
        return None


class _ProxyDown:
    """After a while the proxy answers every read with 503, for good: the instance is unavailable."""

    def __init__(self) -> None:
        self.requests = 0

    async def __call__(self, scope: Scope, send: Send) -> Send | None:
        self.requests += 1
        if self.requests <= PROXY_DOWN_AFTER or scope.get("method") not in ("GET", "HEAD"):
            return send
        await _plain(send, 503, b"<html><body><h1>503 Service Unavailable</h1></body></html>", [])
        return None


PROXY_DOWN_AFTER = 60

_fault("slow-auth", f"each HTTP Basic request takes {SLOW_AUTH_SECONDS * 1000:.0f} ms longer (bcrypt)",
       wire=_slow_auth)  # fmt: skip
_fault("rate-limited", f"the API rate limiter allows {RATE_LIMIT} calls per {RATE_WINDOW} s (429, X-RateLimit-*)",
       wire=_RateLimiter())  # fmt: skip
_fault("flaky-proxy", f"every {FLAKY_EVERY}th read fails at the proxy: 502, 503 or a dropped connection",
       wire=_FlakyProxy())  # fmt: skip
_fault("proxy-down", f"after {PROXY_DOWN_AFTER} requests the proxy answers every read with 503",
       wire=_ProxyDown())  # fmt: skip
# Deviations of the wire, not of the contract: the suite passes against each (make mutation skips them).
WIRE_FAULTS = frozenset(name for name, fault in CATALOGUE.items() if fault.wire is not None)
# --- webhook delivery (sandbox/deliveries) ----------------------------------------------------------------
_fault(
    "webhook-signature-wrong",
    "Webhook-Signature is not base64(HMAC-SHA256(raw body, secret)) (signed with an empty secret)",
    delivery=(
        "signature",
        lambda signature, body: base64.b64encode(hmac.new(b"", body, hashlib.sha256).digest()).decode(),
    ),
)
_fault(
    "webhook-no-timestamp",
    "webhook events lack their timestamp",
    delivery=("event", lambda event: {k: v for k, v in event.items() if k != "timestamp"}),
)
_fault(
    "webhook-to-unpublished",
    "unpublished hooks receive webhooks too",
    delivery=("published-only", lambda published_only: False),
)
