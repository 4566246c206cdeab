"""Canned queries: one ``queries/<name>.cypher`` file each, loaded by name.

A file is a header of ``//`` lines, then one Cypher statement (Neo4j 5, and
FalkorDB unless the header says otherwise) that can be pasted into the Neo4j
Browser as is, after ``:param``-ing its parameters::

    // name: chairs_in_province
    // description: Who chaired events held in a province, optionally in a date range
    // param: province: province (required) — the province, without จังหวัด
    // param: since: date = null — ISO date, inclusive
    // example: edugraph query chairs_in_province --param province=สุโขทัย
    MATCH ...

Header keys: ``name`` (must equal the file name), ``description``, ``param``
(any number), ``example`` (any number), ``note`` (free text), and
``needs: FEATURE — reason`` for a statement that uses a Cypher feature
some store lacks (one of :data:`CYPHER_FEATURES`): a store that names the
feature in its ``needs_fallback_for`` gets the fallback answer (a search in the store) of
:mod:`edugraph.graph.canned` instead, the one place where that happens.

A parameter line is ``NAME: TYPE (required) — help`` or
``NAME: TYPE = DEFAULT — help`` (``null`` for no value).  Types:

========  ==================================================================
str       text (Unicode NFC, trimmed)
name      a name as the store compares names: :func:`~edugraph.graph.keys.normalize_name`
          (no white space, Thai digits read) — what the ``search`` property holds
province  a ``name`` without a leading ``จังหวัด``
label     a node type of the schema (Person, Agency ...; any case)
relation  a relation type of the schema (SIGNED, CHAIRED ...; any case)
int       whole number (Thai digits read)
float     number
bool      true/false, yes/no, 1/0
date      ISO date ``YYYY-MM-DD``; a Buddhist Era year (> 2400) is converted
          (− 543); passed to Cypher as the ISO string the store keeps
========  ==================================================================

>>> q = parse_query_text('''// name: demo
... // description: Events since a date
... // param: since: date = null — ISO date
... // param: limit: int = 10 — at most this many rows
... MATCH (e:Event) WHERE $since IS NULL OR e.date >= $since
... RETURN e.key AS key ORDER BY key LIMIT $limit''', "demo")
>>> q.bind({"since": "๒๕๖๕-04-19"})
{'since': '2022-04-19', 'limit': 10}
>>> q.bind({"limit": "many"})
Traceback (most recent call last):
...
edugraph.errors.ParameterError: query demo: parameter limit must be a whole number, got 'many'
>>> get_query("timelines")
Traceback (most recent call last):
...
edugraph.errors.UnknownQueryError: no canned query named 'timelines'; did you mean timeline? (edugraph query --list shows them all)
"""
from __future__ import annotations

import datetime as dt
import difflib
import functools
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from edugraph.errors import ParameterError, QueryError, UnknownQueryError, WriteRefusedError
from edugraph.graph.keys import THAI_DIGITS, normalize_name
from edugraph.graph.schema import load_schema
from edugraph.queries.cypher_text import blank_literals, find_write_clause, parameter_names
from edugraph.queries.files import QUERY_DIR
from edugraph.queries.output import plain

#: Cypher features a canned query may declare with ``// needs:`` (see the module doc).
CYPHER_FEATURES = ("undirected_shortest_path",)
TYPES = ("str", "name", "province", "label", "relation", "int", "float", "bool", "date")
_HEADER_KEYS = {"name", "description", "param", "example", "note", "needs"}
_HEADER_LINE = re.compile(r"^//\s*([a-z_]+):\s?(.*)$")
_PARAM_LINE = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*:\s*(?P<type>[a-z]+)\s*"
    r"(?:\((?P<required>required)\)|=\s*(?P<default>.*?))\s*"
    r"(?:(?:—|--|\s-\s)\s*(?P<help>.*))?$"
)
_TRUE = {"true", "yes", "y", "1", "on"}
_FALSE = {"false", "no", "n", "0", "off"}
_PROVINCE_PREFIX = normalize_name("จังหวัด")


