"""Two families of real Mautic 5.1.0 500s the sandbox reproduces, as measured on a real instance:
a NUL byte in the audit log's change set (forms._audit_has_nul) and the items of one batch edit that name
the same hook (forms._check_detached, handlers.batch_edit)."""

from __future__ import annotations

import pytest

GENERIC_500 = {
    "errors": [
        {
            "message": "Looks like I encountered an error (error #500). If I do it again, please report me to "
            "the system administrator!",
            "code": 500,
            "type": None,
        }
    ]
}
URL = "http://127.0.0.1:9/sink"
X, Y = "mautic.lead_post_save_new", "mautic.lead_post_delete"


def assert_generic_500(response) -> None:
    assert response.status_code == 500
    assert response.json() == GENERIC_500
    assert "mautic-version" not in response.headers  # the exception controller's answer (recordings)


def stored(api, tag: str) -> list[dict]:
    """This test's hooks, oldest first."""
    hooks = api.get("/hooks", params={"search": tag, "orderBy": "id", "limit": 50}).json()["hooks"]
    return list(hooks.values()) if isinstance(hooks, dict) else hooks


# --- a NUL byte in the audited change set ---------------------------------------------------------------------


@pytest.mark.parametrize("field", ["name", "description", "secret"])
def test_nul_in_a_saved_text_is_stored_then_a_500(api, tag, field):
    body = {"name": f"{tag} n", "webhookUrl": URL, "triggers": [X], field: f"{tag} a\0b"}
    assert_generic_500(api.post("/hooks/new", json=body))
    [hook] = stored(api, tag)
    assert hook[field] == f"{tag} a\0b" and hook["triggers"] == [X]


