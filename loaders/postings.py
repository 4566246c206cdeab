"""An agency's posting written after its name: the office of a body posted to a country or a province.

An international body's country office is written with its posting (องค์การสหประชาชาติประจำประเทศไทย,
สำนักงานยูเนสโก ประจำประเทศไทย), and a provincial unit of a kind found in every province with the province
it serves (ศูนย์การศึกษาพิเศษ ประจำจังหวัดพังงา).  The posting belongs to the name (ANNOTATION: the full
official name; every such name in gold keeps it): without it the name is cut, or a country office is
taken for its headquarters.  An embassy's posting is read with its country (``foreign_bodies.country_slot``).

>>> from edugraph.loaders.gazetteer import load_gazetteer
>>> from edugraph.loaders.agencies import find_agencies
>>> gaz = load_gazetteer()
>>> [m.name for m in find_agencies("ขององค์การสหประชาชาติประจำประเทศไทย เป็นไปได้", gaz)]
['องค์การสหประชาชาติประจำประเทศไทย']
>>> [m.name for m in find_agencies("ผู้อำนวยการสำนักงานยูเนสโก ประจำประเทศไทย นายชัชชาติ", gaz)]
['สำนักงานยูเนสโก ประจำประเทศไทย']
>>> [m.name for m in find_agencies("นักเรียนศูนย์การศึกษาพิเศษ ประจำจังหวัดพังงา การร่วม", gaz)]
['ศูนย์การศึกษาพิเศษ ประจำจังหวัดพังงา']

A posting to a province is read only after an open name (a named body is never one province's), and the
province must follow in full:

>>> [m.name for m in find_agencies("กระทรวงศึกษาธิการ ประจำจังหวัดพังงา", gaz)]
['กระทรวงศึกษาธิการ', 'จังหวัดพังงา']
>>> [m.name for m in find_agencies("ศูนย์การศึกษาพิเศษ ประจำปี 2567", gaz)]
['ศูนย์การศึกษาพิเศษ']
"""
from __future__ import annotations

import re

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.words import is_thai_letter, match_province, sentence_word, split_words, thai_run

_IN_THAILAND = re.compile(r"([ \u00a0]?)ประจำ\s?ประเทศไทย")
_IN_A_PROVINCE = re.compile(r"([ \u00a0]?)ประจำ\s?(?=จังหวัด)")


def with_posting(text: str, mention: AgencyMention, hi: int, gaz: Gazetteer) -> AgencyMention:
    """``mention`` with the posting written right after it (ประจำประเทศไทย; ประจำจังหวัดX after an open name)."""
    if not mention.name or mention.holder or mention.place or (mention.family is not None and mention.family.slot == "country"):
        return mention
    posted = _IN_THAILAND.match(text, mention.end, hi)
    end = posted.end() if posted else None
    if posted is None and mention.entry is None and mention.family is not None and mention.family.slot == "open":
        posted = _IN_A_PROVINCE.match(text, mention.end, hi)
        found = match_province(text, posted.end(), gaz, hi) if posted else None
        end = found[1] if found else None
    if end is None or (end < hi and is_thai_letter(text[end]) and not _glued_sentence_word(text, end, hi, gaz)):
        return mention
    written = text[mention.start:end]
    name = mention.name + " " * bool(posted.group(1)) + re.sub(r"\s+", "", text[posted.end(1):end])
    return AgencyMention(mention.start, end, written, name, mention.kind, family=mention.family,
                         province=mention.province)


def _glued_sentence_word(text: str, at: int, hi: int, gaz: Gazetteer) -> bool:
    """Whether the letters glued after the posting open a word of the sentence (…ประเทศไทยได้กล่าว), not a
    longer place name (ประจำจังหวัดนครนายก|…)."""
    run = thai_run(text, at, min(hi, at + 30))
    return bool(run) and sentence_word(split_words(run)[0], gaz)
