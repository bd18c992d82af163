"""GET /api/hooks: the list query, from request parameters to ``{"total", "hooks"}``.

Follows FetchCommonApiController::getEntitiesAction (app/bundles/ApiBundle/Controller/
FetchCommonApiController.php:161-247) and CommonRepository::getEntities and its clause builders
(app/bundles/CoreBundle/Entity/CommonRepository.php:343-400, 1290-1645). Every input that makes
Doctrine or MySQL fail there raises MauticError(500) here.
"""

from __future__ import annotations

import csv
import html
import re
import sqlite3

from ..php.values import is_empty, to_int
from . import search
from .auth import Principal
from .errors import MauticError
from .serialize import hook_dict
from .store import FORM_ENTITY_PROPERTIES, HOOK_PROPERTIES, HOOK_SELECT, load_hooks

DEFAULT_PAGE_LIMIT = 30  # default_pagelimit, app/bundles/CoreBundle/Config/config.php:924

CATEGORY_PROPERTIES = {
    "id": "id",
    "title": "title",
    "alias": "alias",
    "description": "description",
    "color": "color",
    "bundle": "bundle",
    **FORM_ENTITY_PROPERTIES,
}
# String columns (varchar/longtext in MariaDB, utf8mb4_unicode_ci); dates and numbers sort as they are.
_TEXT_COLUMNS = frozenset(
    {f"h.{c}" for c in ("name", "description", "webhook_url", "secret", "events_orderby_dir")}
    | {
        f"{t}.{c}"
        for t in ("h", "cat")
        for c in ("created_by_user", "modified_by_user", "checked_out_by_user")
    }
    | {f"cat.{c}" for c in ("title", "alias", "description", "color", "bundle")}
)
_SPECIAL_CHARS = re.compile(r"[&\"'<>\x00-\x1f]")


def list_hooks(conn: sqlite3.Connection, principal: Principal, query: dict) -> tuple[dict, bool]:
    """Return the response payload and whether nulls are serialized."""
    where, params = [], []
    forced = []
    if not principal.granted("viewother"):
        forced.append(("h.created_by = ?", principal.user_id))
    published = query.get("published", 0)
    if not is_empty(published):  # PHP truthiness: `published=false` is on, `published=0` is off
        forced.append(("h.is_published = ?", 1))

    where_clauses = _clean_array(query.get("where", []))
    _drop_internal(where_clauses)
    if where_clauses:
        # `where` replaces the forced filters (CommonRepository.php:1470-1500: if/elseif).
        sql = _where_array(where_clauses, "AND", params)
        if sql:
            where.append(sql)
    else:
        for sql, value in forced:
            where.append(sql)
            params.append(value)

    search_text = query.get("search", "")
    if isinstance(search_text, dict):
        raise MauticError(500)
    if not is_empty(search_text):
        sql, values = search.to_sql(search.parse(search_text), principal.user_id)
        if sql:
            where.append(sql)
            params.extend(values)

    where_sql = (" WHERE " + " AND ".join(where)) if where else ""
    order_sql = _order_by(query)
    limit_sql = _limit(query)
    select = _clean_array(query.get("select", []))

    total = conn.execute(
        "SELECT COUNT(*) FROM hooks h LEFT JOIN categories cat ON cat.id = h.category_id" + where_sql, params
    ).fetchone()[0]
    hooks = load_hooks(conn, HOOK_SELECT + where_sql + order_sql + limit_sql, params)
    serialize_null = not select
    partial = _partial_fields(select)
    entries = {str(h["id"]): _present(h, partial, serialize_null) for h in hooks}
    # An empty Paginator result serializes as [] (app/bundles/ApiBundle/Helper/EntityResultHelper.php:29-32).
    return {"total": total, "hooks": entries or []}, serialize_null


def custom_select(query: dict) -> bool:
    """``InputHelper::cleanArray($request->get('select', []))`` is non-empty (FetchCommonApiController.php:216-218)."""
    return bool(_clean_array(query.get("select", [])))


