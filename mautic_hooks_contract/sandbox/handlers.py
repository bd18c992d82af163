"""Controller actions for /api/hooks, one function per Mautic action.

Each receives a ``Call`` (database, caller, path id, query, decoded body, method) and returns a
response. They mirror FetchCommonApiController/CommonApiController/WebhookApiController in
app/bundles/ApiBundle/Controller and app/bundles/WebhookBundle/Controller/Api.
"""

from __future__ import annotations

import csv
import re
import sqlite3
from dataclasses import dataclass

from starlette.responses import Response

from ..php.values import array_key, array_to_json, as_php_array
from . import MAUTIC_VERSION, db, forms, listing, store
from .auth import Principal
from .errors import (
    ACCESS_DENIED,
    JSON,
    NOT_FOUND,
    MauticError,
    batch_item_error,
    controller_error,
    controller_response,
)
from .serialize import hook_dict
from .triggers import TRIGGERS_BODY

BATCH_LIMIT = 200  # api_batch_max_limit, app/bundles/ApiBundle/Config/config.php:97-107
_NUMERIC = re.compile(r"\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*")  # PHP is_numeric
ID_MISSING = "mautic.api.call.id_missing"  # untranslated: setBatchError only looks in `flashes`


@dataclass
class Call:
    conn: sqlite3.Connection
    principal: Principal
    method: str
    hook_id: int | None
    query: dict
    body: object


def _one(hook: dict, status: int = 200, headers: dict | None = None) -> Response:
    return controller_response({"hook": hook_dict(hook)}, status, headers)


def _form_error(outcome: forms.Outcome) -> Response:
    """FormErrorMessagesTrait: ``field: message`` pairs joined by ', ' (FormErrorMessagesTrait.php:12-37)."""
    return controller_error(400, _form_message(outcome.errors), outcome.errors)


def _form_message(errors: dict) -> str:
    return ", ".join(f"{field}: {messages[-1]}" for field, messages in errors.items())


def _permitted_hook(call: Call, action: str) -> dict | Response:
    """The hook the call names, or the 404/403 answer. Not-found is decided before permission
    (FetchCommonApiController.php:323-329, CommonApiController.php:130-136)."""
    hook = store.load_hook(call.conn, call.hook_id)
    if hook is None:
        return controller_error(404, NOT_FOUND)
    if not call.principal.may(action, hook["createdBy"]):
        return controller_error(403, ACCESS_DENIED)
    return hook


def get_one(call: Call) -> Response:
    """A ``select`` does not narrow the entity (the model loads it whole), but it is a custom select, so
    nulls are left out of the answer (FetchCommonApiController.php:308-317, :712-715)."""
    hook = _permitted_hook(call, "view")
    if isinstance(hook, Response):
        return hook
    if listing.custom_select(call.query):
        return controller_response({"hook": hook_dict(hook, serialize_null=False)})
    return _one(hook)


def get_list(call: Call) -> Response:
    if not call.principal.granted("view"):
        return controller_error(403, ACCESS_DENIED)
    payload, _ = listing.list_hooks(call.conn, call.principal, call.query)
    return controller_response(payload)


def get_triggers(call: Call) -> Response:
    """No permission check at all (WebhookApiController.php:86-95)."""
    return Response(TRIGGERS_BODY, 200, {"Mautic-Version": MAUTIC_VERSION}, JSON)


def _saved(outcome: forms.Outcome) -> Response:
    if outcome.errors:
        return _form_error(outcome)
    headers = None
    if outcome.status == 201:
        # generateUrl(..., true) means ABSOLUTE_PATH: a path, not a URL (CommonApiController.php:514-520).
        headers = {"Location": f"/api/hooks/{outcome.hook['id']}"}
    return _one(outcome.hook, outcome.status, headers)


def create(call: Call) -> Response:
    if not call.principal.granted("create"):
        return controller_error(403, ACCESS_DENIED)
    return _saved(forms.process(call.conn, call.principal, None, call.body, "POST"))


def edit(call: Call) -> Response:
    """PATCH needs an existing hook; PUT on a missing id creates one with a new id and needs both
    ``create`` and, for the owner-less blank entity, ``editother`` (CommonApiController.php:229-253)."""
    hook = store.load_hook(call.conn, call.hook_id)
    if hook is None:
        if call.method == "PATCH":
            return controller_error(404, NOT_FOUND)
        if not call.principal.granted("create"):
            return controller_error(403, ACCESS_DENIED)
    if not call.principal.may("edit", hook["createdBy"] if hook else None):
        return controller_error(403, ACCESS_DENIED)
    return _saved(forms.process(call.conn, call.principal, hook, call.body, call.method))


