from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.hook_response import HookResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    select: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_select: list[str] | Unset = UNSET
    if not isinstance(select, Unset):
        json_select = select

    params["select[]"] = json_select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/hooks/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HookResponse | None:
    if response.status_code == 200:
        response_200 = HookResponse.from_dict(response.json())

        return response_200

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
    select: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | HookResponse]:
    """Get a webhook

     Returns one webhook. A missing id (including 0) is 404 before any permission check, so a forbidden
    existing hook is 403 and a missing one 404 whoever asks (`FetchCommonApiController.php:308-336`).
    `select[]` is honoured here too: the answer is then a `SelectedHook`, with its null fields left out
    (`FetchCommonApiController.php:308-317, 712-715`).

    Args:
        id (int):
        select (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HookResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    select: list[str] | Unset = UNSET,
) -> ErrorResponse | HookResponse | None:
    """Get a webhook

     Returns one webhook. A missing id (including 0) is 404 before any permission check, so a forbidden
    existing hook is 403 and a missing one 404 whoever asks (`FetchCommonApiController.php:308-336`).
    `select[]` is honoured here too: the answer is then a `SelectedHook`, with its null fields left out
    (`FetchCommonApiController.php:308-317, 712-715`).

    Args:
        id (int):
        select (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HookResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        select=select,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    select: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | HookResponse]:
    """Get a webhook

     Returns one webhook. A missing id (including 0) is 404 before any permission check, so a forbidden
    existing hook is 403 and a missing one 404 whoever asks (`FetchCommonApiController.php:308-336`).
    `select[]` is honoured here too: the answer is then a `SelectedHook`, with its null fields left out
    (`FetchCommonApiController.php:308-317, 712-715`).

    Args:
        id (int):
        select (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HookResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    select: list[str] | Unset = UNSET,
) -> ErrorResponse | HookResponse | None:
    """Get a webhook

     Returns one webhook. A missing id (including 0) is 404 before any permission check, so a forbidden
    existing hook is 403 and a missing one 404 whoever asks (`FetchCommonApiController.php:308-336`).
    `select[]` is honoured here too: the answer is then a `SelectedHook`, with its null fields left out
    (`FetchCommonApiController.php:308-317, 712-715`).

    Args:
        id (int):
        select (list[str] | Unset):

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
            select=select,
        )
    ).parsed
