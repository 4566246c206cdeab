"""Docstring examples are documentation that must keep running (the networkx way)."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest


# The sub-packages live in their own top-level folders (graph/, loaders/ ...),
# so each is walked from its own path rather than from edugraph's.
PACKAGES = ["edugraph", "edugraph.graph", "edugraph.loaders", "edugraph.queries", "edugraph.viz"]


def _modules() -> list[str]:
    names = set()
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        names.add(package_name)
        for info in pkgutil.walk_packages(package.__path__, prefix=package_name + "."):
            if not info.name.startswith("edugraph.cli"):
                names.add(info.name)
    return sorted(names)


@pytest.mark.parametrize("module_name", _modules())
def test_docstring_examples_run(module_name: str) -> None:
    module = importlib.import_module(module_name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {module_name}"
