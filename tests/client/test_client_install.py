"""`pip install ./generated/mautic-hooks-client` gives a working client in a venv that has never seen it.

The install is the one a user runs, with build isolation: pip fetches setuptools from the configured index (a local
one on the project's machines) to build the wheel. The project venv cannot build it offline: its setuptools 65.5 has
no bdist_wheel without the `wheel` package. The throw-away venv borrows httpx and attrs from the project venv
through a .pth file, so the install itself is --no-deps.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv

import pytest
from client_support import DISTRIBUTION

USE_IT = """
import sys, httpx, mautic_hooks_client
from mautic_hooks_client import Client
from mautic_hooks_client.api.triggers import list_triggers
assert mautic_hooks_client.__file__.startswith(sys.prefix), mautic_hooks_client.__file__
client = Client(base_url=sys.argv[1], httpx_args={"auth": httpx.BasicAuth(sys.argv[2], sys.argv[3])})
print(" ".join(list_triggers.sync(client=client).triggers.additional_keys))
"""


def run(*command: str) -> str:
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.mark.install
def test_pip_install_into_a_clean_venv(tmp_path, sandbox):
    source = tmp_path / "mautic-hooks-client"  # a copy: pip builds in place and would leave build/ behind
    shutil.copytree(DISTRIBUTION, source, ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
    venv.create(tmp_path / "venv", with_pip=False)
    python = str(tmp_path / "venv" / "bin" / "python")
    site_packages = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip()
    with open(f"{site_packages}/project-venv.pth", "w") as pth:
        pth.write(sysconfig.get_paths()["purelib"] + "\n")

    pip = (sys.executable, "-m", "pip", "--python", python, "--disable-pip-version-check")
    run(*pip, "install", "--quiet", "--no-deps", str(source))

    assert "mautic-hooks-client" in run(*pip, "list", "--format=freeze")
    assert "mautic.lead_points_change" in run(python, "-c", USE_IT, sandbox.api_url, *sandbox.admin).split()
