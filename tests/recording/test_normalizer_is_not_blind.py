"""The fair-comparison rules remove what is no behaviour and nothing else: a recorded answer changed in any
way a client could notice is reported, at that exchange and only there."""

from __future__ import annotations

import json

import pytest

from mautic_hooks_contract.recording import format as recording_format
from mautic_hooks_contract.recording.__main__ import SHIPPED
from mautic_hooks_contract.recording.ids import IdMap
from mautic_hooks_contract.recording.normalize import Answer, Context, compare
from mautic_hooks_contract.recording.replay import replay_file

PROBES = SHIPPED / "probes.jsonl"


def _body_edit(change):
    def apply(raw: dict) -> None:
        body = json.loads(raw["resp_body"])
        change(body)
        raw["resp_body"] = json.dumps(body, separators=(",", ":"))

    return apply


def _drop_header(name):
    def apply(raw: dict) -> None:
        raw["resp_headers"] = [h for h in raw["resp_headers"] if h[0].lower() != name]

    return apply


def _request_edit(change):
    """Change what was sent, not what was answered: the target then answers otherwise and the replay resyncs it."""

    def apply(raw: dict) -> None:
        body = json.loads(raw["req_body"])
        change(body)
        raw["req_body"] = json.dumps(body)

    return apply


def _set_header(name, value):
    def apply(raw: dict) -> None:
        raw["resp_headers"] = [[k, value if k.lower() == name else v] for k, v in raw["resp_headers"]]

    return apply


def _reorder_hook_keys(body: dict) -> None:
    hook = body["hook"]
    body["hook"] = {"id": hook.pop("id"), **hook}


# seq -> (what, mutation of the recorded line); every seq is an exchange of probes.jsonl
MUTATIONS = {
    # Writes: the answer differs once; the resync (a PUT, or a create of the hook the target failed to make)
    # brings the target back, so the following gets, lists and the batch delete of the group agree again.
    3: ("a create sent another name", _request_edit(lambda b: b.update(name="rp-basics-other"))),
    6: ("a create the target refuses", _request_edit(lambda b: b.update(category=99))),
    4: ("a hook's name", _body_edit(lambda b: b["hook"].update(name="rp-basics-ONE"))),
    5: ("a list's total", _body_edit(lambda b: b.update(total=2))),
    8: ("a key order", _body_edit(_reorder_hook_keys)),
    11: ("the status", lambda raw: raw.update(status=410)),
    31: (
        "a date that is not a date",
        _body_edit(lambda b: b["hook"].update(dateAdded="2026-12-01 08:46:58")),
    ),
    402: ("a selected property", _body_edit(lambda b: next(iter(b["hooks"].values())).update(name="other"))),
    409: ("a dropped null coming back", _body_edit(lambda b: b["hook"].update(dateModified=None))),
    510: ("Mautic-Version", _drop_header("mautic-version")),
    533: ("Content-Type of an HTML page", _set_header("content-type", "text/plain")),
    544: ("Location", _set_header("location", "http://127.0.0.1:8000/api/hooks/triggers")),
    547: ("an error message", _body_edit(lambda b: b["errors"][0].update(message="Not found."))),
    558: ("a trigger label", _body_edit(lambda b: b["triggers"]["mautic.page_on_hit"].update(label="Hit"))),
}


@pytest.fixture(scope="module")
def mutated_replay(tmp_path_factory):
    lines = []
    for line in PROBES.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        if raw["seq"] in MUTATIONS:
            MUTATIONS[raw["seq"]][1](raw)
        lines.append(json.dumps(raw, ensure_ascii=False))
    path = tmp_path_factory.mktemp("mutated") / "probes-mutated.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return replay_file(path)


def test_every_mutated_answer_is_reported_and_nothing_else(mutated_replay):
    reported = {d.exchange.seq for d in mutated_replay.differences}
    assert reported == set(MUTATIONS), [d.line() for d in mutated_replay.differences]


@pytest.mark.parametrize("seq", sorted(MUTATIONS))
def test_the_report_names_the_change(mutated_replay, seq):
    found = next(d for d in mutated_replay.differences if d.exchange.seq == seq)
    assert found.details and all(len(detail) < 300 for detail in found.details)


# --- the rules one by one, on synthetic answers ---------------------------------------------------------


def _answer(body, status=200, headers=None) -> Answer:
    headers = headers or [("Content-Type", "application/json"), ("Mautic-Version", "5.1.0")]
    return Answer(status, headers, json.dumps(body).encode())


def _ctx(path="/api/hooks/1", body=b"", ids=None) -> Context:
    return Context(ids=ids or IdMap(), recorded_path=path, sent_path=path, request_body=body)


HOOK = {"dateAdded": "2026-12-01T08:46:57+00:00", "id": 1, "name": "n", "secret": "a" * 64}


def test_dates_equal_by_shape_but_not_with_null():
    later = {**HOOK, "dateAdded": "2027-01-01T00:00:00+00:00"}
    assert compare(_answer({"hook": HOOK}), _answer({"hook": later}), _ctx()) == []
    assert compare(_answer({"hook": HOOK}), _answer({"hook": {**HOOK, "dateAdded": None}}), _ctx())


