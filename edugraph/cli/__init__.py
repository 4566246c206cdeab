"""The ``edugraph`` command: a thin layer over the library.

Each command lives in its own module and calls one library function; any
:class:`~edugraph.errors.EdugraphError` becomes a one-line message on stderr
and the error's exit code, never a traceback.
"""
from __future__ import annotations

import sys

import click

from edugraph import __version__
from edugraph.errors import EdugraphError


class _Group(click.Group):
    """Turns library errors into clear CLI errors."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except EdugraphError as err:
            click.echo(f"edugraph: {getattr(err, 'severity', 'error')}: {err}", err=True)
            ctx.exit(err.exit_code)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="edugraph")
def cli() -> None:
    """Turn Thai education press releases into a knowledge graph.

    \b
    Example:
      edugraph import examples/ && edugraph query --list
    """
    from edugraph.loaders.gazetteer import use_extra_files
    from edugraph.loaders.sanity import use_year_window
    from edugraph.settings import event_years, gazetteer_paths

    use_extra_files(gazetteer_paths())
    use_year_window(event_years())


def _register() -> None:
    # Imported here so that each command module can import `cli` helpers
    # without a cycle.
    from edugraph.cli import extract_cmd, identity_cmds, store_cmds, query_cmds, render_cmd  # noqa: F401


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point."""
    try:
        cli.main(args=argv, prog_name="edugraph", standalone_mode=True)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    return 0


_register()

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
