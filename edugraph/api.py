"""edugraph from Python: what the CLI does, as a small API (``import edugraph``).

The package top re-exports these names lazily (``edugraph.open``,
``edugraph.extract`` ...), so ``import edugraph`` stays as light as the CLI
needs.  The CLI's read commands (``query``, ``cypher``, ``stats``,
``explain``, ``analyze``, ``export``) call the same :class:`Graph` methods, so
the two cannot drift.

What comes back is plain Python: rows are ``list[dict]`` whose values are
``str``, ``int``, ``float``, ``bool``, ``None``, lists and dicts (what JSON
holds; dates are ISO text); :meth:`Graph.stats` and :meth:`Graph.explain`
return dicts; :meth:`Graph.networkx` a :class:`networkx.MultiDiGraph`.
What goes wrong raises a subclass of :class:`edugraph.errors.EdugraphError`
(the CLI's one-line messages are these errors' text):
:class:`~edugraph.errors.UnknownQueryError` and
:class:`~edugraph.errors.ParameterError` (both :class:`~edugraph.errors.QueryError`),
:class:`~edugraph.errors.WriteRefusedError` for a statement that writes,
:class:`~edugraph.errors.StoreUnavailableError` and
:class:`~edugraph.errors.AuthenticationError` (both :class:`~edugraph.errors.StoreError`),
:class:`~edugraph.errors.EmptyStoreError` for a data directory with no store in it,
:class:`~edugraph.errors.MissingDependencyError` when pandas is wanted but absent.

A session (the releases are imported with ``edugraph import``; here one
release goes in through the importer the command uses):

>>> import tempfile
>>> import edugraph
>>> from edugraph.graph.importer import import_records
>>> from edugraph.graph.store import open_store
>>> record = edugraph.extract(
...     "นายสมชาย ใจดี ผู้ว่าราชการจังหวัดลำปาง เป็นประธานเปิดการประชุมเชิงปฏิบัติการ "
...     "เมื่อวันที่ 3 ก.ค. 2566 ณ โรงเรียนบุญวาทย์วิทยาลัย จังหวัดลำปาง", doc="lampang.txt")
>>> home = tempfile.mkdtemp()
>>> with open_store("embedded", home=home) as store:    # what edugraph import writes to
...     _ = import_records(store, [record])
>>> with edugraph.open(home) as graph:
...     print(graph.stats()["nodes"]["Person"])
...     print([(row["chair"], row["date"]) for row in graph.query("chairs_in_province", province="ลำปาง")])
...     print([row["name"] for row in graph.search("ใจดี")])
...     print(graph.explain("สมชาย ใจดี")["documents"][0]["source"])
...     print(graph.networkx().number_of_nodes() > 3)
1
[('สมชาย ใจดี', '2023-07-03')]
['สมชาย ใจดี']
lampang.txt
True
>>> import shutil; shutil.rmtree(home)
"""
from __future__ import annotations

import os
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edugraph.errors import ExportError, MissingDependencyError, StoreUnavailableError
from edugraph.graph.canned import run_query, unmatched_name_hints
from edugraph.graph.nxgraph import read_graph
from edugraph.graph.readside import explain, graph_stats
from edugraph.graph.store import GraphStore, names_a_store, open_store_for_reading
from edugraph.queries import get_query, list_queries, run_cypher
from edugraph.queries.browser import SCRIPT_FOLDER, browser_script, saved_scripts
from edugraph.queries.output import columns_of
from edugraph.settings import data_home, neo4j_settings, store_target

if TYPE_CHECKING:  # only for the annotations: neither is imported at run time here
    import networkx
    import pandas

__all__ = ["Graph", "open_graph", "extract", "to_dataframe", "canned_queries", "show_cypher",
           "export_favorites"]

Rows = list[dict[str, Any]]


