"""`make record` on a shared instance: it touches only its own hooks, its recording replays against a fresh
sandbox with 0 differences, and `make diff` puts a behaviour change in the group where it happens."""

from __future__ import annotations

import json

import httpx
import pytest

from mautic_hooks_contract.recording import format as recording_format
from mautic_hooks_contract.recording.diff import changes
from mautic_hooks_contract.recording.record import record
from mautic_hooks_contract.recording.replay import replay_file
from mautic_hooks_contract.recording.report import file_report
from mautic_hooks_contract.runner.local import sandbox_settings, seeded_sandbox
from mautic_hooks_contract.runner.settings import Settings


def _all_hooks(sandbox) -> bytes:
    return httpx.get(f"{sandbox.api_url}/hooks?limit=0&orderBy=id", auth=sandbox.admin, timeout=30).content


def _record(tmp_path, name, *, extra_args=(), env=None, **overrides):
    out = tmp_path / f"{name}.jsonl"
    with seeded_sandbox(extra_args=extra_args, env=env) as sandbox:
        before = _all_hooks(sandbox)
        settings = Settings.from_env({**sandbox_settings(sandbox), **overrides})
        record(settings, out)
        after = _all_hooks(sandbox)
        secrets = (sandbox.admin[1], sandbox.limited[1])
    return out, before, after, secrets


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    return _record(tmp_path_factory.mktemp("clean"), "clean")


def test_pre_existing_hooks_stay_byte_identical(clean):
    _, before, after, _ = clean
    assert json.loads(before)["total"] == 24  # the seed's own hooks were there all along
    assert after == before


def test_the_recording_holds_no_credential_and_only_own_hook_names(clean):
    out, _, _, passwords = clean
    text = out.read_text(encoding="utf-8")
    assert all(p not in text for p in passwords)
    exchanges = recording_format.load(out)
    cors = {"Origin", "X-Requested-With", "Access-Control-Request-Method", "Access-Control-Request-Headers"}
    assert {k for e in exchanges for k in e.req_headers} == {"Content-Type", *cors}  # never an Authorization
    assert {e.identity for e in exchanges} >= {"admin-basic", "limited-basic", "none", "unknown-user"}
    run = exchanges[0].extra["run"]
    for exchange in exchanges:
        body = exchange.resp_body.decode()
        for hook in json.loads(body).get("hooks", {}).values() if '"hooks":{' in body else []:
            assert hook["name"].startswith(run)


def test_the_recording_replays_against_a_fresh_sandbox_with_no_difference(clean):
    result = replay_file(clean[0])
    assert len(result.exchanges) > 50
    assert result.differences == [], file_report(result)


def test_a_fault_shows_as_a_change_in_its_group(clean, tmp_path):
    faulty, *_ = _record(tmp_path, "faulty", extra_args=("--fault", "ignores-order-dir"))
    a, b = recording_format.load(clean[0]), recording_format.load(faulty)
    found = changes(a, b, clean[0], faulty)
    # The groups that sort DESC: lists, and text-search's orderBy=name DESC probe.
    assert found and {e.group for e, _ in found} == {"lists", "text-search"}
    assert all("orderByDir=DESC" in e.path for e, _ in found)
    assert changes(a, a, clean[0], clean[0]) == []


def test_readonly_mode_sends_gets_only(tmp_path):
    log = tmp_path / "requests.log"
    out, before, after, _ = _record(
        tmp_path, "readonly", env={"SANDBOX_REQUEST_LOG": str(log)}, CONTRACT_MODE="readonly"
    )
    methods = {line.split(" ", 1)[0] for line in log.read_text().splitlines()}
    assert methods == {"GET"}
    assert after == before
    assert {e.method for e in recording_format.load(out)} == {"GET"}


def test_an_interrupted_run_deletes_its_hooks_and_writes_nothing(tmp_path, monkeypatch):
    """Ctrl-C or SIGTERM (a KeyboardInterrupt, via contract_tests' interrupt handling) in the middle of a
    group that has created hooks: they are deleted and no recording appears."""
    from mautic_hooks_contract.recording.target import Target

    sent = []
    original = Target.send

    def send(self, method, path, **kwargs):
        sent.append(method)
        if sent.count("POST") == 8:  # inside the validation group, with several hooks created
            raise KeyboardInterrupt
        return original(self, method, path, **kwargs)

    monkeypatch.setattr(Target, "send", send)
    out = tmp_path / "interrupted.jsonl"
    with seeded_sandbox() as sandbox:
        before = _all_hooks(sandbox)
        with pytest.raises(KeyboardInterrupt):
            record(Settings.from_env(sandbox_settings(sandbox)), out)
        assert _all_hooks(sandbox) == before
    assert list(tmp_path.iterdir()) == []
