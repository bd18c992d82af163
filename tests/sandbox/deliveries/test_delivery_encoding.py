"""The sandbox's encoder and signer against every POST the real Mautic sent (no server needed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from delivery_support import all_recorded_deliveries

from mautic_hooks_contract.sandbox.deliveries.sender import sign
from mautic_hooks_contract.sandbox.serialize import encode_controller

DELIVERIES = all_recorded_deliveries()


def test_the_recordings_are_all_here():
    assert len(DELIVERIES) == 58 + 38 + 19


@pytest.mark.parametrize("delivery", DELIVERIES, ids=lambda d: f"seq{d['seq']}")
def test_re_encoding_a_recorded_body_gives_its_exact_bytes(delivery):
    """PHP json_encode default flags: `\\/`, `\\uXXXX` (surrogate pairs too), no spaces."""
    raw = delivery["raw_body"].encode("ascii")
    assert encode_controller(json.loads(raw)) == raw
    assert len(raw) == delivery["body_length"]


@pytest.mark.parametrize("delivery", DELIVERIES, ids=lambda d: f"seq{d['seq']}")
def test_the_signature_recipe_reproduces_every_recorded_signature(delivery):
    signature = sign(delivery["raw_body"].encode("ascii"), delivery["hook"]["secret"])
    assert signature == delivery["headers"]["Webhook-Signature"]


def test_escaping_of_slashes_non_ascii_and_astral_characters():
    assert (
        encode_controller({"u": 'https://x/é日😀"<'})
        == b'{"u":"https:\\/\\/x\\/\\u00e9\\u65e5\\ud83d\\ude00\\"<"}'
    )


def test_field_definitions_and_fire_samples_are_derived_from_the_recordings():
    """mautic_hooks_contract/sandbox/crm/fields.json and mautic_hooks_contract/sandbox/deliveries/samples/ are what the extraction script writes."""
    script = Path(__file__).resolve().parents[3] / "scripts" / "extract_delivery_data.py"
    result = subprocess.run(
        [sys.executable, str(script), "check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout
