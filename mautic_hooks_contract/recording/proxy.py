"""A transparent recording proxy: the suite talks to it on loopback, it talks to the instance, and it keeps
every exchange as it went over the wire (``make record-suite``).

Forwarding is byte-faithful where the suite can tell: the request line goes out as it came (any method
token, ``QUERY`` or ``FOO``; the request target with its ``//``, percent-encoding and query untouched), then
every request header in order with its own spelling and bytes, then the body. Only the hop-by-hop headers
(``Connection``, ``Keep-Alive``, ``Transfer-Encoding``, ``TE``, ``Trailer``, ``Upgrade``,
``Proxy-Connection``) are the proxy's own, and ``Host`` names the upstream, so that Mautic builds its
absolute URLs (``Location``) for its own origin. A chunked request body is forwarded de-chunked with a
``Content-Length``.

The answer goes back with the upstream's status line (``HTTP/1.0`` included), headers in order and body;
the proxy frames it itself (``Content-Length`` instead of chunks) and closes the connection when the
upstream did. Each client connection has its own upstream connection, so keep-alive behaves as without
the proxy. A kept-alive upstream connection the server has closed (its keep-alive timeout) is noticed before
the request goes out and replaced; only a GET, HEAD or OPTIONS that met such a close while being sent is
sent once more. Nothing else is re-sent: a failure is a 502 to the client, which the suite's wire handles
like any proxy's (README "Flaky networks"), and no exchange is recorded for it.

The hot path reads and writes raw bytes with the least parsing HTTP/1.1 framing needs (not http.server and
http.client: with them the proxy's CPU time per request was twice as high) and appends a raw tuple to a list;
labels, placeholders and masking are applied once the run is over (mautic_hooks_contract/recording/suite.py), so recording costs
the suite as little time as possible. ``Expect: 100-continue`` is answered by the proxy itself (the suite's
clients never send it).
"""

from __future__ import annotations

import select
import socket
import socketserver
import ssl
import time
from dataclasses import dataclass
from typing import BinaryIO
from urllib.parse import urlsplit

from mautic_hooks_contract.runner.receiver import InThread, QuietServer

HOP_BY_HOP = frozenset(
    {b"connection", b"keep-alive", b"transfer-encoding", b"te", b"upgrade", b"proxy-connection", b"trailer"}
)
NO_BODY = frozenset({204, 304})
SAFE = frozenset({"GET", "HEAD", "OPTIONS"})
UPSTREAM_TIMEOUT = 600.0  # Mautic applies none of its own; a slow request is the instance's business
MAX_LINE = 65536


class ProtocolError(Exception):
    """A message the proxy cannot frame (a broken line, a bad chunk size, a connection closed mid-way)."""


@dataclass(frozen=True)
class Raw:
    """One exchange as it passed through, before labels and masking (mautic_hooks_contract/recording/suite.py)."""

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


# --- HTTP/1.1 framing, on raw bytes -------------------------------------------------------------------------
def _line(stream: BinaryIO) -> bytes:
    line = stream.readline(MAX_LINE + 1)
    if len(line) > MAX_LINE or (line and not line.endswith(b"\n")):
        raise ProtocolError("a line too long or cut off")
    return line


Fields = list[tuple[bytes, bytes, bytes]]  # (name, value, the whole line as it came, without its CRLF)


def _head(stream: BinaryIO) -> tuple[bytes, Fields] | None:
    """The start line and the header fields, or None at a clean end."""
    start = _line(stream)
    while start in (b"\r\n", b"\n"):  # blank lines before a request are allowed
        start = _line(stream)
    if not start:
        return None
    fields = []
    while (line := _line(stream)) not in (b"\r\n", b"\n"):
        if not line:
            raise ProtocolError("the connection closed in the middle of the headers")
        name, colon, value = line.partition(b":")
        if not colon:
            raise ProtocolError(f"a header line without a colon: {line[:40]!r}")
        fields.append((name, value.strip(), line.rstrip(b"\r\n")))
    return start.rstrip(b"\r\n"), fields


