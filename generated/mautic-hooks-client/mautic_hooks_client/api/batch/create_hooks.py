from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.hook_batch_response import HookBatchResponse
from ...models.hook_create import HookCreate
from ...types import Response


def _get_kwargs(
    *,
    body: list[HookCreate],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/hooks/batch/new",
    }

    _kwargs["json"] = []
    for componentsschemas_hook_create_batch_item_data in body:
        componentsschemas_hook_create_batch_item = componentsschemas_hook_create_batch_item_data.to_dict()
        _kwargs["json"].append(componentsschemas_hook_create_batch_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HookBatchResponse | None:
    if response.status_code == 201:
        response_201 = HookBatchResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[ErrorResponse | HookBatchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[HookCreate],
) -> Response[ErrorResponse | HookBatchResponse]:
    """Create several webhooks

     Creates each item as a new webhook (an `id` in an item is ignored). Always **201**, whatever each
    item's
    outcome: read `statusCodes` (one per item, in request order) and `errors` (keyed by item index)
    (`CommonApiController.php:260-317`). Failed items are missing from `hooks`, so one failure turns
    `hooks`
    from a list into an object keyed by item index. The `create` permission is checked once up front
    (403 for
    the whole request). More than 200 items, or a non-existent `category` in any item, is a 500.

    Args:
        body (list[HookCreate]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HookBatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[HookCreate],
) -> ErrorResponse | HookBatchResponse | None:
    """Create several webhooks

     Creates each item as a new webhook (an `id` in an item is ignored). Always **201**, whatever each
    item's
    outcome: read `statusCodes` (one per item, in request order) and `errors` (keyed by item index)
    (`CommonApiController.php:260-317`). Failed items are missing from `hooks`, so one failure turns
    `hooks`
    from a list into an object keyed by item index. The `create` permission is checked once up front
    (403 for
    the whole request). More than 200 items, or a non-existent `category` in any item, is a 500.

    Args:
        body (list[HookCreate]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HookBatchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[HookCreate],
) -> Response[ErrorResponse | HookBatchResponse]:
    """Create several webhooks

     Creates each item as a new webhook (an `id` in an item is ignored). Always **201**, whatever each
    item's
    outcome: read `statusCodes` (one per item, in request order) and `errors` (keyed by item index)
    (`CommonApiController.php:260-317`). Failed items are missing from `hooks`, so one failure turns
    `hooks`
    from a list into an object keyed by item index. The `create` permission is checked once up front
    (403 for
    the whole request). More than 200 items, or a non-existent `category` in any item, is a 500.

    Args:
        body (list[HookCreate]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HookBatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[HookCreate],
) -> ErrorResponse | HookBatchResponse | None:
    """Create several webhooks

     Creates each item as a new webhook (an `id` in an item is ignored). Always **201**, whatever each
    item's
    outcome: read `statusCodes` (one per item, in request order) and `errors` (keyed by item index)
    (`CommonApiController.php:260-317`). Failed items are missing from `hooks`, so one failure turns
    `hooks`
    from a list into an object keyed by item index. The `create` permission is checked once up front
    (403 for
    the whole request). More than 200 items, or a non-existent `category` in any item, is a 500.

    Args:
        body (list[HookCreate]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HookBatchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
