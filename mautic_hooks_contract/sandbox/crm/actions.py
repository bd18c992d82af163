"""Contact and company API actions that fire webhook events (a PARTIAL emulation of Mautic's API).

Routes and statuses: LeadBundle/Config/config.php:148-253 (``standard_entity`` contacts and companies),
PointBundle/Config/config.php:61-65 and PointBundle/Controller/Api/PointApiController.php:83-98 (points:
``{"success":1}``, 200). Events: LeadBundle/EventListener/WebhookSubscriber.php:129-262; DELIVERIES.md §4.1-4.9.
Permissions: Mautic checks ``lead:leads:*``; the sandbox's admin and OAuth2 client have every right and the
limited user (webhook rights only) none, so non-admins get 403.

Each action returns the response and the events it fired; the app delivers them before it answers.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass

from starlette.responses import Response

from ...php.values import as_php_array, to_int, to_string
from .. import db, store
from ..auth import Principal
from ..deliveries.dispatcher import Event
from ..errors import ACCESS_DENIED, NOT_FOUND, controller_error, controller_response
from . import serialize
from .serialize import FIELDS

_TAGS = re.compile(r"<[^>]*>")
# Lead::isAnonymous: a contact is identified once one of these has a value (Lead.php:1192-1200).
_IDENTIFYING = ("firstname", "lastname", "email", "company") + tuple(
    alias for alias, f in FIELDS["lead"]["fields"].items() if f["group"] == "social"
)
_OPERATORS = {
    "plus": lambda old, n: old + n,
    "minus": lambda old, n: old - n,
    "times": lambda old, n: old * n,
    "divide": lambda old, n: int(old / n),
}


@dataclass
class CrmCall:
    conn: sqlite3.Connection
    principal: Principal
    ids: dict
    body: object


Outcome = tuple[Response, list[Event]]


def _clean(value):
    """InputHelper::clean on a submitted value: tags stripped, trimmed; empty becomes null."""
    if isinstance(value, (list, dict)):
        return None
    text = _TAGS.sub("", to_string(value)).strip()
    return text or None


def _submitted(obj: str, body) -> dict:
    params = as_php_array(body) or {}
    known = FIELDS[obj]["fields"]
    return {alias: _clean(params[alias]) for alias in known if alias in params and alias != "points"}


def _denied(call: CrmCall) -> Response | None:
    return None if call.principal.is_admin else controller_error(403, ACCESS_DENIED)


# --- contacts -----------------------------------------------------------------------------------------------


def _contact_row(conn, contact_id: int):
    if contact_id > store.MAX_ID:
        return None
    return conn.execute("SELECT * FROM crm_contacts WHERE id = ?", (contact_id,)).fetchone()


def _tags(conn, row) -> list[dict]:
    ids = json.loads(row["tag_ids"])
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    found = {r[0]: r[1] for r in conn.execute(f"SELECT id, tag FROM crm_tags WHERE id IN ({marks})", ids)}
    return [{"id": i, "tag": found[i], "description": None} for i in ids if i in found]


def _tag_ids(conn, row, body) -> list[int]:
    ids = json.loads(row["tag_ids"]) if row is not None else []
    wanted = (as_php_array(body) or {}).get("tags")
    names = wanted.split(",") if isinstance(wanted, str) else list((as_php_array(wanted) or {}).values())
    for name in (_clean(n) for n in names):
        if name:
            conn.execute("INSERT OR IGNORE INTO crm_tags (tag) VALUES (?)", (name,))
            tag_id = conn.execute("SELECT id FROM crm_tags WHERE tag = ?", (name,)).fetchone()[0]
            if tag_id not in ids:
                ids.append(tag_id)
    return ids


def _identified(values: dict) -> bool:
    return any(values.get(alias) for alias in _IDENTIFYING)


def _contact_payload(call, row, shape="B", **options) -> dict:
    return serialize.contact(row, json.loads(row["field_values"]), shape, _tags(call.conn, row), **options)


def _contact_response(call, row, status=200, headers=None) -> Response:
    """The API's contact: ContactDetails with shape-B fields plus the flat ``all`` group."""
    contact = _contact_payload(call, row)
    contact["fields"]["all"] = {"id": row["id"], **json.loads(row["field_values"]), "points": row["points"]}
    return controller_response({"contact": contact}, status, headers)