def test_nul_that_cleaning_removes_or_outside_the_change_set_is_fine(api, tag, make_hook):
    assert make_hook(f"{tag} trailing\0")["name"] == f"{tag} trailing"  # the form trims \p{Cc}
    assert make_hook(f"{tag} d", description="<\0")["description"] is None  # strict_html drops it
    assert make_hook(f"{tag} t", triggers=["a\0b"], foo="x\0")["triggers"] == ["a\0b"]
    response = api.post("/hooks/new", json={"name": f"{tag} u", "webhookUrl": URL + "\0x"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["details"] == {"webhookUrl": ["A valid URL is required."]}


def test_edits_of_a_text_holding_nul(api, tag):
    api.post("/hooks/new", json={"name": tag, "webhookUrl": URL, "description": "x\0y", "secret": "s\0t"})
    [hook] = stored(api, tag)
    path = f"/hooks/{hook['id']}/edit"
    # Unchanged values record no change; a PATCH leaving the texts alone is fine.
    assert api.patch(path, json={"description": "x\0y", "secret": "s\0t"}).status_code == 200
    assert api.patch(path, json={"name": f"{tag} 2"}).status_code == 200
    # An empty secret is regenerated: the change set then holds [null, key].
    assert api.patch(path, json={"secret": ""}).status_code == 200
    # Replacing the old value puts it in the change set: saved, then 500.
    assert_generic_500(api.put(path, json={"name": tag, "webhookUrl": URL}))
    assert api.get(f"/hooks/{hook['id']}").json()["hook"]["description"] is None


def test_batch_stops_at_the_item_with_nul(api, tag):
    items = [{"name": f"{tag} {n}", "webhookUrl": URL} for n in ("1", "2\0z", "3")]
    assert_generic_500(api.post("/hooks/batch/new", json=items))
    assert [h["name"] for h in stored(api, tag)] == [f"{tag} 1", f"{tag} 2\0z"]


def test_deleting_a_hook_whose_name_holds_nul(api, tag):
    api.post("/hooks/new", json={"name": f"{tag} plain", "webhookUrl": URL, "description": "d\0e"})
    [plain] = stored(api, tag)
    assert api.delete(f"/hooks/{plain['id']}/delete").status_code == 200  # only the name is logged
    for n in (1, 2):
        api.post("/hooks/new", json={"name": f"{tag} n{n}\0", "webhookUrl": URL})  # trailing: trimmed
        api.post("/hooks/new", json={"name": f"{tag} x{n}\0x", "webhookUrl": URL})  # 500, stored
    first, nul, later, nul_too = (h["id"] for h in stored(api, tag))
    assert_generic_500(api.delete(f"/hooks/{nul_too}/delete"))
    assert_generic_500(api.delete("/hooks/batch/delete", params={"ids": f"{first},{nul},{later}"}))
    # Deleted before the audit log failed; the batch stopped there.
    assert [h["id"] for h in stored(api, tag)] == [later]


# --- one hook named twice in a batch edit -------------------------------------------------------------------


def test_repeated_hook_is_saved_as_copies(api, tag, make_hook):
    one, other = make_hook(f"{tag} a", triggers=[X]), make_hook(f"{tag} b", triggers=[X])
    items = {
        "x": {"id": one["id"], "name": f"{tag} a1"},
        "y": {"id": other["id"]},
        "z": {"id": str(one["id"]), "name": f"{tag} a2"},
        "w": {"id": one["id"], "triggers": [Y]},
    }
    response = api.patch("/hooks/batch/edit", json=items)
    assert response.status_code == 200
    body = response.json()
    assert body["statusCodes"] == {"x": 200, "y": 200, "z": 200, "w": 200}
    hooks = stored(api, tag)
    assert [(h["name"], h["triggers"]) for h in hooks] == [
        (f"{tag} a1", [X]),  # the hook itself: the first item
        (f"{tag} b", [X]),
        (f"{tag} a2", [X]),  # a copy per repeat, with its events as new rows
        (f"{tag} a2", [X, Y]),
    ]
    last = hooks[-1]
    # Every entry shows the shared object: the last copy, with the triggers of each save appended.
    for key in ("x", "z", "w"):
        assert body["hooks"][key] == {**last, "triggers": [X, X, X, Y]}
    assert body["hooks"]["y"]["id"] == other["id"] and body["hooks"]["y"]["triggers"] == [X]


def test_put_repeat_without_events_copies(api, tag, make_hook):
    hook = make_hook(tag, triggers=[X])
    items = [
        {"id": hook["id"], "name": f"{tag} p1", "webhookUrl": URL + "/a"},
        {"id": hook["id"], "name": f"{tag} p2", "webhookUrl": URL + "/b"},
    ]
    body = api.put("/hooks/batch/edit", json=items).json()
    hooks = stored(api, tag)
    assert [(h["id"], h["name"], h["webhookUrl"], h["triggers"]) for h in hooks] == [
        (hook["id"], f"{tag} p1", URL + "/a", []),
        (hooks[1]["id"], f"{tag} p2", URL + "/b", []),
    ]
    assert [h["id"] for h in body["hooks"]] == [hooks[1]["id"]] * 2


def test_failed_first_item_still_detaches(api, tag, make_hook):
    hook = make_hook(tag, triggers=[X])
    body = api.patch("/hooks/batch/edit", json=[{"id": hook["id"], "name": ""}, {"id": hook["id"]}]).json()
    assert body["statusCodes"] == [400, 400]  # the shared object keeps the empty name
    body = api.patch(
        "/hooks/batch/edit", json=[{"id": hook["id"], "name": ""}, {"id": hook["id"], "name": f"{tag} 2"}]
    ).json()
    assert body["statusCodes"] == [400, 200]
    assert [h["name"] for h in stored(api, tag)] == [tag, f"{tag} 2"]
    assert body["hooks"][0]["triggers"] == [X]


@pytest.mark.parametrize(
    ("method", "first", "second", "with_category"),
    [
        ("PATCH", {"category": True}, {}, False),  # the category the first item set is detached
        ("PATCH", {}, {}, True),  # so is the one loaded with the hook
        ("PATCH", {}, {"events": [X]}, False),  # the events field removes the detached events
        ("PUT", {"triggers": [X]}, {"triggers": [X]}, False),  # PUT always submits events
    ],
    ids=["category-set-first", "category-loaded", "events-field", "put-keeps-events"],
)
def test_repeat_that_fails_the_flush_is_a_500(
    api, tag, make_hook, category, method, first, second, with_category
):
    hook = make_hook(tag, triggers=[X], **({"category": category["id"]} if with_category else {}))

    def item(extra: dict, n: int) -> dict:
        fields = {k: category["id"] if k == "category" else v for k, v in extra.items()}
        return {"id": hook["id"], "name": f"{tag} {n}", "webhookUrl": URL, **fields}

    assert_generic_500(api.request(method, "/hooks/batch/edit", json=[item(first, 1), item(second, 2)]))
    [only] = stored(api, tag)  # the first item is committed, the repeat stored nothing
    assert only["name"] == f"{tag} 1" and only["triggers"] == [X]


def test_repeat_that_replaces_the_category_is_fine(api, tag, make_hook, category):
    hook = make_hook(tag, category=category["id"])
    items = [{"id": hook["id"]}, {"id": hook["id"], "name": f"{tag} 2", "category": None}]
    assert api.patch("/hooks/batch/edit", json=items).status_code == 200
    assert [(h["name"], h["category"] and h["category"]["id"]) for h in stored(api, tag)] == [
        (tag, category["id"]),
        (f"{tag} 2", None),
    ]


def test_batch_new_ignores_ids(api, tag, make_hook):
    hook = make_hook(tag)
    items = [{"id": hook["id"], "name": f"{tag} {n}", "webhookUrl": URL} for n in (1, 2)]
    body = api.post("/hooks/batch/new", json=items).json()
    assert body["statusCodes"] == [201, 201]
    assert len({hook["id"], *(h["id"] for h in body["hooks"])}) == 3