def delete(call: Call) -> Response:
    """The entity is serialized after removal, when Doctrine has nulled its id (vendor UnitOfWork)."""
    hook = _permitted_hook(call, "delete")
    if isinstance(hook, Response):
        return hook
    with db.transaction(call.conn):
        store.delete_hook(call.conn, hook["id"])
    _audit_deletion(hook)
    return _one(dict(hook, id=None))


def _audit_deletion(hook: dict) -> None:
    """FormModel::deleteEntity flushes the removal, then post_delete has WebhookSubscriber::onWebhookDelete log
    ``['name' => name]`` (FormModel.php:287-297, WebhookSubscriber.php:53-65): a name holding a NUL byte fails
    the audit log's column type (ArrayType.php:15-29, see forms._audit_has_nul), so the hook is gone and the
    answer is the generic 500. Measured on 5.1.0, for DELETE and for each item of a batch delete."""
    if "\0" in (hook["name"] or ""):
        raise MauticError(500)


def _batch_items(call: Call) -> dict | Response:
    items = as_php_array(call.body) or {}
    if len(items) > BATCH_LIMIT:
        # returnError's default code is 500 (FetchCommonApiController.php:731-739).
        return controller_error(500, f"A max of {BATCH_LIMIT} entities are supported at a time.")
    return items


def _batch_payload(hooks: dict, status_codes: dict | None, errors: dict) -> dict:
    payload = {"hooks": array_to_json({k: hook_dict(h) for k, h in hooks.items()})}
    if status_codes is not None:
        payload["statusCodes"] = array_to_json(status_codes)
    if errors:
        payload["errors"] = array_to_json(errors)
    return payload


def _batch_form_error(outcome: forms.Outcome) -> dict:
    """In batch mode returnError hands back its raw array, and nulls are serialized (``type``)."""
    return {"code": 400, "message": _form_message(outcome.errors), "details": outcome.errors, "type": None}


def batch_create(call: Call) -> Response:
    if not call.principal.granted("create"):
        return controller_error(403, ACCESS_DENIED)
    items = _batch_items(call)
    if isinstance(items, Response):
        return items
    hooks, codes, errors = {}, {}, {}
    for key, params in items.items():
        outcome = forms.process(call.conn, call.principal, None, _item(params), "POST")
        if outcome.errors:
            errors[key] = _batch_form_error(outcome)
            codes[key] = 400
        else:
            hooks[key] = outcome.hook
            codes[key] = 201
    # Always 201 whatever the items did (CommonApiController.php:313).
    return controller_response(_batch_payload(hooks, codes, errors), 201)


def _item(params):
    if as_php_array(params) is None:
        raise TypeError("batch item is not an array")  # processForm would hit a TypeError → 500
    return params


def batch_edit(call: Call) -> Response:
    """CommonApiController::editEntitiesAction (:155-220) with BatchIdToEntityHelper's key handling.

    Items naming the same hook share one entity object ("5" and 5 alike), which each item after the first
    finds detached (forms._check_detached). ``objects`` holds that object's state per loaded id, ``built``
    the triggers preSerializeEntity appended to it after each successful save (Webhook::buildTriggers never
    resets them, Webhook.php:328-333, CommonApiController.php:531); every entry of the object shows its final
    state with those triggers."""
    items = _batch_items(call)
    if isinstance(items, Response):
        return items
    errors: dict = {}
    hooks = _batch_entities(call.conn, items, errors)
    loaded = dict(hooks)
    objects: dict[int, dict] = {}
    built: dict[int, list] = {}
    codes: dict = {}
    for key, params in items.items():
        hook = loaded.get(key)
        origin = None if hook is None else hook["id"]
        hook = objects.get(origin, hook)
        status = 200
        if hook is None:
            if call.method == "PATCH":
                # Checked before the item is used as an array, so scalar items naming no hook (["AAA"], [0])
                # get a 404 each, not a 500 (CommonApiController.php:155-180, BatchIdToEntityHelper.php:128-137).
                errors[key] = batch_item_error(NOT_FOUND, 404)
                codes[key] = 404
                continue
            if not call.principal.granted("create"):
                errors[key] = batch_item_error(ACCESS_DENIED, 403)
                codes[key] = 403
                continue
            status = 201
        # processForm takes a null item's parameters from the whole request body (`null === $parameters`,
        # CommonApiController.php:430-433): a PUT batch [null] is a form error per item, not a 500.
        params = call.body if params is None and hook is None else _item(params)
        if not call.principal.may("edit", hook["createdBy"] if hook else None):
            hooks.pop(key, None)
            errors[key] = batch_item_error(ACCESS_DENIED, 403)
            codes[key] = 403
            continue
        outcome = forms.process(
            call.conn, call.principal, hook, params, call.method, detached=origin in objects
        )
        if outcome.errors:
            errors[key] = _batch_form_error(outcome)
        if origin is not None:
            # A failed entity stays listed with the attempted values (:389-416).
            objects[origin] = outcome.hook
            built.setdefault(origin, []).extend([] if outcome.errors else outcome.hook["triggers"])
        elif not outcome.errors:
            hooks[key] = outcome.hook
        codes[key] = errors[key]["code"] if key in errors else status
    for key, hook in loaded.items():
        if key in hooks and hook["id"] in objects:
            hooks[key] = dict(objects[hook["id"]], triggers=built[hook["id"]])
    return controller_response(_batch_payload(hooks, codes, errors), 200)


