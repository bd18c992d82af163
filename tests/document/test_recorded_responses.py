"""openapi.yaml agrees with reality: every answer recorded from a real Mautic 5.1.0 is one the document describes.

Each of the recorded exchanges (tests/recordings/mautic-5.1.0/api/) is routed to the operation or the
`x-outside-operations` entry that describes it (routing.py) and its status, headers and body are checked against
that responses object (conformance.py). A failure names the file, seq and group of the exchange.
"""

from __future__ import annotations

import collections
import json
from dataclasses import replace

import pytest

from mautic_hooks_contract.recording.format import Exchange
from mautic_hooks_contract.runner.spec_schema import spec

from .conformance import problems
from .recordings import KIT, exchanges
from .routing import OPERATION_METHODS, OUT_OF_SCOPE, describe

# The recordings' own count (tests/recordings/mautic-5.1.0/README.md, "Counts").
RECORDED_EXCHANGES = 2350
# The only exchanges no part of the document describes, each for its OUT_OF_SCOPE reason.
EXPECTED_OUT_OF_SCOPE = {"probes.jsonl:533:methods": "trace", "probes.jsonl:559:paths": "outside-api"}

DESCRIBED = [e for e in exchanges() if describe(e).kind not in OUT_OF_SCOPE]


@pytest.mark.parametrize("exchange", DESCRIBED, ids=lambda e: e.label)
def test_recorded_answer_is_described(exchange) -> None:
    found = problems(exchange, describe(exchange))
    assert not found, f"{exchange.label} {exchange.method} {exchange.path}:\n  " + "\n  ".join(found)


# The project's own recordings (tests/recordings/kit-5.1.0/): text cleaning, OAuth2 errors, CORS, the categories
# API, the real 500s a generated run meets, a seed of the suite's traffic. All of them are described.
KIT_EXCHANGES = 687


@pytest.mark.parametrize("exchange", exchanges(KIT), ids=lambda e: e.label)
def test_kit_answer_is_described(exchange) -> None:
    description = describe(exchange)
    assert description.kind not in OUT_OF_SCOPE, exchange.label
    found = problems(exchange, description)
    assert not found, f"{exchange.label} {exchange.method} {exchange.path}:\n  " + "\n  ".join(found)


def test_every_kit_recording_is_read_and_reaches_the_outside_entries_it_adds() -> None:
    assert len(exchanges(KIT)) == KIT_EXCHANGES
    kinds = collections.Counter(describe(e).kind for e in exchanges(KIT))
    assert kinds["categoryList"] >= 10 and kinds["categoryGet"] >= 3 and kinds["tokenEndpoint"] >= 20, kinds


def test_every_recording_is_read() -> None:
    assert len(exchanges()) == RECORDED_EXCHANGES
    assert len({e.label for e in exchanges()}) == RECORDED_EXCHANGES, "labels must name one exchange each"


def test_only_the_named_exchanges_are_out_of_scope() -> None:
    out = {e.label: describe(e).kind for e in exchanges() if describe(e).kind in OUT_OF_SCOPE}
    assert out == EXPECTED_OUT_OF_SCOPE
    assert set(out.values()) == set(OUT_OF_SCOPE), "every out-of-scope reason must name a recorded exchange"


def test_every_operation_and_outside_entry_is_exercised() -> None:
    """The recordings (shared and the kit's) reach every operation and every `x-outside-operations` entry, so none
    is checked vacuously."""
    kinds = collections.Counter(describe(e).kind for e in [*DESCRIBED, *exchanges(KIT)])
    operation_ids = {op["operationId"] for item in spec()["paths"].values()
                     for method, op in item.items() if method in OPERATION_METHODS}  # fmt: skip
    outside = {
        name
        for name, entry in spec()["x-outside-operations"].items()
        if isinstance(entry, dict) and "responses" in entry
    }
    assert operation_ids | outside == set(kinds)
    assert sum(kinds[name] for name in operation_ids) > 2000


def test_head_and_redirects_are_among_the_checked() -> None:
    """HEAD is checked against the GET operation without a body, redirects against their entries."""
    head = [e for e in DESCRIBED if e.method == "HEAD"]
    assert head and all(describe(e).bodiless and describe(e).kind in ("listHooks", "getHook") for e in head)
    assert {describe(e).kind for e in DESCRIBED if e.status == 301} == {"trailingSlash", "frontController"}


def _first(predicate) -> Exchange:
    return next(e for e in DESCRIBED if predicate(e))


def _tampered() -> list[tuple[str, Exchange]]:
    created = _first(lambda e: e.method == "POST" and e.status == 201 and e.path == "/api/hooks/new")
    hook = created.json()
    del hook["hook"]["triggers"]
    listener = _first(lambda e: e.status == 401)
    head = _first(lambda e: e.method == "HEAD")
    token = _first(lambda e: e.path == "/oauth/v2/token" and e.status == 200)
    return [
        ("undocumented status", replace(created, status=418)),
        (
            "no Location on 201",
            replace(created, resp_headers=[h for h in created.resp_headers if h[0] != "Location"]),
        ),
        (
            "Location is a query",
            replace(
                created,
                resp_headers=[
                    (k, "/api/hooks?id=1" if k == "Location" else v) for k, v in created.resp_headers
                ],
            ),
        ),
        ("hook without triggers", replace(created, resp_body=json.dumps(hook).encode())),
        (
            "listener error with Mautic-Version",
            replace(listener, resp_headers=[*listener.resp_headers, ("Mautic-Version", "5.1.0")]),
        ),
        ("HEAD with a body", replace(head, resp_body=b"{}")),
        (
            "token answer without expires_in",
            replace(token, resp_body=b'{"access_token":"t","token_type":"bearer","scope":null}'),
        ),
    ]


@pytest.mark.parametrize(("wrong", "exchange"), _tampered(), ids=lambda v: v if isinstance(v, str) else "")
def test_a_wrong_answer_is_caught(wrong: str, exchange: Exchange) -> None:
    """The check is not vacuous: a recorded answer changed in one way the document forbids fails it."""
    assert problems(exchange, describe(exchange)), wrong


def test_error_examples_are_answers_mautic_gave() -> None:
    """Every error example of the document is, byte for byte as JSON, a body the real Mautic answered."""
    recorded = {
        json.dumps(e.json(), sort_keys=True)
        for e in exchanges()
        if e.media_type == "application/json" and e.resp_body
    }
    examples = {name: example["value"] for name, example in spec()["components"]["examples"].items()
                if isinstance(example["value"], dict) and set(example["value"]) == {"errors"}}  # fmt: skip
    assert len(examples) >= 10
    assert [
        name for name, value in examples.items() if json.dumps(value, sort_keys=True) not in recorded
    ] == []
