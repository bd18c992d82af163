"""mautic-hooks-contract: Mautic's webhook API (`/api/hooks`) as a contract, and the tools that hold Mautic to it.

The rooms (ARCHITECTURE.md has the map):

- `contract_tests` (the repository's top-level `contract_tests/`): the clause tests, the contract as pytest reads it.
- `runner`: the machinery that runs the clauses against an instance (settings, preflight, steering, checks,
  the wire, the report, workers, the mutation run).
- `sandbox`: the Mautic-compatible server (Python, SQLite), deliveries included.
- `recording`: record, replay, diff and judge HTTP exchanges with a real Mautic.
- `php`: PHP's and Mautic's own value rules, ported once, shared by the sandbox and the runner.
- `cli`: the `mautic-hooks-contract` command (argument parsing only).
"""
