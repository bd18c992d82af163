"""The few answers that are HTML pages, not JSON: what the web server in front of Mautic, Symfony's router
or Mautic's error page send. Clients see their status, Content-Type and Location; the bodies are
small stand-ins of the same kind (a replay compares HTML answers by status and Content-Type only).
"""

from __future__ import annotations

from html import escape

from starlette.responses import Response

APACHE_HTML = "text/html; charset=iso-8859-1"
SYMFONY_HTML = "text/html; charset=UTF-8"


def _apache_page(title: str, text: str) -> bytes:
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\n'
        f"<html><head>\n<title>{title}</title>\n</head><body>\n<h1>{title.split(' ', 1)[1]}</h1>\n"
        f"<p>{text}</p>\n</body></html>\n"
    ).encode("latin-1", "replace")


def trace_refused() -> Response:
    """TRACE never reaches Mautic: Apache with ``TraceEnable Off`` (as on the recorded server) answers 405
    with its own page and an empty Allow (Apache httpd core, ``TraceEnable``)."""
    body = _apache_page("405 Method Not Allowed", "The requested method TRACE is not allowed for this URL.")
    return Response(body, 405, {"Allow": ""}, APACHE_HTML)


def front_controller_redirect(location: str) -> Response:
    """Mautic's .htaccess redirects ``/index.php/...`` to the same URI without the front controller
    (.htaccess:37, ``RewriteRule ^index\\.php(/(.*)|$) %{ENV:BASE}/$2 [R=301,L]``): Apache's 301 page."""
    href = escape(location, quote=True)
    body = _apache_page("301 Moved Permanently", f'The document has moved <a href="{href}">here</a>.')
    return Response(body, 301, {"Location": location}, APACHE_HTML)


def symfony_redirect(location: str) -> Response:
    """The trailing-slash redirect's body is Symfony's small HTML redirect page (vendor symfony/routing
    Matcher/CompiledUrlMatcherTrait.php; symfony/http-foundation RedirectResponse.php)."""
    href = escape(location, quote=True)
    body = (
        '<!DOCTYPE html>\n<html>\n    <head>\n        <meta charset="UTF-8" />\n'
        f'        <meta http-equiv="refresh" content="0;url=\'{href}\'" />\n\n'
        f"        <title>Redirecting to {href}</title>\n    </head>\n    <body>\n"
        f'        Redirecting to <a href="{href}">{href}</a>.\n    </body>\n</html>'
    ).encode()
    return Response(body, 301, {"Location": location}, SYMFONY_HTML)


def not_found_page() -> Response:
    """Outside the API (the URI holds neither /api nor /oauth, e.g. ``/API/hooks``) Mautic renders its HTML
    error page, not JSON (app/bundles/PageBundle/Config/config.php:64-71 catch-all;
    app/bundles/ApiBundle/Helper/RequestHelper.php:18-19 decides what an API request is)."""
    body = (
        b'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="UTF-8" />\n<title>Not Found</title>\n</head>\n'
        b"<body><h1>Not Found</h1><p>The requested page could not be found.</p></body>\n</html>\n"
    )
    return Response(body, 404, media_type=SYMFONY_HTML)
