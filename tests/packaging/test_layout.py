"""The layout the docs describe is the layout of the tree: one import package, rooms that depend one way, no
import circle, a clause folder that shows the clauses, and ARCHITECTURE.md / the README's Layout naming what is
there."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from imports import PACKAGE, ROOT, SOURCES, circles, graph, modules, room

# What each room may import from the others (ARCHITECTURE.md, "What flows between the rooms").
ALLOWED = {
    "php": set(),
    "files": set(),
    "sandbox": {"php"},
    "runner": {"php", "files", "sandbox"},
    "contract_tests": {"runner", "files", "php"},
    "recording": {"runner", "sandbox", "files", "php"},
    "cli": {"runner"},
    "__main__": {"cli"},
}


def violations(edges: dict[str, set[str]]) -> list[str]:
    return sorted(
        f"{a} -> {b}"
        for a, targets in edges.items()
        for b in targets
        if room(a) != room(b) and room(b) not in ALLOWED.get(room(a), set())
    )


def test_no_import_circle() -> None:
    assert circles(graph(modules())) == []


def test_the_circle_check_finds_a_circle_through_a_lazy_import(tmp_path: Path) -> None:
    """Positive control: the check is not blind to the kind of circle the CLI and the runner once had."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "cli.py").write_text("from pkg.command import run\n")
    (package / "command.py").write_text("def main():\n    from pkg import cli\n    return cli\n")
    (package / "other.py").write_text("from . import command\n")
    assert circles(graph(modules({package: "pkg"}))) == [["pkg.cli", "pkg.command"]]


def test_rooms_depend_only_on_the_rooms_below_them() -> None:
    edges = graph(modules())
    assert set(map(room, edges)) - {"(package)"} <= set(ALLOWED), "a room ALLOWED does not know"
    assert violations(edges) == []
    control = {f"{PACKAGE}.sandbox.app": {f"{PACKAGE}.runner.api"}, f"{PACKAGE}.runner.api": set()}
    assert violations(control) == [f"{PACKAGE}.sandbox.app -> {PACKAGE}.runner.api"]


def test_pyproject_lists_every_package_folder() -> None:
    """pyproject.toml names the packages one by one (the clause folder is mapped into the namespace, which
    automatic discovery cannot do): a new package folder missing from the list would be left out of the wheel."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    folders = {name for name, path in modules().items() if path.name == "__init__.py"}
    assert listed == folders
    assert config["package-dir"] == {f"{PACKAGE}.contract_tests": "contract_tests"}
    assert {name.split(".")[0] for name in listed} == {PACKAGE}


def test_the_clause_folder_shows_the_clauses() -> None:
    """contract_tests/ holds the clauses and what states them, nothing of the machinery that runs them."""
    folder = ROOT / "contract_tests"
    names = sorted(p.name for p in folder.iterdir() if p.name != "__pycache__")
    support = {"README.md", "__init__.py", "conftest.py", "known_defects.yaml"}
    clauses = [name for name in names if name not in support]
    assert clauses and all(re.fullmatch(r"test_[a-z_]+\.py", name) for name in clauses), names
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for name in clauses:
        row = next((line for line in readme.splitlines() if f"`{name}`" in line), None)
        assert row, f"contract_tests/README.md does not list {name}"
        for clause in re.findall(r'clause\("([^"]+)"', (folder / name).read_text(encoding="utf-8")):
            assert f"`{clause}`" in row, f"contract_tests/README.md does not name clause {clause} of {name}"


def _documented_rooms(text: str) -> set[str]:
    return set(re.findall(r"`mautic_hooks_contract/([a-z_]+)/?`", text))


@pytest.mark.parametrize("document", ["ARCHITECTURE.md", "README.md"])
def test_the_docs_name_every_room_and_only_rooms_that_exist(document: str) -> None:
    text = (ROOT / document).read_text(encoding="utf-8")
    if document == "README.md":
        text = text.split("## Layout", 1)[1].split("\n## ", 1)[0]
    rooms = {p.name for p in (ROOT / PACKAGE).iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert rooms <= _documented_rooms(text), f"{document} misses a room"
    # Every path it names exists: from the root, or inside the package or the receiver kit (`runner/checks.py`).
    for path in re.findall(r"`([\w.-]+/[\w./-]*)`", text):
        bases = (ROOT, ROOT / PACKAGE, ROOT / "receiver" / "mautic_hooks_receiver")
        assert any((base / path).exists() for base in bases), f"{document} names {path}, which does not exist"


def test_tests_mirror_the_rooms() -> None:
    """One tests/ folder per room (and per distribution beside it), so a room's tests are where its name says."""
    expected = {
        "runner",
        "sandbox",
        "recording",
        "php",
        "document",
        "client",
        "receiver",
        "packaging",
        "recordings",
    }
    assert {p.name for p in (ROOT / "tests").iterdir() if p.is_dir() and p.name != "__pycache__"} == expected
    assert set(SOURCES.values()) == {PACKAGE, f"{PACKAGE}.contract_tests"}
