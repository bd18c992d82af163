"""Tests of openapi.yaml itself: its examples, the real Mautic shapes it must accept, the wrong ones it must refuse.

The real shapes are the ones the recordings of a real Mautic 5.1.0 show (tests/recordings/); each wrong shape
is a mistake a server (or an earlier draft of this document) could make and that the contract must catch.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from mautic_hooks_contract.runner.defects import BASELINE_PATH
from mautic_hooks_contract.runner.spec_schema import component, resolve, spec, validator_for

HTTP_METHODS = ("get", "put", "post", "delete", "patch")

EXPECTED_OPERATIONS = {
    "listHooks": ("get", "/hooks"),
    "getHook": ("get", "/hooks/{id}"),
    "createHook": ("post", "/hooks/new"),
    "replaceHook": ("put", "/hooks/{id}/edit"),
    "updateHook": ("patch", "/hooks/{id}/edit"),
    "deleteHook": ("delete", "/hooks/{id}/delete"),
    "createHooks": ("post", "/hooks/batch/new"),
    "replaceHooks": ("put", "/hooks/batch/edit"),
    "updateHooks": ("patch", "/hooks/batch/edit"),
    "deleteHooks": ("delete", "/hooks/batch/delete"),
    "listTriggers": ("get", "/hooks/triggers"),
}

HOOK = {
    "isPublished": True,
    "dateAdded": "2024-10-24T15:54:35+00:00",
    "dateModified": None,
    "createdBy": 1,
    "createdByUser": "Admin User",
    "modifiedBy": None,
    "modifiedByUser": None,
    "id": 7,
    "name": "Points",
    "description": None,
    "webhookUrl": "http://127.0.0.1:9/sink",
    "secret": "a" * 64,
    "eventsOrderbyDir": None,
    "category": None,
    "triggers": ["mautic.lead_points_change"],
}
CATEGORY = {
    "createdByUser": "Admin User",
    "modifiedByUser": None,
    "id": 1,
    "title": "CRM",
    "alias": "crm",
    "description": None,
    "color": None,
    "bundle": "global",
}
CONTROLLER_ERROR = {"errors": [{"code": 404, "message": "Item was not found.", "details": []}]}
LISTENER_ERROR = {"errors": [{"message": "API authorization denied.", "code": 401, "type": "access_denied"}]}
FORM_ERROR = {
    "errors": [
        {"code": 400, "message": "name: A name is required.", "details": {"name": ["A name is required."]}}
    ]
}
BATCH_ITEM_ERRORS = {
    "hooks": {"1": HOOK},
    "statusCodes": [404, 200, 400],
    "errors": {
        "0": {"message": "Item was not found.", "code": 404, "type": "api"},
        "2": {
            "code": 400,
            "message": "name: A name is required.",
            "details": {"name": ["A name is required."]},
            "type": None,
        },
    },
}


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def media_examples() -> Iterator[tuple[str, dict[str, Any], Any]]:
    """Every (place, schema, example value) of a request or response body in the document."""
    for path, method, operation in operations():
        bodies = {"request": resolve(operation.get("requestBody", {}))}
        bodies |= {f"response {code}": resolve(r) for code, r in operation["responses"].items()}
        for where, body in bodies.items():
            for media in body.get("content", {}).values():
                for name, example in media.get("examples", {}).items():
                    yield (
                        f"{method.upper()} {path} {where} {name}",
                        media["schema"],
                        resolve(example)["value"],
                    )


def with_changes(value: dict[str, Any], **changes: Any) -> dict[str, Any]:
    changed = copy.deepcopy(value)
    changed.update(changes)
    return changed


def without(value: dict[str, Any], key: str) -> dict[str, Any]:
    changed = copy.deepcopy(value)
    del changed[key]
    return changed


# --- structure ---------------------------------------------------------------------------------------


def test_document_has_exactly_the_eleven_operations() -> None:
    found = {op["operationId"]: (method, path) for path, method, op in operations()}
    assert found == EXPECTED_OPERATIONS


@pytest.mark.parametrize("operation_id", sorted(EXPECTED_OPERATIONS))
def test_each_operation_is_documented_and_cites_mautic(operation_id: str) -> None:
    method, path = EXPECTED_OPERATIONS[operation_id]
    operation = spec()["paths"][path][method]
    assert operation["tags"] and operation["summary"] and operation["description"]
    citation = re.compile(r"[A-Za-z]+\.php:\d+")
    sources = operation.get("x-mautic-source", [])
    assert citation.search(operation["description"]) or citation.search(str(sources))


def test_both_security_schemes_apply_globally() -> None:
    schemes = spec()["components"]["securitySchemes"]
    assert schemes["basicAuth"] == {**schemes["basicAuth"], "type": "http", "scheme": "basic"}
    assert schemes["oauth2"]["flows"]["clientCredentials"]["tokenUrl"] == "/oauth/v2/token"
    assert spec()["security"] == [{"basicAuth": []}, {"oauth2": []}]
    assert all("security" not in op for _, _, op in operations()), "no operation may opt out of auth"


def test_create_links_to_get_replace_update_and_delete() -> None:
    created = resolve(spec()["paths"]["/hooks/new"]["post"]["responses"]["201"])
    targets = {link["operationId"]: link["parameters"]["id"] for link in created["links"].values()}
    assert targets == dict.fromkeys(
        ["getHook", "replaceHook", "updateHook", "deleteHook"], "$response.body#/hook/id"
    )
    assert created["headers"]["Location"]


def test_requests_outside_the_operations_are_described_and_cited() -> None:
    """`x-outside-operations` says what Mautic answers to requests no operation describes, each with its source."""
    entries = {k: v for k, v in spec()["x-outside-operations"].items() if isinstance(v, dict)}
    assert set(entries) == {
        "unrouted",
        "preflight",
        "head",
        "trailingSlash",
        "frontController",
        "tokenEndpoint",
        "categoryList",
        "categoryGet",
    }
    citation = re.compile(r"(\.php|\.htaccess):\d+|vendor ")
    for name, entry in entries.items():
        assert citation.search(entry["description"] + str(entry.get("x-mautic-source", ""))), name
    assert set(resolve(entries["unrouted"]["responses"]["404"])["content"]) == {"application/json"}


def test_known_defects_are_marked_and_cited() -> None:
    defects = {name: r for name, r in spec()["components"]["responses"].items() if r.get("x-known-defect")}
    assert set(defects) == {
        "ListServerError",
        "WriteServerError",
        "BatchServerError",
        "DeleteServerError",
        "TwoTokensServerError",
    }
    for response in defects.values():
        assert re.search(r"\.php:\d+", response["description"])


def test_every_baseline_entry_names_a_documented_defect() -> None:
    """known_defects.yaml excuses a 500 only where openapi.yaml documents it as a known defect, for each of
    the entry's operations."""
    responses = spec()["components"]["responses"]
    operations = {
        op["operationId"]: op
        for item in spec()["paths"].values()
        for op in item.values()
        if "operationId" in op
    }
    entries = yaml.safe_load(BASELINE_PATH.read_text(encoding="utf-8"))
    assert len(entries) >= 7
    for entry in entries:
        name = entry["spec"].rsplit("/", 1)[-1]
        assert responses[name].get("x-known-defect") is True, entry["id"]
        for operation_id in entry["match"]["operations"]:
            documented = operations[operation_id]["responses"].get(str(entry["match"]["status"]))
            assert documented and resolve(documented).get("x-known-defect") is True, (
                entry["id"],
                operation_id,
            )


