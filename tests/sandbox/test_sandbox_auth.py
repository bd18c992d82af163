"""Authentication, the API switches, OAuth2 and own/other permissions (notes §2, §3)."""

from __future__ import annotations

import time

import httpx

DENIED = {
    "errors": [
        {"code": 403, "message": "You do not have access to the requested area/action.", "details": []}
    ]
}


def test_no_credentials_is_401_listener_shape(anon):
    response = anon.get("/api/hooks")
    assert response.status_code == 401
    assert (
        response.text
        == '{"errors":[{"message":"API authorization denied.","code":401,"type":"access_denied"}]}'
    )
    assert "mautic-version" not in response.headers
    assert "www-authenticate" not in response.headers


def test_wrong_password_is_401_invalid_credentials(anon, sandbox):
    response = anon.get("/api/hooks", auth=(sandbox.admin[0], "wrong"))
    assert response.status_code == 401
    assert response.json() == {
        "errors": [
            {"message": "Authorization denied, invalid credentials.", "code": 401, "type": "access_denied"}
        ]
    }


def test_unknown_bearer_token_is_401_invalid_grant(anon):
    response = anon.get("/api/hooks", headers={"Authorization": "Bearer unicorn_token"})
    assert response.text == (
        '{"errors":[{"message":"The access token provided is invalid.","code":401,"type":"invalid_grant"}]}'
    )


