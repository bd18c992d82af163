"""Error responses parse into ErrorResponse with typed items, never into None or an opaque exception."""

from __future__ import annotations

from client_support import basic_auth_client
from mautic_hooks_client.api.hooks import create_hook, get_hook, update_hook
from mautic_hooks_client.models import (
    ControllerError,
    ErrorResponse,
    FieldErrors,
    HookCreate,
    HookUpdate,
    ListenerError,
)

MISSING_ID = 987_655


def only_error(response) -> ControllerError | ListenerError:
    assert isinstance(response.parsed, ErrorResponse), response.content
    assert len(response.parsed.errors) == 1
    return response.parsed.errors[0]


def test_400_carries_field_details(call, admin):
    body = HookCreate(name="", webhook_url="not a url", triggers=[])
    response = call(create_hook, client=admin, body=body)
    assert response.status_code == 400
    error = only_error(response)
    assert isinstance(error, ControllerError) and error.code == 400
    assert isinstance(error.details, FieldErrors)
    assert error.details["name"] == ["A name is required."]
    assert error.details["webhookUrl"] == ["A valid URL is required."]


def test_401_wrong_password_is_a_listener_error(call, sandbox):
    client = basic_auth_client(sandbox.api_url, (sandbox.admin[0], "wrong password"))
    response = call(get_hook, 1, client=client)
    assert response.status_code == 401
    error = only_error(response)
    assert isinstance(error, ListenerError)
    assert (error.code, error.type_) == (401, "access_denied")
    assert error.message


def test_403_when_editing_someone_elses_hook(call, limited, new_hook):
    admins_hook = new_hook("admin only")
    response = call(update_hook, admins_hook.id, client=limited, body=HookUpdate(name="taken over"))
    assert response.status_code == 403
    error = only_error(response)
    assert isinstance(error, ControllerError)
    assert (error.code, error.details) == (403, [])
    assert error.message == "You do not have access to the requested area/action."


def test_404_for_a_missing_hook(call, admin):
    response = call(get_hook, MISSING_ID, client=admin)
    assert response.status_code == 404
    error = only_error(response)
    assert isinstance(error, ControllerError)
    assert (error.code, error.message, error.details) == (404, "Item was not found.", [])


def test_plain_sync_returns_the_error_model_even_when_raising_on_unexpected_status(sandbox):
    """`sync()` drops the status code but still hands back the inspectable ErrorResponse for documented codes."""
    strict = basic_auth_client(sandbox.api_url, sandbox.admin, raise_on_unexpected_status=True)
    result = create_hook.sync(client=strict, body=HookCreate(name="x", webhook_url="not a url", triggers=[]))
    assert isinstance(result, ErrorResponse)
    assert result.errors[0].code == 400 and "webhookUrl" in result.errors[0].details
