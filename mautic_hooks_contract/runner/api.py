"""The suite's own HTTP client for /api/hooks, and the ledger of hooks this run owns.

Property tests talk to Mautic through `HooksApi` (plain httpx, real HTTP). Every hook the suite creates goes
through `Ledger`, which stamps the safety marks on the body (reserved name prefix, unpublished, a sink URL
nobody listens on) and records the id, so that cleanup deletes exactly what this run made and nothing else.
"""

from __future__ import annotations

import secrets
import shlex
import time
from collections.abc import Iterable
from typing import Any

import httpx

from mautic_hooks_contract.runner.defects import LONGEST_TEXT
from mautic_hooks_contract.runner.redact import redact

# Every hook the suite creates is named with this prefix; `make sweep` deletes only hooks whose name starts
# with it. Nothing else on an instance can be touched by a sweep.
RESERVED_PREFIX = "mhc-contract-"
# Loopback discard port: if Mautic ever fired one of our hooks, the request would go nowhere.
SINK_URL = "http://127.0.0.1:9/mautic-hooks-contract-sink"
CLEANUP_BATCH = 100  # ids per batch delete: well inside any URL length limit


def hooks_in(found: Any) -> list[Any]:
    """The entries of a `hooks` member, whichever JSON shape PHP gave it: an object keyed by id or position,
    a list, or nothing."""
    return list(found.values()) if isinstance(found, dict) else list(found) if isinstance(found, list) else []


def new_run_prefix() -> str:
    return f"{RESERVED_PREFIX}{time.strftime('%Y%m%d%H%M%S')}-{secrets.token_hex(2)}-"


def as_curl(request: httpx.Request) -> str:
    """A reproducing curl command, credentials redacted."""
    parts = ["curl", "-X", request.method]
    for name, value in request.headers.items():
        if name.lower() in ("host", "content-length", "accept-encoding", "connection", "user-agent"):
            continue
        parts += ["-H", f"{name}: {value}"]
    body = request.content
    if body:
        parts += ["--data-raw", body.decode("utf-8", "replace")]
    parts.append(str(request.url))
    return redact(" ".join(shlex.quote(p) for p in parts))


def describe(response: httpx.Response) -> str:
    """Request and response in a few lines for a failure message (redacted)."""
    body = response.text
    if len(body) > 1500:
        body = body[:1500] + "…"
    return redact(f"\n  reproduce: {as_curl(response.request)}\n  got: HTTP {response.status_code} {body}")