# --- every example matches its schema ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "schema", "value"), list(media_examples()), ids=lambda v: v if isinstance(v, str) else ""
)
def test_body_example_validates(where: str, schema: dict[str, Any], value: Any) -> None:
    validator_for(schema).validate(value)


def test_parameter_and_header_examples_validate() -> None:
    components = spec()["components"]
    checked = 0
    for item in [*components["parameters"].values(), *components["headers"].values()]:
        if "example" in item:
            validator_for(item["schema"]).validate(item["example"])
            checked += 1
    assert checked >= 5


def test_every_component_example_is_used_and_valid() -> None:
    used = {name for name in spec()["components"]["examples"]}
    referenced = set(re.findall(r"#/components/examples/(\w+)", str(spec())))
    assert used == referenced
    assert len(list(media_examples())) >= len(used)


# --- the real shapes validate -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        ("HookList", {"total": 0, "hooks": []}),
        ("HookList", {"total": 40, "hooks": {"7": HOOK, "12": with_changes(HOOK, id=12)}}),
        ("HookResponse", {"hook": with_changes(HOOK, category=CATEGORY, eventsOrderbyDir="DESC")}),
        ("HookResponse", {"hook": with_changes(HOOK, createdBy=None, createdByUser=None, triggers=[])}),
        ("DeletedHookResponse", {"hook": with_changes(HOOK, id=None)}),
        ("ErrorResponse", CONTROLLER_ERROR),
        ("ErrorResponse", LISTENER_ERROR),
        ("ErrorResponse", FORM_ERROR),
        (
            "ErrorResponse",
            {"errors": [{"message": "Requested URL not found: /api/hooks/abc", "code": 404, "type": None}]},
        ),
        ("HookBatchEditResponse", BATCH_ITEM_ERRORS),
        ("HookBatchResponse", {"hooks": [HOOK, with_changes(HOOK, id=8)], "statusCodes": [201, 201]}),
        (
            "HookBatchResponse",
            {
                "hooks": [],
                "statusCodes": [400],
                "errors": [{"code": 400, "message": "x", "details": [], "type": None}],
            },
        ),
        ("HookBatchDeleteResponse", {"hooks": {"1": HOOK}}),
        (
            "HookBatchEditResponse",
            {"hooks": {"0": with_changes(HOOK, name=None, secret=None)}, "statusCodes": [400]},
        ),
        ("Category", CATEGORY),
        ("TriggerCatalogue", {"triggers": {"plugin.custom_event": {"label": "Custom", "description": ""}}}),
        ("HookCreate", {"name": "n", "webhookUrl": "https://example.org/h", "triggers": []}),
        ("HookUpdate", {}),
        ("HookUpdate", {"category": None}),
        # The answer to a write echoes trigger items that are not strings (probes 95, 97, 98).
        (
            "HookResponse",
            {"hook": with_changes(HOOK, triggers=[5, {"x": "mautic.lead_post_save_new"}, ["a"]])},
        ),
        # A batch body that is a JSON object keys the answer by its keys (probes 420, 461).
        ("HookBatchResponse", {"hooks": {"first": HOOK}, "statusCodes": {"first": 201}}),
        ("HookBatchDeleteResponse", {"hooks": {"x": HOOK}}),
        # A custom select[] leaves nulls out; a list keeps the category (probes 402, 409).
        (
            "SelectedHookList",
            {
                "total": 1,
                "hooks": {
                    "7": {
                        "isPublished": True,
                        "id": 7,
                        "triggers": [],
                        "category": {"id": 1, "title": "CRM", "alias": "crm", "bundle": "webhook"},
                    }
                },
            },
        ),
        ("SelectedHookResponse", {"hook": {k: v for k, v in HOOK.items() if v is not None}}),
        ("HookCreate", {"name": "é" * 191, "webhookUrl": "https://example.org/h", "triggers": ["x" * 50]}),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_real_shape_is_accepted(schema: str, value: Any) -> None:
    component(schema).validate(value)


