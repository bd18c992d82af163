"""Clause 3, writes: what create, PATCH, PUT and delete do to a hook, beyond what any schema can say.

Every hook here is created by the run (prefixed name, sink URL, unpublished unless the clause needs a
published one) and deleted at the end of the session.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from mautic_hooks_contract.php.values import php_string
from mautic_hooks_contract.runner.api import SINK_URL, describe, expect_status
from mautic_hooks_contract.runner.categories import FIELDS as CATEGORY_FIELDS
from mautic_hooks_contract.runner.defects import LONGEST_TEXT
from mautic_hooks_contract.runner.run import ABSENT_ID_BASE
from mautic_hooks_contract.runner.session import PROFILE, RUN
from mautic_hooks_contract.runner.strategies import hook_bodies, patch_bodies, unique_in_order

pytestmark = pytest.mark.writes

API, LEDGER = RUN.api, RUN.ledger
GENERATED_SECRET = re.compile(r"^[0-9a-f]{64}$")
NOT_FOUND = {"errors": [{"code": 404, "message": "Item was not found.", "details": []}]}
EXAMPLES = settings(
    max_examples=PROFILE.property_examples, deadline=None, suppress_health_check=list(HealthCheck)
)
# Fields whose value the server decides on every write.
STAMPS = ("dateModified", "modifiedBy", "modifiedByUser")


def created(body: dict[str, Any], *, publish: bool = False) -> dict[str, Any]:
    return LEDGER.create(API, publish=publish, **body)


def editable(hook: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in hook.items() if key not in STAMPS}


def expected_from(body: dict[str, Any], *, published: bool) -> dict[str, Any]:
    """What a create or a PUT stores: the body, and null for every field it does not carry."""
    return {
        "name": LEDGER.mark(body)["name"],
        "description": body.get("description"),
        "webhookUrl": SINK_URL,
        "eventsOrderbyDir": body.get("eventsOrderbyDir"),
        "isPublished": published,
        "category": None,
        "triggers": unique_in_order(body.get("triggers", [])),
    }


def assert_fields(hook: dict[str, Any], expected: dict[str, Any], response: Any) -> None:
    wrong = {key: (hook.get(key), value) for key, value in expected.items() if hook.get(key) != value}
    assert not wrong, f"fields differ (got, expected): {wrong}{describe(response)}"


@pytest.mark.clause("create-echoes-input", "#/paths/~1hooks~1new/post")
@given(body=hook_bodies(odd_triggers=True))
@EXAMPLES
def test_create_stores_exactly_what_was_sent(body: dict[str, Any]) -> None:
    """A create answers 201 with the hook as sent, Mautic's defaults for the rest, and its path in Location."""
    body = {key: value for key, value in body.items() if key != "category"}
    response = API.create(LEDGER.mark(body))
    LEDGER.record(response)
    hook = expect_status(response, 201)["hook"]
    assert_fields(hook, expected_from(body, published=False), response)
    if "secret" in body:
        assert hook["secret"] == body["secret"], f"the secret sent was not stored{describe(response)}"
    else:
        assert GENERATED_SECRET.match(hook["secret"]), f"no 64-hex secret was generated{describe(response)}"
    assert hook["dateModified"] is None and hook["modifiedBy"] is None, (
        f"a new hook is unmodified{describe(response)}"
    )
    location = response.headers.get("location", "")
    assert location.startswith("/") and location.endswith(f"/api/hooks/{hook['id']}"), (
        f"Location {location!r} is not the new hook's path{describe(response)}"
    )
    stored = hook | {"triggers": [php_string(t) for t in hook["triggers"]]}  # "Array" for [], "5" for 5
    assert expect_status(API.get(hook["id"]), 200)["hook"] == stored, (
        "the created hook reads back differently"
    )


