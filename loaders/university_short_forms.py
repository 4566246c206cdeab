"""Universities the press names by a short head before their own name: ``ม.มหิดล``, ``ม.เกษตรศาสตร์``.

The university is the one ``มหาวิทยาลัย`` and the written name spell, where the gazetteer names it, its name is a
province's (ม.ขอนแก่น) or the release writes it in full too; any other open name (``ม.ปลาย``, ``ม.ขึ้นไป``: a school
grade) is no university (cues.yaml ``university_short_heads``).  The written form stays an alias (ANNOTATION).

>>> from edugraph.loaders.gazetteer import load_gazetteer
>>> gaz = load_gazetteer()
>>> [(m.form, m.name) for m in short_university_names("นำโดย สดร. และ ม.มหิดล ร่วมกำหนด นักเรียนชั้น ม.ปลาย", gaz, [])]
[('ม.มหิดล', 'มหาวิทยาลัยมหิดล')]
>>> [m.name for m in short_university_names("ม.ขอนแก่น และนักเรียน ม.ต้น", gaz, [])]
['มหาวิทยาลัยขอนแก่น']
"""
from __future__ import annotations

import functools
import re

from edugraph.loaders.gazetteer import Gazetteer, trie_regex
from edugraph.loaders.mentions import AgencyMention

_HEAD = "มหาวิทยาลัย"
_LOOKAHEAD = 60     # letters of the text read after the short head: the longest university name and a little more


@functools.lru_cache(maxsize=4)
def _short_head_rx(heads: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![ก-๙.])(?:" + trie_regex(heads) + r")(?=[ก-๙])")


def short_university_names(text: str, gaz: Gazetteer, agencies: list[AgencyMention]) -> list[AgencyMention]:
    """The universities written with a short head (``university_short_heads``) outside the agencies found."""
    from edugraph.loaders.agencies import find_agencies

    taken = [(m.start, m.end) for m in agencies]
    in_full = {m.name for m in agencies if m.kind == "university"}
    out = []
    for head in _short_head_rx(tuple(gaz.words["university_short_heads"])).finditer(text):
        if any(lo <= head.start() < hi for lo, hi in taken):
            continue
        written = _HEAD + text[head.end():head.end() + _LOOKAHEAD]
        found = next(iter(find_agencies(written, gaz, 0, len(written))), None)
        if found is None or found.start != 0 or found.kind != "university" or not found.name \
                or not (found.entry is not None or found.name in in_full
                        or gaz.province_by_form(found.name[len(_HEAD):]) is not None):
            continue
        end = head.end() + found.end - len(_HEAD)
        out.append(AgencyMention(head.start(), end, text[head.start():end], found.name, found.kind,
                                 family=found.family, entry=found.entry, province=found.province))
    return out
