"""Deterministic sample data: categories and hooks owned by either user.

Usable before or while a server runs (the database is in WAL mode). Hooks made here get real
owners so own/other permissions can be exercised; some are unpublished and uncategorized.
"""

from __future__ import annotations

import random
from pathlib import Path

from . import db, store
from .triggers import KEYS


def seed(
    db_path: Path | str, hooks: int = 10, categories: int = 3, seed: int = 0, without_triggers=()
) -> list[int]:
    """Insert ``categories`` categories and ``hooks`` hooks; return the new hook ids in order.
    ``without_triggers`` are left out of the drawn triggers (the same draws, so the rest of the data is
    unchanged)."""
    rng = random.Random(seed)
    conn = db.connect(db_path)
    try:
        stamp = store.now()
        with db.transaction(conn):
            category_ids = []
            for n in range(1, categories + 1):
                cur = conn.execute(
                    "INSERT INTO categories (title, alias, description, color, bundle, date_added,"
                    " created_by, created_by_user) VALUES (?, ?, ?, ?, 'webhook', ?, 1, 'Admin User')",
                    (
                        f"Seed category {n}",
                        f"seed-category-{n}",
                        None,
                        f"{rng.randrange(0x1000000):06x}",
                        stamp,
                    ),
                )
                category_ids.append(cur.lastrowid)
            ids = []
            for n in range(1, hooks + 1):
                owner = rng.choice(((db.ADMIN_USER_ID, "Admin User"), (db.LIMITED_USER_ID, "Limited User")))
                hook = {
                    **_blank(),
                    "name": f"Seed hook {n:04d}",
                    "description": f"Seeded hook number {n}" if rng.random() < 0.5 else None,
                    "webhookUrl": f"http://127.0.0.1:9/sink/{n}",
                    "secret": store.new_secret(),
                    "isPublished": rng.random() < 0.6,
                    "dateAdded": stamp,
                    "createdBy": owner[0],
                    "createdByUser": owner[1],
                    "category_id": rng.choice(category_ids) if category_ids and rng.random() < 0.6 else None,
                    "triggers": [t for t in rng.sample(KEYS, rng.randint(0, 3)) if t not in without_triggers],
                }
                store.save_hook(conn, hook, None)
                ids.append(hook["id"])
        return ids
    finally:
        conn.close()


def _blank() -> dict:
    from .forms import blank_hook

    return blank_hook()
