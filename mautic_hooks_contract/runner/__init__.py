"""The machinery that runs the clause tests (`contract_tests/`) against an instance.

- Running: `command` (the one owner of `run` and `sweep`), `settings` (every setting, one table), `preflight`,
  `estimate`, `budget`, `progress`, `workers`, `report`, `local` (the embedded sandbox), `mutation` (the
  suite's power, fault by fault).
- A run's state: `session` (built at collection), `run` (ledger, pool, category), `api` (the suite's own hook
  client, the reserved prefix, cleanup), `auth`, `categories`, `receiver` (the delivery sink), `redact`.
- What the clauses generate and judge: `schema` (the schemathesis schema from openapi.yaml), `strategies`,
  `steering` (what keeps generated writes on the run's own hooks), `checks` (custom checks), `defects` (the
  known upstream defects of `contract_tests/known_defects.yaml`), `spec_schema`.
- The wire: `transport/` (pacing, retries, counting).
"""
