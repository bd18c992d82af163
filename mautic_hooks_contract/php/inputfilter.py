"""Mautic's text cleaning of request values: joomla/filter 1.4.4's InputFilter as Mautic configures it, and the
form's trimming. All of it is visible to clients, so the sandbox reproduces it, oddities included.

Every value is cleaned twice: by the controller (RequestTrait::prepareParametersFromRequest,
app/bundles/CoreBundle/Form/RequestTrait.php:156-166) and again by the form's CleanFormSubscriber
(app/bundles/CoreBundle/Form/EventListener/CleanFormSubscriber.php:30-37, WebhookType.php:29). ``triggers`` is
not a form field, so only the first cleaning reaches it (WebhookApiController.php:66-84).

* ``filter`` (every field but description): ``InputFilter::clean($v, 'filter')`` is an unknown type, so a
  non-empty string goes through cleanString = decode HTML 4.01 entities, then remove every tag
  (app/bundles/CoreBundle/Helper/InputHelper.php:117-152; vendor joomla/filter src/InputFilter.php:300-306,
  :993-996). Non-strings are left as they are.
* description: first ``html`` (RequestTrait.php:162-164 overrides strict_html; InputHelper.php:376-466): a value
  with any non-ASCII character is not filtered but rawurldecoded (``%41`` → ``A``; ``+`` stays); an ASCII one goes
  through the blacklist filter (every tag but applet, object, … survives, with its attributes cleaned). Then
  ``strict_html`` (InputHelper.php:473-482): only b, i, u, em, strong, a, span survive, with their attributes
  cleaned (on* handlers, javascript: values, … go; the others stay).
* The tag scanner (InputFilter::cleanTags, :363-598, repeated until stable by ``remove``, :341-352) is ported
  line by line, false-as-0 arithmetic included, as are escapeAttributeValues (:746-800) and cleanAttributes
  (:607-720).
* Form fields are then trimmed of ``[\\pZ\\p{Cc}\\p{Cf}]`` at both ends, not only of whitespace
  (vendor symfony/form Util/StringUtil.php:32-39 via Extension/Core/EventListener/TrimListener.php:34).
"""

from __future__ import annotations

import base64
import re
import unicodedata
from dataclasses import dataclass
from html.entities import name2codepoint
from urllib.parse import unquote_to_bytes

# InputFilter's default lists (src/InputFilter.php:147-200).
_DEFAULT_TAG_BLACKLIST = frozenset(
    [
        "applet",
        "body",
        "bgsound",
        "base",
        "basefont",
        "canvas",
        "embed",
        "frame",
        "frameset",
        "head",
        "html",
        "id",
        "iframe",
        "ilayer",
        "layer",
        "link",
        "meta",
        "name",
        "object",
        "script",
        "style",
        "title",
        "xml",
    ]
)
_DEFAULT_ATTR_BLACKLIST = frozenset(["action", "background", "codebase", "dynsrc", "formaction", "lowsrc"])
_BLOCKED_CHARS = ("&tab;", "&space;", "&colon;", "&column;")


@dataclass(frozen=True)
class Filter:
    """One InputFilter instance's configuration (its constructor, src/InputFilter.php:213-226)."""

    tags: frozenset[str] = frozenset()
    attributes: frozenset[str] = frozenset()
    block_listed_tags: bool = False  # tagsMethod 1: the tag list is a blacklist
    block_listed_attributes: bool = False  # attrMethod 1
    tag_blacklist: frozenset[str] = _DEFAULT_TAG_BLACKLIST
    attr_blacklist: frozenset[str] = _DEFAULT_ATTR_BLACKLIST


# InputHelper::getFilter (app/bundles/CoreBundle/Helper/InputHelper.php:45-96).
_MAUTIC_ATTR_BLACKLIST = frozenset({"codebase", "dynsrc", "lowsrc"})
STRING_FILTER = Filter()
HTML_FILTER = Filter(
    block_listed_tags=True,
    block_listed_attributes=True,
    tag_blacklist=frozenset(
        ["applet", "bgsound", "base", "basefont", "embed", "frame", "frameset", "ilayer", "layer", "object"]
    ),
    attr_blacklist=_MAUTIC_ATTR_BLACKLIST,
)
STRICT_HTML_FILTER = Filter(
    tags=frozenset({"b", "i", "u", "em", "strong", "a", "span"}),
    block_listed_attributes=True,
    attr_blacklist=_MAUTIC_ATTR_BLACKLIST,
)


