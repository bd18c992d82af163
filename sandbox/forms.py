"""Create/edit of one hook: Mautic's ``processForm`` with WebhookType and the entity constraints.

Source: app/bundles/ApiBundle/Controller/CommonApiController.php:426-555 (flow),
app/bundles/CoreBundle/Form/RequestTrait.php:34-167 (isPublished, cleaning),
app/bundles/WebhookBundle/Form/Type/WebhookType.php:34-142 (fields, in error order),
app/bundles/WebhookBundle/Entity/Webhook.php:147-186 (constraints),
app/bundles/WebhookBundle/Controller/Api/WebhookApiController.php:66-84 (triggers).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from . import db, inputfilter, store
from .auth import Principal
from .errors import MauticError
from .php import as_php_array, filter_bool, php_identical, php_loose_equal, php_to_json, to_int, to_string
from .triggers import KEYS

NAME_REQUIRED = "A name is required."  # CoreBundle/Translations/en_US/validators.ini:4
URL_REQUIRED = "A valid URL is required."  # validators.ini:14
INVALID = "This value is not valid."  # Symfony form invalid_message (vendor)

FORM_FIELDS = (
    "name",
    "description",
    "webhookUrl",
    "secret",
    "events",
    "category",
    "isPublished",
    "eventsOrderbyDir",
)
# Mapped entity fields and class defaults merged under a new entity's parameters (CommonApiController.php:447-455).
_NEW_DEFAULTS = {"isPublished": True, "name": None, "description": None, "webhookUrl": None, "secret": None}
_TRACKED = (
    "name",
    "description",
    "webhookUrl",
    "secret",
    "eventsOrderbyDir",
    "isPublished",
    "category_id",
    "triggers",
)

_HAS_SCHEME = re.compile(r"^(?:[/.]|[\w+.-]+://|[^:/?@#]+@)")  # symfony/form FixUrlProtocolListener (vendor)
_URL = re.compile(
    r"^https?://"
    r"(?:[^\s:/?#@]+(?::[^\s/?#@]*)?@)?"  # user:password@
    r"(?:(?:[^\W_](?:[\w-]*[^\W_])?\.)*[^\W_](?:[\w-]*[^\W_])?\.?"  # host name (single label allowed)
    r"|\d{1,3}(?:\.\d{1,3}){3}"  # IPv4
    r"|\[[0-9a-fA-F:.]+\])"  # [IPv6]
    r"(?::\d+)?"
    r"(?:[/?#][^\s]*)?$",
    re.IGNORECASE,
)


@dataclass
class Outcome:
    """The entity after the form ran, the per-field errors (empty when saved) and the status code."""

    hook: dict
    errors: dict
    status: int


def blank_hook() -> dict:
    return {
        "id": None,
        "name": None,
        "description": None,
        "webhookUrl": None,
        "secret": None,
        "eventsOrderbyDir": None,
        "isPublished": True,
        "dateAdded": None,
        "dateModified": None,
        "createdBy": None,
        "createdByUser": None,
        "modifiedBy": None,
        "modifiedByUser": None,
        "category_id": None,
        "category": None,
        "triggers": [],
    }


def process(
    conn: sqlite3.Connection, principal: Principal, existing: dict | None, body, method: str
) -> Outcome:
    """Validate ``body`` against ``existing`` (None = new hook) and save it if valid."""
    is_new = existing is None
    hook = blank_hook() if is_new else dict(existing, triggers=list(existing["triggers"]))
    params = dict(as_php_array(body) or {})
    params.pop("id", None)
    if is_new:
        params = {**_NEW_DEFAULTS, **params}
    _apply_publish_permission(principal, hook, params, is_new)

    category_id = None
    if params.get("category") is not None:
        category_id = to_int(params.pop("category"))  # (int) cast, CommonApiController.php:484-487

    # A YesNo value handled here is removed from the form, so clearMissing cannot reset it.
    removed = ("isPublished",) if _take_is_published(hook, params) else ()
    if isinstance(params.get("events"), str):
        value = params["events"]
        params["events"] = value.split("|") if "|" in value else ([value] if value else [])
    params = {k: _clean(v, k) for k, v in params.items()}

    errors: dict[str, list[str]] = {}
    events = _submit(hook, params, method != "PATCH", errors, removed)
    _validate(hook, errors)
    if errors:
        return Outcome(hook, {f: errors[f] for f in FORM_FIELDS if f in errors}, 400)

    if category_id:
        category = store.category_exists(conn, category_id)
        if category is None:
            # UnexpectedValueException's message is shown as is (ExceptionController.php:36-64).
            raise MauticError(500, f"Category {category_id} does not exist")
        hook["category_id"], hook["category"] = category_id, category
    _apply_triggers(hook, events, params.get("triggers"), method)
    _save(conn, principal, hook, existing)
    return Outcome(hook, {}, 201 if is_new else 200)


def _apply_publish_permission(principal: Principal, hook: dict, params: dict, is_new: bool) -> None:
    """Without publish rights a new hook is forced unpublished and an edit may not touch isPublished
    (CommonApiController.php:458-474)."""
    if not any(k in params for k in ("isPublished", "publishUp", "publishDown")):
        return
    if principal.may("publish", hook["createdBy"]):
        return
    if is_new:
        params["isPublished"] = 0
    else:
        for key in ("isPublished", "publishUp", "publishDown"):
            params.pop(key, None)


def _take_is_published(hook: dict, params: dict) -> bool:
    """YesNo fields bypass the form: FILTER_VALIDATE_BOOLEAN, never an error (RequestTrait.php:58-99)."""
    value = params.get("isPublished")
    if value is None:
        return False
    if isinstance(value, dict) and len(value) == 1:
        value = list(value.values())[-1]
    if value == "":
        return False
    hook["isPublished"] = filter_bool(value)
    del params["isPublished"]
    return True


def _clean(value, field: str):
    """RequestTrait's masks: ``strict_html`` for the description, ``filter`` for everything else, triggers
    included (sandbox/inputfilter.py has the rules and their sources)."""
    return inputfilter.strict_html(value) if field == "description" else inputfilter.filter_value(value)


def _submit(hook: dict, params: dict, clear_missing: bool, errors: dict, removed: tuple) -> list[str] | None:
    """``$form->submit($params, $clearMissing)``; returns the ``events`` field's list when it was submitted."""
    events = None
    for field in FORM_FIELDS:
        if field in removed or (field not in params and not clear_missing):
            continue
        value = params.get(field)
        if field == "events":
            events = _submit_events(value, errors)
        elif field == "category":
            hook["category_id"], hook["category"] = None, None  # only null/missing reach the form field
        elif field == "isPublished":
            hook["isPublished"] = False  # '' or null left for the form: YesNo → false
        elif field == "eventsOrderbyDir":
            text = None if value is None else to_string(value) if not isinstance(value, dict) else INVALID
            if text in (None, ""):
                hook["eventsOrderbyDir"] = None
            elif text in ("ASC", "DESC"):
                hook["eventsOrderbyDir"] = text
            else:
                errors[field] = [INVALID]  # ChoiceType transformation failure (vendor ChoiceType.php:386-396)
        elif isinstance(value, dict):
            errors[field] = [INVALID]  # a compound value for a scalar field cannot be transformed
        else:
            # TrimListener: the form trims [\pZ\p{Cc}\p{Cf}], not only whitespace (sandbox/inputfilter.py).
            text = None if value is None else inputfilter.form_trim(to_string(value)) or None
            if field == "webhookUrl" and text and not _HAS_SCHEME.match(text):
                text = "http://" + text  # UrlType default_protocol (vendor symfony/form UrlType.php:51)
            hook[field] = text
    return events


