"""Rows (from queries or analytics) as text: a table, JSON or CSV.

Thai text is written as is: JSON with ``ensure_ascii=False``, CSV in UTF-8,
the table through rich (which measures Thai combining marks as zero width).
Columns are the rows' keys in order of first appearance.

>>> rows = [{"name": "สุโขทัย", "aliases": ["สท."], "count": 2}]
>>> print(format_rows(rows, "json"))
[
  {
    "name": "สุโขทัย",
    "aliases": [
      "สท."
    ],
    "count": 2
  }
]
>>> print(format_rows(rows, "csv"), end="")
name,aliases,count
สุโขทัย,"[""สท.""]",2
"""
from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from rich.console import Console
from rich.table import Table

OUTPUT_FORMATS = ("table", "json", "csv")
_TABLE_WIDTH = 200  # when the output is not a terminal (pipes, files, tests)


def plain(value: Any) -> Any:
    """``value`` as JSON carries it: the one conversion of store rows and graph attributes.

    Maps become ``dict`` (FalkorDB returns OrderedDicts), sequences and sets
    ``list``; a node or relationship object that an ad hoc statement returns
    becomes the map of its properties, and a path the list of its nodes' maps,
    as the Neo4j driver's ``Record.data()`` gives them, so that output looks
    the same from either store.  Dates become ISO text, a float that is not
    finite ``None``, anything else unknown its text.

    >>> from collections import OrderedDict
    >>> plain([OrderedDict(a=(1, 2))]), plain(float("nan")), plain(date(2022, 4, 19))
    ([{'a': [1, 2]}], None, '2022-04-19')
    """
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    if isinstance(getattr(value, "properties", None), Mapping):   # FalkorDB Node / Edge
        return plain(value.properties)
    if callable(getattr(value, "nodes", None)) and callable(getattr(value, "edges", None)):  # FalkorDB Path
        return [plain(node) for node in value.nodes()]
    iso = getattr(value, "iso_format", None)        # neo4j.time.Date and friends
    if callable(iso):
        return iso()
    return str(value)


def columns_of(rows: Sequence[dict[str, Any]]) -> list[str]:
    """Every key of ``rows``, in order of first appearance."""
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    return list(columns)


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def table_cell(value: Any) -> str:
    """A value as a table shows it: lists of scalars joined by `` | ``,
    maps and nested lists as compact JSON, None as empty.

    >>> table_cell(["กสศ.", "กสศ"]), table_cell(None), table_cell({"a": 1})
    ('กสศ. | กสศ', '', '{"a": 1}')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        if all(v is None or isinstance(v, (str, int, float)) for v in value):
            return " | ".join("" if v is None else str(v) for v in value)
        return _json_text(value)
    if isinstance(value, dict):
        return _json_text(value)
    return str(value)


def csv_cell(value: Any) -> Any:
    """A value as CSV holds it: lists and maps as JSON, None as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple, dict)):
        return _json_text(value)
    return value


def format_rows(rows: Sequence[dict[str, Any]], fmt: str, *, width: int | None = None) -> str:
    """``rows`` as ``table``, ``json`` or ``csv`` text (``width``: of the table)."""
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2, default=str)
    columns = columns_of(rows)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([csv_cell(row.get(c)) for c in columns])
        return buffer.getvalue()
    if fmt == "table":
        return _table_text(rows, columns, width or _TABLE_WIDTH)
    raise ValueError(f"unknown output format {fmt!r}; one of {', '.join(OUTPUT_FORMATS)}")


def _table_text(rows: Sequence[dict[str, Any]], columns: list[str], width: int) -> str:
    if not rows:
        return "(no rows)"
    table = Table(show_lines=False, header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(table_cell(row.get(c)) for c in columns))
    console = Console(file=io.StringIO(), width=width, color_system=None, highlight=False,
                      emoji=False, markup=False, soft_wrap=False)
    console.print(table)
    return console.file.getvalue().rstrip("\n") + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})"
