"""A webhook receiver: an HTTP/1.1 server that records every POST exactly as it arrived.

The delivery clauses (contract_tests/test_delivery.py) and the sandbox's delivery tests use it. It keeps the
raw body bytes (a signature covers those, never re-serialized JSON) and the header names in received order.
Answers are configurable per path prefix: a status and body, a delay, or closing without a reply.
"""

from __future__ import annotations

import http.server
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Self

# The triggers the delivery clauses subscribe to and fire (create, edit, points, delete of a contact).
DELIVERY_TRIGGERS = (
    "mautic.lead_post_save_new",
    "mautic.lead_post_save_update",
    "mautic.lead_points_change",
    "mautic.lead_post_delete",
)


@dataclass(frozen=True)
class Delivery:
    method: str
    path: str
    headers: list[tuple[str, str]]  # in received order, names as sent
    body: bytes
    received_at: float

    @property
    def header_names(self) -> list[str]:
        return [name for name, _ in self.headers]

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


@dataclass(frozen=True)
class Answer:
    status: int = 200
    body: bytes = b'{"received":true}'
    delay: float = 0.0
    close: bool = False  # close the connection without any reply


class QuietServer(http.server.ThreadingHTTPServer):
    """No traceback on stderr when a sender drops a connection: that is an answer the tests provoke."""

    def handle_error(self, request, client_address) -> None:
        pass

    @classmethod
    def for_host(cls, host: str) -> type:
        if ":" not in host:
            return cls
        return type("QuietServer6", (cls,), {"address_family": socket.AF_INET6})


class InThread:
    """An http.server served from a daemon thread: ``start`` (the subclass's ``_bind`` makes the server),
    ``stop``, and ``with``. The receiver and the recording proxy (mautic_hooks_contract/recording/proxy.py) are both one."""

    _server: http.server.ThreadingHTTPServer | None = None

    def _bind(self) -> http.server.ThreadingHTTPServer:
        raise NotImplementedError

    def start(self) -> Self:
        self._server = self._bind()
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


@dataclass
class Receiver(InThread):
    """``with Receiver() as r: ... r.url + "/hook" ... r.wait_for(2)``"""

    host: str = "127.0.0.1"
    port: int = 0
    answers: dict[str, Answer] = field(default_factory=dict)  # path prefix → answer (longest prefix wins)
    deliveries: list[Delivery] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._server: http.server.ThreadingHTTPServer | None = None
        self._arrived = threading.Condition()

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.address[1]}"

    @property
    def address(self) -> tuple:
        return self._server.server_address

    def answer_for(self, path: str) -> Answer:
        matches = [p for p in self.answers if path.startswith(p)]
        return self.answers[max(matches, key=len)] if matches else Answer()

    def _bind(self) -> http.server.ThreadingHTTPServer:
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                delivery = Delivery("POST", self.path, list(self.headers.items()), body, time.time())
                answer = receiver.answer_for(self.path)
                if answer.delay:
                    time.sleep(answer.delay)
                with receiver._arrived:
                    receiver.deliveries.append(delivery)
                    receiver._arrived.notify_all()
                if answer.close:
                    self.close_connection = True
                    return
                self.send_response(answer.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            def log_message(self, *args) -> None:
                pass

        server_class = http.server.ThreadingHTTPServer
        if ":" in self.host:
            server_class = type(
                "V6Server", (http.server.ThreadingHTTPServer,), {"address_family": socket.AF_INET6}
            )
        return server_class((self.host, self.port), Handler)

    def wait_for(self, count: int, timeout: float = 10.0, path: str = "") -> list[Delivery]:
        """The deliveries to paths starting with ``path`` once there are ``count`` of them (or at timeout)."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                found = [d for d in self.deliveries if d.path.startswith(path)]
                left = deadline - time.monotonic()
                if len(found) >= count or left <= 0:
                    return found
                self._arrived.wait(left)