def test_malformed_json_is_400_before_authentication(anon):
    response = anon.post("/api/hooks/new", content=b"{nope", headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.text == (
        '{"errors":[{"message":"Looks like I encountered an error (error #400). If I do it again, please report me'
        ' to the system administrator!","code":400,"type":null}]}'
    )
    assert anon.post("/api/hooks/new", content=b'"x"').status_code == 400


def test_unknown_route_and_wrong_method_are_404_after_auth(api, anon):
    assert anon.get("/api/hooks/abc").status_code == 401
    response = api.get("/hooks/abc", params={"x": "1"})
    assert response.status_code == 404
    assert response.text == (
        '{"errors":[{"message":"Requested URL not found: \\/api\\/hooks\\/abc?x=1","code":404,"type":null}]}'
    )
    for method, path in [
        ("POST", "/hooks/5"),
        ("GET", "/hooks/new"),
        ("DELETE", "/hooks"),
        ("POST", "/hooks/triggers"),
        ("FOO", "/hooks/triggers"),  # methods no route knows reach the catch-all too, never a 405
        ("QUERY", "/hooks"),
    ]:
        response = api.request(method, path)
        assert response.status_code == 404
        assert response.json()["errors"][0]["message"].startswith("Requested URL not found: /api/hooks")


def test_unknown_method_keeps_the_connection_serving(api):
    """FOO moves the keep-alive connection from httptools to h11 (mautic_hooks_contract/sandbox/protocol.py); it goes on serving."""
    assert api.request("FOO", "/hooks").status_code == 404
    assert api.get("/hooks/triggers").status_code == 200
    assert api.request("FOO", "/hooks").status_code == 404


def test_trace_is_the_web_servers_405_page(api):
    """TRACE never reaches Mautic: Apache (TraceEnable Off) answers 405 HTML with an empty Allow (probes 533)."""
    response = api.request("TRACE", "/hooks")
    assert response.status_code == 405
    assert response.headers["content-type"] == "text/html; charset=iso-8859-1"
    assert response.headers["allow"] == ""


def test_options_is_204_and_head_matches_get(anon, api):
    response = anon.options("/api/hooks")
    assert response.status_code == 204 and response.content == b""
    assert api.head("/hooks/triggers").status_code == 200


def test_trailing_slash_redirects_get_only(api):
    response = api.get("/hooks/", params={"limit": 1})
    assert response.status_code == 301
    assert response.headers["location"].endswith("/api/hooks?limit=1")
    assert api.get("/hooks/1/").status_code == 301
    assert api.post("/hooks/new/", json={}).status_code == 404


def test_api_disabled_is_403(tmp_path):
    from mautic_hooks_contract.sandbox.launcher import SandboxProcess

    with SandboxProcess(db_path=tmp_path / "off.sqlite3", extra_args=["--api-disabled"]) as off:
        response = httpx.get(off.api_url + "/hooks", auth=off.admin)
        assert response.status_code == 403
        assert response.text == (
            '{"errors":[{"message":"API disabled. You need to enable the API in the API settings of Mautic\\u0027s'
            ' Configuration.","code":403,"type":"api_disabled"}]}'
        )
        assert httpx.options(off.api_url + "/hooks").status_code == 204


def test_basic_auth_disabled_is_403_even_with_valid_credentials(restricted_sandbox):
    response = httpx.get(restricted_sandbox.api_url + "/hooks", auth=restricted_sandbox.admin)
    assert response.status_code == 403
    assert response.json() == {
        "errors": [
            {
                "message": "Basic Auth disabled. You need to enable HTTP basic auth in the API settings of Mautic's"
                " Configuration.",
                "code": 403,
                "type": "access_denied",
            }
        ]
    }


def _token(base_url, client, **kwargs):
    return httpx.post(base_url + "/oauth/v2/token", **kwargs)


def test_oauth2_client_credentials_flow_and_expiry(restricted_sandbox):
    client_id, secret = restricted_sandbox.client
    response = _token(
        restricted_sandbox.url,
        None,
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
    )
    assert response.status_code == 200
    body = response.json()
    assert list(body) == ["access_token", "expires_in", "token_type", "scope"]
    assert body["expires_in"] == 2 and body["token_type"] == "bearer" and body["scope"] is None
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    created = httpx.post(
        restricted_sandbox.api_url + "/hooks/new",
        json={"name": "by client", "webhookUrl": "http://127.0.0.1/"},
        headers=headers,
    )
    assert created.status_code == 201
    hook = created.json()["hook"]
    assert hook["createdBy"] is None and hook["createdByUser"] == "Sandbox Client [1]"
    time.sleep(2.1)
    expired = httpx.get(restricted_sandbox.api_url + "/hooks", headers=headers)
    assert expired.status_code == 401
    assert expired.json()["errors"][0] == {
        "message": "The access token provided has expired.",
        "code": 401,
        "type": "invalid_grant",
    }


def test_oauth2_json_body_and_bad_client(sandbox):
    good = _token(
        sandbox.url,
        None,
        json={
            "grant_type": "client_credentials",
            "client_id": sandbox.client[0],
            "client_secret": sandbox.client[1],
        },
    )
    assert good.status_code == 200 and good.headers["cache-control"].startswith("no-store")
    bad = _token(
        sandbox.url,
        None,
        data={"grant_type": "client_credentials", "client_id": "unicorn", "client_secret": "x"},
    )
    assert bad.status_code == 400
    assert (
        bad.text
        == '{"errors":[{"message":"The client credentials are invalid","code":400,"type":"invalid_client"}]}'
    )
    missing = _token(sandbox.url, None, data={})
    assert missing.json()["errors"][0]["type"] == "invalid_request"


def test_limited_user_sees_only_own_hooks(api, limited_api, make_hook, tag):
    theirs = make_hook(f"{tag} admin")
    mine = make_hook(f"{tag} mine", client=limited_api)
    listed = limited_api.get("/hooks", params={"search": tag}).json()
    assert list(listed["hooks"]) == [str(mine["id"])]
    assert limited_api.get(f"/hooks/{theirs['id']}").json() == DENIED
    assert limited_api.get(f"/hooks/{mine['id']}").status_code == 200
    assert limited_api.get("/hooks/99999999").status_code == 404  # not-found before permission


def test_limited_user_edit_delete_publish_rules(api, limited_api, make_hook, tag):
    theirs = make_hook(f"{tag} admin")
    mine = make_hook(f"{tag} mine", client=limited_api, isPublished=True)
    assert mine["isPublished"] is False  # creating needs publishother to publish
    assert limited_api.patch(f"/hooks/{theirs['id']}/edit", json={"name": "x"}).json() == DENIED
    assert limited_api.delete(f"/hooks/{theirs['id']}/delete").status_code == 403
    published = limited_api.patch(f"/hooks/{mine['id']}/edit", json={"isPublished": True})
    assert published.json()["hook"]["isPublished"] is True  # publishown on an own hook
    put_create = limited_api.put(
        "/hooks/99999999/edit", json={"name": "x", "webhookUrl": "http://127.0.0.1/"}
    )
    assert put_create.json() == DENIED  # needs editother on the owner-less new entity
    assert limited_api.delete(f"/hooks/{mine['id']}/delete").status_code == 200
    assert limited_api.get("/hooks/triggers").status_code == 200  # no permission check at all
