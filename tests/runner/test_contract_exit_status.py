"""A run whose pytest stopped before the clauses ran is no pass: a clause file that does not import (the
receiver kit once missing from an installed wheel) and a pytest argument pytest refuses each end with exit
status 2 and a sentence, where the report alone would read "0 clauses hold, 0 fail"."""

from __future__ import annotations

from pathlib import Path

from conftest import Target, run_suite


def test_a_clause_file_that_does_not_import_is_no_pass(target: Target, tmp_path: Path) -> None:
    broken = tmp_path / "test_broken_clause.py"
    broken.write_text("import a_module_nobody_installed\n")
    result = run_suite(target.env(), "run", str(broken), cwd=tmp_path)
    assert result.returncode == 2, result.stdout[-2000:] + result.stderr[-2000:]
    assert "pytest stopped (interrupted) before running the clauses" in result.stderr
    assert "a_module_nobody_installed" in result.stdout
    assert target.prefixed() == [], "the run left hooks behind"


def test_a_pytest_argument_pytest_refuses_is_no_pass(target: Target, tmp_path: Path) -> None:
    result = run_suite(target.env(), "run", "-k", "listing and (", cwd=tmp_path)
    assert result.returncode == 2, result.stdout[-2000:] + result.stderr[-2000:]
    assert "pytest stopped (usage error) before running the clauses" in result.stderr
