"""Batch endpoints (notes §10)."""

from __future__ import annotations

ITEM = {"webhookUrl": "http://127.0.0.1/b"}


def test_batch_new_all_good_is_a_list(api):
    response = api.post("/hooks/batch/new", json=[{"name": "b1", **ITEM}, {"name": "b2", **ITEM}])
    assert response.status_code == 201
    body = response.json()
    assert isinstance(body["hooks"], list) and [h["name"] for h in body["hooks"]] == ["b1", "b2"]
    assert body["statusCodes"] == [201, 201] and "errors" not in body


def test_batch_new_with_a_failure_becomes_an_object(api):
    response = api.post("/hooks/batch/new", json=[{"name": "", **ITEM}, {"name": "ok", **ITEM}])
    assert response.status_code == 201
    body = response.json()
    assert list(body["hooks"]) == ["1"]
    assert body["statusCodes"] == [400, 201]
    assert body["errors"] == [
        {
            "code": 400,
            "message": "name: A name is required.",
            "details": {"name": ["A name is required."]},
            "type": None,
        }
    ]


def test_batch_limit_is_a_500(api):
    response = api.post("/hooks/batch/new", json=[{}] * 201)
    assert response.status_code == 500
    assert response.json() == {
        "errors": [{"code": 500, "message": "A max of 200 entities are supported at a time.", "details": []}]
    }


def test_batch_edit_patch_and_put(api, make_hook):
    one = make_hook("e1")
    two = make_hook("e2")
    response = api.patch(
        "/hooks/batch/edit", json=[{"id": one["id"], "name": "e1x"}, {"id": 99999999, "name": "gone"}]
    )
    assert response.status_code == 200
    body = response.json()
    assert body["statusCodes"] == [200, 404]
    assert body["hooks"] == [{**body["hooks"][0], "name": "e1x"}]
    assert body["errors"] == {"1": {"message": "Item was not found.", "code": 404, "type": "api"}}
    put = api.put(
        "/hooks/batch/edit", json=[{"id": two["id"], "name": "e2x", **ITEM}, {"name": "new", **ITEM}]
    )
    assert put.status_code == 200
    put_body = put.json()
    assert put_body["statusCodes"] == [200, 400]  # created, yet reported with the id-missing code
    assert put_body["errors"] == {"1": {"message": "mautic.api.call.id_missing", "code": 400, "type": "api"}}
    assert put_body["hooks"][1]["name"] == "new" and put_body["hooks"][1]["id"] not in (one["id"], two["id"])


def test_batch_edit_form_error_keeps_attempted_values(api, make_hook):
    hook = make_hook("f1", triggers=["a"])
    body = api.patch("/hooks/batch/edit", json=[{"id": hook["id"], "name": ""}]).json()
    assert body["statusCodes"] == [400]
    assert body["hooks"][0]["name"] is None and body["hooks"][0]["triggers"] == []
    assert body["errors"][0]["details"] == {"name": ["A name is required."]}
    assert api.get(f"/hooks/{hook['id']}").json()["hook"]["name"] == "f1"


def test_batch_delete_serializes_before_deleting(api, make_hook):
    one = make_hook("d1")
    two = make_hook("d2")
    response = api.delete("/hooks/batch/delete", params={"ids": f"{one['id']},99999999,{two['id']}"})
    assert response.status_code == 200
    body = response.json()
    assert {k: v["id"] for k, v in body["hooks"].items()} == {"0": one["id"], "2": two["id"]}
    assert "statusCodes" not in body and "errors" not in body
    assert api.get(f"/hooks/{one['id']}").status_code == 404
    three = make_hook("d3")
    listed = api.delete("/hooks/batch/delete", params={"ids[]": [three["id"]]}).json()
    assert listed["hooks"][0]["id"] == three["id"]
    assert api.delete("/hooks/batch/delete").json() == {"hooks": []}


def test_batch_delete_forbidden_items_stay_listed(limited_api, make_hook):
    theirs = make_hook("admin's")
    body = limited_api.delete("/hooks/batch/delete", params={"ids": str(theirs["id"])}).json()
    assert body["hooks"][0]["id"] == theirs["id"]
    assert body["errors"] == [
        {"message": "You do not have access to the requested area/action.", "code": 403, "type": "api"}
    ]
