"""Clean text before extraction: one canonical form, no site chrome.

:func:`normalize_text` gives every input the same form (NFC, no zero-width
characters, Thai digits read as ASCII, one kind of space, line breaks kept
because paragraphs matter to the extractor).  :func:`strip_chrome` drops the
lines that belong to the web page rather than the story — share buttons,
comment forms, bylines, photo credits, hashtags, counters, related-post
lists — as listed in ``data/chrome.yaml`` (and any extra YAML file of the
same shape a user passes to :func:`load_chrome_patterns`).

>>> normalize_text("วันที่\\u200b ๒๗\\u00a0\\u00a0สิงหาคม  ๒๕๖๒\\r\\nข่าว")
'วันที่ 27 สิงหาคม 2562\\nข่าว'
>>> print(strip_chrome("Spread the love\\nจังหวัดสุรินทร์ จัดพิธีลงนาม\\n#กสศ #สุรินทร์\\nอ่าน 123 ครั้ง"))
จังหวัดสุรินทร์ จัดพิธีลงนาม
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from edugraph.datafile import Checker, read_yaml
from edugraph.loaders.dates import read_thai_digits

__all__ = ["normalize_text", "strip_chrome", "clean_text", "load_chrome_patterns", "ChromePattern",
           "CHROME_PATH", "thai_share", "has_thai"]

CHROME_PATH = Path(__file__).parent / "data" / "chrome.yaml"

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Every other kind of horizontal space (NBSP, en/em/thin spaces, ideographic, tab).
_ODD_SPACE = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
# C0/C1 controls other than tab and newline never belong in a story.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SPACES = re.compile(" {2,}")
_BLANK_LINES = re.compile("\n{3,}")
# UTF-8 Thai read as Latin-1/cp1252: every Thai letter becomes "à¸x" or "à¹x".
_THAI_MOJIBAKE = re.compile("à[\u00b8\u00b9]")
# Letters as str.isalpha() sees them; Thai letters (consonants and vowels
# written as letters; tone marks and other combining marks are not letters).
_LETTER = re.compile(r"[^\W\d_]")
_THAI_LETTER = re.compile(r"(?=[^\W\d_])[\u0e01-\u0e5b]")


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 Thai that was decoded as Latin-1 or cp1252, when it clearly is that."""
    if len(_THAI_MOJIBAKE.findall(text)) < 3:
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return text


