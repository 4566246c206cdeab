"""The story's own day: the day a release opens its story with (``วันนี้ (6 สิงหาคม 2568)``, or a day opening its
paragraph: ``วันที่ 4 กรกฎาคม 2568 นายเอกภัทร ...``), the events a bare ``ในวันนี้`` ties to it, and days told
relative to an event's (วันเดียวกัน, วันรุ่งขึ้น).

A release's quotes and later paragraphs often say an activity happened "today" without repeating the day
(``รมช.อนุชา กล่าวเพิ่มเติมว่า ... ในวันนี้จึงได้จัดประชุมหารือร่วมกับ...``, ``...การเดินทางมาตรวจราชการจังหวัด
ร้อยเอ็ดในวันนี้``): that "today" is the day the story opened with, which the text states, so the event takes it
(the publication date itself is never copied: with no day stated in the story there is nothing to take).
"""
from __future__ import annotations

import datetime
import re

from edugraph.loaders.day_kinds import standalone_dateline
from edugraph.loaders.document import Analysis

_TODAY = re.compile(r"(?:วัน|วาน)นี้\s?\(?\s?(?:วัน[ก-๙]{3,9}(?:ที่)?\s?)?$")
_PARAGRAPH_OPENING = re.compile(r"[^\S\n]*(?:ใน|เมื่อ)?[^\S\n]*")
_OPENING_SENTENCE = 80         # characters of story after a day that opens its paragraph (not a heading line)
# "ในวันนี้" with no day of its own after it (not "ในวันนี้ (3 ตุลาคม 2567)": that day is read as any day is), not
# "ในวันนี้หรือวันหน้า" (any day at all)
_BARE_TODAY = re.compile(r"ในวันนี้(?![^\S\n]?\(|หรือ)")
_TODAY_BEFORE_CUE = 40         # characters before an event's cue, in its clause, where ในวันนี้ states its day
_TODAY_AFTER_CUE = 40          # ...and after the cue (การเดินทางมาตรวจราชการจังหวัดร้อยเอ็ดในวันนี้)


def opening_day(analysis: Analysis):
    """The first day of the body that opens the story: ``วันนี้ (date)``, or a day opening its paragraph."""
    return next((m for m in analysis.dates if m.start >= analysis.body_start
                 and not standalone_dateline(analysis, m) and (m.text.startswith("วันนี้") or _TODAY.search(
                     analysis.text, max(0, m.start - 10), m.start) or opens_its_paragraph(analysis, m))), None)


def opens_its_paragraph(analysis: Analysis, mention) -> bool:
    """Whether a day opens its paragraph (``วันที่ 4 กรกฎาคม 2568 นายเอกภัทร ...``, ``ในวันจันทร์ที่ 26 ...``): the
    story's day, as ``วันนี้ (date)`` is; not a line of its own with a time (``วันพฤหัสบดีที่ 9 กันยายน 2564 ระหว่างเวลา
    09.00 – 10.40 น.``): a speech's or a page's heading, as a dateline is."""
    para_start, para_end = analysis.paragraph_of(mention.start)
    return bool(_PARAGRAPH_OPENING.fullmatch(analysis.text, para_start, mention.start)) \
        and para_end - mention.end > _OPENING_SENTENCE


def told_as_today(analysis: Analysis, event, clause: int) -> bool:
    """Whether the event's clause (starting at ``clause``) says it happens "today" with no day of its own:
    ``ในวันนี้จึงได้จัดประชุมหารือ...`` before the cue, ``ตรวจราชการจังหวัดร้อยเอ็ดในวันนี้`` right after it."""
    text, cue = analysis.text, event.intro
    para_start, para_end = analysis.paragraph_of(cue)
    start = max(para_start, clause, cue - _TODAY_BEFORE_CUE)
    return bool(_BARE_TODAY.search(text, start, min(para_end, cue + _TODAY_AFTER_CUE)))


def relative_day(analysis: Analysis, start: int, end: int, events: list):
    """(position, ISO date) of the last relative date (วันเดียวกัน, วันรุ่งขึ้น) in [start, end),
    read against the date of the event of one day before (not a trip's several days: ``...เยือนประเทศไทยระหว่างวันที่
    26 - 29 มกราคม ... โดยในวันเดียวกันนี้ ได้เข้าร่วมการประชุม...`` is the day of the signing told before the trip)."""
    earlier = [e for e in events if e.date and e.intro < end and e.end_date in (None, e.date)]
    if not earlier:
        return None
    gaz, found = analysis.gaz, None
    for rx, shift in ((gaz.same_day_rx, 0), (gaz.next_day_rx, 1)):
        for match in rx.finditer(analysis.text, start, end):
            if found is None or match.start() > found[0]:
                found = (match.start(), shift)
    if found is None:
        return None
    day = datetime.date.fromisoformat(earlier[-1].date) + datetime.timedelta(days=found[1])
    return found[0], day.isoformat()