class HooksApi:
    """Thin calls on /api/hooks; returns raw httpx responses so tests can assert on every detail."""

    def __init__(
        self,
        api_url: str,
        auth: httpx.Auth | None,
        *,
        verify: bool = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.http = httpx.Client(base_url=api_url, auth=auth, verify=verify, timeout=30, transport=transport)

    def close(self) -> None:
        self.http.close()

    def list(self, **params: Any) -> httpx.Response:
        return self.http.get("/hooks", params=params)

    def get(self, hook_id: int) -> httpx.Response:
        return self.http.get(f"/hooks/{hook_id}")

    def create(self, body: dict[str, Any]) -> httpx.Response:
        return self.http.post("/hooks/new", json=body)

    def replace(self, hook_id: int, body: dict[str, Any]) -> httpx.Response:
        return self.http.put(f"/hooks/{hook_id}/edit", json=body)

    def update(self, hook_id: int, body: dict[str, Any]) -> httpx.Response:
        return self.http.patch(f"/hooks/{hook_id}/edit", json=body)

    def delete(self, hook_id: int) -> httpx.Response:
        return self.http.delete(f"/hooks/{hook_id}/delete")

    def create_batch(self, items: list[dict[str, Any]]) -> httpx.Response:
        return self.http.post("/hooks/batch/new", json=items)

    def update_batch(self, items: list[dict[str, Any]]) -> httpx.Response:
        return self.http.patch("/hooks/batch/edit", json=items)

    def delete_batch(self, ids: Iterable[int]) -> httpx.Response:
        return self.http.delete("/hooks/batch/delete", params={"ids": ",".join(map(str, ids))})

    def triggers(self) -> httpx.Response:
        return self.http.get("/hooks/triggers")


class Ledger:
    """The hooks this run created: the only ones it may edit or delete."""

    def __init__(self, prefix: str, category_id: int | None = None) -> None:
        self.prefix = prefix
        self.category_id = category_id
        self.ids: set[int] = set()
        # Contacts the delivery clauses created (contract_tests/test_delivery.py).
        self.contacts: set[int] = set()

    def mark_name(self, name: Any) -> str:
        """The run's prefix and `name`, cut to the 191 characters the column holds (LONGEST_TEXT). A name that
        already has the prefix keeps it once: checks re-send a steered case, and it passes here again."""
        text = name if isinstance(name, str) else ""
        return (text if text.startswith(self.prefix) else self.prefix + text)[:LONGEST_TEXT]

    def mark(
        self, body: dict[str, Any], *, publish: bool = False, webhook_url: str = SINK_URL
    ) -> dict[str, Any]:
        """Apply the safety marks to a create/replace body: prefixed name, sink URL (or the run's own
        receiver, for the delivery clauses), unpublished."""
        marked = dict(body)
        marked["name"] = self.mark_name(marked.get("name"))
        marked["webhookUrl"] = webhook_url
        if not publish:
            marked["isPublished"] = False
        return marked

    def record(self, response: httpx.Response) -> None:
        try:
            body = response.json()
        except ValueError:
            body = None
        self.record_parts(response.request.method, response.status_code, body)

    def record_parts(self, method: str, status: int, body: Any) -> None:
        """Remember every hook a write response shows as created or saved under our prefix."""
        if status not in (200, 201) or method not in ("POST", "PUT", "PATCH") or not isinstance(body, dict):
            return
        single = [body["hook"]] if isinstance(body.get("hook"), dict) else []
        for hook in single + hooks_in(body.get("hooks")):
            ours = isinstance(hook, dict) and str(hook.get("name") or "").startswith(RESERVED_PREFIX)
            if ours and isinstance(hook.get("id"), int):
                self.ids.add(hook["id"])

    def forget(self, hook_id: int) -> None:
        self.ids.discard(hook_id)

    def create(
        self, api: HooksApi, *, publish: bool = False, webhook_url: str = SINK_URL, **fields: Any
    ) -> dict[str, Any]:
        """Create one owned hook and return it as Mautic serialized it."""
        fields.setdefault("triggers", ["mautic.lead_points_change"])
        if self.category_id is not None:
            fields.setdefault("category", self.category_id)
        response = api.create(self.mark(fields, publish=publish, webhook_url=webhook_url))
        if response.status_code != 201:
            raise AssertionError(f"could not create a hook to test with{describe(response)}")
        self.record(response)
        return response.json()["hook"]

    def cleanup(self, api: HooksApi) -> None:
        """Delete every hook this run owns, in batches (a run may own hundreds). The instance under test may
        be the one whose batch delete is broken: `Run.close` sweeps the run's prefix afterwards, one by one."""
        owned = sorted(self.ids)
        for start in range(0, len(owned), CLEANUP_BATCH):
            api.delete_batch(owned[start : start + CLEANUP_BATCH])
        self.ids.clear()
        for contact_id in sorted(self.contacts):
            api.http.delete(f"/contacts/{contact_id}/delete")
        self.contacts.clear()


def sweep(api: HooksApi, prefix: str = RESERVED_PREFIX) -> list[int]:
    """Delete every hook whose name starts with `prefix` (leftovers of interrupted runs)."""
    response = api.list(search=prefix, limit=0)
    response.raise_for_status()
    ids = [
        hook["id"]
        for hook in hooks_in(response.json().get("hooks"))
        if str(hook.get("name") or "").startswith(prefix) and prefix.startswith(RESERVED_PREFIX)
    ]
    for hook_id in ids:
        api.delete(hook_id)
    return ids


def expect_status(response: httpx.Response, *statuses: int) -> Any:
    """Assert the status, with a reproducing curl in the message; returns the JSON body."""
    assert response.status_code in statuses, (
        f"expected HTTP {' or '.join(map(str, statuses))}{describe(response)}"
    )
    return response.json()
