"""The request predicates of known_defects.yaml: each matches the input that causes its defect on a real
Mautic 5.1.0 and nothing else, so a server that answers 500 for valid input is still caught."""

from __future__ import annotations

from typing import Any

import pytest

from mautic_hooks_contract.runner.defects import (
    Baseline,
    first_error_message,
    has_non_object_batch_item,
    has_nul_in_audited_text,
    has_repeated_batch_id,
    has_scalar_batch_item,
)


@pytest.mark.parametrize(
    "body",
    [
        {"name": "a\x00b"},
        {"description": "<b>x</b>\x00y"},
        {"secret": "s\x00s"},
        [{"name": "ok"}, {"name": "a\x00b"}],
        {"0": {"name": "ok"}, "1": {"description": "d\x00x"}},
    ],
)
def test_nul_in_an_audited_text_is_the_defect(body: Any) -> None:
    assert has_nul_in_audited_text({}, body)


@pytest.mark.parametrize(
    "body",
    [
        {"name": "plain", "description": "text", "secret": "s"},
        {"name": "trailing\x00"},  # trimmed away before the entity sees it
        {"name": "\x00 leading"},
        {"triggers": ["a\x00b"]},  # events are not in the audited change set
        {"webhookUrl": "http://127.0.0.1:9/\x00"},  # a 400, not this defect
        {"name\x00": "unknown field"},
        [{"name": "a"}, "not-an-object"],
        None,
    ],
)
def test_text_without_a_kept_nul_is_not(body: Any) -> None:
    assert not has_nul_in_audited_text({}, body)


@pytest.mark.parametrize(
    "body",
    [
        [{"id": 5}, {"id": 5}],
        [{"id": 5}, {"id": "5"}],
        [{"id": 5.0}, {"id": 6}, {"id": 5}],
        {"a": {"id": "7"}, "b": {"id": 7}},
    ],
)
def test_a_hook_named_twice_is_the_defect(body: Any) -> None:
    assert has_repeated_batch_id({}, body)


@pytest.mark.parametrize(
    "body",
    [
        [{"id": 5}, {"id": 6}],
        [{"id": 5}, {"name": "no id"}, {"name": "no id either"}],
        [{"id": "05"}, {"id": 5}],  # "05" is no PHP integer key: it names no hook
        [{"id": None}, {"id": None}],
        [{"id": True}, {"id": 1}],
        {"id": 5},
    ],
)
def test_distinct_ids_are_not(body: Any) -> None:
    assert not has_repeated_batch_id({}, body)


# Mautic 5.0's answer to a database error (measured on 5.0.4): its HTML maintenance page, text/html.
OFFLINE_PAGE = '<!DOCTYPE html>\n<html lang="en">\n<head>\n    <meta charset="utf-8">\n    <title>Site is offline</title>'


def test_mautic_50s_offline_page_is_known_only_for_database_errors() -> None:
    baseline = Baseline.load()
    too_long = {"name": "n" * 192, "webhookUrl": "http://127.0.0.1:9/"}
    assert first_error_message(OFFLINE_PAGE) == "Site is offline"
    assert baseline.classify("createHook", 500, OFFLINE_PAGE, {}, too_long).id == "unstorable-value"
    assert baseline.classify("listHooks", 500, OFFLINE_PAGE, {"limit": "-1"}, None).id == (
        "list-unchecked-order-or-range"
    )
    assert baseline.classify("createHook", 500, OFFLINE_PAGE, {}, {"name": "ok"}) is None
    assert (
        baseline.classify("createHook", 500, OFFLINE_PAGE, {}, {"name": "a\x00b"}) is None
    )  # JSON on 5.0 too
    assert baseline.classify("createHook", 500, "<html>no title</html>", {}, too_long) is None


def test_a_null_batch_edit_item_is_no_defect_but_a_scalar_one_is() -> None:
    """A real Mautic answers PUT /hooks/batch/edit [null] 200 with a form error for the item (processForm then
    reads the whole body), and a scalar item 500; a batch create refuses both with a 500."""
    assert not has_scalar_batch_item({}, [None]) and has_scalar_batch_item({}, [None, 5])
    assert has_scalar_batch_item({}, {"a": "x"}) and not has_scalar_batch_item({}, [{"id": 1}])
    assert has_non_object_batch_item({}, [None])


def test_a_nul_the_description_decodes_to_is_the_defect() -> None:
    """Mautic rawurldecodes a description that holds any non-ASCII character, so `%00` there is a NUL; in an
    ASCII-only description it stays three characters."""
    assert has_nul_in_audited_text({}, {"description": "é%00x"})
    assert not has_nul_in_audited_text({}, {"description": "e%00x"})
    assert not has_nul_in_audited_text({}, {"name": "é%00x"})  # names are never decoded
