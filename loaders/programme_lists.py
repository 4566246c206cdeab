"""Where a ``โครงการ...`` name ends when a list is around it: a programme listed before another runs to the
list's comma, and a name a space cut inside the list of what it covers runs to that list's last item.  The
siblings of ``programme_ends.py``."""
from __future__ import annotations

import re

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.words import agency_head_in, is_thai_letter, split_words, thai_run, word_tag

_LISTED_STRETCH_MAX = 90
_APART_AT = re.compile(r"(?:^|\s)ณ(?:\s|$)")     # ณ the preposition, written apart
_LIST_SEPARATOR = re.compile(r"[,\n.()“”\"]|\s(?:และ|หรือ)\s?โครงการ")
_NEXT_ITEM = re.compile(r"(?:\s?,\s?(?:และ|หรือ)?|\s(?:และ|หรือ))\s?โครงการ")


def listed_end(text: str, end: int, hi: int, gaz: Gazetteer) -> int:
    """A programme listed before another (…, โครงการ…) runs to the comma: the list's separators, not
    its stop words, end each item (โครงการพัฒนาคุณภาพชีวิตของประชาชน, โครงการช่วยเหลือสาธารณสังคม
    เพื่อรณรงค์…, โครงการ…), unless the stretch holds a word of the sentence (ซึ่ง, จะ, โดย...).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "โครงการพัฒนาคุณภาพชีวิตของประชาชน, โครงการองค์กรธรรมาภิบาล"
    >>> text[:listed_end(text, 23, len(text), gaz)]
    'โครงการพัฒนาคุณภาพชีวิตของประชาชน'
    >>> text = "โครงการซ่อมแซมที่อยู่อาศัยให้แก่ครอบครัวของนักเรียน จำนวน 20 ครอบครัว และโครงการยกระดับ"
    >>> text[:listed_end(text, 14, len(text), gaz)]
    'โครงการซ่อมแซมที่อยู่อาศัยให้แก่ครอบครัวของนักเรียน'
    >>> text = "โครงการพัฒนาคุณภาพชีวิตของประชาชน ซึ่งมี, โครงการองค์กร"
    >>> text[:listed_end(text, 23, len(text), gaz)]
    'โครงการพัฒนาคุณภาพชีวิต'
    """
    stretch = text[end:min(hi, end + _LISTED_STRETCH_MAX)]
    separator = _LIST_SEPARATOR.search(stretch)
    if separator is None or not _NEXT_ITEM.match(stretch, separator.start()):
        return end
    between = stretch[:separator.start()]
    count = re.search(r"\s?(?:" + "|".join(gaz.words["programme_list_counts"]) + r")\s?\d", between)
    between = between[:count.start()] if count else between
    if "โครงการ" in between or _APART_AT.search(between) or any(
            word in gaz.words["programme_list_breaks"] for word in split_words(between)):
        return end
    return end + len(between.rstrip())


_CONJUNCTIONS = ("และ", "หรือ")
_CONJUNCTION_NEAR = re.compile("และ|หรือ")
_LISTED_ITEMS_MAX = 4


