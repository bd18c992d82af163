"""Load openapi.yaml into schemathesis, configured for a Mautic instance.

Built-in checks that Mautic's contract contradicts are switched off here and replaced by the checks in
`mautic_hooks_contract.runner.checks` (registered globally, so they run wherever schemathesis validates a response).
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis.specs.openapi.schemas import OpenApiSchema

from mautic_hooks_contract.files import SPEC_PATH
from mautic_hooks_contract.runner import checks as _checks  # noqa: F401 - registers the custom checks
from mautic_hooks_contract.runner import steering as _steering  # noqa: F401 - registers the safety hooks
from mautic_hooks_contract.runner.run import Run
from mautic_hooks_contract.runner.settings import Settings

REPLACED_CHECKS = {
    "not_a_server_error": "server_error (known-defect baseline)",
    "unsupported_method": "unsupported_method_is_404 (Mautic's catch-all 404)",
    "negative_data_rejection": "negative_data_rejected_where_validated",
    "use_after_free": "deleted_hook_is_gone",
    "ensure_resource_availability": "created_hook_is_readable",
    "ignored_auth": "authentication_enforced (once per operation)",
    # Own/other permissions are tested with the second identity (test_access.py).
    "object_level_authorization": "test_access.py permission clauses",
}


def config_for(settings: Settings) -> schemathesis.Config:
    profile = settings.profile
    data: dict[str, Any] = {
        "generation": {
            "max-examples": profile.operation_examples,
            # Mautic ignores unknown query parameters; extra ones prove nothing.
            "allow-extra-parameters": False,
            "database": "none",
        },
        "checks": {name: {"enabled": False} for name in REPLACED_CHECKS},
        "phases": {
            "stateful": {"max-steps": profile.stateful_steps, "inference": {"algorithms": []}},
            # Methods no route serves. Not TRACE: the web server in front of Mautic answers it before PHP
            # runs (nginx always refuses it, Apache as TraceEnable says), so it says nothing about Mautic.
            "coverage": {
                "enabled": profile.coverage,
                "unexpected-methods": ["GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS", "QUERY"],
            },
        },
        "output": {
            "sanitization": {
                "keys-to-sanitize": [
                    "authorization",
                    "password",
                    "secret",
                    "client_secret",
                    "access_token",
                    "token",
                ]
            }
        },
        "request-timeout": 30,
        "tls-verify": settings.tls_verify,
    }
    if settings.readonly:
        data["phases"]["coverage"]["unexpected-methods"] = []
    if settings.seed is not None:
        data["seed"] = settings.seed
    return schemathesis.Config.from_dict(data)


def load(run: Run) -> OpenApiSchema:
    settings = run.settings
    schema = schemathesis.openapi.from_path(str(SPEC_PATH), config=config_for(settings))
    schema.config.update(base_url=settings.api_url)
    identity = settings.identity
    if identity.uses_oauth2:
        tokens = run.tokens
        assert tokens is not None

        @schema.auth()
        class MauticBearer:
            def get(self, case: Any, ctx: Any) -> str:
                return tokens.token()

            def set(self, case: Any, data: str, ctx: Any) -> None:
                case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}
    else:
        schema.config.update(basic_auth=(identity.username or "", identity.password or ""))
    if settings.readonly:
        schema = schema.include(method="GET")
    return schema
