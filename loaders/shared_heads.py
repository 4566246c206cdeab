"""Provincial offices written as one head over a list of provinces: วัฒนธรรมจังหวัดสตูล และกาญจนบุรี is the
culture office of Satun and the culture office of Kanchanaburi, as สพป.พิจิตร เขต 1 และเขต 2 is two area offices
(``agencies.find_agencies`` reads both lists).  The list may be written with bare spaces when และ closes it
(อุตสาหกรรมจังหวัดบึงกาฬ เลย หนองคาย และอุดรธานี), or follow a group's name the head takes first
(สำนักงานวัฒนธรรมจังหวัดกลุ่มภาคกลาง ได้แก่ จังหวัดราชบุรี กาญจนบุรี และนครปฐม: each province's office).  Only the provincial offices' families share their head this way:
จังหวัดศรีสะเกษและจังหวัดนครศรีธรรมราช are two places, each an agency only where it acts.
"""
from __future__ import annotations

import re
from dataclasses import replace

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.words import is_thai_letter, match_province, opens_with_a_stop_word, sentence_word, split_words

# the joint before the next province: ", " / " และ" / ", และ" (จังหวัด or จ. may follow; match_province reads it);
# a bare space only counts in a list that และ closes (เเละ is a common mistyping of และ)
_JOINT = re.compile(r"\s?(?:,\s?(?:(?:และ|เเละ)\s?)?|(?:และ|เเละ)\s?)| (?=[ก-๙])")
# a group of provinces the head is written over, then the provinces: …จังหวัดกลุ่มภาคกลาง ได้แก่ จังหวัด…
_GROUP_THEN_LIST = re.compile(r"(?:กลุ่ม|ภาค)[ก-๙]{2,40}\s?(?:ได้แก่|ประกอบด้วย)\s?(?=(?:จังหวัด|จ\.)?[ก-๙])")


def _ends_a_word(text: str, end: int, hi: int, gaz: Gazetteer) -> bool:
    """Whether the province read up to ``end`` ends the list's item: a space or a mark follows, or a word that
    carries the sentence on (…ประจวบคีรีขันธ์|ทำหน้าที่); และตาก|ใบ is a district, not ตาก."""
    if end >= hi or not is_thai_letter(text[end]):
        return True
    words = split_words(text[end:min(hi, end + 20)])
    return bool(words) and (sentence_word(words[0], gaz) or opens_with_a_stop_word(words[0], gaz))


def more_provinces(text: str, mention: AgencyMention, hi: int, gaz: Gazetteer) -> list[AgencyMention]:
    """The offices that share ``mention``'s head over the provinces listed after it.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> from edugraph.loaders.agencies import find_agencies
    >>> gaz = load_gazetteer()
    >>> [m.name for m in find_agencies("โดยมีวัฒนธรรมจังหวัดสตูล และกาญจนบุรี หัวหน้าส่วนราชการ", gaz)]
    ['สำนักงานวัฒนธรรมจังหวัดสตูล', 'สำนักงานวัฒนธรรมจังหวัดกาญจนบุรี']
    >>> [m.name for m in find_agencies("สำนักงานประมงจังหวัดฉะเชิงเทราและจังหวัดสมุทรปราการ ดำเนินการ", gaz)]
    ['สำนักงานประมงจังหวัดฉะเชิงเทรา', 'สำนักงานประมงจังหวัดสมุทรปราการ']
    >>> [m.name for m in find_agencies("ผู้ว่าราชการจังหวัดระนองและชุมพร", gaz)]
    ['จังหวัดระนอง']
    >>> [m.name for m in find_agencies("วัฒนธรรมจังหวัดสตูล และตากใบ", gaz)]
    ['สำนักงานวัฒนธรรมจังหวัดสตูล']
    >>> [m.name for m in find_agencies("ให้อุตสาหกรรมจังหวัดบึงกาฬ เลย และหนองคาย เชิญ", gaz)]
    ['สำนักงานอุตสาหกรรมจังหวัดบึงกาฬ', 'สำนักงานอุตสาหกรรมจังหวัดเลย', 'สำนักงานอุตสาหกรรมจังหวัดหนองคาย']
    >>> [m.name for m in find_agencies("สำนักงานอุตสาหกรรมจังหวัดบึงกาฬ เลย หนองคาย ตรวจ", gaz)]
    ['สำนักงานอุตสาหกรรมจังหวัดบึงกาฬ']
    >>> [m.name for m in find_agencies("ของสำนักงานวัฒนธรรมจังหวัดกลุ่มภาคกลาง ได้แก่ จังหวัดราชบุรี นครปฐม เเละเพชรบุรี", gaz)]
    ['สำนักงานวัฒนธรรมจังหวัดราชบุรี', 'สำนักงานวัฒนธรรมจังหวัดนครปฐม', 'สำนักงานวัฒนธรรมจังหวัดเพชรบุรี']
    """
    family = mention.family
    if family is None or family.slot != "province" or family.place:
        return []
    if mention.name is None and mention.province is None and family.head.endswith("จังหวัด"):
        group = _GROUP_THEN_LIST.match(text, mention.end, hi)
        if group is None:
            return []
        found = match_province(text, group.end(), gaz, hi)
        if found is None or not _ends_a_word(text, found[1], hi, gaz):
            return []
        first = replace(mention, start=group.end(), end=found[1], form=text[group.end():found[1]],
                        name=family.head + found[0], province=found[0], bare=False, holder=None, abbreviations=[])
        return [first] + more_provinces(text, first, hi, gaz)
    if not mention.province or not mention.name:
        return []
    head = mention.name[:len(mention.name) - len(mention.province)]
    if not head.endswith("จังหวัด") or " เขต " in mention.name:
        return []
    more: list[AgencyMention] = []
    seen = {mention.province}
    last = mention
    spaced = 0      # how many items a bare space joined; they stand only if และ closes the list
    while True:
        joint = _JOINT.match(text, last.end, hi)
        found = match_province(text, joint.end(), gaz, hi) if joint else None
        if found is None or found[0] in seen:
            break
        province, end = found
        start = joint.end()
        if not _ends_a_word(text, end, hi, gaz):
            break
        seen.add(province)
        last = replace(mention, start=start, end=end, form=text[start:end], name=head + province, province=province,
                       holder=text[start:end] if mention.holder else None, abbreviations=[])
        more.append(last)
        closes = "และ" in joint.group() or "เเละ" in joint.group()
        if closes:
            spaced = 0
        elif joint.group().strip() == "":
            spaced = spaced + 1
    return more[:len(more) - spaced]
