"""``edugraph render``: the offline interactive HTML view (see :mod:`edugraph.viz.render`)."""
from __future__ import annotations

import time
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
              help="How many nodes the page draws at first (default 200: provinces, programmes and the most "
                   "connected actors); every node stays searchable and is drawn on demand.")
@click.option("--title", default=None, help="The page's title (default: a Thai title for the whole network).")
@store_option
def render_command(out: Path, around_key: str | None, depth: int, province: str | None, programme: str | None,
                   since_date: str | None, max_nodes: int | None, title: str | None, store: str | None) -> None:
    """Write the interactive graph view: one HTML file, in Thai, that opens offline.

    The page opens on an overview; search reaches every node, and a click
    draws a node's neighbours and shows its relations with the releases
    (title, date, link to the original) and sentences behind each.  A
    timeline, a province view, filters, CSV export and links that reopen the
    same view.  The options narrow the page to a part of the graph; given
    together, the page shows what all of them keep.  Progress goes to stderr.

    \b
    Examples:
      edugraph render --out edugraph.html
      edugraph render --out satun.html --province สตูล --since 2023-01-01
      edugraph render --out eef.html --around กสศ. --depth 1
      edugraph render --out top.html --max-nodes 400
    """
    # Imported here: the renderer pulls in numpy and scipy, which every other
    # command would otherwise pay for at start-up.
    from edugraph.graph.nxgraph import read_graph
    from edugraph.viz.render import render_view

    started = time.monotonic()

    def progress(message: str) -> None:
        click.echo(f"render: {time.monotonic() - started:5.1f} s  {message}", err=True)

    with open_store_from_cli(store) as graph_store:
        progress("reading the graph from the store")
        graph = read_graph(graph_store, include_documents=True, mention_details=False)
    result = render_view(graph, out, around_key=around_key, depth=depth, province=province, programme=programme,
                         since_date=since_date, max_nodes=max_nodes, title=title, progress=progress)
    click.echo(f"wrote {result.path}: {result.nodes} nodes, {result.edges} relations "
               f"({result.drawn_nodes} drawn at first, the rest searchable), "
               f"{result.size_bytes / 1_000_000:.1f} MB in {time.monotonic() - started:.1f} s")
