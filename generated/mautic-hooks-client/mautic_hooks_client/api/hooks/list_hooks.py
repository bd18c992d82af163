from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.hook_list import HookList
from ...models.order_clauses import OrderClauses
from ...models.where_clauses import WhereClauses
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    start: int | Unset = 0,
    limit: int | Unset = 30,
    order_by: str | Unset = UNSET,
    order_by_dir: str | Unset = "ASC",
    published: str | Unset = UNSET,
    published_only: str | Unset = UNSET,
    minimal: str | Unset = UNSET,
    where: WhereClauses | Unset = UNSET,
    order: OrderClauses | Unset = UNSET,
    select: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["start"] = start

    params["limit"] = limit

    params["orderBy"] = order_by

    params["orderByDir"] = order_by_dir

    params["published"] = published

    params["publishedOnly"] = published_only

    params["minimal"] = minimal

    json_where: dict[str, Any] | Unset = UNSET
    if not isinstance(where, Unset):
        json_where = where.to_dict()
    if not isinstance(json_where, Unset):
        params.update(json_where)

    json_order: dict[str, Any] | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.to_dict()
    if not isinstance(json_order, Unset):
        params.update(json_order)

    json_select: list[str] | Unset = UNSET
    if not isinstance(select, Unset):
        json_select = select

    params["select[]"] = json_select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/hooks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HookList | None:
    if response.status_code == 200:
        response_200 = HookList.from_dict(response.json())

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
) -> Response[ErrorResponse | HookList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    start: int | Unset = 0,
    limit: int | Unset = 30,
    order_by: str | Unset = UNSET,
    order_by_dir: str | Unset = "ASC",
    published: str | Unset = UNSET,
    published_only: str | Unset = UNSET,
    minimal: str | Unset = UNSET,
    where: WhereClauses | Unset = UNSET,
    order: OrderClauses | Unset = UNSET,
    select: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | HookList]:
    """List webhooks

     Returns one page of webhooks and the number of all matches.

    - `hooks` is an **object keyed by hook id** when there are results, in the order of the query, and
    exactly
      **`[]`** when there are none (`app/bundles/CoreBundle/Entity/CommonRepository.php:350-353,
    388-395`,
      `app/bundles/ApiBundle/Helper/EntityResultHelper.php:21-32`).
    - `total` is an integer counting every match, not just the page.
    - Default order is `name` ascending
    (`app/bundles/WebhookBundle/Entity/WebhookRepository.php:39-44`).
    - A user without `webhook:webhooks:viewother` sees only the hooks they created, unless `where` is
    given
      (`FetchCommonApiController.php:168-185`, `CommonRepository.php:1470-1500`).

    Args:
        search (str | Unset):
        start (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 30.
        order_by (str | Unset):
        order_by_dir (str | Unset):  Default: 'ASC'.
        published (str | Unset):
        published_only (str | Unset):
        minimal (str | Unset):
        where (WhereClauses | Unset): Clauses keyed by position ("0", "1", …).
        order (OrderClauses | Unset): Order clauses keyed by position ("0", "1", …).
        select (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HookList]
    """

    kwargs = _get_kwargs(
        search=search,
        start=start,
        limit=limit,
        order_by=order_by,
        order_by_dir=order_by_dir,
        published=published,
        published_only=published_only,
        minimal=minimal,
        where=where,
        order=order,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    start: int | Unset = 0,
    limit: int | Unset = 30,
    order_by: str | Unset = UNSET,
    order_by_dir: str | Unset = "ASC",
    published: str | Unset = UNSET,
    published_only: str | Unset = UNSET,
    minimal: str | Unset = UNSET,
    where: WhereClauses | Unset = UNSET,
    order: OrderClauses | Unset = UNSET,
    select: list[str] | Unset = UNSET,
) -> ErrorResponse | HookList | None:
    """List webhooks

     Returns one page of webhooks and the number of all matches.

    - `hooks` is an **object keyed by hook id** when there are results, in the order of the query, and
    exactly
      **`[]`** when there are none (`app/bundles/CoreBundle/Entity/CommonRepository.php:350-353,
    388-395`,
      `app/bundles/ApiBundle/Helper/EntityResultHelper.php:21-32`).
    - `total` is an integer counting every match, not just the page.
    - Default order is `name` ascending
    (`app/bundles/WebhookBundle/Entity/WebhookRepository.php:39-44`).
    - A user without `webhook:webhooks:viewother` sees only the hooks they created, unless `where` is
    given
      (`FetchCommonApiController.php:168-185`, `CommonRepository.php:1470-1500`).

    Args:
        search (str | Unset):
        start (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 30.
        order_by (str | Unset):
        order_by_dir (str | Unset):  Default: 'ASC'.
        published (str | Unset):
        published_only (str | Unset):
        minimal (str | Unset):
        where (WhereClauses | Unset): Clauses keyed by position ("0", "1", …).
        order (OrderClauses | Unset): Order clauses keyed by position ("0", "1", …).
        select (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HookList
    """

    return sync_detailed(
        client=client,
        search=search,
        start=start,
        limit=limit,
        order_by=order_by,
        order_by_dir=order_by_dir,
        published=published,
        published_only=published_only,
        minimal=minimal,
        where=where,
        order=order,
        select=select,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    start: int | Unset = 0,
    limit: int | Unset = 30,
    order_by: str | Unset = UNSET,
    order_by_dir: str | Unset = "ASC",
    published: str | Unset = UNSET,
    published_only: str | Unset = UNSET,
    minimal: str | Unset = UNSET,
    where: WhereClauses | Unset = UNSET,
    order: OrderClauses | Unset = UNSET,
    select: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | HookList]:
    """List webhooks

     Returns one page of webhooks and the number of all matches.

    - `hooks` is an **object keyed by hook id** when there are results, in the order of the query, and
    exactly
      **`[]`** when there are none (`app/bundles/CoreBundle/Entity/CommonRepository.php:350-353,
    388-395`,
      `app/bundles/ApiBundle/Helper/EntityResultHelper.php:21-32`).
    - `total` is an integer counting every match, not just the page.
    - Default order is `name` ascending
    (`app/bundles/WebhookBundle/Entity/WebhookRepository.php:39-44`).
    - A user without `webhook:webhooks:viewother` sees only the hooks they created, unless `where` is
    given
      (`FetchCommonApiController.php:168-185`, `CommonRepository.php:1470-1500`).

    Args:
        search (str | Unset):
        start (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 30.
        order_by (str | Unset):
        order_by_dir (str | Unset):  Default: 'ASC'.
        published (str | Unset):
        published_only (str | Unset):
        minimal (str | Unset):
        where (WhereClauses | Unset): Clauses keyed by position ("0", "1", …).
        order (OrderClauses | Unset): Order clauses keyed by position ("0", "1", …).
        select (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HookList]
    """

    kwargs = _get_kwargs(
        search=search,
        start=start,
        limit=limit,
        order_by=order_by,
        order_by_dir=order_by_dir,
        published=published,
        published_only=published_only,
        minimal=minimal,
        where=where,
        order=order,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    start: int | Unset = 0,
    limit: int | Unset = 30,
    order_by: str | Unset = UNSET,
    order_by_dir: str | Unset = "ASC",
    published: str | Unset = UNSET,
    published_only: str | Unset = UNSET,
    minimal: str | Unset = UNSET,
    where: WhereClauses | Unset = UNSET,
    order: OrderClauses | Unset = UNSET,
    select: list[str] | Unset = UNSET,
) -> ErrorResponse | HookList | None:
    """List webhooks

     Returns one page of webhooks and the number of all matches.

    - `hooks` is an **object keyed by hook id** when there are results, in the order of the query, and
    exactly
      **`[]`** when there are none (`app/bundles/CoreBundle/Entity/CommonRepository.php:350-353,
    388-395`,
      `app/bundles/ApiBundle/Helper/EntityResultHelper.php:21-32`).
    - `total` is an integer counting every match, not just the page.
    - Default order is `name` ascending
    (`app/bundles/WebhookBundle/Entity/WebhookRepository.php:39-44`).
    - A user without `webhook:webhooks:viewother` sees only the hooks they created, unless `where` is
    given
      (`FetchCommonApiController.php:168-185`, `CommonRepository.php:1470-1500`).

    Args:
        search (str | Unset):
        start (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 30.
        order_by (str | Unset):
        order_by_dir (str | Unset):  Default: 'ASC'.
        published (str | Unset):
        published_only (str | Unset):
        minimal (str | Unset):
        where (WhereClauses | Unset): Clauses keyed by position ("0", "1", …).
        order (OrderClauses | Unset): Order clauses keyed by position ("0", "1", …).
        select (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HookList
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            start=start,
            limit=limit,
            order_by=order_by,
            order_by_dir=order_by_dir,
            published=published,
            published_only=published_only,
            minimal=minimal,
            where=where,
            order=order,
            select=select,
        )
    ).parsed
