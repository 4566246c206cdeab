"""Where an event took place: the venue after ``ณ`` (or ``ที่`` + a place word) near the event's words.

``events.find_events`` calls :func:`find_venue` for every event it keeps (an ``events.Event``, not imported
here: that module imports this one); HELD_IN and the venue's agencies follow from the span it sets.
"""
from __future__ import annotations

import re
from edugraph.loaders.document import Analysis
from edugraph.loaders.event_dates import date_in
from edugraph.loaders.unit_names import can_be_part_of
from edugraph.loaders.words import is_thai_letter

# ที่ + a place word, or ที่ right after the time (เวลา 10.00 น. ที่อิมแพ็ค ...), opens a venue
_PLACE_MARKER = re.compile(r"(?:(?<![ก-๙])ที่(?=จังหวัด|จ\.|อำเภอ|ห้อง|โรงแรม|ศูนย์|อาคาร|โรงเรียน|มหาวิทยาลัย|ทำเนียบ"
                           r"|กระทรวง|สำนักงาน|หอประชุม|ศาลากลาง)|(?<=น\.\s)ที่|(?<=\)\s)ที่)")
# what may stand between a paragraph's opening day and its venue (เวลา 10.30 น., a bracket's close)
_AFTER_OPENING_DAY = re.compile(r"[\s)]*(?:เวลา\s?[\d.:]+\s?(?:น\.|นาฬิกา)?)?\s*")
_OPENING_DAY_REACH = 16     # characters from a paragraph's start to its opening day (วันนี้ (, เมื่อวันพุธที่ )
# the heads a place's name is glued to (ตำบลพนางตุง, แขวงนางเลิ้ง): a title inside such a name is no person's
_PLACE_HEADS = ("ตำบล", "ต.", "อำเภอ", "อ.", "แขวง", "เขต")
# ที่ right after a day written out (ในวันที่ 18 พ.ย. 67 ที่สวนสัตว์เปิดเขาเขียว อำเภอศรีราชา): the day's place, whatever
# word opens it, unless a clause goes on (ที่ผ่านมา, ที่จะถึงนี้, ที่ได้...)
_AFTER_DAY = re.compile(r"\s?ที่\s?(?=[ก-๙])(?!ผ่าน|จะ|ได้|มี|เป็น|ไม่|ยัง|แล้ว|นี้|สุด|สำคัญ|ดี|เกี่ยว|ตั้ง|ประชุม|ปรึกษา)")
_ACTING = re.compile(r"\s(?:ร่วมกับ|ได้จัด|จัด|ร่วมจัด|ได้ร่วม|ได้ดำเนิน|ลงนาม|ได้ลงนาม|ดำเนินการ)")


def _subject_start(analysis: Analysis, start: int, end: int) -> int:
    """A venue cut by a verb (ณ หอประชุมมหาวิทยาลัยX คณะครุศาสตร์ มหาวิทยาลัยX จัด...) ends before
    the agency written last, after a space, when a place was named before it: that agency (with
    the parent written after it) is the subject of the next clause."""
    text = analysis.text
    inside = [m for m in analysis.agencies if start <= m.start < end and m.end <= end + 1 and m.name]
    if not inside or text[inside[-1].end:end].strip():
        return end
    index = len(inside) - 1
    while index > 0 and text[inside[index - 1].end:inside[index].start] == " " \
            and can_be_part_of(inside[index - 1], inside[index], analysis.gaz):
        index -= 1
    subject = inside[index]
    if text[subject.start - 1:subject.start] != " ":
        return end
    if index == 0 and not (text[start:subject.start].strip() and _ACTING.match(text, end)):
        return end      # one agency alone is the venue (ณ โรงเรียนX โดยมี...) unless a verb follows it
    return subject.start - 1


def _subject_after(analysis: Analysis, start: int, end: int) -> int | None:
    """Where a person, or an office holder written alone after a space, opens the next clause inside a
    venue's reach (ณ โรงเรียนX จังหวัดระยอง นายกรัฐมนตรีเป็นประธาน...): the venue ends there."""
    person = _person_title(analysis, start, end)
    if person is not None:
        return person.start()
    return next((m.start for m in analysis.agencies if m.holder and start + 4 <= m.start < end
                 and analysis.text[m.start - 1:m.start] == " "), None)


