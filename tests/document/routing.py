"""Which part of openapi.yaml describes a recorded request: an operation, or an entry of `x-outside-operations`.

Every request gets exactly one answer. Requests the document does not describe at all are named in
OUT_OF_SCOPE, with the reason; nothing is skipped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import jsonschema

from mautic_hooks_contract.recording.format import Exchange
from mautic_hooks_contract.runner.spec_schema import resolve, spec

OPERATION_METHODS = ("get", "put", "post", "delete", "patch")

# Requests that reach something other than Mautic's API, so no API contract can describe them.
OUT_OF_SCOPE = {
    "trace": "TRACE is answered by the web server in front of Mautic (Apache `TraceEnable`: 405 when off, an echo "
    "when on), never by Mautic",
    "outside-api": "the path is not below the server URL's `/api` (paths are case-sensitive: `/API/hooks` is "
    "Mautic's public-site HTML 404 page)",
}


@dataclass(frozen=True)
class Description:
    """Where the document describes an exchange: a responses object and its JSON pointer."""

    kind: str  # an operationId, an `x-outside-operations` entry, or an OUT_OF_SCOPE key
    pointer: str
    responses: dict[str, Any]
    bodiless: bool = False  # HEAD: the GET's answer without its body


@cache
def api_prefix() -> str:
    """The path of the server URL below the site root (`{siteUrl}/api` → `/api`)."""
    return urlsplit(spec()["servers"][0]["url"].replace("{siteUrl}", "http://site")).path.rstrip("/")


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def _segment_matches(value: str, parameter: dict[str, Any]) -> bool:
    """A path segment fills a parameter when it is a value of the parameter's schema (`{id}`: digits)."""
    schema = parameter["schema"]
    if schema.get("type") == "integer":
        if not re.fullmatch(r"-?[0-9]+", value):
            return False
        return jsonschema.Draft202012Validator(schema).is_valid(int(value))
    return jsonschema.Draft202012Validator(schema).is_valid(value)


def documented_path(path: str) -> str | None:
    """The path template of openapi.yaml that a request path below the API prefix fills, if any."""
    for template, item in spec()["paths"].items():
        parameters = {p["name"]: p for p in map(resolve, item.get("parameters", [])) if p["in"] == "path"}
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
        found = re.fullmatch(pattern, path)
        if found and all(_segment_matches(v, parameters[k]) for k, v in found.groupdict().items()):
            return template
    return None


def operation(operation_id: str) -> dict[str, Any]:
    """The operation object with this operationId, its path-level parameters merged in."""
    for item in spec()["paths"].values():
        for method in OPERATION_METHODS:
            if item.get(method, {}).get("operationId") == operation_id:
                return {
                    **item[method],
                    "parameters": [*item.get("parameters", []), *item[method].get("parameters", [])],
                }
    raise KeyError(operation_id)


def _operation(template: str, method: str) -> Description:
    operation = spec()["paths"][template][method]
    pointer = f"#/paths/{_escape(template)}/{method}/responses"
    return Description(operation["operationId"], pointer, operation["responses"], bodiless=False)


def _outside(entry: str) -> Description:
    responses = spec()["x-outside-operations"][entry].get("responses", {})
    return Description(entry, f"#/x-outside-operations/{entry}/responses", responses)


def describe(exchange: Exchange) -> Description:
    """The one place in openapi.yaml that says what this request gets."""
    method = exchange.method.lower()
    path = exchange.decoded_path
    prefix = api_prefix()
    if method == "trace":
        return Description("trace", "", {})
    if path == "/oauth/v2/token":
        return _outside("tokenEndpoint")
    if path.startswith("/index.php" + prefix + "/") or path == "/index.php" + prefix:
        return _outside("frontController")
    if not (path == prefix or path.startswith(prefix + "/")):
        return Description("outside-api", "", {})
    if method == "options":
        return _outside("preflight")
    relative = path[len(prefix) :]
    if method == "get" and relative == "/categories":
        return _outside("categoryList")
    if method == "get" and re.fullmatch(r"/categories/[0-9]+", relative):
        return _outside("categoryGet")
    template = documented_path(relative)
    if template is not None and method in ("get", "head") and "get" in spec()["paths"][template]:
        described = _operation(template, "get")
        return Description(described.kind, described.pointer, described.responses, bodiless=method == "head")
    if template is not None and method in spec()["paths"][template] and method in OPERATION_METHODS:
        return _operation(template, method)
    if method in ("get", "head") and relative.endswith("/") and documented_path(relative.rstrip("/")):
        return _outside("trailingSlash")
    return _outside("unrouted")
