"""Single-hook create, read, edit, delete and serialization (notes §5-§9)."""

from __future__ import annotations

import re

import pytest

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$")
FIELD_ORDER = [
    "isPublished",
    "dateAdded",
    "dateModified",
    "createdBy",
    "createdByUser",
    "modifiedBy",
    "modifiedByUser",
    "id",
    "name",
    "description",
    "webhookUrl",
    "secret",
    "eventsOrderbyDir",
    "category",
    "triggers",
]
NOT_FOUND = {"errors": [{"code": 404, "message": "Item was not found.", "details": []}]}


def test_serialization_field_order_nulls_dates_and_secret(api, make_hook):
    hook = make_hook("serialized", triggers=["mautic.email_on_open", "mautic.page_on_hit"])
    assert list(hook) == FIELD_ORDER
    assert DATE.match(hook["dateAdded"])
    assert hook["dateModified"] is None and hook["modifiedBy"] is None and hook["description"] is None
    assert hook["createdBy"] == 1 and hook["createdByUser"] == "Admin User"
    assert re.fullmatch(r"[0-9a-f]{64}", hook["secret"])
    assert hook["triggers"] == ["mautic.email_on_open", "mautic.page_on_hit"]
    assert hook["isPublished"] is True and hook["category"] is None


def test_json_escaping_like_jms(api):
    response = api.post("/hooks/new", json={"name": "café & 'x'", "webhookUrl": "http://127.0.0.1:9/a/b"})
    assert response.status_code == 201
    assert '"name":"caf\\u00e9 & \'x\'"' in response.text
    assert '"webhookUrl":"http:\\/\\/127.0.0.1:9\\/a\\/b"' in response.text


def test_get_one_and_404(api, make_hook):
    hook = make_hook("get me")
    response = api.get(f"/hooks/{hook['id']}")
    assert response.status_code == 200
    assert response.json() == {"hook": hook}
    assert response.headers["content-type"] == "application/json"
    assert response.headers["mautic-version"] == "5.1.0"
    missing = api.get("/hooks/0")
    assert missing.status_code == 404 and missing.json() == NOT_FOUND


def test_create_returns_201_with_location_path(api):
    response = api.post("/hooks/new", json={"name": "loc", "webhookUrl": "https://127.0.0.1/x"})
    assert response.status_code == 201
    assert response.headers["location"] == f"/api/hooks/{response.json()['hook']['id']}"


def test_json_without_content_type_is_decoded(api):
    response = api.post("/hooks/new", content=b'{"name":"raw","webhookUrl":"http://127.0.0.1/"}')
    assert response.status_code == 201
    assert response.json()["hook"]["name"] == "raw"


def test_form_encoded_and_multipart_bodies(api):
    form = {"name": "form", "webhookUrl": "http://127.0.0.1/f", "triggers[]": ["mautic.email_on_open", "x"]}
    response = api.post("/hooks/new", data=form)
    assert response.status_code == 201, response.text
    assert response.json()["hook"]["triggers"] == ["mautic.email_on_open", "x"]
    multipart = api.post(
        "/hooks/new", data={"name": "multi", "webhookUrl": "http://127.0.0.1/m"}, files={"f": b""}
    )
    assert multipart.status_code == 201, multipart.text
    assert multipart.json()["hook"]["name"] == "multi"


def test_text_plain_body_is_not_read(api):
    response = api.post(
        "/hooks/new",
        content=b'{"name":"x","webhookUrl":"http://127.0.0.1/"}',
        headers={"content-type": "text/plain"},
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["details"] == {
        "name": ["A name is required."],
        "webhookUrl": ["A valid URL is required."],
    }


def test_validation_errors_exact_body(api):
    response = api.post("/hooks/new", json={})
    assert response.status_code == 400
    assert response.text == (
        '{"errors":[{"code":400,"message":"name: A name is required., webhookUrl: A valid URL is required.",'
        '"details":{"name":["A name is required."],"webhookUrl":["A valid URL is required."]}}]}'
    )
    assert response.headers["mautic-version"] == "5.1.0"


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"webhookUrl": "ftp://127.0.0.1/x"}, "webhookUrl", "A valid URL is required."),
        ({"webhookUrl": "/relative"}, "webhookUrl", "A valid URL is required."),
        ({"name": "   "}, "name", "A name is required."),
        ({"name": ["a"]}, "name", "This value is not valid."),
        ({"eventsOrderbyDir": "asc"}, "eventsOrderbyDir", "This value is not valid."),
        ({"events": ["nope"]}, "events", "This value is not valid."),
    ],
)
def test_each_validation_message(api, fields, field, message):
    body = {"name": "valid", "webhookUrl": "http://127.0.0.1/", **fields}
    response = api.post("/hooks/new", json=body)
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["details"] == {field: [message]}
    assert error["message"] == f"{field}: {message}"


