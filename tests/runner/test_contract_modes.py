"""The suite's switches do what the README says: OAuth2 identities, the strict switch, the redaction."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import Target, run_suite

from mautic_hooks_contract.runner.redact import MASK, redact, remember


def test_oauth2_client_credentials_identity_passes(target: Target, tmp_path) -> None:
    env = target.env(MAUTIC_CLIENT_ID=target.sandbox.client[0], MAUTIC_CLIENT_SECRET=target.sandbox.client[1])
    del env["MAUTIC_USERNAME"], env["MAUTIC_PASSWORD"]
    result = run_suite(env, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "OAuth2 client sandbox-client" in result.stdout
    assert "POST /oauth/v2/token" in target.requests()
    assert target.sandbox.client[1] not in result.stdout + result.stderr


def test_known_defects_pass_unless_strict(target: Target, tmp_path) -> None:
    """The list's unchecked orderBy is a known defect: reported, not failed; CONTRACT_STRICT=1 fails on it."""
    only_list = ["-k", "conforms and GET and not id and not triggers"]
    # The default profile: its coverage phase sends the boundary values that meet the defect (quick has none).
    lenient = run_suite(target.env(CONTRACT_PROFILE="default"), "run", *only_list, cwd=tmp_path)
    assert lenient.returncode == 0, lenient.stdout[-3000:]
    assert re.search(r"KNOWN +list-unchecked-order-or-range", lenient.stdout), lenient.stdout[-3000:]
    strict = run_suite(
        target.env(CONTRACT_PROFILE="default", CONTRACT_STRICT="1"), "run", *only_list, cwd=tmp_path
    )
    assert strict.returncode == 1, strict.stdout[-3000:]
    assert "known defect `list-unchecked-order-or-range`; CONTRACT_STRICT is on" in strict.stdout


def test_folder_names_of_the_checkout_are_no_keywords(target: Target, tmp_path) -> None:
    """`-k` selects by the suite's names only: a checkout in a folder whose name is a word of an expression (CI
    clones anywhere; `not id` once deselected every test of a checkout in a folder named `tidy`) changes nothing."""
    folders = [
        part for part in Path(__file__).resolve().parents[2].parts if re.fullmatch(r"[A-Za-z_]\w*", part)
    ]
    assert folders, "the checkout's path has no folder name usable in a -k expression"
    listed = run_suite(target.env(), "run", "--collect-only", "-k", "conforms", cwd=tmp_path)
    assert "test_operation_conforms[GET /hooks]" in listed.stdout, listed.stdout[-2000:]
    for folder in folders:
        selected = run_suite(
            target.env(), "run", "--collect-only", "-k", f"{folder} and conforms", cwd=tmp_path
        )
        assert "test_operation_conforms" not in selected.stdout, (folder, selected.stdout[-2000:])


def test_redaction_masks_secrets_in_every_shape() -> None:
    remember("s3cret-password")
    text = (
        '{"hook":{"secret":"abc123"}} \\"secret\\": \\"quoted\\" client_secret=xyz&grant_type=x '
        "-H 'Authorization: Basic dXNlcjpwYXNz' authorization: Bearer tok.en-1 curl -u admin:pw1 s3cret-password"
    )
    masked = redact(text)
    for leaked in ("abc123", "quoted", "xyz", "dXNlcjpwYXNz", "tok.en-1", "pw1", "s3cret-password"):
        assert leaked not in masked, masked
    assert masked.count(MASK) == 7
