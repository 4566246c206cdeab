"""Sanity as data: what the extractor refuses to believe, dropped and reported.

Two checks run on every release:

- an event date outside a plausible window (:func:`use_year_window`, which the
  CLI sets from ``$EDUGRAPH_EVENT_YEARS``; by default 1990 to one year after the
  run) is dropped: the event stays, undated;
- an agency or programme name must have the shape of a name: a known head
  (every agency mention opens with one from the gazetteer), no verb, pronoun or
  clause particle inside the part that the text supplied (``อำเภอทุกคน``,
  ``อำเภอเป็นผู้มีบทบาทสำคัญ``), and not cut mid-word (``กรมการพัฒนาชุม``
  where the text goes on ``...ชุมชน``, or the text itself ends there), and not
  only the kind of body it is (``ศูนย์บริการ``, ``คณะกรรมการประสานงาน``: words
  listed as ``generic_name_words``).  A name that runs from a known name into the
  sentence is cut back to the name (``กรมบัญชีกลาง|สร้างการรับรู้``); a piece of
  the release's own longer name becomes that name.  A programme that ends on a
  preposition or holds a quantifier (``…ประยุกต์สู่``, ``…หลายโครงการ``) is dropped.
  A person whose name runs into a sentence (``อนุทินได้กำหนดให้...``) goes too.

Each drop is a :class:`Dropped` item; ``extract`` puts them in the record's
``dropped`` list (``{"type", "value", "reason"}``), which the scorer ignores and
a run report can count.

>>> from edugraph.loaders.gazetteer import load_gazetteer
>>> gaz = load_gazetteer()
>>> year_window(today=__import__("datetime").date(2026, 12, 4))
(1990, 2027)
>>> cut_mid_word("ร่วมกับกรมการพัฒนาชุมชน จังหวัด", 7, 21)
True
>>> cut_mid_word("ร่วมกับกรมการพัฒนาชุมชน จังหวัด", 7, 23)
False
>>> clause_inside("ทุกคน", gaz), clause_inside("จอมพระ", gaz)
(True, False)
>>> clause_inside("ผู้เข้ารับการฝึกอบรม", gaz, strict=True), clause_inside("พัฒนานิคม", gaz, strict=True)
(True, False)
"""
from __future__ import annotations

import datetime
import logging
import re
from dataclasses import dataclass

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.spaced_names import misspelt_entry
from edugraph.loaders.words import (dictionary_words, predicate_only, sentence_word, split_words, word_of_a_name,
                                    word_tag)

FIRST_YEAR = 1990
_BOUNDARY_LOOKAHEAD = 12      # characters of the text after a name that decide whether it is cut mid-word
_THAI = re.compile(r"[ก-๙]")
_SPACE = re.compile(r"\s+")
# pronouns (not เขา: a hill in place names), determiners and negation: no organisation's name holds them
_NOT_IN_NAMES = frozenset({"PDMN", "PNTR", "DIBQ", "DDBQ", "DDAN", "DDAC", "DIAC", "NEG"})
_NOT_IN_PLACE_NAMES = _NOT_IN_NAMES | {"JSBR", "JCRG", "XVAM", "XVBM", "XVAE", "XVMM", "XVBB"}
_VERB_TAGS = frozenset({"VACT", "VSTA", "XVAE", "XVBM", "XVAM", "XVMM", "XVBB"})
_JOINS = frozenset({"และ", "หรือ"})   # two names joined, or one name that joins two subjects
# a name that ends on one of these (prepositions: short ones) was cut before its object (…ประยุกต์สู่, …สุขใจไป)
_CUT_TAGS = frozenset({"RPRE", "XVAE", "XVBM", "XVAM", "XVMM", "XVBB"})
# several projects, in all, not more than: a sentence about projects, no project's name
_QUANTIFIER_TAGS = frozenset({"DIBQ", "DDAN", "DDBQ"})   # not ไม่: slogans (…ไม่ทิ้งใครไว้ข้างหลัง)
# a name ending on อื่น or นั้น (…สีอื่น "other lines", …ระยะสองนั้น "that phase") is the sentence's;
# inside a slogan they stay (โครงการบ้านนี้มีรัก ปลูกผักกินเอง)
_LAST_WORD_DETERMINERS = frozenset({"DIAC", "DDAC"})
_LONG_NAME_PART = 20
# a regional unit's number and seat (…ภาคที่ 11, … เขต 15 เชียงราย): its ที่ is no clause particle
_REGION_NUMBER = re.compile(r"(?:ที่)?\s?\d{1,2}(?:\s[ก-๙]+)?$")          # no given or family name is longer: a longer one runs into the text
log = logging.getLogger("edugraph.loaders")


