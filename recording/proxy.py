"""A transparent recording proxy: the suite talks to it on loopback, it talks to the instance, and it keeps
every exchange as it went over the wire (``make record-suite``).

Forwarding is byte-faithful where the suite can tell: the method (any token: ``QUERY``, ``FOO``), the
request target exactly as it appeared in the request line (``//``, percent-encoding and query untouched:
read from the raw line, since ``http.server`` folds a leading ``//``), every request header in order with
its own spelling and bytes, and the body. Only the hop-by-hop headers (``Connection``, ``Keep-Alive``,
``Transfer-Encoding``, ``TE``, ``Trailer``, ``Upgrade``, ``Proxy-Connection``) are the proxy's own, and
``Host`` names the upstream, so that Mautic builds its absolute URLs (``Location``) for its own origin. A chunked request
body is forwarded de-chunked with a ``Content-Length``.

The answer goes back with the upstream's status line (``HTTP/1.0`` included), headers in order and body;
the proxy frames it itself (``Content-Length`` instead of chunks) and closes the connection when the
upstream did. Each client connection has its own upstream connection, so keep-alive behaves as without
the proxy. A kept-alive upstream connection the server has closed (its keep-alive timeout) is noticed before
the request goes out and replaced; only a GET, HEAD or OPTIONS that met such a close while being sent is
sent once more. Nothing else is re-sent: a failure is a 502 to the client, which the suite's wire handles
like any proxy's (README "Flaky networks"), and no exchange is recorded for it.

The hot path only forwards and appends a raw tuple to a list; labels, placeholders and masking are applied
once the run is over (recording/suite.py), so recording costs the suite as little time as possible.
"""

from __future__ import annotations

import http.client
import http.server
import select
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from contract_tests.receiver import InThread, QuietServer

HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "transfer-encoding", "te", "upgrade", "proxy-connection", "trailer"}
)
NO_BODY = frozenset({204, 304})
SAFE = frozenset({"GET", "HEAD", "OPTIONS"})
UPSTREAM_TIMEOUT = 600.0  # Mautic applies none of its own; a slow request is the instance's business


@dataclass(frozen=True)
class Raw:
    """One exchange as it passed through, before labels and masking (recording/suite.py)."""

    method: str
    target: str  # the request target as sent (latin-1 text of the raw bytes)
    req_headers: list[tuple[str, str]]
    req_body: bytes
    status: int
    reason: str
    http_version: str
    resp_headers: list[tuple[str, str]]
    resp_body: bytes  # as it arrived, de-chunked (still Content-Encoded if the upstream encoded it)
    elapsed_ms: float