def _person_title(analysis: Analysis, start: int, end: int):
    """The first person's title in [start, end) that is not a piece of an agency's name (กสศ. holds ศ.) nor of
    a place's written glued to its head (ตำบลพนางตุง holds นาง), nor a word glued inside a place's name that no
    person's name follows (สถานแรกรับเด็กหญิงบ้านธัญญพร, โบราณสถานหอนางอุสา: the girls' home, Lady Usa's tower)."""
    text = analysis.text
    for match in analysis.gaz.title_rx.finditer(text, start, end):
        run = text.rfind(" ", start, match.start()) + 1 or start
        if any(m.start <= match.start() < m.end for m in analysis.agencies) \
                or (run < match.start() and text.startswith(_PLACE_HEADS, run)):
            continue
        if is_thai_letter(text[match.start() - 1]) and not _after_a_place(analysis, match.start()) \
                and not any(p.start == match.start() for p in analysis.persons):
            continue
        return match
    return None


def _after_a_place(analysis: Analysis, at: int) -> bool:
    """Whether a province's name ends at ``at`` (…เขตพระนคร กรุงเทพมหานครนางสาวจิราพร: the venue's last word, then
    the person glued to it)."""
    return any(m.end() == at for m in analysis.gaz.province_rx.finditer(analysis.text, max(0, at - 20), at))


def deck_venue(analysis: Analysis, event, events: list) -> None:
    """An event told first in a deck that states no day, whose next paragraph opens with the event's day and then a
    place (``วันนี้ (29 พฤศจิกายน 2566) ที่อาคารอิมแพ็ค ฟอร์รั่ม เมืองทองธานี จ.นนทบุรี นพ.ชลน่าน ...``): the story after
    the deck sets its scene first.  Run once the days are chosen; only the opening counts (a place later in that
    paragraph may be another activity's)."""
    para_start, para_end = analysis.paragraph_of(event.intro)
    index = analysis.paragraph_index(para_start) + 1
    if event.venue or event.date is None or date_in(analysis, para_start, para_end) is not None \
            or index >= len(analysis.paragraphs):
        return
    start, end = analysis.paragraphs[index]
    day = next((m for m in analysis.dates if start <= m.start <= start + _OPENING_DAY_REACH), None)
    if day is None or day.date != event.date or any(start <= e.intro < end for e in events if e is not event):
        return
    at = _AFTER_OPENING_DAY.match(analysis.text, day.end).end()
    marker = analysis.gaz.venue_rx.match(analysis.text, at) or _place_marker(analysis, at, end, at_start=True)
    if marker is not None:
        _place_after(analysis, event, marker.end(), end)


def find_venue(analysis: Analysis, event, events: list, at: tuple[int, int] | None = None) -> None:
    """``ณ ...`` after the cue in its paragraph, before it, or in the scene-setting paragraph before;
    ``ณ สถานที่เดียวกัน`` is the venue of the event before.  ``at``: the words of a later mention
    to read around instead of the event's own introduction."""
    text, gaz = analysis.text, analysis.gaz
    cue_start, cue_end = at or (event.intro, event.title_span[1])
    para_start, para_end = analysis.paragraph_of(cue_start)
    spans = [(cue_end, para_end), (para_start, cue_start)]
    index = analysis.paragraph_index(para_start)
    # a sentence broken over lines: the venue opens one of the next two lines (…\nณ ห้องประชุม…)
    for start, end in analysis.paragraphs[index + 1:index + 3]:
        if text.startswith(("ณ ", "ณ\u00a0"), start):
            spans.append((start, end))
            break
        if analysis.event_cue_in(start, end):
            break
    if index > 0:
        prev_start, prev_end = analysis.paragraphs[index - 1]
        if prev_start >= analysis.body_start and not analysis.event_cue_in(prev_start, prev_end):
            spans.append((prev_start, prev_end))
    for start, end in spans:
        marker = venue_marker(analysis, start, end)
        if marker is None:
            continue
        stop = gaz.venue_stop_rx.search(text, marker.end(), min(end, marker.end() + 160))
        venue_end = stop.start() if stop else min(end, marker.end() + 160)
        person = _subject_after(analysis, marker.end(), venue_end)
        if person is not None and person > marker.end() + 3:
            venue_end = person
        elif stop:
            venue_end = _subject_start(analysis, marker.end(), venue_end)
        venue = text[marker.end():venue_end].strip(" ,")
        if venue and gaz.same_venue_rx.match(venue):
            placed = [e for e in events if e.venue]
            if placed:
                event.venue, event.venue_span = placed[-1].venue, placed[-1].venue_span
                return
        if venue:
            event.venue, event.venue_span = venue, (marker.end(), venue_end)
            return
    # ที่ too in a scene-setting paragraph that states the day (วันนี้ (9 ก.ค. 63) เวลา 09.00 น. ที่โรงแรม...)
    scene = [(s, e) for s, e in spans[2:] if e <= cue_start and date_in(analysis, s, e) is not None]
    for start, end in spans[:2] + scene[-1:]:
        marker = _place_marker(analysis, start, end, day=event.date)
        if marker is not None and _place_after(analysis, event, marker.end(), end):
            return


