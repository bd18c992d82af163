"""Turning a request body into Mautic's ``$request->request`` parameters.

FOSRest's body listener decodes POST/PUT/PATCH/DELETE bodies by Content-Type, or by the route's
``_format`` (json for API routes) when there is none; form content types use PHP's own parsing and
anything else is left unread (vendor FOSRestBundle EventListener/BodyListener.php:57-103, 127-145).
"""

from __future__ import annotations

import json
import re
from email.parser import BytesParser
from email.policy import HTTP

from ..php.values import PHP_INT_MAX, PHP_INT_MIN, array_from_pairs, parse_query
from .errors import MauticError

_DECODED_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_JSON_TYPES = frozenset({"application/json", "application/x-json"})  # Symfony Request::$formats['json']


def _reject_constant(name: str):
    raise ValueError(name)  # PHP's json_decode knows no NaN/Infinity


def _php_int(text: str):
    """json_decode turns an integer beyond PHP_INT_MIN..PHP_INT_MAX into a float (php_json_scanner.re)."""
    number = int(text)
    return number if PHP_INT_MIN <= number <= PHP_INT_MAX else float(text)


_decode_json = json.JSONDecoder(parse_constant=_reject_constant, parse_int=_php_int).decode


def parse_body(method: str, content_type: str | None, raw: bytes, route_is_json: bool):
    """Return the decoded parameters (dict or list), or {} when the body is not read.

    Raises MauticError(400) for an undecodable JSON body: BodyListener throws
    BadRequestHttpException, rendered with the generic message (ExceptionController.php:36-64).
    """
    if method not in _DECODED_METHODS:
        return {}
    mime = (content_type or "").split(";", 1)[0].strip()
    if mime.lower() == "application/x-www-form-urlencoded":
        return parse_query(raw.decode("utf-8", "replace"))
    if mime.lower() == "multipart/form-data":
        return _parse_multipart(content_type, raw)
    # Request::getFormat compares media types case-sensitively (vendor symfony/http-foundation
    # Request.php:1344-1362): "APPLICATION/JSON" has no format, so the body is not decoded at all.
    if not (mime in _JSON_TYPES or (not mime and route_is_json)):
        return {}
    # `!empty($content)`: an empty body and the string "0" are never decoded.
    if raw in (b"", b"0"):
        return {}
    try:
        data = _decode_json(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise MauticError(400) from None
    if not isinstance(data, (dict, list)) or not _php_decodable(data):
        raise MauticError(400)
    return data


PHP_JSON_DEPTH = (
    512  # json_decode's default depth (vendor friendsofsymfony/rest-bundle Decoder/JsonDecoder.php:26)
)


def _php_decodable(data) -> bool:
    """What Python decodes but PHP's json_decode refuses (so BodyListener.php:100 answers 400): nesting
    deeper than 512 arrays/objects, and a lone UTF-16 surrogate escape (JSON_ERROR_UTF16)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, (dict, list)):
            if depth > PHP_JSON_DEPTH:
                return False
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(key, str) and _has_surrogate(key):
                    return False
                stack.append((item, depth + 1))
        elif isinstance(value, str) and _has_surrogate(value):
            return False
    return True


_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def _parse_multipart(content_type: str, raw: bytes) -> dict:
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw
    )
    pairs = []
    for part in message.iter_parts() if message.is_multipart() else ():
        name = part.get_param("name", header="content-disposition")
        if name and not part.get_filename():
            pairs.append((name, part.get_payload(decode=True).decode("utf-8", "replace")))
    return array_from_pairs(pairs)