class _Server(QuietServer):
    proxy: RecordingProxy


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.upstream: http.client.HTTPConnection | None = None

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            if self.upstream is not None:
                self.upstream.close()

    def log_message(self, *args) -> None:
        pass

    def handle_one_request(self) -> None:
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if not self.raw_requestline or len(self.raw_requestline) > 65536:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            self._forward()
            self.wfile.flush()
        except (TimeoutError, ConnectionError):
            self.close_connection = True

    # --- one exchange ---------------------------------------------------------------------------------
    def _body(self) -> tuple[bytes, bool]:
        """The request body, and whether it came chunked."""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline(65537).split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(65537).strip():
                        pass  # trailers
                    return b"".join(chunks), True
                chunks.append(self.rfile.read(size))
                self.rfile.readline(65537)
        length = self.headers.get("Content-Length")
        return (self.rfile.read(int(length)) if length and length.strip().isdigit() else b""), False

    def _forward(self) -> None:
        proxy = self.server.proxy
        target = self.raw_requestline.decode("iso-8859-1").rstrip("\r\n").split()[1]
        headers = list(self.headers.items())
        body, chunked = self._body()
        sent = [(k, v) for k, v in headers if k.lower() not in HOP_BY_HOP and k.lower() != "host"]
        if chunked:
            sent.append(("Content-Length", str(len(body))))
        started = time.perf_counter()
        try:
            response, resp_body = self._exchange(target, sent, body)
        except (OSError, http.client.HTTPException) as exc:
            if self.upstream is not None:
                self.upstream.close()  # in an unknown state: the next request opens a new connection
            self._refuse(f"the recording proxy could not reach {proxy.origin}: {exc}")
            return
        elapsed = round((time.perf_counter() - started) * 1000, 2)
        version = "HTTP/1.0" if response.version == 10 else "HTTP/1.1"
        resp_headers = list(response.msg.items())
        framed = any(k.lower() == "content-length" for k, _ in resp_headers)
        out = [f"{version} {response.status} {response.reason}\r\n".encode("iso-8859-1")]
        for name, value in resp_headers:
            if name.lower() not in HOP_BY_HOP:
                out.append(f"{name}: {value}\r\n".encode("iso-8859-1"))
        if self.command != "HEAD" and response.status not in NO_BODY and not framed:
            out.append(f"Content-Length: {len(resp_body)}\r\n".encode("ascii"))
        if response.will_close:
            self.close_connection = True
            out.append(b"Connection: close\r\n")
        out.append(b"\r\n")
        proxy.exchanges.append(
            Raw(
                self.command,
                target,
                headers,
                body,
                response.status,
                response.reason,
                version,
                resp_headers,
                resp_body,
                elapsed,
            )
        )
        self.wfile.write(b"".join(out) + (b"" if self.command == "HEAD" else resp_body))

    def _exchange(
        self, target: str, headers: list[tuple[str, str]], body: bytes
    ) -> tuple[http.client.HTTPResponse, bytes]:
        if self.upstream is None:
            self.upstream = self.server.proxy.connect()
        sock = self.upstream.sock
        if sock is not None and select.select([sock], [], [], 0)[0]:
            self.upstream.close()  # the server closed this keep-alive connection: open a new one first
        reused = self.upstream.sock is not None
        try:
            return self._send(self.upstream, target, headers, body)
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            if not reused or self.command not in SAFE:
                raise
            self.upstream.close()  # closed while the request went out: a read is sent once more
            return self._send(self.upstream, target, headers, body)

    def _send(
        self, conn: http.client.HTTPConnection, target: str, headers: list[tuple[str, str]], body: bytes
    ) -> tuple[http.client.HTTPResponse, bytes]:
        conn.putrequest(self.command, target, skip_host=True, skip_accept_encoding=True)
        conn.putheader("Host", self.server.proxy.host_header)
        for name, value in headers:
            conn.putheader(name, value)
        conn.endheaders(body or None)
        response = conn.getresponse()
        return response, response.read()

    def _refuse(self, message: str) -> None:
        data = message.encode("utf-8", "replace")
        self.close_connection = True
        self.wfile.write(
            b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n".encode("ascii")
            + data
        )


class RecordingProxy(InThread):
    """``with RecordingProxy("https://mautic.example.org") as proxy: ... proxy.url ... proxy.exchanges``

    ``url`` is the site URL to give the suite: the proxy's loopback origin with the upstream's base path.
    """

    def __init__(self, site_url: str, *, verify: bool = True):
        parts = urlsplit(site_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {site_url!r}")
        self.site_url = site_url.rstrip("/")
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.base_path = parts.path.rstrip("/")
        self.host_header = parts.netloc.rpartition("@")[2]
        self._scheme, self._host, self._port = parts.scheme, parts.hostname, parts.port
        self._context = None
        if parts.scheme == "https":
            self._context = ssl.create_default_context()
            if not verify:
                self._context.check_hostname = False
                self._context.verify_mode = ssl.CERT_NONE
        self.exchanges: list[Raw] = []  # in the order the answers came back

    def connect(self) -> http.client.HTTPConnection:
        if self._scheme == "https":
            return http.client.HTTPSConnection(
                self._host, self._port, timeout=UPSTREAM_TIMEOUT, context=self._context
            )
        return http.client.HTTPConnection(self._host, self._port, timeout=UPSTREAM_TIMEOUT)

    @property
    def url(self) -> str:
        assert self._server is not None, "the proxy is not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}{self.base_path}"

    def _bind(self) -> _Server:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.proxy = self
        return server
