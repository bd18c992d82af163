"""Contract checks schemathesis lacks for Mautic, or has in a form Mautic's contract contradicts.

- Server errors go through the known-defect baseline instead of failing blindly (`server_error`).
- Mautic's URL layout (`/hooks/new`, `/hooks/{id}/delete`) defeats the built-in `use_after_free` and
  `ensure_resource_availability` (../shared/toolchain-notes.md §4): `created_hook_is_readable` and
  `deleted_hook_is_gone` do the follow-up GET themselves.
- Mautic answers an unsupported method with its catch-all 404, never 405 (PageBundle/Config/config.php:64-71),
  so `unsupported_method_is_404` replaces the built-in 405 check.
- Mautic ignores unknown fields, coerces types and strips characters from `orderBy`/`orderByDir` on purpose
  (allow_extra_fields, CommonApiController.php:339-353; CommonRepository.php:1327-1333), so negative data is
  only expected to be rejected where Mautic validates it: the path id, whose route takes digits only
  (CoreSubscriber.php:312-317) (`negative_data_rejected_where_validated`). The rest of the input validation
  is covered by the property tests (test_lifecycle.py: required fields, URL scheme, direction).
- The list's keys must be the hooks' own ids, which no JSON Schema can say (`hooks_keyed_by_their_id`).
- Authentication is a property of the operation, not of each response: the built-in `ignored_auth` re-sends
  every successful request without and with wrong credentials (over 40% of a run's requests);
  `authentication_enforced` does it once per operation, with credentials that cost Mautic no password hash
  check (an unknown user, an unknown token), through the run's wire.
"""

from __future__ import annotations

import re
from typing import Any

import schemathesis
from schemathesis.checks import CheckContext
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.meta import CoverageScenario
from schemathesis.specs.openapi.checks import negative_data_rejection

from mautic_hooks_contract.php.values import php_string
from mautic_hooks_contract.runner.run import current
from mautic_hooks_contract.runner.steering import json_body, operation_id

NOT_FOUND = "Item was not found."
NO_ROUTE = re.compile(r"^Requested URL not found: /")
LOCATION = re.compile(r"^/(.*/)?api/hooks/(\d+)$")


def _header(response: Any, name: str) -> str:
    value = response.headers.get(name)  # schemathesis keeps a list of values per lower-cased name
    return str(value[0] if isinstance(value, list) and value else value or "")


def _body(case: Any) -> Any:
    return case.body if isinstance(case.body, (dict, list)) else None


@schemathesis.check
def server_error(ctx: CheckContext, response: Any, case: Any) -> bool | None:
    if response.status_code < 500:
        return None
    run = current()
    answer = json_body(response)
    defect = run.baseline.classify(
        operation_id(case),
        response.status_code,
        response.text if answer is None else answer,  # Mautic 5.0's HTML error page: its title
        case.query or {},
        _body(case),
    )
    if defect is not None and not run.settings.strict:
        return True
    known = f" It is known defect `{defect.id}`; CONTRACT_STRICT is on." if defect else ""
    raise AssertionError(f"Server error {response.status_code} for a request the contract covers.{known}")


@schemathesis.check
def created_hook_is_readable(ctx: CheckContext, response: Any, case: Any) -> bool | None:
    if operation_id(case) not in ("createHook", "replaceHook") or response.status_code != 201:
        return None
    hook = (json_body(response) or {}).get("hook") or {}
    location = LOCATION.match(_header(response, "location"))
    assert location and int(location.group(2)) == hook.get("id"), (
        f"Location of the created hook does not name its id {hook.get('id')}"
    )
    fetched = current().api.get(hook["id"])
    assert fetched.status_code == 200, (
        f"GET /hooks/{hook['id']} right after it was created answered {fetched.status_code}"
    )
    stored = fetched.json()["hook"]
    # The answer echoes trigger items as sent; what is stored is PHP's string form of each ("Array" for a
    # list or object item, "5" for 5), so that is what reads back (WebhookApiController.php:66-84).
    expected = hook | {"triggers": [php_string(t) for t in hook.get("triggers") or []]}
    assert stored == expected, f"the created hook reads back differently: created {hook}, read {stored}"
    return True