def venue_marker(analysis: Analysis, start: int, end: int):
    """The first ``ณ`` (``venue_markers``) in [start, end) that opens a place, not a family name's."""
    return next((m for m in analysis.gaz.venue_rx.finditer(analysis.text, start, end)
                 if not surname_particle(analysis, m.start())), None)


def surname_particle(analysis: Analysis, at: int) -> bool:
    """Whether the ณ at ``at`` is a family name's (โดยนายชาตรี ณ ถลาง รองผู้ว่าราชการจังหวัดสตูล, นางยุถิกา อิศรางกูร
    ณ อยุธยา): one of ``na_surnames`` follows it as a word, and a person's title opens one of the two words before.

    >>> from edugraph.loaders.extract import extract
    >>> text = "หัวข่าว\\n\\nวันนี้ (5 ม.ค. 68) นายสมชาย ใจดี เป็นประธานเปิดงานมหกรรมวิชาการ โดยมี นายวิชัย ณ เชียงใหม่ ร่วมงาน"
    >>> [r for r in extract(text, doc="x")["relations"] if r["type"] == "HELD_IN"]
    []
    """
    text = analysis.text
    after = text[at + 1:at + 24].lstrip()
    if not any(after.startswith(word) and not is_thai_letter(after[len(word):len(word) + 1])
               for word in analysis.gaz.words["na_surnames"]):
        return False
    title_rx = analysis.gaz.title_rx
    return any(title_rx.search(word) and not title_rx.fullmatch(word) for word in text[max(0, at - 40):at].split()[-2:])


def _place_marker(analysis: Analysis, start: int, end: int, *, at_start: bool = False, day: str | None = None):
    """The first ``ที่`` in [start, end) that opens a place (not ที่ปรึกษา, ที่ประชุม: ``not_venue_after_marker``),
    or one right after the event's own ``day`` written out (another day's place is another activity's)."""
    words = analysis.gaz.words["not_venue_after_marker"]      # a tuple: str.startswith takes it as is
    found = None
    for marker in _PLACE_MARKER.finditer(analysis.text, start, end):
        if at_start and marker.start() != start:
            return None
        if not analysis.text.startswith(words, marker.end()):
            found = marker
            break
    after_day = next((m for m in (_AFTER_DAY.match(analysis.text, d.end) for d in analysis.dates
                                  if start <= d.end < end and d.date == day) if m is not None and m.end() <= end), None)
    if after_day is not None and (found is None or after_day.start() < found.start()):
        return after_day
    return found


def _place_after(analysis: Analysis, event, start: int, end: int) -> bool:
    """The venue a ``ที่`` marker ending at ``start`` opens, up to a stop or the next clause's subject: set on
    ``event``; whether there was one."""
    text, gaz = analysis.text, analysis.gaz
    stop = gaz.venue_stop_rx.search(text, start, min(end, start + 120))
    venue_end = stop.start() if stop else min(end, start + 120)
    person = _subject_after(analysis, start, venue_end)
    if person is not None:
        venue_end = person
    venue = text[start:venue_end].strip(" ,")
    if venue:
        event.venue, event.venue_span = venue, (start, venue_end)
    return bool(venue)
