"""`GET /api/categories` and `GET /api/categories/{id}`: the read routes of Mautic's categories API.

The suite looks up an existing webhook category here, read-only, when it is given no MAUTIC_CATEGORY_ID.
Mautic's routes are the `getall` and `getone` actions of the `standard_entity` entry `categories`
(app/bundles/CategoryBundle/Config/config.php:27-34, expanded by CoreSubscriber.php:147-153), answered by
FetchCommonApiController::getEntitiesAction / getEntityAction
(app/bundles/ApiBundle/Controller/FetchCommonApiController.php:161-247, :294-321) through CategoryApiController
(app/bundles/CategoryBundle/Controller/Api/CategoryApiController.php:24-72). Measured on a real 5.1.0 (kit
recording auth.jsonl, group "categories"):

- the list's permission base is `<bundle>:categories`, `bundle` read from the request, `category` when absent
  or `global` (app/bundles/CategoryBundle/Model/CategoryModel.php:61-72), and it needs its `view`
  (FetchCommonApiController.php:169-171): an administrator passes; the sandbox's limited role holds
  `webhook:categories` view, as the recordings' S0 role does, so it passes with `bundle=webhook` only.
  `bundle` does not filter the list. One category checks the category's own bundle
  (CategoryApiController.php:50-72), so the limited role reads a webhook category with or without `bundle`;
- `search` matches title and description (CategoryRepository.php:75-81; plain words and `is:published` /
  `is:unpublished` here), `where[i][col|expr|val]` filters by a property (`eq`, `neq`;
  CommonRepository.php:1547-1600), `published` keeps published ones, `start`/`limit` page (default 30),
  `orderBy`/`orderByDir` sort, default `title` ASC (CategoryRepository.php:131-136); `minimal` changes nothing;
- the list is `{"total", "categories": [...]}`, a JSON list: CategoryRepository::getEntities returns a Paginator,
  which EntityResultHelper does not key by id (EntityResultHelper.php:15-35, :90-93); one category is
  `{"category": {...}}`, an unknown id the controller's 404. Each category is serialized with the
  `categoryDetails` group only: id, title, alias, description, color, bundle (Category.php:90-103).

Not reproduced: other search commands, `order`, `select`, other `where` expressions (a `where` the sandbox does
not know is a 500, as an unknown property is in Doctrine).
"""

from __future__ import annotations

from starlette.responses import Response

from ..php.values import filter_bool, to_int
from .errors import ACCESS_DENIED, NOT_FOUND, MauticError, controller_error, controller_response
from .handlers import Call
from .listing import CATEGORY_PROPERTIES, DEFAULT_PAGE_LIMIT
from .search import Term, parse
from .serialize import category_fields

OPERATORS = {"eq": "=", "neq": "<>"}
_PUBLISHED = {"is:published": "1", "is:unpublished": "0"}
_CATCH_ALL = "(title LIKE ? OR description LIKE ?)"


def get_one(call: Call) -> Response:
    row = call.conn.execute("SELECT * FROM categories WHERE id = ?", (call.hook_id,)).fetchone()
    if row is None:
        return controller_error(404, NOT_FOUND)
    if not _may_view(call, row["bundle"]):
        return controller_error(403, ACCESS_DENIED)
    return controller_response({"category": category_fields(row)})


def _may_view(call: Call, bundle: object) -> bool:
    """`<bundle>:categories:view`: the sandbox's only non-admin role has it for the webhook bundle alone."""
    return call.principal.is_admin or bundle == "webhook"


def get_list(call: Call) -> Response:
    if not _may_view(call, call.query.get("bundle")):
        return controller_error(403, ACCESS_DENIED)
    where, params = _where(call.query.get("where"))
    search = call.query.get("search")
    if isinstance(search, str) and search.strip():
        sql, values = _search_sql(parse(search))
        if sql:
            where.append(sql)
            params.extend(values)
    if filter_bool(call.query.get("published", "0")):
        where.append("is_published = 1")
    sql_where = " WHERE " + " AND ".join(where) if where else ""
    total = call.conn.execute("SELECT COUNT(*) FROM categories" + sql_where, params).fetchone()[0]
    order = CATEGORY_PROPERTIES.get(str(call.query.get("orderBy", "title")).removeprefix("c."), "title")
    direction = "DESC" if str(call.query.get("orderByDir", "ASC")).upper() == "DESC" else "ASC"
    limit = to_int(call.query.get("limit", DEFAULT_PAGE_LIMIT))
    start = max(0, to_int(call.query.get("start", 0)))
    page = f" LIMIT {limit} OFFSET {start}" if limit > 0 else ""
    rows = call.conn.execute(
        f"SELECT * FROM categories{sql_where} ORDER BY {order} {direction}, id{page}", params
    ).fetchall()
    return controller_response({"total": total, "categories": [category_fields(row) for row in rows]})


def _search_sql(level: dict[int, Term]) -> tuple[str, list]:
    """One level of the parsed search, joined as a whole by its second term's word (mautic_hooks_contract/sandbox/search.py)."""
    if not level:
        return "", []
    join = (level[1] if 1 in level else level[0]).type or "and"
    parts, params = [], []
    for term in level.values():
        sql, values = _search_sql(term.children) if term.children is not None else _term_sql(term)
        if sql:
            parts.append(sql)
            params.extend(values)
    return ("(" + f" {join.upper()} ".join(parts) + ")", params) if parts else ("", [])


def _term_sql(term: Term) -> tuple[str, list]:
    """addStandardCatchAllWhereClause over title and description (CommonRepository.php:1083-1125); the
    is:published commands (CategoryRepository.php:86-116)."""
    command = f"{term.command}:{term.string}" if term.command else ""
    if command in _PUBLISHED:
        sql, params = f"is_published = {_PUBLISHED[command]}", []
    elif command:
        # Unsupported commands become a strict, non-negated literal (CommonRepository.php:1728-1733).
        return _CATCH_ALL, [command, command]
    else:
        pattern = term.string if term.strict or "%" in term.string else f"%{term.string}%"
        sql, params = _CATCH_ALL, [pattern, pattern]
    return (f"NOT {sql}" if term.negate else sql), params


def _where(clauses: object) -> tuple[list[str], list[object]]:
    if clauses is None:
        return [], []
    if not isinstance(clauses, dict):
        raise MauticError(500)
    sql, params = [], []
    for clause in clauses.values():
        column = (
            CATEGORY_PROPERTIES.get(str(clause.get("col", "")).removeprefix("c."))
            if isinstance(clause, dict)
            else None
        )
        operator = OPERATORS.get(str(clause.get("expr"))) if isinstance(clause, dict) else None
        if column is None or operator is None:
            raise MauticError(500)
        sql.append(f"{column} {operator} ?")
        params.append(clause.get("val"))
    return sql, params
