from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deleted_hook_response import DeletedHookResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/hooks/{id}/delete".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedHookResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeletedHookResponse.from_dict(response.json())

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
) -> Response[DeletedHookResponse | ErrorResponse]:
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
) -> Response[DeletedHookResponse | ErrorResponse]:
    """Delete a webhook

     Deletes the webhook and answers 200 with it as it was, except that **`id` is null**: the ORM clears
    the
    id on removal before the response is serialized (`CommonApiController.php:130-148`; asserted for
    other
    entities in
    `app/bundles/LeadBundle/Tests/Controller/Api/ListApiControllerFunctionalTest.php:247-253`).
    A later GET of that id is 404.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedHookResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> DeletedHookResponse | ErrorResponse | None:
    """Delete a webhook

     Deletes the webhook and answers 200 with it as it was, except that **`id` is null**: the ORM clears
    the
    id on removal before the response is serialized (`CommonApiController.php:130-148`; asserted for
    other
    entities in
    `app/bundles/LeadBundle/Tests/Controller/Api/ListApiControllerFunctionalTest.php:247-253`).
    A later GET of that id is 404.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedHookResponse | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeletedHookResponse | ErrorResponse]:
    """Delete a webhook

     Deletes the webhook and answers 200 with it as it was, except that **`id` is null**: the ORM clears
    the
    id on removal before the response is serialized (`CommonApiController.php:130-148`; asserted for
    other
    entities in
    `app/bundles/LeadBundle/Tests/Controller/Api/ListApiControllerFunctionalTest.php:247-253`).
    A later GET of that id is 404.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedHookResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> DeletedHookResponse | ErrorResponse | None:
    """Delete a webhook

     Deletes the webhook and answers 200 with it as it was, except that **`id` is null**: the ORM clears
    the
    id on removal before the response is serialized (`CommonApiController.php:130-148`; asserted for
    other
    entities in
    `app/bundles/LeadBundle/Tests/Controller/Api/ListApiControllerFunctionalTest.php:247-253`).
    A later GET of that id is 404.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedHookResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