# --- PHP string functions as joomla's StringHelper (mbstring) calls them; None plays PHP's false -------------
def _pos(text: str, needle: str, offset: int = 0) -> int | None:
    found = text.find(needle, offset)
    return None if found < 0 else found


def _int(value: int | None) -> int:
    return value or 0  # false in arithmetic is 0


def _substr(text: str, offset: int, length: int | None = None) -> str:
    """mb_substr; a None length (PHP false) means "to the end"."""
    size = len(text)
    start = max(size + offset, 0) if offset < 0 else min(offset, size)
    if length is None:
        return text[start:]
    end = max(size + length, start) if length < 0 else min(start + length, size)
    return text[start:end]


def _truthy(value) -> bool:
    """PHP truthiness of a string or position: '', '0', 0 and false are false."""
    return value not in (None, 0, "", "0")


_PHP_TRIM = " \t\n\r\0\x0b"
_ENTITY = re.compile(r"&(?:#([0-9]+)|#[xX]([0-9a-fA-F]+)|([A-Za-z][A-Za-z0-9]*));")


def _allowed_code_point(code: int) -> bool:
    """unicode_cp_is_allowed for HTML 4.01 (php-src ext/standard/html.c): what a numeric entity may decode to."""
    return (
        0x20 <= code <= 0x7E
        or code in (0x09, 0x0A, 0x0D)
        or 0xA0 <= code <= 0xD7FF
        or (0xE000 <= code <= 0x10FFFF and (code & 0xFFFF) < 0xFFFE and not 0xFDD0 <= code <= 0xFDEF)
    )


def entity_decode(text: str) -> str:
    """``html_entity_decode($s, ENT_QUOTES [| ENT_HTML401], 'UTF-8')``: HTML 4.01 names only (no &apos;, no
    HTML5 names such as &colon;), a ';' is required, disallowed numeric code points stay as written."""

    def one(match: re.Match) -> str:
        decimal, hexadecimal, name = match.groups()
        if name is not None:
            code = name2codepoint.get(name)
            return match.group(0) if code is None else chr(code)
        code = int(decimal or hexadecimal, 16 if hexadecimal else 10)
        return chr(code) if code <= 0x10FFFF and _allowed_code_point(code) else match.group(0)

    return _ENTITY.sub(one, text)


def _stripslashes(text: str) -> str:
    return re.sub(r"\\(.?)", lambda m: "\0" if m.group(1) == "0" else m.group(1), text, flags=re.DOTALL)


# --- the scanner -----------------------------------------------------------------------------------------------
_TAG_NAME = re.compile(
    r"[a-z][a-z0-9]*\n?", re.IGNORECASE | re.ASCII
)  # PCRE's $ also matches before a final \n
_ATTRIBUTE_START = re.compile(r"\s*=\s*\"", re.ASCII)
_QUOTED_VALUE = re.compile(r"<[^>]*?=\s*?(\"|')", re.DOTALL | re.ASCII)
_CLOSING_QUOTE = {
    '"': re.compile(r"(\"\s*/\s*>|\"\s*>|\"\s+|\"$)", re.ASCII),
    "'": re.compile(r"('\s*/\s*>|'\s*>|'\s+|'$)", re.ASCII),
}


