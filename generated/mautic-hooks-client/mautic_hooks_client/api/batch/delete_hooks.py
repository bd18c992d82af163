from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.hook_batch_delete_response import HookBatchDeleteResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/hooks/batch/delete",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HookBatchDeleteResponse | None:
    if response.status_code == 200:
        response_200 = HookBatchDeleteResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | HookBatchDeleteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: str,
) -> Response[ErrorResponse | HookBatchDeleteResponse]:
    """Delete several webhooks

     Deletes the webhooks named in the `ids` query parameter. Unlike the single delete, the response is
    serialized **before** deleting, so ids are present. Unknown ids are silently dropped, which leaves
    gaps
    and turns `hooks` into an object keyed by position. Items the caller may not delete appear in
    `hooks`
    and in `errors` (403) and are kept. Always 200, no `statusCodes` (`CommonApiController.php:80-121`,
    `app/bundles/ApiBundle/Helper/BatchIdToEntityHelper.php:61-126`). Ids given as a keyed PHP array
    (`ids[x]=3`) key `hooks` by those keys; without `ids`, the query's own values are the ids
    (`?0=3&1=5`).
    An id given twice appears twice in `hooks`, and its second deletion is a 404 in `errors`. The batch
    limit
    counts **query parameters**, not ids: more than 200 parameters is a 500, as for the other batch
    operations, while one comma-separated `ids` of any length is not limited
    (`CommonApiController.php:82-86`, `FetchCommonApiController.php:731-739`).

    Args:
        ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HookBatchDeleteResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ids: str,
) -> ErrorResponse | HookBatchDeleteResponse | None:
    """Delete several webhooks

     Deletes the webhooks named in the `ids` query parameter. Unlike the single delete, the response is
    serialized **before** deleting, so ids are present. Unknown ids are silently dropped, which leaves
    gaps
    and turns `hooks` into an object keyed by position. Items the caller may not delete appear in
    `hooks`
    and in `errors` (403) and are kept. Always 200, no `statusCodes` (`CommonApiController.php:80-121`,
    `app/bundles/ApiBundle/Helper/BatchIdToEntityHelper.php:61-126`). Ids given as a keyed PHP array
    (`ids[x]=3`) key `hooks` by those keys; without `ids`, the query's own values are the ids
    (`?0=3&1=5`).
    An id given twice appears twice in `hooks`, and its second deletion is a 404 in `errors`. The batch
    limit
    counts **query parameters**, not ids: more than 200 parameters is a 500, as for the other batch
    operations, while one comma-separated `ids` of any length is not limited
    (`CommonApiController.php:82-86`, `FetchCommonApiController.php:731-739`).

    Args:
        ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HookBatchDeleteResponse
    """

    return sync_detailed(
        client=client,
        ids=ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: str,
) -> Response[ErrorResponse | HookBatchDeleteResponse]:
    """Delete several webhooks

     Deletes the webhooks named in the `ids` query parameter. Unlike the single delete, the response is
    serialized **before** deleting, so ids are present. Unknown ids are silently dropped, which leaves
    gaps
    and turns `hooks` into an object keyed by position. Items the caller may not delete appear in
    `hooks`
    and in `errors` (403) and are kept. Always 200, no `statusCodes` (`CommonApiController.php:80-121`,
    `app/bundles/ApiBundle/Helper/BatchIdToEntityHelper.php:61-126`). Ids given as a keyed PHP array
    (`ids[x]=3`) key `hooks` by those keys; without `ids`, the query's own values are the ids
    (`?0=3&1=5`).
    An id given twice appears twice in `hooks`, and its second deletion is a 404 in `errors`. The batch
    limit
    counts **query parameters**, not ids: more than 200 parameters is a 500, as for the other batch
    operations, while one comma-separated `ids` of any length is not limited
    (`CommonApiController.php:82-86`, `FetchCommonApiController.php:731-739`).

    Args:
        ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HookBatchDeleteResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ids: str,
) -> ErrorResponse | HookBatchDeleteResponse | None:
    """Delete several webhooks

     Deletes the webhooks named in the `ids` query parameter. Unlike the single delete, the response is
    serialized **before** deleting, so ids are present. Unknown ids are silently dropped, which leaves
    gaps
    and turns `hooks` into an object keyed by position. Items the caller may not delete appear in
    `hooks`
    and in `errors` (403) and are kept. Always 200, no `statusCodes` (`CommonApiController.php:80-121`,
    `app/bundles/ApiBundle/Helper/BatchIdToEntityHelper.php:61-126`). Ids given as a keyed PHP array
    (`ids[x]=3`) key `hooks` by those keys; without `ids`, the query's own values are the ids
    (`?0=3&1=5`).
    An id given twice appears twice in `hooks`, and its second deletion is a 404 in `errors`. The batch
    limit
    counts **query parameters**, not ids: more than 200 parameters is a 500, as for the other batch
    operations, while one comma-separated `ids` of any length is not limited
    (`CommonApiController.php:82-86`, `FetchCommonApiController.php:731-739`).

    Args:
        ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HookBatchDeleteResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
        )
    ).parsed