def create_contact(call: CrmCall) -> Outcome:
    if denied := _denied(call):
        return denied, []
    values = _submitted("lead", call.body)
    points = to_int((as_php_array(call.body) or {}).get("points", 0))
    now = store.now()
    with db.transaction(call.conn):
        tag_ids = _tag_ids(call.conn, None, call.body)
        cur = call.conn.execute(
            "INSERT INTO crm_contacts (points, field_values, tag_ids, date_added, created_by, created_by_user,"
            " date_identified) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                points,
                json.dumps(values),
                json.dumps(tag_ids),
                now,
                call.principal.user_id,
                call.principal.name,
                now if _identified(values) else None,
            ),
        )
    row = _contact_row(call.conn, cur.lastrowid)
    events = []
    if row["date_identified"] is not None:
        payload = serialize.contact(row, values, "A", _tags(call.conn, row), identified_now=True)
        events.append(Event("mautic.lead_post_save_new", {"contact": payload}))
    return _contact_response(call, row, 201, {"Location": f"/api/contacts/{row['id']}"}), events


def edit_contact(call: CrmCall) -> Outcome:
    """PATCH: a save that changes nothing fires nothing; a points change fires lead_points_change first; a
    save that identifies an anonymous contact fires lead_post_save_new instead of _update; anonymous
    contacts fire neither (WebhookSubscriber.php:129-180)."""
    if denied := _denied(call):
        return denied, []
    row = _contact_row(call.conn, call.ids["id"])
    if row is None:
        return controller_error(404, NOT_FOUND), []
    old_values = json.loads(row["field_values"])
    values = {**old_values, **_submitted("lead", call.body)}
    params = as_php_array(call.body) or {}
    points = to_int(params["points"]) if "points" in params else row["points"]
    with db.transaction(call.conn):
        tag_ids = _tag_ids(call.conn, row, call.body)
        changed = values != old_values or points != row["points"] or tag_ids != json.loads(row["tag_ids"])
        if changed:
            identified = row["date_identified"] or (store.now() if _identified(values) else None)
            call.conn.execute(
                "UPDATE crm_contacts SET field_values = ?, points = ?, tag_ids = ?, date_modified = ?,"
                " modified_by = ?, modified_by_user = ?, date_identified = ? WHERE id = ?",
                (
                    json.dumps(values),
                    points,
                    json.dumps(tag_ids),
                    store.now(),
                    call.principal.user_id,
                    call.principal.name,
                    identified,
                    row["id"],
                ),
            )
    saved = _contact_row(call.conn, row["id"])
    events: list[Event] = []
    if changed:
        if points != row["points"]:
            events.append(_points_event(call, saved, row["points"], points))
        events += _save_events(call, row, saved)
    return _contact_response(call, saved), events


def _points_event(call, row, old: int, new: int, **options) -> Event:
    payload = {
        "contact": _contact_payload(call, row, **options),
        "points": {"old_points": old, "new_points": new},
    }
    return Event("mautic.lead_points_change", payload)


def _save_events(call, before, after, **options) -> list[Event]:
    if after["date_identified"] is None:
        return []
    if before["date_identified"] is None:
        return [
            Event(
                "mautic.lead_post_save_new", {"contact": _contact_payload(call, after, identified_now=True)}
            )
        ]
    return [Event("mautic.lead_post_save_update", {"contact": _contact_payload(call, after, **options)})]


