"""Validate JSON values against the schemas of openapi.yaml, offline: the delivery clauses (a webhook body
has no response to hand schemathesis) and the project's tests of the document share it.

OpenAPI 3.1 schemas are JSON Schema 2020-12, so the document itself is registered as one resource and every
`#/components/...` reference resolves inside it. Formats are asserted (date-time needs its offset), as
schemathesis does for live responses.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from mautic_hooks_contract.files import SPEC_PATH, read_yaml

SPEC_URI = "urn:mautic-hooks-contract:openapi"


@cache
def spec() -> dict[str, Any]:
    return read_yaml(SPEC_PATH)


@cache
def _registry() -> Registry:
    return Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec(), default_specification=DRAFT202012)
    )


def validator_for(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    """A validator for a schema taken from (or referring into) the document."""
    return jsonschema.Draft202012Validator(
        {"$id": "urn:mautic-hooks-contract:fragment", **_absolute_refs(schema)},
        registry=_registry(),
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def component(name: str) -> jsonschema.Draft202012Validator:
    return validator_for({"$ref": f"#/components/schemas/{name}"})


def documented_triggers() -> list[str]:
    return list(spec().get("webhooks", {}))


@cache
def _webhook_validator(trigger: str) -> jsonschema.Draft202012Validator:
    return validator_for({"$ref": f"#/webhooks/{trigger}/post/requestBody/content/application~1json/schema"})


def webhook_errors(trigger: str, body: Any) -> list[str]:
    """Where `body` breaks the documented schema of `trigger` (empty when it conforms)."""
    return [f"{e.json_path}: {e.message}" for e in _webhook_validator(trigger).iter_errors(body)]


def resolve(node: Any) -> Any:
    """Follow a local `$ref` (to components) once; other nodes come back unchanged."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _absolute_refs(node: Any) -> Any:
    """Point local refs at the registered document, so a schema copied out of it still resolves."""
    if isinstance(node, dict):
        return {
            key: (f"{SPEC_URI}{value}" if key == "$ref" and value.startswith("#") else _absolute_refs(value))
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_absolute_refs(item) for item in node]
    return node
