from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.hook_batch_edit_response import HookBatchEditResponse
from ...models.hook_update_item import HookUpdateItem
from ...types import Response


def _get_kwargs(
    *,
    body: list[HookUpdateItem],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/hooks/batch/edit",
    }

    _kwargs["json"] = []
    for componentsschemas_hook_update_batch_item_data in body:
        componentsschemas_hook_update_batch_item = componentsschemas_hook_update_batch_item_data.to_dict()
        _kwargs["json"].append(componentsschemas_hook_update_batch_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HookBatchEditResponse | None:
    if response.status_code == 200:
        response_200 = HookBatchEditResponse.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | HookBatchEditResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[HookUpdateItem],
) -> Response[ErrorResponse | HookBatchEditResponse]:
    """Update several webhooks

     PATCH semantics per item (see `updateHook`): an item whose `id` does not exist fails with 404 in
    `statusCodes` and `errors`. Always **200** (`CommonApiController.php:155-220`). An item that is not
    an
    object (`"AAA"`, `null`, `false`, `0`) names no hook and is such a 404, not a 500
    (`CommonApiController.php:155-180`,
    `app/bundles/ApiBundle/Helper/BatchIdToEntityHelper.php:128-137`).

    Args:
        body (list[HookUpdateItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HookBatchEditResponse]
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
    body: list[HookUpdateItem],
) -> ErrorResponse | HookBatchEditResponse | None:
    """Update several webhooks

     PATCH semantics per item (see `updateHook`): an item whose `id` does not exist fails with 404 in
    `statusCodes` and `errors`. Always **200** (`CommonApiController.php:155-220`). An item that is not
    an
    object (`"AAA"`, `null`, `false`, `0`) names no hook and is such a 404, not a 500
    (`CommonApiController.php:155-180`,
    `app/bundles/ApiBundle/Helper/BatchIdToEntityHelper.php:128-137`).

    Args:
        body (list[HookUpdateItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HookBatchEditResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[HookUpdateItem],
) -> Response[ErrorResponse | HookBatchEditResponse]:
    """Update several webhooks

     PATCH semantics per item (see `updateHook`): an item whose `id` does not exist fails with 404 in
    `statusCodes` and `errors`. Always **200** (`CommonApiController.php:155-220`). An item that is not
    an
    object (`"AAA"`, `null`, `false`, `0`) names no hook and is such a 404, not a 500
    (`CommonApiController.php:155-180`,
    `app/bundles/ApiBundle/Helper/BatchIdToEntityHelper.php:128-137`).

    Args:
        body (list[HookUpdateItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HookBatchEditResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[HookUpdateItem],
) -> ErrorResponse | HookBatchEditResponse | None:
    """Update several webhooks

     PATCH semantics per item (see `updateHook`): an item whose `id` does not exist fails with 404 in
    `statusCodes` and `errors`. Always **200** (`CommonApiController.php:155-220`). An item that is not
    an
    object (`"AAA"`, `null`, `false`, `0`) names no hook and is such a 404, not a 500
    (`CommonApiController.php:155-180`,
    `app/bundles/ApiBundle/Helper/BatchIdToEntityHelper.php:128-137`).

    Args:
        body (list[HookUpdateItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HookBatchEditResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
