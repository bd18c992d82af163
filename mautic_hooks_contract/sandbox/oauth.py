"""``/oauth/v2/token``: the OAuth2 client-credentials grant.

Follows friendsofsymfony/oauth2-php ``OAuth2::grantAccessToken`` (vendor) as wired by
app/config/security_api.php; errors are rewritten by ApiSubscriber into the listener shape with
``error_description`` as message and ``error`` as type (ApiSubscriber.php:146-153), e.g. the body
asserted in app/bundles/ApiBundle/Tests/Functional/Oauth2Test.php:31-55.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import sqlite3
import time

from starlette.responses import Response

from ..php.values import is_empty
from .auth import Authenticator, client_principal
from .db import transaction
from .errors import listener_error

_GRANT_TYPE = re.compile(
    r"^(authorization_code|token|password|client_credentials|refresh_token|https?://.+|urn:.+)$"
)
# Mautic clients allow authorization_code and refresh_token (app/bundles/ApiBundle/Entity/oAuth2/Client.php:66-69)
# and the credentials form adds client_credentials (Client.php:245), which the sandbox client has.
_ALLOWED_GRANTS = ("authorization_code", "refresh_token", "client_credentials")


def _oauth_error(error: str, description: str) -> Response:
    return listener_error(400, description, error)


def _grant_without_stored_secrets(grant_type: str, params: dict) -> Response:
    """The sandbox issues no authorization codes or refresh tokens, so these grants always fail: a missing
    parameter first (vendor friendsofsymfony/oauth2-php lib/OAuth2.php:808-814, :914-916; measured, kit
    recording auth.jsonl), else the unknown code or token (:819-821, :920-922); an extension grant (urn:,
    URL) is never allowed to Mautic's clients (Client.php:66-69, 245), so it does not reach here."""
    if grant_type == "authorization_code":
        if _missing(params.get("code")):
            return _oauth_error("invalid_request", 'Missing parameter. "code" is required')
        if not params.get("redirect_uri"):  # enforce_redirect defaults to true (lib/OAuth2.php:424, :812-814)
            return _oauth_error("invalid_request", "The redirect URI parameter is required.")
        return _oauth_error("invalid_grant", "Code doesn't exist or is invalid for the client")
    if _missing(params.get("refresh_token")):
        return _oauth_error("invalid_request", 'No "refresh_token" parameter found')
    return _oauth_error("invalid_grant", "Invalid refresh token")


def _missing(value) -> bool:
    """filter_var_array with FILTER_REQUIRE_SCALAR gives false for an array; ``!$input[…]`` (OAuth2.php:715)."""
    return isinstance(value, dict) or is_empty(value)


def _new_token() -> str:
    """Same alphabet and length as oauth2-php genAccessToken: base64url of a sha256 hex digest."""
    digest = hashlib.sha256(os.urandom(100)).hexdigest().encode()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def grant_token(
    conn: sqlite3.Connection,
    authenticator: Authenticator,
    params: dict,
    basic: tuple[str, str] | None,
    lifetime: int,
) -> Response:
    grant_type = params.get("grant_type")
    if not isinstance(grant_type, str) or not _GRANT_TYPE.match(grant_type):
        return _oauth_error("invalid_request", "Invalid grant_type parameter or parameter missing")
    if basic and basic[0]:
        client_id, client_secret = basic
    elif not params.get("client_id"):
        return _oauth_error("invalid_client", "Client id was not found in the headers or body")
    else:
        client_id, client_secret = params.get("client_id"), params.get("client_secret")
    row = conn.execute(
        "SELECT c.id, c.secret, c.name, r.is_admin, r.permissions FROM clients c JOIN roles r ON r.id = c.role_id"
        " WHERE c.public_id = ?",
        (str(client_id),),
    ).fetchone()
    if row is None or row[1] != client_secret:
        return _oauth_error("invalid_client", "The client credentials are invalid")
    if grant_type not in _ALLOWED_GRANTS:
        return _oauth_error("unauthorized_client", "The grant type is unauthorized for this client_id")
    if grant_type != "client_credentials":
        return _grant_without_stored_secrets(grant_type, params)
    if params.get("scope"):
        # No supported_scopes are configured (app/config/security_api.php), so any requested scope fails.
        return _oauth_error("invalid_scope", "An unsupported scope was requested.")
    token = _new_token()
    expires_at = int(time.time()) + lifetime
    with transaction(conn):
        conn.execute("DELETE FROM access_tokens WHERE expires_at < ?", (int(time.time()) - 86400,))
        conn.execute(
            "INSERT INTO access_tokens (token, client_id, expires_at) VALUES (?, ?, ?)",
            (token, row[0], expires_at),
        )
    principal = client_principal(row[0], row[2], row[3], row[4])
    authenticator.remember_token(token, principal, expires_at)
    # Client-credentials grants issue no refresh token (oauth2-php grantAccessTokenClientCredentials).
    body = {"access_token": token, "expires_in": lifetime, "token_type": "bearer", "scope": None}
    headers = {"Cache-Control": "no-store, private", "Pragma": "no-cache"}
    return Response(json.dumps(body, separators=(",", ":")), 200, headers, "application/json")