# --- wrong shapes are rejected ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        pytest.param("HookList", {"total": 1, "hooks": [HOOK]}, id="non-empty hooks array"),
        pytest.param("HookList", {"total": 0, "hooks": {}}, id="empty object instead of []"),
        pytest.param("HookList", {"total": "1", "hooks": {"7": HOOK}}, id="total as string"),
        pytest.param("HookList", {"total": 1, "hooks": {"abc": HOOK}}, id="key not an id"),
        pytest.param("HookResponse", {"hook": with_changes(HOOK, id="7")}, id="id as string"),
        pytest.param("HookResponse", {"hook": without(HOOK, "triggers")}, id="hook without triggers"),
        pytest.param(
            "HookResponse",
            {"hook": with_changes(HOOK, dateAdded="2024-10-24 15:54:35")},
            id="date without offset",
        ),
        pytest.param(
            "HookResponse",
            {"hook": with_changes(HOOK, dateAdded="2024-10-24T15:54:35")},
            id="ISO date without offset",
        ),
        pytest.param("HookResponse", {"hook": with_changes(HOOK, isPublished=1)}, id="isPublished as 1"),
        pytest.param("HookResponse", {"hook": with_changes(HOOK, category=1)}, id="category as id"),
        pytest.param("HookResponse", {"hook": without(HOOK, "description")}, id="null field omitted"),
        pytest.param("HookResponse", {"hook": with_changes(HOOK, id=None)}, id="null id outside delete"),
        pytest.param(
            "HookResponse",
            {"hook": with_changes(HOOK, triggers="mautic.lead_points_change")},
            id="triggers as string",
        ),
        pytest.param(
            "ErrorResponse",
            {"errors": [{"code": 404, "message": "x", "details": [], "type": None}]},
            id="controller error with type",
        ),
        pytest.param(
            "ErrorResponse", {"errors": [{"code": 404, "message": "x"}]}, id="error without details or type"
        ),
        pytest.param("ErrorResponse", {"error": {"code": 404, "message": "x"}}, id="legacy error key"),
        pytest.param(
            "ErrorResponse",
            {"errors": [{"code": 400, "message": "x", "details": ["msg"]}]},
            id="details non-empty list",
        ),
        pytest.param(
            "TriggerCatalogue", {"triggers": [{"label": "x", "description": ""}]}, id="triggers as list"
        ),
        pytest.param(
            "HookCreate", {"webhookUrl": "https://example.org", "triggers": []}, id="create without name"
        ),
        pytest.param(
            "HookCreate",
            {"name": "a" * 192, "webhookUrl": "https://example.org/h", "triggers": []},
            id="name of 192 characters",
        ),
        pytest.param("HookUpdate", {"secret": "s" * 192}, id="secret of 192 characters"),
        pytest.param(
            "HookCreate",
            {"name": "n", "webhookUrl": "https://example.org/h", "triggers": ["x" * 51]},
            id="trigger of 51 characters",
        ),
        pytest.param("HookResponse", {"hook": with_changes(HOOK, triggers=[None])}, id="null trigger item"),
        pytest.param(
            "HookResponse", {"hook": with_changes(HOOK, triggers=["x" * 51])}, id="stored trigger over 50"
        ),
        pytest.param(
            "HookBatchResponse", {"hooks": [HOOK], "statusCodes": {"0": "201"}}, id="status code as string"
        ),
        pytest.param("SelectedHookResponse", {"hook": HOOK}, id="selected hook with nulls"),
        pytest.param("SelectedHookResponse", {"hook": {"name": "n"}}, id="selected hook without id"),
        pytest.param(
            "SelectedHookList", {"total": 0, "hooks": {}}, id="selected: empty object instead of []"
        ),
    ],
)
def test_wrong_shape_is_rejected(schema: str, value: Any) -> None:
    assert not component(schema).is_valid(value)