def test_scheme_less_url_gets_http(make_hook):
    assert make_hook("s", webhookUrl="127.0.0.1:9/x")["webhookUrl"] == "http://127.0.0.1:9/x"


@pytest.mark.parametrize(("value", "expected"), [("DESC", "DESC"), ("ASC", "ASC"), ("", None), (None, None)])
def test_events_orderby_dir_values(make_hook, value, expected):
    assert make_hook("dir", eventsOrderbyDir=value)["eventsOrderbyDir"] == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (True, True),
        ("yes", True),
        ("on", True),
        (1, True),
        ("0", False),
        ("maybe", False),
        ([], False),
        (None, False),
    ],
)
def test_is_published_never_fails(make_hook, value, expected):
    assert make_hook("pub", isPublished=value)["isPublished"] is expected


def test_unknown_and_read_only_fields_are_ignored(make_hook):
    hook = make_hook(
        "extra",
        id=999999,
        unknown="x",
        dateAdded="2000-01-01T00:00:00+00:00",
        createdBy=42,
        publishUp="2030-01-01",
    )
    assert hook["id"] != 999999 and hook["createdBy"] == 1 and not hook["dateAdded"].startswith("2000")


def test_html_is_stripped(make_hook):
    hook = make_hook("<b>bold</b> name", description="<script>x</script><b>keep</b>")
    assert hook["name"] == "bold name"
    assert hook["description"] == "x<b>keep</b>"


def test_triggers_not_validated_deduplicated_and_length_limited(api, make_hook):
    hook = make_hook("trig", triggers=["custom.thing", "custom.thing", "mautic.email_on_open"])
    assert hook["triggers"] == ["custom.thing", "mautic.email_on_open"]
    assert make_hook("str", triggers="mautic.email_on_open")["triggers"] == []
    assert make_hook("map", triggers={"a": "mautic.page_on_hit"})["triggers"] == ["mautic.page_on_hit"]
    too_long = api.post(
        "/hooks/new", json={"name": "long", "webhookUrl": "http://127.0.0.1/", "triggers": ["x" * 51]}
    )
    assert too_long.status_code == 500
    assert too_long.json()["errors"][0]["message"].startswith(
        "Looks like I encountered an error (error #500)"
    )


def test_category_cast_missing_and_object(api, make_hook, category):
    hook = make_hook("cat", category=str(category["id"]))
    assert hook["category"] == {
        "createdByUser": "Admin User",
        "modifiedByUser": None,
        "id": category["id"],
        "title": category["title"],
        "alias": category["alias"],
        "description": None,
        "color": hook["category"]["color"],
        "bundle": "webhook",
    }
    assert make_hook("zero", category=0)["category"] is None
    assert make_hook("text", category="abc")["category"] is None
    missing = api.post("/hooks/new", json={"name": "c", "webhookUrl": "http://127.0.0.1/", "category": 99999})
    assert missing.status_code == 500
    assert missing.text == '{"errors":[{"message":"Category 99999 does not exist","code":500,"type":null}]}'


def test_put_resets_what_it_does_not_receive(api, make_hook, category):
    hook = make_hook(
        "put",
        description="d",
        eventsOrderbyDir="DESC",
        category=category["id"],
        triggers=["a", "b"],
        secret="s1",
    )
    response = api.put(f"/hooks/{hook['id']}/edit", json={"name": "put2", "webhookUrl": "http://127.0.0.1/p"})
    assert response.status_code == 200
    edited = response.json()["hook"]
    assert edited["isPublished"] is False
    assert edited["secret"] != "s1" and len(edited["secret"]) == 64
    assert edited["description"] is None and edited["category"] is None and edited["eventsOrderbyDir"] is None
    assert edited["triggers"] == []
    assert DATE.match(edited["dateModified"]) and edited["modifiedBy"] == 1
    replaced = api.put(
        f"/hooks/{hook['id']}/edit", json={"name": "p", "webhookUrl": "http://127.0.0.1/", "triggers": ["c"]}
    )
    assert replaced.json()["hook"]["triggers"] == ["c"]


