"""The embedded inbox: one SQLite file in WAL mode, shared by every receiver and worker process on the machine.

WAL lets workers read while a receiver writes; each write is a short `BEGIN IMMEDIATE` transaction, so processes
queue on SQLite's lock (up to `busy_timeout`) instead of failing mid-way. A delivery is one row; `digest UNIQUE`
is the de-duplication, and the row of a handled delivery keeps its digest (its body is dropped) so a late
re-send is still recognised.

Durability: `synchronous=NORMAL` by default. In WAL mode a committed store then survives the death of any
process (SIGKILL, a crash, a redeploy), which is what the receiver's answer promises; an OS crash or a power cut
can lose the last commits, as Redis's default `appendfsync everysec` can. `?synchronous=full` fsyncs every
commit and survives those too, at a cost in latency measured in BENCHMARKS.md (one fsync per group commit)."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from mautic_hooks_receiver.inbox.base import Claimed, DeadLetter, InboxError, Status, digest

SCHEMA = """
CREATE TABLE IF NOT EXISTS deliveries (
    id INTEGER PRIMARY KEY,
    digest BLOB NOT NULL UNIQUE,
    body BLOB,                          -- NULL once handled: the digest alone de-duplicates
    status TEXT NOT NULL,               -- queued | dead | done
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    lease_until REAL NOT NULL DEFAULT 0,
    lease_owner TEXT,
    received_at REAL NOT NULL,
    error TEXT
);
CREATE INDEX IF NOT EXISTS by_status ON deliveries (status, next_attempt_at);
"""
POLL = 0.05  # seconds between looks at an empty queue


class SQLiteInbox:
    def __init__(self, path: str | Path, *, busy_timeout: float = 5.0, synchronous: str = "normal") -> None:
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        self._busy_timeout = busy_timeout
        if synchronous.upper() not in ("FULL", "NORMAL", "EXTRA"):
            raise ValueError(f"synchronous must be full, normal or extra, not {synchronous!r}")
        self._synchronous = synchronous.upper()
        self._local = threading.local()  # one connection per thread: sqlite3 connections are not shared
        self._connections: list[sqlite3.Connection] = []
        with self._write() as db:  # executescript would commit the transaction: one statement at a time
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            try:
                db = sqlite3.connect(
                    self.path, timeout=self._busy_timeout, isolation_level=None, check_same_thread=False
                )
                db.execute("PRAGMA journal_mode=WAL")
                db.execute(f"PRAGMA synchronous={self._synchronous}")
            except sqlite3.Error as error:
                raise InboxError(f"cannot open the SQLite inbox {self.path}: {error}") from None
            self._local.db = db
            self._connections.append(db)
        return db

    def _write(self) -> _Transaction:
        return _Transaction(self._db())

    def store_many(self, bodies: list[bytes]) -> list[bool]:
        now = time.time()
        with self._write() as db:
            return [
                db.execute(
                    "INSERT INTO deliveries (digest, body, status, next_attempt_at, received_at)"
                    " VALUES (?, ?, 'queued', ?, ?) ON CONFLICT (digest) DO NOTHING",
                    (digest(body), body, now, now),
                ).rowcount
                == 1
                for body in bodies
            ]

    def claim(self, consumer: str, visibility: float, block: float, count: int = 1) -> list[Claimed]:
        deadline = time.monotonic() + block
        while True:
            claimed = self._claim(consumer, visibility, count)
            if claimed or time.monotonic() >= deadline:
                return claimed
            time.sleep(POLL)

    def _claim(self, consumer: str, visibility: float, count: int) -> list[Claimed]:
        now = time.time()
        due = "status = 'queued' AND next_attempt_at <= ? AND lease_until <= ?"
        if not self._read(f"SELECT 1 FROM deliveries WHERE {due} LIMIT 1", (now, now)):
            return []  # a read: an idle worker never takes the write lock the receivers need
        with self._write() as db:
            rows = db.execute(
                "UPDATE deliveries SET lease_until = ?, lease_owner = ?, attempts = attempts + 1 WHERE id IN"
                f" (SELECT id FROM deliveries WHERE {due} ORDER BY next_attempt_at, id LIMIT ?)"
                " RETURNING id, body, attempts",
                (now + visibility, consumer, now, now, count),
            ).fetchall()
        return sorted(
            (Claimed(id=str(r[0]), body=r[1], attempts=r[2]) for r in rows), key=lambda c: int(c.id)
        )

    def extend(self, claimed: list[Claimed], consumer: str, visibility: float) -> None:
        with self._write() as db:
            db.executemany(
                "UPDATE deliveries SET lease_until = ? WHERE id = ? AND lease_owner = ? AND status = 'queued'",
                [(time.time() + visibility, int(c.id), consumer) for c in claimed],
            )

    def done(self, claimed: list[Claimed]) -> None:
        with self._write() as db:
            db.executemany(
                "UPDATE deliveries SET status = 'done', body = NULL, lease_until = 0, error = NULL WHERE id = ?",
                [(int(c.id),) for c in claimed],
            )

    def retry(self, claimed: Claimed, error: str, delay: float) -> None:
        with self._write() as db:
            db.execute(
                "UPDATE deliveries SET next_attempt_at = ?, lease_until = 0, error = ? WHERE id = ?",
                (time.time() + delay, error, int(claimed.id)),
            )

    def bury(self, claimed: Claimed, error: str) -> None:
        with self._write() as db:
            db.execute(
                "UPDATE deliveries SET status = 'dead', lease_until = 0, error = ? WHERE id = ?",
                (error, int(claimed.id)),
            )

    def release(self, claimed: Claimed) -> None:
        with self._write() as db:
            db.execute(
                "UPDATE deliveries SET lease_until = 0, attempts = attempts - 1 WHERE id = ? AND status = 'queued'",
                (int(claimed.id),),
            )

    def dead(self, limit: int = 100) -> list[DeadLetter]:
        rows = self._read(
            "SELECT id, body, attempts, error FROM deliveries WHERE status = 'dead' ORDER BY id LIMIT ?",
            (limit,),
        )
        return [DeadLetter(id=str(r[0]), body=r[1], attempts=r[2], error=r[3] or "") for r in rows]

    def requeue(self, ids: list[str] | None = None) -> int:
        reset = "UPDATE deliveries SET status = 'queued', attempts = 0, next_attempt_at = ?, lease_until = 0"
        with self._write() as db:
            if ids is None:
                return db.execute(reset + " WHERE status = 'dead'", (time.time(),)).rowcount
            return sum(
                db.execute(reset + " WHERE status = 'dead' AND id = ?", (time.time(), int(i))).rowcount
                for i in ids
            )

    def status(self) -> Status:
        now = time.time()
        ((queued, in_flight, dead),) = self._read(
            "SELECT COALESCE(SUM(status = 'queued' AND lease_until <= ?), 0),"
            " COALESCE(SUM(status = 'queued' AND lease_until > ?), 0), COALESCE(SUM(status = 'dead'), 0)"
            " FROM deliveries WHERE status IN ('queued', 'dead')",
            (now, now),
        )
        return Status(queued=queued, in_flight=in_flight, dead=dead)

    def _read(self, sql: str, parameters: tuple) -> list[tuple]:
        try:
            return self._db().execute(sql, parameters).fetchall()
        except sqlite3.Error as error:
            raise InboxError(f"the SQLite inbox could not be read: {error}") from None

    def close(self) -> None:
        for db in self._connections:
            db.close()
        self._connections.clear()
        self._local = threading.local()


class _Transaction:
    """`BEGIN IMMEDIATE` … `COMMIT`, rolled back on any error; SQLite's errors become InboxError."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise InboxError(f"the SQLite inbox is not writable: {error}") from None
        return self.db

    def __exit__(self, kind, error, traceback) -> None:
        if kind is not None:
            self.db.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise InboxError(f"the SQLite inbox could not be written: {error}") from None
            return
        try:
            self.db.execute("COMMIT")
        except sqlite3.Error as failure:
            self.db.execute("ROLLBACK")
            raise InboxError(f"the SQLite inbox could not commit: {failure}") from None
