"""``edugraph review`` and ``edugraph judge``: identity pairs for a person to decide."""
from __future__ import annotations

from pathlib import Path

import click

from edugraph.cli import cli
from edugraph.cli.common import EntityTypeChoice, json_text, open_store_from_cli, store_option
from edugraph.graph.readside import review
from edugraph.graph.resolve.judgements import VERDICTS, add_judgement, load_judgements
from edugraph.settings import data_home, judgements_file

_JUDGEMENTS_HELP = "The judgements file (default: judgements.yaml in $EDUGRAPH_HOME)."


def judgements_option(command):
    """The ``--judgements PATH`` option, passed to the command as ``judgements``."""
    return click.option("--judgements", "judgements", metavar="PATH", default=None,
                        help=_JUDGEMENTS_HELP)(command)


@cli.command("review")
@store_option
@judgements_option
@click.option("--label", type=EntityTypeChoice(), default=None, help="Only pairs of this type.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
              help="At most this many pairs.")
@click.option("--json", "as_json", is_flag=True, help="Print the pairs as JSON.")
def review_command(store: str | None, judgements: str | None, label: str | None, limit: int,
                   as_json: bool) -> None:
    """List pairs of names or events that may be one, best first, with the evidence.

    These are the pairs the resolver compared and did not merge.  Record a
    decision with `edugraph judge same|different LEFT RIGHT` (or edit the
    judgements file); the next import applies it.

    \b
    Example:
      edugraph review --label Person
      edugraph judge same "Person:จันทะหงษ์ ปุณยจรัสธำรง" "Person:จันทะหงส์ ปุญยจรัสธำรง"
    """
    loaded = load_judgements(judgements_file(data_home(), judgements))
    with open_store_from_cli(store) as graph_store:
        pairs = review(graph_store, loaded, label=label, limit=limit)
    if as_json:
        click.echo(json_text(pairs))
        return
    if not pairs:
        click.echo("no candidate pairs")
        return
    for pair in pairs:
        click.echo(f"{pair['score']:.2f}  {pair['left']}  ~  {pair['right']}")
        click.echo(f"      {pair['rule']}: {pair['evidence']}")
        if pair["nodes"] != [pair["left"], pair["right"]]:
            click.echo(f"      now in {pair['nodes'][0]} and {pair['nodes'][1]}")


@cli.command("judge")
@click.argument("verdict", type=click.Choice(VERDICTS))
@click.argument("left")
@click.argument("right")
@judgements_option
@click.option("--note", default=None, help="Why (kept in the file).")
def judge_command(verdict: str, left: str, right: str, judgements: str | None, note: str | None) -> None:
    """Record that two names (or two events) are the same or different.

    LEFT and RIGHT are references as `edugraph review` prints them:
    Label:name, or Event:<document>#<local id>.  The judgement is appended
    to the judgements file and applied by the next import.

    \b
    Example:
      edugraph judge different "Agency:สพป.พิจิตร เขต 1" "Agency:สพป.พิจิตร เขต 2"
    """
    path = judgements_file(data_home(), judgements)
    found = add_judgement(Path(path), verdict, left, right, note)
    click.echo(f"{verdict}: {left} / {right} — {len(found.same) + len(found.different)} judgement(s) in {path}; "
               "run an import to apply")
