"""One request before the suite: is this a reachable Mautic whose API lets us in?

Each way it can go wrong becomes one sentence saying what to fix. The probe is `GET /api/hooks/triggers`,
which every authenticated caller may read (no permission check, WebhookApiController.php:86-95).
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from mautic_hooks_contract.runner.auth import TokenError, httpx_auth, token_source_for
from mautic_hooks_contract.runner.defects import first_error_message
from mautic_hooks_contract.runner.estimate import Cost
from mautic_hooks_contract.runner.settings import Identity, Settings


class PreflightError(Exception):
    """The instance cannot be tested as configured; the message says what to fix."""


@dataclass(frozen=True)
class Instance:
    version: str  # from the Mautic-Version header, "unknown" when absent
    cost: Cost | None = None  # measured round trips (None when not measured)


def check(settings: Settings, *, measure: bool = False) -> Instance:
    """Probe each identity; with `measure`, also time a few requests (`estimate.Cost`)."""
    version, auth = _probe(settings, settings.identity, "MAUTIC")
    if settings.limited is not None:
        _probe(settings, settings.limited, "MAUTIC_LIMITED")
    return Instance(version, Cost.measure(settings, auth) if measure else None)


def _probe(settings: Settings, identity: Identity, prefix: str) -> tuple[str, httpx.Auth]:
    url = settings.api_url + "/hooks/triggers"
    tokens = token_source_for(settings.site_url, identity, verify=settings.tls_verify)
    auth = httpx_auth(identity, tokens)
    try:
        response = httpx.get(url, auth=auth, verify=settings.tls_verify, timeout=30)
    except TokenError as exc:
        raise PreflightError(f"{exc} Check {prefix}_CLIENT_ID and {prefix}_CLIENT_SECRET.") from None
    except httpx.ConnectError as exc:
        if "CERTIFICATE" in str(exc).upper():
            raise PreflightError(
                f"TLS verification failed for {settings.site_url}: fix the certificate, or set "
                "MAUTIC_TLS_VERIFY=false for a test instance you trust."
            ) from None
        raise PreflightError(
            f"Cannot reach {settings.site_url} ({exc}): check MAUTIC_URL and that the site is up."
        ) from None
    except httpx.HTTPError as exc:
        raise PreflightError(
            f"Cannot talk to {settings.site_url} ({type(exc).__name__}: {exc}): check MAUTIC_URL."
        ) from None
    try:
        body = response.json()
    except ValueError:
        body = None
    message = first_error_message(body)
    if response.status_code == 403 and "API disabled" in message:
        raise PreflightError("The API is disabled on this Mautic: enable it in Configuration → API Settings.")
    if response.status_code == 403 and "Basic Auth disabled" in message:
        raise PreflightError(
            "HTTP Basic auth is disabled on this Mautic: enable it in Configuration → API Settings, "
            f"or use OAuth2 client credentials ({prefix}_CLIENT_ID and {prefix}_CLIENT_SECRET)."
        )
    if response.status_code == 401:
        fields = (
            f"{prefix}_CLIENT_ID/{prefix}_CLIENT_SECRET"
            if identity.uses_oauth2
            else f"{prefix}_USERNAME/{prefix}_PASSWORD"
        )
        raise PreflightError(
            f"Mautic refused the credentials of {identity.describe()} (401 {message!r}): check {fields}."
        )
    if (
        response.status_code != 200
        or not isinstance(body, dict)
        or not isinstance(body.get("triggers"), dict)
    ):
        raise PreflightError(
            f"{settings.site_url} does not look like a Mautic site with the API on: GET /api/hooks/triggers "
            f"answered HTTP {response.status_code} {response.headers.get('content-type', '')}. Check MAUTIC_URL."
        )
    return response.headers.get("mautic-version", "unknown"), auth