def test_generated_secrets_equal_by_shape_but_a_sent_secret_must_match():
    other = {**HOOK, "secret": "b" * 64}
    assert compare(_answer({"hook": HOOK}), _answer({"hook": other}), _ctx()) == []
    sent = json.dumps({"secret": "a" * 64}).encode()
    assert compare(_answer({"hook": HOOK}), _answer({"hook": other}), _ctx(body=sent))
    assert compare(_answer({"hook": HOOK}), _answer({"hook": {**HOOK, "secret": "short"}}), _ctx())


def test_ids_are_compared_after_mapping():
    ids = IdMap()
    ids.pair(1, 7)
    assert compare(_answer({"hook": HOOK}), _answer({"hook": {**HOOK, "id": 7}}), _ctx(ids=ids)) == []
    assert compare(_answer({"hook": HOOK}), _answer({"hook": {**HOOK, "id": 1}}), _ctx(ids=ids))


def test_only_lists_sorted_by_a_timestamp_are_unordered():
    recorded = {"total": 2, "hooks": {"1": {**HOOK, "id": 1}, "2": {**HOOK, "id": 2}}}
    swapped = {"total": 2, "hooks": {"2": {**HOOK, "id": 2}, "1": {**HOOK, "id": 1}}}
    assert compare(_answer(recorded), _answer(swapped), _ctx("/api/hooks?orderBy=dateAdded")) == []
    assert compare(_answer(recorded), _answer(swapped), _ctx("/api/hooks?order[0][col]=e.dateModified")) == []
    assert compare(_answer(recorded), _answer(swapped), _ctx("/api/hooks?orderBy=name"))


def test_headers_that_are_compared():
    base = [("Content-Type", "application/json"), ("Mautic-Version", "5.1.0")]
    assert (
        compare(
            _answer({}, headers=base),
            _answer({}, headers=[("content-type", "Application/JSON")] + base[1:]),
            _ctx(),
        )
        == []
    )
    assert compare(_answer({}, headers=base), _answer({}, headers=base[:1]), _ctx())
    assert compare(_answer({}, headers=[*base, ("Allow", "")]), _answer({}, headers=base), _ctx())


def test_cors_and_token_headers_are_compared():
    base = [("Content-Type", "application/json"), ("Cache-Control", "no-cache, private")]
    cors = [*base, ("Access-Control-Allow-Origin", ""), ("Vary", "Authorization, Origin")]
    assert compare(_answer({}, headers=cors), _answer({}, headers=base), _ctx())
    assert compare(
        _answer({}, headers=base), _answer({}, headers=[*base, ("WWW-Authenticate", "Bearer")]), _ctx()
    )
    token = [
        ("Content-Type", "application/json"),
        ("Cache-Control", "no-store, private"),
        ("Pragma", "no-cache"),
    ]
    assert compare(_answer({}, headers=token), _answer({}, headers=base), _ctx())
    # Mautic's usual Cache-Control and a Vary without Origin are no behaviour of these
    assert (
        compare(
            _answer({}, headers=base), _answer({}, headers=[*base[:1], ("Vary", "Authorization")]), _ctx()
        )
        == []
    )


def test_request_ids_are_rewritten_everywhere_the_readme_lists():
    ids = IdMap()
    ids.pair(402, 368)
    assert ids.path("/api/hooks/402") == "/api/hooks/368"
    assert ids.path("/api/hooks/00402") == "/api/hooks/00368"
    assert ids.path("/api/hooks/%3402") == "/api/hooks/%3368"
    assert ids.path("/api/hooks/batch/delete?ids=402,5") == "/api/hooks/batch/delete?ids=368,5"
    assert ids.path("/api/hooks/batch/delete?ids=402%2C5") == "/api/hooks/batch/delete?ids=368,5"
    assert ids.path("/api/hooks/batch/delete?ids[x]=402&0=402") == "/api/hooks/batch/delete?ids[x]=368&0=368"
    assert ids.path("/api/hooks?search=ids%3A402") == "/api/hooks?search=ids:368"
    assert ids.path("/api/hooks?where[0][col]=id&where[0][val]=402") == (
        "/api/hooks?where[0][col]=id&where[0][val]=368"
    )
    assert ids.path("/api/hooks?where[0][col]=name&where[0][val]=402") == (
        "/api/hooks?where[0][col]=name&where[0][val]=402"
    )
    assert ids.path("/api/hooks?limit=402") == "/api/hooks?limit=402"  # other numbers are left alone
    assert json.loads(ids.json_body(b'[{"id": 402, "name": "402"}]', False)) == [{"id": 368, "name": "402"}]
    assert json.loads(ids.json_body(b"[402, 7]", True)) == [368, 7]
    assert ids.form("name=x&id=402&a[id]=402") == "name=x&id=368&a[id]=368"


def test_a_broken_recording_is_refused_before_anything_is_sent(tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text(PROBES.read_text(encoding="utf-8").splitlines()[0] + "\n{", encoding="utf-8")
    with pytest.raises(recording_format.RecordingError, match="broken.jsonl:2"):
        replay_file(path)
