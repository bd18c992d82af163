"""The distribution as a user gets it: `python -m build` makes an sdist and, from it, a wheel; `twine check`
accepts their metadata; the wheel installs one import package, `mautic_hooks_contract`, and nothing generic
beside it; installed into a fresh venv (from the pip index this machine is configured with) and run from a
directory outside the checkout, its command lists every setting and verifies an embedded sandbox."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from imports import PACKAGE, ROOT

from mautic_hooks_contract.runner.settings import TABLE

pytestmark = pytest.mark.slow
SOURCE = ("pyproject.toml", "README.md", "LICENSE", "openapi.yaml", "contract_tests", PACKAGE)
VERSION = "0.1.0"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """sdist and wheel, built from a copy (building in the checkout would leave build/ and egg-info there),
    without build isolation: the venv holds the pinned setuptools the build-system table names."""
    source = tmp_path_factory.mktemp("source")
    for name in SOURCE:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("dist")
    # No --sdist/--wheel: build makes the sdist, then the wheel from the sdist, so a file the sdist lacks fails.
    built = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    return out


def _wheel(dist: Path) -> Path:
    return dist / f"mautic_hooks_contract-{VERSION}-py3-none-any.whl"


def test_twine_accepts_the_metadata(dist: Path) -> None:
    files = sorted(str(p) for p in dist.iterdir())
    assert [Path(f).name for f in files] == [_wheel(dist).name, f"mautic_hooks_contract-{VERSION}.tar.gz"]
    checked = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *files],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count("PASSED") == 2, checked.stdout


def test_the_wheel_installs_one_import_package(dist: Path) -> None:
    with zipfile.ZipFile(_wheel(dist)) as wheel:
        names = wheel.namelist()
        top_level = {name.split("/")[0] for name in names}
        entry_points = wheel.read(f"mautic_hooks_contract-{VERSION}.dist-info/entry_points.txt").decode()
    assert top_level == {
        PACKAGE,
        f"mautic_hooks_contract-{VERSION}.dist-info",
        f"mautic_hooks_contract-{VERSION}.data",  # openapi.yaml, as a data file under <prefix>/share/
    }
    assert f"mautic_hooks_contract-{VERSION}.data/data/share/mautic-hooks-contract/openapi.yaml" in names
    assert "mautic-hooks-contract = mautic_hooks_contract.cli:console" in entry_points
    for shipped in ("contract_tests/test_lifecycle.py", "contract_tests/known_defects.yaml",
                    "sandbox/uca400.bin", "sandbox/pcre_classes.json", "sandbox/crm/fields.json",
                    "runner/transport/wire.py", "php/values.py", "recording/judge.py"):  # fmt: skip
        assert f"{PACKAGE}/{shipped}" in names, shipped


def test_the_sdist_holds_the_source_as_the_repository_lays_it_out(dist: Path) -> None:
    with tarfile.open(dist / f"mautic_hooks_contract-{VERSION}.tar.gz") as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    for path in ("openapi.yaml", "README.md", "LICENSE", "pyproject.toml", "contract_tests/test_listing.py",
                 "contract_tests/known_defects.yaml", f"{PACKAGE}/cli.py", f"{PACKAGE}/sandbox/uca400.bin"):  # fmt: skip
        assert path in names, path


def test_the_installed_wheel_runs_the_suite_on_its_own(dist: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    installed = subprocess.run(
        [*pip, "-c", str(ROOT / "requirements.lock"), str(_wheel(dist))],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
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
    held = re.search(r"(\d+) clauses hold, 0 fail, 0 skipped", ran.stdout)
    assert held and int(held.group(1)) >= 30 and " not run" not in ran.stdout, ran.stdout[-3000:]
    assert str(ROOT) not in ran.stdout + ran.stderr, "the installed command used the checkout"
    assert (elsewhere / "reports" / "contract-report.md").is_file()
    # The clause tests ran from the installed package, every one of them.
    junit = (elsewhere / "reports" / "contract-junit.xml").read_text(encoding="utf-8")
    assert 'errors="0"' in junit and 'failures="0"' in junit, junit[:500]
    for clause_file in ("test_access", "test_conformance", "test_delivery", "test_lifecycle", "test_listing"):
        assert f"contract_tests.{clause_file}" in junit, clause_file