@dataclass(frozen=True)
class Dropped:
    type: str          # "event_date", "Agency", "Programme", "Person"
    value: str
    reason: str

    def as_dict(self) -> dict:
        return {"type": self.type, "value": self.value, "reason": self.reason}


_configured_window: tuple[int, int] | None = None


def use_year_window(window: tuple[int, int] | None) -> None:
    """Set the plausible years of event dates for later extractions (None: 1990 to next year);
    the CLI passes ``$EDUGRAPH_EVENT_YEARS`` here (read by :mod:`edugraph.settings`)."""
    global _configured_window
    _configured_window = window


def year_window(today: datetime.date | None = None) -> tuple[int, int]:
    """(first, last) year an event may have: the configured window, or 1990 to next year."""
    if _configured_window is not None:
        return _configured_window
    return FIRST_YEAR, (today or datetime.date.today()).year + 1


def date_outside(date: str | None, window: tuple[int, int]) -> bool:
    return bool(date) and not window[0] <= int(date[:4]) <= window[1]


def cut_mid_word(text: str, start: int, end: int) -> bool:
    """Whether a name that the text spells in [start, end) stops inside a word: the text runs on
    with Thai letters and newmm puts no word boundary there, or the text itself ends on an
    unknown word."""
    if end >= len(text.rstrip()):
        last = split_words(text[start:end])[-1:] or ("",)
        return len(last[0]) >= 2 and last[0] not in dictionary_words() and word_tag(last[0]) in ("", None)
    if not _THAI.match(text[end]):
        return False
    # newmm drops the spaces of a spaced name (…ศิลปะ และวัฒนธรรม): count from after its last one
    start = max(start, max(text.rfind(" ", start, end), text.rfind("\u00a0", start, end)) + 1)
    stretch = text[start:min(len(text), end + _BOUNDARY_LOOKAHEAD)]
    at, boundaries = 0, set()
    for word in split_words(stretch):
        at += len(word)
        boundaries.add(at)
    return (end - start) not in boundaries


def _cut_by_the_end(text: str, start: int, end: int, names=()) -> bool:
    """Whether the text itself stops inside a name (a page cut short): it ends right there, on a
    stray syllable (…นวัตกรรมกา) or on the start of a known name (กรมการพัฒนาชุม)."""
    if end < len(text.rstrip()) or not _THAI.match(text.rstrip()[-1:]):
        return False
    name = text[start:end]
    last = split_words(name)[-1:] or ("",)
    return len(last[0]) <= 2 or any(known.startswith(name) and len(known) > len(name) for known in names)


def clause_inside(body: str, gaz: Gazetteer, *, strict: bool = False) -> bool:
    """Whether a name's own words include a pronoun, a determiner, a negation or a sentence word
    that no nominaliser turns into a noun (ทุกคน, เป็นผู้มีบทบาท): a piece of a sentence, not a name.
    ``strict`` (the place names of districts and local governments): conjunctions and auxiliaries
    count too (เพื่อให้)."""
    previous = ""
    refused = _NOT_IN_PLACE_NAMES if strict else _NOT_IN_NAMES
    words = split_words(body)
    for index, word in enumerate(words):
        if strict and index == 0 and word_tag(word) in gaz.not_place_tags:
            return True     # นายอำเภอ|ผู้เข้ารับการฝึกอบรม, นายอำเภอ|ทำได้: no place name opens so
        if len(word) >= (3 if strict else 2) and ((word_tag(word) in refused and not word_of_a_name(words, index, gaz))
                                                  or (word in gaz.name_stops and previous not in gaz.nominalisers)):
            return True
        previous = word
    return False