class Graph:
    """An open edugraph store (embedded FalkorDB or Neo4j), read-only; a context manager.

    Get one from :func:`open_graph` (``edugraph.open``); ``with`` closes it
    (and stops the embedded server when it was its last user).  ``store`` is
    the underlying :class:`~edugraph.graph.store.GraphStore`.
    """

    def __init__(self, store: GraphStore):
        self.store = store

    @property
    def description(self) -> str:
        """Which store this is, as messages name it (never with a password)."""
        return self.store.description

    def __repr__(self) -> str:
        return f"<edugraph.Graph {self.description}>"

    def __enter__(self) -> "Graph":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """Close the store (idempotent)."""
        self.store.close()

    def query(self, name: str, /, params: Mapping[str, Any] | None = None, *, frame: bool = False,
              **more: Any) -> Rows | "pandas.DataFrame":
        """The rows of canned query ``name`` (``edugraph query NAME``), as plain dicts.

        Parameters come as keywords or as a dict (``params``); values may be
        Python values or the strings the CLI takes, converted to the types the
        query declares (``canned_queries()`` lists them).  ``frame=True``
        returns a pandas DataFrame instead (:func:`to_dataframe`).
        Raises :class:`~edugraph.errors.UnknownQueryError` for an unknown name
        and :class:`~edugraph.errors.ParameterError` for a missing, unknown or
        ill-typed parameter.
        """
        rows = run_query(self.store, name, {**(params or {}), **more})
        return to_dataframe(rows) if frame else rows

    def name_hints(self, name: str, /, params: Mapping[str, Any] | None = None, **more: Any) -> list[str]:
        """Why canned query ``name`` may have found nothing: one line per name or province
        parameter whose value names nothing in the store, with its nearest names
        (what ``edugraph query`` prints as hints after an empty answer)."""
        return unmatched_name_hints(self.store, name, {**(params or {}), **more})

    def cypher(self, text: str, /, params: Mapping[str, Any] | None = None, *, frame: bool = False,
               **more: Any) -> Rows | "pandas.DataFrame":
        """The rows of an ad hoc read-only Cypher statement (``edugraph cypher``).

        ``$name`` parameters come as keywords or as a dict.  A statement that
        writes is refused with :class:`~edugraph.errors.WriteRefusedError`,
        before it reaches the store and by the store's read-only mode.
        """
        rows = run_cypher(self.store, text, {**(params or {}), **more})
        return to_dataframe(rows) if frame else rows

    def stats(self) -> dict[str, Any]:
        """Counts (``edugraph stats --json``): ``{"documents": n, "nodes": {label: n},
        "relationships": {type: n}}``, every type of the schema listed."""
        return graph_stats(self.store)

    def explain(self, key_or_name: str) -> dict[str, Any]:
        """Which names and documents made a node (``edugraph explain``).

        ``key_or_name`` is a key (``Agency:…``, a document's source id) or a
        name or alias.  An entity gives ``key``, ``label``, ``name``,
        ``aliases``, ``properties``, ``documents`` (``source``, ``published``,
        ``names`` ...) and ``facts``; a document gives ``properties`` and the
        ``entities`` it mentions.
        """
        return explain(self.store, key_or_name)

    def networkx(self, *, documents: bool = False) -> "networkx.MultiDiGraph":
        """The graph as analytics, exports and the HTML view read it
        (:func:`edugraph.graph.nxgraph.read_graph`): node id = key, attributes
        ``label``, ``name``, ``aliases`` ...; one edge per fact, its key the
        relation type, with ``sources`` and ``evidence``.  ``documents=True``
        adds the Document nodes and their MENTIONS edges."""
        return read_graph(self.store, include_documents=documents)

    def search(self, text: str, *, label: str | None = None, limit: int = 20,
               frame: bool = False) -> Rows | "pandas.DataFrame":
        """Actors whose name or alias contains ``text`` (Thai, partial; spaces and Thai
        digits do not matter): the ``search_names`` query, exact names first."""
        return self.query("search_names", text=text, label=label, limit=limit, frame=frame)


def open_graph(target: str | os.PathLike | None = None) -> Graph:
    """Open a store for reading: ``edugraph.open``.

    - a data directory (a path, ``str`` or :class:`os.PathLike`): the
      embedded store in it (``edugraph import`` writes ``./edugraph-data`` by
      default); it must exist;
    - a Neo4j URI (``bolt://``, ``neo4j://``, ``neo4j+s://`` ...): Neo4j, with
      the user, password and database from ``NEO4J_USER``,
      ``NEO4J_PASSWORD``, ``NEO4J_DATABASE`` (as the CLI; never logged);
    - ``"embedded"``: the embedded store of ``$EDUGRAPH_HOME`` (else ``./edugraph-data``);
    - nothing: the store the CLI uses without ``--store`` (``$EDUGRAPH_STORE``,
      then ``$NEO4J_URI``, then embedded).

    Opening never creates a store: a data directory that holds none raises
    :class:`~edugraph.errors.EmptyStoreError` ("run edugraph import first").
    A store that holds no document yet opens, and answers with no rows.

    >>> open_graph("/nonexistent/edugraph-data")
    Traceback (most recent call last):
    ...
    edugraph.errors.StoreUnavailableError: no data directory /nonexistent/edugraph-data: give the folder edugraph import wrote (default ./edugraph-data) or a Neo4j URI
    """
    if target is not None and (isinstance(target, os.PathLike) or not names_a_store(target)):
        home = Path(target).expanduser()
        if not home.is_dir():
            raise StoreUnavailableError(
                f"no data directory {home}: give the folder edugraph import wrote "
                "(default ./edugraph-data) or a Neo4j URI")
        return Graph(open_store_for_reading("embedded", home=home.resolve(), require_documents=False))
    return Graph(open_store_for_reading(store_target(target), home=data_home(), settings=neo4j_settings(),
                                        require_documents=False))