def _present(hook: dict, partial: set[str] | None, serialize_null: bool) -> dict:
    if partial is not None:
        # A Doctrine partial object keeps class defaults for unselected fields: isPublished true
        # (FormEntity.php:16), triggers [] (events are not loaded), everything else null; the category is
        # joined and selected whatever the select says (CommonRepository.php:350-357, :1386-1405).
        keep = partial | {"category", "category_id"}
        hook = {k: (hook[k] if k in keep else None) for k in hook} | {"triggers": []}
        if "isPublished" not in partial:
            hook["isPublished"] = True
    return hook_dict(hook, serialize_null)


def _partial_fields(select: dict) -> set[str] | None:
    """Partial select of hook properties (CommonRepository.php:1386-1408); None means all fields."""
    wanted = set()
    for value in select.values():
        value = value if isinstance(value, str) else ""
        alias, _, name = value.rpartition(".")
        if alias in ("", "e") and name in HOOK_PROPERTIES:
            wanted.add(name)
    if not wanted:
        return None
    if "id" not in wanted:
        raise MauticError(500)  # Doctrine refuses partial objects without their identifier
    return wanted


def _order_by(query: dict) -> str:
    order = _clean_array(query.get("order", []))
    order_by = query.get("orderBy", "")
    terms = []
    if order:
        for clause in order.values():
            if not isinstance(clause, dict) or is_empty(clause.get("col")):
                raise MauticError(500)  # validateOrderByClause: "col" is required
            direction = clause.get("dir") or "ASC"
            if not isinstance(direction, str) or not isinstance(clause["col"], str):
                raise MauticError(500)
            column = _alnum(clause["col"], "_.")
            terms.append((column if "." in column else "e." + column, _alnum(direction.upper())))
    elif is_empty(order_by):
        terms.append(("e.name", "ASC"))  # WebhookRepository.php:39-44
    else:
        direction = query.get("orderByDir", "ASC")
        if not isinstance(order_by, str) or not isinstance(direction, str):
            raise MauticError(500)
        direction = _alnum(direction)
        for part in order_by.strip().split(","):
            part = part.strip()
            if "." not in part:
                part = "e." + part  # addAliasIfNotPresent, FetchCommonApiController.php:278-299
            terms.append((_alnum(part, "_."), direction))
    sql = []
    for column, direction in terms:
        # Doctrine's OrderBy takes a PHP-falsy direction ("" or "0") as ASC (vendor doctrine/orm
        # src/Query/Expr/OrderBy.php:49-53; CommonRepository.php:1327-1335 passes it through).
        direction = "ASC" if direction in ("", "0") else direction.upper()
        if direction not in ("ASC", "DESC"):
            raise MauticError(500)  # any other word is a DQL syntax error
        # An association (e.category) sorts by its foreign key (CommonRepository.php:1314-1337).
        resolved = _column(column)
        if resolved in _TEXT_COLUMNS:
            resolved += " COLLATE UNICODE_CI"  # the columns' utf8mb4_unicode_ci (mautic_hooks_contract/sandbox/collation.py)
        sql.append(f"{resolved} {direction}")
    # Mautic leaves ties to MySQL; the sandbox breaks them by id so pages are stable (a decision).
    return " ORDER BY " + ", ".join(sql) + ", h.id ASC"


def _limit(query: dict) -> str:
    limit = query.get("limit", DEFAULT_PAGE_LIMIT)
    if is_empty(limit):
        return ""  # limit 0 or empty: no LIMIT and no OFFSET (CommonRepository.php:1300-1308)
    start = query.get("start", 0)
    if isinstance(start, dict):
        raise MauticError(500)
    # An array limit (limit[]=n) reaches the limiter as a non-empty array, which PHP's (int) makes 1
    # (FetchCommonApiController.php:203-204, CommonRepository.php:1300-1308); to_int does the same.
    limit, start = to_int(limit), to_int(start)
    if limit < 0 or start < 0:
        raise MauticError(500)  # LIMIT -n is a SQL error; DBAL refuses negative offsets
    return f" LIMIT {limit} OFFSET {start}"


def _column(name: str, allow_association: bool = True) -> str:
    """Resolve an ``alias.property`` DQL path to SQL, or fail like a DQL semantic error."""
    alias, _, prop = name.partition(".")
    if alias == "e":
        if prop in HOOK_PROPERTIES:
            return "h." + HOOK_PROPERTIES[prop]
        if prop == "category" and allow_association:
            return "h.category_id"
    elif alias == "cat" and prop in CATEGORY_PROPERTIES:
        return "cat." + CATEGORY_PROPERTIES[prop]
    raise MauticError(500)