def _without_spaced_tail(body: str, gaz: Gazetteer) -> str:
    """A name's body without the word after its last space that still belongs to the name
    (``spaced_name_tails``: ...ภูบดินทร์ ในพระบรมราชูปถัมภ์), whose ใน is no clause particle."""
    at = body.rfind(" ")
    return body[:at] if at >= 0 and gaz.spaced_name_tail_rx.fullmatch(body, at) else body


# heads whose every Thai body the gazetteer lists (the ministries): an unknown name with one of them is a
# foreign ministry, a short form of a Thai one, or a figure of speech
_CLOSED_HEADS = frozenset({"กระทรวง"})
_OPENING_QUOTES = frozenset({"“", '"', "‘"})


def short_form_of(name: str, head: str, gaz: Gazetteer):
    """The one named agency of a closed head that an open name is the start of (กระทรวงดิจิทัล,
    กระทรวงทรัพยากรธรรมชาติ, กระทรวงการอุดมศึกษา), or None.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> short_form_of("กระทรวงดิจิทัล", "กระทรวง", load_gazetteer()).name
    'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม'
    >>> short_form_of("กระทรวงการ", "กระทรวง", load_gazetteer()) is None      # the start of several
    True
    """
    if len(name) < len(head) + 4:
        return None
    rest = name.replace(" ", "")[len(head):]
    starts = {entry.name: entry for tail, entry, official in gaz.names_after_head(head)
              if official and tail.startswith(rest) and len(tail) > len(rest)}
    return next(iter(starts.values())) if len(starts) == 1 else None


def generic_body(body: str, generic_words) -> bool:
    """Whether a name's own words only say what kind of body it is (บริการ, ประสานงาน, แห่งชาติ),
    joined by และ/หรือ: ศูนย์บริการ is any service centre, not one of them.

    >>> generic_body("ประสานงาน", {"ประสานงาน"}), generic_body("ค่าจ้าง", {"ประสานงาน"})
    (True, False)
    """
    words = [w for w in split_words(body) if w.strip()]
    return bool(words) and all(w in generic_words or w in _JOINS for w in words)


def sentence_after_name(name: str, head: str, gaz: Gazetteer, known_names=frozenset()) -> int | None:
    """Where an open name stops being a name and the sentence goes on, or None:

    - after a name the gazetteer or the same release knows, at a word that carries the sentence on
      (กรมบัญชีกลาง|สร้างการรับรู้, สำนักงานอัยการสูงสุด|ไปประกอบ..., คณะกรรมการค่าจ้าง|ชุด);
    - before the words that carry the sentence on at its end (…แห่งชาติ|ครั้ง);
    - at เพื่อ followed by a verb (กองทุนฝนหลวง|เพื่อใช้), where a name's เพื่อ takes a noun
      (กองทุนเพื่อความเสมอภาค, สำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม);
    - at และ/หรือ followed by another agency's head (…ทางทะเลและชายฝั่ง|และกรมป่าไม้).
    """
    words = list(split_words(name))
    # newmm's dictionary knows many offices as one word (กรมบัญชีกลาง, สำนักงานอัยการสูงสุด)
    dictionary_name = words[0] if words and len(words[0]) > len(head) and words[0].startswith(head) \
        and words[0] in dictionary_words() else None
    for cut in range(len(name) - 1, len(head) + 1, -1):
        if gaz.agency_by_form(name[:cut]) is None and name[:cut] not in known_names and name[:cut] != dictionary_name:
            continue
        rest = split_words(name[cut:].strip())
        # …และ…, …แห่งประเทศไทย, …เพื่อการพัฒนา (เพื่อ + a verb is the last rule's)
        goes_on = rest and (rest[0] in _JOINS or rest[0].startswith("แห่ง") or rest[0] in gaz.name_end_keep)
        if rest and not goes_on and (rest[0] in gaz.known_name_tails or sentence_word(rest[0], gaz)):
            return cut
        break
    at = len(name)
    while len(words) > 1 and words[-1] in gaz.known_name_tails:      # …แห่งชาติ|ครั้ง ที่ 1/2566
        at -= len(words.pop())
    if at < len(name) and name[at - 1] != " ":
        return at
    words = list(split_words(name[len(head):]))
    if len(words) > 1 and words[-1] in _JOINS:
        return len(name) - len(words[-1])       # กรมโยธาธิการและผังเมือง|และ: cut before the list goes on
    at = len(head)
    for word, following in zip(words, words[1:]):
        if word == "เพื่อ" and at > len(head) and word_tag(following) in _VERB_TAGS:
            return at
        if word in _JOINS and at > len(head) + 2 and (opener := gaz.agency_rx.match(name, at + len(word))) \
                and gaz.family_head_form(opener.group()) is not None:
            return at       # two names run together: กรมทรัพยากรทางทะเลและชายฝั่ง|และกรมป่าไม้
        if word in _JOINS and at > len(head) + 2 and gaz.position_head_rx.match(following):
            return at       # สมาคมแม่บ้านมหาดไทย|และประธาน…: the list goes on with a person's office
        at += len(word)
    return None


