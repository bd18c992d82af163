"""PHP value semantics that leak through Mautic's HTTP interface.

Mautic reads query strings with PHP's parser, casts with ``(int)``, tests with ``empty()`` and
``FILTER_VALIDATE_BOOLEAN``, and lets ``json_encode`` decide whether an array is a JSON list or
object. Clients can see every one of these, so the sandbox reproduces them here in one place.
"""

from __future__ import annotations

import math
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
    if isinstance(value, float):
        return float_to_string(value)
    return str(value)


def array_key(value) -> int | None:
    """The integer PHP makes of an id used as an array key (BatchIdToEntityHelper): 5, "5" and 5.0 address the
    same entity; "05" or "x" none."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, float):
        return int(value) if math.isfinite(value) else None
    if isinstance(value, int):
        return value
    text = str(value)
    return int(text) if text.isdigit() and (text == "0" or not text.startswith("0")) else None


def float_to_string(value: float) -> str:
    """``(string)$float``: 14 significant digits (php.ini ``precision``), e.g. "-5.5085027261044E+16"."""
    return _gcvt(value, 14, "E")


def float_to_json(value: float) -> str:
    """``json_encode`` of a float with serialize_precision -1 and JSON_PRESERVE_ZERO_FRACTION: the shortest
    round-trip digits, "1000000000000000.0", "1.0e+100", "-0.0"."""
    text = _gcvt(value, None, "e")
    return text if "." in text else text + ".0"


def _digits(value: float, precision: int | None) -> tuple[str, int]:
    """zend_dtoa's digits (no trailing zeros) and decimal point position: mode 2 with ``precision``
    significant digits, or mode 0 (shortest round trip, what Python's repr gives) when None."""
    text = repr(value) if precision is None else f"{value:.{precision - 1}e}"
    mantissa, _, exponent = text.partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    point = len(whole) + int(exponent or 0) - (len(whole + fraction) - len(digits))
    return digits.rstrip("0") or "0", point if digits else 1


def _gcvt(value: float, precision: int | None, exponent_char: str) -> str:
    """zend_gcvt (Zend/zend_strtod.c), as smart_str_append_double and php_json_encode_double call it."""
    if math.isinf(value) or math.isnan(value):
        return ("-" if value < 0 else "") + ("INF" if math.isinf(value) else "NAN")
    sign = "-" if math.copysign(1.0, value) < 0 else ""
    digits, point = _digits(abs(value), precision)
    limit = 17 if precision is None else precision
    if (point < -3) if point < 0 else (point > limit):
        exponent = point - 1
        return f"{sign}{digits[0]}.{digits[1:] or '0'}{exponent_char}{'-' if exponent < 0 else '+'}{abs(exponent)}"
    if point < 0:
        return f"{sign}0.{'0' * -point}{digits}"
    whole = digits[:point].ljust(point, "0") or "0"
    return f"{sign}{whole}.{digits[point:]}" if len(digits) > point else f"{sign}{whole}"


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


def php_to_json(value):
    """A cleaned request value (PHP arrays as dicts) as json_encode writes it back: lists stay lists."""
    if isinstance(value, dict):
        encoded = array_to_json({k: php_to_json(v) for k, v in value.items()})
        return encoded
    if isinstance(value, list):
        return [php_to_json(v) for v in value]
    return value


def php_string(value) -> str:
    """``(string)`` of a value bound to a string column: arrays are "Array" (with a notice), scalars as PHP, a
    float in its 14-digit form ("2.2790013179898E+15", "5"). Mautic passes trigger items through unconverted
    (WebhookApiController.php:66-84, Webhook.php:337-362) and Doctrine's string type casts them."""
    if isinstance(value, (dict, list)):
        return "Array"
    return to_string(value)


def php_identical(a, b) -> bool:
    """``$a === $b``: same type and value; arrays element by element, keys and order included."""
    if isinstance(a, (dict, list)) or isinstance(b, (dict, list)):
        if not (isinstance(a, (dict, list)) and isinstance(b, (dict, list))):
            return False
        left, right = as_php_array(a), as_php_array(b)
        return list(left) == list(right) and all(php_identical(left[k], right[k]) for k in left)
    return type(a) is type(b) and a == b


def _numeric(text: str) -> float | None:
    match = _LEADING_NUMBER.fullmatch(text.rstrip(" \t\n\r\v\f"))
    return float(match.group(1)) if match else None


def php_loose_equal(a, b) -> bool:
    """``$a == $b`` as PHP 8 compares (what ``in_array`` uses): numeric strings compare as numbers, a number
    and a non-numeric string compare as strings, null and booleans by truthiness, arrays element-wise."""
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        if a is None and isinstance(b, str):
            return b == ""
        if b is None and isinstance(a, str):
            return a == ""
        return (not is_empty(a)) == (not is_empty(b))
    if isinstance(a, (dict, list)) or isinstance(b, (dict, list)):
        if not (isinstance(a, (dict, list)) and isinstance(b, (dict, list))):
            return False
        left, right = as_php_array(a), as_php_array(b)
        return left.keys() == right.keys() and all(php_loose_equal(left[k], right[k]) for k in left)
    if isinstance(a, str) and isinstance(b, str):
        na, nb = _numeric(a), _numeric(b)
        return na == nb if na is not None and nb is not None else a == b
    if isinstance(a, str):
        a, b = b, a
    if isinstance(b, str):
        nb = _numeric(b)
        return a == nb if nb is not None else to_string(a) == b
    return a == b
