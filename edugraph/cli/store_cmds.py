"""``edugraph import``, ``stats`` and ``explain``."""
from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Callable, Iterator

import click

from edugraph.cli import cli
from edugraph.cli.common import (json_text, open_graph_from_cli, open_store_from_cli, store_opener,
                                 store_option)
from edugraph.constants import DEFAULT_MAX_BYTES, DOCUMENT_LABEL
from edugraph.graph.importer import DEFAULT_BATCH_SIZE
from edugraph.graph.projections import rebuild_projections
from edugraph.logs import LOG_FORMATS, LOG_LEVELS, configured_logging, printable
from edugraph.runs import RunOptions, execute_run, interruptible, summary_text
from edugraph.settings import data_home

@cli.command("import")
@click.argument("sources", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=True, dir_okay=True, path_type=str))
@store_option
@click.option("--incremental", is_flag=True,
              help="The unattended (nightly) profile: --prune with its safety check, and never a "
                   "progress bar. See deploy/README.md.")
@click.option("--prune", is_flag=True,
              help="Withdraw stored documents under these SOURCES whose file or record is gone.")
@click.option("--allow-mass-prune", is_flag=True,
              help="Prune even when it looks like a missing input: a SOURCE gave no document at all, "
                   "or more than half of its stored documents (and more than 10) would go.")
@click.option("--wait", is_flag=True,
              help="When another import is writing to the store, wait for it instead of stopping "
                   "(exit 2).")
@click.option("--retry-quarantined", is_flag=True,
              help="Extract again inputs quarantined before even if their content did not change.")
@click.option("--report", "report_path", metavar="PATH", default=None,
              type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the run report (JSON) to PATH; it is always written to "
                   "$EDUGRAPH_HOME/runs/<time>-<pid>.json and runs/latest.json.")
@click.option("--log-format", type=click.Choice(LOG_FORMATS), default="human", show_default=True,
              help="Log lines on stderr: readable text, or one JSON object per line.")
@click.option("--log-level", type=click.Choice(LOG_LEVELS), default="info", show_default=True,
              help="Least important log lines shown (debug lists every document).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Largest document read: a file, or one line of a .jsonl file.")
@click.option("--judgements", "judgements", metavar="PATH", default=None,
              help="The identity judgements file (default: judgements.yaml in $EDUGRAPH_HOME).")
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH_SIZE, show_default=True,
              help="Documents written per unit (one transaction on Neo4j).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes extracting documents (default: one per core); writes stay in order.")
@click.pass_context
def import_command(ctx: click.Context, sources: tuple[str, ...], store: str | None, incremental: bool,
                   prune: bool, allow_mass_prune: bool, wait: bool, retry_quarantined: bool,
                   report_path: Path | None, log_format: str, log_level: str, max_bytes: int,
                   batch_size: int, judgements: str | None,
                   workers: int | None) -> None:
    """Import press releases into the graph store, incrementally.

    SOURCES are files or folders (.txt, .html, .json, .jsonl).  Documents
    whose content did not change since the last import are skipped without
    re-extraction; changed ones replace their previous version.  Inputs that
    cannot be used are quarantined with the reason and left out; one
    quarantined before is not extracted again until its content changes.

    --incremental is for cron and systemd timers: it also withdraws the
    documents whose releases were deleted (--prune), but refuses to when that
    looks like a missing input (an unmounted share) rather than deletions,
    and it never draws a progress bar.  Imports never overlap: a second one
    stops with exit 2 (or waits, with --wait).

    Every run writes a JSON report to $EDUGRAPH_HOME/runs/ (and
    runs/latest.json) and prints a summary (with --log-format json, the last
    log line carries it instead).  Exit codes: 0 all imported,
    1 finished but some inputs are quarantined, 2 failed (store unreachable,
    credentials refused, lock held, prune refused, interrupted).

    \b
    Example:
      edugraph import examples/ releases.jsonl
      edugraph import --incremental --log-format json /srv/releases
      edugraph import --workers 4 /srv/releases
    """
    opener, description = store_opener(store)
    options = RunOptions(paths=list(sources), incremental=incremental, prune=prune,
                         allow_mass_prune=allow_mass_prune, wait=wait,
                         retry_quarantined=retry_quarantined, max_bytes=max_bytes,
                         batch_size=batch_size, judgements=judgements,
                         workers=workers)
    show_bar = not incremental and log_format == "human" and sys.stderr.isatty()
    with configured_logging(log_format, log_level) as logger, _progress_bar(show_bar) as progress, \
            interruptible() as stop:
        report = execute_run(options, opener, home=data_home(),
                             store_description=description, report_path=report_path,
                             progress=progress, logger=logger, stop=stop)
    if log_format == "human":
        click.echo(summary_text(report))
    ctx.exit(report.exit_code)


