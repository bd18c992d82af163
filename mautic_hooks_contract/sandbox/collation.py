"""MariaDB's utf8mb4_unicode_ci, the collation of every Mautic string column: sorting and LIKE.

Sorting compares the characters' primary weights (UCA 4.0.0: case, accents and width are ignored; ß sorts as
ss, æ as ae; punctuation before digits before letters), PAD SPACE (a shorter string compares as if padded with
spaces), and every character outside the BMP weighs U+FFFD, so all emoji tie. Ties keep the rows' id order
(what MariaDB's filesort gave on every probe; listing.py adds ``id ASC``).

LIKE compares character by character (MariaDB strings/ctype-uca.inl my_wildcmp_uca_impl): two characters match
when their weights are equal, so 'é' matches 'e' but 'ß' does not match 's', and characters outside the BMP
match only themselves. ``\\`` escapes the next character (the default ESCAPE); Mautic passes the search text
through unescaped (app/bundles/CoreBundle/Entity/CommonRepository.php:1083-1125), so a client's backslash,
``%`` and ``_`` keep their LIKE meaning.

The weights are MariaDB's own, read with WEIGHT_STRING (scripts/uca_weights.py) and stored in uca400.bin for the
characters whose weights are not the implicit ones.
"""

from __future__ import annotations

import functools
import struct
import zlib
from pathlib import Path

SPACE_WEIGHT = 0x0209
_OUTSIDE_BMP = (0xFFFD,)
_TABLE = Path(__file__).with_name("uca400.bin")


def implicit_weights(code: int) -> tuple[int, ...]:
    """UCA 4.0.0's computed weights for a character the table does not list (CJK first, then the rest)."""
    if 0x4E00 <= code <= 0x9FA5 or 0xF900 <= code <= 0xFAFF:
        base = 0xFB40
    elif 0x3400 <= code <= 0x4DB5:
        base = 0xFB80
    else:
        base = 0xFBC0
    return (base + (code >> 15), (code & 0x7FFF) | 0x8000)


@functools.cache
def _explicit() -> dict[int, tuple[int, ...]]:
    data = zlib.decompress(_TABLE.read_bytes())
    table, code, at = {}, 0, 0
    while at < len(data):
        delta, at = data[at], at + 1
        if delta == 255:
            (delta,), at = struct.unpack_from(">H", data, at), at + 2
        code += delta
        count, at = data[at], at + 1
        table[code] = struct.unpack_from(f">{count}H", data, at)
        at += 2 * count
    return table


def char_weights(ch: str) -> tuple[int, ...]:
    code = ord(ch)
    if code > 0xFFFF:
        return _OUTSIDE_BMP
    found = _explicit().get(code)
    return implicit_weights(code) if found is None else found


@functools.lru_cache(maxsize=65536)
def sort_key(text: str) -> tuple[int, ...]:
    return tuple(w for ch in text for w in char_weights(ch))


def compare(a: str, b: str) -> int:
    """The collation's comparison, PAD SPACE: the shorter weight string is padded with the space weight."""
    left, right = sort_key(a), sort_key(b)
    size = max(len(left), len(right))
    for x, y in zip(
        left + (SPACE_WEIGHT,) * (size - len(left)), right + (SPACE_WEIGHT,) * (size - len(right))
    ):
        if x != y:
            return -1 if x < y else 1
    return 0


def _same_char(a: str, b: str) -> bool:
    if a == b:
        return True
    if ord(a) > 0xFFFF or ord(b) > 0xFFFF:
        return False
    return char_weights(a) == char_weights(b)


def _tokens(pattern: str, escape: str) -> list[tuple[str, str]]:
    """The pattern as (kind, char): kind '%', '_' or 'c' (a literal; a trailing escape is a literal itself)."""
    tokens, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == escape and i + 1 < len(pattern):
            tokens.append(("c", pattern[i + 1]))
            i += 2
            continue
        tokens.append((ch if ch in "%_" else "c", ch))
        i += 1
    return tokens


def like(pattern, value, escape: str = "\\") -> bool | None:
    """``value LIKE pattern`` under the collation (SQLite calls like(pattern, value[, escape]))."""
    if pattern is None or value is None:
        return None
    text, positions = str(value), {0}
    for kind, ch in _tokens(str(pattern), escape):
        if not positions:
            return False
        if kind == "%":
            positions = set(range(min(positions), len(text) + 1))
        else:
            positions = {
                p + 1 for p in positions if p < len(text) and (kind == "_" or _same_char(ch, text[p]))
            }
    return len(text) in positions
