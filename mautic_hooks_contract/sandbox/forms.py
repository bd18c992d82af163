"""Create/edit of one hook: Mautic's ``processForm`` with WebhookType and the entity constraints.

Source: app/bundles/ApiBundle/Controller/CommonApiController.php:426-555 (flow),
app/bundles/CoreBundle/Form/RequestTrait.php:34-167 (isPublished, cleaning),
app/bundles/WebhookBundle/Form/Type/WebhookType.php:34-142 (fields, in error order),
app/bundles/WebhookBundle/Entity/Webhook.php:147-186 (constraints),
app/bundles/WebhookBundle/Controller/Api/WebhookApiController.php:66-84 (triggers).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..php import inputfilter
from ..php.values import (
    as_php_array,
    filter_bool,
    php_identical,
    php_loose_equal,
    php_to_json,
    to_int,
    to_string,
)
from . import db, store, urlcheck
from .auth import Principal
from .errors import MauticError
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
    conn: sqlite3.Connection,
    principal: Principal,
    existing: dict | None,
    body,
    method: str,
    *,
    detached: bool = False,
) -> Outcome:
    """Validate ``body`` against ``existing`` (None = new hook) and save it if valid.

    ``detached``: ``existing`` is the entity an earlier item of the same batch edit already went through
    (see ``_check_detached``); it is then saved as a new row."""
    is_new = existing is None
    hook = blank_hook() if is_new else dict(existing, triggers=list(existing["triggers"]))
    params = dict(as_php_array(body) or {})
    params.pop("id", None)
    if is_new:
        params = {**_NEW_DEFAULTS, **params}
    _apply_publish_permission(principal, hook, params, is_new)

    category_id = None
    # The form's category field is submitted (and the entity's category replaced) on PUT, or when the key is
    # sent: null reaches the form, a non-zero id is set by setCategory (CommonApiController.php:483-494, :570-581).
    category_replaced = method != "PATCH" or "category" in params
    if params.get("category") is not None:
        category_id = to_int(params.pop("category"))  # (int) cast, CommonApiController.php:484-487
        category_replaced = category_replaced and (method != "PATCH" or bool(category_id))
    # The events field is submitted on PUT (clearMissing) or when sent (CommonApiController.php:491).
    events_submitted = method != "PATCH" or "events" in params

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
    if detached:
        _check_detached(existing, category_replaced, events_submitted)
    audit_fails = _audit_has_nul(existing, hook)
    _save(conn, principal, hook, existing, detached)
    if audit_fails:
        # The row is committed; writing the audit log afterwards fails (see _audit_has_nul).
        raise MauticError(500)
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
    """The controller's masks (``html`` for the description, ``filter`` for the rest), then the form's
    (``strict_html``, ``filter``) on form fields; ``triggers`` is not one, so it is cleaned once
    (mautic_hooks_contract/php/inputfilter.py has the rules and their sources)."""
    if field == "description":
        return inputfilter.strict_html(inputfilter.html(value))
    once = inputfilter.filter_value(value)
    return once if field == "triggers" else inputfilter.filter_value(once)


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
            # TrimListener: the form trims [\pZ\p{Cc}\p{Cf}], not only whitespace (mautic_hooks_contract/php/inputfilter.py).
            text = None if value is None else inputfilter.form_trim(to_string(value)) or None
            if field == "webhookUrl" and text:
                text = urlcheck.with_default_protocol(
                    text
                )  # UrlType default_protocol (vendor UrlType.php:51)
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
    if "webhookUrl" not in errors and not (hook["webhookUrl"] and urlcheck.is_valid_url(hook["webhookUrl"])):
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


_AUDITED_TEXT = ("name", "description", "webhookUrl", "secret")


def _audit_has_nul(existing: dict | None, hook: dict) -> bool:
    """Whether the audit log entry of this save would hold a NUL byte, which fails after the hook is saved.

    FormModel::saveEntity saves (persist + flush) and then dispatches post_save (FormModel.php:102-112,
    CommonRepository.php:805-812, WebhookModel.php:569-603); WebhookSubscriber::onWebhookSave writes the
    entity's change set to the audit log when there is one (WebhookSubscriber.php:33-48, AuditLogModel.php:26-56),
    and its ``details`` column type refuses a serialized array containing a NUL byte with a ConversionException
    (CoreBundle/Doctrine/Type/ArrayType.php:15-29): a 500 with the generic message, the hook already stored.
    A setter records ``[old, new]`` when ``old != new`` (Webhook.php:201-266, :519-536; a string holding NUL is
    never numeric, so that is a plain comparison); each call overwrites the entry, so a secret the form leaves
    empty is regenerated and recorded as ``[null, key]`` (WebhookModel.php:142-149). The other entries
    (events, category, isPublished, eventsOrderbyDir, dateModified) cannot hold a NUL: eventsOrderbyDir is a
    choice, a URL with NUL fails validation, and events are recorded as ``[]``."""
    for field in _AUDITED_TEXT:
        old = None if existing is None else existing[field]
        new = hook[field]
        if field == "secret" and new is None:
            continue
        if old != new and "\0" in (old or "") + (new or ""):
            return True
    return False


def _check_detached(existing: dict, category_replaced: bool, events_submitted: bool) -> None:
    """An entity that an earlier item of the same batch edit processed: processBatchForm detaches it after every
    item (CommonApiController.php:389-416) and the items naming the same id share one object (BatchIdToEntityHelper,
    one entity per id). persist() takes a detached entity for a new one (vendor doctrine/orm UnitOfWork::persist,
    getEntityState with STATE_NEW assumed), so the save inserts a copy under a new id, its events as new rows
    (cascadePersist, Webhook.php:104-111). Two things fail the flush instead (500, nothing of this item stored):
    the entity still holds a category that this item does not replace (the detached Category: "A new entity was
    found through the relationship 'Webhook#category'", or EntityNotFoundException for a detached proxy), or the
    events field is submitted while the entity holds events: EventsToArrayTransformer::reverseTransform removes
    every event it holds (the collection's keys are not event types, so array_diff finds them all removed,
    EventsToArrayTransformer.php:44-69) and orphanRemoval refuses the detached ones ("Detached entity Event
    cannot be removed", Webhook.php:104-111)."""
    if existing["category_id"] is not None and not category_replaced:
        raise MauticError(500)
    if events_submitted and existing["triggers"]:
        raise MauticError(500)


def _save(
    conn: sqlite3.Connection, principal: Principal, hook: dict, existing: dict | None, detached: bool = False
) -> None:
    """WebhookModel::saveEntity + FormModel::setTimestamps (WebhookModel.php:142-149, FormModel.php:227-279).
    A ``detached`` entity is inserted as a new row with all its events (see ``_check_detached``)."""
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
    if detached:
        hook["id"] = None
    try:
        with db.transaction(conn):
            store.save_hook(conn, hook, None if existing is None or detached else existing["triggers"])
    except (sqlite3.IntegrityError, UnicodeEncodeError):  # UnicodeEncodeError: see inputfilter.html
        if existing is None:
            hook["id"] = None
        raise MauticError(500) from None
