"""Contacts and companies fire Mautic's events, delivered byte for byte as Mautic sends them.

Each scenario replays actions of DELIVERIES.md §4.15 with the recorded request bodies and compares what the
receiver got with the recorded delivery: same body (dates and the admin's name masked, ids aligned), same
header names in the same order, a valid signature over the raw bytes.
"""

from __future__ import annotations

import json

import pytest
from delivery_support import HEADER_ORDER, events, hook, same_shape, sample, schema_errors
from mautic_hooks_receiver import verify

CONTACT_TRIGGERS = (
    "mautic.lead_post_save_new",
    "mautic.lead_post_save_update",
    "mautic.lead_points_change",
    "mautic.lead_post_delete",
)
COMPANY_TRIGGERS = ("mautic.company_post_save", "mautic.company_post_delete")


@pytest.fixture(scope="module")
def subscribed(api, receiver):
    """One hook on every contact/company trigger, another on points only (ids ascending)."""
    everything = hook(api, receiver.url + "/hook/all", CONTACT_TRIGGERS + COMPANY_TRIGGERS, "secret-all")
    points = hook(api, receiver.url + "/hook/points", ["mautic.lead_points_change"], "secret-points")
    return everything, points


def _aligned(body: dict, ids: dict) -> dict:
    """The sandbox body with its entity ids replaced by the recording's (``ids``: sandbox id → recorded)."""
    ((_, (event,)),) = body.items()
    for key in ("contact", "company"):
        if isinstance(event.get(key), dict) and event[key]["id"] in ids:
            event[key]["id"] = ids[event[key]["id"]]
    if "id" in event:
        event["id"] = ids.get(event["id"], event["id"])
    return body


def _check(delivery, recorded: dict, ids: dict, secret: str) -> None:
    assert delivery.header_names == HEADER_ORDER
    assert delivery.header("User-Agent") == "GuzzleHttp/7"
    assert delivery.header("Content-Type") == "application/json"
    assert delivery.header("Content-Length") == str(len(delivery.body))
    assert verify(delivery.body, delivery.header("Webhook-Signature"), secret)
    assert (
        delivery.body
        == json.dumps(json.loads(delivery.body), separators=(",", ":")).replace("/", "\\/").encode()
    )
    assert schema_errors(json.loads(delivery.body)) == []  # openapi.yaml's webhooks: section
    same_shape(_aligned(json.loads(delivery.body), ids), recorded["body"])


def test_contact_life_cycle_matches_the_recording(api, receiver, subscribed, sandbox):
    created = api.post(
        "/contacts/new", json=sample("mautic.lead_post_save_new", "contact_create")["context"]["request_body"]
    )
    assert created.status_code == 201, created.text
    assert created.headers["location"] == f"/api/contacts/{created.json()['contact']['id']}"
    ada = created.json()["contact"]["id"]
    ids = {ada: 2}
    (new,) = receiver.wait_for(1)
    assert new.header("X-Origin-Base-URL") == sandbox.url
    _check(new, sample("mautic.lead_post_save_new", "contact_create"), ids, "secret-all")

    receiver.deliveries.clear()
    update = sample("mautic.lead_post_save_update", "contact_update")
    assert api.patch(f"/contacts/{ada}/edit", json=update["context"]["request_body"]).status_code == 200
    (updated,) = receiver.wait_for(1)
    _check(updated, update, ids, "secret-all")

    receiver.deliveries.clear()
    assert api.patch(f"/contacts/{ada}/edit", json={"city": "Paris"}).status_code == 200  # no change
    assert receiver.wait_for(1, timeout=0.5) == []

    for action in ("contact_points_plus", "contact_points_minus", "contact_points_via_patch"):
        receiver.deliveries.clear()
        recorded = sample("mautic.lead_points_change", action)
        method, path = recorded["context"]["request"].split(" ")
        answer = api.request(
            method,
            path.replace("/api", "").replace("/2/", f"/{ada}/"),
            json=recorded["context"]["request_body"],
        )
        assert answer.status_code == 200, answer.text
        got = receiver.wait_for(3)
        # every event to each subscribed hook in ascending hook id before the next event (§4.15)
        assert [(d.path, events(d)[0][0]) for d in got] == [
            ("/hook/all", "mautic.lead_points_change"),
            ("/hook/points", "mautic.lead_points_change"),
            ("/hook/all", "mautic.lead_post_save_update"),
        ]
        _check(got[0], recorded, ids, "secret-all")
        assert verify(got[1].body, got[1].header("Webhook-Signature"), "secret-points")
        _check(got[2], sample("mautic.lead_post_save_update", action), ids, "secret-all")
    plus = sample("mautic.lead_points_change", "contact_points_plus")["body"]["mautic.lead_points_change"][0]
    assert plus["contact"]["points"] == plus["points"]["old_points"]  # the quirk the sandbox reproduces


