"""Contacts, companies and tags in the sandbox's SQLite file. Field values are one JSON object per entity,
keyed by field alias (the definitions live in fields.json)."""

from __future__ import annotations

import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS crm_contacts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    points INTEGER NOT NULL DEFAULT 0,
    field_values TEXT NOT NULL,
    tag_ids TEXT NOT NULL DEFAULT '[]',
    date_added TEXT NOT NULL,
    date_modified TEXT,
    created_by INTEGER,
    created_by_user TEXT,
    modified_by INTEGER,
    modified_by_user TEXT,
    date_identified TEXT
);
CREATE TABLE IF NOT EXISTS crm_companies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    field_values TEXT NOT NULL,
    date_added TEXT NOT NULL,
    date_modified TEXT,
    created_by INTEGER,
    created_by_user TEXT,
    modified_by INTEGER,
    modified_by_user TEXT
);
CREATE TABLE IF NOT EXISTS crm_tags (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tag TEXT NOT NULL UNIQUE
);
"""


def install(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)
