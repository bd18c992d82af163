from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.hook_create import HookCreate
from ...models.hook_response import HookResponse
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: HookCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
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
    body: HookCreate,
) -> Response[ErrorResponse | HookResponse]:
    """Replace a webhook, or create one

     Replaces every field. What the body does not carry is **cleared**: `isPublished` becomes false, a
    new
    `secret` is generated, `description`, `category` and `eventsOrderbyDir` become null, and `triggers`
    are
    replaced by the body's list (none when absent) (`CommonApiController.php:444-455, 491`;
    `WebhookApiController.php:68-83`; `WebhookModel.php:144-146`).

    On an id that does not exist PUT **creates** a hook with a **new** id (not the one in the URL) and
    answers
    201 with a `Location` header; that needs the `create` and `editother` permissions
    (`CommonApiController.php:229-253`).

    Args:
        id (int):
        body (HookCreate): The body of a create or a replace. Mautic accepts more than this
            describes: unknown fields are ignored,
            `isPublished` never fails (anything unrecognised is false,
            `app/bundles/CoreBundle/Form/RequestTrait.php:58-99`),
            text fields take any scalar, a missing `triggers` means none, and a scheme-less
            `webhookUrl` gets `http://`.

            Text is cleaned before validation, measured on a real Mautic 5.1.0
            (`tests/recordings/kit-5.1.0/`):
            - **Twice for form fields.** The controller's masks (`RequestTrait.php:156-166`) and then
            the form's
              `CleanFormSubscriber`
            (`app/bundles/CoreBundle/Form/EventListener/CleanFormSubscriber.php:30-37`) clean
              `name`, `description`, `webhookUrl` and `secret`, so entities are decoded twice
            (`&amp;lt;b&amp;gt;x` → `x`);
              triggers are cleaned once. Only HTML 4.01 entity names with their `;` are decoded
            (`&apos;`, `&amp x`
              stay), and numeric references to code points PHP refuses (`&#0;`, `&#128;`) stay as
            written
              (`app/bundles/CoreBundle/Helper/InputHelper.php:117-152, 376-466`).
            - **Tags.** `name`, `webhookUrl`, `secret` and triggers lose every tag. `description` goes
            through the
              `html` mask and then `strict_html`: only `b`, `i`, `u`, `em`, `strong`, `a` and `span`
            survive, with their
              attributes cleaned (`on*` handlers and `javascript:` values removed, other attributes
            kept and quoted:
              `<a href="http://x/" onclick=…>` → `<a href="http://x/">`), comments and CDATA removed,
            an unclosed
              tag closed (`<u>x` → `<u />x`) (vendor joomla/filter `src/InputFilter.php:147-226,
            363-598`).
            - **Percent-encoding.** A `description` holding any non-ASCII character is URL-decoded
            first (`%41 é` →
              `A é`; `+` stays); an ASCII-only one is not (`InputHelper.php:45-96`). A decoded byte
            that is not UTF-8
              (`%FF é`) fails in the database: the generic 500.
            - **Unterminated `<`.** It is removed together with the characters after it (`a<b` → `a`),
            in every text
              field including `description` and triggers (vendor joomla/filter
            `src/InputFilter.php:363-408`).
            - **Trim.** Then `name`, `description`, `webhookUrl` and `secret` (not triggers) are
            trimmed at both ends
              of every character in `[\\pZ\\p{Cc}\\p{Cf}]` (NUL, BEL, C1 controls, soft hyphen, no-
            break space), not only
              of whitespace; such characters inside the text stay (vendor symfony/form
            `Util/StringUtil.php:32-39`,
              `Extension/Core/EventListener/TrimListener.php:34`;
            `app/bundles/WebhookBundle/Form/Type/WebhookType.php:34-81`).
              A name made only of them is "A name is required.".
            - **Numbers.** A number sent for a text field is stored in PHP's 14-digit string form
            (`1e100` →
              `1.0E+100`, `-0.0` → `-0`), and so is a number in `triggers` (see `Hook.triggers`).

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
    body: HookCreate,
) -> ErrorResponse | HookResponse | None:
    """Replace a webhook, or create one

     Replaces every field. What the body does not carry is **cleared**: `isPublished` becomes false, a
    new
    `secret` is generated, `description`, `category` and `eventsOrderbyDir` become null, and `triggers`
    are
    replaced by the body's list (none when absent) (`CommonApiController.php:444-455, 491`;
    `WebhookApiController.php:68-83`; `WebhookModel.php:144-146`).

    On an id that does not exist PUT **creates** a hook with a **new** id (not the one in the URL) and
    answers
    201 with a `Location` header; that needs the `create` and `editother` permissions
    (`CommonApiController.php:229-253`).

    Args:
        id (int):
        body (HookCreate): The body of a create or a replace. Mautic accepts more than this
            describes: unknown fields are ignored,
            `isPublished` never fails (anything unrecognised is false,
            `app/bundles/CoreBundle/Form/RequestTrait.php:58-99`),
            text fields take any scalar, a missing `triggers` means none, and a scheme-less
            `webhookUrl` gets `http://`.

            Text is cleaned before validation, measured on a real Mautic 5.1.0
            (`tests/recordings/kit-5.1.0/`):
            - **Twice for form fields.** The controller's masks (`RequestTrait.php:156-166`) and then
            the form's
              `CleanFormSubscriber`
            (`app/bundles/CoreBundle/Form/EventListener/CleanFormSubscriber.php:30-37`) clean
              `name`, `description`, `webhookUrl` and `secret`, so entities are decoded twice
            (`&amp;lt;b&amp;gt;x` → `x`);
              triggers are cleaned once. Only HTML 4.01 entity names with their `;` are decoded
            (`&apos;`, `&amp x`
              stay), and numeric references to code points PHP refuses (`&#0;`, `&#128;`) stay as
            written
              (`app/bundles/CoreBundle/Helper/InputHelper.php:117-152, 376-466`).
            - **Tags.** `name`, `webhookUrl`, `secret` and triggers lose every tag. `description` goes
            through the
              `html` mask and then `strict_html`: only `b`, `i`, `u`, `em`, `strong`, `a` and `span`
            survive, with their
              attributes cleaned (`on*` handlers and `javascript:` values removed, other attributes
            kept and quoted:
              `<a href="http://x/" onclick=…>` → `<a href="http://x/">`), comments and CDATA removed,
            an unclosed
              tag closed (`<u>x` → `<u />x`) (vendor joomla/filter `src/InputFilter.php:147-226,
            363-598`).
            - **Percent-encoding.** A `description` holding any non-ASCII character is URL-decoded
            first (`%41 é` →
              `A é`; `+` stays); an ASCII-only one is not (`InputHelper.php:45-96`). A decoded byte
            that is not UTF-8
              (`%FF é`) fails in the database: the generic 500.
            - **Unterminated `<`.** It is removed together with the characters after it (`a<b` → `a`),
            in every text
              field including `description` and triggers (vendor joomla/filter
            `src/InputFilter.php:363-408`).
            - **Trim.** Then `name`, `description`, `webhookUrl` and `secret` (not triggers) are
            trimmed at both ends
              of every character in `[\\pZ\\p{Cc}\\p{Cf}]` (NUL, BEL, C1 controls, soft hyphen, no-
            break space), not only
              of whitespace; such characters inside the text stay (vendor symfony/form
            `Util/StringUtil.php:32-39`,
              `Extension/Core/EventListener/TrimListener.php:34`;
            `app/bundles/WebhookBundle/Form/Type/WebhookType.php:34-81`).
              A name made only of them is "A name is required.".
            - **Numbers.** A number sent for a text field is stored in PHP's 14-digit string form
            (`1e100` →
              `1.0E+100`, `-0.0` → `-0`), and so is a number in `triggers` (see `Hook.triggers`).

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
    body: HookCreate,
) -> Response[ErrorResponse | HookResponse]:
    """Replace a webhook, or create one

     Replaces every field. What the body does not carry is **cleared**: `isPublished` becomes false, a
    new
    `secret` is generated, `description`, `category` and `eventsOrderbyDir` become null, and `triggers`
    are
    replaced by the body's list (none when absent) (`CommonApiController.php:444-455, 491`;
    `WebhookApiController.php:68-83`; `WebhookModel.php:144-146`).

    On an id that does not exist PUT **creates** a hook with a **new** id (not the one in the URL) and
    answers
    201 with a `Location` header; that needs the `create` and `editother` permissions
    (`CommonApiController.php:229-253`).

    Args:
        id (int):
        body (HookCreate): The body of a create or a replace. Mautic accepts more than this
            describes: unknown fields are ignored,
            `isPublished` never fails (anything unrecognised is false,
            `app/bundles/CoreBundle/Form/RequestTrait.php:58-99`),
            text fields take any scalar, a missing `triggers` means none, and a scheme-less
            `webhookUrl` gets `http://`.

            Text is cleaned before validation, measured on a real Mautic 5.1.0
            (`tests/recordings/kit-5.1.0/`):
            - **Twice for form fields.** The controller's masks (`RequestTrait.php:156-166`) and then
            the form's
              `CleanFormSubscriber`
            (`app/bundles/CoreBundle/Form/EventListener/CleanFormSubscriber.php:30-37`) clean
              `name`, `description`, `webhookUrl` and `secret`, so entities are decoded twice
            (`&amp;lt;b&amp;gt;x` → `x`);
              triggers are cleaned once. Only HTML 4.01 entity names with their `;` are decoded
            (`&apos;`, `&amp x`
              stay), and numeric references to code points PHP refuses (`&#0;`, `&#128;`) stay as
            written
              (`app/bundles/CoreBundle/Helper/InputHelper.php:117-152, 376-466`).
            - **Tags.** `name`, `webhookUrl`, `secret` and triggers lose every tag. `description` goes
            through the
              `html` mask and then `strict_html`: only `b`, `i`, `u`, `em`, `strong`, `a` and `span`
            survive, with their
              attributes cleaned (`on*` handlers and `javascript:` values removed, other attributes
            kept and quoted:
              `<a href="http://x/" onclick=…>` → `<a href="http://x/">`), comments and CDATA removed,
            an unclosed
              tag closed (`<u>x` → `<u />x`) (vendor joomla/filter `src/InputFilter.php:147-226,
            363-598`).
            - **Percent-encoding.** A `description` holding any non-ASCII character is URL-decoded
            first (`%41 é` →
              `A é`; `+` stays); an ASCII-only one is not (`InputHelper.php:45-96`). A decoded byte
            that is not UTF-8
              (`%FF é`) fails in the database: the generic 500.
            - **Unterminated `<`.** It is removed together with the characters after it (`a<b` → `a`),
            in every text
              field including `description` and triggers (vendor joomla/filter
            `src/InputFilter.php:363-408`).
            - **Trim.** Then `name`, `description`, `webhookUrl` and `secret` (not triggers) are
            trimmed at both ends
              of every character in `[\\pZ\\p{Cc}\\p{Cf}]` (NUL, BEL, C1 controls, soft hyphen, no-
            break space), not only
              of whitespace; such characters inside the text stay (vendor symfony/form
            `Util/StringUtil.php:32-39`,
              `Extension/Core/EventListener/TrimListener.php:34`;
            `app/bundles/WebhookBundle/Form/Type/WebhookType.php:34-81`).
              A name made only of them is "A name is required.".
            - **Numbers.** A number sent for a text field is stored in PHP's 14-digit string form
            (`1e100` →
              `1.0E+100`, `-0.0` → `-0`), and so is a number in `triggers` (see `Hook.triggers`).

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
    body: HookCreate,
) -> ErrorResponse | HookResponse | None:
    """Replace a webhook, or create one

     Replaces every field. What the body does not carry is **cleared**: `isPublished` becomes false, a
    new
    `secret` is generated, `description`, `category` and `eventsOrderbyDir` become null, and `triggers`
    are
    replaced by the body's list (none when absent) (`CommonApiController.php:444-455, 491`;
    `WebhookApiController.php:68-83`; `WebhookModel.php:144-146`).

    On an id that does not exist PUT **creates** a hook with a **new** id (not the one in the URL) and
    answers
    201 with a `Location` header; that needs the `create` and `editother` permissions
    (`CommonApiController.php:229-253`).

    Args:
        id (int):
        body (HookCreate): The body of a create or a replace. Mautic accepts more than this
            describes: unknown fields are ignored,
            `isPublished` never fails (anything unrecognised is false,
            `app/bundles/CoreBundle/Form/RequestTrait.php:58-99`),
            text fields take any scalar, a missing `triggers` means none, and a scheme-less
            `webhookUrl` gets `http://`.

            Text is cleaned before validation, measured on a real Mautic 5.1.0
            (`tests/recordings/kit-5.1.0/`):
            - **Twice for form fields.** The controller's masks (`RequestTrait.php:156-166`) and then
            the form's
              `CleanFormSubscriber`
            (`app/bundles/CoreBundle/Form/EventListener/CleanFormSubscriber.php:30-37`) clean
              `name`, `description`, `webhookUrl` and `secret`, so entities are decoded twice
            (`&amp;lt;b&amp;gt;x` → `x`);
              triggers are cleaned once. Only HTML 4.01 entity names with their `;` are decoded
            (`&apos;`, `&amp x`
              stay), and numeric references to code points PHP refuses (`&#0;`, `&#128;`) stay as
            written
              (`app/bundles/CoreBundle/Helper/InputHelper.php:117-152, 376-466`).
            - **Tags.** `name`, `webhookUrl`, `secret` and triggers lose every tag. `description` goes
            through the
              `html` mask and then `strict_html`: only `b`, `i`, `u`, `em`, `strong`, `a` and `span`
            survive, with their
              attributes cleaned (`on*` handlers and `javascript:` values removed, other attributes
            kept and quoted:
              `<a href="http://x/" onclick=…>` → `<a href="http://x/">`), comments and CDATA removed,
            an unclosed
              tag closed (`<u>x` → `<u />x`) (vendor joomla/filter `src/InputFilter.php:147-226,
            363-598`).
            - **Percent-encoding.** A `description` holding any non-ASCII character is URL-decoded
            first (`%41 é` →
              `A é`; `+` stays); an ASCII-only one is not (`InputHelper.php:45-96`). A decoded byte
            that is not UTF-8
              (`%FF é`) fails in the database: the generic 500.
            - **Unterminated `<`.** It is removed together with the characters after it (`a<b` → `a`),
            in every text
              field including `description` and triggers (vendor joomla/filter
            `src/InputFilter.php:363-408`).
            - **Trim.** Then `name`, `description`, `webhookUrl` and `secret` (not triggers) are
            trimmed at both ends
              of every character in `[\\pZ\\p{Cc}\\p{Cf}]` (NUL, BEL, C1 controls, soft hyphen, no-
            break space), not only
              of whitespace; such characters inside the text stay (vendor symfony/form
            `Util/StringUtil.php:32-39`,
              `Extension/Core/EventListener/TrimListener.php:34`;
            `app/bundles/WebhookBundle/Form/Type/WebhookType.php:34-81`).
              A name made only of them is "A name is required.".
            - **Numbers.** A number sent for a text field is stored in PHP's 14-digit string form
            (`1e100` →
              `1.0E+100`, `-0.0` → `-0`), and so is a number in `triggers` (see `Hook.triggers`).

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
