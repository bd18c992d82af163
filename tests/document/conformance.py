"""Does a recorded answer agree with the responses object that describes it? Returns what disagrees, in words.

Checks the status (or its `NXX` range, or `default`), every documented header (present when `required`, its value
of the header's schema), the media type and the body against the schema of that status and media type (HEAD:
no body; with `select[]`, the schema the response's `x-with-select` names), and the `Mautic-Version` rule of `#/components/headers/MauticVersion` for error bodies.
Validators are compiled once per schema.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema

from mautic_hooks_contract.recording.format import Exchange
from mautic_hooks_contract.runner.spec_schema import resolve, validator_for

from .routing import Description

_validators: dict[int, tuple[Any, jsonschema.Draft202012Validator]] = {}


def _validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    # Keyed by identity: the schemas live in the cached document, so each is compiled once.
    cached = _validators.get(id(schema))
    if cached is None:
        cached = _validators[id(schema)] = (schema, validator_for(schema))
    return cached[1]


def _schema_problem(value: Any, schema: dict[str, Any], where: str) -> str | None:
    error = jsonschema.exceptions.best_match(_validator(schema).iter_errors(value))
    if error is None:
        return None
    at = "/".join(str(part) for part in error.absolute_path)
    return f"{where}: at /{at}: {error.message[:300]}"


def response_key(responses: dict[str, Any], status: int) -> str | None:
    for key in (str(status), f"{status // 100}XX", "default"):
        if key in responses:
            return key
    return None


def problems(exchange: Exchange, description: Description) -> list[str]:
    key = response_key(description.responses, exchange.status)
    if key is None:
        return [f"status {exchange.status} is not documented at {description.pointer}"]
    response = resolve(description.responses[key])
    where = f"{description.pointer}/{key}"
    found = [
        *_header_problems(exchange, response, where),
        *_body_problems(exchange, response, description, where),
    ]
    return found + _mautic_version_problems(exchange)


def _header_problems(exchange: Exchange, response: dict[str, Any], where: str) -> list[str]:
    found = []
    for name, header in response.get("headers", {}).items():
        header = resolve(header)
        value = exchange.header(name)
        if value is None:
            if header.get("required"):
                found.append(f"{where}: required header {name} is missing")
            continue
        problem = _schema_problem(value, header["schema"], f"{where} header {name} {value!r}")
        if problem:
            found.append(problem)
    return found


def _body_problems(
    exchange: Exchange, response: dict[str, Any], description: Description, where: str
) -> list[str]:
    content = response.get("content")
    if not content:
        return [f"{where}: documents no body, got {exchange.resp_body[:80]!r}"] if exchange.resp_body else []
    media_type = exchange.media_type
    if media_type not in content:
        return [f"{where}: media type {media_type!r} is not one of {sorted(content)}"]
    if description.bodiless:
        return [f"{where}: HEAD answered with a body"] if exchange.resp_body else []
    schema = content[media_type]["schema"]
    if "select" in _query_names(exchange) and "x-with-select" in response:
        schema = response["x-with-select"]["schema"]  # a custom select changes the representation
    if media_type == "application/json" or media_type.endswith("+json"):
        try:
            value = exchange.json()
        except ValueError as error:
            return [f"{where}: body is not JSON ({error})"]
    else:
        value = exchange.resp_body.decode("utf-8", errors="replace")
    problem = _schema_problem(value, schema, f"{where} body ({media_type})")
    return [problem] if problem else []


def _query_names(exchange: Exchange) -> set[str]:
    """Query parameter names, PHP array suffixes removed (`select[]`, `where[0][col]` → `select`, `where`)."""
    return {name.split("[", 1)[0] for name, _ in exchange.query_pairs}


def _mautic_version_problems(exchange: Exchange) -> list[str]:
    """Controller errors carry Mautic-Version, listener errors do not (`#/components/headers/MauticVersion`)."""
    if exchange.media_type != "application/json" or exchange.status < 400:
        return []
    try:
        errors = exchange.json().get("errors")
    except (ValueError, AttributeError):
        return []
    if not isinstance(errors, list) or not errors or not isinstance(errors[0], dict):
        return []
    controller = "details" in errors[0]
    has_version = exchange.header("Mautic-Version") is not None
    if controller == has_version:
        return []
    shape = "controller" if controller else "listener"
    expected = "carry" if controller else "not carry"
    message = f"#/components/headers/MauticVersion: a {shape}-shaped error must {expected} Mautic-Version"
    return [f"{message} ({json.dumps(errors[0])[:120]})"]
