"""PHP value semantics that leak through Mautic's HTTP interface.

Mautic reads query strings with PHP's parser, casts with ``(int)``, tests with ``empty()`` and
``FILTER_VALIDATE_BOOLEAN``, and lets ``json_encode`` decide whether an array is a JSON list or
object. Clients can see every one of these, so the sandbox reproduces them here in one place.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus

_LEADING_NUMBER = re.compile(r"[ \t\n\r\v\f]*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)")
_TRUE_WORDS = frozenset({"1", "true", "on", "yes"})


PHP_INT_MAX = 2**63 - 1
PHP_INT_MIN = -(2**63)


def to_int(value) -> int:
    """PHP ``(int)`` cast: leading numeric prefix of a string, 0 otherwise; arrays are 0 or 1.
    Numeric strings beyond 64 bits saturate at PHP_INT_MAX/MIN, as PHP's string conversion does."""
    if value is None or value is False:
        return 0
    if value is True:
        return 1
    if isinstance(value, float):
        value = int(value) if abs(value) < 2**63 else (PHP_INT_MAX if value > 0 else PHP_INT_MIN)
    if not isinstance(value, int):
        if isinstance(value, (list, dict)):
            return 1 if value else 0
        match = _LEADING_NUMBER.match(str(value))
        if not match:
            return 0
        number = match.group(1)
        try:
            value = int(number)
        except ValueError:
            value = int(float(number))
    return max(PHP_INT_MIN, min(PHP_INT_MAX, value))


def is_empty(value) -> bool:
    """PHP ``empty()``: "", "0", 0, null, false and [] are empty."""
    return value is None or value is False or value == 0 or value in ("", "0") or value == [] or value == {}


def filter_bool(value) -> bool:
    """``filter_var($v, FILTER_VALIDATE_BOOLEAN)`` cast to bool: anything unrecognised is false."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (list, dict)) or value is None:
        return False
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return str(value).strip().lower() in _TRUE_WORDS


def to_string(value) -> str:
    """PHP string conversion of a scalar (``true`` → "1", ``false``/null → "")."""
    if value is True:
        return "1"
    if value is False or value is None:
        return ""
    if isinstance(value, float) and value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def parse_query(raw: str) -> dict:
    """PHP ``parse_str`` of a query string or url-encoded body."""
    pairs = []
    for pair in raw.split("&"):
        if pair:
            key, _, value = pair.partition("=")
            pairs.append((unquote_plus(key), unquote_plus(value)))
    return array_from_pairs(pairs)


def array_from_pairs(pairs) -> dict:
    """Build PHP request arrays: ``a[]=1&a[]=2`` and ``w[0][col]=x`` nest, the last scalar wins.

    Nested arrays are dicts with string keys (``[]`` appends the next integer key), matching PHP's
    ordered hash so that callers can apply the list-or-object rule later.
    """
    result: dict = {}
    for key, value in pairs:
        bracket = key.find("[")
        if bracket <= 0:
            if bracket == 0 or not key:
                continue
            result[_top_level_name(key)] = value
            continue
        parts = re.findall(r"\[([^\]]*)\]", key[bracket:])
        target, name = result, _top_level_name(key[:bracket])
        for part in parts:
            child = target.get(name)
            if not isinstance(child, dict):
                child = {}
                target[name] = child
            target, name = child, (part if part != "" else str(_next_index(child)))
        target[name] = value
    return result


def _top_level_name(name: str) -> str:
    # PHP turns '.' and ' ' in top-level variable names into '_'.
    return name.replace(".", "_").replace(" ", "_")


def _next_index(array: dict) -> int:
    ints = [int(k) for k in array if isinstance(k, str) and k.lstrip("-").isdigit()]
    return max(ints) + 1 if ints else 0


def as_php_array(value) -> dict | None:
    """View a decoded JSON list or object as a PHP array (ordered dict), or None for scalars."""
    if isinstance(value, dict):
        return value
    if isinstance(value, list):
        return {str(i): v for i, v in enumerate(value)}
    return None


def array_to_json(array: dict):
    """``json_encode`` of a PHP array: a list when keys are exactly 0..n-1 in order, else an object."""
    if all(str(k) == str(i) for i, k in enumerate(array)):
        return list(array.values())
    return {str(k): v for k, v in array.items()}
