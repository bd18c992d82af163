"""The baseline of known upstream defects, and the one place that decides whether a 5xx is one of them.

Both the schemathesis checks and the property tests ask `Baseline.classify`; a match is counted (and shown
in the report) instead of failing, unless the run is strict. A defect is only "known" when the request
really carries the input that causes it, so a server that fails for another reason is still caught.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote_to_bytes

# PHP's semantics as the sandbox reproduces them (measured on a real 5.1.0): (string)$float, array keys, the
# form's trim.
from mautic_hooks_contract.files import KNOWN_DEFECTS, read_yaml
from mautic_hooks_contract.php.inputfilter import form_trim
from mautic_hooks_contract.php.values import array_key, php_string

BASELINE_PATH = KNOWN_DEFECTS
ORDERABLE = re.compile(
    r"^(id|name|description|webhookUrl|secret|eventsOrderbyDir|isPublished|dateAdded|dateModified|createdBy"
    r"|createdByUser|modifiedBy|modifiedByUser|cat\.id|cat\.title|cat\.alias)$"
)
DIRECTION = re.compile(r"^(?i:asc|desc)?$")


def _items(body: Any) -> list[Any]:
    return body if isinstance(body, list) else [body]


# `name` and `secret` are varchar(191): Mautic's indexed-string length under utf8mb4
# (app/bundles/CoreBundle/Doctrine/Mapping/ClassMetadataBuilder.php:23, :398-419, :471-474;
# app/bundles/WebhookBundle/Entity/Webhook.php:100,122). MariaDB counts characters, as len() does.
LONGEST_TEXT = 191
LONGEST_TRIGGER = 50  # events.event_type, varchar(50) (app/bundles/WebhookBundle/Entity/Event.php:59-62)


def has_unstorable_value(query: Mapping[str, Any], body: Any) -> bool:
    """A value no column can hold: a trigger item that is null or longer than its 50-character column once
    PHP made a string of it (a list or object item is stored as "Array" and accepted); a name or secret
    longer than 191 characters."""
    for item in _items(body):
        if not isinstance(item, dict):
            continue
        if any(
            isinstance(item.get(key), str) and len(item[key]) > LONGEST_TEXT for key in ("name", "secret")
        ):
            return True
        triggers = item.get("triggers")
        values = (
            triggers.values()
            if isinstance(triggers, dict)
            else triggers
            if isinstance(triggers, list)
            else []
        )
        if any(value is None or len(php_string(value)) > LONGEST_TRIGGER for value in values):
            return True
    return False


def has_unchecked_list_input(query: Mapping[str, Any], body: Any) -> bool:
    """An orderBy/orderByDir that is still no property/direction after Mautic strips the characters it
    drops (CommonRepository.php:1327-1333, InputHelper.php:195-218), or a negative start/limit."""
    order_by = query.get("orderBy")
    if order_by is not None:
        parts = [re.sub(r"[^0-9a-zA-Z_.]", "", part) for part in str(order_by).split(",")]
        if not all(ORDERABLE.match(part) for part in parts):
            return True
    direction = query.get("orderByDir")
    if direction is not None and not DIRECTION.match(re.sub(r"[^0-9a-zA-Z]", "", str(direction))):
        return True
    for name in ("start", "limit"):
        value = str(query.get(name, "")).strip()
        if value.startswith("-") and value[1:].isdigit() and int(value) != 0:
            return True
    return False


def _members(body: Any) -> list[Any]:
    """A batch body's items: Mautic iterates its values, whether it is a JSON list or an object."""
    return list(body.values()) if isinstance(body, dict) else body if isinstance(body, list) else []


def has_non_object_batch_item(query: Mapping[str, Any], body: Any) -> bool:
    """A batch-create item Mautic hands to an `array`-typed parameter although it is not one
    (FetchCommonApiController::getNewEntity(array $params), line 345)."""
    return any(not isinstance(item, dict) for item in _members(body))


def has_scalar_batch_item(query: Mapping[str, Any], body: Any) -> bool:
    """A batch-edit item that is a scalar: processForm uses it as an array (array_merge, array_key_exists)
    and fails. A null item is no defect: processForm then reads the whole request body instead
    (CommonApiController.php:430-455), a form error per item."""
    return any(item is not None and not isinstance(item, dict) for item in _members(body))


def _objects(body: Any) -> list[dict]:
    """The hook objects a body carries: the body itself (single operations) and its members (batches, a JSON
    list or an object keyed like a PHP array)."""
    return [item for item in [body, *_members(body)] if isinstance(item, dict)]


def keeps_nul(value: Any) -> bool:
    """A text that still holds U+0000 once the form trimmed it."""
    return isinstance(value, str) and "\x00" in form_trim(value)


