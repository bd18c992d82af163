"""The run and the loaded schema, created once when the suite is collected.

Test modules decorate with `SCHEMA.parametrize()` at import time, so the schema (and the settings behind it)
must exist before any fixture runs. Nothing here sends a request; `conftest.py` opens and closes the run.
"""

from __future__ import annotations

from mautic_hooks_contract.runner.run import Run, activate
from mautic_hooks_contract.runner.schema import load
from mautic_hooks_contract.runner.settings import Settings

SETTINGS = Settings.from_env()
RUN = Run.start(SETTINGS)
activate(RUN)
SCHEMA = load(RUN)
PROFILE = SETTINGS.profile
