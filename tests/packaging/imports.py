"""The project's own import graph, read from the source (no module is imported): which module imports which.

Every `import` and `from ... import` counts, at module level or inside a function: a lazy import is still a
dependency, and a circle through one is still a circle (it only fails later, at the call).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "mautic_hooks_contract"
# Folder -> the dotted name its modules have once installed (pyproject.toml [tool.setuptools.package-dir]).
SOURCES = {ROOT / PACKAGE: PACKAGE, ROOT / "contract_tests": f"{PACKAGE}.contract_tests"}


def modules(sources: dict[Path, str] = SOURCES) -> dict[str, Path]:
    """Dotted name -> file, for every module of the given source folders (a package is its __init__.py)."""
    found: dict[str, Path] = {}
    for folder, prefix in sources.items():
        for path in sorted(folder.rglob("*.py")):
            parts = list(path.relative_to(folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join([prefix, *parts])] = path
    return found


def _absolute(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def graph(found: dict[str, Path]) -> dict[str, set[str]]:
    """Module -> the project modules it imports."""
    edges: dict[str, set[str]] = {name: set() for name in found}
    for name, path in found.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            targets: Iterable[str] = ()
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                source = _absolute(name, is_package, node)
                # `from package import module` depends on the module; `from module import name` on the module.
                targets = [
                    f"{source}.{a.name}" if f"{source}.{a.name}" in found else source for a in node.names
                ]
            for target in targets:
                while target and target not in found:
                    target = target.rpartition(".")[0]  # `import a.b.c` of a module-less name: its package
                if target and target != name:
                    edges[name].add(target)
    return edges


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan): each is an import circle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(edges.get(node, ())):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def room(module: str) -> str:
    """The room a module belongs to: the first name below the package (`runner`, `sandbox`, `cli`, ...)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "(package)"
