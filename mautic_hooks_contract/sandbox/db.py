"""The SQLite file behind the sandbox: schema, connection settings and the fixed principals.

A real file in WAL mode so that ``sandbox.seed`` (or a test) can write while the server runs, and so
that data survives restarts. ``AUTOINCREMENT`` keeps ids from ever being reused, as MySQL's
auto-increment does for Mautic.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from . import collation
from .settings import Settings

# Text columns compare and sort case-insensitively, like MySQL's utf8mb4_unicode_ci collation.
SCHEMA = """
CREATE TABLE IF NOT EXISTS roles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    is_admin INTEGER NOT NULL,
    permissions TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    role_id INTEGER NOT NULL REFERENCES roles(id)
);
CREATE TABLE IF NOT EXISTS clients (
    id INTEGER PRIMARY KEY,
    public_id TEXT NOT NULL UNIQUE,
    secret TEXT NOT NULL,
    name TEXT NOT NULL,
    role_id INTEGER NOT NULL REFERENCES roles(id)
);
CREATE TABLE IF NOT EXISTS access_tokens (
    token TEXT PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS categories (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL COLLATE NOCASE,
    alias TEXT NOT NULL COLLATE NOCASE,
    description TEXT COLLATE NOCASE,
    color TEXT COLLATE NOCASE,
    bundle TEXT NOT NULL COLLATE NOCASE,
    is_published INTEGER NOT NULL DEFAULT 1,
    date_added TEXT,
    date_modified TEXT,
    created_by INTEGER,
    created_by_user TEXT COLLATE NOCASE,
    modified_by INTEGER,
    modified_by_user TEXT COLLATE NOCASE,
    checked_out TEXT,
    checked_out_by INTEGER,
    checked_out_by_user TEXT COLLATE NOCASE
);
-- name and secret are indexed strings, varchar(191) characters whatever their bytes
-- (app/bundles/CoreBundle/Doctrine/Mapping/ClassMetadataBuilder.php:23 MAX_VARCHAR_INDEXED_LENGTH, :398-419,
-- :471-474; app/bundles/WebhookBundle/Entity/Webhook.php:100,122): MySQL in strict mode refuses longer values,
-- which surfaces as the generic 500. SQLite's length() counts characters too, but only up to a NUL:
-- store.save_hook checks the lengths itself first.
CREATE TABLE IF NOT EXISTS hooks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL COLLATE NOCASE CHECK (length(name) <= 191),
    description TEXT COLLATE NOCASE,
    webhook_url TEXT NOT NULL COLLATE NOCASE,
    secret TEXT NOT NULL COLLATE NOCASE CHECK (length(secret) <= 191),
    events_orderby_dir TEXT COLLATE NOCASE,
    is_published INTEGER NOT NULL,
    date_added TEXT,
    date_modified TEXT,
    created_by INTEGER,
    created_by_user TEXT COLLATE NOCASE,
    modified_by INTEGER,
    modified_by_user TEXT COLLATE NOCASE,
    checked_out TEXT,
    checked_out_by INTEGER,
    checked_out_by_user TEXT COLLATE NOCASE,
    category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL
);
-- event_type is varchar(50) in Mautic (app/bundles/WebhookBundle/Entity/Event.php:59-62); a longer
-- value makes the database refuse the insert, which surfaces as a 500.
CREATE TABLE IF NOT EXISTS hook_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    hook_id INTEGER NOT NULL REFERENCES hooks(id) ON DELETE CASCADE,
    event_type TEXT NOT NULL CHECK (length(event_type) <= 50)
);
CREATE INDEX IF NOT EXISTS hook_events_by_hook ON hook_events(hook_id, id);
"""

ADMIN_USER_ID = 1
LIMITED_USER_ID = 2
CLIENT_ID = 1
# The limited role may see, edit, delete and publish only its own hooks, and create new ones
# (permission names: app/bundles/CoreBundle/Security/Permissions/AbstractPermissions.php:457-479).
LIMITED_PERMISSIONS = "viewown,editown,create,deleteown,publishown"


def connect(path: Path | str) -> sqlite3.Connection:
    """Open the database file, creating folders and schema on first use."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    # MariaDB's utf8mb4_unicode_ci for ORDER BY (listing.py names it) and for every LIKE (mautic_hooks_contract/sandbox/collation.py).
    conn.create_collation("UNICODE_CI", collation.compare)
    conn.create_function("like", 2, collation.like, deterministic=True)
    conn.create_function("like", 3, collation.like, deterministic=True)
    conn.executescript(SCHEMA)
    return conn


def password_hash(password: str) -> str:
    return hashlib.sha256(b"mautic-sandbox:" + password.encode()).hexdigest()


def install_principals(conn: sqlite3.Connection, settings: Settings) -> None:
    """(Re)write the two users, their roles and the OAuth2 client from the current settings."""
    with transaction(conn):
        conn.execute(
            "INSERT OR REPLACE INTO roles (id, name, is_admin, permissions) VALUES (1, 'Administrator', 1, ''),"
            " (2, 'Own webhooks only', 0, ?)",
            (LIMITED_PERMISSIONS,),
        )
        conn.execute("DELETE FROM users WHERE id NOT IN (?, ?)", (ADMIN_USER_ID, LIMITED_USER_ID))
        for user_id, (username, password), first, last, role in (
            (ADMIN_USER_ID, settings.admin, "Admin", "User", 1),
            (LIMITED_USER_ID, settings.limited, "Limited", "User", 2),
        ):
            conn.execute(
                "INSERT INTO users (id, username, password_hash, first_name, last_name, role_id)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET username=excluded.username,"
                " password_hash=excluded.password_hash",
                (user_id, f"\0{user_id}", password_hash(password), first, last, role),
            )
        for user_id, (username, _) in ((ADMIN_USER_ID, settings.admin), (LIMITED_USER_ID, settings.limited)):
            conn.execute("UPDATE users SET username = ? WHERE id = ?", (username, user_id))
        client_id, client_secret = settings.client
        conn.execute(
            "INSERT INTO clients (id, public_id, secret, name, role_id) VALUES (?, ?, ?, 'Sandbox Client', 1)"
            " ON CONFLICT(id) DO UPDATE SET public_id=excluded.public_id, secret=excluded.secret",
            (CLIENT_ID, client_id, client_secret),
        )


class transaction:
    """``with transaction(conn):`` — BEGIN IMMEDIATE … COMMIT, ROLLBACK on any exception."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        return False
