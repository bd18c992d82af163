from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.hook_create import HookCreate
from ...models.hook_response import HookResponse
from ...types import Response


def _get_kwargs(
    *,
    body: HookCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/hooks/new",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HookResponse | None:
    if response.status_code == 201:
        response_201 = HookResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | HookResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HookCreate,
) -> Response[ErrorResponse | HookResponse]:
    """Create a webhook

     Creates a webhook and answers 201 with it and a `Location` header holding a **path**
    (`/api/hooks/42`), not a full URL
    (`app/bundles/ApiBundle/Controller/CommonApiController.php:324-334, 513-536`).

    - Unknown body fields, and `id`, `dateAdded`, `createdBy`, `publishUp`, `publishDown`, are ignored,
    never
      rejected (`CommonApiController.php:339-353, 439-441`).
    - New hooks default to `isPublished: true`, but a caller without `publishother` gets them
    unpublished
      (`CommonApiController.php:447-474`).
    - `secret` is generated (64 lowercase hex characters) when absent or empty
      (`app/bundles/WebhookBundle/Model/WebhookModel.php:142-149`).
    - JSON is also read without a `Content-Type`; `application/x-www-form-urlencoded` and
    `multipart/form-data`
      bodies work too (`triggers[]=a&triggers[]=b`); other content types leave the body unread
      (FOSRest `BodyListener`, `app/config/config.php:232-243`).

    Args:
        body (HookCreate): The body of a create or a replace. Mautic accepts more than this
            describes: unknown fields are ignored,
            `isPublished` never fails (anything unrecognised is false,
            `app/bundles/CoreBundle/Form/RequestTrait.php:58-99`),
            text fields take any scalar, a missing `triggers` means none, and a scheme-less
            `webhookUrl` gets `http://`.
            HTML tags are stripped from text fields (`RequestTrait.php:156-166`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HookResponse]
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
    body: HookCreate,
) -> ErrorResponse | HookResponse | None:
    """Create a webhook

     Creates a webhook and answers 201 with it and a `Location` header holding a **path**
    (`/api/hooks/42`), not a full URL
    (`app/bundles/ApiBundle/Controller/CommonApiController.php:324-334, 513-536`).

    - Unknown body fields, and `id`, `dateAdded`, `createdBy`, `publishUp`, `publishDown`, are ignored,
    never
      rejected (`CommonApiController.php:339-353, 439-441`).
    - New hooks default to `isPublished: true`, but a caller without `publishother` gets them
    unpublished
      (`CommonApiController.php:447-474`).
    - `secret` is generated (64 lowercase hex characters) when absent or empty
      (`app/bundles/WebhookBundle/Model/WebhookModel.php:142-149`).
    - JSON is also read without a `Content-Type`; `application/x-www-form-urlencoded` and
    `multipart/form-data`
      bodies work too (`triggers[]=a&triggers[]=b`); other content types leave the body unread
      (FOSRest `BodyListener`, `app/config/config.php:232-243`).

    Args:
        body (HookCreate): The body of a create or a replace. Mautic accepts more than this
            describes: unknown fields are ignored,
            `isPublished` never fails (anything unrecognised is false,
            `app/bundles/CoreBundle/Form/RequestTrait.php:58-99`),
            text fields take any scalar, a missing `triggers` means none, and a scheme-less
            `webhookUrl` gets `http://`.
            HTML tags are stripped from text fields (`RequestTrait.php:156-166`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HookResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HookCreate,
) -> Response[ErrorResponse | HookResponse]:
    """Create a webhook

     Creates a webhook and answers 201 with it and a `Location` header holding a **path**
    (`/api/hooks/42`), not a full URL
    (`app/bundles/ApiBundle/Controller/CommonApiController.php:324-334, 513-536`).

    - Unknown body fields, and `id`, `dateAdded`, `createdBy`, `publishUp`, `publishDown`, are ignored,
    never
      rejected (`CommonApiController.php:339-353, 439-441`).
    - New hooks default to `isPublished: true`, but a caller without `publishother` gets them
    unpublished
      (`CommonApiController.php:447-474`).
    - `secret` is generated (64 lowercase hex characters) when absent or empty
      (`app/bundles/WebhookBundle/Model/WebhookModel.php:142-149`).
    - JSON is also read without a `Content-Type`; `application/x-www-form-urlencoded` and
    `multipart/form-data`
      bodies work too (`triggers[]=a&triggers[]=b`); other content types leave the body unread
      (FOSRest `BodyListener`, `app/config/config.php:232-243`).

    Args:
        body (HookCreate): The body of a create or a replace. Mautic accepts more than this
            describes: unknown fields are ignored,
            `isPublished` never fails (anything unrecognised is false,
            `app/bundles/CoreBundle/Form/RequestTrait.php:58-99`),
            text fields take any scalar, a missing `triggers` means none, and a scheme-less
            `webhookUrl` gets `http://`.
            HTML tags are stripped from text fields (`RequestTrait.php:156-166`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HookResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: HookCreate,
) -> ErrorResponse | HookResponse | None:
    """Create a webhook

     Creates a webhook and answers 201 with it and a `Location` header holding a **path**
    (`/api/hooks/42`), not a full URL
    (`app/bundles/ApiBundle/Controller/CommonApiController.php:324-334, 513-536`).

    - Unknown body fields, and `id`, `dateAdded`, `createdBy`, `publishUp`, `publishDown`, are ignored,
    never
      rejected (`CommonApiController.php:339-353, 439-441`).
    - New hooks default to `isPublished: true`, but a caller without `publishother` gets them
    unpublished
      (`CommonApiController.php:447-474`).
    - `secret` is generated (64 lowercase hex characters) when absent or empty
      (`app/bundles/WebhookBundle/Model/WebhookModel.php:142-149`).
    - JSON is also read without a `Content-Type`; `application/x-www-form-urlencoded` and
    `multipart/form-data`
      bodies work too (`triggers[]=a&triggers[]=b`); other content types leave the body unread
      (FOSRest `BodyListener`, `app/config/config.php:232-243`).

    Args:
        body (HookCreate): The body of a create or a replace. Mautic accepts more than this
            describes: unknown fields are ignored,
            `isPublished` never fails (anything unrecognised is false,
            `app/bundles/CoreBundle/Form/RequestTrait.php:58-99`),
            text fields take any scalar, a missing `triggers` means none, and a scheme-less
            `webhookUrl` gets `http://`.
            HTML tags are stripped from text fields (`RequestTrait.php:156-166`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HookResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
