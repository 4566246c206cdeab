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


def blank_literals(text: str) -> str:
    r"""``text`` with strings, backtick names and comments replaced by spaces.

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
            out.append(_spaces(text[i:end]))
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


def find_write_clause(text: str) -> WriteClause | None:
    """The first write clause in ``text`` and its line, or None."""
    match = _WRITE.search(blank_literals(text))
    if match is None:
        return None
    keyword = " ".join(match.group(1).upper().split())
    return WriteClause(keyword, text.count("\n", 0, match.start()) + 1)
