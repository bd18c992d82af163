"""`pip install .` gives a `mautic-hooks-contract` command that works on its own: installed into a fresh
venv (from the pip index this machine is configured with, no network needed for a local one), run from a
directory outside the checkout, it lists every setting and verifies an embedded sandbox."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from contract_tests.settings import TABLE

pytestmark = pytest.mark.slow
SHIPPED = ("pyproject.toml", "README.md", "LICENSE", "openapi.yaml", "contract_tests", "sandbox", "recording")


def test_installed_command_helps_and_runs(tmp_path: Path) -> None:
    source = tmp_path / "source"  # a copy: building in the checkout would leave build/ and egg-info there
    source.mkdir()
    for name in SHIPPED:
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
        copy(ROOT / name, source / name)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [
        str(venv / "bin" / "python"),
        "-m",
        "pip",
        "install",
        "--quiet",
        "-c",
        str(ROOT / "requirements.lock"),
    ]
    installed = subprocess.run([*pip, str(source)], capture_output=True, text=True, timeout=600, check=False)
    assert installed.returncode == 0, installed.stderr[-3000:]
    assert (venv / "share" / "mautic-hooks-contract" / "openapi.yaml").read_bytes() == (
        ROOT / "openapi.yaml"
    ).read_bytes()

    command = str(venv / "bin" / "mautic-hooks-contract")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"PATH": str(venv / "bin") + ":/usr/bin:/bin", "HOME": str(tmp_path)}
    helped = subprocess.run(
        [command, "--help"], check=False, capture_output=True, text=True, cwd=elsewhere, env=env
    )
    assert helped.returncode == 0, helped.stderr
    for names, _, _ in TABLE:
        assert names in helped.stdout, f"{names} missing from --help"
    for command_name in ("run", "sweep", "record", "replay", "diff"):
        assert command_name in helped.stdout, f"{command_name} missing from --help"

    ran = subprocess.run(
        [command, "run"], check=False, capture_output=True, text=True, cwd=elsewhere, timeout=300,
        env={**env, "CONTRACT_PROFILE": "quick", "CONTRACT_SEED": "5"},
    )  # fmt: skip
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-2000:]
    assert "clauses hold, 0 fail" in ran.stdout
    assert str(ROOT) not in ran.stdout + ran.stderr, "the installed command used the checkout"
    assert (elsewhere / "reports" / "contract-report.md").is_file()