def programme_sentence(body: str, words, gaz: Gazetteer) -> str | None:
    """Why a programme's words (after โครงการ) are a sentence about a project or a name cut short, or None.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> body = "รักษาเสถียรภาพราคาสุกรที่จะดำเนินการ"
    >>> programme_sentence(body, split_words(body), gaz)
    'a clause word inside (ที่จะ, เป็นไปตาม, ร้อยละ): a sentence about the project'
    >>> body = "บรรเทาอุทกภัยและบริหารจัดการน้ำพื้นที่"
    >>> programme_sentence(body, split_words(body), gaz)
    'ends on a word that waits for its place or object (พื้นที่, เชื่อม): the name is cut'
    >>> body = "ก่อสร้างอาคารอเนกประสงค์"
    >>> programme_sentence(body, split_words(body), gaz)
    'only a work and a common object (ก่อสร้าง|อาคารอเนกประสงค์): an activity, no named programme'
    >>> body = "จัดการศึกษาเชิงพื้นที่"         # เชิง makes พื้นที่ a modifier: area-based
    >>> programme_sentence(body, split_words(body), gaz) is None
    True
    >>> body = "พัฒนาท่าเรือแหลมฉบัง"
    >>> programme_sentence(body, split_words(body), gaz) is None
    True
    """
    bounds, at = {0}, 0
    for word in words:
        at += len(word)
        bounds.add(at)
    def whole(at: int, phrase: str) -> bool:
        return at in bounds and at + len(phrase) in bounds
    if any(whole(i, w) for w in gaz.programme_clause_words for i in _occurrences(body, w)):
        return "a clause word inside (ที่จะ, เป็นไปตาม, ร้อยละ): a sentence about the project"
    if any(body.startswith(w) and whole(0, w) for w in gaz.programme_clause_openers):
        return "the project is the subject of a verb (โครงการ|ตั้งเป้า…): a sentence"
    works = next((w for w in gaz.programme_works if body.startswith(w)), None)
    if works and body[len(works):] in gaz.programme_works_objects:
        return "only a work and a common object (ก่อสร้าง|อาคารอเนกประสงค์): an activity, no named programme"
    if any(body.endswith(w) and len(body) > len(w) and whole(len(body) - len(w), w)
           and not body[:-len(w)].endswith(gaz.programme_open_end_modifiers) for w in gaz.programme_open_ends):
        return "ends on a word that waits for its place or object (พื้นที่, เชื่อม): the name is cut"
    return None


