r"""Reading Cypher text without running it: literals, parameters, write clauses.

The checks here look only at the *code* of a statement: string literals,
backtick-quoted names and comments are blanked first (same length, line breaks
kept), so that ``'CREATE'`` in a string or ``// SET`` in a comment never count.

This is the cheap lexical pre-check that gives a clear message before a write
reaches the store; the store's own read-only guard (``GraphStore.read``) is the
real one.

>>> blank_literals("RETURN 'a//b' AS x // note")
'RETURN        AS x        '
>>> parameter_names("MATCH (p {key: $key}) WHERE p.date >= $since RETURN '$not'")
['key', 'since']
>>> find_write_clause("MATCH (n)\nSET n.x = 1")
WriteClause(keyword='SET', line=2)
>>> find_write_clause("MATCH (n) WHERE n.name = 'DELETE me' RETURN n.set AS s") is None
True
"""
from __future__ import annotations

import re
from typing import NamedTuple

# Clauses and commands that change data or schema.  `CALL {...}` and
# `CALL (x) {...}` are subqueries (their bodies are scanned like the rest);
# `CALL name(...)` runs a procedure, which may write, so it is refused too.
_WRITE = re.compile(
    r"(?<![\w.$`])("
    r"CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|ALTER|GRANT|REVOKE|DENY|TERMINATE"
    r"|LOAD\s+CSV"
    r"|CALL(?=\s+[A-Za-z_`])"
    r")(?![\w`])",
    re.IGNORECASE,
)
_PARAMETER = re.compile(r"\$(?:([A-Za-z_][A-Za-z0-9_]*)|`([^`]+)`)")


def blank_literals(text: str, *, keep_names: bool = False) -> str:
    r"""``text`` with strings, backtick names (unless ``keep_names``) and comments replaced by spaces.

    The result has the same length and the same line breaks, so offsets and
    line numbers found in it hold for the original text.

    >>> blank_literals('RETURN "it\\"s" AS `a b` /* c */')
    'RETURN         AS              '
    """
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char in "'\"`":
            end = i + 1
            while end < n and text[end] != char:
                end += 2 if text[end] == "\\" and char != "`" else 1
            end = min(end + 1, n)
            out.append(text[i:end] if keep_names and char == "`" else _spaces(text[i:end]))
            i = end
        elif text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            out.append(" " * (end - i))
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(_spaces(text[i:end]))
            i = end
        else:
            out.append(char)
            i += 1
    return "".join(out)


def _spaces(chunk: str) -> str:
    return "".join("\n" if c == "\n" else " " for c in chunk)


def parameter_names(text: str) -> list[str]:
    """The ``$parameters`` a statement uses, in order of first use."""
    names: list[str] = []
    for match in _PARAMETER.finditer(_blank_strings_keep_backticks(text)):
        name = match.group(1) or match.group(2)
        if name not in names:
            names.append(name)
    return names


def _blank_strings_keep_backticks(text: str) -> str:
    # `$`name`` is a legal parameter spelling, so backticks right after `$`
    # must survive the blanking; everything else is blanked as usual.
    blanked = list(blank_literals(text))
    for match in re.finditer(r"\$`[^`]*`", text):
        if blanked[match.start()] == "$":
            blanked[match.start():match.end()] = list(match.group(0))
    return "".join(blanked)


class WriteClause(NamedTuple):
    keyword: str  # upper case, e.g. "LOAD CSV"
    line: int     # 1-based


def find_write_clause(text: str, read_procedures: frozenset[str] = frozenset()) -> WriteClause | None:
    """The first write clause in ``text`` and its line, or None.

    ``CALL`` of one of ``read_procedures`` (a store's list of procedures that
    only read) is not a write.

    >>> find_write_clause("CALL db.labels() YIELD label RETURN label", frozenset({"db.labels"})) is None
    True
    """
    code = blank_literals(text)
    named = blank_literals(text, keep_names=True)
    allowed = {name.lower() for name in read_procedures}
    for match in _WRITE.finditer(code):
        keyword = " ".join(match.group(1).upper().split())
        if keyword == "CALL":
            procedure = _PROCEDURE.match(named, match.start())
            if procedure and "".join(procedure.group(1).replace("`", "").split()).lower() in allowed:
                continue
        return WriteClause(keyword, text.count("\n", 0, match.start()) + 1)
    return None


