from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.hook_response import HookResponse
from ...models.hook_update import HookUpdate
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: HookUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/hooks/{id}/edit".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HookResponse | None:
    if response.status_code == 200:
        response_200 = HookResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | HookResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: HookUpdate,
) -> Response[ErrorResponse | HookResponse]:
    """Update some fields of a webhook

     Changes only the fields in the body. `triggers` are **added** to the existing ones, never removed
    (`WebhookApiController.php:71-74`). `category: null` clears the category; `category: 0` leaves it.
    An empty body changes nothing but stamps `modifiedBy`
    (`app/bundles/CoreBundle/Model/FormModel.php:255-279`).
    A missing id is 404 (`CommonApiController.php:236-239`).

    Args:
        id (int):
        body (HookUpdate): The body of a PATCH: every field optional; only the fields given
            change. `triggers` are added to the
            existing ones. `category: null` clears the category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HookResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: HookUpdate,
) -> ErrorResponse | HookResponse | None:
    """Update some fields of a webhook

     Changes only the fields in the body. `triggers` are **added** to the existing ones, never removed
    (`WebhookApiController.php:71-74`). `category: null` clears the category; `category: 0` leaves it.
    An empty body changes nothing but stamps `modifiedBy`
    (`app/bundles/CoreBundle/Model/FormModel.php:255-279`).
    A missing id is 404 (`CommonApiController.php:236-239`).

    Args:
        id (int):
        body (HookUpdate): The body of a PATCH: every field optional; only the fields given
            change. `triggers` are added to the
            existing ones. `category: null` clears the category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HookResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: HookUpdate,
) -> Response[ErrorResponse | HookResponse]:
    """Update some fields of a webhook

     Changes only the fields in the body. `triggers` are **added** to the existing ones, never removed
    (`WebhookApiController.php:71-74`). `category: null` clears the category; `category: 0` leaves it.
    An empty body changes nothing but stamps `modifiedBy`
    (`app/bundles/CoreBundle/Model/FormModel.php:255-279`).
    A missing id is 404 (`CommonApiController.php:236-239`).

    Args:
        id (int):
        body (HookUpdate): The body of a PATCH: every field optional; only the fields given
            change. `triggers` are added to the
            existing ones. `category: null` clears the category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HookResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: HookUpdate,
) -> ErrorResponse | HookResponse | None:
    """Update some fields of a webhook

     Changes only the fields in the body. `triggers` are **added** to the existing ones, never removed
    (`WebhookApiController.php:71-74`). `category: null` clears the category; `category: 0` leaves it.
    An empty body changes nothing but stamps `modifiedBy`
    (`app/bundles/CoreBundle/Model/FormModel.php:255-279`).
    A missing id is 404 (`CommonApiController.php:236-239`).

    Args:
        id (int):
        body (HookUpdate): The body of a PATCH: every field optional; only the fields given
            change. `triggers` are added to the
            existing ones. `category: null` clears the category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HookResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
