"""A person's judgements on identity: "these two are the same", "these two are different".

They live in a plain YAML file that the user edits and keeps under version
control (default ``$EDUGRAPH_HOME/judgements.yaml``; ``--judgements PATH``).
They are applied on every import and override the automatic rules; since
resolution is recomputed from the stored documents and this file, they hold
across re-imports and withdrawals.

A side of a pair is a name key (``Agency:กองทุนเสมอภาคทางการศึกษา``: every
mention whose own name normalises to that) or, for events, one event of one
document (``Event:<document>#<local id>``, as ``edugraph review`` prints it)::

    judgements:
      - same: [Agency:กองทุนเสมอภาคทางการศึกษา, Agency:สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา]
        note: the fund's short name
      - different: [Event:a.txt#e1, Event:b.txt#e2]

>>> j = parse_judgements({"judgements": [{"same": ["Person:ก ข", "Person:กข"]}]}, Path("j.yaml"))
Traceback (most recent call last):
...
edugraph.errors.SchemaError: j.yaml: judgements[0]: both sides name the same thing: 'Person:กข'
>>> j = parse_judgements({"judgements": [{"different": ["Person:สมชาย ใจดี", "Person:สมชาย ใจดึ"]}]}, Path("j.yaml"))
>>> j.different
frozenset({('Person:สมชายใจดี', 'Person:สมชายใจดึ')})
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from edugraph.datafile import Checker, read_yaml
from edugraph.graph.keys import normalize_name
from edugraph.graph.schema import load_schema

FILE_NAME = "judgements.yaml"
VERDICTS = ("same", "different")


@dataclass(frozen=True)
class Judgements:
    """Pairs of references (sorted within a pair), by verdict."""

    same: frozenset[tuple[str, str]] = frozenset()
    different: frozenset[tuple[str, str]] = frozenset()
    path: Path | None = field(default=None, compare=False)

    @property
    def digest(self) -> str:
        """A short hash of the pairs (not of the path): what the stored graph was resolved with."""
        text = json.dumps([sorted(self.same), sorted(self.different)], ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def verdict(self, left: str, right: str) -> str | None:
        pair = tuple(sorted((left, right)))
        if pair in self.same:
            return "same"
        if pair in self.different:
            return "different"
        return None


def reference(text: str) -> str:
    """The normalised form of one side: ``Label:`` + the normalised name, or an event reference.

    >>> reference("Agency: สพฐ.")
    'Agency:สพฐ.'
    >>> reference("Event:a b.txt#e1")
    'Event:a b.txt#e1'
    """
    label, _, rest = text.partition(":")
    if label == "Event":
        return f"Event:{rest.strip()}"
    return f"{label.strip()}:{normalize_name(rest)}"


def parse_judgements(data, path: Path) -> Judgements:
    """Check a parsed judgements file; every error names the file and the entry."""
    check = Checker(path)
    if data is None:
        return Judgements(path=path)
    check.mapping(data, "top level", {"judgements"}, set())
    entries = data.get("judgements") or []
    if not isinstance(entries, list):
        raise check.fail("judgements", "must be a list")
    labels = set(load_schema().entity_types)
    verdicts: dict[str, set[tuple[str, str]]] = {v: set() for v in VERDICTS}
    seen: dict[tuple[str, str], str] = {}
    for index, entry in enumerate(entries):
        where = f"judgements[{index}]"
        check.mapping(entry, where, set(VERDICTS) | {"note"}, set())
        given = [v for v in VERDICTS if v in entry]
        if len(given) != 1:
            raise check.fail(where, "give exactly one of 'same' or 'different'")
        verdict = given[0]
        sides = check.texts(entry[verdict], f"{where}.{verdict}")
        if len(sides) != 2:
            raise check.fail(where, f"'{verdict}' takes two references, got {len(sides)}")
        refs = [reference(side) for side in sides]
        for ref in refs:
            label = ref.split(":", 1)[0]
            if label not in labels or not ref.split(":", 1)[1]:
                raise check.fail(where, f"{ref!r} is not Label:name (labels {sorted(labels)})")
        if refs[0] == refs[1]:
            raise check.fail(where, f"both sides name the same thing: {refs[0]!r}")
        if refs[0].split(":")[0] != refs[1].split(":")[0]:
            raise check.fail(where, f"the two sides have different labels: {refs}")
        pair = tuple(sorted(refs))
        if pair in seen and seen[pair] != verdict:
            raise check.fail(where, f"{list(pair)} is judged both same and different")
        seen[pair] = verdict
        verdicts[verdict].add(pair)
    return Judgements(frozenset(verdicts["same"]), frozenset(verdicts["different"]), path)


def load_judgements(path: str | Path | None) -> Judgements:
    """The judgements in ``path``; none when the path is None or the file does not exist yet."""
    if path is None:
        return Judgements()
    path = Path(path)
    if not path.exists():
        return Judgements(path=path)
    return parse_judgements(read_yaml(path, "judgements"), path)


def add_judgement(path: str | Path, verdict: str, left: str, right: str, note: str | None = None) -> Judgements:
    """Append one judgement to the file (created if missing) and return the whole set, checked."""
    if verdict not in VERDICTS:
        raise ValueError(f"verdict must be one of {VERDICTS}")
    path = Path(path)
    data = read_yaml(path, "judgements") if path.exists() else None
    data = data or {"judgements": []}
    entry = {verdict: [left, right]}
    if note:
        entry["note"] = note
    data.setdefault("judgements", []).append(entry)
    parse_judgements(data, path)          # refuse to write a file that would not load
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_judgements(path)