def _submit_events(value, errors: dict) -> list[str] | None:
    if value is None or value == "":
        return []
    if not isinstance(value, dict) or not all(isinstance(v, str) and v in KEYS for v in value.values()):
        errors["events"] = [INVALID]
        return None
    # An expanded multiple ChoiceType answers the checked choices in the choice list's order, whatever the
    # order sent: the trigger catalogue's (WebhookType.php:84-102; vendor symfony/form
    # ChoicesToValuesTransformer, ChoiceType expanded; measured, kit recording auth.jsonl "events").
    chosen = set(value.values())
    return [key for key in KEYS if key in chosen]


def _validate(hook: dict, errors: dict) -> None:
    """Entity constraints; a field whose value could not be transformed keeps only that error
    (only the last error per field survives anyway, FormErrorMessagesTrait.php:48-54)."""
    if "name" not in errors and not hook["name"]:
        errors["name"] = [NAME_REQUIRED]
    if "webhookUrl" not in errors and not (hook["webhookUrl"] and _URL.match(hook["webhookUrl"])):
        errors["webhookUrl"] = [URL_REQUIRED]


def _apply_triggers(hook: dict, events: list[str] | None, triggers, method: str) -> None:
    """WebhookApiController::preSaveEntity (WebhookApiController.php:66-84): ``triggers`` is used only when
    it is an array. Each item becomes an event unless one with an identical (``===``) type exists
    (Webhook.php:328-362); the answer shows the items as sent (a ``5`` stays a number, a list stays a
    list), while the varchar column stores their PHP string form ("5", "Array"; Event.php:113-121, see
    ``store.event_type``). A null item fails the NOT NULL column: 500. PUT then drops every event whose type
    is not loosely (``in_array``) among the items."""
    current = list(hook["triggers"] if events is None else events)
    keep: list = []
    requested = as_php_array(triggers)
    if requested is not None:
        for value in requested.values():
            if value is None:
                raise MauticError(500)  # Event::setEventType(null) into a NOT NULL column
            keep.append(php_to_json(value))
        for value in keep:
            if not any(php_identical(value, t) for t in current):
                current.append(value)
    if method == "PUT":
        current = [t for t in current if any(php_loose_equal(t, k) for k in keep)]
    hook["triggers"] = current


def _save(conn: sqlite3.Connection, principal: Principal, hook: dict, existing: dict | None) -> None:
    """WebhookModel::saveEntity + FormModel::setTimestamps (WebhookModel.php:142-149, FormModel.php:227-279)."""
    if not hook["secret"]:
        hook["secret"] = store.new_secret()
    stamp = store.now()
    if existing is None:
        hook["dateAdded"] = stamp
        hook["createdBy"], hook["createdByUser"] = principal.user_id, principal.name
    else:
        if any(hook[k] != existing[k] for k in _TRACKED):
            hook["dateModified"] = stamp  # only when something changed (FormModel.php:255-271)
        hook["modifiedBy"], hook["modifiedByUser"] = principal.user_id, principal.name
    try:
        with db.transaction(conn):
            store.save_hook(conn, hook, None if existing is None else existing["triggers"])
    except sqlite3.IntegrityError:
        if existing is None:
            hook["id"] = None
        raise MauticError(500) from None
