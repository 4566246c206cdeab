"""What the command modules share: the ``--store`` option and opening the store it names.

The environment is read here, through :mod:`edugraph.settings`, and the
values are handed to the library.
"""
from __future__ import annotations

import json
from typing import Callable

import click

from edugraph.api import Graph
from edugraph.graph.store import GraphStore, describe_target, open_store, open_store_for_reading
from edugraph.settings import data_home, neo4j_settings, query_limits, store_target

_STORE_HELP = ("Store to use: 'embedded' (FalkorDB in $EDUGRAPH_HOME, default ./edugraph-data) or a "
               "Neo4j URI (bolt://, neo4j://, neo4j+s://...; user, password and database from "
               "NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE). Default: $EDUGRAPH_STORE, then "
               "$NEO4J_URI, then embedded.")


def store_option(command: Callable) -> Callable:
    """The ``--store TARGET`` option, passed to the command as ``store``."""
    return click.option("--store", "store", metavar="TARGET", default=None, help=_STORE_HELP)(command)


def open_store_from_cli(target: str | None, *, require_documents: bool = True) -> GraphStore:
    """Open the store a read command names: ``--store`` > $EDUGRAPH_STORE > $NEO4J_URI > embedded.

    A missing store, or (``require_documents``) an empty one, is an
    EmptyStoreError (a warning, exit 3), never an empty answer.
    """
    return open_store_for_reading(store_target(target), home=data_home(), settings=neo4j_settings(),
                                  limits=query_limits(), require_documents=require_documents)


def open_graph_from_cli(target: str | None, *, require_documents: bool = True) -> Graph:
    """The store a read command names (as :func:`open_store_from_cli`), as the Python API's
    :class:`~edugraph.api.Graph`: the read commands call its methods, the functions a notebook calls."""
    return Graph(open_store_from_cli(target, require_documents=require_documents))


def store_opener(target: str | None) -> tuple[Callable[[], GraphStore], str]:
    """A function that opens the store a command names (again, to reconnect), and its description."""
    chosen, home = store_target(target), data_home()
    settings, limits = neo4j_settings(), query_limits()
    return (lambda: open_store(chosen, home=home, settings=settings, limits=limits),
            describe_target(chosen, home, settings))


def json_text(data) -> str:
    """``data`` as the commands print JSON: Thai as is, indented, keys sorted."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)


class EntityTypeChoice(click.Choice):
    """``click.Choice`` of the schema's entity types, read when first needed, not at import."""

    def __init__(self) -> None:
        self.case_sensitive = True

    @property
    def choices(self) -> tuple[str, ...]:  # type: ignore[override]
        from edugraph.graph.schema import load_schema

        return tuple(sorted(load_schema().entity_types))

    @choices.setter
    def choices(self, value) -> None:  # click may assign it; the schema decides
        pass
