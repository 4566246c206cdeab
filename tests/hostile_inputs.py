"""The issue-15 values no store can take, from bench/hostile.py, as the reader's and the CLI's tests use them."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from hostile import UNSTORABLE_LINES, hostile_line  # noqa: E402  (bench/ is not a package)
from hostile import corpus as generated_corpus  # noqa: E402,F401

#: What each line of :func:`write_hostile_jsonl` is quarantined for (line 1 is a good record).
HOSTILE_REASONS = {
    "JSON nested 5,000 deep": "JSON nested too deeply to read (line 2)",
    "JSON nested 100,000 deep": "JSON nested too deeply to read (line 3)",
    "a 5,000-digit number": f"a number with more than {4300:,} digits (line 4)",
    "a lone surrogate in the title": "title holds a lone surrogate (U+D800), not Unicode text (line 5)",
    "NUL in the id": "record id holds a NUL character (U+0000) (line 6)",
    "NUL in the title": "title holds a NUL character (U+0000) (line 7)",
    "NUL in the body": "body holds a NUL character (U+0000) (line 8)",
}


def write_hostile_jsonl(path: Path) -> Path:
    """Two good records around one line for each value no store can take."""
    lines = [hostile_line("good-1"), *UNSTORABLE_LINES.values(), hostile_line("good-2")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
