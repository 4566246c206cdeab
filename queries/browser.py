r"""The canned queries as Neo4j Browser takes them: ``:param`` lines and saved scripts.

Neo4j Browser sets a parameter with ``:param name => expression``: it sends
the right-hand side to the server with an implicit ``RETURN`` in front and
keeps the value, so a value is written as a Cypher *literal* here (strings
single-quoted, with ``\`` and ``'`` escaped; Thai as is).  With the Browser's
multi-statement editor (on by default) the lines and the statement run one
after the other when each ends with ``;``.

:func:`browser_script` is what ``edugraph query NAME --show-cypher`` prints:
the statement exactly as it runs on Neo4j, after one ``:param`` line per
declared parameter (given values, else the defaults — the statement needs
them all).  :func:`saved_scripts` are what ``--export-favorites`` writes: one
``.cypher`` file per query, its header as comments; the Browser names a saved
script after its first comment line.  The Browser's own "export" of saved
scripts (favorites) is a zip of ``<folder>/<name>.cypher`` files, and a zip
dropped on the Browser is read back the same way (every ``.cypher`` file in
it becomes a saved script, in the folder its path names: neo4j-browser's
``readZipFiles``), so that is the form ``edugraph.api.export_favorites`` writes.

>>> from edugraph.queries import get_query
>>> query = get_query("chairs_in_province")
>>> print(browser_script(query, query.bind({"province": "จังหวัดสุโขทัย", "since": "2565-01-01"})))
:param province => 'สุโขทัย';
:param since => '2022-01-01';
:param until => null;
:param limit => 100;
MATCH (:NameKey {key: $province})-[:NAMES]->(pv:Province)
...
LIMIT $limit;
"""
from __future__ import annotations

import contextlib
import math
import re
import shlex
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from edugraph.errors import ParameterError
from edugraph.queries.catalog import CannedQuery, coerce, list_queries, parse_query_text

#: The folder of the saved scripts inside the exported zip (the Browser's own export
#: puts each script folder in a zip folder of that name).
SCRIPT_FOLDER = "edugraph"
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
#: A small query for the examples of this module's docstrings.
_DEMO = parse_query_text("""// name: demo
// description: Events held in a province
// param: province: province (required) — the province
// param: limit: int = 10 — at most this many rows
// example: edugraph query demo --param "province=จังหวัด สุโขทัย"
MATCH (e:Event)-[:HELD_IN]->(p:Province)
WHERE $province IN split(p.search, '|')
RETURN e.key AS key LIMIT $limit""", "demo")
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def cypher_literal(value: Any) -> str:
    r"""``value`` as a Cypher literal that evaluates back to it.

    >>> print(cypher_literal("โรงเรียนบ้าน'หนองบัว' \\ ๑"))
    'โรงเรียนบ้าน\'หนองบัว\' \\ ๑'
    >>> print(cypher_literal({"names": ["กสศ.", None], "top": 5, "ok": True, "odd key": 1.5}))
    {names: ['กสศ.', null], top: 5, ok: true, `odd key`: 1.5}
    >>> print(cypher_literal("บรรทัด\nสอง\x00"))
    'บรรทัด\nสอง\u0000'
    >>> cypher_literal(float("nan"))
    Traceback (most recent call last):
    ...
    edugraph.errors.ParameterError: nan has no Cypher literal
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ParameterError(f"{value!r} has no Cypher literal")
        return repr(value)
    if isinstance(value, (date, datetime)):
        return _string_literal(value.isoformat())
    if isinstance(value, str):
        return _string_literal(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_map_key(str(k))}: {cypher_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    raise ParameterError(f"{type(value).__name__} value {value!r} has no Cypher literal")


def _string_literal(text: str) -> str:
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif unicodedata.category(char) == "Cc":     # other control characters: Neo4j reads \uXXXX
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "'" + "".join(out) + "'"


def _map_key(key: str) -> str:
    return key if _IDENTIFIER.fullmatch(key) else "`" + key.replace("`", "``") + "`"


def param_lines(values: Mapping[str, Any]) -> list[str]:
    """One ``:param name => literal;`` line per value, in the order given."""
    return [f":param {name} => {cypher_literal(value)};" for name, value in values.items()]


def browser_script(query: CannedQuery, values: Mapping[str, Any]) -> str:
    """``:param`` lines for ``values`` (every declared parameter, bound) and the statement.

    ``values`` is :meth:`CannedQuery.bind`'s result, the very values the
    query runs with; the statement is the query's text, unchanged.
    """
    missing = [p.name for p in query.params if p.name not in values]
    if missing:
        raise ParameterError(f"query {query.name}: no value for {', '.join(missing)}")
    ordered = {p.name: values[p.name] for p in query.params}
    return "\n".join([*param_lines(ordered), query.cypher + ";"])


def example_values(query: CannedQuery) -> dict[str, str]:
    """The ``--param`` values of the query's first example that gives any (CLI strings).

    >>> example_values(_DEMO)
    {'province': 'จังหวัด สุโขทัย'}
    """
    for example in query.examples:
        try:
            words = shlex.split(example)
        except ValueError:
            continue
        found: dict[str, str] = {}
        for flag, pair in zip(words, words[1:]):
            if flag in ("--param", "-p") and "=" in pair:
                name, _, value = pair.partition("=")
                found[name] = value
        if found:
            return found
    return {}


def saved_script(query: CannedQuery) -> str:
    """One query as a Neo4j Browser saved script (favorite): its header as comments, then
    the statement.

    The first line names the script in the Browser's sidebar.  The ``:param``
    lines to run first are given as comments, with the values of the query's
    example (or its defaults, or ``null`` to fill in for a required one), so
    the file stays one statement that the Browser, Workspace and
    ``cypher-shell`` all take.

    >>> print(saved_script(_DEMO))
    // edugraph: demo
    // Events held in a province
    // Parameters (run these lines first, with your values):
    // :param province => 'สุโขทัย';  // province (required): the province
    // :param limit => 10;  // int (default 10): at most this many rows
    // example: edugraph query demo --param "province=จังหวัด สุโขทัย"
    MATCH (e:Event)-[:HELD_IN]->(p:Province)
    WHERE $province IN split(p.search, '|')
    RETURN e.key AS key LIMIT $limit;
    """
    example = example_values(query)
    lines = [f"// edugraph: {query.name}", f"// {query.description}"]
    if query.params:
        lines.append("// Parameters (run these lines first, with your values):")
        for param in query.params:
            shown = param.default
            if param.name in example:
                with contextlib.suppress(ParameterError):
                    shown = coerce(example[param.name], param.type)
            need = "required" if param.required else f"default {cypher_literal(param.default)}"
            lines.append(f"// :param {param.name} => {cypher_literal(shown)};  "
                         f"// {param.type} ({need}): {param.help}")
    lines += [f"// example: {example_line}" for example_line in query.examples]
    lines += [f"// note: {note}" for note in query.notes]
    lines += [f"// needs: {feature} — {why}" for feature, why in query.needs.items()]
    return "\n".join([*lines, query.cypher + ";"]) + "\n"


def saved_scripts() -> dict[str, str]:
    """Every canned query as a saved script: ``{"<name>.cypher": text}``, by name."""
    return {f"{query.name}.cypher": saved_script(query) for query in list_queries()}