@contextlib.contextmanager
def _progress_bar(shown: bool) -> Iterator[Callable[[str, str], None] | None]:
    """A spinner with running counts on stderr, only for a person at a terminal."""
    if not shown:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    counts: dict[str, int] = {}
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("reading sources", total=None)

        def advance(event: str, source: str) -> None:
            counts[event] = counts.get(event, 0) + 1
            done = ", ".join(f"{count} {name}" for name, count in sorted(counts.items()))
            bar.update(task, description=f"{done} — {source[-60:]}")

        yield advance


@cli.command("stats")
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON (stable key order).")
def stats_command(store: str | None, as_json: bool) -> None:
    """Count the documents, nodes per type and relationships per type in the store.

    \b
    Example:
      edugraph stats --json
    """
    # Zeros are an answer here (monitoring counts them); only a missing store is a warning.
    with open_graph_from_cli(store, require_documents=False) as graph:
        stats = graph.stats()
    if as_json:
        click.echo(json_text(stats))
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
    with open_graph_from_cli(store) as graph:
        found = graph.explain(key_or_name)
    if as_json:
        click.echo(json_text(found))
        return
    click.echo(f"{found['label']} {found['key']}")
    click.echo(f"  name: {found['name']}")
    if found["label"] == DOCUMENT_LABEL:
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
        if doc.get("rule"):
            why = f": {doc['evidence']}" if doc.get("evidence") else ""
            click.echo(f"      put here by {doc['rule']} ({doc.get('score') or 0:.2f}){why}")
    if found["facts"]:
        click.echo(f"  {len(found['facts'])} fact(s):")
        for fact in found["facts"]:
            arrow = "->" if fact["direction"] == "out" else "<-"
            click.echo(f"    {arrow} {fact['type']} {fact['other']}  [{len(fact['sources'] or [])} source(s)]")


@cli.command("rebuild-projections")
@store_option
@click.option("--wait", is_flag=True,
              help="When an import is writing to the store, wait for it instead of stopping.")
def rebuild_projections_command(store: str | None, wait: bool) -> None:
    """Recompute the derived data from the facts: the name index (NameKey,
    NameGram), CO_SIGNED, each actor's reach and each province's activity.

    Imports keep these up to date; rebuild them after editing the store by
    hand, or to check a store (the answers must not change).  Holds the
    import lock while it runs.

    \b
    Example:
      edugraph rebuild-projections --store bolt://localhost:7687
    """
    with open_store_from_cli(store, require_documents=False) as graph_store, \
            graph_store.import_lock(wait=wait) as lock_notice:
        if lock_notice:
            click.echo(f"notice: {printable(lock_notice)}", err=True)
        counts = rebuild_projections(graph_store)
    click.echo(f"rebuilt the derived data of {counts['nodes']} nodes: "
               f"{counts['NameKey']} NameKey, {counts['NameGram']} NameGram, {counts['CO_SIGNED']} CO_SIGNED")


@cli.command("unlock")
@store_option
@click.option("--force", is_flag=True, help="Remove it without asking (for scripts).")
def unlock_command(store: str | None, force: bool) -> None:
    """Remove an import lock that a person knows is stale.

    A run on the same host takes over a lock whose holder died by itself; a
    lock held from another machine (Neo4j) stays until it expires, 10 minutes
    after its holder's last sign of life.  When that machine is known to be
    gone, this removes the lock now.  A lock held by a running process on this
    host is never removed.

    \b
    Example:
      edugraph unlock
      edugraph unlock --force
    """
    with open_store_from_cli(store, require_documents=False) as graph_store:
        holder = graph_store.lock_holder()
        if holder is None:
            click.echo("no import lock is held")
            return
        if not force:
            click.confirm(f"remove the import lock held by {printable(holder)}? Do it only when that "
                          "import is certainly not running", abort=True)
        removed = graph_store.break_lock()
    click.echo(f"removed the import lock held by {printable(removed or holder)}")
