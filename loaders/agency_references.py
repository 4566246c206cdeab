"""What a release itself says of the agencies it names, read once they are found (``extract.py``):

- an office written before an agency that names another agency (data: ``agency_rules`` in ``positions.yaml``):
  ปลัดกระทรวงศึกษาธิการ → สำนักงานปลัดกระทรวงศึกษาธิการ (:func:`apply_agency_rules`);
- the abbreviations it defines, ``ชื่อเต็ม (ชื่อย่อ)`` or ``ชื่อเต็ม หรือ ชื่อย่อ.`` (:func:`local_abbreviations`), which the agency finder
  (``agencies.py``) then reads in the rest of the release;
- its ฯ back-references to an agency named before, ``กองทุนฯ`` (:func:`find_backrefs`).
"""
from __future__ import annotations

import re

from edugraph.loaders.gazetteer import THAI_LETTER, Gazetteer
from edugraph.loaders.mentions import AgencyMention

_ABBR_IN_PARENS = re.compile(r"\s?\(\s*([" + THAI_LETTER + r"A-Za-z.\s]{2,20}?)\s*\)")
_ABBR_AFTER_OR = re.compile(r"\s?หรือ\s?((?:[ก-ฮ]{1,4}\.){1,5})(?![ก-๙A-Za-z.])")
_ABBREVIATION = re.compile(f"(?:[{THAI_LETTER}]{{1,6}}\\.){{1,5}}(?:[{THAI_LETTER}]{{1,4}})?|[ก-ฮ]{{2,6}}|[A-Z]{{2,8}}")


def apply_agency_rules(text: str, mentions: list[AgencyMention], gaz: Gazetteer) -> None:
    """An office written before an agency can name another agency (positions.yaml:
    agency_rules): ปลัดกระทรวงศึกษาธิการ → สำนักงานปลัดกระทรวงศึกษาธิการ, เลขาธิการสภาการศึกษา
    → สำนักงานเลขาธิการสภาการศึกษา.  The mention becomes that office's agency.  Not a foreign state's ministry
    (ปลัดกระทรวงคมนาคมและการสื่อสาร|ของเมียนมา): the offices the rules name are Thailand's, and the blind sets'
    gold puts a foreign permanent secretary in his ministry."""
    foreign = tuple(c for c in gaz.country_names if c != "ไทย")
    for mention in mentions:
        if not mention.name or mention.holder or mention.name.endswith(foreign):
            continue
        before = text[max(0, mention.start - 30):mention.start].rstrip(" ")
        for rule in gaz.agency_rules:
            head = next((h for h in rule.heads if before.endswith(h)), None)
            if head and mention.name.startswith(rule.agency_head):
                head_start = mention.start - (len(text[max(0, mention.start - 30):mention.start]) - len(before)) - len(head)
                name = rule.becomes.format(name=mention.name)
                entry = gaz.agency_by_name(name)
                head = gaz.agency_rx.match(name)
                family = gaz.family_head_form(head.group()) if head else None
                mention.name, mention.entry, mention.family = name, entry, None
                mention.kind = entry.kind if entry else family.kind if family else mention.kind
                mention.holder = text[head_start:mention.end]
                break


def find_backrefs(text: str, gaz: Gazetteer, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """``กองทุนฯ``, ``มูลนิธิฯ``: (start, end, head) of abbreviated references to an agency named before."""
    hi = len(text) if hi is None else hi
    return [(m.start(), m.end(), m.group(1)) for m in gaz.backref_rx.finditer(text, lo, hi)]


def local_abbreviations(text: str, mentions: list[AgencyMention],
                        gaz: Gazetteer | None = None) -> dict[str, tuple[str, str]]:
    """Abbreviations a release defines itself: ``ชื่อเต็ม (ชื่อย่อ)``, ``ชื่อเต็ม หรือ ชื่อย่อ.`` → (name, kind)."""
    local: dict[str, tuple[str, str]] = {}
    for mention in mentions:
        if not mention.name:
            continue
        paren = _ABBR_IN_PARENS.match(text, mention.end)
        if not paren:
            glossed = _ABBR_AFTER_OR.match(text, mention.end)
            if glossed and gaz is not None and gaz.agency_by_form(glossed.group(1)) is None:
                # ...สถานพยาบาล (องค์การมหาชน) หรือ สรพ.: the name's other form; read on, not part of the name
                local.setdefault(glossed.group(1), (mention.name, mention.kind))
            continue
        abbr = paren.group(1).strip()
        if " " in abbr or not _ABBREVIATION.fullmatch(abbr):
            continue
        inner = gaz.agency_by_form(abbr) if gaz is not None else None
        if inner is not None and inner.name != mention.name and mention.name.endswith(inner.name):
            continue        # ประธานกรรมการธนาคาร... (ธ.ก.ส.): the abbreviation is the bank's, not its board's
        local.setdefault(abbr, (mention.name, mention.kind))
        mention.end = paren.end()
        mention.form = text[mention.start:mention.end]
        if abbr not in mention.abbreviations:
            mention.abbreviations.append(abbr)
    return local
