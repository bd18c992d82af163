"""Clauses 3 and 4: the trigger catalogue, authentication, and own/other permissions.

Authentication bodies are Mautic's rewritten ones (app/bundles/ApiBundle/EventListener/ApiSubscriber.php:92-176).
Permission clauses need the second identity, a user whose role has only the own-level webhook permissions
(view own, edit own, delete own, create): it must be refused the hooks of others.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from mautic_hooks_contract.runner.api import HooksApi, describe, expect_status
from mautic_hooks_contract.runner.session import RUN
from mautic_hooks_contract.runner.strategies import CORE_TRIGGERS

API, LEDGER, SETTINGS = RUN.api, RUN.ledger, RUN.settings
CORE_LABELS = {
    "mautic.company_post_save": "Company Create/Update Event",
    "mautic.lead_points_change": "Contact Points Changed Event",
    "mautic.lead_list_change": "Contact Segment Membership Change Event",
    "mautic.form_on_submit": "Form Submit Event",
    "mautic.sms_on_send": "Text Send Event",
}
NO_CREDENTIALS = {"errors": [{"message": "API authorization denied.", "code": 401, "type": "access_denied"}]}
BAD_PASSWORD = {
    "errors": [
        {"message": "Authorization denied, invalid credentials.", "code": 401, "type": "access_denied"}
    ]
}
BAD_TOKEN = {
    "errors": [{"message": "The access token provided is invalid.", "code": 401, "type": "invalid_grant"}]
}
DENIED = {
    "errors": [
        {"code": 403, "message": "You do not have access to the requested area/action.", "details": []}
    ]
}


@pytest.mark.clause("triggers-core", "#/paths/~1hooks~1triggers/get")
def test_trigger_catalogue_holds_the_core_triggers() -> None:
    """The catalogue is a map holding the 14 core trigger keys, each with a label and a description."""
    response = API.triggers()
    triggers = expect_status(response, 200)["triggers"]
    missing = sorted(set(CORE_TRIGGERS) - set(triggers))
    assert not missing, f"core triggers missing from the catalogue: {missing}{describe(response)}"
    for key, label in CORE_LABELS.items():
        assert triggers[key]["label"] == label, f"{key} is labelled {triggers[key]['label']!r}, not {label!r}"
    assert all(isinstance(t.get("description"), str) for t in triggers.values())


def unauthenticated(headers: dict[str, str] | None = None, auth: httpx.Auth | None = None) -> httpx.Response:
    return RUN.prober.http.get("/hooks", headers=headers, auth=auth)


@pytest.mark.clause("auth-401", "#/components/responses/Unauthorized")
def test_no_credentials_is_401() -> None:
    """A request without credentials is 401 "API authorization denied."."""
    response = unauthenticated()
    assert expect_status(response, 401) == NO_CREDENTIALS, f"not Mautic's 401 body{describe(response)}"


@pytest.mark.clause("auth-401", "#/components/responses/Unauthorized")
def test_wrong_credentials_are_401() -> None:
    """A wrong Basic password and an unknown bearer token are both 401, with Mautic's bodies."""
    if not SETTINGS.identity.uses_oauth2:
        wrong = httpx.BasicAuth(SETTINGS.identity.username or "", "not-the-password-" + LEDGER.prefix)
        response = unauthenticated(auth=wrong)
        assert expect_status(response, 401) == BAD_PASSWORD, f"not Mautic's 401 body{describe(response)}"
    response = unauthenticated(headers={"Authorization": "Bearer not-a-token-" + LEDGER.prefix})
    assert expect_status(response, 401) == BAD_TOKEN, f"not Mautic's 401 body{describe(response)}"


@pytest.fixture(scope="module")
def limited_api() -> Any:
    assert SETTINGS.limited is not None
    api = RUN.api_for(SETTINGS.limited)
    yield api
    api.close()


@pytest.mark.clause("permissions-other", "#/components/responses/Forbidden")
@pytest.mark.limited
@pytest.mark.writes
def test_limited_user_cannot_touch_others_hooks(limited_api: HooksApi) -> None:
    """A user with own-level rights gets 403 on another user's hook and does not see it listed."""
    other = LEDGER.create(API, name="others")
    for response in (
        limited_api.get(other["id"]),
        limited_api.update(other["id"], {"description": "taken over"}),
        limited_api.delete(other["id"]),
    ):
        assert expect_status(response, 403) == DENIED, f"not Mautic's 403 body{describe(response)}"
    assert expect_status(API.get(other["id"]), 200)["hook"] == other, "a refused request changed the hook"
    listed = expect_status(limited_api.list(limit=0, search=LEDGER.prefix), 200)["hooks"]
    assert str(other["id"]) not in (listed or {}), "the list shows another user's hook to a view-own user"


@pytest.mark.clause("permissions-own", "#/components/responses/Forbidden")
@pytest.mark.limited
@pytest.mark.writes
def test_limited_user_manages_own_hooks(limited_api: HooksApi) -> None:
    """The same user can create, read, edit and delete a hook of its own."""
    response = limited_api.create(LEDGER.mark({"name": "own", "triggers": []}))
    LEDGER.record(response)
    own = expect_status(response, 201)["hook"]
    assert expect_status(limited_api.get(own["id"]), 200)["hook"]["id"] == own["id"]
    patched = expect_status(limited_api.update(own["id"], {"description": "mine"}), 200)["hook"]
    assert patched["description"] == "mine"
    expect_status(limited_api.delete(own["id"]), 200)
    LEDGER.forget(own["id"])


@pytest.mark.clause("triggers-core", "#/paths/~1hooks~1triggers/get")
@pytest.mark.limited
def test_trigger_catalogue_needs_no_permission(limited_api: HooksApi) -> None:
    """Any authenticated caller may read the catalogue (no permission check, WebhookApiController.php:86-95)."""
    expect_status(limited_api.triggers(), 200)
