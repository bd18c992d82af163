"""Where the product's files are, in a checkout or installed: the contract and the clause tests.

There is one source of each. `openapi.yaml` is the repository's root file; `pip install .` ships it as a data
file (pyproject.toml `[tool.setuptools.data-files]`) under `<prefix>/share/mautic-hooks-contract/`. The clause
tests are the repository's top-level `contract_tests/` folder, installed as the subpackage
`mautic_hooks_contract.contract_tests` (pyproject.toml `[tool.setuptools.package-dir]`); an editable install
maps the same name onto the folder, so both cases find it through the import system.
"""

from __future__ import annotations

import importlib.util
import sys
import sysconfig
from pathlib import Path
from typing import Any

import yaml

NAME = "openapi.yaml"
SHARE = Path("share") / "mautic-hooks-contract"
CHECKOUT = Path(__file__).resolve().parent.parent  # the repository's root, when running from a checkout
RECORDINGS = CHECKOUT / "tests" / "recordings"  # the shipped recordings: a checkout only


def _spec_path() -> Path:
    checkout = CHECKOUT / NAME
    candidates = [checkout] + [Path(base) / SHARE / NAME for base in (sysconfig.get_path("data"), sys.prefix)]
    for path in candidates:
        if path.is_file():
            return path
    return checkout  # loading it then fails with the path that was expected


def _clauses() -> Path:
    spec = importlib.util.find_spec("mautic_hooks_contract.contract_tests")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(
            "the clause tests (mautic_hooks_contract.contract_tests) are not installed: `pip install .`"
        )
    return Path(next(iter(spec.submodule_search_locations))).resolve()


SPEC_PATH = _spec_path()
CLAUSES = _clauses()  # the folder of the clause tests (contract_tests/ in the repository)
KNOWN_DEFECTS = CLAUSES / "known_defects.yaml"


def read_yaml(path: Path) -> Any:
    """A YAML file, parsed by libyaml when PyYAML was built with it: eight times faster on openapi.yaml
    (0.07 s against 0.56 s), which every run reads at its start."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
