"""One webhook POST, byte for byte as Mautic's Guzzle client sends it.

Headers, in this order and no others: Host, User-Agent ``GuzzleHttp/7``, Content-Type ``application/json``,
X-Origin-Base-URL, Webhook-Signature, Content-Length (DELIVERIES.md §2-3; Http/Client.php:34-39). http.client
with ``skip_host``/``skip_accept_encoding`` lets the sandbox write exactly that list. Redirects are not followed
and any status is an answer (``allow_redirects=false``, ``http_errors=false``). Transport failures are
reported with the cURL texts Mautic logs, so the log rows read the same.

Sandbox-only: a bounded timeout, and loopback-only delivery unless ``deliver_to_any_host`` is set.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.client
import ipaddress
import logging
import socket
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

log = logging.getLogger("sandbox.deliveries")
_CURL_DOCS = "(see https://curl.haxx.se/libcurl/c/libcurl-errors.html)"


def sign(body: bytes, secret: str) -> str:
    """``base64_encode(hash_hmac('sha256', $body, $secret, true))`` (Http/Client.php:35)."""
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode("ascii")


@dataclass(frozen=True)
class Answer:
    """What came back: an HTTP status and body, or (status None) the transport error text."""

    status: int | None
    body: bytes = b""
    error: str = ""
    runtime: float = 0.0


class RefusedHost(Exception):
    pass


def _loopback_addresses(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to; raises RefusedHost unless every one is loopback."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = [info[4][0] for info in infos]
    if not addresses or not all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses):
        raise RefusedHost(host)
    return addresses


def post(url: str, body: bytes, signature: str, site_url: str, timeout: float, any_host: bool) -> Answer:
    start = time.monotonic()
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        if any_host:
            connect_to = host
            if not _is_loopback_name(host):
                log.warning("delivering to non-loopback host %s (--deliver-to-any-host)", host)
        else:
            connect_to = _loopback_addresses(host, port)[0]
    except RefusedHost:
        return Answer(
            None,
            error=f"sandbox refused to deliver to non-loopback host {host} (start it with"
            f" --deliver-to-any-host to allow this; not Mautic behaviour) for {url}",
        )
    except OSError:
        return Answer(None, error=f"cURL error 6: Could not resolve host: {host} {_CURL_DOCS} for {url}")
    if parts.scheme == "https":  # TLS needs the name; the loopback check above already vetted it
        conn = http.client.HTTPSConnection(host, port, timeout=timeout)
    else:  # connect to the vetted address, so a second DNS answer cannot point elsewhere
        conn = http.client.HTTPConnection(connect_to, port, timeout=timeout)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    netloc = parts.netloc.rpartition("@")[2]
    try:
        conn.putrequest("POST", target, skip_host=True, skip_accept_encoding=True)
        conn.putheader("Host", netloc)
        conn.putheader("User-Agent", "GuzzleHttp/7")
        conn.putheader("Content-Type", "application/json")
        conn.putheader("X-Origin-Base-URL", site_url)
        conn.putheader("Webhook-Signature", signature)
        conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        response = conn.getresponse()
        content = response.read()
        return Answer(response.status, content, runtime=time.monotonic() - start)
    except ConnectionRefusedError:
        ms = int((time.monotonic() - start) * 1000)
        error = (
            f"cURL error 7: Failed to connect to {host} port {port} after {ms} ms: Couldn't connect to server"
        )
    except TimeoutError:
        ms = int((time.monotonic() - start) * 1000)
        error = f"cURL error 28: Operation timed out after {ms} milliseconds with 0 bytes received"
    except (http.client.RemoteDisconnected, ConnectionResetError, http.client.BadStatusLine):
        error = "cURL error 52: Empty reply from server"
    except OSError as exc:  # unreachable network or host, before any byte was exchanged
        ms = int((time.monotonic() - start) * 1000)
        error = f"cURL error 7: Failed to connect to {host} port {port} after {ms} ms: {exc.strerror or exc}"
    except http.client.HTTPException as exc:
        error = f"cURL error 56: Failure when receiving data from the peer: {exc}"
    finally:
        conn.close()
    return Answer(None, error=f"{error} {_CURL_DOCS} for {url}", runtime=time.monotonic() - start)


def _is_loopback_name(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"
