"""Judge recorded exchanges with the suite's own response checks, without any server.

The suite's verdict on a live instance depends on the server and on the checks; this module takes the server
out. Each recorded request becomes a schemathesis case of the operation it addresses, its recorded answer a
response, and the same checks `make contract` runs judge it: schema conformance (status codes, content types,
headers, response schemas), the known-defect baseline for 5xx (`defects.py`) and the custom checks of
`checks.py`. A check that needs a follow-up request (`created_hook_is_readable`, `deleted_hook_is_gone`) gets
the recording's own next GET of that hook, which is the request the check sent when it was recorded.

A real Mautic's recording must come out clean: every verdict that fails is a false failure of the suite.

Usage: python -m mautic_hooks_contract.recording.judge FILE.jsonl ...   (prints each failing verdict, exits 1 when any;
2, saying where, when a file is not a recording: it is read by `recording.format`)
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import schemathesis
from schemathesis.specs.openapi import checks as builtin
from schemathesis.specs.openapi.schemas import OpenApiSchema

from mautic_hooks_contract.recording.format import Exchange, RecordingError, load
from mautic_hooks_contract.runner import checks as custom
from mautic_hooks_contract.runner.api import Ledger
from mautic_hooks_contract.runner.defects import Baseline
from mautic_hooks_contract.runner.run import Run, activate
from mautic_hooks_contract.runner.schema import SPEC_PATH, config_for
from mautic_hooks_contract.runner.settings import Identity, Settings
from mautic_hooks_contract.runner.steering import UNFUZZED_QUERY

# Identity labels of the recordings that carry valid credentials. Every other label is a request the suite
# sent to prove authentication is enforced (schemathesis' ignored_auth, the auth clauses).
AUTHENTICATED = frozenset({"oauth-admin", "admin-basic", "limited-basic"})
SCHEMA_CHECKS = (
    builtin.status_code_conformance,
    builtin.content_type_conformance,
    builtin.response_headers_conformance,
    builtin.response_schema_conformance,
)
CUSTOM_CHECKS = (
    custom.server_error,
    custom.created_hook_is_readable,
    custom.deleted_hook_is_gone,
    custom.hooks_keyed_by_their_id,
)
Check = Callable[..., Any]


def _authenticated(exchange: Exchange) -> bool:
    return exchange.identity in AUTHENTICATED or "access_token" in _query(exchange)


def _query(exchange: Exchange) -> dict[str, Any]:
    """The query as schemathesis holds it: one value per name, a list when the name repeats."""
    query: dict[str, Any] = {}
    for name, value in exchange.query_pairs:
        query[name] = (
            [*query[name], value]
            if isinstance(query.get(name), list)
            else ([query[name], value] if name in query else value)
        )
    return query


def _response(exchange: Exchange, origin: str = "http://127.0.0.1:8000") -> httpx.Response:
    """The recorded answer as the httpx response the suite's checks read."""
    request = httpx.Request(exchange.method, origin + exchange.path, content=exchange.req_body)
    response = httpx.Response(
        exchange.status, headers=exchange.resp_headers, content=exchange.resp_body, request=request
    )
    response.elapsed = timedelta(0)  # not judged; schemathesis reads it
    return response


@dataclass
class Verdict:
    exchange: Exchange
    check: str
    failure: str | None  # None: the check passed (or could not judge)
    judged: bool = True  # False: the check needed a follow-up request the recording does not hold


class NotRecorded(LookupError):
    """The follow-up request a check needs is not in the recording: the check cannot judge this exchange."""


class RecordedHooks:
    """Stands in for `HooksApi.get` in follow-up checks. The check's own GET was sent by the same identity
    soon after the exchange it judges, possibly after the run's set-up requests (a delete refills the pool of
    owned hooks first); a write to that hook or any batch write before it means the recording holds no
    read of the state the check is about."""

    WINDOW = 10  # same-identity requests searched

    def __init__(self, exchanges: list[Exchange]) -> None:
        self.exchanges = exchanges
        self.position = 0

    def get(self, hook_id: int) -> httpx.Response:
        wanted = f"/api/hooks/{hook_id}"
        current = self.exchanges[self.position]
        following = [e for e in self.exchanges[self.position + 1 :] if e.identity == current.identity]
        for exchange in following[: self.WINDOW]:
            if exchange.method == "GET" and exchange.path == wanted:
                return _response(exchange)
            if exchange.method != "GET" and (
                exchange.decoded_path.startswith(wanted + "/") or "/batch/" in exchange.decoded_path
            ):
                break
        raise NotRecorded(f"no GET {wanted} follows seq {current.seq}")


