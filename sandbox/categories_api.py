"""`GET /api/categories`: the one route of Mautic's categories API the contract suite reads.

The suite looks up an existing webhook category here, read-only, when it is given no MAUTIC_CATEGORY_ID.
Mautic's route is the `getall` action of the `standard_entity` entry `categories`
(app/bundles/CategoryBundle/Config/config.php:27-34, expanded by CoreSubscriber.php:147-153), answered by
FetchCommonApiController::getEntitiesAction (app/bundles/ApiBundle/Controller/FetchCommonApiController.php:161-247)
through CategoryApiController (app/bundles/CategoryBundle/Controller/Api/CategoryApiController.php:24-38):

- the permission base is `<bundle>:categories`, `bundle` read from the request, `category` when absent or
  `global` (app/bundles/CategoryBundle/Model/CategoryModel.php:61-72), and the list needs its `view`
  (FetchCommonApiController.php:169-171): an administrator passes; the sandbox's limited role holds
  `webhook:categories` view, as the recordings' S0 role does, so it passes with `bundle=webhook` only;
- `where[i][col|expr|val]` filters by a property (`eq`, `neq`; CommonRepository.php:1547-1600), `published`
  keeps published ones, `start`/`limit` page (default 30), `orderBy`/`orderByDir` sort, default `title` ASC
  (CategoryRepository.php:131-136);
- the answer is `{"total", "categories"}`, the categories keyed by id, `[]` when none (EntityResultHelper.php:
  15-35), each serialized with the `categoryDetails` group only: id, title, alias, description, color, bundle
  (Category.php:90-103; no publish details: CategoryApiController.php:35).

Not reproduced: `search`, `order`, `select`, `minimal`, other `where` expressions (a `where` the sandbox does
not know is a 500, as an unknown property is in Doctrine). Only this route is served; the sandbox has no
other categories endpoint.
"""

from __future__ import annotations

from starlette.responses import Response

from .errors import ACCESS_DENIED, MauticError, controller_error, controller_response
from .handlers import Call
from .listing import CATEGORY_PROPERTIES, DEFAULT_PAGE_LIMIT
from .php import filter_bool, to_int
from .serialize import category_fields

OPERATORS = {"eq": "=", "neq": "<>"}


def get_list(call: Call) -> Response:
    bundle = call.query.get("bundle")
    if not call.principal.is_admin and bundle != "webhook":
        return controller_error(403, ACCESS_DENIED)
    where, params = _where(call.query.get("where"))
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
    categories = {str(row["id"]): category_fields(row) for row in rows}
    return controller_response({"total": total, "categories": categories or []})


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