@pytest.mark.clause("patch-partial", "#/paths/~1hooks~1{id}~1edit/patch")
@given(original=hook_bodies(), patch=patch_bodies())
@EXAMPLES
def test_patch_changes_only_what_it_is_given(original: dict[str, Any], patch: dict[str, Any]) -> None:
    """PATCH changes the fields it is given, keeps every other one, and only adds triggers."""
    hook = created(original)
    sent = dict(patch)
    if "name" in sent:
        sent["name"] = LEDGER.mark(sent)["name"]
    response = API.update(hook["id"], sent)
    updated = expect_status(response, 200)["hook"]
    expected = editable(hook) | {key: value for key, value in sent.items() if key != "triggers"}
    expected["triggers"] = unique_in_order(hook["triggers"] + sent.get("triggers", []))
    assert_fields(updated, expected, response)
    assert expect_status(API.get(hook["id"]), 200)["hook"] == updated, "the PATCH did not persist as answered"


@pytest.mark.clause("put-replaces", "#/paths/~1hooks~1{id}~1edit/put")
@given(original=hook_bodies(), replacement=hook_bodies())
@EXAMPLES
def test_put_replaces_and_clears_what_it_does_not_receive(
    original: dict[str, Any], replacement: dict[str, Any]
) -> None:
    """PUT stores the body alone: omitted fields clear, the hook unpublishes, a new secret unless one is sent."""
    hook = created(original | {"description": "before", "eventsOrderbyDir": "DESC"}, publish=True)
    body = LEDGER.mark(replacement)
    del body["isPublished"]  # omitted on purpose: PUT must unpublish
    response = API.replace(hook["id"], body)
    replaced = expect_status(response, 200)["hook"]
    assert replaced["id"] == hook["id"], f"PUT on an existing hook changed its id{describe(response)}"
    assert_fields(replaced, expected_from(replacement, published=False), response)
    if "secret" in replacement:
        assert replaced["secret"] == replacement["secret"]
    else:
        assert GENERATED_SECRET.match(replaced["secret"]) and replaced["secret"] != hook["secret"], (
            f"PUT without a secret must generate a new one{describe(response)}"
        )
    assert expect_status(API.get(hook["id"]), 200)["hook"] == replaced, "the PUT did not persist as answered"


@pytest.mark.clause("put-replaces", "#/paths/~1hooks~1{id}~1edit/put")
def test_put_without_triggers_removes_every_trigger() -> None:
    """A PUT that sends no triggers leaves the hook with none."""
    hook = created({"name": "put-triggers", "triggers": ["mautic.page_on_hit", "mautic.email_on_open"]})
    response = API.replace(hook["id"], LEDGER.mark({"name": "put-triggers"}))
    assert expect_status(response, 200)["hook"]["triggers"] == [], (
        f"triggers survived a PUT{describe(response)}"
    )


@pytest.mark.clause("create-echoes-input", "#/paths/~1hooks~1new/post")
def test_create_accepts_the_longest_name() -> None:
    """A name of 191 characters, the column's size (varchar(191), utf8mb4), is valid and stored whole."""
    name = LEDGER.prefix + "n" * (LONGEST_TEXT - len(LEDGER.prefix))
    response = API.create(LEDGER.mark({"name": name.removeprefix(LEDGER.prefix), "triggers": []}))
    LEDGER.record(response)
    assert expect_status(response, 201)["hook"]["name"] == name, (
        f"the long name was not stored{describe(response)}"
    )


# Input and what a real Mautic 5.1.0 stores for it (tests/recordings/mautic-5.1.0/api/probes.jsonl, group
# text-cleaning): entities decoded, an unterminated `<` cut with what follows, `[\pZ\p{Cc}\p{Cf}]` trimmed
# at both ends but kept inside, the description's tags kept.
CLEANED_NAME = ("amp&amp;x\u00a0\x07", "amp&x")
CLEANED_DESCRIPTION = ("\u00add\x07 <i>keep</i> <x", "d\x07 <i>keep</i>")


