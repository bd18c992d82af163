"""The accessors of `recording.format.Exchange` read the raw request target and the answer the way Mautic's
router and a client do; tests/document and mautic_hooks_contract.recording.judge rely on them instead of parsing lines."""

from __future__ import annotations

import json

import pytest

from mautic_hooks_contract.recording.__main__ import SHIPPED
from mautic_hooks_contract.recording.format import load, parse_line

LINE = {
    "seq": 7,
    "group": "paths",
    "identity": "oauth-admin",
    "method": "PATCH",
    "path": "/api/hooks/%3402/edit?select%5B%5D=name&where[0][col]=id&flag=&select%5B%5D=id",
    "req_headers": {"content-type": "application/json; charset=utf-8"},
    "req_body": "{}",
    "status": 400,
    "resp_headers": [["content-type", "text/html"], ["Content-Type", "application/json; charset=UTF-8"]],
    "resp_body": '{"errors": [{"code": 400}]}',
}


def test_the_target_is_read_as_the_router_reads_it():
    exchange = parse_line(json.dumps(LINE), "t.jsonl:1")
    assert exchange.path == LINE["path"]  # the raw target stays as sent
    assert exchange.decoded_path == "/api/hooks/402/edit"
    assert exchange.query_pairs == [
        ("select[]", "name"),
        ("where[0][col]", "id"),
        ("flag", ""),
        ("select[]", "id"),
    ]


def test_media_types_and_body_are_read_as_a_client_reads_them():
    exchange = parse_line(json.dumps(LINE), "t.jsonl:1")
    assert exchange.media_type == "application/json"  # the last Content-Type, any case, no parameters
    assert exchange.request_media_type == "application/json"
    assert exchange.json() == {"errors": [{"code": 400}]}
    bodiless = parse_line(json.dumps({**LINE, "req_headers": {}, "resp_headers": [], "resp_body": ""}), "t:1")
    assert bodiless.media_type is None and bodiless.request_media_type is None
    with pytest.raises(ValueError):
        bodiless.json()


def test_a_loaded_exchange_is_labelled_by_its_file_seq_and_group():
    exchanges = load(SHIPPED / "basic-off.jsonl")
    assert exchanges[0].label == f"basic-off.jsonl:{exchanges[0].seq}:{exchanges[0].group}"
    assert len({e.label for e in exchanges}) == len(exchanges)
