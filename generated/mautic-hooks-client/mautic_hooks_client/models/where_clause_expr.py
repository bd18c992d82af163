from typing import Literal

WhereClauseExpr = Literal[
    "andX",
    "between",
    "eq",
    "gt",
    "gte",
    "in",
    "isEmpty",
    "isNotEmpty",
    "isNotNull",
    "isNull",
    "like",
    "lt",
    "lte",
    "neq",
    "notBetween",
    "notIn",
    "notLike",
    "orX",
]

WHERE_CLAUSE_EXPR_VALUES: set[WhereClauseExpr] = {
    "andX",
    "between",
    "eq",
    "gt",
    "gte",
    "in",
    "isEmpty",
    "isNotEmpty",
    "isNotNull",
    "isNull",
    "like",
    "lt",
    "lte",
    "neq",
    "notBetween",
    "notIn",
    "notLike",
    "orX",
}


def check_where_clause_expr(value: str) -> WhereClauseExpr:
    if value in WHERE_CLAUSE_EXPR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHERE_CLAUSE_EXPR_VALUES!r}")
