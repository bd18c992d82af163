"""Clause 1 and 2: every operation conforms to openapi.yaml, alone and chained through its links.

Stateless: schemathesis generates valid and invalid requests per operation (examples, coverage and fuzzing
phases) and runs every check: server errors (through the known-defect baseline), status codes, content types,
headers, response schemas, positive-data acceptance, negative-data rejection where Mautic validates, ignored
auth, unsupported methods as Mautic answers them, and the custom checks in `checks.py`.

Stateful: the state machine follows the document's links from `createHook` (get, replace, update, delete) and
the custom checks catch a create that is not persisted and a delete that does not delete.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

from mautic_hooks_contract.runner.session import PROFILE, RUN, SCHEMA, SETTINGS

SUPPRESSED = list(HealthCheck)


@pytest.mark.clause("conformance", "#/paths")
@SCHEMA.parametrize()
@settings(max_examples=PROFILE.operation_examples, deadline=None, suppress_health_check=SUPPRESSED)
def test_operation_conforms(case) -> None:  # type: ignore[no-untyped-def]
    """Requests the document allows (and some it forbids) get the responses it describes."""
    response = case.call(session=RUN.session)  # the run's wire: paced, retried, counted
    case.validate_response(response)


if not SETTINGS.readonly:

    class Workflow(SCHEMA.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case):  # type: ignore[no-untyped-def]
            return {"session": RUN.session}  # the run's wire: paced, retried, counted

    @pytest.mark.clause("stateful-links", "#/components/responses/HookCreated/links")
    @pytest.mark.writes
    class TestLinkedWorkflow(Workflow.TestCase):  # type: ignore[name-defined,misc]
        """Chains create → get / replace / update / delete through the document's links."""

        settings = settings(
            max_examples=PROFILE.stateful_examples,
            stateful_step_count=PROFILE.stateful_steps,
            deadline=None,
            suppress_health_check=SUPPRESSED,
        )
