"""The ``search`` string of GET /api/hooks, parsed and turned into SQL as Mautic does it.

The parser mirrors SearchStringHelper (app/bundles/CoreBundle/Helper/SearchStringHelper.php:116-291)
including its oddities: a level is AND-ed or OR-ed as a whole according to the *second* term's
join word (CommonRepository.php:973-1000), a parenthesised group does not advance to the next term,
and a level whose first term was dropped contributes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..php.values import to_int

_TAGS = re.compile(r"<[^>]*>")
# Standard commands (CommonRepository.php:728-738; en_US words messages.ini:445-456).
_IS_COMMANDS = {"is:published", "is:unpublished", "is:uncategorized", "is:mine"}


@dataclass
class Term:
    type: str = "and"
    command: str = ""
    string: str = ""
    negate: bool = False
    strict: bool = False
    children: dict | None = field(default=None)


def parse(text: str) -> dict[int, Term]:
    """Top level, renumbered like ``array_merge`` does (CommonRepository.php:1508-1512)."""
    level = _split(_TAGS.sub("", text).strip(), "")
    return dict(enumerate(level.values()))


def _split(text: str, override: str) -> dict[int, Term]:
    level: dict[int, Term] = {0: Term(command=override)}
    state = {"key": 0, "string": "", "command": override}
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        state["string"] += ch
        i += 1
        remaining = i < n
        if ch == ":":
            command = state["string"][:-1].strip()
            if command.startswith("!"):
                level[state["key"]].negate = True
                command = command[1:]
            state["command"] = command
            if not remaining:
                # An empty command value would search everything, so Mautic drops it.
                level.pop(state["key"], None)
            else:
                level[state["key"]].command = command
                state["string"] = ""
        elif ch == " ":
            if state["string"] != " ":
                word = state["string"].strip()
                join = word if word.lower() in ("or", "and") else ""
                state["string"] = word
                _set(level, state, override, True, join, remaining)
        elif ch in ('"', "("):
            closing = '"' if ch == '"' else ")"
            opened = closed = 1
            while i < n:
                c = text[i]
                state["string"] += c
                i += 1
                if c == closing and opened == closed:
                    group = state["string"]
                    if group.startswith("!"):
                        level[state["key"]].negate = True
                        group = group[1:]
                    if group.startswith(ch) and group.endswith(c):
                        group = group[1:-1]
                    parsed = False
                    if c != '"' and any(p in group for p in (" ", "(", ")")):
                        level[state["key"]].children = _split(group, state["command"])
                        parsed = True
                    state["string"] = group
                    _set(level, state, override, not parsed)
                    break
                if c == ch:
                    opened += 1
                elif c == closing:
                    closed += 1
        elif not remaining:
            level[state["key"]].command = state["command"]
            _set(level, state, override, True, "", False)
    return level


def _set(level: dict, state: dict, override: str, set_term: bool, join: str = "", set_up_next: bool = True):
    key = state["key"]
    if join:
        level[key].type = join.lower()
    elif set_term:
        string = state["string"].strip().lower()
        if string in ("", "or", "and"):
            del level[key]
            state["string"] = string
            return  # Mautic returns before resetting the pending string and command
        term = level[key]
        strict_pos, not_pos = string.find("+"), string.find("!")
        if strict_pos in (0, 1) or not_pos in (0, 1):
            if strict_pos != -1 and not_pos != -1:
                term.strict, term.negate, string = True, True, string[2:]
            elif strict_pos == 0 and not_pos == -1:
                term.strict, term.negate, string = True, False, string[1:]
            elif strict_pos == -1 and not_pos == 0:
                term.strict, term.negate, string = False, True, string[1:]
        term.string = string
        if set_up_next:
            state["key"] = key + 1
            level[key + 1] = Term(command=override)
    state["string"] = ""
    state["command"] = override


def to_sql(level: dict[int, Term], user_id: int | None) -> tuple[str, list]:
    """SQL for one level ('' when it adds nothing) over ``hooks h LEFT JOIN categories cat``."""
    if 0 not in level:
        return "", []
    join = (level[1] if 1 in level else level[0]).type or "and"
    parts, params = [], []
    for term in level.values():
        sql, values = _term_sql(term, user_id)
        if sql:
            parts.append(sql)
            params.extend(values)
    if not parts:
        return "", []
    return "(" + f" {join.upper()} ".join(parts) + ")", params


def _term_sql(term: Term, user_id: int | None) -> tuple[str, list]:
    if term.children is not None:
        return to_sql(term.children, user_id)
    if term.command:
        command, string = term.command, term.string
        if f"{command}:{string}" in _IS_COMMANDS:
            return _command_sql(f"{command}:{string}", term, user_id)
        if command in ("category", "ids"):
            return _command_sql(command, term, user_id)
        # Unsupported commands become a strict, non-negated literal (CommonRepository.php:1728-1733).
        return _like(f"{command}:{string}", strict=True, negate=False)
    return _like(term.string, term.strict, term.negate)


def _like(string: str, strict: bool, negate: bool) -> tuple[str, list]:
    """Catch-all: the hook name only (WebhookRepository.php:15-18, CommonRepository.php:1083-1125)."""
    if not strict and "%" not in string:
        string = f"%{string}%"
    return ("NOT (h.name LIKE ?)" if negate else "h.name LIKE ?"), [string]


def _command_sql(command: str, term: Term, user_id: int | None) -> tuple[str, list]:
    """CommonRepository::addStandardSearchCommandWhereClause (:1131-1217)."""
    params: list = []
    if command == "is:published":
        sql = "h.is_published = 1"
    elif command == "is:unpublished":
        sql = "h.is_published = 0"
    elif command == "is:uncategorized":
        sql = "(h.category_id IS NULL OR h.category_id = '')"
    elif command == "is:mine":
        sql, params = "h.created_by = ?", [user_id]  # a client token has no id: matches nothing
    elif command == "category":
        sql, params = "cat.alias LIKE ?", [term.string]  # forced strict: exact unless the user typed %
    else:
        ids = [to_int(part) for part in term.string.split(",")]
        sql, params = f"h.id IN ({','.join('?' * len(ids))})", ids
    return (f"NOT ({sql})" if term.negate else sql), params
