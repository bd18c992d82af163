"""Which category the run attaches to its hooks: MAUTIC_CATEGORY_ID, or one found read-only.

A hook answers its category as an object (id, title, alias, description, color, bundle, ...); only a hook
that has one can show it. Mautic answers 500 for an unknown category id, so the suite never invents one:
given no MAUTIC_CATEGORY_ID it asks Mautic's categories API for a webhook category, the first by id
(`GET /api/categories`, app/bundles/CategoryBundle/Config/config.php:27-34; `bundle=webhook` makes the
permission `webhook:categories:view`, app/bundles/CategoryBundle/Model/CategoryModel.php:61-72), and when
that API refuses, takes the category of an existing hook. One request, two when the API refuses; nothing
is written. With none found, the category clauses skip and say why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from mautic_hooks_contract.runner.api import hooks_in

# What the categories API and a hook's nested category both show (Category.php:90-103).
FIELDS = ("id", "title", "alias", "description", "color", "bundle")


@dataclass(frozen=True)
class CategoryChoice:
    id: int | None
    record: dict[str, Any] | None  # the category as Mautic answered it where it was found, if it was
    how: str  # how it was chosen, or why there is none (shown when the category clauses skip)


def choose(http: httpx.Client, configured: int | None) -> CategoryChoice:
    where = ("id", configured) if configured is not None else ("bundle", "webhook")
    params = {
        "bundle": "webhook",
        "where[0][col]": where[0],
        "where[0][expr]": "eq",
        "where[0][val]": str(where[1]),
        "orderBy": "id",
        "limit": 1,
    }
    listed = http.get("/categories", params=params)
    found = _first(listed, "categories")
    if configured is not None:
        return CategoryChoice(configured, found, "MAUTIC_CATEGORY_ID")
    if found is not None:
        return CategoryChoice(found["id"], found, f"webhook category {found['id']} (GET /api/categories)")
    if listed.status_code == 200:
        return CategoryChoice(
            None, None, "the instance has no webhook category and MAUTIC_CATEGORY_ID is unset"
        )
    hook = _first(http.get("/hooks", params={"search": "!is:uncategorized", "limit": 1}), "hooks")
    category = hook.get("category") if hook else None
    if isinstance(category, dict) and isinstance(category.get("id"), int):
        return CategoryChoice(category["id"], category, f"category {category['id']} of hook {hook['id']}")
    return CategoryChoice(
        None,
        None,
        f"GET /api/categories answered {listed.status_code}, no hook has a category, and MAUTIC_CATEGORY_ID "
        "is unset",
    )


def _first(response: httpx.Response, member: str) -> dict[str, Any] | None:
    if response.status_code != 200:
        return None
    try:
        entries = hooks_in(response.json().get(member))
    except (ValueError, AttributeError):
        return None
    first = entries[0] if entries else None
    return first if isinstance(first, dict) and isinstance(first.get("id"), int) else None
