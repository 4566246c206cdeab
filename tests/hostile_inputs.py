"""Inputs no store can take as they are (issue 15), shared by the reader's, the CLI's and bench/hostile.py's tests."""
from __future__ import annotations

import json
from pathlib import Path

STORY = ("เมื่อวันที่ ๒๗ สิงหาคม ๒๕๖๒ จังหวัดสุรินทร์ โดย องค์การบริหารส่วนจังหวัดสุรินทร์ "
         "ได้จัดพิธีลงนามในบันทึกข้อตกลงความร่วมมือทางวิชาการ ณ ห้องประชุมลุมพินีแกรนด์")


def hostile_line(record_id: str, **fields) -> str:
    """One JSON Lines record with a Thai story as its body."""
    return json.dumps({"id": record_id, "title": "ข่าว", "body": STORY, **fields})


HOSTILE_LINES = {
    "deep5000": '{"id": "deep5000", "title": "ข่าว", "body": ' + "[" * 5000 + "]" * 5000 + "}",
    "deep100000": '{"id": "deep100000", "title": "ข่าว", "body": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "digits": hostile_line("digits")[:-1] + ', "views": ' + "7" * 5000 + "}",
    "surrogate": hostile_line("surrogate").replace('"title": "', '"title": "\\ud800'),
    "nul-id": hostile_line("nul\\u0000id").replace("\\\\u0000", "\\u0000"),
    "nul-title": hostile_line("nul-title").replace('"title": "', '"title": "\\u0000'),
    "nul-body": hostile_line("nul-body").replace('"body": "', '"body": "\\u0000'),
}
HOSTILE_REASONS = {
    "deep5000": "JSON nested too deeply to read (line 2)",
    "deep100000": "JSON nested too deeply to read (line 3)",
    "digits": f"a number with more than {4300:,} digits (line 4)",
    "surrogate": "title holds a lone surrogate (U+D800), not Unicode text (line 5)",
    "nul-id": "record id holds a NUL character (U+0000) (line 6)",
    "nul-title": "title holds a NUL character (U+0000) (line 7)",
    "nul-body": "body holds a NUL character (U+0000) (line 8)",
}


def write_hostile_jsonl(path: Path) -> Path:
    """Two good records around one line for each value no store can take."""
    lines = [hostile_line("good-1"), *HOSTILE_LINES.values(), hostile_line("good-2")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
