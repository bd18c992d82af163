"""verify() and sign() on every recorded POST: the stated secret verifies it, any other secret does not."""

from __future__ import annotations

import json

import pytest
from deliveries import Delivery, all_deliveries
from mautic_hooks_receiver import sign, verify

DELIVERIES = all_deliveries()


@pytest.mark.parametrize("delivery", DELIVERIES, ids=lambda d: d.name)
def test_recorded_signature_verifies_with_the_hooks_secret_only(delivery: Delivery) -> None:
    header = delivery.headers["Webhook-Signature"]
    assert sign(delivery.raw_body, delivery.secret) == header
    assert verify(delivery.raw_body, header, delivery.secret) is True
    others = {d.secret for d in DELIVERIES} - {delivery.secret}
    assert others and not any(verify(delivery.raw_body, header, other) for other in others)
    assert verify(delivery.raw_body, header, delivery.secret + "x") is False


@pytest.mark.parametrize("delivery", DELIVERIES[:20], ids=lambda d: d.name)
def test_a_changed_body_fails(delivery: Delivery) -> None:
    header = delivery.headers["Webhook-Signature"]
    assert verify(delivery.raw_body + b" ", header, delivery.secret) is False
    assert verify(delivery.raw_body.replace(b":", b": ", 1), header, delivery.secret) is False


def test_re_serialized_json_does_not_verify() -> None:
    """PHP escapes `/` as `\\/`: the same JSON written by Python is other bytes, with another signature."""
    escaped = [d for d in DELIVERIES if b"\\/" in d.raw_body]  # a URL in a payload is enough
    assert len(escaped) >= 10
    for delivery in escaped:
        again = json.dumps(delivery.body, separators=(",", ":")).encode()
        assert json.loads(again) == delivery.body
        assert verify(again, delivery.headers["Webhook-Signature"], delivery.secret) is False


@pytest.mark.parametrize("header", ["", "   ", None], ids=["empty", "blank", "missing"])
def test_a_missing_header_is_a_usage_error(header: str | None) -> None:
    with pytest.raises(ValueError, match="Webhook-Signature header is missing"):
        verify(b"{}", header, "secret")


@pytest.mark.parametrize("body", ['{"a":1}', {"a": 1}, None], ids=["str", "dict", "None"])
def test_a_body_that_is_not_bytes_is_a_usage_error(body: object) -> None:
    with pytest.raises(TypeError, match="raw request body as bytes"):
        verify(body, "x", "secret")  # type: ignore[arg-type]


def test_a_header_that_is_not_str_is_a_usage_error() -> None:
    with pytest.raises(TypeError, match="header as str"):
        verify(b"{}", b"signature", "secret")  # type: ignore[arg-type]


def test_an_empty_secret_is_a_usage_error() -> None:
    with pytest.raises(ValueError, match="secret is empty"):
        verify(b"{}", "x", "")


@pytest.mark.parametrize(
    "header",
    ["not base64 at all", "é" * 44, "A" * 44, "=", "Iu4ctlLwSAgvSAWE8UWolJjm5NB61PDvE8ny+bu6QO4"],
    ids=["text", "non-ascii", "wrong", "padding", "unpadded"],
)
def test_a_wrong_signature_returns_false_never_raises(header: str) -> None:
    points = next(d for d in DELIVERIES if d.seq == 6)  # its real signature ends with the '=' dropped above
    assert verify(points.raw_body, header, points.secret) is False


def test_bytearray_and_memoryview_bodies_are_raw_bytes_too() -> None:
    delivery = DELIVERIES[0]
    header = delivery.headers["Webhook-Signature"]
    assert verify(bytearray(delivery.raw_body), header, delivery.secret)
    assert verify(memoryview(delivery.raw_body), header, delivery.secret)
    assert verify(delivery.raw_body, f" {header}\t", delivery.secret), (
        "surrounding whitespace is not significant"
    )
