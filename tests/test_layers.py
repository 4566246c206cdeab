"""Layers point down: every import of the package code, read with ast, goes an allowed way.

From the top: the application (``edugraph/``: CLI, runs, pipeline, retry, logs,
settings) uses everything; ``viz/`` uses ``graph/``; ``loaders/`` uses only the
graph *model* (keys, schema, the record contract, constants); ``graph/`` uses
``queries/`` (Cypher by name) and its model; ``queries/`` uses only the graph
model; everything may use the base (``edugraph.errors``, ``constants`` — the version too —,
``datafile``).  The package ``edugraph`` itself is the application: its top
re-exports the Python API (``edugraph.api``).  See
docs/ARCHITECTURE.md, "Layers".
"""
from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = {"edugraph": "edugraph", "graph": "edugraph.graph", "loaders": "edugraph.loaders",
           "queries": "edugraph.queries", "viz": "edugraph.viz"}
BASE = {"edugraph.errors", "edugraph.constants", "edugraph.datafile"}
MODEL = {"edugraph.graph.keys", "edugraph.graph.schema", "edugraph.graph.record"}

#: layer -> the layers it may import (besides itself).
ALLOWED = {
    "app": {"viz", "loaders", "graph", "queries", "model", "base"},
    "viz": {"graph", "queries", "model", "base"},
    "loaders": {"model", "base"},
    "graph": {"queries", "model", "base"},
    "queries": {"model", "base"},
    "model": {"base"},
    "base": set(),
}


def layer_of(module: str) -> str:
    if module in BASE:
        return "base"
    if module in MODEL:
        return "model"
    for name in ("graph", "loaders", "queries", "viz"):
        if module == f"edugraph.{name}" or module.startswith(f"edugraph.{name}."):
            return name
    return "app"


def package_modules() -> dict[str, Path]:
    modules = {}
    for folder, package in FOLDERS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = path.relative_to(ROOT / folder).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join((package, *parts))] = path
    return modules


def imports_of(path: Path, known: set[str]) -> set[str]:
    """The package modules ``path`` imports (at the top, in functions, anywhere).

    ``from package import module`` counts as importing the module, not the package.
    """
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in known else node.module)
    return found & known


MODULES = package_modules()
EDGES = sorted((module, imported) for module, path in MODULES.items()
               for imported in imports_of(path, set(MODULES)) if imported != module)


def test_the_package_modules_are_found():
    assert {"edugraph.cli", "edugraph.runs", "edugraph.graph.importer", "edugraph.queries.catalog",
            "edugraph.loaders.extract", "edugraph.viz.render"} <= set(MODULES)
    assert len(EDGES) > 50


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_imports_only_point_down(layer):
    wrong = [f"{module} imports {imported}" for module, imported in EDGES
             if layer_of(module) == layer and layer_of(imported) != layer
             and layer_of(imported) not in ALLOWED[layer]]
    assert not wrong, "\n".join(wrong)


def test_no_cycles_between_layers_or_modules():
    layers = nx.DiGraph((layer_of(a), layer_of(b)) for a, b in EDGES if layer_of(a) != layer_of(b))
    assert nx.is_directed_acyclic_graph(layers), list(nx.simple_cycles(layers))
    modules = nx.DiGraph(EDGES)
    cycles = [cycle for cycle in nx.simple_cycles(modules)
              # a package's __init__ re-exporting its own modules is not a loop between parts
              if not any(m in FOLDERS.values() or m == "edugraph.cli" for m in cycle)]
    assert not cycles, cycles


def test_every_import_is_absolute_so_the_check_reads_it():
    relative = [f"{module}: from {'.' * node.level}{node.module or ''} import ..."
                for module, path in MODULES.items()
                for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                if isinstance(node, ast.ImportFrom) and node.level]
    assert not relative, "\n".join(relative)


def test_the_layer_rules_can_fail():
    assert layer_of("edugraph.graph.pipeline") == "graph" and "loaders" not in ALLOWED["graph"]
    assert layer_of("edugraph.graph.nxgraph") == "graph" and "graph" not in ALLOWED["queries"]