def clean_tags(source: str, config: Filter) -> str:
    """One pass of InputFilter::cleanTags (src/InputFilter.php:363-598)."""
    source = escape_attribute_values(source)
    pre, post = "", source
    start = _pos(source, "<")
    while start is not None:
        pre += _substr(post, 0, start)
        post = _substr(post, start)
        from_open = _substr(post, 1)
        open_end = _pos(from_open, ">")
        # A second '<' before the first '>': drop the offending '<' (`start` is a position in the old remainder).
        next_open = _pos(post, "<", start + 1) if len(post) > start else None
        if next_open is not None and open_end is not None and next_open < open_end:
            post = _substr(post, 0, start) + _substr(post, start + 1)
            start = _pos(post, "<")
            continue
        if open_end is None:
            # Non-terminated tag: the remainder is cut `start + 1` characters in, not just past the '<'.
            post = _substr(post, start + 1)
            start = _pos(post, "<")
            continue
        nested = _pos(from_open, "<")
        if nested is not None and nested < open_end:
            pre += _substr(post, 1, nested)
            post = _substr(post, nested + 1)
            start = _pos(post, "<")
            continue
        current = _substr(from_open, 0, open_end)
        closing = current[:1] == "/"
        name = current.split(" ")[0][1:] if closing else current.split(" ")[0]
        if not _TAG_NAME.fullmatch(name) or _ascii_lower(name) in config.tag_blacklist:
            post = _substr(post, len(current) + 2)
            start = _pos(post, "<")
            continue
        attributes = _attribute_pairs(current)
        found = _ascii_lower(name) in config.tags
        if found != config.block_listed_tags:
            pre += _rebuilt_tag(name, closing, attributes, from_open, config)
        post = _substr(post, len(current) + 2)
        start = _pos(post, "<")
    if post != "<":
        pre += post
    return pre


def _rebuilt_tag(name: str, closing: bool, attributes: list[str], from_open: str, config: Filter) -> str:
    if closing:
        return f"</{name}>"
    text = "<" + name + "".join(" " + pair for pair in clean_attributes(attributes, config))
    # XHTML single-tag form unless a closing tag follows (a match at offset 0 counts as none).
    return text + (">" if _truthy(_pos(from_open, "</" + name)) else " />")


def _attribute_pairs(tag: str) -> list[str]:
    """The attribute loop of cleanTags (:459-547); its stale positions after a re-slice are reproduced."""
    pairs: list[str] = []
    left = tag
    space = _pos(left, " ")
    while space is not None:
        attr = ""
        rest = _substr(left, space + 1)
        equal = _pos(rest, "=")
        next_space = _pos(rest, " ")
        open_quote = _pos(rest, '"')
        close_quote = _int(_pos(_substr(rest, _int(open_quote) + 1), '"')) + _int(open_quote) + 1
        match = _ATTRIBUTE_START.search(rest)
        if match:
            at, found = match.start(), match.group(0)
            close_quote = _int(_pos(_substr(rest, at + len(found)), '"')) + at + len(found)
            equal = at + found.find("=")
            open_quote = at + found.find('"')
            next_space = _int(_pos(_substr(rest, close_quote), " ")) + close_quote
        if rest != "/" and (
            (_truthy(equal) and _truthy(next_space) and next_space < equal) or not _truthy(equal)
        ):
            end = (_int(_pos(rest, "/")) if not _truthy(equal) else _int(next_space)) - 1
            if end > 0:
                rest = _substr(rest, end + 1)
        if _pos(rest, "=") is not None:
            if open_quote is not None and _pos(_substr(rest, open_quote + 1), '"') is not None:
                attr = _substr(rest, 0, close_quote + 1)
            else:
                attr = _substr(rest, 0, next_space)
        elif rest != "/":
            attr = _substr(rest, 0, next_space)
        if not _truthy(attr) and rest != "/":
            attr = rest
        pairs.append(attr)
        left = _substr(rest, len(attr))
        space = _pos(left, " ")
    return pairs


def clean_attributes(pairs: list[str], config: Filter) -> list[str]:
    """InputFilter::cleanAttributes (:607-720)."""
    kept = []
    for pair in pairs:
        if not _truthy(pair):
            continue
        parts = pair.strip(_PHP_TRIM).split("=", 1)
        name = _attribute_name(parts[0])
        if _ascii_lower(name) in config.attr_blacklist or name[:2] == "on" or len(parts) < 2:
            continue
        value = _attribute_value(parts[1])
        if _unsafe_attribute(name, value):
            continue
        if (_ascii_lower(name) in config.attributes) != config.block_listed_attributes:
            kept.append(f'{name}="{value}"')  # empty() values are written "0" or "" anyway
    return kept