def enumerated_end(text: str, at: int, end: int, hi: int, gaz: Gazetteer) -> int:
    """A name that a space cut inside the list of what it covers goes on to the list's last item, the one และ or
    หรือ joins (…ยกระดับทักษะ| สมรรถนะ หรือการเรียนรู้, …คุณธรรมจริยธรรม| ค่านิยมและความเป็นไทย, …ปากและเท้าเปื่อย|
    วัคซีนป้องกันโรคเฮโมรายิกเซปทิซีเมีย และวัคซีนลัมปีสกิน).  Each item is one run of Thai a space apart, opening
    like the name's last word (a noun, or a verb after a verb: ส่งเสริม| สนับสนุน และพัฒนา…), with no stop word,
    province, agency or programme in it; a stretch that is not closed by และ/หรือ within a few runs is the sentence's.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "ภายใต้โครงการเสริมสร้างคุณธรรมจริยธรรม ค่านิยมและความเป็นไทย ณ วัด"
    >>> text[6:enumerated_end(text, 13, 38, len(text), gaz)]
    'โครงการเสริมสร้างคุณธรรมจริยธรรม ค่านิยมและความเป็นไทย'
    >>> text = "ภายใต้โครงการเสริมสร้างคุณธรรมจริยธรรม ประชาชนและเจ้าหน้าที่ได้ร่วม"
    >>> enumerated_end(text, 13, 38, len(text), gaz)
    38
    >>> text = "ดำเนินโครงการสร้างที่อยู่อาศัย เพื่อผู้ด้อยโอกาส ผู้ยากไร้ ผู้สูงอายุ และผู้พิการมาอย่างต่อเนื่อง"
    >>> text[6:enumerated_end(text, 13, text.index(" ผู้ยากไร้"), len(text), gaz)]
    'โครงการสร้างที่อยู่อาศัย เพื่อผู้ด้อยโอกาส ผู้ยากไร้ ผู้สูงอายุ และผู้พิการ'
    """
    if text[end:end + 1] != " " or not _CONJUNCTION_NEAR.search(text, end, min(hi, end + _LISTED_STRETCH_MAX * 2)):
        return end          # (the cheap test first: most names have no list after them)
    name_words = split_words(thai_run(text, max(at, end - 40), end) or text[at:end])
    if not name_words or not 0 < end - at or not is_thai_letter(text[end - 1]):
        return end
    kind = (word_tag(name_words[-1]) or "N")[:1]
    pos = end
    for _ in range(_LISTED_ITEMS_MAX):
        run = thai_run(text, pos + 1, hi) if text[pos:pos + 1] == " " else ""
        words = split_words(run) if run else ()
        checked = [w for i, w in enumerate(words) if not (i and words[i - 1].startswith(tuple(gaz.nominalisers)))]
        if words and words[0] in _CONJUNCTIONS and len(words) > 2 and pos > end:
            kept = next((i for i in range(2, len(words)) if _no_item_word(words[i], gaz)), len(words))
            # only at an auxiliary that no stop list holds (…และผู้พิการ|มาอย่างต่อเนื่อง; not …และประเมินผล|ให้…,
            # …งาน|ตามนโยบาย…: there the whole stretch is the sentence), not inside an unknown word (ลัม|ปี|สกิน)
            breaker = words[kept] if kept < len(words) else ""
            if word_tag(words[kept - 1]) and (word_tag(breaker) or "").startswith("XV") \
                    and breaker not in gaz.programme_stops and breaker not in gaz.words["programme_list_breaks"]:
                words, run = words[:kept], "".join(words[:kept])    # (…และผู้พิการ|มาอย่างต่อเนื่อง: the sentence's)
                checked = [w for w in checked if w in words]
        if not words or "โครงการ" in run or gaz.province_rx.search(run) or agency_head_in(run, gaz) or any(
                _no_item_word(w, gaz) for w in checked):
            return end
        if words[0] in _CONJUNCTIONS and pos == end or words[-1] in _CONJUNCTIONS:
            return end      # (…หาดใหญ่-สุไหงโก-ลก| และรับฟัง…: the sentence's next clause, not a listed item)
        joined = words[0] in _CONJUNCTIONS or any(w in _CONJUNCTIONS for w in words[1:])
        first = words[1] if words[0] in _CONJUNCTIONS and len(words) > 1 else words[0]
        if not joined and (word_tag(first) or "N")[:1] not in ("N", kind):
            return end
        pos += 1 + len(run)
        if joined:
            return pos
    return end


def _no_item_word(word: str, gaz: Gazetteer) -> bool:
    """Whether a word shows a listed stretch to be the sentence: a stop word, a list break, or a word of no name
    (a conjunction and ผู้… aside: และผู้|พิการ; after a nominaliser, ความ|เป็นไทย, the caller skips it)."""
    return word in gaz.programme_stops or word in gaz.words["programme_list_breaks"] or (
        word not in _CONJUNCTIONS and word not in gaz.words["programme_purpose_people"]
        and (word_tag(word) or "") in gaz.not_name_tags)
