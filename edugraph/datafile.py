"""Data files (YAML) read and checked once, every error naming the file and the entry.

The schema (``graph/schema.yaml``), the gazetteers and cues
(``loaders/data/*.yaml``), the site-chrome patterns and the view's style
(``viz/assets/style.yaml``) are all read with :func:`read_yaml` and checked
with a :class:`Checker`, so that a mistake in any of them reads the same way:
``<file>: <entry>: <what is wrong>``, as a :class:`~edugraph.errors.SchemaError`.

>>> c = Checker(Path("demo.yaml"))
>>> c.texts(["ก", "ข"], "words")
('ก', 'ข')
>>> c.mapping({"name": "ก", "colour": 1}, "nodes.Person", {"name"}, {"name"})
Traceback (most recent call last):
...
edugraph.errors.SchemaError: demo.yaml: nodes.Person: unknown field(s) ['colour']
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from edugraph.errors import SchemaError

#: libyaml's parser when PyYAML has it: the gazetteers take ~0.4 s to parse in
#: pure Python, paid by every process that extracts (each import worker).
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path, what: str):
    """The parsed YAML of ``path``; a file that cannot be read or parsed is a SchemaError naming ``what``."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        try:
            return yaml.load(text, Loader=_FAST_LOADER)  # noqa: S506 — a safe loader
        except yaml.YAMLError:
            # The pure-Python parser's message shows the offending line.
            return yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        raise SchemaError(f"{path}: cannot read {what}: {err}") from err


class Checker:
    """Validation helpers that name the file and the entry in every error."""

    def __init__(self, path: Path):
        self.path = path

    def fail(self, where: str, what: str) -> SchemaError:
        return SchemaError(f"{self.path}: {where}: {what}")

    def mapping(self, value, where: str, allowed: set[str], required: set[str]) -> dict:
        if not isinstance(value, dict):
            raise self.fail(where, f"must be a mapping, got {type(value).__name__}")
        unknown = set(value) - allowed
        if unknown:
            raise self.fail(where, f"unknown field(s) {sorted(unknown)}")
        missing = required - set(value)
        if missing:
            raise self.fail(where, f"missing field(s) {sorted(missing)}")
        return value

    def text(self, value, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"must be a non-empty string, got {value!r}")
        return value.strip()

    def texts(self, value, where: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail(where, f"must be a list of strings, got {type(value).__name__}")
        items = tuple(self.text(item, f"{where}[{i}]") for i, item in enumerate(value))
        seen = set()
        for item in items:
            if item in seen:
                raise self.fail(where, f"duplicate entry {item!r}")
            seen.add(item)
        return items

    def choice(self, value, where: str, choices) -> str:
        if value not in choices:
            raise self.fail(where, f"{value!r} is not one of {list(choices)}")
        return value

    def flag(self, value, where: str) -> bool:
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.fail(where, f"must be true or false, got {value!r}")
        return value

    def regex(self, value, where: str, *, flags: int = 0,
              empty: str = "pattern {source!r} matches the empty string") -> re.Pattern:
        """A compiled pattern that cannot match the empty string (``empty`` says why that is refused)."""
        source = self.text(value, where)
        try:
            pattern = re.compile(source, flags)
        except re.error as err:
            raise self.fail(where, f"bad regular expression {source!r}: {err}") from err
        if pattern.fullmatch(""):
            raise self.fail(where, empty.format(source=source))
        return pattern