@pytest.mark.clause("text-cleaning", "#/components/schemas/HookCreate")
def test_text_is_cleaned_before_it_is_stored() -> None:
    """Mautic cleans text before validation: a create stores and answers the cleaned name and description."""
    body = {"name": CLEANED_NAME[0], "description": CLEANED_DESCRIPTION[0], "triggers": []}
    response = API.create(LEDGER.mark(body))
    LEDGER.record(response)
    hook = expect_status(response, 201)["hook"]
    expected = {"name": LEDGER.prefix + CLEANED_NAME[1], "description": CLEANED_DESCRIPTION[1]}
    got = {key: hook.get(key) for key in expected}
    assert got == expected, f"text was not cleaned as Mautic cleans it: {got}{describe(response)}"


@pytest.mark.clause("put-creates", "#/paths/~1hooks~1{id}~1edit/put")
def test_put_on_a_missing_id_creates_a_hook_with_a_new_id() -> None:
    """PUT on an id that does not exist creates a hook (201) under a new id, not the one in the URL."""
    missing = ABSENT_ID_BASE + 999
    response = API.replace(missing, LEDGER.mark({"name": "put-create", "triggers": []}))
    LEDGER.record(response)
    hook = expect_status(response, 201)["hook"]
    assert hook["id"] != missing, f"PUT created the hook under the URL's id{describe(response)}"
    assert response.headers.get("location", "").endswith(f"/api/hooks/{hook['id']}")
    assert expect_status(API.get(hook["id"]), 200)["hook"]["name"] == hook["name"]
    expect_status(API.get(missing), 404)


@pytest.mark.clause("missing-id-404", "#/components/responses/NotFound")
@pytest.mark.parametrize("call", ["get", "update", "delete"])
def test_missing_id_is_404_with_mautics_body(call: str) -> None:
    """GET, PATCH and DELETE of an id that does not exist answer 404 "Item was not found."."""
    missing = ABSENT_ID_BASE + 998
    response = {"get": API.get, "update": lambda i: API.update(i, {}), "delete": API.delete}[call](missing)
    assert expect_status(response, 404) == NOT_FOUND, f"not Mautic's 404 body{describe(response)}"


@pytest.mark.clause("delete-id-null", "#/paths/~1hooks~1{id}~1delete/delete")
def test_delete_answers_the_hook_with_a_null_id_then_404() -> None:
    """DELETE answers the hook as it was but with id null; afterwards the id is 404."""
    hook = created({"name": "to-delete", "triggers": ["mautic.form_on_submit"]})
    response = API.delete(hook["id"])
    deleted = expect_status(response, 200)["hook"]
    LEDGER.forget(hook["id"])
    assert deleted == hook | {"id": None}, (
        f"the delete response is not the hook with id null{describe(response)}"
    )
    assert expect_status(API.get(hook["id"]), 404) == NOT_FOUND


@pytest.mark.clause("batch-per-item", "#/paths/~1hooks~1batch~1new/post")
def test_batch_reports_each_item_and_keeps_the_http_status() -> None:
    """Batch new is 201 and batch edit 200 whatever the items do; statusCodes and errors tell per item."""
    bad = LEDGER.mark({"name": "batch-bad", "triggers": []}) | {"webhookUrl": "ftp://not-http"}
    good = LEDGER.mark({"name": "batch-ok", "triggers": []})
    response = API.create_batch([bad, good])
    LEDGER.record(response)
    body = expect_status(response, 201)
    assert body["statusCodes"] == [400, 201], f"per-item statuses{describe(response)}"
    # PHP arrays with a gap become objects keyed by position; 0..n-1 stay lists (JsonSerializationVisitor).
    assert list(body["hooks"]) == ["1"] and body["hooks"]["1"]["name"] == good["name"], describe(response)
    assert body["errors"] == [
        {
            "code": 400,
            "message": "webhookUrl: A valid URL is required.",
            "details": {"webhookUrl": ["A valid URL is required."]},
            "type": None,
        }
    ], f"item error{describe(response)}"
    first = body["hooks"]["1"]["id"]
    response = API.update_batch([{"id": first, "description": "patched"}, {"id": ABSENT_ID_BASE + 997}])
    edited = expect_status(response, 200)
    assert edited["statusCodes"] == [200, 404], f"per-item statuses{describe(response)}"
    assert edited["errors"]["1"] == {"message": "Item was not found.", "code": 404, "type": "api"}
    response = API.delete_batch([first, ABSENT_ID_BASE + 996])
    gone = expect_status(response, 200)
    LEDGER.forget(first)
    hooks = gone["hooks"]
    listed = list(hooks.values()) if isinstance(hooks, dict) else hooks
    assert [h["id"] for h in listed] == [first], (
        f"batch delete lists the found hooks with real ids{describe(response)}"
    )
    expect_status(API.get(first), 404)


