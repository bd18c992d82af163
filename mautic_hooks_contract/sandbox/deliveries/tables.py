"""The delivery tables: Mautic's ``webhook_logs`` and ``webhook_queue``, in the sandbox's SQLite file."""

from __future__ import annotations

import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS webhook_logs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    hook_id INTEGER NOT NULL,
    status_code TEXT NOT NULL,
    runtime REAL NOT NULL,
    note TEXT,
    date_added TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS webhook_logs_by_hook ON webhook_logs(hook_id, id);
CREATE TABLE IF NOT EXISTS webhook_queue (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    hook_id INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    date_added TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS webhook_queue_by_hook ON webhook_queue(hook_id, id);
-- Subscribers of a trigger, looked up for every event (Dispatcher.listened, .subscribers).
CREATE INDEX IF NOT EXISTS hook_events_by_type ON hook_events(event_type, hook_id);
"""


def install(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)


def logs(conn: sqlite3.Connection, hook_id: int) -> list[dict]:
    """A hook's log rows, oldest first, as Mautic's webhook_logs columns."""
    rows = conn.execute(
        "SELECT id, status_code, runtime, note, date_added FROM webhook_logs WHERE hook_id = ? ORDER BY id",
        (hook_id,),
    )
    return [
        {"id": r[0], "status_code": r[1], "runtime": r[2], "note": r[3], "date_added": r[4]} for r in rows
    ]
