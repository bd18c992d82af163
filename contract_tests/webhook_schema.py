"""Validate a webhook body against the ``webhooks:`` section of openapi.yaml.

OpenAPI 3.1 schemas are JSON Schema 2020-12: the document is registered as one resource, so every
``#/components/...`` reference inside a webhook schema resolves within it. Formats are asserted
(``timestamp`` is a date-time with its offset).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jsonschema
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from contract_tests.schema import SPEC_PATH

_URI = "urn:mautic-hooks-contract:openapi"


@cache
def _document() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


@cache
def _validator(trigger: str) -> jsonschema.Draft202012Validator:
    registry = Registry().with_resource(
        _URI, Resource.from_contents(_document(), default_specification=DRAFT202012)
    )
    pointer = f"{_URI}#/webhooks/{trigger}/post/requestBody/content/application~1json/schema"
    return jsonschema.Draft202012Validator(
        {"$ref": pointer}, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def documented_triggers() -> list[str]:
    return list(_document().get("webhooks", {}))


def errors(trigger: str, body: Any) -> list[str]:
    """Where ``body`` breaks the documented schema of ``trigger`` (empty when it conforms)."""
    return [f"{e.json_path}: {e.message}" for e in _validator(trigger).iter_errors(body)]
