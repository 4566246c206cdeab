"""``edugraph import``, ``stats`` and ``explain``, and the shared ``--store`` option.

Other command modules reuse :func:`store_option` and :func:`open_store_from_cli`.
"""
from __future__ import annotations

import json
from typing import Callable

import click

from edugraph.cli import cli
from edugraph.graph.importer import DEFAULT_BATCH_SIZE, explain, graph_stats
from edugraph.graph.pipeline import DEFAULT_MAX_BYTES, run_import
from edugraph.graph.store import GraphStore, open_store, resolve_target

_STORE_HELP = ("Store to use: 'embedded' (FalkorDB in $EDUGRAPH_HOME, default ./edugraph-data) or a "
               "Neo4j URI (bolt://, neo4j://, neo4j+s://...; user, password and database from "
               "NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE). Default: $EDUGRAPH_STORE, then "
               "$NEO4J_URI, then embedded.")


def store_option(command: Callable) -> Callable:
    """The ``--store TARGET`` option, passed to the command as ``store``."""
    return click.option("--store", "store", metavar="TARGET", default=None, help=_STORE_HELP)(command)


def open_store_from_cli(target: str | None) -> GraphStore:
    """Open the store a command names: ``--store`` > $EDUGRAPH_STORE > $NEO4J_URI > embedded."""
    return open_store(resolve_target(target))


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)


@cli.command("import")
@click.argument("sources", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=True, dir_okay=True, path_type=str))
@store_option
@click.option("--prune", is_flag=True,
              help="Withdraw stored documents under these SOURCES whose file or record is gone.")
@click.option("--wait", is_flag=True,
              help="When another import is writing to the store, wait for it instead of stopping.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Largest document read: a file, or one line of a .jsonl file.")
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH_SIZE, show_default=True,
              help="Documents written per unit (one transaction on Neo4j).")
@click.pass_context
def import_command(ctx: click.Context, sources: tuple[str, ...], store: str | None, prune: bool,
                   wait: bool, max_bytes: int, batch_size: int) -> None:
    """Import press releases into the graph store, incrementally.

    SOURCES are files or folders (.txt, .html, .json, .jsonl).  Documents
    whose content did not change since the last import are skipped without
    re-extraction; changed ones replace their previous version.  Inputs that
    cannot be used are listed with the reason.  Exit code 0 when everything
    was imported, 1 when some documents were quarantined, 2 on an error.

    \b
    Example:
      edugraph import examples/ releases.jsonl
      edugraph import --prune --wait news/
    """
    with open_store_from_cli(store) as graph_store:
        result = run_import(sources, graph_store, prune=prune, max_bytes=max_bytes, wait=wait,
                            batch_size=batch_size)
    click.echo(
        f"imported into {result.store}: {result.documents_new} new, {result.documents_changed} changed, "
        f"{result.documents_unchanged} unchanged, {result.documents_removed} removed, "
        f"{result.documents_quarantined} quarantined ({result.duration_seconds:.1f} s)")
    click.echo(
        f"nodes: {result.nodes_created} created, {result.nodes_updated} updated, "
        f"{result.nodes_removed} removed; relationships: {result.relationships_created} created, "
        f"{result.relationships_updated} updated, {result.relationships_removed} removed")
    if result.quarantined:
        for item in result.quarantined:
            click.echo(f"quarantined: {item['source']}: {item['reason']}", err=True)
        ctx.exit(1)


@cli.command("stats")
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON (stable key order).")
def stats_command(store: str | None, as_json: bool) -> None:
    """Count the documents, nodes per type and relationships per type in the store.

    \b
    Example:
      edugraph stats --json
    """
    with open_store_from_cli(store) as graph_store:
        stats = graph_stats(graph_store)
    if as_json:
        click.echo(_json(stats))
        return
    click.echo(f"documents: {stats['documents']}")
    click.echo("nodes:")
    for label, count in stats["nodes"].items():
        click.echo(f"  {label:<16} {count:>8}")
    click.echo("relationships:")
    for rel_type, count in stats["relationships"].items():
        click.echo(f"  {rel_type:<16} {count:>8}")


@cli.command("explain")
@click.argument("key_or_name")
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the explanation as JSON.")
def explain_command(key_or_name: str, store: str | None, as_json: bool) -> None:
    """Show which names and documents made a node (a key, or a name or alias).

    \b
    Example:
      edugraph explain "Agency:สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา"
      edugraph explain กสศ.
    """
    with open_store_from_cli(store) as graph_store:
        found = explain(graph_store, key_or_name)
    if as_json:
        click.echo(_json(found))
        return
    click.echo(f"{found['label']} {found['key']}")
    click.echo(f"  name: {found['name']}")
    if found["label"] == "Document":
        props = found["properties"]
        for field_name in ("published", "url", "origin", "hash", "imported_at"):
            if props.get(field_name):
                click.echo(f"  {field_name}: {props[field_name]}")
        click.echo(f"  mentions {len(found['entities'])} entities:")
        for entity in found["entities"]:
            click.echo(f"    {entity['key']}  as {' / '.join(entity['names'] or [])}")
        return
    if found["aliases"]:
        click.echo(f"  aliases: {' / '.join(found['aliases'])}")
    click.echo(f"  from {len(found['documents'])} document(s):")
    for doc in found["documents"]:
        when = f" ({doc['published']})" if doc.get("published") else ""
        names = " / ".join(doc.get("names") or []) or "(no name)"
        click.echo(f"    {doc['source']}{when}: {names}")
    if found["facts"]:
        click.echo(f"  {len(found['facts'])} fact(s):")
        for fact in found["facts"]:
            arrow = "->" if fact["direction"] == "out" else "<-"
            click.echo(f"    {arrow} {fact['type']} {fact['other']}  [{len(fact['sources'] or [])} source(s)]")
