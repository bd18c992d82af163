"""Bad configuration and unusable instances end the run before any test, with one sentence saying what to fix."""

from __future__ import annotations

import http.server
import os
import socket
import threading
from collections.abc import Iterator

import pytest
from conftest import Target, run_suite

from mautic_hooks_contract.sandbox.launcher import SandboxProcess


def base_env(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAUTIC_", "CONTRACT_"))}
    env.update(values)
    return env


def one_sentence(result, code: int, *phrases: str) -> None:
    assert result.returncode == code, result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line, got: {result.stderr}"
    for phrase in phrases:
        assert phrase in lines[0], lines[0]
    assert "Traceback" not in result.stdout + result.stderr


@pytest.fixture
def html_site() -> Iterator[str]:
    """A web server on loopback that is not Mautic."""

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"<html><body>Welcome</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    ("env", "phrases"),
    [
        ({}, ["MAUTIC_URL is not set"]),
        (
            {"MAUTIC_URL": "mautic.example.org", "MAUTIC_USERNAME": "u", "MAUTIC_PASSWORD": "p"},
            ["http(s) URL"],
        ),
        (
            {"MAUTIC_URL": "http://127.0.0.1:9/api", "MAUTIC_USERNAME": "u", "MAUTIC_PASSWORD": "p"},
            ["trailing /api"],
        ),
        ({"MAUTIC_URL": "http://127.0.0.1:9"}, ["No credentials", "MAUTIC_USERNAME"]),
        ({"MAUTIC_URL": "http://127.0.0.1:9", "MAUTIC_USERNAME": "u"}, ["MAUTIC_PASSWORD is not"]),
        (
            {
                "MAUTIC_URL": "http://127.0.0.1:9",
                "MAUTIC_USERNAME": "u",
                "MAUTIC_PASSWORD": "p",
                "CONTRACT_PROFILE": "huge",
            },
            ["CONTRACT_PROFILE must be one of quick, default, thorough"],
        ),
        (
            {
                "MAUTIC_URL": "http://127.0.0.1:9",
                "MAUTIC_USERNAME": "u",
                "MAUTIC_PASSWORD": "p",
                "CONTRACT_MODE": "careful",
            },
            ["CONTRACT_MODE must be one of full, readonly"],
        ),
    ],
    ids=[
        "no url (sweep)",
        "no scheme",
        "with /api",
        "no credentials",
        "no password",
        "bad profile",
        "bad mode",
    ],
)
def test_bad_configuration_is_one_sentence(env: dict[str, str], phrases: list[str], tmp_path) -> None:
    # `sweep` has no embedded default, so a missing MAUTIC_URL is an error there; `run` would start the sandbox.
    one_sentence(run_suite(base_env(**env), "sweep" if not env else "run", cwd=tmp_path), 2, *phrases)


@pytest.mark.parametrize("command", ["run", "sweep"])
def test_unreachable_host(command: str, tmp_path) -> None:
    env = base_env(MAUTIC_URL=f"http://127.0.0.1:{free_port()}", MAUTIC_USERNAME="u", MAUTIC_PASSWORD="p")
    one_sentence(run_suite(env, command, cwd=tmp_path), 3, "Cannot reach", "check MAUTIC_URL")


def test_not_mautic(html_site: str, tmp_path) -> None:
    env = base_env(MAUTIC_URL=html_site, MAUTIC_USERNAME="u", MAUTIC_PASSWORD="p")
    one_sentence(run_suite(env, cwd=tmp_path), 3, "does not look like a Mautic site", "text/html")


def test_wrong_password(target: Target, tmp_path) -> None:
    env = target.env(MAUTIC_PASSWORD="wrong-" + os.urandom(4).hex())
    one_sentence(
        run_suite(env, cwd=tmp_path), 3, "refused the credentials", "MAUTIC_USERNAME/MAUTIC_PASSWORD"
    )


def test_wrong_oauth2_client(target: Target, tmp_path) -> None:
    env = target.env(MAUTIC_CLIENT_ID="nobody", MAUTIC_CLIENT_SECRET="nothing")
    del env["MAUTIC_USERNAME"], env["MAUTIC_PASSWORD"]
    one_sentence(run_suite(env, cwd=tmp_path), 3, "refused the client credentials", "MAUTIC_CLIENT_ID")


@pytest.mark.parametrize(
    ("flag", "phrases"),
    [
        ("--api-disabled", ["The API is disabled", "API Settings"]),
        ("--basic-auth-disabled", ["Basic auth is disabled"]),
    ],
)
def test_switched_off_api(flag: str, phrases: list[str], tmp_path) -> None:
    with SandboxProcess(extra_args=[flag]) as sandbox:
        env = base_env(
            MAUTIC_URL=sandbox.url, MAUTIC_USERNAME=sandbox.admin[0], MAUTIC_PASSWORD=sandbox.admin[1]
        )
        one_sentence(run_suite(env, cwd=tmp_path), 3, *phrases)