def test_put_on_missing_id_creates_with_a_new_id(api):
    response = api.put(
        "/hooks/99999999/edit", json={"name": "new via put", "webhookUrl": "http://127.0.0.1/"}
    )
    assert response.status_code == 201
    hook = response.json()["hook"]
    assert hook["id"] != 99999999 and hook["isPublished"] is True
    assert response.headers["location"] == f"/api/hooks/{hook['id']}"


def test_patch_changes_only_given_fields_and_adds_triggers(api, make_hook, category):
    hook = make_hook("patch", description="keep", category=category["id"], triggers=["a"])
    response = api.patch(f"/hooks/{hook['id']}/edit", json={"name": "patched", "triggers": ["b", "a"]})
    assert response.status_code == 200
    patched = response.json()["hook"]
    assert patched["name"] == "patched" and patched["description"] == "keep"
    assert patched["category"]["id"] == category["id"] and patched["secret"] == hook["secret"]
    assert patched["triggers"] == ["a", "b"]
    assert api.patch(f"/hooks/{hook['id']}/edit", json={"category": 0}).json()["hook"]["category"] is not None
    assert api.patch(f"/hooks/{hook['id']}/edit", json={"category": None}).json()["hook"]["category"] is None


def test_empty_patch_stamps_modified_by_but_not_date(api, limited_api, make_hook):
    hook = make_hook("quiet", client=limited_api)
    response = api.patch(f"/hooks/{hook['id']}/edit", json={})
    assert response.status_code == 200
    body = response.json()["hook"]
    assert body["modifiedBy"] == 1 and body["modifiedByUser"] == "Admin User"
    assert body["dateModified"] is None


def test_patch_missing_is_404(api):
    response = api.patch("/hooks/99999999/edit", json={"name": "x"})
    assert response.status_code == 404
    assert response.json() == NOT_FOUND


def test_delete_returns_id_null_then_404(api, make_hook):
    hook = make_hook("bye")
    response = api.delete(f"/hooks/{hook['id']}/delete")
    assert response.status_code == 200
    assert response.json()["hook"] == {**hook, "id": None}
    assert api.get(f"/hooks/{hook['id']}").status_code == 404
    assert api.delete(f"/hooks/{hook['id']}/delete").json() == NOT_FOUND


def test_name_and_secret_are_limited_to_191_characters(api):
    """Both are indexed varchar(191) in Mautic, counted in characters whatever their bytes; longer values fail in
    the database, which is the generic 500 without Mautic-Version (probes 16-24)."""
    fits = api.post(
        "/hooks/new", json={"name": "é" * 190 + "😀", "webhookUrl": "http://127.0.0.1/", "secret": "s" * 191}
    )
    assert fits.status_code == 201
    api.delete(f"/hooks/{fits.json()['hook']['id']}/delete")
    for body in ({"name": "n" * 191 + "😀"}, {"name": "n", "secret": "s" * 192}):
        response = api.post("/hooks/new", json={"webhookUrl": "http://127.0.0.1/", **body})
        assert response.status_code == 500
        assert "mautic-version" not in response.headers
        assert response.json()["errors"][0]["message"].startswith(
            "Looks like I encountered an error (error #500)"
        )


def test_ids_beyond_the_column_range_are_simply_not_found(api):
    """The route takes any digits and PHP saturates huge numbers; no row has such an id (404, never 500)."""
    huge = "13964613140202289284562026496"
    assert api.get(f"/hooks/{huge}").status_code == 404
    assert api.patch(f"/hooks/{huge}/edit", json={}).status_code == 404
    assert api.delete(f"/hooks/{huge}/delete").status_code == 404
    assert api.get("/hooks", params={"search": f"ids:{huge}"}).json() == {"total": 0, "hooks": []}
    assert api.delete("/hooks/batch/delete", params={"ids": huge}).json() == {"hooks": []}
    edited = api.patch("/hooks/batch/edit", content=f'[{{"id":{huge}}},{{"id":1e400}}]'.encode())
    assert edited.status_code == 200 and edited.json()["statusCodes"] == [404, 404]


def test_the_shipped_url_character_classes_are_this_pythons():
    """mautic_hooks_contract/sandbox/pcre_classes.json spares every sandbox start the 0.4 s loop over the code points; it must be
    what the loop gives (regenerate with `python -m mautic_hooks_contract.sandbox.urlcheck`)."""
    import json

    from mautic_hooks_contract.sandbox import urlcheck

    stored = json.loads(urlcheck.CLASSES_FILE.read_text(encoding="utf-8"))
    assert stored["classes"] == urlcheck._computed_classes()
