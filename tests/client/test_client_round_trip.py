"""Every one of the 11 operations against the sandbox, parsed into the generated models (sync and async)."""

from __future__ import annotations

import datetime
import re

from client_support import SINK_URL, hook_body
from mautic_hooks_client.api.batch import create_hooks, delete_hooks, replace_hooks, update_hooks
from mautic_hooks_client.api.hooks import (
    create_hook,
    delete_hook,
    get_hook,
    list_hooks,
    replace_hook,
    update_hook,
)
from mautic_hooks_client.api.triggers import list_triggers
from mautic_hooks_client.models import (
    BatchErrorMap,
    BatchItemError,
    DeletedHookResponse,
    ErrorResponse,
    FieldErrors,
    Hook,
    HookBatchDeleteResponse,
    HookBatchEditResponse,
    HookBatchResponse,
    HookCreate,
    HookDraft,
    HookIndexMap,
    HookList,
    HookMap,
    HookReplaceItem,
    HookResponse,
    HookUpdate,
    HookUpdateItem,
    Trigger,
    TriggerCatalogue,
    TriggerMap,
)

HEX_SECRET = re.compile(r"^[0-9a-f]{64}$")
MISSING_ID = 987_654


def location_id(location: str) -> int:
    match = re.fullmatch(r"/(?:.*/)?api/hooks/([0-9]+)", location)
    assert match, f"Location is not a hook path: {location!r}"
    return int(match.group(1))


def test_list_with_no_match_is_an_empty_list(call, admin):
    response = call(list_hooks, client=admin, search="no-hook-is-named-like-this")
    assert response.status_code == 200
    assert isinstance(response.parsed, HookList)
    assert response.parsed.total == 0
    assert response.parsed.hooks == []


def test_list_is_keyed_by_id_and_pages(call, admin, new_hook):
    ids = sorted(new_hook(f"paged {n}").id for n in range(3))
    search = "ids:" + ",".join(map(str, ids))

    response = call(list_hooks, client=admin, search=search, order_by="id", limit=2)
    page = response.parsed
    assert isinstance(page, HookList)
    assert page.total == 3  # every match, not just the page
    assert isinstance(page.hooks, HookMap)
    assert page.hooks.additional_keys == [str(ids[0]), str(ids[1])]
    assert all(
        isinstance(hook, Hook) and page.hooks[str(hook.id)] is hook
        for hook in page.hooks.additional_properties.values()
    )

    last = call(list_hooks, client=admin, search=search, order_by="id", limit=2, start=2).parsed
    assert isinstance(last.hooks, HookMap) and last.hooks.additional_keys == [str(ids[2])]
    past_the_end = call(list_hooks, client=admin, search=search, limit=2, start=4).parsed
    assert past_the_end.total == 3 and past_the_end.hooks == []


def test_get_parses_every_field(call, admin, new_hook):
    created = new_hook("get me", description="read back", events_orderby_dir="DESC")
    response = call(get_hook, created.id, client=admin)
    assert response.status_code == 200
    assert isinstance(response.parsed, HookResponse)
    hook = response.parsed.hook
    assert (hook.id, hook.name, hook.description, hook.webhook_url) == (
        created.id,
        "get me",
        "read back",
        SINK_URL,
    )
    assert hook.events_orderby_dir == "DESC"
    assert hook.triggers == ["mautic.lead_points_change"]
    assert isinstance(hook.date_added, datetime.datetime) and hook.date_added.utcoffset() is not None
    assert hook.category is None and hook.date_modified is None
    assert HEX_SECRET.match(hook.secret)


def test_create_answers_201_with_location(call, admin):
    response = call(create_hook, client=admin, body=hook_body("created", is_published=False))
    assert response.status_code == 201
    assert isinstance(response.parsed, HookResponse)
    hook = response.parsed.hook
    assert location_id(response.headers["Location"]) == hook.id
    assert hook.name == "created" and hook.is_published is False
    assert isinstance(hook.created_by, int)  # a Basic-auth user, unlike an OAuth2 client


def test_patch_changes_only_the_given_fields_and_adds_triggers(call, admin, new_hook):
    created = new_hook("patch me", description="kept")
    body = HookUpdate(is_published=False, triggers=["mautic.form_on_submit"])
    response = call(update_hook, created.id, client=admin, body=body)
    assert response.status_code == 200
    hook = response.parsed.hook
    assert (hook.id, hook.is_published, hook.description) == (created.id, False, "kept")
    assert hook.triggers == ["mautic.lead_points_change", "mautic.form_on_submit"]


def test_put_on_an_existing_id_replaces_it_200(call, admin, new_hook):
    created = new_hook("put me", description="cleared by PUT")
    response = call(replace_hook, created.id, client=admin, body=hook_body("replaced"))
    assert response.status_code == 200
    assert "Location" not in response.headers
    hook = response.parsed.hook
    assert (hook.id, hook.name, hook.description) == (created.id, "replaced", None)
    assert hook.secret != created.secret  # not in the body, so regenerated


