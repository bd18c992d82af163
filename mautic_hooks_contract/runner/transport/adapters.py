"""The wire under each HTTP library the suite uses: httpx for its own client, requests for schemathesis.

Each adapter reads the whole response (the suite never streams), maps its library's network errors to
`Unsent` (no connection: nothing reached the server) or `Lost` (sent, no answer), and knows how to copy a
stored answer for a repeated GET.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import requests
import urllib3.exceptions
from requests.adapters import HTTPAdapter

from mautic_hooks_contract.runner.transport.wire import Lost, Unsent, Wire


class HttpxTransport(httpx.BaseTransport):
    def __init__(self, wire: Wire, *, verify: bool = True) -> None:
        self._wire = wire
        self._inner = httpx.HTTPTransport(verify=verify)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()

        def attempt() -> httpx.Response:
            try:
                response = self._inner.handle_request(request)
                try:
                    raw = b"".join(response.iter_raw())  # still encoded: the client decodes it once
                finally:
                    response.close()
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                raise Unsent(f"{type(exc).__name__}: {exc}") from None
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                raise Lost(f"{type(exc).__name__}: {exc}") from None
            return httpx.Response(
                response.status_code,
                headers=response.headers.multi_items(),
                content=raw,
                request=request,
                extensions=response.extensions,
            )

        def reuse(stored: httpx.Response) -> httpx.Response:
            return httpx.Response(
                stored.status_code,
                headers=stored.headers.multi_items(),
                content=stored.content,
                request=request,
                extensions=stored.extensions,
            )

        return self._wire.send(
            request.method,
            str(request.url),
            request.headers.get("authorization"),
            body,
            attempt,
            lambda r: r.status_code,
            lambda r: r.headers,
            reuse,
            "httpx",
        )

    def close(self) -> None:
        self._inner.close()


class RequestsAdapter(HTTPAdapter):
    """Mounted on the requests session schemathesis is given (`Run.session`)."""

    def __init__(self, wire: Wire) -> None:
        super().__init__()
        self._wire = wire

    def send(
        self, request: requests.PreparedRequest, stream: bool = False, **kwargs: Any
    ) -> requests.Response:
        body = request.body or b""
        body = body.encode() if isinstance(body, str) else body if isinstance(body, bytes) else b""

        def attempt() -> requests.Response:
            try:
                response = super(RequestsAdapter, self).send(request, stream=False, **kwargs)
                response.content  # noqa: B018 - read here, so a connection dropped mid-body is retried
            except requests.exceptions.ConnectTimeout as exc:
                raise Unsent(f"{type(exc).__name__}: {exc}") from None
            except requests.exceptions.ConnectionError as exc:
                reason = getattr(exc.args[0], "reason", None) if exc.args else None
                if isinstance(reason, urllib3.exceptions.NewConnectionError):
                    raise Unsent(f"{type(exc).__name__}: {exc}") from None
                raise Lost(f"{type(exc).__name__}: {exc}") from None
            except (requests.exceptions.Timeout, requests.exceptions.ChunkedEncodingError) as exc:
                raise Lost(f"{type(exc).__name__}: {exc}") from None
            raw = response.raw
            # Schemathesis reads headers and HTTP version from `raw`, which does not outlive its connection.
            response.mhc_raw = (urllib3.HTTPHeaderDict(raw.headers), raw.version, raw.status, raw.reason)
            return response

        def reuse(stored: requests.Response) -> requests.Response:
            fresh = requests.Response()
            fresh.__dict__.update(stored.__dict__)  # not copy.copy: pickling state drops `raw`
            headers, version, status, reason = stored.mhc_raw
            fresh.raw = urllib3.HTTPResponse(
                body=b"",
                headers=headers,
                status=status,
                version=version,
                reason=reason,
                preload_content=False,
            )
            fresh.headers = copy.copy(stored.headers)
            fresh.request = request
            return fresh

        return self._wire.send(
            request.method or "GET",
            request.url or "",
            request.headers.get("Authorization"),
            body,
            attempt,
            lambda r: r.status_code,
            lambda r: r.headers,
            reuse,
            "requests",
        )


def requests_session(wire: Wire, *, verify: bool) -> requests.Session:
    session = requests.Session()
    session.verify = verify
    adapter = RequestsAdapter(wire)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
