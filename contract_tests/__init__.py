"""The contract suite's clauses: what any Mautic's `/api/hooks` must do, as pytest tests (README.md here lists
them). The machinery that runs them is `mautic_hooks_contract.runner`; installed, this folder is the
subpackage `mautic_hooks_contract.contract_tests`."""
