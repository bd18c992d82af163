"""Reading and writing hooks (with their triggers and category) as plain dicts.

A hook dict uses the API's camelCase names plus ``category_id``; ``category`` holds the joined
category row (or None) and ``triggers`` the event types in insertion order, which is the order
Mautic's events collection has (no ORDER BY on the association, Webhook.php:104-111).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, datetime

from ..php.values import php_string

HOOK_SELECT = (
    "SELECT h.id, h.name, h.description, h.webhook_url, h.secret, h.events_orderby_dir, h.is_published,"
    " h.date_added, h.date_modified, h.created_by, h.created_by_user, h.modified_by, h.modified_by_user,"
    " h.category_id, cat.id AS cat_id, cat.title AS cat_title, cat.alias AS cat_alias,"
    " cat.description AS cat_description, cat.color AS cat_color, cat.bundle AS cat_bundle,"
    " cat.created_by_user AS cat_created_by_user, cat.modified_by_user AS cat_modified_by_user"
    " FROM hooks h LEFT JOIN categories cat ON cat.id = h.category_id"
)


def now() -> str:
    """Database timestamp, UTC to the second (JMS format ``c`` has no fractions)."""
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")


def new_secret() -> str:
    """64 lowercase hex characters, the shape of ``hash('sha256', uniqid(mt_rand(), true))``
    (app/bundles/WebhookBundle/Model/WebhookModel.php:142-149)."""
    return hashlib.sha256(os.urandom(32)).hexdigest()


def row_to_hook(row: sqlite3.Row, triggers: list[str]) -> dict:
    category = None
    if row["cat_id"] is not None:
        category = {
            "id": row["cat_id"],
            "title": row["cat_title"],
            "alias": row["cat_alias"],
            "description": row["cat_description"],
            "color": row["cat_color"],
            "bundle": row["cat_bundle"],
            "created_by_user": row["cat_created_by_user"],
            "modified_by_user": row["cat_modified_by_user"],
        }
    return {
        "id": row["id"],
        "name": row["name"],
        "description": row["description"],
        "webhookUrl": row["webhook_url"],
        "secret": row["secret"],
        "eventsOrderbyDir": row["events_orderby_dir"],
        "isPublished": bool(row["is_published"]),
        "dateAdded": row["date_added"],
        "dateModified": row["date_modified"],
        "createdBy": row["created_by"],
        "createdByUser": row["created_by_user"],
        "modifiedBy": row["modified_by"],
        "modifiedByUser": row["modified_by_user"],
        "category_id": row["category_id"],
        "category": category,
        "triggers": triggers,
    }


def triggers_by_hook(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {i: [] for i in ids}
    if not ids:
        return found
    marks = ",".join("?" * len(ids))
    for hook_id, event_type in conn.execute(
        f"SELECT hook_id, event_type FROM hook_events WHERE hook_id IN ({marks}) ORDER BY id", ids
    ):
        found[hook_id].append(event_type)
    return found


# The route accepts any run of digits (`\d+`, CoreSubscriber.php:312-317); a number beyond the id column's
# range simply matches no row in MySQL (404), where SQLite would refuse to bind it.
MAX_ID = 2**63 - 1


def load_hook(conn: sqlite3.Connection, hook_id: int) -> dict | None:
    if hook_id > MAX_ID:
        return None
    row = conn.execute(HOOK_SELECT + " WHERE h.id = ?", (hook_id,)).fetchone()
    if row is None:
        return None
    triggers = [
        r[0]
        for r in conn.execute("SELECT event_type FROM hook_events WHERE hook_id = ? ORDER BY id", (hook_id,))
    ]
    return row_to_hook(row, triggers)


def load_hooks(conn: sqlite3.Connection, sql: str, params: list) -> list[dict]:
    """Run a SELECT built on HOOK_SELECT and attach triggers with one extra query."""
    rows = conn.execute(sql, params).fetchall()
    triggers = triggers_by_hook(conn, [r["id"] for r in rows])
    return [row_to_hook(r, triggers[r["id"]]) for r in rows]


_CATEGORY_KEYS = (
    "id",
    "title",
    "alias",
    "description",
    "color",
    "bundle",
    "created_by_user",
    "modified_by_user",
)


def category_exists(conn: sqlite3.Connection, category_id: int) -> dict | None:
    row = conn.execute(
        f"SELECT {', '.join(_CATEGORY_KEYS)} FROM categories WHERE id = ?",
        (category_id,),
    ).fetchone()
    return None if row is None else dict(zip(_CATEGORY_KEYS, row, strict=True))


FORM_ENTITY_PROPERTIES = {
    "isPublished": "is_published",
    "dateAdded": "date_added",
    "dateModified": "date_modified",
    "createdBy": "created_by",
    "createdByUser": "created_by_user",
    "modifiedBy": "modified_by",
    "modifiedByUser": "modified_by_user",
    "checkedOut": "checked_out",
    "checkedOutBy": "checked_out_by",
    "checkedOutByUser": "checked_out_by_user",
}
# Entity property names (DQL has no camelCase→snake_case mapping on this path), per alias.
HOOK_PROPERTIES = {
    "id": "id",
    "name": "name",
    "description": "description",
    "webhookUrl": "webhook_url",
    "secret": "secret",
    "eventsOrderbyDir": "events_orderby_dir",
    **FORM_ENTITY_PROPERTIES,
}
# The columns a save writes: every property but the id and the (unused) check-out stamps, plus the category.
_COLUMNS = {
    **{k: v for k, v in HOOK_PROPERTIES.items() if k != "id" and not k.startswith("checkedOut")},
    "category_id": "category_id",
}


def save_hook(conn: sqlite3.Connection, hook: dict, old_triggers: list[str] | None) -> None:
    """Insert (``id`` None) or update a hook and sync its event rows; sets ``hook['id']`` on insert.

    Runs inside the caller's transaction so a refused trigger (over 50 characters) rolls it all back.
    """
    _refuse_too_long(hook)
    values = [int(hook[k]) if k == "isPublished" else hook[k] for k in _COLUMNS]
    if hook["id"] is None:
        cols = ", ".join(_COLUMNS.values())
        cur = conn.execute(f"INSERT INTO hooks ({cols}) VALUES ({','.join('?' * len(values))})", values)
        hook["id"] = cur.lastrowid
    else:
        sets = ", ".join(f"{c} = ?" for c in _COLUMNS.values())
        conn.execute(f"UPDATE hooks SET {sets} WHERE id = ?", [*values, hook["id"]])
    stored = [php_string(t) for t in hook["triggers"]]  # the column holds each item's PHP string form
    if old_triggers is not None and old_triggers == stored:
        return
    if old_triggers is None or stored[: len(old_triggers)] != old_triggers:
        conn.execute("DELETE FROM hook_events WHERE hook_id = ?", (hook["id"],))
        added = stored
    else:
        added = stored[len(old_triggers) :]
    conn.executemany(
        "INSERT INTO hook_events (hook_id, event_type) VALUES (?, ?)", [(hook["id"], t) for t in added]
    )


LONGEST_INDEXED = 191  # name, secret: varchar(191) (db.py has the sources)
LONGEST_TRIGGER = 50  # events.event_type: varchar(50)


def _refuse_too_long(hook: dict) -> None:
    """MariaDB counts every character; the schema's CHECKs cannot, as SQLite's length() stops at a NUL (a
    51-character trigger with a NUL inside is refused by a real Mautic, measured on 5.1.0)."""
    texts = [hook["name"], hook["secret"]]
    if any(isinstance(t, str) and len(t) > LONGEST_INDEXED for t in texts) or any(
        len(php_string(t)) > LONGEST_TRIGGER for t in hook["triggers"]
    ):
        raise sqlite3.IntegrityError("value too long for its column")


def delete_hook(conn: sqlite3.Connection, hook_id: int) -> None:
    conn.execute("DELETE FROM hooks WHERE id = ?", (hook_id,))
