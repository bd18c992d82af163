"""The response shapes Mautic uses for errors, each built by one small function.

* controller shape — ``{"errors":[{"code","message","details"}]}``: ``returnError`` builds a ``type``
  too, but FOSRest's default serialize-null=false drops it
  (app/bundles/ApiBundle/Controller/FetchCommonApiController.php:612-641). Carries Mautic-Version.
* listener shape — ``{"errors":[{"message","code","type"}]}`` from ApiSubscriber and the exception
  controller (app/bundles/CoreBundle/Controller/ExceptionController.php:31-64). No Mautic-Version.
* batch item shape — see ``batch_item_error``.
"""

from __future__ import annotations

from starlette.responses import Response

from . import MAUTIC_VERSION
from .serialize import encode_controller, encode_listener

JSON = "application/json"
NOT_FOUND = "Item was not found."  # app/bundles/CoreBundle/Translations/en_US/flashes.ini:7
ACCESS_DENIED = "You do not have access to the requested area/action."  # flashes.ini:3
API_DISABLED = "API disabled. You need to enable the API in the API settings of Mautic's Configuration."
BASIC_DISABLED = (
    "Basic Auth disabled. You need to enable HTTP basic auth in the API settings of Mautic's Configuration."
)
BAD_CREDENTIALS = "Authorization denied, invalid credentials."  # ApiBundle/Translations/en_US/messages.ini:58
AUTH_DENIED = "API authorization denied."  # ApiBundle/Translations/en_US/messages.ini:1


class MauticError(Exception):
    """An uncaught exception as Mautic's ExceptionController reports it: the real message only for
    the exception kinds it trusts (UnexpectedValueException, NotFoundHttpException …), otherwise the
    generic text (ExceptionController.php:36-64)."""

    def __init__(self, status: int = 500, message: str | None = None):
        super().__init__(message or generic_message(status))
        self.status = status
        self.message = message or generic_message(status)


def generic_message(status: int) -> str:
    # app/bundles/CoreBundle/Translations/en_US/messages.ini:227
    return (
        f"Looks like I encountered an error (error #{status}). "
        "If I do it again, please report me to the system administrator!"
    )


def controller_response(payload, status: int = 200, headers: dict | None = None) -> Response:
    """A FOSRest view: JMS-encoded body plus the Mautic-Version header (FetchCommonApiController.php:745-755)."""
    all_headers = {"Mautic-Version": MAUTIC_VERSION}
    if headers:
        all_headers.update(headers)
    return Response(encode_controller(payload), status, all_headers, JSON)


def controller_error(status: int, message: str, details=None) -> Response:
    error = {"code": status, "message": message, "details": [] if details is None else details}
    return controller_response({"errors": [error]}, status)


def listener_error(status: int, message: str, error_type: str | None) -> Response:
    body = {"errors": [{"message": message, "code": status, "type": error_type}]}
    return Response(encode_listener(body), status, media_type=JSON)


def exception_response(exc: MauticError) -> Response:
    return listener_error(exc.status, exc.message, None)


def url_not_found(url: str) -> Response:
    """The public-page catch-all's answer for any unmatched /api URL
    (app/bundles/CoreBundle/Controller/CommonController.php:466-491; messages.ini:560)."""
    return listener_error(404, f"Requested URL not found: {url}", None)


def batch_item_error(message: str, status: int) -> dict:
    """``setBatchError`` entry (FetchCommonApiController.php:664-676)."""
    return {"message": message, "code": status, "type": "api"}
