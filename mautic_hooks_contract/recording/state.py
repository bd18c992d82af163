"""What the recorded server held, as its answers showed it, and bringing the target back to that (Resync).

After a write whose two answers differ, the target is corrected so that one difference is counted once,
where it happens, and not again in every later list that would only echo it (README "Resync"). The
corrective requests are not counted; the hooks they touch have their modification stamps left uncompared.
"""

from __future__ import annotations

import re

from .format import Exchange
from .ids import IdMap, keyed_items
from .target import Target

HOOK_KEYS = frozenset(
    {"isPublished", "dateAdded", "createdBy", "id", "name", "webhookUrl", "secret", "category", "triggers"}
)
_PATH_ID = re.compile(r"/api/hooks/0*(\d+)(?:/|$)")
# Who creates a hook again, by the recorded createdBy: user 1, user 2, or the client's pseudo user.
_CREATOR = {1: "admin-basic", 2: "limited-basic", None: "oauth-admin"}


def _full(hook) -> bool:
    return isinstance(hook, dict) and HOOK_KEYS <= hook.keys() and isinstance(hook.get("id"), int)


def path_id(path: str) -> int | None:
    match = _PATH_ID.search(path.partition("?")[0])
    return int(match.group(1)) if match else None


def answer_ids(payload) -> list[int]:
    """Hook ids an answer shows (``hook.id``, ``hooks.*.id``)."""
    if not isinstance(payload, dict):
        return []
    hooks = [payload.get("hook"), *keyed_items(payload.get("hooks")).values()]
    return [h["id"] for h in hooks if isinstance(h, dict) and isinstance(h.get("id"), int)]


class RecordedState:
    def __init__(self) -> None:
        self.hooks: dict[int, dict] = {}

    def observe(self, exchange: Exchange, payload) -> None:
        if not isinstance(payload, dict) or exchange.status not in (200, 201):
            return
        path = exchange.path.partition("?")[0]
        errors = keyed_items(payload.get("errors"))
        if exchange.method == "DELETE":
            if path.endswith("/batch/delete"):
                for key, hook in keyed_items(payload.get("hooks")).items():
                    if key not in errors and isinstance(hook, dict) and isinstance(hook.get("id"), int):
                        self.hooks.pop(hook["id"], None)
            elif (n := path_id(path)) is not None:
                self.hooks.pop(n, None)
            return
        if "?" in exchange.path and "select" in exchange.path:
            return  # partial objects
        if _full(payload.get("hook")):
            self.hooks[payload["hook"]["id"]] = payload["hook"]
        for key, hook in keyed_items(payload.get("hooks")).items():
            if key not in errors and _full(hook):
                self.hooks[hook["id"]] = hook


def _form(hook: dict) -> dict:
    category = hook.get("category")
    return {
        "name": hook.get("name"),
        "description": hook.get("description"),
        "webhookUrl": hook.get("webhookUrl"),
        "secret": hook.get("secret"),
        "eventsOrderbyDir": hook.get("eventsOrderbyDir"),
        "isPublished": hook.get("isPublished"),
        "category": category.get("id") if isinstance(category, dict) else None,
        "triggers": hook.get("triggers") or [],
    }


def resync(
    target: Target, ids: IdMap, state: RecordedState, exchange: Exchange, recorded, actual
) -> set[int]:
    """Correct the target for the hooks this write touched; return the target ids it changed."""
    touched: set[int] = set()
    recorded_ids = set(answer_ids(recorded))
    if (n := path_id(exchange.path)) is not None:
        recorded_ids.add(n)
    target_only = []
    for m in answer_ids(actual):
        if m in ids.to_recorded:
            recorded_ids.add(ids.to_recorded[m])
        else:
            target_only.append(m)
    for n in sorted(recorded_ids):
        expected = state.hooks.get(n)
        m = ids.to_target.get(n)
        exists = m is not None and target.json_call("GET", f"/api/hooks/{m}").status == 200
        if expected is None:
            if exists:
                target.json_call("DELETE", f"/api/hooks/{m}/delete")
                touched.add(m)
            continue
        if exists:
            target.json_call("PUT", f"/api/hooks/{m}/edit", payload=_form(expected))
            touched.add(m)
            continue
        creator = _CREATOR.get(expected.get("createdBy"), "oauth-admin")
        made = target.json_call("POST", "/api/hooks/new", identity=creator, payload=_form(expected)).json()
        if isinstance(made, dict) and isinstance(made.get("hook"), dict):
            ids.pair(n, made["hook"]["id"])
            touched.add(made["hook"]["id"])
    for m in target_only:
        if target.json_call("GET", f"/api/hooks/{m}").status == 200:
            target.json_call("DELETE", f"/api/hooks/{m}/delete")
    return touched


def clear_target(target: Target) -> None:
    """Delete every hook on the target (group boundaries: each probe group starts with none)."""
    listing = target.json_call("GET", "/api/hooks?limit=0&orderBy=id").json()
    ids = [int(k) for k in keyed_items(listing.get("hooks") if isinstance(listing, dict) else None)]
    for start in range(0, len(ids), 100):
        chunk = ",".join(map(str, ids[start : start + 100]))
        target.json_call("DELETE", f"/api/hooks/batch/delete?ids={chunk}")
