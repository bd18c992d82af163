"""Clause 3, reads: what GET /hooks returns for its parameters, checked against the instance's own data.

Every expectation is computed from a full listing (`limit=0`) of the same instance, so the clauses hold on
any data set. In full mode a small corpus of the run's own hooks (a random word in their names, some
published) makes the search and order clauses precise; in read-only mode those few are skipped.
"""

from __future__ import annotations

import secrets
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mautic_hooks_contract.runner.api import describe, expect_status, hooks_in
from mautic_hooks_contract.runner.session import PROFILE, RUN

API, LEDGER = RUN.api, RUN.ledger
EXAMPLES = settings(
    max_examples=PROFILE.property_examples, deadline=None, suppress_health_check=list(HealthCheck)
)
EMPTY = {"total": 0, "hooks": []}
CORPUS_WORDS = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta")


def hooks_of(body: dict[str, Any]) -> list[dict[str, Any]]:
    hooks = body["hooks"]
    assert isinstance(hooks, dict) or hooks == [], (
        f"hooks is neither keyed by id nor []: {type(hooks).__name__}"
    )
    return hooks_in(hooks)


def listing(**params: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    response = API.list(**params)
    body = expect_status(response, 200)
    return body, hooks_of(body)


def ids(hooks: list[dict[str, Any]]) -> list[int]:
    return [hook["id"] for hook in hooks]


def everything() -> list[dict[str, Any]]:
    return listing(limit=0, orderBy="id")[1]


@pytest.fixture(scope="module")
def corpus() -> dict[str, Any]:
    """Six hooks of this run named '<token> <word>'; alpha, gamma and epsilon published."""
    if RUN.settings.readonly:
        pytest.skip("needs hooks of its own (read-only mode)")
    token = "w" + secrets.token_hex(4)
    hooks = [
        LEDGER.create(API, name=f"{token} {word}", publish=index % 2 == 0, triggers=[])
        for index, word in enumerate(CORPUS_WORDS)
    ]
    return {"token": token, "hooks": hooks, "ids": {hook["id"] for hook in hooks}}


@pytest.mark.clause("list-total", "#/components/schemas/HookList/properties/total")
@given(start=st.integers(0, 12), limit=st.integers(1, 12))
@EXAMPLES
def test_total_counts_every_match_whatever_the_page(start: int, limit: int) -> None:
    """`total` counts every match; a page holds `limit` hooks from `start` on, keyed by their ids."""
    all_hooks = everything()
    body, page = listing(start=start, limit=limit, orderBy="id")
    assert body["total"] == len(all_hooks), f"total {body['total']} but {len(all_hooks)} hooks exist"
    assert ids(page) == ids(all_hooks)[start : start + limit], "the page is not that slice of the ordered set"
    if isinstance(body["hooks"], dict):
        assert list(body["hooks"]) == [str(i) for i in ids(page)], "keys are not the hooks' ids in order"


@pytest.mark.clause("list-default-limit", "#/components/parameters/limit")
def test_default_page_is_30_and_limit_0_means_all() -> None:
    """Without `limit` a page holds at most 30 hooks; `limit=0` returns all and ignores `start`."""
    all_hooks = everything()
    page = listing(orderBy="id")[1]
    assert len(page) == min(30, len(all_hooks)), f"default page has {len(page)} hooks"
    page = listing(limit=0, start=5, orderBy="id")[1]
    assert ids(page) == ids(all_hooks), "limit=0 with a start did not return every hook"


@pytest.mark.clause("list-pages-partition", "#/components/parameters/start")
@given(size=st.integers(1, 7))
@EXAMPLES
def test_pages_partition_the_ordered_set(size: int) -> None:
    """Consecutive start/limit pages cover the ordered set exactly once, in order."""
    all_ids = ids(everything())[:20]  # 20 hooks show every overlap, gap and reorder: a page costs a request
    seen: list[int] = []
    for start in range(0, len(all_ids), size):
        seen += ids(listing(start=start, limit=size, orderBy="id")[1])
    assert seen[: len(all_ids)] == all_ids, "pages overlap, skip or reorder hooks"


@pytest.mark.clause("list-order", "#/components/parameters/orderBy")
@pytest.mark.parametrize("direction", ["ASC", "DESC", "asc", "desc"])
def test_order_by_and_direction_sort_the_list(direction: str) -> None:
    """`orderBy` names a property and `orderByDir` (any letter case) sorts by it."""
    descending = direction.upper() == "DESC"
    page = listing(limit=0, orderBy="id", orderByDir=direction)[1]
    assert ids(page) == sorted(ids(page), reverse=descending), f"not sorted by id {direction}"
    dates = [hook["dateAdded"] for hook in listing(limit=0, orderBy="dateAdded", orderByDir=direction)[1]]
    assert dates == sorted(dates, reverse=descending), f"not sorted by dateAdded {direction}"


@pytest.mark.clause("list-order", "#/components/parameters/orderBy")
@pytest.mark.writes
def test_default_order_is_by_name(corpus: dict[str, Any]) -> None:
    """Without `orderBy` the list is sorted by name."""
    page = listing(search=corpus["token"])[1]
    names = [hook["name"] for hook in page]
    assert names == sorted(names), f"default order is not by name: {names}"


@pytest.mark.clause("list-published", "#/components/parameters/published")
@pytest.mark.parametrize(
    ("value", "filters"), [("1", True), ("true", True), ("false", True), ("0", False), ("", False)]
)
def test_published_filters_with_php_truthiness(value: str, filters: bool) -> None:
    """`published` keeps only published hooks for any PHP-truthy value, `false` included; `0` and empty do not filter."""
    all_hooks = everything()
    expected = [h for h in all_hooks if h["isPublished"]] if filters else all_hooks
    assert ids(listing(limit=0, orderBy="id", published=value)[1]) == ids(expected), f"published={value!r}"


@pytest.mark.clause("list-publishedOnly-ignored", "#/components/parameters/publishedOnly")
def test_published_only_is_ignored() -> None:
    """`publishedOnly`, which Mautic's docs name, changes nothing."""
    assert ids(listing(limit=0, orderBy="id", publishedOnly="1")[1]) == ids(everything())


@pytest.mark.clause("list-minimal", "#/components/parameters/minimal")
def test_minimal_changes_nothing() -> None:
    """`minimal` gives the same hooks, field for field."""
    assert listing(limit=0, orderBy="id", minimal="1")[1] == everything()


@pytest.mark.clause("list-empty-array", "#/components/schemas/EmptyList")
def test_no_match_is_an_empty_array() -> None:
    """A list with no match is exactly `{"total": 0, "hooks": []}`."""
    response = API.list(search="zz" + secrets.token_hex(8))
    assert expect_status(response, 200) == EMPTY, f"an empty list must be []{describe(response)}"


@pytest.mark.clause("search-commands", "#/components/parameters/search")
@pytest.mark.parametrize(
    ("search", "keep"),
    [
        ("is:published", lambda h: h["isPublished"]),
        ("is:unpublished", lambda h: not h["isPublished"]),
        ("!is:published", lambda h: not h["isPublished"]),
        ("is:uncategorized", lambda h: h["category"] is None),
        ("!is:uncategorized", lambda h: h["category"] is not None),
    ],
    ids=["is:published", "is:unpublished", "!is:published", "is:uncategorized", "!is:uncategorized"],
)
def test_search_commands_select_exactly_their_hooks(search: str, keep: Any) -> None:
    """Each search command selects exactly the hooks it names, on the instance's own data."""
    expected = [h for h in everything() if keep(h)]
    assert ids(listing(limit=0, orderBy="id", search=search)[1]) == ids(expected), f"search={search!r}"


@pytest.mark.clause("search-commands", "#/components/parameters/search")
def test_search_by_ids_and_category() -> None:
    """`ids:` selects those ids; `category:<alias>` the hooks in that category."""
    all_hooks = everything()
    chosen = ids(all_hooks)[::3][:5]
    if not chosen:
        pytest.skip("the instance has no hooks")
    found = listing(limit=0, orderBy="id", search="ids:" + ",".join(map(str, chosen)))[1]
    assert ids(found) == chosen, "ids: did not select exactly those hooks"
    aliases = {h["category"]["alias"] for h in all_hooks if h["category"]}
    for alias in sorted(aliases)[:3]:
        expected = [h for h in all_hooks if h["category"] and h["category"]["alias"] == alias]
        assert ids(listing(limit=0, orderBy="id", search=f"category:{alias}")[1]) == ids(expected), alias


@pytest.mark.clause("search-words", "#/components/parameters/search")
@pytest.mark.writes
def test_search_words_match_names_only(corpus: dict[str, Any]) -> None:
    """A plain word matches names (not URLs or descriptions); a quoted phrase matches as a whole."""
    token = corpus["token"]
    assert set(ids(listing(limit=0, search=token)[1])) == corpus["ids"], (
        "a word must match every name holding it"
    )
    gamma = [h["id"] for h in corpus["hooks"] if h["name"].endswith("gamma")]
    assert ids(listing(limit=0, search=f'"{token} gamma"')[1]) == gamma, (
        "a quoted phrase must match as a whole"
    )
    not_gamma = corpus["ids"] - set(gamma)
    assert set(ids(listing(limit=0, search=f"{token} !gamma")[1])) == not_gamma, "a negated word must exclude"
    sink_word = "mautic-hooks-contract-sink"  # in every corpus hook's URL, in no name
    assert not corpus["ids"] & set(ids(listing(limit=0, search=sink_word)[1])), "search must not match URLs"


@pytest.mark.clause("search-commands", "#/components/parameters/search")
@pytest.mark.writes
def test_is_mine_selects_the_callers_hooks(corpus: dict[str, Any]) -> None:
    """`is:mine` selects the hooks the caller created."""
    me = corpus["hooks"][0]["createdBy"]
    if me is None:
        pytest.skip("an OAuth2 client has no user id, so it owns nothing")
    expected = [h for h in everything() if h["createdBy"] == me]
    assert ids(listing(limit=0, orderBy="id", search="is:mine")[1]) == ids(expected)
