"""``edugraph query``, ``cypher``, ``analyze`` and ``export``: read the graph, never write it."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click

from edugraph.cli import cli
from edugraph.api import canned_queries, export_favorites, show_cypher
from edugraph.cli.common import EntityTypeChoice, open_graph_from_cli, store_option
from edugraph.graph.analytics import ANALYSES, run_analysis
from edugraph.graph.export import FORMATS, export_graph
from edugraph.queries import parse_cli_params
from edugraph.queries.catalog import guess_value
from edugraph.queries.output import OUTPUT_FORMATS, format_rows

_FORMAT_HELP = "Output: a table (default), JSON (UTF-8, Thai as is) or CSV."


def _format_option(command):
    return click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table",
                        show_default=True, help=_FORMAT_HELP)(command)


def _echo_rows(rows: list[dict], fmt: str) -> None:
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
    click.echo(format_rows(rows, fmt, width=width).rstrip("\n"))


@cli.command("query")
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter of the query (repeatable); see --list for each query's.")
@click.option("--list", "list_queries_", is_flag=True, help="List the canned queries and their parameters.")
@click.option("--show-cypher", "show_cypher_", is_flag=True,
              help="Print the query's Cypher as it runs on Neo4j, after ':param' lines for its values, "
                   "ready to paste into Neo4j Browser (nothing is run; no store is opened).")
@click.option("--export-favorites", "favorites", metavar="FILE", default=None,
              type=click.Path(dir_okay=True, path_type=Path),
              help="Write every canned query as a Neo4j Browser saved script: FILE.zip (drop it on the "
                   "Browser to import it), or else a folder of one .cypher file per query.")
@_format_option
@store_option
def query_command(name: str | None, params: tuple[str, ...], list_queries_: bool, show_cypher_: bool,
                  favorites: Path | None, fmt: str, store: str | None) -> None:
    """Run a canned query NAME (read-only) and print its rows.

    When nothing is found and a name or province given matches nothing in
    the store, a hint on stderr suggests the store's nearest names.

    \b
    Example:
      edugraph query --list
      edugraph query chairs_in_province --param province=ศรีสะเกษ
      edugraph query signatories -p province=ศรีสะเกษ -p date=2024-07-15 --format csv
      edugraph query chairs_in_province -p province=ศรีสะเกษ --show-cypher
      edugraph query --export-favorites edugraph-queries.zip
    """
    if list_queries_:
        _echo_rows(canned_queries(), fmt)
        return
    if favorites is not None:
        if name:
            raise click.UsageError("--export-favorites writes every canned query: give no NAME")
        written = export_favorites(favorites)
        shown = written[0] if len(written) == 1 else f"{len(written)} files in {favorites}"
        click.echo(f"wrote the canned queries as Neo4j Browser saved scripts: {shown}")
        return
    if not name:
        raise click.UsageError("give a query NAME, or --list to see them")
    given = parse_cli_params(params)
    if show_cypher_:
        click.echo(show_cypher(name, given))
        return
    with open_graph_from_cli(store) as graph:
        rows = graph.query(name, given)
        hints = [] if rows else graph.name_hints(name, given)
    _echo_rows(rows, fmt)
    for hint in hints:
        click.echo(f"edugraph: hint: {hint}", err=True)


@cli.command("cypher")
@click.argument("statement")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter ($NAME in the statement); the value is read as JSON when it is "
                   "JSON (5, true, null, \"text\", [1, 2]), else as text. Repeatable.")
@_format_option
@store_option
def cypher_command(statement: str, params: tuple[str, ...], fmt: str, store: str | None) -> None:
    """Run an ad hoc read-only Cypher STATEMENT ("-" reads it from stdin).

    Statements that write (CREATE, MERGE, SET, DELETE, ...) are refused.

    \b
    Example:
      edugraph cypher "MATCH (p:Province) RETURN p.name AS province ORDER BY province"
      edugraph cypher 'MATCH (a:Agency) WHERE a.name CONTAINS $part RETURN a.name AS name' -p part=กสศ
    """
    if statement == "-":
        statement = sys.stdin.read()
    values = {k: guess_value(v) for k, v in parse_cli_params(params).items()}
    with open_graph_from_cli(store) as graph:
        rows = graph.cypher(statement, values)
    _echo_rows(rows, fmt)


@cli.command("analyze")
@click.argument("what", type=click.Choice(ANALYSES))
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True,
              help="At most N rows (per node type for the centralities).")
@click.option("--type", "label", type=EntityTypeChoice(), default=None,
              help="Only nodes of this type (centralities, brokers, ego; cosigning: the signers' type).")
@click.option("--node", default=None, help="ego: the centre, by key, name or alias.")
@click.option("--radius", type=click.IntRange(min=0), default=1, show_default=True, help="ego: steps from the centre.")
@click.option("--seed", type=int, default=42, show_default=True, help="Seed of Louvain (communities) and of the sampled betweenness of large graphs.")
@_format_option
@store_option
def analyze_command(what: str, top: int, label: str | None, node: str | None, radius: int, seed: int,
                    fmt: str, store: str | None) -> None:
    """Network analysis WHAT on the graph in the store.

    degree, betweenness, eigenvector: centrality ranked per node type;
    communities: Louvain groups; components: connected parts; cosigning:
    pairs that signed the same events; brokers: actors on the paths between
    provinces; ego: the neighbourhood of --node.

    \b
    Example:
      edugraph analyze betweenness --type Agency --top 10
      edugraph analyze brokers --format json
      edugraph analyze ego --node กสศ. --radius 2
    """
    with open_graph_from_cli(store) as graph:
        view = graph.networkx()
    rows = run_analysis(view, what, top=top, label=label, node=node, radius=radius, seed=seed)
    _echo_rows(rows, fmt)


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True,
              help="json: canonical node-link, lists as lists; graphml, gexf: for Gephi (label = "
                   "the name, node_type = the type); csv: <out>-nodes.csv and <out>-edges.csv, UTF-8 "
                   "with a BOM. graphml, gexf, csv join a list's items with ' | '. The folder is created.")
@click.option("--out", required=True, type=click.Path(dir_okay=True, writable=True),
              help="The file to write (csv: the prefix, or a folder).")
@click.option("--documents/--no-documents", default=False, show_default=True,
              help="Also export the Document nodes and their MENTIONS edges.")
@store_option
def export_command(fmt: str, out: str, documents: bool, store: str | None) -> None:
    """Export the graph in the store for other tools (Gephi, pandas, D3 ...).

    \b
    Example:
      edugraph export --format gexf --out graph.gexf
      edugraph export --format csv --out exports/graph
      edugraph export --format json --documents --out graph.json
    """
    with open_graph_from_cli(store) as graph:
        view = graph.networkx(documents=documents)
    written = export_graph(view, fmt, out)
    click.echo(f"exported {view.number_of_nodes()} nodes and {view.number_of_edges()} edges "
               f"to {', '.join(str(p) for p in written)}")