def _alnum(value: str, allowed: str = "") -> str:
    """InputHelper::alphanum (app/bundles/CoreBundle/Helper/InputHelper.php:195-218)."""
    return re.sub(f"[^0-9a-zA-Z{re.escape(allowed)}]+", "", value).strip()


def _clean_array(value) -> dict:
    """InputHelper::cleanArray: HTML-encode strings, wrap scalars, [] for empty (InputHelper.php:163-176, 352-367)."""
    value = _special_chars(value)
    if is_empty(value):
        return {}
    return value if isinstance(value, dict) else {"0": value}


def _special_chars(value):
    if isinstance(value, dict):
        return {k: _special_chars(v) for k, v in value.items()}
    if isinstance(value, str):
        return _SPECIAL_CHARS.sub(lambda m: f"&#{ord(m.group(0))};", value)
    return value


def _drop_internal(where: dict) -> None:
    for key in list(where):
        clause = where[key]
        if not isinstance(clause, dict):
            raise MauticError(500)
        if "internal" in clause:
            del where[key]
        elif clause.get("expr") in ("andX", "orX") and isinstance(clause.get("val"), dict):
            _drop_internal(clause["val"])


_COMPARISONS = {"eq": "=", "neq": "<>", "lt": "<", "lte": "<=", "gt": ">", "gte": ">=", "like": "LIKE"}


def _where_array(clauses: dict, joiner: str, params: list) -> str:
    """CommonRepository::buildWhereClauseFromArray (:1547-1645); unknown ``expr`` values are ignored."""
    parts = []
    for clause in clauses.values():
        if not isinstance(clause, dict):
            raise MauticError(500)
        expr = clause.get("expr")
        if expr in ("andX", "orX"):
            inner = clause.get("val")
            if not isinstance(inner, dict):
                raise MauticError(500)
            sql = _where_array(inner, "AND" if expr == "andX" else "OR", params)
            if sql:
                parts.append(sql)
            continue
        sql = _where_clause(clause, params)
        if sql:
            parts.append(sql)
    return ("(" + f" {joiner} ".join(parts) + ")") if parts else ""


def _where_clause(clause: dict, params: list) -> str:
    if is_empty(clause.get("expr")) or (is_empty(clause.get("col")) and is_empty(clause.get("column"))):
        raise MauticError(500)  # validateWhereClause: '"expr"/"col" is missing in the where clause array.'
    expr = _alnum(str(clause["expr"]))
    column_name = clause["column"] if clause.get("column") is not None else clause["col"]
    column_name = _alnum(str(column_name), "_.")
    if "." not in column_name:
        column_name = "e." + column_name
    value = clause["value"] if clause.get("value") is not None else clause.get("val", "")
    if expr in ("between", "notBetween"):
        if not (isinstance(value, dict) and len(value) == 2):
            return ""
        params.extend(value.values())
        return f"{_column(column_name)}{' NOT' if expr == 'notBetween' else ''} BETWEEN ? AND ?"
    if expr in ("isEmpty", "isNotEmpty"):
        col = _column(column_name)
        if expr == "isEmpty":
            return f"({col} = '' OR {col} IS NULL)"
        return f"({col} <> '' AND {col} IS NOT NULL)"
    if expr in ("in", "notIn"):
        if isinstance(value, dict):
            raise MauticError(500)
        values = next(csv.reader([html.unescape(str(value))], skipinitialspace=False), [None]) or [None]
        col = _column(column_name)
        if len(values) > 1:
            params.extend(values)
            return f"{col} {'NOT IN' if expr == 'notIn' else 'IN'} ({','.join('?' * len(values))})"
        params.append(values[0])
        return f"{col} {'<>' if expr == 'notIn' else '='} ?"
    if expr in _COMPARISONS or expr == "notLike":
        if isinstance(value, dict):
            raise MauticError(500)
        params.append(value)
        operator = "NOT LIKE" if expr == "notLike" else _COMPARISONS[expr]
        return f"{_column(column_name)} {operator} ?"
    if expr in ("isNull", "isNotNull"):
        return f"{_column(column_name)} IS {'NOT ' if expr == 'isNotNull' else ''}NULL"
    return ""