def _occurrences(text: str, phrase: str):
    at = text.find(phrase)
    while at >= 0:
        yield at
        at = text.find(phrase, at + 1)


def name_broken_off(name: str, text: str, end: int, known_names) -> str | None:
    """The longer name of the same release that ``name`` (ending at ``end``) is a piece of: the text
    goes on with the rest after a line break or spaces (กรมป้องกันและบรรเทา⏎สาธารณภัย), or marks the
    shortening with ฯ (คณะกรรมการโคนมฯ after คณะกรรมการโคนมและผลิตภัณฑ์นม)."""
    longer = sorted((n for n in known_names if len(n) > len(name) + 1 and n.startswith(name)), key=len)
    if not longer:
        return None
    after = _SPACE.sub("", text[end:end + 80])
    return next((n for n in longer if after.startswith(_SPACE.sub("", n[len(name):]))), None) \
        or (longer[0] if after.startswith("ฯ") else None)


def warn(dropped: list[Dropped], doc: str) -> None:
    for item in dropped:
        log.warning("%s: dropped %s %r: %s", doc, item.type, item.value, item.reason)


def screen_names(analysis) -> list[Dropped]:
    """Drop, from ``analysis``, the agency, programme and person mentions without a name's shape."""
    text, gaz = analysis.text, analysis.gaz
    dropped: list[Dropped] = []

    def refuse(kind: str, value: str | None, reason: str) -> bool:
        if not any(d.type == kind and d.value == value for d in dropped):
            dropped.append(Dropped(kind, value or "", reason))
        return False

    known_agencies = [entry.name for entry in gaz.agencies]
    known_names = frozenset(m.name for m in analysis.agencies if m.name)

    def agency_ok(m) -> bool:
        family = m.family
        if m.entry is not None or family is None or family.slot not in ("open", "place") or not m.name:
            return True
        if family.slot == "open" and (whole := name_broken_off(m.name, text, m.end, known_names)):
            m.name = whole      # the release's own longer name, broken by a line or shortened with ฯ
            return True
        if family.slot == "open" and (entry := misspelt_entry(m.name, family.head, gaz)) is not None:
            m.name, m.entry, m.kind = entry.name, entry, entry.kind   # a slip: the official spelling
            return True
        if family.head in _CLOSED_HEADS and (entry := short_form_of(m.name, family.head, gaz)) is not None:
            m.name, m.entry, m.kind = entry.name, entry, entry.kind   # กระทรวงดิจิทัล: the ministry's short form
            return True
        if family.head in _CLOSED_HEADS and text[m.start - 1:m.start] in _OPENING_QUOTES:
            return refuse("Agency", m.name, "a ministry no government has, in quotes: a slogan or an image")
        body = m.name[len(family.head):] if m.name.startswith(family.head) else m.name
        cut = sentence_after_name(m.name, family.head, gaz, known_names) if family.slot == "open" else None
        if cut and text.startswith(m.name[:cut], m.start):
            # the name, and the sentence after it: keep the name
            kept = m.name[:cut]
            m.form, m.end = kept, m.start + cut
            entry = gaz.agency_by_form(kept)
            if entry is not None:
                m.name, m.entry, m.kind = entry.name, entry, entry.kind
                return True
            m.name, body = kept, kept[len(family.head):]
            if not body.strip():
                return refuse("Agency", m.name, "only a kind of body is left once the sentence is cut off")
        if clause_inside(_REGION_NUMBER.sub("", _without_spaced_tail(body, gaz)), gaz, strict=family.slot == "place"):
            return refuse("Agency", m.name, "a verb, pronoun or clause particle inside the name")
        if cut_mid_word(text, m.start, m.end) or _cut_by_the_end(text, m.start, m.end, known_agencies):
            return refuse("Agency", m.name, "cut mid-word")
        if family.head == "คณะ" and m.kind == "university" and " " not in m.name:
            # a faculty's name carries its university: the release's own fuller naming, else none
            fuller = next((o.name for o in analysis.agencies if o.name and o.name.startswith(m.name + " ")), None)
            if fuller is None:
                return refuse("Agency", m.name, "a faculty named without its university")
            m.name = fuller
        if family.slot == "open" and generic_body(body, gaz.generic_name_words | set(family.generic)):
            return refuse("Agency", m.name, "only says what kind of body it is (ศูนย์บริการ), not which")
        if family.slot == "open" and predicate_only(text, text[m.start:m.end]):
            return refuse("Agency", m.name, "only ever what something is to become (เป็นศูนย์ขนส่งสินค้า), no body")
        words = split_words(body) if body else ()
        if family.slot == "open" and len(words) > 1 and words[-1] in gaz.name_open_ends:
            return refuse("Agency", m.name, "ends on a word that waits for what it is of (ของ, ผู้): the name is cut")
        if family.slot == "open" and len(words) == 1 and word_tag(words[0]) == "VACT" \
                and words[0] not in gaz.name_openers and not text.startswith("ฯ", m.end):
            # ศูนย์วิจัย, คณะกรรมการตรวจสอบ, กองทุนส่งเสริม|...: what a body does names its kind, or the
            # name runs on into the sentence; either way no one body
            return refuse("Agency", m.name, "names only what the body does (ศูนย์วิจัย), not which body")
        if family.head == "บริษัท" and "จำกัด" not in m.name and words and all(
                w in dictionary_words() for w in words if w.strip()):
            return refuse("Agency", m.name, "a common noun phrase (บริษัทเครื่องดื่ม), no company's name")
        last = words[-1:]
        if last and " " not in m.name and gaz.family_head_form(last[0]) is not None and not text.startswith("ฯ", m.end):
            # คณะกรรมการสถาบัน, โรงเรียนเทศบาล: "the X of an agency" whose name the text gives elsewhere
            return refuse("Agency", m.name, "ends on another agency's bare head")
        return True

    def programme_ok(p) -> bool:
        if gaz.programme_by_form(p.base) is not None:
            return True
        if cut_mid_word(text, p.start, p.end) or _cut_by_the_end(text, p.start, p.end):
            return refuse("Programme", p.name or p.base, "cut mid-word")
        words = split_words(p.base[len("โครงการ"):] if p.base.startswith("โครงการ") else p.base)
        if words and word_tag(words[-1]) in _CUT_TAGS and (len(words[-1]) <= 4 or word_tag(words[-1]) != "RPRE"):
            return refuse("Programme", p.name or p.base, "ends on a preposition or auxiliary: the name is cut")
        if any(len(w) >= 2 and w != "บาง" and word_tag(w) in _QUANTIFIER_TAGS for w in words) \
                or (words and word_tag(words[-1]) in _LAST_WORD_DETERMINERS):  # บาง: บางไผ่, a place
            return refuse("Programme", p.name or p.base, "a quantifier inside (หลาย, ทั้งสิ้น, อื่น): a sentence")
        if not text.startswith("ฯ", p.end) and (reason := programme_sentence("".join(words), words, gaz)):
            return refuse("Programme", p.name or p.base, reason)
        return True

    def person_ok(p) -> bool:
        if any(len(part) > _LONG_NAME_PART for part in p.name.split(" ")):
            return refuse("Person", p.name, "the name runs into a sentence")
        return True

    analysis.agencies = [m for m in analysis.agencies if agency_ok(m)]
    analysis.programmes = [p for p in analysis.programmes if programme_ok(p)]
    analysis.persons = [p for p in analysis.persons if person_ok(p)]
    return dropped


def screen_dates(events, window: tuple[int, int]) -> list[Dropped]:
    """Undate the events whose date falls outside ``window`` (a misread year: 1911, 2114)."""
    dropped = []
    for event in events:
        if date_outside(event.date, window):
            dropped.append(Dropped("event_date", event.date, f"outside {window[0]}–{window[1]}"))
            event.date = event.end_date = None
        elif date_outside(event.end_date, window):
            event.end_date = None
    return dropped
