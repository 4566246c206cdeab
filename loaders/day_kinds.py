"""What kind of day a stated date is, whoever it belongs to: the page's own date line (no event's), a day cued as a
day (``เมื่อวันที่``, ``วันนี้ (...)``), an occasion's or a document's day, a plan's day still to come, a day long before
the release (background).  Read by the date rules (``event_dates.py``) to choose which day is an event's.
"""
from __future__ import annotations

import datetime
import re

from edugraph.loaders.day_owners import cue_before_day
from edugraph.loaders.dates import UPCOMING
from edugraph.loaders.document import Analysis

_DATE_CUE = re.compile(r"(?:วันที่|เมื่อ|วันนี้|วานนี้|ระหว่าง|ตั้งแต่)\s?\(?\s?(?:วัน[ก-๙]{3,9}(?:ที่)?\s?)?$")
_DATE_CUE_WORD = re.compile(r"เมื่อ|วันที่|วันนี้|วานนี้|ระหว่าง")
_WEEKDAY_DAY = re.compile(r"วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์)ที่")
_LINE_LABEL = re.compile(r"[\s\W\d]|date|Date|โพสต์|เผยแพร่|วัน[ก-๙]{3,9}|น\.")
_DASH_AFTER = re.compile(r"\s?[-–—]\s")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_OCCASION_REACH = 80          # characters before a day within which an occasion cue makes it the occasion's
_DOCUMENT_REACH = 24          # ...and a document's cue (ตามมติคณะรัฐมนตรี (ครม.) เมื่อวันที่ ...) the document's
_DEADLINE_REACH = 24          # characters before a day where a deadline's word (ภายในวันอาทิตย์นี้ (...) stands


def occasion_day(analysis: Analysis, mention) -> bool:
    """A day that names a count's moment or a document's (``(ข้อมูล ณ วันที่ 17 พ.ค. 2567)``, ``ตามมติคณะรัฐมนตรี
    เมื่อวันที่ 29 ตุลาคม 2567``: ``document_day_cues``), or an occasion still to come when the release was published
    (``เนื่องในโอกาสวันเฉลิมพระชนมพรรษา 28 กรกฎาคม 2567`` in June), not an activity's day — the occasion's unless
    it is cued as a day (ในวันที่ ...)."""
    para_start, _ = analysis.paragraph_of(mention.start)
    if cue_before_day(analysis, analysis.gaz.document_day_rx, max(para_start, mention.start - _DOCUMENT_REACH), mention):
        return True
    cue = cue_before_day(analysis, analysis.gaz.occasion_rx, max(para_start, mention.start - _OCCASION_REACH), mention)
    if cue is None:
        return False
    # an occasion's day that has come by the release may be the day of its activities; with no release
    # date to tell, a day written only after an occasion cue is the occasion's
    return not cued(analysis, mention) and (not analysis.published or after_release(analysis, mention.date))


def deadline_day(analysis: Analysis, mention) -> bool:
    """A day a task is to be done by, or a bound a right is held before (``ให้แล้วเสร็จภายในวันที่ 29 เมษายน 2567``,
    ``ภายในวันอาทิตย์นี้ (30 มีนาคม 2568)``, ``ผู้ที่ถือครองอยู่ก่อนวันที่ 4 ตุลาคม 2546``: ``deadline_day_cues``), a window for applications
    (``รับสมัครวันที่ 27 – 28 กรกฎาคม 2567``), or the day a rule starts from (``ตั้งแต่วันที่ 15 พ.ย.2567 เป็นต้นไป``:
    ``onward_day_cues``): no activity's day, whatever it is cued as."""
    return bool(analysis.gaz.deadline_day_rx.search(analysis.text, max(0, mention.start - _DEADLINE_REACH),
                                                    mention.start)
                or analysis.gaz.onward_day_rx.match(analysis.text, mention.end))


def planned_day(analysis: Analysis, mention) -> bool:
    """A day written as still to come (``จะจัดมหกรรม... วันที่ 6-7 กรกฎาคมนี้``, ``ในวันที่ 16 พฤษภาคมนี้``)
    when it is after the release: a plan's day, which dates no reported event."""
    return bool(UPCOMING.match(analysis.text, mention.end)) and (not analysis.published
                                                                  or after_release(analysis, mention.date))


def after_release(analysis: Analysis, date: str) -> bool:
    """Whether ``date`` is still to come when the release was published (a plan, not a report)."""
    return bool(analysis.published) and date > analysis.published


def standalone_dateline(analysis: Analysis, mention) -> bool:
    """The publication dateline alone, or any date that is a line of its own (a page's posting
    date: ``21 มกราคม 2025``, ``date 2025-08-21``): never an event's date."""
    para_start, para_end = analysis.paragraph_of(mention.start)
    text = analysis.text
    dateline = analysis.dateline
    after = text[mention.end:para_end]
    if dateline is not None and mention.start == dateline.start:
        return not after.strip(" -–—,")
    if not cued(analysis, mention) and _labels_and_at_most(text[para_start:mention.start], 6) \
            and (_ISO.fullmatch(mention.text.strip()) or _DASH_AFTER.match(after)):
        return True         # "date 2025-08-21 ...", "15 May 2023 – ...": a page field opening the line
    rest = analysis.text[para_start:mention.start] + " " + analysis.text[mention.end:para_end]
    return _labels_and_at_most(rest, 12) and not _DATE_CUE_WORD.search(rest)


def _labels_and_at_most(text: str, most: int) -> bool:
    """Whether ``text`` is line labels, spaces and marks (:data:`_LINE_LABEL`) but for at most ``most`` characters:
    ``len(_LINE_LABEL.sub("", text)) <= most``, stopping at the first words past ``most`` (a paragraph of story).

    >>> _labels_and_at_most("โพสต์เมื่อ: ", 4), _labels_and_at_most("จังหวัดตากได้จัดพิธีลงนาม", 12)
    (True, False)
    """
    kept, at = 0, 0
    for label in _LINE_LABEL.finditer(text):
        kept += label.start() - at
        if kept > most:
            return False
        at = label.end()
    return kept + len(text) - at <= most


def cued(analysis: Analysis, mention) -> bool:
    """Whether a date is introduced as a day (เมื่อวันที่, วันนี้ (...), ระหว่างวันที่, ในวันที่)."""
    return bool(_DATE_CUE_WORD.match(mention.text) or _WEEKDAY_DAY.match(mention.text) or _DATE_CUE.search(analysis.text, max(0, mention.start - 24),
                                                                         mention.start))


def recent(analysis: Analysis, date: str) -> bool:
    """Whether a day is within a year before the release (always, when its date is unknown)."""
    if not analysis.published:
        return True
    published = datetime.date.fromisoformat(analysis.published)
    return published - datetime.timedelta(days=366) <= datetime.date.fromisoformat(date)
