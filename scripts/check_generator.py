"""Check that openapi-python-client turns the contract into a client without a single warning.

The generator exits 0 on some warnings and silently drops every schema and response it could not handle
(../shared/toolchain-notes.md §3), so a lint-clean document can still yield a crippled client. This runs
`generate --fail-on-warning` into a throw-away folder and fails loudly with the generator's own output.

Usage: python scripts/check_generator.py openapi.yaml
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    spec = Path(argv[1]).resolve()
    bin_dir = Path(sys.executable).parent  # the venv's bin: the generator's ruff post-hooks run from PATH
    generator = bin_dir / "openapi-python-client"
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    with tempfile.TemporaryDirectory(prefix="generator-check-") as tmp:
        result = subprocess.run(
            [str(generator), "generate", "--path", str(spec), "--output-path", f"{tmp}/client",
             "--fail-on-warning", "--overwrite"],
            capture_output=True,
            text=True,
            cwd=tmp,
            env=env,
        )
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "Warning" in output:
        print(output)
        print(f"\nopenapi-python-client could not generate a clean client from {argv[1]} (see above).")
        return 1
    print(f"openapi-python-client: {argv[1]} generates a client with no warnings.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
