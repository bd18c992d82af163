"""A newer Mautic that adds fields must not break the client: unknown fields parse and stay reachable.

The sandbox only sends what Mautic 5.1 sends, so a tiny HTTP server on 127.0.0.1 plays a future Mautic here.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from client_support import SINK_URL
from mautic_hooks_client import Client
from mautic_hooks_client.api.hooks import get_hook, list_hooks
from mautic_hooks_client.models import HookList, HookMap, HookResponse

CONTRACT = Path(__file__).resolve().parents[2] / "openapi.yaml"
# The contract's own example hook, as Mautic 5.1 sends it, plus a field no Mautic sends today.
EXAMPLE_HOOK = yaml.safe_load(CONTRACT.read_text())["components"]["examples"]["HookResponse"]["value"]["hook"]
FUTURE_HOOK = {
    **EXAMPLE_HOOK,
    "webhookUrl": SINK_URL,
    "retryPolicy": {"attempts": 3, "backoff": "exponential"},
}
HOOK_ID = EXAMPLE_HOOK["id"]
BODIES = {
    f"/api/hooks/{HOOK_ID}": {"hook": FUTURE_HOOK, "etag": "abc"},
    "/api/hooks": {"total": 1, "hooks": {str(HOOK_ID): FUTURE_HOOK}, "nextStart": None},
}


class FutureMautic(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps(BODIES[self.path.split("?")[0]]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        """Keep the test output quiet."""


@pytest.fixture(scope="module")
def future_mautic() -> Iterator[Client]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FutureMautic)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Client(base_url=f"http://127.0.0.1:{server.server_address[1]}/api")
    finally:
        server.shutdown()
        server.server_close()


def test_unknown_fields_in_a_hook_are_kept(call, future_mautic):
    response = call(get_hook, HOOK_ID, client=future_mautic)
    assert isinstance(response.parsed, HookResponse)
    hook = response.parsed.hook
    assert (hook.id, hook.name) == (HOOK_ID, EXAMPLE_HOOK["name"])
    assert hook["retryPolicy"] == {"attempts": 3, "backoff": "exponential"}
    assert "retryPolicy" in hook.additional_keys
    assert response.parsed["etag"] == "abc"


def test_unknown_fields_in_a_list_are_kept(call, future_mautic):
    response = call(list_hooks, client=future_mautic)
    page = response.parsed
    assert isinstance(page, HookList) and isinstance(page.hooks, HookMap)
    assert page.hooks[str(HOOK_ID)]["retryPolicy"]["attempts"] == 3
    assert "nextStart" in page and page["nextStart"] is None
    assert (
        page.to_dict()["hooks"][str(HOOK_ID)]["retryPolicy"] == FUTURE_HOOK["retryPolicy"]
    )  # and survives a round trip