def test_contact_delete_matches_the_recording(api, receiver, subscribed):
    created = api.post(
        "/contacts/new",
        json=sample("mautic.lead_post_save_new", "contact_tmp_create")["context"]["request_body"],
    )
    temp = created.json()["contact"]["id"]
    receiver.wait_for(1)
    receiver.deliveries.clear()
    assert api.delete(f"/contacts/{temp}/delete").status_code == 200
    (deleted,) = receiver.wait_for(1)
    recorded = sample("mautic.lead_post_delete", "contact_delete")
    _check(deleted, recorded, {temp: 4}, "secret-all")
    event = json.loads(deleted.body)["mautic.lead_post_delete"][0]
    assert event["id"] == temp and event["contact"]["id"] is None
    assert api.delete(f"/contacts/{temp}/delete").status_code == 404


def test_unicode_and_markup_are_escaped_like_php(api, receiver, subscribed):
    recorded = sample("mautic.lead_post_save_new", "contact_create_unicode")
    created = api.post("/contacts/new", json=recorded["context"]["request_body"])
    (new,) = receiver.wait_for(1)
    _check(new, recorded, {created.json()["contact"]["id"]: 14}, "secret-all")
    assert b'"Jos\\u00e9"' in new.body and b"https:\\/\\/example.com\\/a\\/b" in new.body


def test_anonymous_contacts_fire_nothing_until_identified(api, receiver, subscribed):
    created = api.post("/contacts/new", json={"city": "Nowhere"})
    assert created.status_code == 201
    assert receiver.wait_for(1, timeout=0.5) == []
    contact = created.json()["contact"]["id"]
    assert api.patch(f"/contacts/{contact}/edit", json={"email": "visitor7@example.com"}).status_code == 200
    (new,) = receiver.wait_for(1)
    assert events(new)[0][0] == "mautic.lead_post_save_new"
    value = json.loads(new.body)["mautic.lead_post_save_new"][0]["contact"]["fields"]["core"]["email"]
    assert (
        value["id"] == "6" and value["value"] == "visitor7@example.com"
    )  # shape B: loaded from the database


def test_company_life_cycle_matches_the_recording(api, receiver, subscribed):
    create = sample("mautic.company_post_save", "company_create")
    created = api.post("/companies/new", json=create["context"]["request_body"])
    assert created.status_code == 201, created.text
    company = created.json()["company"]["id"]
    (saved,) = receiver.wait_for(1)
    _check(saved, create, {company: 1}, "secret-all")

    receiver.deliveries.clear()
    update = sample("mautic.company_post_save", "company_update")
    assert api.patch(f"/companies/{company}/edit", json=update["context"]["request_body"]).status_code == 200
    (updated,) = receiver.wait_for(1)
    _check(updated, update, {company: 1}, "secret-all")

    receiver.deliveries.clear()
    doomed = api.post("/companies/new", json={"companyname": "Doomed Co"}).json()["company"]["id"]
    receiver.wait_for(1)
    receiver.deliveries.clear()
    assert api.delete(f"/companies/{doomed}/delete").status_code == 200
    (deleted,) = receiver.wait_for(1)
    _check(deleted, sample("mautic.company_post_delete", "company_delete"), {doomed: 2}, "secret-all")


def test_routes_auth_and_statuses(api, sandbox, receiver, subscribed):
    import httpx

    with httpx.Client(base_url=sandbox.api_url, timeout=10) as anon:
        assert anon.post("/contacts/new", json={"firstname": "x"}).status_code == 401
    with httpx.Client(base_url=sandbox.api_url, auth=sandbox.limited, timeout=10) as limited:
        assert limited.post("/contacts/new", json={"firstname": "x"}).status_code == 403
    assert api.patch("/contacts/999999/edit", json={"city": "x"}).status_code == 404
    assert api.post("/contacts/999999/points/plus/1").status_code == 404
    contact = api.post("/contacts/new", json={"city": "anon"}).json()["contact"]["id"]
    assert api.post(f"/contacts/{contact}/points/sideways/1").status_code == 400
    assert api.post(f"/contacts/{contact}/points/plus/5").json() == {"success": 1}
    assert api.post("/companies/new", json={"companyemail": "x@example.com"}).status_code == 400
    assert receiver.wait_for(2, timeout=0.5) and all(
        events(d)[0][0] == "mautic.lead_points_change" for d in receiver.deliveries
    )  # an anonymous contact's points change fires points_change only, no _update