def test_put_on_a_missing_id_creates_a_new_hook_201(call, admin):
    response = call(replace_hook, MISSING_ID, client=admin, body=hook_body("put-created"))
    assert response.status_code == 201
    assert isinstance(response.parsed, HookResponse)
    hook = response.parsed.hook
    assert hook.id != MISSING_ID and hook.name == "put-created"
    assert location_id(response.headers["Location"]) == hook.id


def test_delete_returns_the_hook_with_a_null_id(call, admin, new_hook):
    created = new_hook("delete me")
    response = call(delete_hook, created.id, client=admin)
    assert response.status_code == 200
    assert isinstance(response.parsed, DeletedHookResponse)
    assert response.parsed.hook.id is None
    assert (response.parsed.hook.name, response.parsed.hook.secret) == ("delete me", created.secret)
    assert isinstance(call(get_hook, created.id, client=admin).parsed, ErrorResponse)


def test_batch_create(call, admin):
    body = [hook_body("batch one"), hook_body("batch two", is_published=False)]
    response = call(create_hooks, client=admin, body=body)
    assert response.status_code == 201
    result = response.parsed
    assert isinstance(result, HookBatchResponse)
    assert result.status_codes == [201, 201]
    assert [hook.name for hook in result.hooks] == ["batch one", "batch two"]
    assert all(isinstance(hook, Hook) for hook in result.hooks)


def test_batch_create_with_a_failed_item_is_keyed_by_position(call, admin):
    body = [
        hook_body("batch ok 0"),
        HookCreate(name="", webhook_url=SINK_URL, triggers=[]),
        hook_body("batch ok 2"),
    ]
    result = call(create_hooks, client=admin, body=body).parsed
    assert isinstance(result, HookBatchResponse)
    assert result.status_codes == [201, 400, 201]
    assert isinstance(result.hooks, HookIndexMap) and result.hooks.additional_keys == ["0", "2"]
    assert (result.hooks["0"].name, result.hooks["2"].name) == ("batch ok 0", "batch ok 2")
    assert isinstance(result.errors, BatchErrorMap)
    error = result.errors["1"]
    assert isinstance(error, BatchItemError) and error.code == 400
    assert isinstance(error.details, FieldErrors) and error.details["name"] == ["A name is required."]


def test_batch_replace_creates_missing_ids_and_replaces_existing(call, admin, new_hook):
    existing = new_hook("batch put me")
    body = [
        HookReplaceItem(id=existing.id, name="batch replaced", webhook_url=SINK_URL, triggers=[]),
        HookReplaceItem(id=MISSING_ID, name="batch put-created", webhook_url=SINK_URL, triggers=[]),
    ]
    response = call(replace_hooks, client=admin, body=body)
    assert response.status_code == 200
    result = response.parsed
    assert isinstance(result, HookBatchEditResponse)
    assert result.status_codes == [200, 201]
    assert all(isinstance(hook, HookDraft) for hook in result.hooks)
    assert result.hooks[0].id == existing.id and result.hooks[0].name == "batch replaced"
    assert result.hooks[1].id != MISSING_ID and result.hooks[1].name == "batch put-created"


def test_batch_update(call, admin, new_hook):
    first, second = new_hook("batch patch 1"), new_hook("batch patch 2")
    body = [
        HookUpdateItem(id=first.id, is_published=False),
        HookUpdateItem(id=second.id, description="patched"),
    ]
    response = call(update_hooks, client=admin, body=body)
    assert response.status_code == 200
    result = response.parsed
    assert isinstance(result, HookBatchEditResponse)
    assert result.status_codes == [200, 200]
    assert (result.hooks[0].is_published, result.hooks[1].description) == (False, "patched")


def test_batch_delete_keeps_the_ids(call, admin, new_hook):
    ids = [new_hook("batch delete 1").id, new_hook("batch delete 2").id]
    response = call(delete_hooks, client=admin, ids=",".join(map(str, ids)))
    assert response.status_code == 200
    result = response.parsed
    assert isinstance(result, HookBatchDeleteResponse)
    assert [hook.id for hook in result.hooks] == ids  # serialized before deleting, unlike the single delete
    remaining = call(list_hooks, client=admin, search="ids:" + ",".join(map(str, ids))).parsed
    assert remaining.total == 0


def test_triggers_catalogue_is_a_map(call, admin):
    response = call(list_triggers, client=admin)
    assert response.status_code == 200
    catalogue = response.parsed
    assert isinstance(catalogue, TriggerCatalogue) and isinstance(catalogue.triggers, TriggerMap)
    assert "mautic.lead_points_change" in catalogue.triggers
    points = catalogue.triggers["mautic.lead_points_change"]
    assert isinstance(points, Trigger) and points.label == "Contact Points Changed Event"
    assert all(isinstance(trigger, Trigger) for trigger in catalogue.triggers.additional_properties.values())
