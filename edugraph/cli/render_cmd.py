"""``edugraph render``: the offline interactive HTML view (see :mod:`edugraph.viz.render`)."""
from __future__ import annotations

from pathlib import Path

import click

from edugraph.cli import cli
from edugraph.cli.common import open_store_from_cli, store_option


@cli.command("render")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="The HTML file to write (one self-contained file that opens offline).")
@click.option("--around", "around_key", metavar="KEY",
              help="Only this node (a key, or a name or alias) and what is within --depth relations of it.")
@click.option("--depth", type=click.IntRange(0, 10), default=2, show_default=True,
              help="How many relations away from --around to go.")
@click.option("--province", metavar="NAME", help="Only what is placed in this province (with or without จังหวัด) and what it is related to.")
@click.option("--programme", metavar="NAME", help="Only this programme (key, name or a unique part of it), what is related to it and who took part in its events.")
@click.option("--since", "since_date", metavar="DATE", help="Leave out events that ended before DATE (ISO, Common Era) and what was linked only to them.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=None,
              help="Draw only the N most connected nodes; the page says how many were left out.")
@click.option("--title", default=None, help="The page's title (default: a Thai title for the whole network).")
@store_option
def render_command(out: Path, around_key: str | None, depth: int, province: str | None, programme: str | None,
                   since_date: str | None, max_nodes: int | None, title: str | None, store: str | None) -> None:
    """Write the interactive graph view: one HTML file, in Thai, that opens offline.

    Search names and aliases, filter by type, relation, province and date,
    and click a node for its relations and the releases and sentences behind
    each.  The options narrow the page to a part of the graph; given
    together, the page shows what all of them keep.

    \b
    Examples:
      edugraph render --out edugraph.html
      edugraph render --out satun.html --province สตูล --since 2023-01-01
      edugraph render --out eef.html --around กสศ. --depth 1
      edugraph render --out top.html --max-nodes 2000
    """
    # Imported here: the renderer pulls in numpy and scipy, which every other
    # command would otherwise pay for at start-up.
    from edugraph.graph.nxgraph import read_graph
    from edugraph.viz.render import render_view

    with open_store_from_cli(store) as graph_store:
        graph = read_graph(graph_store, include_documents=True)
    result = render_view(graph, out, around_key=around_key, depth=depth, province=province, programme=programme,
                         since_date=since_date, max_nodes=max_nodes, title=title)
    line = (f"wrote {result.path}: {result.nodes} nodes, {result.edges} relations, "
            f"{result.size_bytes / 1_000_000:.1f} MB")
    if result.omitted_nodes:
        line += f" ({result.omitted_nodes} nodes and {result.omitted_edges} relations left out by --max-nodes)"
    click.echo(line)
