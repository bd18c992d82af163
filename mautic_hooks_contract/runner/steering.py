"""Schemathesis hooks that keep generated requests from touching anything the run does not own.

Schemathesis generates ids, names and URLs freely, and Mautic's ids are small sequential integers, so a
generated `DELETE /hooks/3/delete` would delete somebody's hook. Before every call (every phase, including
re-sent requests of checks, which reuse the steered case):

- a write to `/hooks/{id}/...`, a batch-edit item's `id` and the batch-delete `ids` point at a hook this run
  created or at an id that exists nowhere; no owned hook comes twice in one batch (Mautic saves a copy of it
  or answers 500, a known defect the generated batches would otherwise meet at random), and an owned hook
  a generated write gave a NUL is retired (Mautic stored it, then answers 500 to every later change of that
  text and to the delete: `Run.retire`);
- every hook body gets the run's name prefix, `isPublished: false` and the sink URL; a `category` is pinned
  to a known category (or dropped: Mautic 500s on unknown ids);
- `where`, `order` and `select[]` are dropped: they reach the query unchecked or change the representation
  (documented in openapi.yaml, not fuzzable against a fixed schema).

After every call the ledger records created hooks (a PUT on a missing id creates one) so cleanup finds them.
"""

from __future__ import annotations

import json
from typing import Any

import schemathesis

from mautic_hooks_contract.runner.api import SINK_URL
from mautic_hooks_contract.runner.defects import AUDITED_TEXT, audited, keeps_nul
from mautic_hooks_contract.runner.run import POOL_SIZE, current

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
BATCH_BODIES = frozenset({"createHooks", "replaceHooks", "updateHooks"})
UNFUZZED_QUERY = frozenset({"where", "order", "select"})  # also in PHP array form: where[0][col], select[]


def operation_id(case: Any) -> str:
    return str(case.operation.definition.raw.get("operationId", ""))


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    run = current()
    method = case.method.upper()
    if isinstance(case.query, dict):
        for name in [n for n in case.query if n.split("[", 1)[0] in UNFUZZED_QUERY]:
            del case.query[name]
    if method in SAFE_METHODS:
        return
    if run.settings.readonly:
        raise RuntimeError(f"read-only mode must not send {method} {case.path}")  # filtered out at load time
    key = _case_key(case)
    if isinstance(case.path_parameters, dict) and "id" in case.path_parameters:
        case.path_parameters["id"] = run.steer_id(key + ":path")
    if operation_id(case) == "deleteHooks" and isinstance(case.query, dict):
        _steer_batch_delete_ids(case.query, key)
    if operation_id(case) in BATCH_BODIES and isinstance(case.body, (list, dict)):
        # Mautic iterates a batch body's values, whether it is a JSON list or an object.
        seen: set[int] = set()
        items = case.body if isinstance(case.body, list) else case.body.values()
        for index, item in enumerate(items):
            _steer_body(item, method, batch=True, seen=seen, key=f"{key}:{index}")
    else:
        _steer_body(case.body, method, batch=False)
        _retire_if_nul(case.body, case.path_parameters.get("id") if case.path_parameters else None)


def _case_key(case: Any) -> str:
    """What the generated case is, before any steering, without its path id (a link may take that from an
    answer): the same case drawn again gets the same key."""
    parts = (case.method.upper(), getattr(case, "path", ""), case.query, case.body)
    return json.dumps(parts, sort_keys=True, default=repr, ensure_ascii=False)


def _steer_batch_delete_ids(query: dict[str, Any], key: str) -> None:
    """Mautic reads `ids=1,2` and the PHP array form `ids[]=1`; whatever form was generated, send
    `ids` with at most five steered ids (BatchIdToEntityHelper.php:91-126)."""
    keys = [key for key in query if key.split("[", 1)[0] == "ids"]
    if not keys:
        return
    values = [query.pop(key) for key in keys]
    parts = [part for value in values for item in (value if isinstance(value, list) else [value])
             for part in str(item).split(",")]  # fmt: skip
    run = current()
    query["ids"] = ",".join(str(run.steer_id(f"{key}:{index}")) for index, _ in enumerate(parts[:5]))


def _steer_body(body: Any, method: str, *, batch: bool, seen: set[int] | None = None, key: str = "") -> None:
    if not isinstance(body, dict):
        return
    run = current()
    if batch and "id" in body:
        body["id"] = run.steer_id(key, avoid=seen if seen is not None else frozenset())
        if seen is not None:
            seen.add(body["id"])
    creates = method in ("POST", "PUT")  # POST creates; PUT may create and resets what it does not receive
    if creates or "name" in body:
        body["name"] = run.ledger.mark_name(body.get("name"))
    if creates or "webhookUrl" in body:
        body["webhookUrl"] = SINK_URL
    if creates or "isPublished" in body:
        body["isPublished"] = False
    if body.get("category") is not None:
        if run.category_id is None:
            del body["category"]
        else:
            body["category"] = run.category_id
    if batch:  # after the prefix: a NUL it moves off the edge is no longer trimmed
        _retire_if_nul(body, body.get("id"))


def _retire_if_nul(body: Any, hook_id: Any) -> None:
    """An owned hook this write gives a NUL in an audited text is stored so, although Mautic answers 500."""
    if (
        isinstance(body, dict)
        and isinstance(hook_id, int)
        and any(keeps_nul(audited(body, k)) for k in AUDITED_TEXT)
    ):
        current().retire(hook_id)


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    run = current()
    run.ledger.record_parts(case.method.upper(), response.status_code, json_body(response))
    if operation_id(case) == "deleteHook" and response.status_code == 200:
        run.ledger.forget(case.path_parameters.get("id"))
    if case.method.upper() not in SAFE_METHODS and len(run.pool) < POOL_SIZE:
        run.fill_pool()  # after a delete or a retirement


def json_body(response: Any) -> Any:
    """A schemathesis response's JSON, or None when the body is not JSON (the schema checks judge that)."""
    try:
        return response.json()
    except Exception:  # noqa: BLE001 - any non-JSON body counts as no JSON
        return None
