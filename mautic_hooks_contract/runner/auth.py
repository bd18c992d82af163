"""Credentials on the wire: HTTP Basic, or an OAuth2 client-credentials bearer token.

Mautic issues tokens at `/oauth/v2/token` below the site root (app/bundles/ApiBundle/Config/config.php:7-11),
valid 60 minutes by default. One TokenSource per identity fetches a token, caches it and fetches a new one a
minute before it expires, so a long `thorough` run never trips over an expired token.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Generator

import httpx

from mautic_hooks_contract.runner.redact import remember
from mautic_hooks_contract.runner.settings import Identity

REFRESH_MARGIN = 60.0  # seconds before expiry at which a new token is fetched


class TokenError(Exception):
    """The token endpoint refused the client credentials or did not answer like Mautic."""


class TokenSource:
    """Fetches and caches bearer tokens for one OAuth2 client."""

    def __init__(self, site_url: str, identity: Identity, *, verify: bool = True) -> None:
        self._url = site_url + "/oauth/v2/token"
        self._identity = identity
        self._verify = verify
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() > self._expires_at - REFRESH_MARGIN:
                self._fetch()
            assert self._token is not None
            return self._token

    def invalidate(self) -> None:
        with self._lock:
            self._token = None

    def _fetch(self) -> None:
        response = httpx.post(
            self._url,
            data={
                "grant_type": "client_credentials",
                "client_id": self._identity.client_id or "",
                "client_secret": self._identity.client_secret or "",
            },
            verify=self._verify,
            timeout=30,
        )
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.status_code != 200 or not isinstance(body, dict) or "access_token" not in body:
            raise TokenError(
                f"{self._url} refused the client credentials of {self._identity.describe()} "
                f"(HTTP {response.status_code})."
            )
        self._token = str(body["access_token"])
        remember(self._token)
        self._expires_at = time.monotonic() + float(body.get("expires_in") or 3600)


class BearerAuth(httpx.Auth):
    """httpx auth that sends the current token and retries once with a fresh one on 401."""

    def __init__(self, source: TokenSource) -> None:
        self._source = source

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._source.token()}"
        response = yield request
        if response.status_code == 401:
            self._source.invalidate()
            request.headers["Authorization"] = f"Bearer {self._source.token()}"
            yield request


def token_source_for(site_url: str, identity: Identity, *, verify: bool) -> TokenSource | None:
    """A token source for an OAuth2 identity; None for HTTP Basic."""
    return TokenSource(site_url, identity, verify=verify) if identity.uses_oauth2 else None


def httpx_auth(identity: Identity, tokens: TokenSource | None) -> httpx.Auth:
    if identity.uses_oauth2:
        assert tokens is not None
        return BearerAuth(tokens)
    return httpx.BasicAuth(identity.username or "", identity.password or "")