@schemathesis.check
def deleted_hook_is_gone(ctx: CheckContext, response: Any, case: Any) -> bool | None:
    if operation_id(case) != "deleteHook" or response.status_code != 200:
        return None
    hook_id = case.path_parameters["id"]
    fetched = current().api.get(hook_id)
    assert fetched.status_code == 404, (
        f"GET /hooks/{hook_id} after its delete answered {fetched.status_code}, not 404"
    )
    assert fetched.json()["errors"][0]["message"] == NOT_FOUND
    return True


# Credentials that must be refused; an unknown user costs Mautic no bcrypt check, a wrong password would.
WRONG_CREDENTIALS = (
    {},
    {"Authorization": "Basic bWhjLWNvbnRyYWN0LW5vLXN1Y2gtdXNlcjp4"},  # mhc-contract-no-such-user:x
    {"Authorization": "Bearer mhc-contract-no-such-token"},
)


@schemathesis.check
def authentication_enforced(ctx: CheckContext, response: Any, case: Any) -> bool | None:
    sent = response.request
    # Only the operation's own method (not a probe of an unexpected one) on a path it routes.
    if not 200 <= response.status_code < 300 or sent.method != case.operation.method.upper():
        return None
    if case.meta is not None and case.meta.is_negative_at(ParameterLocation.PATH):
        return None
    run = current()
    label = f"{case.method.upper()} {case.operation.path}"
    if label in run.auth_enforced:
        return True
    content_type = sent.headers.get("Content-Type")
    probe = run.prober
    for headers in WRONG_CREDENTIALS:
        refused = probe.http.request(
            sent.method,
            sent.url,
            content=sent.body,
            headers={**headers, **({"Content-Type": content_type} if content_type else {})},
        )
        assert refused.status_code == 401, (
            f"{label} answered {refused.status_code} to "
            f"{'no credentials' if not headers else headers['Authorization'].split()[0] + ' credentials nobody has'}"
            f", not 401: authentication is not enforced"
        )
    run.auth_enforced.add(label)
    return True


@schemathesis.check
def hooks_keyed_by_their_id(ctx: CheckContext, response: Any, case: Any) -> bool | None:
    if operation_id(case) != "listHooks" or response.status_code != 200:
        return None
    hooks = (json_body(response) or {}).get("hooks")
    if not isinstance(hooks, dict):
        return None
    wrong = [key for key, hook in hooks.items() if not isinstance(hook, dict) or str(hook.get("id")) != key]
    assert not wrong, f"list keys {wrong[:5]} are not the ids of the hooks under them"
    return True


@schemathesis.check
def unsupported_method_is_404(ctx: CheckContext, response: Any, case: Any) -> bool | None:
    meta = case.meta
    data = getattr(getattr(meta, "phase", None), "data", None)
    if getattr(data, "scenario", None) != CoverageScenario.UNSPECIFIED_HTTP_METHOD:
        return None
    problem = unsupported_method_problem(case.method, response.status_code, json_body(response))
    assert problem is None, problem
    return True


def unsupported_method_problem(method: str, status: int, body: Any) -> str | None:
    """What is wrong with the answer to a method no route serves, or None when it is Mautic's."""
    method = method.upper()
    if method == "OPTIONS":  # the CORS middleware answers every OPTIONS with 204 (CORSMiddleware.php:58-74)
        return None if status == 204 else f"OPTIONS answered {status}, Mautic answers 204"
    if method == "HEAD":  # HEAD matches GET routes
        return None
    if status != 404:
        return f"unsupported method {method} answered {status}; Mautic answers 404 (no route), never 405"
    errors = (body or {}).get("errors") if isinstance(body, dict) else None
    message = (errors or [{}])[0].get("message", "") if isinstance(errors, list) else ""
    if not NO_ROUTE.match(str(message)):
        return f"404 for an unsupported method without Mautic's message: {message!r}"
    return None


@schemathesis.check
def negative_data_rejected_where_validated(ctx: CheckContext, response: Any, case: Any) -> bool | None:
    meta = case.meta
    if meta is None or not meta.generation.mode.is_negative:
        return None
    negative = {loc for loc, info in meta.components.items() if info.mode.is_negative}
    if negative == {ParameterLocation.PATH}:
        return negative_data_rejection(ctx, response, case)
    return None