def extract(text: str, *, doc: str = "release", title: str | None = None,
            published: str | None = None) -> dict[str, Any]:
    """One release's text as its contract record, without a store (``edugraph extract``).

    The record has ``doc``, ``published``, ``entities`` (``id``, ``type``,
    ``name``, ``aliases`` ...) and ``relations`` (``type``, ``head``,
    ``tail``, ``evidence``): the JSON of the extraction contract.  ``title``
    is the headline when it comes apart from the text; ``published`` the
    publication date (ISO or Thai, Buddhist Era read).

    >>> record = extract("สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา (กสศ.) ลงนามบันทึกข้อตกลงความร่วมมือ"
    ...                  "กับองค์การบริหารส่วนจังหวัดสุโขทัย เมื่อวันที่ 19 เมษายน 2565", doc="mou.txt")
    >>> sorted(e["name"] for e in record["entities"] if e["type"] == "Agency")
    ['สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา', 'องค์การบริหารส่วนจังหวัดสุโขทัย']
    >>> sorted({r["type"] for r in record["relations"]})
    ['LOCATED_IN', 'SIGNED']
    """
    from edugraph.loaders.extract import extract as extract_record   # the extractor loads its data on first use

    return extract_record(text, doc=doc, title=title, published=published)


def to_dataframe(rows: Sequence[Mapping[str, Any]]) -> "pandas.DataFrame":
    """Rows as a pandas DataFrame: one column per key, in order of first appearance;
    Thai text as is; lists stay lists.  Needs the optional extra:
    ``pip install 'edugraph[pandas]'``."""
    try:
        import pandas
    except ImportError as err:
        raise MissingDependencyError(
            "to_dataframe and frame=True need pandas: pip install 'edugraph[pandas]'") from err
    rows = [dict(row) for row in rows]
    return pandas.DataFrame.from_records(rows, columns=columns_of(rows))


def canned_queries() -> Rows:
    """The canned queries (``edugraph query --list``): ``name``, ``description``,
    ``params`` (signatures such as ``"province: province (required)"``), ``example``.

    >>> next(q for q in canned_queries() if q["name"] == "search_names")["params"][0]
    'text: name (required)'
    """
    return [query.summary() for query in list_queries()]


def show_cypher(name: str, /, params: Mapping[str, Any] | None = None, **more: Any) -> str:
    """Canned query ``name`` as it runs on Neo4j, after the ``:param`` lines of its
    values, ready to paste into Neo4j Browser (``edugraph query NAME --show-cypher``).

    >>> print(show_cypher("search_names", text="กสศ.", label="agency"))
    :param text => 'กสศ.';
    :param label => 'Agency';
    :param limit => 20;
    CALL {
    ...
    """
    query = get_query(name)
    return browser_script(query, query.bind({**(params or {}), **more}))


def export_favorites(path: str | os.PathLike) -> list[Path]:
    """Write every canned query as a Neo4j Browser saved script (favorite).

    ``path`` ending in ``.zip``: one zip of ``edugraph/<name>.cypher`` files,
    the layout of the Browser's own "export saved scripts", which it imports
    again when the file is dropped on it.  Otherwise ``path`` is a folder
    (created if needed) that gets one ``<name>.cypher`` per query.  Each file
    is the query's header as comments (the first line names it) and the
    statement.  Returns the files written.
    """
    path = Path(path)
    scripts = saved_scripts()
    try:
        if path.suffix.lower() == ".zip":
            path.parent.mkdir(parents=True, exist_ok=True)
            with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for file_name, text in scripts.items():
                    archive.writestr(f"{SCRIPT_FOLDER}/{file_name}", text.encode("utf-8"))
            return [path]
        path.mkdir(parents=True, exist_ok=True)
        written = []
        for file_name, text in scripts.items():
            (path / file_name).write_text(text, encoding="utf-8")
            written.append(path / file_name)
        return written
    except OSError as err:
        raise ExportError(f"cannot write the saved scripts to {path}: {err.strerror or err}") from err