def _field(fields: Fields, name: bytes) -> bytes | None:
    found = None
    for key, value, _ in fields:
        if key.lower() == name:
            found = value
    return found


def _exactly(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise ProtocolError("the connection closed in the middle of a body")
    return data


def _chunked(stream: BinaryIO) -> bytes:
    chunks = []
    while True:
        try:
            size = int(_line(stream).split(b";", 1)[0].strip(), 16)
        except ValueError:
            raise ProtocolError("a bad chunk size") from None
        if size == 0:
            while _line(stream).strip():
                pass  # trailer fields
            return b"".join(chunks)
        chunks.append(_exactly(stream, size))
        _line(stream)


def _body(stream: BinaryIO, fields: Fields) -> tuple[bytes | None, bool]:
    """A message body by its framing: (body, was chunked); (None, False) when it runs to the close."""
    if b"chunked" in (_field(fields, b"transfer-encoding") or b"").lower():
        return _chunked(stream), True
    length = _field(fields, b"content-length")
    if length is not None:
        if not length.strip().isdigit():
            raise ProtocolError(f"a bad Content-Length {length[:20]!r}")
        return _exactly(stream, int(length)), False
    return None, False


def _text(fields: Fields) -> list[tuple[str, str]]:
    return [(k.decode("iso-8859-1"), v.decode("iso-8859-1")) for k, v, _ in fields]


def _forwarded(fields: Fields, dropped: frozenset[bytes] = HOP_BY_HOP) -> list[bytes]:
    """The header lines that go on, byte for byte: all but the hop-by-hop ones."""
    return [line for name, _, line in fields if name.lower() not in dropped]


class _Server(QuietServer):
    proxy: RecordingProxy


class _Handler(socketserver.StreamRequestHandler):
    """One client connection, with its own upstream connection."""

    server: _Server
    upstream: socket.socket | None = None
    upstream_in: BinaryIO | None = None

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self._close_upstream()

    def handle(self) -> None:
        try:
            while self._one():
                pass
        except (OSError, ProtocolError):
            pass  # the client went away or sent what no HTTP client sends: close

    def _one(self) -> bool:
        """Forward one request and its answer; False when the client connection is to close."""
        head = _head(self.rfile)
        if head is None:
            return False
        start, fields = head
        words = start.split(b" ")
        if len(words) != 3 or not words[2].startswith(b"HTTP/"):
            raise ProtocolError(f"not an HTTP/1 request line: {start[:60]!r}")
        method, target, version = words
        if (_field(fields, b"expect") or b"").lower() == b"100-continue":
            self.wfile.write(version + b" 100 Continue\r\n\r\n")
        body, chunked = _body(self.rfile, fields)
        body = body or b""
        connection = (_field(fields, b"connection") or b"").lower()
        keep = b"close" not in connection and (version != b"HTTP/1.0" or b"keep-alive" in connection)
        out = [start]
        out += _forwarded(fields, HOP_BY_HOP | {b"host"})
        out.append(b"Host: " + self.server.proxy.host_header)
        if chunked:
            out.append(b"Content-Length: " + str(len(body)).encode())
        request = b"\r\n".join(out) + b"\r\n\r\n" + body
        name = method.decode("iso-8859-1")
        started = time.perf_counter()
        try:
            status_line, resp_fields, resp_body, closes = self._exchange(name, request)
        except (OSError, ProtocolError) as exc:
            self._close_upstream()  # in an unknown state: the next request opens a new connection
            self._refuse(f"the recording proxy could not reach {self.server.proxy.origin}: {exc}")
            return False
        elapsed = round((time.perf_counter() - started) * 1000, 2)
        resp_version, _, rest = status_line.partition(b" ")
        code, _, reason = rest.partition(b" ")
        status = int(code)
        answer = [status_line]
        answer += _forwarded(resp_fields)
        framed = _field(resp_fields, b"content-length") is not None
        if name != "HEAD" and status not in NO_BODY and not framed:
            answer.append(b"Content-Length: " + str(len(resp_body)).encode())
        if closes or not keep:
            answer.append(b"Connection: close")
        self.server.proxy.exchanges.append(
            Raw(
                name,
                target.decode("iso-8859-1"),
                _text(fields),
                body,
                status,
                reason.decode("iso-8859-1"),
                resp_version.decode("iso-8859-1"),
                _text(resp_fields),
                resp_body,
                elapsed,
            )
        )
        self.wfile.write(b"\r\n".join(answer) + b"\r\n\r\n" + (b"" if name == "HEAD" else resp_body))
        if closes:
            self._close_upstream()
        return keep and not closes

    # --- upstream -------------------------------------------------------------------------------------
    def _exchange(self, method: str, request: bytes) -> tuple[bytes, Fields, bytes, bool]:
        if self.upstream is not None and select.select([self.upstream], [], [], 0)[0]:
            self._close_upstream()  # the server closed this keep-alive connection: open a new one first
        reused = self.upstream is not None
        try:
            return self._send(method, request)
        except (ConnectionError, ProtocolError):
            if not reused or method not in SAFE:
                raise
            self._close_upstream()  # closed while the request went out: a read is sent once more
            return self._send(method, request)

    def _send(self, method: str, request: bytes) -> tuple[bytes, Fields, bytes, bool]:
        if self.upstream is None:
            self.upstream = self.server.proxy.connect()
            self.upstream_in = self.upstream.makefile("rb")
        assert self.upstream_in is not None
        self.upstream.sendall(request)
        while True:
            head = _head(self.upstream_in)
            if head is None:
                raise ConnectionResetError("the server closed the connection without an answer")
            status_line, fields = head
            status = int(status_line.split(b" ", 2)[1])
            if status >= 200 or status == 101:
                break  # an interim 1xx (100 Continue, 103 Early Hints) is not the answer
        connection = (_field(fields, b"connection") or b"").lower()
        closes = b"close" in connection or (
            status_line.startswith(b"HTTP/1.0") and b"keep-alive" not in connection
        )
        if method == "HEAD" or status in NO_BODY or status < 200:
            return status_line, fields, b"", closes
        body, _ = _body(self.upstream_in, fields)
        if body is None:  # delimited by the close
            return status_line, fields, self.upstream_in.read(), True
        return status_line, fields, body, closes

    def _close_upstream(self) -> None:
        if self.upstream is not None:
            assert self.upstream_in is not None
            self.upstream_in.close()
            self.upstream.close()
            self.upstream = self.upstream_in = None

    def _refuse(self, message: str) -> None:
        data = message.encode("utf-8", "replace")
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
        self.host_header = parts.netloc.rpartition("@")[2].encode("idna")
        self._host = parts.hostname
        self._port = parts.port or (443 if parts.scheme == "https" else 80)
        self._context = None
        if parts.scheme == "https":
            self._context = ssl.create_default_context()
            if not verify:
                self._context.check_hostname = False
                self._context.verify_mode = ssl.CERT_NONE
        self.exchanges: list[Raw] = []  # in the order the answers came back

    def connect(self) -> socket.socket:
        """A new connection to the upstream (TLS for https)."""
        sock = socket.create_connection((self._host, self._port), timeout=UPSTREAM_TIMEOUT)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self._context is not None:
            try:
                sock = self._context.wrap_socket(sock, server_hostname=self._host)
            except BaseException:
                sock.close()
                raise
        return sock

    @property
    def url(self) -> str:
        assert self._server is not None, "the proxy is not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}{self.base_path}"

    def _bind(self) -> _Server:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.proxy = self
        return server
