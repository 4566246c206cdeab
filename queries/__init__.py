"""Canned and ad hoc Cypher queries, read-only.

``queries/*.cypher`` hold the canned queries (one statement each, with a
header: see :mod:`edugraph.queries.catalog`); ``queries/internal/`` holds the
store's own statements (:mod:`edugraph.queries.files`).  This package only
reads, checks and binds Cypher text; running a canned query on a store, with
its networkx fallback where the store lacks a Cypher feature, is
:func:`edugraph.graph.canned.run_query`.

>>> [p.signature() for p in get_query("chairs_in_province").params][:2]
['province: province (required)', 'since: date = null']
"""
from __future__ import annotations

from edugraph.queries.catalog import (
    CannedQuery,
    Param,
    check_read_only,
    get_query,
    list_queries,
    parse_cli_params,
    run_cypher,
)

__all__ = [
    "CannedQuery",
    "Param",
    "check_read_only",
    "get_query",
    "list_queries",
    "parse_cli_params",
    "run_cypher",
]
