"""Who is calling, and what may they do.

Authentication follows Mautic's ``api`` firewall (app/config/security.php:56-62): an OAuth2 bearer
token is tried first, then HTTP Basic; failures are rewritten by ApiSubscriber into the listener
shape (app/bundles/ApiBundle/EventListener/ApiSubscriber.php:92-176). Permission checks follow
CorePermissions' own/other rules (app/bundles/CoreBundle/Security/Permissions/CorePermissions.php:305-354).
"""

from __future__ import annotations

import base64
import binascii
import re
import sqlite3
import time
from dataclasses import dataclass

from ..php.values import is_empty, parse_query
from . import db
from .errors import AUTH_DENIED, BAD_CREDENTIALS, generic_message, listener_error

_BEARER = re.compile(r"Bearer\s(\S+)")  # oauth2-php getBearerTokenFromHeaders
# oauth2-php getBearerTokenFromFormEncodedBody's test of the raw Content-Type (lib/OAuth2.php:600).
_FORM_BODY = re.compile(r"^application/x-www-form-urlencoded([\s|;].*)?$")
# oauth2-php verifyAccessToken with an empty token (lib/OAuth2.php:463-466).
MISSING_TOKEN = (
    "The request is missing a required parameter, includes an unsupported parameter or parameter value, repeats"
    " the same parameter, uses more than one method for including an access token, or is otherwise malformed."
)


@dataclass(frozen=True)
class Principal:
    """The authenticated caller. ``user_id`` is None for client-credentials tokens: Mautic builds a
    pseudo user with the client's role and no id, named "Client name [client id]"
    (app/bundles/UserBundle/Security/Firewall/AuthenticationListener.php:132-156)."""

    user_id: int | None
    name: str
    is_admin: bool
    permissions: frozenset[str]

    def granted(self, permission: str) -> bool:
        """``webhook:webhooks:<permission>``; admins pass everything (CorePermissions.php:217-219),
        ``full`` grants every level (AbstractPermissions.php:199-201) and an ``…other`` level implies
        ``…own`` (AbstractPermissions.php:233-238). ``view`` is a synonym of ``viewown`` (:150-153)."""
        if self.is_admin or "full" in self.permissions:
            return True
        if permission == "view":
            permission = "viewown"
        if permission.endswith("own") and permission[:-3] + "other" in self.permissions:
            return True
        return permission in self.permissions

    def may(self, action: str, owner_id: int | None) -> bool:
        """Own/other check on an entity whose ``createdBy`` is ``owner_id``: an owner of 0/null
        needs the ``other`` level (CorePermissions.php:341-349)."""
        if action == "create":
            return self.granted("create")
        if owner_id and owner_id == self.user_id:
            return self.granted(action + "own")
        return self.granted(action + "other")