@pytest.mark.clause("required-fields-400", "#/components/responses/BadRequest")
@pytest.mark.parametrize(
    ("body", "details"),
    [
        ({}, {"name": ["A name is required."], "webhookUrl": ["A valid URL is required."]}),
        ({"webhookUrl": SINK_URL}, {"name": ["A name is required."]}),
        ({"name": "x", "webhookUrl": "ftp://example.org"}, {"webhookUrl": ["A valid URL is required."]}),
        (
            {"name": "x", "webhookUrl": SINK_URL, "eventsOrderbyDir": "up"},
            {"eventsOrderbyDir": ["This value is not valid."]},
        ),
    ],
    ids=["nothing", "no name", "not http", "bad direction"],
)
def test_invalid_create_is_400_with_field_details(
    body: dict[str, Any], details: dict[str, list[str]]
) -> None:
    """A create missing required fields is 400, naming each field and its message."""
    if "name" in body:
        body = body | {"name": LEDGER.prefix + body["name"]}
    response = API.create(body | {"isPublished": False})
    if response.status_code == 201:  # ours, whatever its name: remove it before failing
        API.delete(response.json()["hook"]["id"])
    error = expect_status(response, 400)["errors"][0]
    assert error["code"] == 400 and error["details"] == details, (
        f"wrong validation details{describe(response)}"
    )
    expected_message = ", ".join(f"{field}: {messages[-1]}" for field, messages in details.items())
    assert error["message"] == expected_message, f"wrong validation message{describe(response)}"


@pytest.mark.clause("category-object", "#/components/schemas/Category")
def test_a_hooks_category_is_answered_as_the_category() -> None:
    """A hook with a category answers it as that category's object (id, title, alias, description, color,
    bundle, as the categories API shows it), on create and on read; a PATCH to null removes it."""
    choice = RUN.category
    if choice is None or choice.id is None:
        pytest.skip(choice.how if choice else "no category was chosen")
    hook = created({"name": "category", "triggers": []})  # the ledger attaches the run's category
    fetched = expect_status(API.get(hook["id"]), 200)["hook"]
    for answer, where in ((hook, "create"), (fetched, "read")):
        category = answer["category"]
        assert isinstance(category, dict), f"the {where} answer's category is {category!r}, not an object"
        shown = {key: category.get(key) for key in CATEGORY_FIELDS}
        if choice.record is not None:
            expected = {key: choice.record.get(key) for key in CATEGORY_FIELDS}
            assert shown == expected, f"the {where} answer shows category {shown}, Mautic has {expected}"
        else:  # MAUTIC_CATEGORY_ID given, and the categories API would not show it
            assert shown["id"] == choice.id and all(isinstance(shown[k], str) for k in ("title", "alias")), (
                f"the {where} answer's category {shown} is not category {choice.id}"
            )
    response = API.update(hook["id"], {"category": None})
    assert expect_status(response, 200)["hook"]["category"] is None, (
        f"category not removed{describe(response)}"
    )