def adjust_points(call: CrmCall) -> Outcome:
    """POST /contacts/{id}/points/{operator}/{delta}: both events show the OLD points in the contact
    (DELIVERIES.md §4.3: the entity's points are updated by a direct query after the save)."""
    if denied := _denied(call):
        return denied, []
    row = _contact_row(call.conn, call.ids["id"])
    if row is None:
        return controller_error(404, NOT_FOUND), []
    operate = _OPERATORS.get(call.ids["operator"])
    if operate is None:
        return controller_error(400, "Invalid operator"), []  # Lead::adjustPoints (Lead.php:811-812)
    delta = to_int(call.ids["delta"])
    if delta == 0:  # `if (!$points = (int) $points) return` (Lead.php:783-785): nothing changes
        return controller_response({"success": 1}), []
    new = operate(row["points"], delta)
    with db.transaction(call.conn):
        call.conn.execute(
            "UPDATE crm_contacts SET points = ?, date_modified = ?, modified_by = ?, modified_by_user = ?"
            " WHERE id = ?",
            (new, store.now(), call.principal.user_id, call.principal.name, row["id"]),
        )
    saved = _contact_row(call.conn, row["id"])
    events = [_points_event(call, saved, row["points"], new, points=row["points"])]
    events += _save_events(call, row, saved, points=row["points"])
    return controller_response({"success": 1}), events


def delete_contact(call: CrmCall) -> Outcome:
    if denied := _denied(call):
        return denied, []
    row = _contact_row(call.conn, call.ids["id"])
    if row is None:
        return controller_error(404, NOT_FOUND), []
    with db.transaction(call.conn):
        call.conn.execute("DELETE FROM crm_contacts WHERE id = ?", (row["id"],))
    payload = {"id": row["id"], "contact": _contact_payload(call, row, deleted=True)}
    response = _contact_payload(call, row)
    response["id"] = None
    return controller_response({"contact": response}), [Event("mautic.lead_post_delete", payload)]


# --- companies ----------------------------------------------------------------------------------------------


def _company_row(conn, company_id: int):
    if company_id > store.MAX_ID:
        return None
    return conn.execute("SELECT * FROM crm_companies WHERE id = ?", (company_id,)).fetchone()


def _company_response(row, status=200, headers=None, deleted=False) -> Response:
    values = json.loads(row["field_values"])
    company = serialize.company(row, values, "B", deleted=deleted)
    return controller_response({"company": company}, status, headers)


def create_company(call: CrmCall) -> Outcome:
    if denied := _denied(call):
        return denied, []
    values = _submitted("company", call.body)
    if not values.get("companyname"):
        details = {"companyname": ["A value is required."]}
        return controller_error(400, "companyname: A value is required.", details), []
    with db.transaction(call.conn):
        cur = call.conn.execute(
            "INSERT INTO crm_companies (field_values, date_added, created_by, created_by_user) VALUES (?,?,?,?)",
            (json.dumps(values), store.now(), call.principal.user_id, call.principal.name),
        )
    row = _company_row(call.conn, cur.lastrowid)
    event = Event("mautic.company_post_save", {"company": serialize.company(row, values, "A")})
    return _company_response(row, 201, {"Location": f"/api/companies/{row['id']}"}), [event]


def edit_company(call: CrmCall) -> Outcome:
    if denied := _denied(call):
        return denied, []
    row = _company_row(call.conn, call.ids["id"])
    if row is None:
        return controller_error(404, NOT_FOUND), []
    old = json.loads(row["field_values"])
    values = {**old, **_submitted("company", call.body)}
    if values == old:
        return _company_response(row), []
    with db.transaction(call.conn):
        call.conn.execute(
            "UPDATE crm_companies SET field_values = ?, date_modified = ?, modified_by = ?, modified_by_user = ?"
            " WHERE id = ?",
            (json.dumps(values), store.now(), call.principal.user_id, call.principal.name, row["id"]),
        )
    saved = _company_row(call.conn, row["id"])
    event = Event("mautic.company_post_save", {"company": serialize.company(saved, values, "B")})
    return _company_response(saved), [event]


def delete_company(call: CrmCall) -> Outcome:
    if denied := _denied(call):
        return denied, []
    row = _company_row(call.conn, call.ids["id"])
    if row is None:
        return controller_error(404, NOT_FOUND), []
    with db.transaction(call.conn):
        call.conn.execute("DELETE FROM crm_companies WHERE id = ?", (row["id"],))
    values = json.loads(row["field_values"])
    payload = {"id": row["id"], "company": serialize.company(row, values, "B", deleted=True)}
    return _company_response(row, deleted=True), [Event("mautic.company_post_delete", payload)]
