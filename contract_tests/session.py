"""The run and the loaded schema, created once when the suite is collected.

Test modules decorate with `SCHEMA.parametrize()` at import time, so the schema (and the settings behind it)
must exist before any fixture runs. Nothing here sends a request; `conftest.py` opens and closes the run.
"""

from __future__ import annotations

from contract_tests.run import Run, activate
from contract_tests.schema import load
from contract_tests.settings import Settings

SETTINGS = Settings.from_env()
RUN = Run.start(SETTINGS)
activate(RUN)
SCHEMA = load(RUN)
PROFILE = SETTINGS.profile