# Statements that are not queries of the graph: administration (users, roles,
# databases, privileges, transactions) and schema commands.  `USE` (refused
# too) would read another database: `USE system SHOW USERS`.
_COMMAND = re.compile(
    r"^\s*(SHOW|GRANT|DENY|REVOKE|START|STOP|TERMINATE|ALTER|RENAME|ENABLE|DRYRUN"
    r"|(?:CREATE|DROP)\s+(?:OR\s+REPLACE\s+)?(?:USER|ROLE|DATABASE|COMPOSITE|ALIAS|SERVER|INDEX|"
    r"CONSTRAINT|RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR|BTREE))(?![\w`])",
    re.IGNORECASE)
_USE = re.compile(r"(?<![\w.$`])USE(?![\w`])", re.IGNORECASE)
_PLAN = re.compile(r"^\s*(EXPLAIN|PROFILE)(?![\w`])", re.IGNORECASE)
_LOAD_CSV = re.compile(r"(?<![\w.$`])LOAD\s+CSV(?![\w`])", re.IGNORECASE)
_NAME_PART = r"(?:`[^`]*`|[A-Za-z_]\w*)"
_PROCEDURE = re.compile(rf"(?<![\w.$`])CALL\s+({_NAME_PART}(?:\s*\.\s*{_NAME_PART})*)", re.IGNORECASE)


def read_refusal(text: str, read_procedures: frozenset[str]) -> str | None:
    """Why ``text`` may not run on a read-only path although it may not write, or None.

    The store's read guard asks this before anything runs: ``LOAD CSV`` reads
    files and URLs from the server's side, a procedure off the store's list of
    read procedures may do anything (``dbms.*``), administration and schema
    commands are not graph queries, and ``EXPLAIN``/``PROFILE`` give a plan,
    not rows.  Strings, names in backticks and comments are ignored.

    >>> print(read_refusal("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", frozenset()))
    refused: LOAD CSV reads files and URLs on the server; read-only queries may not use it
    >>> print(read_refusal("CALL dbms.components() YIELD name RETURN name", frozenset({"db.labels"})))
    refused: the procedure dbms.components is not one of the read procedures allowed here (db.labels)
    >>> print(read_refusal("SHOW USERS", frozenset()))
    refused: SHOW is an administration or schema command, not a query of the graph; run it in cypher-shell or Neo4j Browser as an administrator
    >>> print(read_refusal("CALL /* x */ `dbms`.`components`()", frozenset()))
    refused: the procedure dbms.components is not one of the read procedures allowed here (none)
    >>> read_refusal("CALL db.labels() YIELD label MATCH (n) CALL (n) { RETURN 1 AS one } RETURN label, one",
    ...              frozenset({"db.labels"})) is None
    True
    """
    code = blank_literals(text)
    plan = _PLAN.match(code)
    if plan:
        return (f"refused: {plan.group(1).upper()} shows a query plan, not rows; edugraph runs queries "
                "for their rows — run it in Neo4j Browser or cypher-shell")
    if _USE.search(code):
        return "refused: USE reads another database; queries run on the configured one only"
    command = _COMMAND.match(code)
    if command:
        keyword = " ".join(command.group(command.lastindex or 0).upper().split())
        return (f"refused: {keyword} is an administration or schema command, not a query of the graph; "
                "run it in cypher-shell or Neo4j Browser as an administrator")
    if _LOAD_CSV.search(code):
        return "refused: LOAD CSV reads files and URLs on the server; read-only queries may not use it"
    allowed = {name.lower() for name in read_procedures}
    for match in _PROCEDURE.finditer(blank_literals(text, keep_names=True)):
        name = "".join(match.group(1).replace("`", "").split())
        if name.lower() not in allowed:
            listed = ", ".join(sorted(read_procedures)) or "none"
            return (f"refused: the procedure {name} is not one of the read procedures allowed here "
                    f"({listed})")
    return None
