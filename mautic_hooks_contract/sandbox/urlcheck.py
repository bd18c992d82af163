"""The webhookUrl field: symfony/form's FixUrlProtocolListener, then symfony/validator's Url constraint.

Both regular expressions are PCRE; Python's ``re`` knows no ``\\pL``-style classes, so they are built here
from ``unicodedata`` (Python's Unicode tables may be a version apart from PHP's PCRE2: a character
assigned in between could be judged differently).
"""

from __future__ import annotations

import functools
import json
import re
import sys
import unicodedata
from pathlib import Path

# FixUrlProtocolListener::onSubmit (vendor symfony/form Extension/Core/EventListener/
# FixUrlProtocolListener.php:36-41): no /u flag, so \w is ASCII; PHP's truthiness skips "0".
_HAS_SCHEME = re.compile(r"^(?:[/.]|[A-Za-z0-9_+.-]+://|[^:/?@#]++@)")


def with_default_protocol(text: str) -> str:
    if text and text != "0" and not _HAS_SCHEME.match(text):
        return "http://" + text
    return text


CLASSES_FILE = Path(__file__).with_name("pcre_classes.json")  # computed once, shipped (the loop takes ~0.4 s)


@functools.cache
def _classes() -> dict[str, str]:
    """PCRE's \\pL, \\pN, \\pS and \\pM as character-class ranges, by the first letter of the general
    category: from the shipped file when it was computed with this Python's Unicode tables (every sandbox
    start would otherwise pay the loop), else computed."""
    try:
        stored = json.loads(CLASSES_FILE.read_text(encoding="utf-8"))
        if stored.get("unidata_version") == unicodedata.unidata_version:
            return stored["classes"]
    except (OSError, ValueError, KeyError):
        pass
    return _computed_classes()


def _computed_classes() -> dict[str, str]:
    """Planes 4 to 13 hold no assigned character in any Unicode version and are skipped."""
    ranges: dict[str, list[list[int]]] = {c: [] for c in "LNSM"}
    for code in (*range(0x40000), *range(0xE0000, sys.maxunicode + 1)):
        found = ranges.get(unicodedata.category(chr(code))[0])
        if found is None:
            continue
        if found and found[-1][1] == code - 1:
            found[-1][1] = code
        else:
            found.append([code, code])
    return {c: "".join(_span(a, b) for a, b in spans) for c, spans in ranges.items()}


def _span(first: int, last: int) -> str:
    return re.escape(chr(first)) if first == last else f"{re.escape(chr(first))}-{re.escape(chr(last))}"


_IPV6 = (  # UrlValidator::PATTERN's IPv6 alternative, verbatim
    r"(?:(?:(?:(?:(?:(?:(?:[0-9a-f]{1,4})):){6})(?:(?:(?:(?:(?:[0-9a-f]{1,4})):(?:(?:[0-9a-f]{1,4})))|(?:(?:(?:(?:(?:25[0-5]|(?:[1-9]|1[0-9]|2[0-4])?[0-9]))\.){3}(?:(?:25[0-5]|(?:[1-9]|1[0-9]|2[0-4])?[0-9])))))))|(?:(?:::(?:(?:(?:[0-9a-f]{1,4})):){5})(?:(?:(?:(?:(?:[0-9a-f]{1,4})):(?:(?:[0-9a-f]{1,4})))|(?:(?:(?:(?:(?:25[0-5]|(?:[1-9]|1[0-9]|2[0-4])?[0-9]))\.){3}(?:(?:25[0-5]|(?:[1-9]|1[0-9]|2[0-4])?[0-9])))))))|(?:(?:(?:(?:(?:[0-9a-f]{1,4})))?::(?:(?:(?:[0-9a-f]{1,4})):){4})(?:(?:(?:(?:(?:[0-9a-f]{1,4})):(?:(?:[0-9a-f]{1,4})))|(?:(?:(?:(?:(?:25[0-5]|(?:[1-9]|1[0-9]|2[0-4])?[0-9]))\.){3}(?:(?:25[0-5]|(?:[1-9]|1[0-9]|2[0-4])?[0-9])))))))|(?:(?:(?:(?:(?:(?:[0-9a-f]{1,4})):){0,1}(?:(?:[0-9a-f]{1,4})))?::(?:(?:(?:[0-9a-f]{1,4})):){3})(?:(?:(?:(?:(?:[0-9a-f]{1,4})):(?:(?:[0-9a-f]{1,4})))|(?:(?:(?:(?:(?:25[0-5]|(?:[1-9]|1[0-9]|2[0-4])?[0-9]))\.){3}(?:(?:25[0-5]|(?:[1-9]|1[0-9]|2[0-4])?[0-9])))))))|(?:(?:(?:(?:(?:(?:[0-9a-f]{1,4})):){0,2}(?:(?:[0-9a-f]{1,4})))?::(?:(?:(?:[0-9a-f]{1,4})):){2})(?:(?:(?:(?:(?:[0-9a-f]{1,4})):(?:(?:[0-9a-f]{1,4})))|(?:(?:(?:(?:(?:25[0-5]|(?:[1-9]|1[0-9]|2[0-4])?[0-9]))\.){3}(?:(?:25[0-5]|(?:[1-9]|1[0-9]|2[0-4])?[0-9])))))))|(?:(?:(?:(?:(?:(?:[0-9a-f]{1,4})):){0,3}(?:(?:[0-9a-f]{1,4})))?::(?:(?:[0-9a-f]{1,4})):)(?:(?:(?:(?:(?:[0-9a-f]{1,4})):(?:(?:[0-9a-f]{1,4})))|(?:(?:(?:(?:(?:25[0-5]|(?:[1-9]|1[0-9]|2[0-4])?[0-9]))\.){3}(?:(?:25[0-5]|(?:[1-9]|1[0-9]|2[0-4])?[0-9])))))))|(?:(?:(?:(?:(?:(?:[0-9a-f]{1,4})):){0,4}(?:(?:[0-9a-f]{1,4})))?::)(?:(?:(?:(?:(?:[0-9a-f]{1,4})):(?:(?:[0-9a-f]{1,4})))|(?:(?:(?:(?:(?:25[0-5]|(?:[1-9]|1[0-9]|2[0-4])?[0-9]))\.){3}(?:(?:25[0-5]|(?:[1-9]|1[0-9]|2[0-4])?[0-9])))))))|(?:(?:(?:(?:(?:(?:[0-9a-f]{1,4})):){0,5}(?:(?:[0-9a-f]{1,4})))?::)(?:(?:[0-9a-f]{1,4})))|(?:(?:(?:(?:(?:(?:[0-9a-f]{1,4})):){0,6}(?:(?:[0-9a-f]{1,4})))?::))))"
)


