"""Mautic's text cleaning of request values: joomla/filter's InputFilter as Mautic configures it, and the
form's trimming. Both are visible to clients, so the sandbox reproduces them, oddities included.

* ``filter`` (every field but description, and the triggers): ``InputFilter::clean($v, 'filter')`` is an
  unknown type, so a non-empty string goes through cleanString = decode HTML entities, then remove every
  tag (app/bundles/CoreBundle/Form/RequestTrait.php:166, app/bundles/CoreBundle/Helper/InputHelper.php:117-152,
  vendor joomla/filter 1.4.4 src/InputFilter.php:215-262). Non-strings are left as they are.
* ``strict_html`` (description, via CleanFormSubscriber, app/bundles/WebhookBundle/Form/Type/WebhookType.php:29):
  only b, i, u, em, strong, a, span survive, without attributes (InputHelper.php:60-83, :371-376).
* The tag scanner (InputFilter::cleanTags, src/InputFilter.php:308-520, repeated until stable by ``remove``,
  :288-300) skips an unterminated ``<`` together with as many following characters as precede the ``<`` in
  the text still to scan (it cuts the remainder at ``$tagOpenStart + 1`` after already starting it at the
  ``<``): ``"lt<b"`` becomes ``"lt"``.
* Form fields are then trimmed of ``[\\pZ\\p{Cc}\\p{Cf}]`` at both ends, not only of whitespace
  (vendor symfony/form Util/StringUtil.php:32-39 via Extension/Core/EventListener/TrimListener.php:34).

Not reproduced: attribute parsing (escapeAttributeValues, cleanAttributes), which only matters for tags that
survive, and those lose their attributes in strict_html anyway.
"""

from __future__ import annotations

import html
import re
import unicodedata

STRICT_HTML_TAGS = frozenset({"b", "i", "u", "em", "strong", "a", "span"})
_TAG_NAME = re.compile(r"^[a-z][a-z0-9]*$", re.IGNORECASE)


def _find(text: str, needle: str, start: int = 0) -> int | None:
    found = text.find(needle, start)
    return None if found < 0 else found


def clean_tags(source: str, allowed: frozenset[str]) -> str:
    """One pass of the tag scanner; ``allowed`` tags are rebuilt without attributes, every other is dropped."""
    pre = ""
    post = source
    start = _find(source, "<")
    while start is not None:
        pre += post[:start]
        post = post[start:]
        from_open = post[1:]
        open_end = _find(from_open, ">")
        # A second '<' before the first '>': the scanner drops the offending '<' (its offset arithmetic reuses
        # `start`, a position in the old remainder, as reproduced here).
        next_open = _find(post, "<", start + 1) if len(post) > start else None
        # (`$next < false` compares as booleans in PHP, so without a '>' this never applies.)
        if next_open is not None and open_end is not None and next_open < open_end:
            post = post[:start] + post[start + 1 :]
            start = _find(post, "<")
            continue
        if open_end is None:
            # Non-terminated tag: the remainder is cut `start + 1` characters in, not just past the '<'.
            post = post[start + 1 :]
            start = _find(post, "<")
            continue
        nested = _find(from_open, "<")
        if nested is not None and nested < open_end:
            pre += post[1 : 1 + nested]
            post = post[nested + 1 :]
            start = _find(post, "<")
            continue
        current = from_open[:open_end]
        closing = current.startswith("/")
        name = current.split(" ")[0][1:] if closing else current.split(" ")[0]
        skip = len(current) + 2
        # A malformed name is skipped like a tag that is not allowed (the default tagBlacklist,
        # src/InputFilter.php:147-171, only matters for allowed tags, and none of strict_html's is on it).
        if not name or not _TAG_NAME.match(name):
            post = post[skip:]
            start = _find(post, "<")
            continue
        if name.lower() in allowed:
            if closing:
                pre += f"</{name}>"
            else:
                # XHTML single-tag form unless a closing tag follows (a match at offset 0 counts as none).
                pre += f"<{name}>" if from_open.find("</" + name) > 0 else f"<{name} />"
        post = post[skip:]
        start = _find(post, "<")
    if post != "<":
        pre += post
    return pre


def remove(source: str, allowed: frozenset[str] = frozenset()) -> str:
    while True:
        cleaned = clean_tags(source, allowed)
        if cleaned == source:
            return cleaned
        source = cleaned


def filter_value(value):
    """The ``filter`` mask on one value, arrays walked (their keys kept)."""
    if isinstance(value, dict):
        return {k: filter_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return {str(i): filter_value(v) for i, v in enumerate(value)}
    if isinstance(value, str) and value:
        return remove(html.unescape(value))
    return value


def strict_html(value):
    """The ``strict_html`` mask: no entity decoding, only the strict tags survive."""
    if isinstance(value, dict):
        return {k: strict_html(v) for k, v in value.items()}
    if isinstance(value, list):
        return {str(i): strict_html(v) for i, v in enumerate(value)}
    if isinstance(value, str) and value:
        return remove(value, STRICT_HTML_TAGS)
    return value


def _trimmable(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] == "Z" or category in ("Cc", "Cf")


def form_trim(text: str) -> str:
    """Symfony's StringUtil::trim: strip ``[\\pZ\\p{Cc}\\p{Cf}]`` at both ends."""
    start, end = 0, len(text)
    while start < end and _trimmable(text[start]):
        start += 1
    while end > start and _trimmable(text[end - 1]):
        end -= 1
    return text[start:end]
