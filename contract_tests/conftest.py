"""Session set-up for the contract suite: configuration errors, the run's lifetime, cleanup on any exit.

Cleanup runs in the session fixture's teardown, which pytest also runs after Ctrl-C (the runner in
`__main__.py` turns SIGTERM into the same interrupt, so a killed CI job cleans up too).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from mautic_hooks_contract.runner.settings import ConfigError


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "clause(id, spec): the contract clause a test verifies, and where openapi.yaml states it"
    )
    config.addinivalue_line(
        "markers", "writes: the test creates or changes hooks (skipped in read-only mode)"
    )
    config.addinivalue_line("markers", "limited: needs the second, limited identity")
    try:
        from mautic_hooks_contract.runner import session  # noqa: F401 - fails early on a bad configuration
    except ConfigError as exc:
        pytest.exit(f"Configuration error: {exc}", returncode=2)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    from mautic_hooks_contract.runner.session import SETTINGS

    for item in items:
        label = getattr(item, "operation_label", None)
        if label and not item.nodeid.endswith("]"):
            # schemathesis gives every operation's item the same node id; name them apart so that progress
            # lines, JUnit test cases and the clause table say which operation they are about.
            # (pytest 9 keeps the id as a structured NodeId; params is its bracketed part.)
            item._id = dataclasses.replace(item._id, params=label)
        if SETTINGS.readonly and item.get_closest_marker("writes"):
            item.add_marker(pytest.mark.skip(reason="read-only mode (CONTRACT_MODE=readonly)"))
        if SETTINGS.limited is None and item.get_closest_marker("limited"):
            item.add_marker(
                pytest.mark.skip(reason="no second identity (set MAUTIC_LIMITED_USERNAME/_PASSWORD)")
            )


@pytest.fixture(scope="session", autouse=True)
def contract_run() -> Iterator[object]:
    from mautic_hooks_contract.runner.session import RUN

    try:
        if not RUN.settings.readonly:
            RUN.choose_category()
            RUN.fill_pool()
        yield RUN
    finally:
        RUN.close()
