"""The server a recording is replayed against: a keep-alive HTTP client that sends raw request targets.

Requests go out exactly as recorded (``//``, percent-encoding, odd methods such as ``FOO``), with only the
headers a recording keeps (Content-Type, Accept, the CORS request headers) and the Authorization its identity
label calls for.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from mautic_hooks_contract.sandbox.launcher import SandboxProcess
from mautic_hooks_contract.sandbox.seed import seed

from .identities import Credentials
from .normalize import Answer

TOKEN_PATH = "/oauth/v2/token"
# S0 (tests/recordings/mautic-5.1.0/README.md): no hooks, the next id 1, the seed's two categories.
S0_SEED = {"hooks": 0, "categories": 2, "seed": 0}
# The API switches of each probe phase, as the sandbox's flags.
PHASE_FLAGS = {"default": (), "basic-off": ("--basic-auth-disabled",), "api-off": ("--api-disabled",)}


class Target:
    def __init__(
        self,
        origin: str,
        credentials: Credentials,
        *,
        base_path: str = "",
        verify: bool = True,
        timeout: float = 30,
    ):
        self.origin = origin.rstrip("/")
        self.base_path = base_path.rstrip(
            "/"
        )  # a site below a path (https://host/mautic): recorded from its root
        self.credentials = credentials
        self.client = httpx.Client(
            base_url=self.origin, timeout=timeout, follow_redirects=False, verify=verify
        )
        # Only what a recording keeps is sent: no default Accept, User-Agent or Accept-Encoding.
        self.client.headers.clear()

    def send(
        self, method: str, target: str, *, identity: str, headers: dict | None = None, body: bytes = b""
    ) -> Answer:
        raw = (self.base_path + target).encode("latin-1", "strict")
        url = httpx.URL(self.origin).copy_with(raw_path=raw)
        all_headers = dict(headers or {})
        authorization = self.credentials.authorization(identity)
        if authorization is not None:
            all_headers["Authorization"] = authorization
        request = self.client.build_request(method, url, headers=all_headers, content=body or None)
        response = self.client.send(request)
        headers = list(response.headers.multi_items())
        return Answer(response.status_code, headers, response.content, response.http_version)

    def json_call(self, method: str, target: str, identity: str = "oauth-admin", payload=None) -> Answer:
        """A request of the replay's own (resync, group cleanup), never counted."""
        body = b"" if payload is None else json.dumps(payload).encode()
        headers = {"Content-Type": "application/json"} if payload is not None else {}
        return self.send(method, target, identity=identity, headers=headers, body=body)

    def close(self) -> None:
        self.client.close()


def fetch_token(origin: str, client_id: str, client_secret: str) -> str:
    response = httpx.post(
        origin + TOKEN_PATH,
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["access_token"]


@contextmanager
def sandbox_in_s0(phase: str = "default", extra_args: tuple[str, ...] = ()) -> Iterator[Target]:
    """A fresh sandbox in S0 with the phase's API switches. The token of ``oauth-admin`` is issued while the
    API is on (as it was on the recorded server for ``api-off``), so a disabled API gets a sandbox restart
    on the same database, whose tokens persist."""
    if phase not in PHASE_FLAGS:
        raise ValueError(f"unknown phase {phase!r}")
    with tempfile.TemporaryDirectory(prefix="mhc-replay-") as tmp:
        db = Path(tmp) / "sandbox.sqlite3"
        seed(db, **S0_SEED)
        token = None
        if phase == "api-off":
            with SandboxProcess(db_path=db, extra_args=extra_args) as before:
                token = fetch_token(before.url, *before.client)
        with SandboxProcess(db_path=db, extra_args=(*PHASE_FLAGS[phase], *extra_args)) as sandbox:
            if token is None:
                token = fetch_token(sandbox.url, *sandbox.client)
            credentials = Credentials(
                users={"admin-basic": sandbox.admin, "limited-basic": sandbox.limited},
                clients={"oauth-admin": sandbox.client},
                tokens={"oauth-admin": token},
            )
            target = Target(sandbox.url, credentials)
            try:
                yield target
            finally:
                target.close()