class Authenticator:
    """Resolves Authorization headers to principals; results are cached per header value because a
    password hash per request would dominate the GET-one hot path."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._basic: dict[str, Principal | None] = {}
        self._tokens: dict[str, tuple[Principal, int]] = {}

    def authenticate(self, authorization: str | None, query_token=None, body_token=None):
        r"""Principal on success, else the listener-shape error Mautic answers with.

        oauth2-php getBearerToken (vendor friendsofsymfony/oauth2-php lib/OAuth2.php:490-526) collects the
        token of the header (``Bearer\s(\S+)``), of a url-encoded body (``body_token``: any value, ``""``
        included, see ``form_body_token``) and of the query (only a PHP-truthy value, :641-643).
        """
        header = _BEARER.search(authorization) if authorization else None
        candidates = (
            header.group(1) if header else None,
            body_token,
            None if is_empty(query_token) else query_token,
        )
        tokens = [token for token in candidates if token is not None]
        if len(tokens) > 1:
            # oauth2-php refuses two transports at once by throwing an OAuth2AuthenticateException that no
            # listener handles (vendor friendsofsymfony/oauth2-php lib/OAuth2.php:517,
            # app/bundles/ApiBundle/EventListener/ApiSubscriber.php): the generic 500.
            return listener_error(500, generic_message(500), None)
        if tokens:
            # OAuthListener goes on for any token but null (vendor friendsofsymfony/oauth-server-bundle
            # Security/Firewall/OAuthListener.php:60).
            return self._bearer(tokens[0])
        if authorization and authorization.lower().startswith("basic"):
            principal = self._basic_principal(authorization)
            # Entry point 401 rewritten with the Basic-specific text (ApiSubscriber.php:133-143).
            return principal or listener_error(401, BAD_CREDENTIALS, "access_denied")
        return listener_error(401, AUTH_DENIED, "access_denied")

    def _bearer(self, token):
        if is_empty(token):
            # verifyAccessToken's first check (lib/OAuth2.php:463-466), 400 kept by ApiSubscriber (:146-153).
            return listener_error(400, MISSING_TOKEN, "invalid_request")
        if not isinstance(token, str):
            # an array (access_token[]=…) finds no stored token (measured, kit recording auth.jsonl "bearer").
            return listener_error(401, "The access token provided is invalid.", "invalid_grant")
        cached = self._tokens.get(token)
        if cached is None:
            row = self.conn.execute(
                "SELECT t.expires_at, c.id, c.name, r.is_admin, r.permissions FROM access_tokens t"
                " JOIN clients c ON c.id = t.client_id JOIN roles r ON r.id = c.role_id WHERE t.token = ?",
                (token,),
            ).fetchone()
            if row is None:
                # Oauth2Test.php:57-78 asserts this exact body.
                return listener_error(401, "The access token provided is invalid.", "invalid_grant")
            principal = client_principal(row[1], row[2], row[3], row[4])
            cached = self._tokens[token] = (principal, row[0])
        principal, expires_at = cached
        if time.time() >= expires_at:
            # oauth2-php OAuth2::verifyAccessToken — the expired-token text, kept by ApiSubscriber (:146-153).
            return listener_error(401, "The access token provided has expired.", "invalid_grant")
        return principal

    def _basic_principal(self, authorization: str) -> Principal | None:
        if authorization in self._basic:
            return self._basic[authorization]
        principal = None
        try:
            decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            decoded = ""
        username, sep, password = decoded.partition(":")
        if sep:
            row = self.conn.execute(
                "SELECT u.id, u.first_name, u.last_name, u.password_hash, r.is_admin, r.permissions"
                " FROM users u JOIN roles r ON r.id = u.role_id WHERE u.username = ?",
                (username,),
            ).fetchone()
            if row is not None and row[3] == db.password_hash(password):
                principal = Principal(row[0], f"{row[1]} {row[2]}", bool(row[4]), _permissions(row[5]))
        if len(self._basic) < 1024:
            self._basic[authorization] = principal
        return principal

    def remember_token(self, token: str, principal: Principal, expires_at: int) -> None:
        self._tokens[token] = (principal, expires_at)


def form_body_token(method: str, content_type: str | None, raw_body: bytes):
    """The ``access_token`` of a url-encoded body, None when there is none: any method but GET, the raw
    Content-Type matched case-sensitively, the key present whatever its value (vendor
    friendsofsymfony/oauth2-php lib/OAuth2.php:589-628); measured: a create, PATCH or delete authenticated
    this way succeeds (kit recording auth.jsonl "bearer")."""
    if method == "GET" or content_type is None or not _FORM_BODY.match(content_type):
        return None
    return parse_query(raw_body.decode("utf-8", "replace")).get("access_token")


def client_principal(client_id: int, name: str, is_admin: int, permissions: str) -> Principal:
    """The pseudo user of a client-credentials token: the client's role, no user id."""
    return Principal(None, f"{name} [{client_id}]", bool(is_admin), _permissions(permissions))


def _permissions(csv: str) -> frozenset[str]:
    return frozenset(p for p in csv.split(",") if p)