@dataclass(frozen=True)
class Param:
    """One declared parameter of a canned query."""

    name: str
    type: str
    required: bool
    default: Any
    help: str

    def signature(self) -> str:
        """``name: type (required)`` or ``name: type = default``, as in the header."""
        if self.required:
            return f"{self.name}: {self.type} (required)"
        return f"{self.name}: {self.type} = {_literal(self.default)}"


@dataclass(frozen=True)
class CannedQuery:
    """A canned query: its header, parsed, and its one Cypher statement."""

    name: str
    description: str
    params: tuple[Param, ...]
    examples: tuple[str, ...]
    notes: tuple[str, ...]
    cypher: str
    needs: dict[str, str]  # Cypher feature -> why the statement needs it (``// needs:``)
    path: Path | None = None

    def summary(self) -> dict[str, Any]:
        """What ``edugraph query --list`` shows of the query."""
        return {"name": self.name, "description": self.description,
                "params": [p.signature() for p in self.params],
                "example": self.examples[0] if self.examples else ""}

    def bind(self, given: Mapping[str, Any] | None) -> dict[str, Any]:
        """Every declared parameter with its value: given (coerced) or default.

        Strings from the command line are converted to the declared type; an
        unknown name, a missing required parameter or a value of the wrong type
        raises :class:`~edugraph.errors.ParameterError`.
        """
        given = dict(given or {})
        declared = [p.name for p in self.params]
        for name in given:
            if name not in declared:
                raise ParameterError(
                    f"query {self.name} has no parameter {name!r}{_did_you_mean(name, declared)}; "
                    f"its parameters: {', '.join(declared) or 'none'}")
        values: dict[str, Any] = {}
        for p in self.params:
            raw = given.get(p.name)
            if raw is None or (isinstance(raw, str) and not raw.strip() and p.type != "str"):
                if p.required:
                    raise ParameterError(
                        f"query {self.name} needs the parameter {p.name} ({p.type}): {p.help} "
                        f"— add --param {p.name}=...")
                values[p.name] = p.default
            else:
                values[p.name] = coerce(raw, p.type, where=f"query {self.name}: parameter {p.name}")
        return values


def coerce(value: Any, type_name: str, *, where: str = "parameter") -> Any:
    """``value`` (a CLI string or a Python value) as ``type_name``.

    >>> coerce("๑๒", "int"), coerce("yes", "bool"), coerce("จังหวัด สุโขทัย", "province")
    (12, True, 'สุโขทัย')
    >>> coerce("2565-04-19", "date")
    '2022-04-19'
    """
    try:
        return _COERCERS[type_name](value)
    except (ValueError, TypeError, OverflowError) as err:
        raise ParameterError(
            f"{where} must be {_TYPE_WORDS[type_name]}, got {value!r}") from err


def _as_text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return unicodedata.normalize("NFC", value).strip()


def _as_name(value: Any) -> str:
    return normalize_name(_as_text(value))


def _as_province(value: Any) -> str:
    name = _as_name(value)
    if name.startswith(_PROVINCE_PREFIX) and len(name) > len(_PROVINCE_PREFIX):
        name = name[len(_PROVINCE_PREFIX):]
    return name


def _as_label(value: Any) -> str:
    return _one_of(_as_text(value), load_schema().entity_types)


def _as_relation(value: Any) -> str:
    return _one_of(_as_text(value), load_schema().relation_types)


def _one_of(text: str, choices) -> str:
    for choice in choices:
        if choice.lower() == text.lower():
            return choice
    raise ValueError(text)


