"""The core's shape, held: no import cycle among the domain, services and
storage; no function there over 80 lines; no module importing another's
private name."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
PACKAGE = ROOT / "desktop"
CORE = ("desktop.domain", "desktop.services", "desktop.storage")


def modules() -> dict[str, ast.Module]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        out[name.removesuffix(".__init__")] = ast.parse(path.read_text(encoding="utf-8"))
    return out


def imports(tree: ast.Module) -> set[str]:
    """What a module imports from the package, at run time (not under
    TYPE_CHECKING); `from package import submodule` counts as the submodule."""
    typing_only = {id(sub) for node in ast.walk(tree) if isinstance(node, ast.If)
                   and getattr(node.test, "id", "") == "TYPE_CHECKING" for sub in ast.walk(node)}
    out: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("desktop"):
            subs = [f"{node.module}.{a.name}" for a in node.names
                    if (ROOT / f"{node.module}.{a.name}".replace(".", "/")).with_suffix(".py").exists()]
            out.update(subs or [node.module])
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("desktop"))
    return out


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    sys.setrecursionlimit(10_000)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in graph:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in list(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycle_in_the_core():
    graph = {name: imports(tree) for name, tree in modules().items()}
    assert [c for c in cycles(graph) if any(m.startswith(CORE) for m in c)] == []


def test_the_cycle_finder_finds_one():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_function_over_80_lines_in_the_core():
    long = [f"{name}.{node.name} ({node.end_lineno - node.lineno + 1} lines)"
            for name, tree in modules().items() if name.startswith(CORE) and ".migrations." not in name
            for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.end_lineno - node.lineno + 1 > 80]
    assert long == []


def test_no_module_imports_another_modules_private_name():
    found = [f"{name} imports {node.module}.{a.name}" for name, tree in modules().items()
             for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desktop")
             for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
    assert found == []
