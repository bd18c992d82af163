"""A request the document accepts is not refused for its input by the real Mautic.

The response check (test_recorded_responses.py) cannot see a request schema that is too lax: Mautic's 500 for a
192-character name is a documented known-defect response either way. So here every recorded write body (JSON, or
no Content-Type) that validates against its operation's request schema, and every list query whose parameters
are each a value of their schema, must not be answered 400 (the document accepted what Mautic refuses), nor with
the generic 500 Mautic gives when the database cannot store a value (such inputs, e.g. triggers over 50
characters, belong outside the schemas). The 500 that documented input still gets is the known defect with its
own message ("Category N does not exist", `#/components/responses/WriteServerError`).

Not judged: bodies that are not JSON texts (RFC 8259: NaN, a lone surrogate, a BOM), and queries that use
parameters the document does not name or the PHP array forms (`access_token`, `select[]`, `where[0][col]`).
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from mautic_hooks_contract.recording.format import Exchange
from mautic_hooks_contract.runner.spec_schema import resolve, validator_for

from .recordings import exchanges
from .routing import describe, operation

WRITES = ("createHook", "replaceHook", "updateHook", "createHooks", "replaceHooks", "updateHooks")
GENERIC_500 = "Looks like I encountered an error (error #500)."


def _json_text(raw: bytes) -> Any:
    """The request body as JSON, or a ValueError when it is no JSON text PHP would decode either."""

    def no_constants(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    value = json.loads(raw.decode("utf-8"), parse_constant=no_constants)
    json.dumps(value, ensure_ascii=False).encode("utf-8")  # a lone surrogate cannot be encoded
    return value


def _accepted_write(exchange: Exchange) -> bool:
    if (exchange.request_media_type or "application/json") != "application/json":
        return False
    try:
        body = _json_text(exchange.req_body)
    except (ValueError, UnicodeError):
        return False
    schema = resolve(operation(describe(exchange).kind)["requestBody"])["content"]["application/json"][
        "schema"
    ]
    return validator_for(schema).is_valid(body)


def _accepted_query(exchange: Exchange) -> bool:
    parameters = {p["name"]: p for p in map(resolve, operation("listHooks")["parameters"])}
    pairs = exchange.query_pairs
    if len({name for name, _ in pairs}) != len(pairs) or not {name for name, _ in pairs} <= set(parameters):
        return False
    for name, value in pairs:
        schema = parameters[name]["schema"]
        if schema.get("type") == "integer":
            if not re.fullmatch(r"[0-9]+", value):
                return False
            value = int(value)
        if not validator_for(schema).is_valid(value):
            return False
    return True


def _accepted(exchange: Exchange) -> bool:
    kind = describe(exchange).kind
    return (kind in WRITES and _accepted_write(exchange)) or (
        kind == "listHooks" and _accepted_query(exchange)
    )


ACCEPTED = [e for e in exchanges() if _accepted(e)]


@pytest.mark.parametrize("exchange", ACCEPTED, ids=lambda e: e.label)
def test_accepted_request_is_not_refused(exchange: Exchange) -> None:
    assert exchange.status != 400, f"{exchange.label}: the document accepts this request, Mautic answered 400"
    if exchange.status == 500:
        message = exchange.json()["errors"][0]["message"]
        assert not message.startswith(GENERIC_500), (
            f"{exchange.label}: documented input failed in the database"
        )


def test_the_judged_requests_cover_the_writes_and_the_list() -> None:
    """The recordings hold accepted requests for the single writes, batch update and list (their batch creates and
    replaces all carry something the schema refuses, e.g. items without `triggers`)."""
    judged = {describe(e).kind for e in ACCEPTED}
    assert {"createHook", "replaceHook", "updateHook", "updateHooks", "listHooks"} <= judged
    assert len(ACCEPTED) > 800


def test_inputs_mautic_cannot_store_are_outside_the_schemas() -> None:
    """The probes' unstorable values (192-character name, 51-character or null trigger) are refused by the document."""
    unstorable = [e for e in exchanges() if e.group in ("name-length", "triggers-types") and e.status == 500]
    assert len(unstorable) >= 8
    assert not [e.label for e in unstorable if _accepted(e)]