def _description_decoded(value: Any) -> Any:
    """A description holding any non-ASCII character is rawurldecoded by the `html` mask (`%00` becomes a
    NUL; app/bundles/CoreBundle/Helper/InputHelper.php:45-96, measured on 5.1.0: tests/recordings/kit-5.1.0)."""
    if not isinstance(value, str) or value.isascii():
        return value
    return unquote_to_bytes(value).decode("utf-8", "surrogateescape")


# Fields the audit log's change set carries as strings (the triggers are stored as events, not audited text).
AUDITED_TEXT = ("name", "description", "secret")


def has_nul_in_audited_text(query: Mapping[str, Any], body: Any) -> bool:
    """A `name`, `description` or `secret` that still holds U+0000 once the form trimmed it: the hook is
    saved, then the audit log's serialized change set refuses the NUL (Doctrine ConversionException), so
    the answer is 500 although the change is stored (app/bundles/CoreBundle/Model/AuditLogModel.php,
    vendor doctrine/dbal Types/ArrayType.php)."""
    return any(keeps_nul(audited(item, key)) for item in _objects(body) for key in AUDITED_TEXT)


def audited(item: dict, key: str) -> Any:
    """The value of an audited text as the entity receives it, before the trim."""
    value = item.get(key)
    return _description_decoded(value) if key == "description" else value


def has_repeated_batch_id(query: Mapping[str, Any], body: Any) -> bool:
    """Two items of one batch that name the same hook. Both get the same entity object, which is detached
    after the first (CommonApiController.php:389-416): the second save inserts a copy, and a category or an
    event on the detached object makes Doctrine throw (500)."""
    keys = [array_key(item.get("id")) for item in _members(body) if isinstance(item, dict)]
    named = [key for key in keys if key is not None]
    return len(named) != len(set(named))


PREDICATES: dict[str, Callable[[Mapping[str, Any], Any], bool]] = {
    "has_unstorable_value": has_unstorable_value,
    "has_unchecked_list_input": has_unchecked_list_input,
    "has_non_object_batch_item": has_non_object_batch_item,
    "has_scalar_batch_item": has_scalar_batch_item,
    "has_nul_in_audited_text": has_nul_in_audited_text,
    "has_repeated_batch_id": has_repeated_batch_id,
}


@dataclass(frozen=True)
class KnownDefect:
    id: str
    title: str
    spec: str
    source: str
    operations: frozenset[str]
    status: int
    message: re.Pattern[str]
    request: Callable[[Mapping[str, Any], Any], bool] | None

    def matches(
        self, operation_id: str, status: int, message: str, query: Mapping[str, Any], body: Any
    ) -> bool:
        return (
            operation_id in self.operations
            and status == self.status
            and self.message.fullmatch(message) is not None
            and (self.request is None or self.request(query, body))
        )


class Baseline:
    def __init__(self, defects: list[KnownDefect]) -> None:
        self.defects = defects
        self.hits: Counter[str] = Counter()

    @classmethod
    def load(cls, path: Path = BASELINE_PATH) -> Baseline:
        entries = read_yaml(path)
        return cls(
            [
                KnownDefect(
                    id=e["id"],
                    title=e["title"],
                    spec=e["spec"],
                    source=e["source"],
                    operations=frozenset(e["match"]["operations"]),
                    status=int(e["match"]["status"]),
                    message=re.compile(e["match"]["message"]),
                    request=PREDICATES[e["match"]["request"]] if "request" in e["match"] else None,
                )
                for e in entries
            ]
        )

    def classify(
        self, operation_id: str, status: int, response_body: Any, query: Mapping[str, Any], request_body: Any
    ) -> KnownDefect | None:
        """The known defect this server error is, or None. Counts the hit."""
        message = first_error_message(response_body)
        for defect in self.defects:
            if defect.matches(operation_id, status, message, query, request_body):
                self.hits[defect.id] += 1
                return defect
        return None


_TITLE = re.compile(r"<title>\s*(.*?)\s*</title>", re.IGNORECASE | re.DOTALL)


def first_error_message(body: Any) -> str:
    """The first error's message of a JSON error body; of an HTML page (a body given as text), its title.
    Mautic 5.0 answers a database error with its HTML "Site is offline" page: its ExceptionController passes
    the driver's error code (1406, 1064 ...) on as the HTTP status and fails on it (fixed in 5.1 by commit
    cac65dde4b; app/bundles/CoreBundle/Controller/ExceptionController.php)."""
    if isinstance(body, str):
        found = _TITLE.search(body)
        return found.group(1) if found else ""
    try:
        return str(body["errors"][0]["message"])
    except (KeyError, IndexError, TypeError):
        return ""
