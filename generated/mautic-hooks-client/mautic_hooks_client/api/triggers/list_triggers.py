from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.trigger_catalogue import TriggerCatalogue
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/hooks/triggers",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TriggerCatalogue | None:
    if response.status_code == 200:
        response_200 = TriggerCatalogue.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TriggerCatalogue]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TriggerCatalogue]:
    """List the events a webhook can subscribe to

     The catalogue of trigger keys, sorted by label (natural, case-insensitive). It is an open map:
    plugins add
    keys. No permission is checked beyond authentication
    (`app/bundles/WebhookBundle/Controller/Api/WebhookApiController.php:86-95`).
    Core Mautic 5.1 has 14 keys; five of their descriptions are raw translation keys because no
    translation
    exists (`app/bundles/WebhookBundle/Event/WebhookBuilderEvent.php:26-54`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TriggerCatalogue]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TriggerCatalogue | None:
    """List the events a webhook can subscribe to

     The catalogue of trigger keys, sorted by label (natural, case-insensitive). It is an open map:
    plugins add
    keys. No permission is checked beyond authentication
    (`app/bundles/WebhookBundle/Controller/Api/WebhookApiController.php:86-95`).
    Core Mautic 5.1 has 14 keys; five of their descriptions are raw translation keys because no
    translation
    exists (`app/bundles/WebhookBundle/Event/WebhookBuilderEvent.php:26-54`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TriggerCatalogue
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TriggerCatalogue]:
    """List the events a webhook can subscribe to

     The catalogue of trigger keys, sorted by label (natural, case-insensitive). It is an open map:
    plugins add
    keys. No permission is checked beyond authentication
    (`app/bundles/WebhookBundle/Controller/Api/WebhookApiController.php:86-95`).
    Core Mautic 5.1 has 14 keys; five of their descriptions are raw translation keys because no
    translation
    exists (`app/bundles/WebhookBundle/Event/WebhookBuilderEvent.php:26-54`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TriggerCatalogue]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TriggerCatalogue | None:
    """List the events a webhook can subscribe to

     The catalogue of trigger keys, sorted by label (natural, case-insensitive). It is an open map:
    plugins add
    keys. No permission is checked beyond authentication
    (`app/bundles/WebhookBundle/Controller/Api/WebhookApiController.php:86-95`).
    Core Mautic 5.1 has 14 keys; five of their descriptions are raw translation keys because no
    translation
    exists (`app/bundles/WebhookBundle/Event/WebhookBuilderEvent.php:26-54`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TriggerCatalogue
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
