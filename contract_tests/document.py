"""Where openapi.yaml is: the repository's root file, or the copy an installed package carries.

There is one source, the root openapi.yaml. `pip install .` ships it as a data file
(pyproject.toml `[tool.setuptools.data-files]`) under `<prefix>/share/mautic-hooks-contract/`, so an
installed command finds it there; a checkout finds it next to the package.
"""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path

NAME = "openapi.yaml"
SHARE = Path("share") / "mautic-hooks-contract"


def _find() -> Path:
    checkout = Path(__file__).resolve().parent.parent / NAME
    candidates = [checkout] + [Path(base) / SHARE / NAME for base in (sysconfig.get_path("data"), sys.prefix)]
    for path in candidates:
        if path.is_file():
            return path
    return checkout  # loading it then fails with the path that was expected


SPEC_PATH = _find()
