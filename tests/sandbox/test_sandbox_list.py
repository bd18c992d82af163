"""GET /api/hooks: shape, paging, ordering, filters and search (notes §4)."""

from __future__ import annotations

import pytest

GENERIC_500 = {
    "errors": [
        {
            "message": "Looks like I encountered an error (error #500). "
            "If I do it again, please report me to the system administrator!",
            "code": 500,
            "type": None,
        }
    ]
}


def listing(api, **params):
    response = api.get("/hooks", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_empty_result_is_an_empty_array(api, tag):
    assert listing(api, search=tag) == {"total": 0, "hooks": []}
    assert api.get("/hooks", params={"search": tag}).text == '{"total":0,"hooks":[]}'


def test_hooks_are_keyed_by_id_in_name_order(api, make_hook, tag):
    b = make_hook(f"{tag} b")
    a = make_hook(f"{tag} a")
    body = listing(api, search=tag)
    assert body["total"] == 2
    assert list(body["hooks"]) == [str(a["id"]), str(b["id"])]
    assert body["hooks"][str(a["id"])] == a


def test_default_limit_is_30_and_total_counts_all(api, make_hook, tag):
    for n in range(32):
        make_hook(f"{tag} {n:02d}")
    body = listing(api, search=tag)
    assert body["total"] == 32
    assert len(body["hooks"]) == 30


def test_limit_zero_or_empty_returns_all_and_ignores_start(api, make_hook, tag):
    for n in range(3):
        make_hook(f"{tag} {n}")
    assert len(listing(api, search=tag, limit=0, start=2)["hooks"]) == 3
    assert len(listing(api, search=tag, limit="", start=2)["hooks"]) == 3


def test_limit_abc_gives_an_empty_page_but_full_total(api, make_hook, tag):
    make_hook(f"{tag} x")
    assert listing(api, search=tag, limit="abc") == {"total": 1, "hooks": []}


def test_start_and_limit_page_through(api, make_hook, tag):
    ids = [make_hook(f"{tag} {n}")["id"] for n in range(5)]
    page = listing(api, search=tag, start=2, limit=2)
    assert [int(k) for k in page["hooks"]] == ids[2:4]
    assert page["total"] == 5


@pytest.mark.parametrize(
    "params",
    [
        {"limit": -5},
        {"limit": 5, "start": -1},
        {"orderBy": "date_added"},
        {"orderBy": "foo"},
        {"orderBy": "name", "orderByDir": "up"},
    ],
)
def test_bad_paging_or_ordering_is_a_generic_500(api, params):
    response = api.get("/hooks", params=params)
    assert response.status_code == 500
    assert response.json() == GENERIC_500
    assert "mautic-version" not in response.headers


def test_order_by_camel_case_and_direction_any_case(api, make_hook, tag):
    first = make_hook(f"{tag} z")
    second = make_hook(f"{tag} a")
    by_added = listing(api, search=tag, orderBy="dateAdded,id", orderByDir="desc")
    assert list(by_added["hooks"]) == [str(second["id"]), str(first["id"])]
    by_name = listing(api, search=tag, orderBy="name", orderByDir="")
    assert list(by_name["hooks"]) == [str(second["id"]), str(first["id"])]
    assert listing(api, search=tag, orderBy="cat.title")["total"] == 2


def test_order_array_overrides_order_by(api, make_hook, tag):
    a = make_hook(f"{tag} a")
    b = make_hook(f"{tag} b")
    body = listing(
        api, **{"search": tag, "orderBy": "name", "order[0][col]": "name", "order[0][dir]": "desc"}
    )
    assert list(body["hooks"]) == [str(b["id"]), str(a["id"])]


def test_published_uses_php_truthiness_and_published_only_is_ignored(api, make_hook, tag):
    make_hook(f"{tag} on", isPublished=True)
    make_hook(f"{tag} off", isPublished=False)
    assert listing(api, search=tag, published=1)["total"] == 1
    assert listing(api, search=tag, published="false")["total"] == 1
    assert listing(api, search=tag, published=0)["total"] == 2
    assert listing(api, search=tag, published="")["total"] == 2
    assert listing(api, search=tag, publishedOnly=1)["total"] == 2


def test_minimal_changes_nothing(api, make_hook, tag):
    make_hook(f"{tag} m", description="d")
    assert listing(api, search=tag, minimal=1) == listing(api, search=tag)


def test_search_matches_name_only_case_insensitively(api, make_hook, tag):
    hook = make_hook(f"{tag} Alpha", description="beta")
    assert list(listing(api, search=f"{tag} alpha")["hooks"]) == [str(hook["id"])]
    assert listing(api, search=f"{tag} beta")["total"] == 0


def test_search_phrase_negation_strict_and_or(api, make_hook, tag):
    one = make_hook(f"{tag} red apple")
    two = make_hook(f"{tag} green apple")
    three = make_hook(f"{tag}-pear")
    assert set(listing(api, search=f'"{tag} red"')["hooks"]) == {str(one["id"])}
    assert set(listing(api, search=f"{tag} !red")["hooks"]) == {str(two["id"]), str(three["id"])}
    assert set(listing(api, search=f"+{tag}-pear")["hooks"]) == {str(three["id"])}
    assert listing(api, search=f"+{tag}")["total"] == 0
    either = listing(api, search=f"{tag}-pear or {tag}_red_apple")
    assert set(either["hooks"]) == {str(one["id"]), str(three["id"])}  # LIKE's _ matches the space
    assert listing(api, search=f"{tag}%apple")["total"] == 2


def test_search_is_commands(api, limited_api, make_hook, tag):
    on = make_hook(f"{tag} on", isPublished=True)
    off = make_hook(f"{tag} off", isPublished=False)
    mine = make_hook(f"{tag} mine", client=limited_api)
    assert set(listing(api, search=f"{tag} is:published")["hooks"]) == {str(on["id"])}
    assert set(listing(api, search=f"{tag} is:unpublished")["hooks"]) == {str(off["id"]), str(mine["id"])}
    assert set(listing(api, search=f"{tag} !is:published")["hooks"]) == {str(off["id"]), str(mine["id"])}
    assert listing(api, search=f"{tag} is:uncategorized")["total"] == 3
    assert set(listing(limited_api, search=f"{tag} is:mine")["hooks"]) == {str(mine["id"])}
    assert set(listing(api, search=f"{tag} is:mine")["hooks"]) == {str(on["id"]), str(off["id"])}


def test_search_category_and_ids_and_unknown_command(api, category, make_hook, tag):
    in_category = make_hook(f"{tag} c", category=category["id"])
    other = make_hook(f"{tag} d")
    found = listing(api, search=f"{tag} category:{category['alias']}")
    assert list(found["hooks"]) == [str(in_category["id"])]
    assert listing(api, search=f"{tag} !category:{category['alias']}")["total"] == 0  # NOT over a NULL join
    assert set(listing(api, search=f"ids:{other['id']},{in_category['id']}")["hooks"]) == {
        str(other["id"]),
        str(in_category["id"]),
    }
    assert listing(api, search=f"{tag} name:{tag}")["total"] == 0


def test_where_replaces_forced_filters_and_select_drops_nulls(api, limited_api, make_hook, tag):
    admin_hook = make_hook(f"{tag} admin")
    make_hook(f"{tag} limited", client=limited_api)
    assert listing(limited_api, search=tag)["total"] == 1  # own hooks only without viewother
    where = {"search": tag, "where[0][col]": "id", "where[0][expr]": "gte", "where[0][val]": "1"}
    assert listing(limited_api, **where)["total"] == 2
    selected = listing(api, **{"search": f"ids:{admin_hook['id']}", "select[]": ["id", "name"]})
    assert selected["hooks"][str(admin_hook["id"])] == {
        "isPublished": True,
        "id": admin_hook["id"],
        "name": admin_hook["name"],
        "triggers": [],
    }
    no_nulls = listing(api, search=f"ids:{admin_hook['id']}", select="id,name")["hooks"][
        str(admin_hook["id"])
    ]
    assert "description" not in no_nulls and no_nulls["secret"] == admin_hook["secret"]