def _attribute_name(raw: str) -> str:
    name = entity_decode(_ascii_lower(raw.strip(_PHP_TRIM).split(" ")[-1]))
    start, end = 0, len(name)
    while start < end and unicodedata.category(name[start])[0] in "ZC":  # /^[\pZ\pC]+|[\pZ\pC]+$/u
        start += 1
    while end > start and unicodedata.category(name[end - 1])[0] in "ZC":
        end -= 1
    name = re.sub(r"\s+", "", name[start:end])
    for blocked in _BLOCKED_CHARS:
        name = re.sub(re.escape(blocked), "", name, flags=re.IGNORECASE)
    return "".join(ch for ch in name if ch == "-" or ch.isspace() or unicodedata.category(ch)[0] in "LN")


def _ascii_lower(text: str) -> str:
    """PHP 8.2's strtolower: ASCII letters only."""
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _attribute_value(raw: str) -> str:
    value = raw
    for blocked in _BLOCKED_CHARS:
        value = re.sub(re.escape(blocked), "", value, flags=re.IGNORECASE)
    value = value.strip(_PHP_TRIM).replace("&#", "")
    value = re.sub(r"[\n\r]", "", value).replace('"', "")
    if value[:1] == "'" and value[-1:] == "'":
        value = value[1:-1]
    return _stripslashes(value)


def _unsafe_attribute(name: str, value: str) -> bool:
    """InputFilter::checkAttribute (:321-330)."""
    value = entity_decode(_ascii_lower(value))
    return ("expression" in value and _ascii_lower(name) == "style") or bool(
        re.search(r"(?:(?:java|vb|live)script|behaviour|mocha)(?::|&colon;|&column;)", value)
    )


def escape_attribute_values(source: str) -> str:
    """InputFilter::escapeAttributeValues (:746-800): < " > inside quoted attribute values become entities.
    The closing quote's offset is a byte offset used as a character count, reproduced."""
    done, rest = "", source
    while match := _QUOTED_VALUE.search(rest):
        before = match.start() + len(match.group(0))
        quote = match.group(0)[-1]
        value_rest = _substr(rest, before)
        closing = _CLOSING_QUOTE[quote].search(value_rest)
        after = before + len(value_rest[: closing.start()].encode("utf-8")) if closing else len(rest)
        value = _substr(rest, before, after - before)
        value = value.replace("<", "&lt;").replace('"', "&quot;").replace(">", "&gt;")
        done += _substr(rest, 0, before) + _strip_css_expressions(value) + quote
        rest = _substr(rest, after + 1)
    return done + rest


def _strip_css_expressions(source: str) -> str:
    """InputFilter::stripCssExpressions (:808-830); ``!stripos(…)`` also returns early for a match at 0."""
    test = re.sub(r"/\*.*?\*/", "", source)
    if _ascii_lower(test).find(":expression") <= 0:
        return source
    if re.search(r":expression\s*\(", test):
        return re.sub(re.escape(":expression"), "", test, flags=re.IGNORECASE)
    return source


def remove(source: str, config: Filter = STRING_FILTER) -> str:
    while True:
        cleaned = clean_tags(source, config)
        if cleaned == source:
            return cleaned
        source = cleaned


# --- the masks -----------------------------------------------------------------------------------------------
def _walk(value, clean_string):
    """Apply a string cleaner through arrays (their keys kept); other scalars are left as they are."""
    if isinstance(value, dict):
        return {k: _walk(v, clean_string) for k, v in value.items()}
    if isinstance(value, list):
        return {str(i): _walk(v, clean_string) for i, v in enumerate(value)}
    if isinstance(value, str) and value:
        return clean_string(value)
    return value


def filter_value(value):
    """The ``filter`` mask: decode entities, remove every tag."""
    return _walk(value, lambda text: remove(entity_decode(text)))


def strict_html(value):
    """The ``strict_html`` mask: no entity decoding, only the strict tags survive."""
    return _walk(value, lambda text: remove(text, STRICT_HTML_FILTER))


def html(value):
    """The ``html`` mask (InputHelper::html, InputHelper.php:376-466)."""
    return _walk(value, _html_string)