@dataclass
class Judge:
    """The suite's checks, loaded once, applied to one recording after another."""

    schema: OpenApiSchema = field(init=False)
    checks: tuple[Check, ...] = SCHEMA_CHECKS + CUSTOM_CHECKS

    def __post_init__(self) -> None:
        self.settings = Settings(
            site_url="http://127.0.0.1:8000", identity=Identity("recorded", "-"), limited=None
        )
        self.schema = schemathesis.openapi.from_path(str(SPEC_PATH), config=config_for(self.settings))

    def verdicts(self, exchanges: list[Exchange]) -> Iterator[Verdict]:
        """Every check's verdict on every exchange of one recording (in `seq` order, as it was made)."""
        exchanges = sorted(exchanges, key=lambda e: e.seq)
        hooks = RecordedHooks(exchanges)
        run = Run(self.settings, hooks, Ledger("mhc-contract-recorded-"), Baseline.load(), None)  # type: ignore[arg-type]
        activate(run)
        try:
            for position, exchange in enumerate(exchanges):
                hooks.position = position
                yield from self.judge(exchange)
        finally:
            activate(None)

    def judge(self, exchange: Exchange) -> Iterator[Verdict]:
        if not exchange.decoded_path.startswith("/api/hooks"):
            # The token endpoint and the pages outside the API are the preflight's business.
            yield Verdict(exchange, "not sent by the suite's checks: outside /api/hooks", None, judged=False)
            return
        if not _authenticated(exchange):
            yield Verdict(exchange, "authentication", _authentication_failure(exchange))
            return
        operation = self.schema.find_operation_by_path(
            exchange.method, exchange.decoded_path.removeprefix("/api")
        )
        unsent = _never_sent(exchange, operation)
        if unsent is not None:
            yield Verdict(exchange, f"not sent by the suite: {unsent}", None, judged=False)
            return
        if operation is None:
            yield Verdict(exchange, "unsupported_method_is_404", _unrouted_failure(exchange))
            return
        case = operation.Case(
            path_parameters=_path_parameters(operation.path, exchange.decoded_path.removeprefix("/api")),
            query=_query(exchange),
            body=_request_body(exchange),
            media_type=exchange.request_media_type,
        )
        for check in self.checks:
            try:
                case.validate_response(_response(exchange), checks=[check])
            except NotRecorded:
                yield Verdict(exchange, check.__name__, None, judged=False)
            except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - any failure of a check is its verdict
                yield Verdict(exchange, check.__name__, _reason(exc))
            else:
                yield Verdict(exchange, check.__name__, None)


def _never_sent(exchange: Exchange, operation: Any) -> str | None:
    """Why the suite never sends a request like this one (so no clause can judge it), or None.

    The probe recordings try inputs beyond the suite's reach on purpose; these rules are the suite's own
    limits, each enforced where it is named."""
    if exchange.method in ("HEAD", "TRACE"):
        return "HEAD and TRACE (schema.py: unexpected-methods)"
    if exchange.decoded_path.endswith("/"):
        return "a trailing slash (no operation's path has one)"
    query = _query(exchange)
    if "access_token" in query:
        return "a token in the query (the suite authenticates by header)"
    if operation is None:
        return None
    declared = {parameter.name for parameter in operation.query}
    for name in query:
        base = name.split("[", 1)[0]
        if base in UNFUZZED_QUERY:
            return f"{base} (steering.py drops where, order and select)"
        if name not in declared:
            return f"the undeclared query name {name!r} (schema.py: allow-extra-parameters false)"
    return None


def _reason(exc: BaseException) -> str:
    parts = exc.exceptions if isinstance(exc, BaseExceptionGroup) else (exc,)
    return " | ".join(f"{type(p).__name__}: {p}".replace("\n", " ")[:600] for p in parts)


def _path_parameters(template: str, path: str) -> dict[str, Any]:
    values = {}
    for part, value in zip(template.split("/"), path.split("/"), strict=False):
        if part.startswith("{") and part.endswith("}"):
            values[part[1:-1]] = int(value) if value.isdigit() else value
    return values


def _request_body(exchange: Exchange) -> Any:
    if not exchange.req_body:
        return schemathesis.core.NOT_SET
    try:
        return json.loads(exchange.req_body)
    except ValueError:
        return exchange.req_body


def _authentication_failure(exchange: Exchange) -> str | None:
    """A request without valid credentials must not succeed (schemathesis' ignored_auth: no 2xx)."""
    if not 200 <= exchange.status < 300 or exchange.method == "OPTIONS":
        return None
    return f"{exchange.method} {exchange.path} as {exchange.identity} answered {exchange.status}"


def _unrouted_failure(exchange: Exchange) -> str | None:
    """A method no operation serves: `checks.unsupported_method_is_404`'s rule."""
    try:
        body = exchange.json() if exchange.resp_body else None
    except ValueError:
        body = None
    return custom.unsupported_method_problem(exchange.method, exchange.status, body)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.rsplit("Usage: ", 1)[1].strip())
        return 2
    try:  # every file is read before any is judged, so a broken one stops the run before it starts
        recordings = [(path, load(path)) for path in map(Path, argv)]
    except RecordingError as error:
        print(error, file=sys.stderr)
        return 2
    judge = Judge()
    failed = 0
    for path, exchanges in recordings:
        verdicts = list(judge.verdicts(exchanges))
        bad = [v for v in verdicts if v.failure]
        failed += len(bad)
        for verdict in bad:
            e = verdict.exchange
            print(
                f"{path.name} seq {e.seq} {e.method} {e.path[:80]} -> {e.status}: {verdict.check}: {verdict.failure}"
            )
        print(f"{path.name}: {len(verdicts)} verdicts, {len(bad)} failing")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
