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

What a name's shape is, word by word, is read in ``name_shape.py``; this module applies it to a release's
mentions and reports what it drops.  Each drop is a :class:`Dropped` item; ``extract`` puts them in the record's
``dropped`` list (``{"type", "value", "reason"}``), which the scorer ignores and
a run report can count.

>>> year_window(today=__import__("datetime").date(2026, 12, 4))
(1990, 2027)
"""
from __future__ import annotations

import datetime
import logging
import re
from dataclasses import dataclass

from edugraph.loaders.name_shape import (LONG_NAME_PART, clause_inside, cut_by_the_end, cut_mid_word, every_one_of_a_kind,
                                         generic_body, name_broken_off, programme_sentence, sentence_after_name, short_form_of, without_spaced_tail)
from edugraph.loaders.spaced_names import misspelt_entry
from edugraph.loaders.unit_names import university_glued_on
from edugraph.loaders.words import dictionary_words, predicate_only, split_words, word_tag

FIRST_YEAR = 1990
# heads whose every Thai body the gazetteer lists (the ministries): an unknown name with one of them is a
# foreign ministry, a short form of a Thai one, or a figure of speech
_CLOSED_HEADS = frozenset({"กระทรวง"})
_OPENING_QUOTES = frozenset({"“", '"', "‘"})
_CLOSING_QUOTES = frozenset({"”", '"', "’", "“"})
# a name that ends on one of these (prepositions: short ones) was cut before its object (…ประยุกต์สู่, …สุขใจไป)
_CUT_TAGS = frozenset({"RPRE", "XVAE", "XVBM", "XVAM", "XVMM", "XVBB"})
# several projects, in all, not more than: a sentence about projects, no project's name
_QUANTIFIER_TAGS = frozenset({"DIBQ", "DDAN", "DDBQ"})   # not ไม่: slogans (…ไม่ทิ้งใครไว้ข้างหลัง)
# a name ending on อื่น or นั้น (…สีอื่น "other lines", …ระยะสองนั้น "that phase") is the sentence's;
# inside a slogan they stay (โครงการบ้านนี้มีรัก ปลูกผักกินเอง)
_LAST_WORD_DETERMINERS = frozenset({"DIAC", "DDAC"})
# a regional unit's number and seat (…ภาคที่ 11, … เขต 15 เชียงราย): its ที่ is no clause particle
_REGION_NUMBER = re.compile(r"(?:ที่)?\s?\d{1,2}(?:\s[ก-๙]+)?$")          # no given or family name is longer: a longer one runs into the text
# an abbreviation mark right after a name (ศูนย์แพทย์ฯ, กรมดำรงฯ), not ฯลฯ (and so on)
_SHORTENED = re.compile(r"[ \u00a0]?ฯ(?!ลฯ)")
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
        if family.slot == "open" and _SHORTENED.match(text, m.end) and not any(
                word in m.name for word in gaz.words["royal_name_openers"][:-1] + gaz.words["royal_patron_names"]):
            # (a royal's name shortened with ฯ ends a name in full: โรงเรียน…สมเด็จพระศรีนครินทร์ฯ)
            return refuse("Agency", m.name, "shortened with ฯ, and the release writes no longer name it stands for")
        if family.head in _CLOSED_HEADS and text[m.start - 1:m.start] in _OPENING_QUOTES:
            return refuse("Agency", m.name, "a ministry no government has, in quotes: a slogan or an image")
        if family.slot == "open" and every_one_of_a_kind(m.name, text, m.end, gaz):
            return refuse("Agency", m.name, "every or some body of a kind (…ทุกแห่ง, …ทั่วประเทศ), not one")
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
        if clause_inside(_REGION_NUMBER.sub("", without_spaced_tail(body, gaz)), gaz, strict=family.slot == "place"):
            return refuse("Agency", m.name, "a verb, pronoun or clause particle inside the name")
        if cut_mid_word(text, m.start, m.end) or cut_by_the_end(text, m.start, m.end, known_agencies):
            return refuse("Agency", m.name, "cut mid-word")
        if family.head == "คณะ" and m.kind == "university" and " " not in m.name:
            # a faculty's name carries its university: the release's own fuller naming, else none
            fuller = next((o.name for o in analysis.agencies if o.name and o.name.startswith(m.name + " ")), None) \
                or university_glued_on(m.name, len(family.head) + 1, gaz)
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
                and words[0] not in gaz.name_openers and not text.startswith("ฯ", m.end) \
                and not gaz.province_by_form(words[0]):        # โรงพยาบาลแพร่: a province, whatever else แพร่ means
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
        if cut_mid_word(text, p.start, p.end) or cut_by_the_end(text, p.start, p.end):
            return refuse("Programme", p.name or p.base, "cut mid-word")
        words = split_words(p.base[len("โครงการ"):] if p.base.startswith("โครงการ") else p.base)
        quoted = text[p.start - 1:p.start] in _OPENING_QUOTES and text[p.end:p.end + 1] in _CLOSING_QUOTES
        if words and word_tag(words[-1]) in _CUT_TAGS and (len(words[-1]) <= 4 or word_tag(words[-1]) != "RPRE") \
                and not quoted:     # (“ชุมชน คน ป่า อยู่ร่วมกันได้”: the quotes end it, no text break cut it)
            return refuse("Programme", p.name or p.base, "ends on a preposition or auxiliary: the name is cut")
        if any(len(w) >= 2 and w != "บาง" and word_tag(w) in _QUANTIFIER_TAGS for w in words) \
                or (words and word_tag(words[-1]) in _LAST_WORD_DETERMINERS):  # บาง: บางไผ่, a place
            return refuse("Programme", p.name or p.base, "a quantifier inside (หลาย, ทั้งสิ้น, อื่น): a sentence")
        if not text.startswith("ฯ", p.end) and not quoted and (reason := programme_sentence("".join(words), words, gaz)):
            return refuse("Programme", p.name or p.base, reason)
        return True

    def unprefixed(part: str) -> str:
        # a monk's title-name (สมเด็จพระมหารัชมงคลมุนี) is long by its rank's opener
        opener = gaz.monastic_opener_rx.match(part)
        return part[opener.end():] if opener else part

    def person_ok(p) -> bool:
        if any(len(unprefixed(part)) > LONG_NAME_PART for part in p.name.split(" ")):
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
