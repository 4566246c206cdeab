"""edugraph: Thai education-reform press releases into a knowledge graph of their actors.

The Python API (documented in :mod:`edugraph.api` and the README's "From
Python"): ``edugraph.open(...)`` gives a :class:`~edugraph.api.Graph` with
``query``, ``cypher``, ``stats``, ``explain``, ``search`` and ``networkx``;
``edugraph.extract(text)`` gives one release's contract record;
``edugraph.to_dataframe(rows)`` a pandas DataFrame (optional extra).
Errors all derive from :class:`edugraph.errors.EdugraphError`.

The names are loaded on first use, so that ``import edugraph`` (and the
CLI's start-up) does not load the stores, networkx or the extractor.

>>> import edugraph
>>> edugraph.open.__name__, "search_names" in [q["name"] for q in edugraph.canned_queries()]
('open_graph', True)
>>> issubclass(edugraph.ParameterError, edugraph.EdugraphError)
True
"""
from __future__ import annotations

from edugraph.constants import VERSION as __version__

#: Public name -> (module, attribute), imported when first asked for.
_LAZY = {
    "open": ("edugraph.api", "open_graph"),
    "Graph": ("edugraph.api", "Graph"),
    "extract": ("edugraph.api", "extract"),
    "to_dataframe": ("edugraph.api", "to_dataframe"),
    "canned_queries": ("edugraph.api", "canned_queries"),
    "show_cypher": ("edugraph.api", "show_cypher"),
    "export_favorites": ("edugraph.api", "export_favorites"),
    **{name: ("edugraph.errors", name) for name in (
        "EdugraphError", "QueryError", "UnknownQueryError", "ParameterError", "WriteRefusedError",
        "StoreError", "StoreUnavailableError", "AuthenticationError", "EmptyStoreError",
        "MissingDependencyError")},
}

# Not "open": `from edugraph import *` must not shadow the built-in open().
__all__ = ["__version__", *(name for name in _LAZY if name != "open")]


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'edugraph' has no attribute {name!r}")
    module_name, attribute = _LAZY[name]
    if module_name == "edugraph.api":
        from edugraph import api as module
    else:
        from edugraph import errors as module
    value = getattr(module, attribute)
    globals()[name] = value     # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