def _batch_entities(conn: sqlite3.Connection, items: dict, errors: dict) -> dict:
    """BatchIdToEntityHelper (app/bundles/ApiBundle/Helper/BatchIdToEntityHelper.php:55-160): ids are
    collected in order while keys come from all items, so an item without an id shifts the pairing;
    items without id get ``mautic.api.call.id_missing`` — unless no item has an id at all."""
    keys = list(items)
    first = items[keys[0]] if keys else None
    ids: list = []
    missing: list = []
    if keys and as_php_array(first) is None:
        ids = list(items.values())
    else:
        for key, params in items.items():
            value = (as_php_array(params) or {}).get("id")
            if value is None:
                missing.append(key)
            else:
                ids.append(value)
    if not ids:
        return {}
    for key in missing:
        errors[key] = batch_item_error(ID_MISSING, 400)
    found = _hooks_by_id(conn, ids)
    return {keys[i]: found[array_key(v)] for i, v in enumerate(ids) if array_key(v) in found}


def _hooks_by_id(conn: sqlite3.Connection, ids: list) -> dict[int, dict]:
    # A number beyond the id column's range matches no row (store.MAX_ID); SQLite could not even bind it.
    wanted = sorted({k for k in map(array_key, ids) if k is not None and k <= store.MAX_ID})
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    return {
        h["id"]: h for h in store.load_hooks(conn, f"{store.HOOK_SELECT} WHERE h.id IN ({marks})", wanted)
    }


def batch_delete(call: Call) -> Response:
    """Ids come from the query (``ids=1,2`` or ``ids[]=1``); the response is serialized before deleting,
    unknown ids are dropped, forbidden ones stay listed with a 403 error (CommonApiController.php:80-121)."""
    if len(call.query) > BATCH_LIMIT:
        return controller_error(500, f"A max of {BATCH_LIMIT} entities are supported at a time.")
    ids, keys = _delete_ids(call.query)
    found = _hooks_by_id(call.conn, ids)
    hooks = {keys[i]: found[array_key(v)] for i, v in enumerate(ids) if array_key(v) in found}
    payload = {"hooks": array_to_json({k: hook_dict(h) for k, h in hooks.items()})}
    errors: dict = {}
    deleted: set[int] = set()
    for key, hook in hooks.items():
        if hook["id"] in deleted:
            errors[key] = batch_item_error(NOT_FOUND, 404)  # a repeated id: the entity lost its id already
        elif not call.principal.may("delete", hook["createdBy"]):
            errors[key] = batch_item_error(ACCESS_DENIED, 403)
        else:
            with db.transaction(call.conn):
                store.delete_hook(call.conn, hook["id"])
            _audit_deletion(hook)  # a 500 ends the batch: the hooks before and this one are deleted
            deleted.add(hook["id"])
    if errors:
        payload["errors"] = array_to_json(errors)
    return controller_response(payload)


def _delete_ids(query: dict) -> tuple[list, list]:
    """BatchIdToEntityHelper::extractIds for a query string (BatchIdToEntityHelper.php:88-126)."""
    if "ids" not in query:
        # Without `ids`, the query values themselves are taken as ids.
        values = list(query.values())
        if values and not isinstance(values[0], dict):
            return values, list(query)
        return [], []
    ids = query["ids"]
    if isinstance(ids, dict):
        return list(ids.values()), list(ids)
    if "," in ids or _NUMERIC.fullmatch(ids):
        values = next(csv.reader([ids]), [])
        return values, [str(i) for i in range(len(values))]
    return [], []  # unparsable: no ids, so no error is reported either (FetchCommonApiController.php:442-444)
