"""JSON the way Mautic's two encoders write it.

Controller responses go through JMS (``json_encode`` with only JSON_PRESERVE_ZERO_FRACTION:
``/`` → ``\\/``, non-ASCII → ``\\uXXXX``; JMSSerializerBundle Configuration.php:324-329 (vendor)).
Listener responses are Symfony ``JsonResponse`` bodies, which additionally hex-escape
``< > & ' "`` (app/bundles/ApiBundle/EventListener/ApiSubscriber.php:52-63 builds them).
"""

from __future__ import annotations

import json
import re

from ..php.values import float_to_json

_dumps = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode
# Scan escape-aware: a backslash pair is consumed first so that `\"` is only matched when it is a quote.
_LISTENER_ESCAPES = re.compile(r"\\\\|\\\"|[<>&'/]")
_LISTENER_MAP = {
    "\\\\": "\\\\",
    '\\"': "\\u0022",
    "<": "\\u003C",
    ">": "\\u003E",
    "&": "\\u0026",
    "'": "\\u0027",
    "/": "\\/",
}


def encode_controller(payload) -> bytes:
    """JMS/json_encode text: only ``/`` differs from Python's ASCII-safe output (and floats, see php_float)."""
    text = _dumps(payload).replace("/", "\\/")
    if _FLOAT_MARK in text:
        text = _FLOAT.sub(lambda m: m.group(1), text)
    return text.encode("ascii")


# A float reaches an answer only as a trigger item echoed before it was stored (Webhook::buildTriggers over
# the new Event objects, Webhook.php:328-333): json_encode writes it with serialize_precision -1
# ("-55085027261044000.0", "1.0e+100"), not as Python does. hook_dict marks such items; encode_controller
# writes them out.
_FLOAT_MARK = "\\u0000float:"
_FLOAT = re.compile(r'"\\u0000float:([^"\\]+)\\u0000"')


def php_float(value: float) -> str:
    return f"\0float:{float_to_json(value)}\0"


def encode_listener(payload) -> bytes:
    """Symfony JsonResponse text (JSON_HEX_TAG|APOS|AMP|QUOT)."""
    return _LISTENER_ESCAPES.sub(lambda m: _LISTENER_MAP[m.group(0)], _dumps(payload)).encode("ascii")


def api_date(stored: str | None) -> str | None:
    """'YYYY-MM-DD HH:MM:SS' (UTC in the database) → JMS format ``c`` (app/config/config.php:247-251)."""
    if stored is None:
        return None
    return stored.replace(" ", "T") + "+00:00"


def category_dict(row) -> dict:
    """Nested category: PublishDetailsExclusionStrategy keeps only createdByUser/modifiedByUser of the
    FormEntity fields below the top level (app/bundles/ApiBundle/Serializer/Exclusion/
    PublishDetailsExclusionStrategy.php:12-23; Category.php:90-104)."""
    return {
        "createdByUser": row["created_by_user"],
        "modifiedByUser": row["modified_by_user"],
        **category_fields(row),
    }


def category_fields(row) -> dict:
    """A category's own properties (Category.php:90-104), in the serializer's order."""
    return {name: row[name] for name in ("id", "title", "alias", "description", "color", "bundle")}


def hook_dict(hook: dict, serialize_null: bool = True) -> dict:
    """One hook in API field order: FormEntity then Webhook properties, as JMS walks the class
    hierarchy (FormEntity.php:134-154, Webhook.php:131-144). With ``serialize_null`` off (a custom ``select``), nulls are dropped
    (app/bundles/ApiBundle/Controller/FetchCommonApiController.php:712-715)."""
    out = {
        "isPublished": hook["isPublished"],
        "dateAdded": api_date(hook["dateAdded"]),
        "dateModified": api_date(hook["dateModified"]),
        "createdBy": hook["createdBy"],
        "createdByUser": hook["createdByUser"],
        "modifiedBy": hook["modifiedBy"],
        "modifiedByUser": hook["modifiedByUser"],
        "id": hook["id"],
        "name": hook["name"],
        "description": hook["description"],
        "webhookUrl": hook["webhookUrl"],
        "secret": hook["secret"],
        "eventsOrderbyDir": hook["eventsOrderbyDir"],
        "category": category_dict(hook["category"]) if hook["category"] else None,
        "triggers": [php_float(t) if isinstance(t, float) else t for t in hook["triggers"]],
    }
    if not serialize_null:
        out = {k: v for k, v in out.items() if v is not None}
        if out.get("category"):
            out["category"] = {k: v for k, v in out["category"].items() if v is not None}
    return out
