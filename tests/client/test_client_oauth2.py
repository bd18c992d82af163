"""OAuth2 client credentials: a token from the sandbox's /oauth/v2/token, used through AuthenticatedClient."""

from __future__ import annotations

from client_support import hook_body
from mautic_hooks_client import AuthenticatedClient
from mautic_hooks_client.api.hooks import create_hook, get_hook
from mautic_hooks_client.api.triggers import list_triggers
from mautic_hooks_client.models import ErrorResponse, HookResponse, ListenerError, TriggerCatalogue


def test_token_is_a_bearer_token(oauth_token):
    assert len(oauth_token) > 20 and oauth_token.isascii()


def test_bearer_client_reads_and_writes(call, oauth):
    assert isinstance(call(list_triggers, client=oauth).parsed, TriggerCatalogue)

    created = call(create_hook, client=oauth, body=hook_body("made by an OAuth2 client"))
    assert created.status_code == 201 and isinstance(created.parsed, HookResponse)
    assert created.parsed.hook.created_by is None  # the client acts with a role but without a user id

    fetched = call(get_hook, created.parsed.hook.id, client=oauth).parsed
    assert isinstance(fetched, HookResponse) and fetched.hook.name == "made by an OAuth2 client"


def test_unknown_token_is_401_listener_error(call, sandbox):
    client = AuthenticatedClient(base_url=sandbox.api_url, token="not-a-token-the-sandbox-issued")
    response = call(list_triggers, client=client)
    assert response.status_code == 401
    assert isinstance(response.parsed, ErrorResponse)
    error = response.parsed.errors[0]
    assert isinstance(error, ListenerError)
    assert (error.code, error.type_, error.message) == (
        401,
        "invalid_grant",
        "The access token provided is invalid.",
    )