@functools.cache
def _url_pattern() -> re.Pattern:
    """UrlValidator::PATTERN with the default protocols http|https (vendor symfony/validator
    Constraints/UrlValidator.php:25-46, flags ixu; Mautic's Url constraint, Webhook.php:159-166)."""
    L, N, S, M = (_classes()[c] for c in "LNSM")  # PCRE's \\pL, \\pN, \\pS, \\pM
    pct = "%[0-9A-Fa-f]{2}"
    return re.compile(
        "^(http|https)://"
        rf"(((?:[\_\.{L}{N}-]|{pct})+:)?((?:[\_\.{L}{N}-]|{pct})+)@)?"
        "("
        r"(?:(?:xn--[a-z0-9-]++\.)*+xn--[a-z0-9-]++"
        rf"|(?:[{L}{N}{S}{M}\-\_]++\.)+[{L}{N}{M}]++"
        r"|[a-z0-9\-\_]++)\.?"
        r"|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}"
        r"|\[" + _IPV6 + r"\]"
        ")"
        r"(:[0-9]+)?"
        rf"(?:/(?:[{L}{N}\-._\~!$&'()*+,;=:@]|{pct})*)*"
        rf"(?:\?(?:[{L}{N}\-._\~!$&'\[\]()*+,;=:@/?]|{pct})*)?"
        rf"(?:\#(?:[{L}{N}\-._\~!$&'()*+,;=:@/?]|{pct})*)?"
        r"\n?\Z",  # PCRE's $ without D also matches before a final newline
        re.IGNORECASE,
    )


# PHP runs the pattern with PCRE2's JIT on a stack of at most 192 KiB (php-src ext/pcre/php_pcre.c
# PCRE_JIT_STACK_MAX_SIZE): backtrackable repeats keep frames there, and when it runs out preg_match fails, which
# UrlValidator takes as "not a URL" (UrlValidator.php:86-92). A model fitted to the kit's thresholds: a frame per
# path/query/fragment unit (a character or a %XX triple), per '/', per user-info unit (+2), per '?'/'#' and per
# port; a third of one per host label; 8187⅓ frames fit (a path of 8186 units after example.com passes, 8187
# fails). The user-info groups' first greedy try, given back before the host, may hold 8188 units.
JIT_THIRDS = 3 * 8187 + 1
JIT_ATTEMPT_UNITS = 8188
_AUTH_UNIT = re.compile(r"(?:[\w.-]|%[0-9A-Fa-f]{2})", re.UNICODE)


def is_valid_url(text: str) -> bool:
    match = _url_pattern().match(text)
    return match is not None and _fits_jit_stack(text, match)


def _units(part: str) -> int:
    return len(part) - 2 * part.count("%")


def _fits_jit_stack(text: str, match: re.Match) -> bool:
    """Exact on the kit for long paths, queries, fragments, user names, passwords and host names, and on ports
    and IP hosts before a long path."""
    after_scheme = text[match.end(1) + 3 :]
    attempt = 0
    while unit := _AUTH_UNIT.match(after_scheme, attempt):
        attempt = unit.end()
    userinfo, host, port = match.group(2) or "", match.group(5), match.group(6)
    labels = 0 if host.startswith("[") else host.rstrip(".").count(".")
    before_fragment, has_fragment, fragment = text[match.end(6 if port else 5) :].partition("#")
    path, has_query, query = before_fragment.partition("?")
    frames = (2 + _units(userinfo[:-1]) if userinfo else 0) + (1 if port else 0)
    frames += path.count("/") + _units(path.replace("/", ""))
    frames += (1 + _units(query) if has_query else 0) + (1 + _units(fragment) if has_fragment else 0)
    return _units(after_scheme[:attempt]) <= JIT_ATTEMPT_UNITS and 3 * frames + labels <= JIT_THIRDS


def write_classes_file() -> None:
    """`python -m mautic_hooks_contract.sandbox.urlcheck`: (re)compute the shipped character classes for this Python's Unicode."""
    payload = {"unidata_version": unicodedata.unidata_version, "classes": _computed_classes()}
    CLASSES_FILE.write_text(json.dumps(payload, ensure_ascii=True), encoding="utf-8")


if __name__ == "__main__":
    write_classes_file()