def _html_string(value: str) -> str:
    doctype = re.search(r"(<!DOCTYPE(.*?)>)", value, re.IGNORECASE | re.DOTALL)
    cdata = "<![CDATA[" in value or "]]>" in value
    value = value.replace("<![CDATA[", "<mcdata>").replace("]]>", "</mcdata>")
    value, conditionals = _hide_conditionals(value)
    value, outlook = re.subn(
        r"</*[o|w|v]:[^>]*>",
        lambda m: "<mencoded>" + _specialchars(m.group(0)) + "</mencoded>",
        value,
        flags=re.IGNORECASE | re.DOTALL,
    )
    value, scripts = re.subn(
        r"<script>(.*?)</script>",
        lambda m: "<mscript>" + base64.b64encode(m.group(0).encode()).decode() + "</mscript>",
        value,
        flags=re.IGNORECASE | re.DOTALL,
    )
    comments = any(marker in value for marker in ("<!--", "-->"))
    value = value.replace("<!-->", "<mcomment></mcomment>").replace("<!--", "<mcomment>")
    value = value.replace("-->", "</mcomment>")
    # strlen() differs from the Windows-1252 length exactly when a character is not ASCII.
    has_unicode = not value.isascii()
    if has_unicode:
        # rawurldecode: '+' stays; bytes that are not UTF-8 stay as lone surrogates, which the save refuses
        # like MariaDB does (error 1366, a 500).
        value = unquote_to_bytes(value).decode("utf-8", "surrogateescape")
    else:
        value = remove(value, HTML_FILTER)
        if doctype:
            value = doctype.group(1) + value
    if cdata:
        value = value.replace("<mcdata>", "<![CDATA[").replace("</mcdata>", "]]>")
    if conditionals:
        value = _restore_conditionals(value)
    if comments:
        value = value.replace("<mcomment>", "<!--").replace("</mcomment>", "-->")
    if outlook:
        value = re.sub(
            r"<mencoded>(.*?)</mencoded>",
            lambda m: _specialchars_decode(m.group(1)),
            value,
            flags=re.IGNORECASE | re.DOTALL,
        )
    if scripts:
        value = re.sub(
            r"<mscript>(.*?)</mscript>",
            lambda m: base64.b64decode(m.group(1) + "===").decode("utf-8", "replace"),
            value,
            flags=re.IGNORECASE | re.DOTALL,
        )
    return value


_CONDITIONAL = re.compile(r"<!--\[if(.*?)\]>(.*?)(?:<!--)?<!\[endif\]-->", re.IGNORECASE | re.DOTALL)


def _hide_conditionals(value: str) -> tuple[str, bool]:
    matches = list(_CONDITIONAL.finditer(value))
    for match in matches:
        tag = "mconditionnonoutlook" if "<!--<![endif]-->" in match.group(0) else "mcondition"
        value = value.replace(match.group(0), f"<{tag}><mif>{match.group(1)}</mif>{match.group(2)}</{tag}>")
    return value, bool(matches)


def _restore_conditionals(value: str) -> str:
    value = re.sub(
        r"<mconditionnonoutlook><mif>(.*?)</mif>(.*?)</mconditionnonoutlook>",
        r"<!--[if\1]>\2<!--<![endif]-->",
        value,
        flags=re.IGNORECASE | re.DOTALL,
    )
    return re.sub(
        r"<mcondition><mif>(.*?)</mif>(.*?)</mcondition>",
        r"<!--[if\1]>\2<![endif]-->",
        value,
        flags=re.IGNORECASE | re.DOTALL,
    )


_SPECIAL = {"&": "&amp;", '"': "&quot;", "'": "&#039;", "<": "&lt;", ">": "&gt;"}
_SPECIAL_ENTITY = re.compile(r"&(?:amp|quot|lt|gt|#0*39|#[xX]0*27);")


def _specialchars(text: str) -> str:
    """htmlspecialchars with its default flags ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401."""
    return re.sub(r"[&\"'<>]", lambda m: _SPECIAL[m.group(0)], text)


def _specialchars_decode(text: str) -> str:
    """htmlspecialchars_decode with its default flags."""
    return _SPECIAL_ENTITY.sub(lambda m: entity_decode(m.group(0)), text)


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
