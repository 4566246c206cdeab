"""``edugraph extract``: source files → one contract JSON per document."""
from __future__ import annotations

import click

from edugraph.cli import cli
from edugraph.loaders import QUARANTINE_FILE, extract_to_folder
from edugraph.constants import DEFAULT_MAX_BYTES


@cli.command("extract")
@click.argument("sources", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=True, dir_okay=True, path_type=str))
@click.option("--out", "-o", required=True, type=click.Path(file_okay=False, path_type=str),
              help="Folder for the JSON files (created when missing).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Largest document read: a file, or one line of a .jsonl file.")
@click.option("--chrome", type=click.Path(exists=True, dir_okay=False, path_type=str),
              help="YAML file of extra site-chrome line patterns (the shape of loaders/data/chrome.yaml).")
@click.pass_context
def extract_command(ctx: click.Context, sources: tuple[str, ...], out: str, max_bytes: int,
                    chrome: str | None) -> None:
    """Extract entities and relations from press releases into JSON files.

    SOURCES are files or folders (read recursively): .txt, .html/.htm, .json
    and .jsonl (records with title, body, url, date, id).  Each document
    becomes OUT/<doc>.json in the shape of the extraction contract; inputs
    that cannot be used are listed with the reason in OUT/quarantine.jsonl.
    Exit code 0 when every input was extracted, 1 when some were quarantined.

    \b
    Example:
      edugraph extract examples/ releases.jsonl --out extracted/
    """
    written, quarantined = extract_to_folder(sources, out, max_bytes=max_bytes, chrome=chrome)
    click.echo(f"extracted {written}, quarantined {len(quarantined)} → {out}")
    if quarantined:
        click.echo(f"see {out.rstrip('/')}/{QUARANTINE_FILE} for the reasons", err=True)
        ctx.exit(1)