def _as_int(value: Any) -> int:
    if isinstance(value, bool):
        raise TypeError("a bool is not a number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return int(_as_text(value).translate(THAI_DIGITS).replace(",", ""))


def _as_float(value: Any) -> float:
    if isinstance(value, bool):
        raise TypeError("a bool is not a number")
    if isinstance(value, (int, float)):
        return float(value)
    return float(_as_text(value).translate(THAI_DIGITS).replace(",", ""))


def _as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = _as_text(value).lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise ValueError(word)


def _as_date(value: Any) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = _as_text(value).translate(THAI_DIGITS)
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if not match:
        raise ValueError(text)
    year, month, day = (int(g) for g in match.groups())
    if year > 2400:  # Buddhist Era
        year -= 543
    return dt.date(year, month, day).isoformat()


_COERCERS = {
    "str": _as_text, "name": _as_name, "province": _as_province, "label": _as_label,
    "relation": _as_relation, "int": _as_int,
    "float": _as_float, "bool": _as_bool, "date": _as_date,
}
_TYPE_WORDS = {
    "str": "text", "name": "a name (text)", "province": "a province name (text)",
    "label": "a node type of the schema (Person, Agency, Province, Event, Programme)",
    "relation": "a relation type of the schema (SIGNED, CHAIRED ...)",
    "int": "a whole number", "float": "a number", "bool": "true or false",
    "date": "a date YYYY-MM-DD",
}


def _literal(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _parse_default(text: str, type_name: str, where: str) -> Any:
    text = text.strip()
    if text == "null":
        return None
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    try:
        return _COERCERS[type_name](text)
    except (ValueError, TypeError) as err:
        raise QueryError(f"{where}: default {text!r} is not {_TYPE_WORDS[type_name]}") from err


def _did_you_mean(name: str, choices: list[str]) -> str:
    near = difflib.get_close_matches(name, choices, n=3, cutoff=0.6)
    near += [c for c in choices if name and name in c and c not in near][:3 - len(near)]
    return f"; did you mean {' or '.join(near)}?" if near else ""


def parse_query_text(text: str, name: str, path: Path | None = None) -> CannedQuery:
    """Parse and check one query file's text (header and statement).

    Fails with :class:`~edugraph.errors.QueryError` naming the file and the
    problem: an unknown header key, a bad parameter line or default, a name
    that differs from the file name, a ``$parameter`` used but not declared or
    declared but not used, no statement or more than one, or a write clause.
    """
    where = str(path or name)
    header: dict[str, list[str]] = {key: [] for key in _HEADER_KEYS}
    lines = text.splitlines()
    body_start = len(lines)
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped.startswith("//"):
            body_start = index
            break
        match = _HEADER_LINE.match(stripped)
        if match is None:
            continue  # a free comment line
        key, value = match.groups()
        if key not in _HEADER_KEYS:
            raise QueryError(f"{where}: line {index + 1}: unknown header key {key!r} "
                             f"(known: {', '.join(sorted(_HEADER_KEYS))})")
        header[key].append(value.strip())
    cypher = "\n".join(lines[body_start:]).strip()
    if cypher.endswith(";"):
        cypher = cypher[:-1].rstrip()

    declared_name = header["name"][0] if header["name"] else None
    if declared_name != name:
        raise QueryError(f"{where}: header 'name: {declared_name}' must equal the file name {name!r}")
    if not header["description"]:
        raise QueryError(f"{where}: needs a '// description:' line")
    if not cypher:
        raise QueryError(f"{where}: has no Cypher statement after its header")
    if ";" in blank_literals(cypher):
        raise QueryError(f"{where}: holds more than one statement (one per file)")
    write = find_write_clause(cypher)
    if write is not None:
        raise QueryError(f"{where}: canned queries are read-only, found {write.keyword}")

    params: list[Param] = []
    for line in header["param"]:
        match = _PARAM_LINE.match(line)
        if match is None:
            raise QueryError(f"{where}: bad param line {line!r}; write "
                             "'name: type (required) — help' or 'name: type = default — help'")
        type_name = match["type"]
        if type_name not in TYPES:
            raise QueryError(f"{where}: param {match['name']}: unknown type {type_name!r} "
                             f"(one of {', '.join(TYPES)})")
        required = match["required"] is not None
        default = None if required else _parse_default(match["default"], type_name,
                                                       f"{where}: param {match['name']}")
        if any(p.name == match["name"] for p in params):
            raise QueryError(f"{where}: param {match['name']} declared twice")
        params.append(Param(match["name"], type_name, required, default,
                            (match["help"] or "").strip()))

    used = parameter_names(cypher)
    declared = [p.name for p in params]
    if set(used) - set(declared):
        raise QueryError(f"{where}: uses undeclared parameter(s) "
                         f"{', '.join('$' + u for u in used if u not in declared)}")
    if set(declared) - set(used):
        raise QueryError(f"{where}: declares parameter(s) the statement never uses: "
                         f"{', '.join(d for d in declared if d not in used)}")

    needs: dict[str, str] = {}
    for line in header["needs"]:
        feature, _, reason = line.partition("—")
        feature = feature.strip()
        if feature not in CYPHER_FEATURES:
            raise QueryError(f"{where}: 'needs:' names {feature!r}, not one of "
                             f"{', '.join(CYPHER_FEATURES)}; write 'needs: FEATURE — reason'")
        needs[feature] = reason.strip()
    return CannedQuery(
        name=name,
        description=" ".join(header["description"]),
        params=tuple(params),
        examples=tuple(header["example"]),
        notes=tuple(header["note"]),
        cypher=cypher,
        needs=needs,
        path=path,
    )


@functools.cache
def _catalog() -> dict[str, CannedQuery]:
    queries: dict[str, CannedQuery] = {}
    for path in sorted(QUERY_DIR.glob("*.cypher")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise QueryError(f"{path}: cannot read: {err}") from err
        queries[path.stem] = parse_query_text(text, path.stem, path)
    return queries


def list_queries() -> list[CannedQuery]:
    """Every canned query, by name.

    >>> "chairs_in_province" in [q.name for q in list_queries()]
    True
    """
    return list(_catalog().values())


def get_query(name: str) -> CannedQuery:
    """The canned query called ``name``; an unknown name suggests near ones."""
    catalog = _catalog()
    if name in catalog:
        return catalog[name]
    raise UnknownQueryError(f"no canned query named {name!r}{_did_you_mean(name, list(catalog))} "
                            "(edugraph query --list shows them all)")


def check_read_only(cypher: str, read_procedures: frozenset[str] = frozenset()) -> None:
    """Refuse text with a write clause outside strings and comments (a clear early message;
    the store's read-only guard is the real one).

    >>> check_read_only("MATCH (n) DETACH DELETE n")
    Traceback (most recent call last):
    ...
    edugraph.errors.WriteRefusedError: refused: the statement writes (DETACH at line 1); queries are read-only — change the graph with edugraph import
    """
    write = find_write_clause(cypher, read_procedures)
    if write is not None:
        raise WriteRefusedError(
            f"refused: the statement writes ({write.keyword} at line {write.line}); "
            "queries are read-only — change the graph with edugraph import")


_PARAMETER_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def run_cypher(store, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict]:
    """Run an ad hoc statement read-only on ``store``; rows as plain dicts."""
    if not cypher or not cypher.strip():
        raise QueryError("empty Cypher statement")
    # The store's own refusals first: they name LOAD CSV, a procedure, an admin command.
    store.refuse_unsafe_read(cypher)
    check_read_only(cypher, store.read_procedures)
    for name in params or {}:
        if not _PARAMETER_NAME.match(str(name)):
            raise ParameterError(f"parameter name {name!r} cannot be passed: use letters, digits and _ "
                                 "(as in $name)")
    return plain(store.read(cypher, dict(params or {})))


def parse_cli_params(pairs: list[str] | tuple[str, ...]) -> dict[str, str]:
    """``["k=v", ...]`` from ``--param`` options as a dict of strings.

    >>> parse_cli_params(["province=สุโขทัย", "note=a=b"])
    {'province': 'สุโขทัย', 'note': 'a=b'}
    """
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ParameterError(f"--param takes NAME=VALUE, got {pair!r}")
        name = name.strip()
        if name in params:
            raise ParameterError(f"--param {name} given twice")
        params[name] = value
    return params


def guess_value(text: str) -> Any:
    """An ad hoc ``--param`` value: JSON when it reads as JSON, else the text.

    >>> guess_value("5"), guess_value("true"), guess_value('"5"'), guess_value("สุโขทัย")
    (5, True, '5', 'สุโขทัย')
    """
    try:
        return json.loads(text)
    except ValueError:
        return unicodedata.normalize("NFC", text)