def normalize_text(text: str) -> str:
    """The canonical form of a text: what the extractor and the graph see.

    NFC; zero-width characters and soft hyphens dropped; Thai digits read as
    ASCII digits; ``ํา`` (nikhahit + sara aa, common in text copied from PDFs)
    written as ``ำ``; controls dropped; every kind of space and tab a plain
    space, runs collapsed; lines trimmed; line breaks kept, at most one blank
    line in a row; UTF-8 Thai mis-read as Latin-1/cp1252 repaired.

    >>> normalize_text("  ลงนาม   MOU\\t(กสศ.)  \\n\\n\\n\\nย่อหน้าใหม่ ")
    'ลงนาม MOU (กสศ.)\\n\\nย่อหน้าใหม่'
    >>> normalize_text("น\\u0e4d\\u0e32ร่อง")
    'นำร่อง'
    >>> normalize_text("กสศ. ลงนาม".encode("utf-8").decode("latin-1"))
    'กสศ. ลงนาม'

    """
    text = _repair_mojibake(text)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u0e4d\u0e32", "\u0e33")
    text = _ZERO_WIDTH.sub("", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROL.sub("", text)
    text = read_thai_digits(_ODD_SPACE.sub(" ", text))
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


@dataclass(frozen=True)
class ChromePattern:
    """One kind of chrome line: ``action`` is ``line`` (drop it) or ``rest`` (drop it and what follows)."""

    name: str
    regex: re.Pattern
    action: str
    origin: str
    head_lines: int | None = None  # only within the first N non-empty lines


_ACTIONS = {"line", "rest"}
_FIELDS = {"name", "pattern", "action", "example", "description", "head_lines"}
_MAX_CHROME_LINE = 300
# A "rest" marker cuts the text only below this much kept story text; above
# the story, such a heading is a stray line and only it goes.
_MIN_STORY_BEFORE_CUT = 100


def _parse_chrome(data: object, path: Path) -> tuple[ChromePattern, ...]:
    fail = Checker(path).fail

    if not isinstance(data, dict) or not isinstance(data.get("patterns"), list):
        raise fail("top level", "needs a 'patterns' list")
    patterns, seen = [], set()
    for index, entry in enumerate(data["patterns"]):
        where = f"patterns[{index}]"
        if not isinstance(entry, dict):
            raise fail(where, "each entry must be a mapping with name, pattern and action")
        name = entry.get("name")
        if not isinstance(name, str) or not re.fullmatch(r"\w+", name):
            raise fail(where, f"'name' must be an identifier, got {name!r}")
        where = f"{where} ({name})"
        unknown = set(entry) - _FIELDS
        if unknown:
            raise fail(where, f"unknown field(s) {sorted(unknown)}")
        if name in seen:
            raise fail(where, "duplicate name")
        seen.add(name)
        if entry.get("action") not in _ACTIONS:
            raise fail(where, f"'action' must be one of {sorted(_ACTIONS)}, got {entry.get('action')!r}")
        source = entry.get("pattern")
        if not isinstance(source, str) or not source.strip():
            raise fail(where, "'pattern' must be a non-empty string")
        try:
            regex = re.compile(source, re.IGNORECASE)
        except re.error as err:
            raise fail(where, f"bad regular expression {source!r}: {err}") from err
        if regex.fullmatch(""):
            raise fail(where, "pattern matches an empty line, so it would match everything blank")
        head_lines = entry.get("head_lines")
        if head_lines is not None and (not isinstance(head_lines, int) or isinstance(head_lines, bool)
                                       or head_lines < 1):
            raise fail(where, f"'head_lines' must be a positive whole number, got {head_lines!r}")
        example = entry.get("example")
        if example is not None and not regex.fullmatch(str(example).strip()):
            raise fail(where, f"pattern does not match its own example {example!r}")
        patterns.append(ChromePattern(name, regex, entry["action"], str(path), head_lines))
    return tuple(patterns)


@functools.cache
def _load_file(path: Path) -> tuple[ChromePattern, ...]:
    return _parse_chrome(read_yaml(path, "the chrome patterns"), path)


class ChromePatterns(tuple):
    """What :func:`load_chrome_patterns` returns: a tuple of patterns that pickles as
    the call that loaded it, so a document sent to another process for cleaning
    carries a file name, not its regular expressions (read once per process)."""

    def __new__(cls, patterns: tuple[ChromePattern, ...], extra_path: str | None):
        loaded = super().__new__(cls, patterns)
        loaded.extra_path = extra_path
        return loaded

    def __reduce__(self):
        return load_chrome_patterns, (self.extra_path,)


def load_chrome_patterns(extra_path: str | Path | None = None) -> tuple[ChromePattern, ...]:
    """The built-in chrome patterns, followed by those of ``extra_path`` if given.

    Each file is read and checked once; a bad entry raises
    :class:`~edugraph.errors.SchemaError` naming the file and the entry.

    >>> [p.name for p in load_chrome_patterns()][:2]
    ['spread_the_love', 'share_buttons']
    """
    patterns = _load_file(CHROME_PATH)
    if extra_path is None:
        return ChromePatterns(patterns, None)
    extra = Path(extra_path).resolve()
    return ChromePatterns(patterns + _load_file(extra), str(extra))


def _chrome_action(line: str, line_number: int, patterns: tuple[ChromePattern, ...]) -> str | None:
    """What to do with a stripped, non-empty line (``line_number`` counts non-empty lines from 1)."""
    if len(line) > _MAX_CHROME_LINE:
        return None
    for pattern in patterns:
        if pattern.head_lines is not None and line_number > pattern.head_lines:
            continue
        if pattern.regex.fullmatch(line):
            return pattern.action
    return None


def strip_chrome(text: str, patterns: tuple[ChromePattern, ...] | None = None) -> str:
    """``text`` without its site-chrome lines (see ``data/chrome.yaml``).

    Expects normalised text (:func:`normalize_text`); blank-line runs left by
    removed lines are collapsed.

    >>> story = "ผู้ว่าราชการจังหวัดสุโขทัย เป็นประธานในพิธีลงนามบันทึกข้อตกลงความร่วมมือ" * 2
    >>> strip_chrome(f"{story}\\nภาพข่าว : สมชาย\\nข่าวที่เกี่ยวข้อง\\nข่าวอื่น") == story
    True
    """
    if patterns is None:
        patterns = load_chrome_patterns()
    lines = text.split("\n")
    kept: list[str] = []
    story_chars = line_number = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        action = None
        if stripped:
            line_number += 1
            action = _chrome_action(stripped, line_number, patterns)
        if action == "rest" and _ends_story(story_chars, lines[index + 1:]):
            break
        if action is None:
            kept.append(line)
            story_chars += len(stripped)
    return _BLANK_LINES.sub("\n\n", "\n".join(kept)).strip()


def _ends_story(story_chars: int, following: list[str]) -> bool:
    """Whether a comment or related-posts heading really closes the story.

    Such a section sits at the foot of a page, under a story, and is shorter
    than it; a heading with little story above it, or with more text below it
    than above, is a stray line (a table column, a menu) and only it goes.
    """
    if story_chars < _MIN_STORY_BEFORE_CUT:
        return False
    return sum(len(line.strip()) for line in following) <= story_chars


def clean_text(text: str, patterns: tuple[ChromePattern, ...] | None = None) -> str:
    """:func:`normalize_text` then :func:`strip_chrome`: what every source goes through."""
    return strip_chrome(normalize_text(text), patterns)


def has_thai(text: str) -> bool:
    """Whether ``text`` has at least one Thai letter.

    >>> has_thai("MOU ลงนาม"), has_thai("MOU 2562")
    (True, False)
    """
    return _THAI_LETTER.search(text) is not None


def thai_share(text: str) -> float:
    """The share of Thai letters among the letters of ``text`` (0.0 when it has none).

    >>> thai_share("ลงนาม MOU"), thai_share("12345")
    (0.625, 0.0)
    """
    letters = len(_LETTER.findall(text))
    return len(_THAI_LETTER.findall(text)) / letters if letters else 0.0
