"""Mautic's CORSMiddleware (app/middlewares/CORSMiddleware.php) with Mautic's default configuration.

The defaults restrict CORS to ``cors_valid_domains``, which is empty (app/bundles/CoreBundle/Config/config.php:
1341-1342), so no Origin is ever valid: ``Access-Control-Allow-Origin`` is set to null, which PHP sends as an
empty header (CORSMiddleware.php:99-126). Measured on a real 5.1.0 (kit recording auth.jsonl, group "cors"):

- every answer to an XHR (``X-Requested-With: XMLHttpRequest``, exact case: Symfony
  Request::isXmlHttpRequest) carries the five headers below, whatever its status and whatever the Origin
  (the site's own, another, ``null`` or none) (CORSMiddleware.php:77-82);
- an OPTIONS request is answered 204 by the middleware itself, before Mautic, and without any CORS header,
  since the origin is not valid (:60-74); no ``Vary: Origin`` anywhere (only a wildcard match sets it, :117).
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

# CORSMiddleware.php:18-24, in its order; Max-Age is 10 * 60 * 60.
XHR_HEADERS = (
    ("Access-Control-Allow-Origin", ""),
    ("Access-Control-Allow-Headers", "Origin, X-Requested-With, Content-Type, Authorization"),
    ("Access-Control-Allow-Methods", "PUT, GET, POST, DELETE, OPTIONS"),
    ("Access-Control-Allow-Credentials", "true"),
    ("Access-Control-Max-Age", "36000"),
)


def preflight() -> Response:
    """Any OPTIONS request: 204, empty, before routing, authentication or the API switches."""
    return Response(status_code=204)


def on_xhr(request: Request, response: Response) -> Response:
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        for name, value in XHR_HEADERS:
            response.headers[name] = value
    return response
