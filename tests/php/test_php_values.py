"""PHP's own value rules, as the sandbox and the runner share them (mautic_hooks_contract/php/). Each expected
value is what PHP 8.2 (Mautic 5's runtime) gives; the floats' string forms were also measured on a real Mautic
5.1.0 (a trigger item stored and read back: tests/recordings/kit-5.1.0/api/text.jsonl)."""

from __future__ import annotations

import pytest

from mautic_hooks_contract.php.values import (
    PHP_INT_MAX,
    array_key,
    filter_bool,
    float_to_json,
    is_empty,
    parse_query,
    php_string,
    to_int,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12abc", 12),
        ("  12", 12),
        ("\n\t12", 12),
        ("abc", 0),
        ("1e3", 1000),  # PHP 7.1+ reads the exponent of a leading numeric string
        ("-7.9", -7),
        ("0x1A", 0),
        (".5", 0),
        ("9999999999999999999", PHP_INT_MAX),
        (3.99, 3),
        (-3.99, -3),
        (True, 1),
        (None, 0),
        ([], 0),
        ([1], 1),
    ],
)
def test_int_cast(value: object, expected: int) -> None:
    assert to_int(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0", True), ("", True), (0, True), (0.0, True), (None, True), ([], True), ("0.0", False), (" ", False)],
)
def test_empty(value: object, expected: bool) -> None:
    assert is_empty(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("yes", True), ("On", True), (" true ", True), (1.0, True), ("2", False), ("off", False), (None, False)],
)
def test_filter_validate_boolean(value: object, expected: bool) -> None:
    assert filter_bool(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (True, "1"),
        (False, ""),
        (None, ""),
        ([1, 2], "Array"),
        (5.0, "5"),
        (0.1, "0.1"),
        (0.1 + 0.2, "0.3"),  # 14 significant digits, not the shortest round trip
        (-0.0, "-0"),
        (0.0001, "0.0001"),
        (1e-5, "1.0E-5"),
        (12345678901234.0, "12345678901234"),
        (1e14, "1.0E+14"),
        (2279001317989800.0, "2.2790013179898E+15"),  # measured on Mautic 5.1.0
    ],
)
def test_string_cast(value: object, expected: str) -> None:
    assert php_string(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1000.0, "1000.0"),
        (0.1 + 0.2, "0.30000000000000004"),
        (1e15, "1000000000000000.0"),
        (1e19, "1.0e+19"),
        (-0.0, "-0.0"),
    ],
)
def test_json_encode_of_a_float(value: float, expected: str) -> None:
    """serialize_precision -1 with JSON_PRESERVE_ZERO_FRACTION, as Mautic's API serializer answers floats: php_gcvt
    with 17 digits, exponential only past 17 places before the point."""
    assert float_to_json(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"), [(5, 5), ("5", 5), (5.0, 5), (5.5, 5), ("05", None), ("x", None), (None, None)]
)
def test_batch_id_as_array_key(value: object, expected: int | None) -> None:
    assert array_key(value) == expected


def test_parse_str() -> None:
    assert parse_query("a=1&a=2") == {"a": "2"}  # the last scalar wins
    assert parse_query("q=c%20d+e") == {"q": "c d e"}
    assert parse_query("a.b=1&c d=2") == {"a_b": "1", "c_d": "2"}  # dots and spaces of a top-level name
