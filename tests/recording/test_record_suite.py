"""`record --suite`: the suite's own traffic, recorded through the proxy over real loopback HTTP, replays
against a fresh sandbox with 0 differences, holds no credential, and names every caller by its label."""

from __future__ import annotations

import base64
import http.client
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from mautic_hooks_contract.recording import format as recording_format
from mautic_hooks_contract.recording.proxy import Raw, RecordingProxy
from mautic_hooks_contract.recording.record import write_atomically
from mautic_hooks_contract.recording.replay import replay_file
from mautic_hooks_contract.recording.report import file_report
from mautic_hooks_contract.recording.suite import Labeler, to_exchanges
from mautic_hooks_contract.recording.target import S0_SEED
from mautic_hooks_contract.runner.local import seeded_sandbox
from mautic_hooks_contract.runner.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "tests/recordings/mautic-5.1.0/api/suite-seed1.jsonl"
SHIPPED_KEYS = set(json.loads(SHIPPED.read_text(encoding="utf-8").split("\n", 1)[0]))


def _record_suite(tmp: Path, env: dict[str, str], *args: str) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp / "suite.jsonl"
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("MAUTIC_", "CONTRACT_"))}
    result = subprocess.run(
        [sys.executable, "-m", "mautic_hooks_contract", "record", "--suite", "--out", str(out), *args],
        env={**clean, "CONTRACT_PROFILE": "quick", "CONTRACT_SEED": "1", **env},
        cwd=tmp, capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    return result, out


@pytest.fixture(scope="module")
def staging(tmp_path_factory):
    """The suite recorded against an instance given by MAUTIC_URL (a sandbox in S0), OAuth2 as the main
    identity and the limited user over HTTP Basic, like the shipped suite-seed1.jsonl."""
    tmp = tmp_path_factory.mktemp("staging")
    with seeded_sandbox(**S0_SEED) as sandbox:
        env = {
            "MAUTIC_URL": sandbox.url,
            "MAUTIC_CLIENT_ID": sandbox.client[0],
            "MAUTIC_CLIENT_SECRET": sandbox.client[1],
            "MAUTIC_LIMITED_USERNAME": sandbox.limited[0],
            "MAUTIC_LIMITED_PASSWORD": sandbox.limited[1],
        }
        result, out = _record_suite(tmp, env)
        credentials = (sandbox.client[1], sandbox.client[0], sandbox.limited[1], sandbox.admin[1])
    return result, out, credentials


def test_the_suite_recording_replays_on_a_fresh_sandbox_with_no_difference(staging):
    result, out, _ = staging
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    exchanges = recording_format.load(out)
    assert f"Recorded {len(exchanges)} exchanges of the suite into {out}." in result.stdout
    assert len(exchanges) > 300
    replayed = replay_file(out)
    assert replayed.differences == [], file_report(replayed)


def test_the_suite_recording_holds_no_credential_and_labels_every_caller(staging):
    _, out, credentials = staging
    text = out.read_text(encoding="utf-8")
    for secret in credentials:
        assert secret not in text
    exchanges = recording_format.load(out)
    assert {e.identity for e in exchanges} == {
        "oauth-admin", "limited-basic", "none", "unknown-user", "bad-bearer", "other-scheme", "unrecognized",
    }  # fmt: skip
    assert all(set(e.req_headers) <= {"Content-Type", "Accept"} for e in exchanges)
    assert all(set(json.loads(line)) <= SHIPPED_KEYS for line in text.splitlines())
    tokens = [e for e in exchanges if e.path == "/oauth/v2/token"]
    assert tokens and all(e.identity == "none" for e in tokens)
    for exchange in tokens:
        assert exchange.req_body.decode() == (
            "grant_type=client_credentials&client_id={{client_id:oauth-admin}}"
            "&client_secret={{client_secret:oauth-admin}}"
        )
        assert exchange.json()["access_token"] == "{{token:oauth-admin}}"
    # Every token and every webhook secret the instance generated is a placeholder or zeros.
    assert set(re.findall(r'access_token(?:=|\\":\\")([^&"\\]*)', text)) <= {"{{token:oauth-admin}}"}
    assert set(re.findall(r'\\"secret\\":\\"([0-9a-f]{64})\\"', text)) <= {"0" * 64}
    assert {e.origin for e in exchanges} == {exchanges[0].origin}
    assert {e.extra["http_version"] for e in exchanges} == {"HTTP/1.1"}


def test_without_mautic_url_it_records_the_embedded_sandbox_in_s0_with_pytest_arguments(tmp_path):
    result, out = _record_suite(tmp_path, {}, "-k", "access or lifecycle")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "No MAUTIC_URL: recording the suite against the embedded sandbox" in result.stdout
    assert "deselected" in result.stdout  # -k reached pytest
    exchanges = recording_format.load(out)
    assert {"admin-basic", "limited-basic", "wrong-password:admin-basic", "bad-bearer"} <= {
        e.identity for e in exchanges
    }
    replayed = replay_file(out)
    assert replayed.differences == [], file_report(replayed)


def test_parallel_workers_are_refused_before_any_request(tmp_path):
    env = {"MAUTIC_URL": "http://127.0.0.1:9", "MAUTIC_USERNAME": "u", "MAUTIC_PASSWORD": "p"}
    result, out = _record_suite(tmp_path, {**env, "CONTRACT_WORKERS": "2"})
    assert result.returncode == 2
    assert "record --suite needs CONTRACT_WORKERS=1" in result.stderr
    assert not out.exists()


def test_an_unreachable_instance_is_named_not_the_proxy(tmp_path):
    env = {"MAUTIC_URL": "http://127.0.0.1:9", "MAUTIC_USERNAME": "u", "MAUTIC_PASSWORD": "p"}
    result, out = _record_suite(tmp_path, env)
    assert result.returncode == 3
    assert "Preflight: Cannot reach http://127.0.0.1:9 (" in result.stderr
    assert not out.exists()


def test_settings_are_judged_for_the_instance_not_for_the_loopback_proxy(tmp_path):
    env = {"MAUTIC_URL": "https://staging.example.org", "MAUTIC_USERNAME": "u", "MAUTIC_PASSWORD": "p"}
    result, _ = _record_suite(tmp_path, {**env, "CONTRACT_DELIVERY": "1"})
    assert result.returncode == 2
    assert "CONTRACT_DELIVERY=1 needs CONTRACT_RECEIVER_URL" in result.stderr


def _basic(value: bytes) -> str:
    return "Basic " + base64.b64encode(value).decode()


def test_every_credential_label_is_recorded_and_replays_alike_byte_for_byte(tmp_path):
    """Each kind of credential a client may send, and requests no library would normalise away, through the
    proxy: the sandbox gets them byte for byte, the client gets the sandbox's answer, the recording replays."""
    log = tmp_path / "requests.log"
    with seeded_sandbox(env={"SANDBOX_REQUEST_LOG": str(log)}, **S0_SEED) as sandbox:
        settings = Settings.from_env(
            {
                "MAUTIC_URL": sandbox.url,
                "MAUTIC_CLIENT_ID": sandbox.client[0],
                "MAUTIC_CLIENT_SECRET": sandbox.client[1],
                "MAUTIC_LIMITED_USERNAME": sandbox.limited[0],
                "MAUTIC_LIMITED_PASSWORD": sandbox.limited[1],
            }
        )
        client_id, client_secret = sandbox.client
        form = f"grant_type=client_credentials&client_id={client_id}&client_secret={client_secret}"
        with RecordingProxy(settings.site_url) as proxy:
            port = int(proxy.url.rsplit(":", 1)[1])
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

            def send(method, target, authorization=None, body=b"", content_type=None):
                conn.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
                conn.putheader("Host", f"127.0.0.1:{port}")
                if authorization is not None:
                    conn.putheader("Authorization", authorization)
                if content_type:
                    conn.putheader("Content-Type", content_type)
                if body or method in ("POST", "PUT", "PATCH"):
                    conn.putheader("Content-Length", str(len(body)))
                conn.endheaders(body or None)
                response = conn.getresponse()
                return response.status, response.read()

            _, body = send(
                "POST",
                "/oauth/v2/token",
                body=form.encode(),
                content_type="application/x-www-form-urlencoded",
            )
            token = json.loads(body)["access_token"]
            send(
                "POST",
                "/oauth/v2/token",
                _basic(f"{client_id}:{client_secret}".encode()),
                b"grant_type=client_credentials",
                "application/x-www-form-urlencoded",
            )
            limited = _basic(f"{sandbox.limited[0]}:{sandbox.limited[1]}".encode())
            cases = [
                ("GET", "/api/hooks", f"Bearer {token}"),
                ("GET", f"/api/hooks?access_token={token}", None),
                ("GET", "/api/hooks", limited),
                ("GET", "/api/hooks", _basic(f"{sandbox.limited[0]}:wrong".encode())),
                ("GET", "/api/hooks", _basic(b"nobody-here:x")),
                ("GET", "/api/hooks", _basic(b"no-colon-at-all")),
                ("GET", "/api/hooks", "Basic !!not*base64!!"),
                ("GET", "/api/hooks", "Bearer somebody-elses-token"),
                ("GET", "/api/hooks", "Bearer"),
                ("GET", "/api/hooks", 'Digest username="admin"'),
                ("GET", "/api/hooks", ""),
                ("GET", "/api/hooks", None),
                ("FOO", "/api/hooks", f"Bearer {token}"),
                ("QUERY", "/api/hooks", f"Bearer {token}"),
                ("HEAD", "/api/hooks", f"Bearer {token}"),
                ("OPTIONS", "/api/hooks", f"Bearer {token}"),
                ("GET", "//api/hooks?search=%3Cb%3E&x[]=%2F", f"Bearer {token}"),
                ("GET", "/api/hooks/%31", f"Bearer {token}"),
            ]
            for method, target, authorization in cases:
                send(method, target, authorization)
            via_proxy = send("POST", "/api/hooks/new", f"Bearer {token}", b"\xff\xfe{", "application/json")
            conn.close()
            raws = list(proxy.exchanges)
        direct = httpx.post(
            f"{sandbox.url}/api/hooks/new",
            content=b"\xff\xfe{",
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        assert via_proxy == (direct.status_code, direct.content)
        logged = log.read_text().splitlines()
    assert "FOO /api/hooks" in logged and "QUERY /api/hooks" in logged
    assert "GET //api/hooks?search=%3Cb%3E&x[]=%2F" in logged and "GET /api/hooks/%31" in logged

    exchanges = to_exchanges(raws, settings, "labels")
    assert [e.identity for e in exchanges] == [
        "none", "basic-client:oauth-admin", "oauth-admin", "none", "limited-basic",
        "wrong-password:limited-basic", "unknown-user", "basic-no-colon", "basic-malformed", "bad-bearer",
        "bearer-empty", "other-scheme", "unrecognized", "none",
        "oauth-admin", "oauth-admin", "oauth-admin", "oauth-admin", "oauth-admin", "oauth-admin", "oauth-admin",
    ]  # fmt: skip
    assert exchanges[3].path == "/api/hooks?access_token={{token:oauth-admin}}"
    assert exchanges[-1].req_body == b"\xff\xfe{"
    out = tmp_path / "labels.jsonl"
    write_atomically(out, exchanges)
    text = out.read_text()
    assert client_secret not in text and token not in text and sandbox.limited[1] not in text
    assert '"req_body_b64": true' in text
    replayed = replay_file(out)
    assert replayed.differences == [], file_report(replayed)


def test_labels_of_a_basic_main_identity():
    settings = Settings.from_env(
        {"MAUTIC_URL": "http://127.0.0.1:9", "MAUTIC_USERNAME": "admin", "MAUTIC_PASSWORD": "pw:with:colons"}
    )
    labeler = Labeler(settings)
    assert labeler.label(_basic(b"admin:pw:with:colons")) == "admin-basic"
    assert labeler.label(_basic(b"admin:pw")) == "wrong-password:admin-basic"
    assert labeler.label(_basic(b"\xff:x")) == "basic-malformed"
    assert labeler.label("bearer  ") == "bearer-empty"
    assert labeler.label("Token abc") == "other-scheme"


def test_secrets_of_hooks_the_run_did_not_create_are_zeroed():
    """On a shared instance the listings show other people's hooks: a secret they chose is not written."""
    settings = Settings.from_env(
        {"MAUTIC_URL": "http://127.0.0.1:9", "MAUTIC_USERNAME": "a", "MAUTIC_PASSWORD": "b"}
    )

    def raw(method, target, status, answer):
        body = json.dumps(answer, separators=(",", ":")).encode()
        return Raw(method, target, [], b"", status, "OK", "HTTP/1.1", [], body, 1.0)

    ours = {"id": 7, "name": "mhc-contract-x", "secret": "chosen by the suite"}
    theirs = {"id": 5, "name": "production", "secret": 'their own "secret"'}
    raws = [
        raw("POST", "/api/hooks/new", 201, {"hook": ours}),
        raw("GET", "/api/hooks", 200, {"total": 2, "hooks": {"5": theirs, "7": ours}}),
        raw("GET", "/api/hooks/5", 200, {"hook": theirs}),
    ]
    exchanges = to_exchanges(raws, settings, "foreign")
    listed = exchanges[1].json()["hooks"]
    assert listed["7"]["secret"] == "chosen by the suite"
    assert listed["5"]["secret"] == "0" * 64
    assert exchanges[2].json()["hook"]["secret"] == "0" * 64
    assert b"their own" not in b"".join(e.resp_body for e in exchanges)
