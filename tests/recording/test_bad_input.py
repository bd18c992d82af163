"""A recording that cannot be used gives one sentence naming the file and the line, exit status 2, before any
request is sent; and `make record` never leaves half a file behind."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mautic_hooks_contract.recording.__main__ import SHIPPED
from mautic_hooks_contract.recording.format import Exchange
from mautic_hooks_contract.recording.record import write_atomically

ROOT = Path(__file__).resolve().parents[2]
GOOD_LINES = (SHIPPED / "basic-off.jsonl").read_text(encoding="utf-8").splitlines()


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mautic_hooks_contract.recording", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


BROKEN = {
    "truncated": ("\n".join(GOOD_LINES[:3]) + "\n" + GOOD_LINES[3][:120], ":4: the last line is cut off"),
    "not-json": ("seq,method,path\n1,GET,/api/hooks\n", ":1: not JSON"),
    "foreign": (
        json.dumps({"log": {"version": "1.2", "entries": []}}) + "\n",
        ":1: not an exchange of a recording",
    ),
    "wrong-type": (
        GOOD_LINES[0] + "\n" + GOOD_LINES[1].replace('"status":403', '"status":"403"') + "\n",
        ":2: status",
    ),
    "empty": ("", "holds no exchange"),
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
@pytest.mark.parametrize("command", ["replay", "diff"])
def test_one_sentence_and_exit_2(tmp_path, kind, command):
    text, expected = BROKEN[kind]
    path = tmp_path / f"{kind}.jsonl"
    path.write_text(text, encoding="utf-8")
    args = (
        [command, str(path)]
        if command == "replay"
        else [command, str(SHIPPED / "basic-off.jsonl"), str(path)]
    )
    result = _cli(*args)
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(str(path)) and expected in lines[0], result.stderr
    assert result.stdout == ""  # refused before any sandbox started or request was sent


def test_a_missing_file_is_one_sentence_too(tmp_path):
    result = _cli("replay", str(tmp_path / "nowhere.jsonl"))
    assert result.returncode == 2 and "cannot be read" in result.stderr


def test_diff_refuses_recordings_of_different_catalogues(tmp_path):
    other = tmp_path / "other.jsonl"
    other.write_text("\n".join(GOOD_LINES[:5]) + "\n", encoding="utf-8")
    result = _cli("diff", str(SHIPPED / "basic-off.jsonl"), str(other))
    assert result.returncode == 2 and "not a recording of the same catalogue" in result.stderr


class _Unwritable(Exchange):
    def to_json(self) -> dict:
        raise RuntimeError("disk full, say")


def test_a_failed_write_leaves_neither_the_file_nor_a_temporary(tmp_path):
    out = tmp_path / "rec.jsonl"
    good = Exchange(1, "g", "none", "GET", "/api/hooks", {}, b"", 401, [], b"{}")
    bad = _Unwritable(2, "g", "none", "GET", "/api/hooks", {}, b"", 401, [], b"{}")
    with pytest.raises(RuntimeError):
        write_atomically(out, [good, bad])
    assert list(tmp_path.iterdir()) == []
    write_atomically(out, [good])
    assert [p.name for p in tmp_path.iterdir()] == ["rec.jsonl"]


def test_an_identity_the_sandbox_cannot_play_is_one_sentence(tmp_path):
    path = tmp_path / "oauth-limited.jsonl"
    path.write_text(GOOD_LINES[0].replace('"identity":"admin-basic"', '"identity":"oauth-limited"') + "\n")
    result = _cli("replay", str(path))
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == (
        f"{path}:1: the sandbox has no credentials for the identity label 'oauth-limited' (seq 1)."
    )
