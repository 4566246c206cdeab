"""An occasion opened: the opening ceremony and the occasion it opens, one event or two.

The opening of an occasion held over several days, on a day of its own, is a ceremony on that day, and the occasion
an event of its own over its days (development gold: heldout-4 w22, w23, heldout-5 w36, heldout-6 w29); an opening
on the occasion's first day, or of one with no days of its own, is the one event the release tells of (an opened fair
is one forum: docs/ANNOTATION-DRIFT.md §4).  ``events.find_events`` asks
:func:`opened_occasion` of each event it makes.
"""
from __future__ import annotations

import re

from edugraph.loaders.document import Analysis
from edugraph.loaders.event_dates import date_in, held_day
from edugraph.loaders.event_titles import OPENING_HEAD, Event, opens_a_fair
from edugraph.loaders.event_venues import find_venue

# the opening of an occasion: พิธีเปิด at the head of its words, or เปิด(งาน) right before them
_OPENING_BEFORE = re.compile(r"(?:พิธี)?[^\S\n]?เปิด(?:งาน)?[^\S\n]?[“\"]?[^\S\n]?$")
_OPENS_AN_OCCASION = re.compile(r"งาน(?!นี้|ดังกล่าว|ฯ)")     # พิธีเปิด|งาน X: what is opened is an occasion (งาน)
# a run of days told later as the occasion's (ในงาน “JOB FAIR 2025” ระหว่างวันที่ 23 - 24 ..., กำหนดจัดงานระหว่างวันที่
# 11-19 ...): งาน within this many characters before the run
_RUN_OCCASION = re.compile(r"งาน")
_RUN_LEAD = 40
_NAME_TOLD_AGAIN = 12          # characters of an opened occasion's name that its opening told again repeats
_OCCASION_TYPE = "forum"        # an occasion over days that no cue names is a fair (ANNOTATION.md: มหกรรม ...)


def opened_occasion(analysis: Analysis, event: Event, events: list[Event]) -> Event | None:
    """The opening of an occasion held over several days, on a day of its own, is a ceremony on that day, and the
    occasion an event of its own type over its days (``วันที่ 8 ธ.ค. ... เป็นประธานพิธีเปิดงาน <expo> ซึ่งจัดขึ้น
    ระหว่างวันที่ 7-10 ธ.ค.``, or days told later as the occasion's, ``ในงาน... ระหว่างวันที่ 6 – 8 มิ.ย.``; the fair met before
    with its days, then ``วันที่ 11 ... เป็นประธานเปิดงานมหกรรม...``).  An opening ceremony of an occasion that no cue names
    adds its occasion to ``events`` itself (:func:`_occasion_of_an_opening`).
    Retypes and redates ``event``; returns the occasion when no event met before is it."""
    text = analysis.text
    start, end = event.title_span
    head = OPENING_HEAD.match(text, start)
    if event.type == "ceremony":
        if head:
            _occasion_of_an_opening(analysis, event, events)
        return None
    if not (head or _OPENING_BEFORE.search(text, max(0, start - 14), start)):
        return None
    kind = event.type
    if head and opens_a_fair(analysis, event):
        event.type = "ceremony"     # the fair an occasion of its own only over days of its own, below
    para_start = analysis.paragraph_of(event.intro)[0]
    day = date_in(analysis, para_start, event.intro)        # the day stated for the opening, before its words
    if day is None or day.end_date not in (None, day.date):
        return None
    held = held_day(analysis, event) or _run_told_later(analysis, event, day.date)
    met = next((e for e in events if e.type == kind and e.end_date and e.date != e.end_date
                and e.date <= day.date <= e.end_date), None)
    if held is not None and held.end_date not in (None, held.date) and held.date == day.date:
        event.type, event.date, event.end_date = kind, held.date, held.end_date     # opened on its first day: one
        return None
    if held is not None and held.end_date not in (None, held.date) and held.date <= day.date <= held.end_date:
        occasion_start = head.end() if head else start
        occasion = Event(kind, occasion_start, (occasion_start, end), intro=occasion_start,
                         date=held.date, end_date=held.end_date, mentions=[(occasion_start, end)])
    elif met is not None:
        occasion = None
    else:
        return None
    event.type, event.date, event.end_date = "ceremony", day.date, None
    return occasion


def _occasion_of_an_opening(analysis: Analysis, event: Event, events: list[Event]) -> None:
    r"""The occasion that an opening ceremony of an occasion no cue names (``พิธีเปิดงาน “JOB FAIR 2025 @ปทุมธานี”``,
    ``พิธีเปิดงานสืบสานวัฒนธรรมประเพณีปีใหม่ม้ง 2567``) opens, when the release tells its run of days, the opening's day
    among them: a fair over those days (heldout-6 w29), unless an event of that type and day is met.  Opened on its
    first day, the opening is that fair itself, its opener its chair (ANNOTATION-DRIFT.md §4, 8:1 in the development
    gold: heldout-4 w36's JOB FAIR); a ceremony of its own only on a day of its own.
    Added to ``events`` before the opening, whose words the release reports: a general word after them (ในพิธี...,
    เสร็จสิ้นพิธีเปิด) still refers to the opening.

    >>> from edugraph.loaders.extract import extract
    >>> text = ("วันที่ 23 พฤษภาคม 2568 นายสมชาย ใจดี ผู้ช่วยรัฐมนตรี เป็นประธานในพิธีเปิดงาน “JOB FAIR 2025 @ปทุมธานี”\n"
    ...         "ขอเชิญชวนประชาชนมาพบกันได้ในงาน “JOB FAIR 2025 @ปทุมธานี” ระหว่างวันที่ 23 - 24 พฤษภาคม 2568")
    >>> [(e["event_type"], e["date"], e.get("end_date")) for e in extract(text, doc="d")["entities"] if e["type"] == "Event"]
    [('forum', '2025-05-23', '2025-05-24')]
    >>> later = text.replace("วันที่ 23 พฤษภาคม", "วันที่ 24 พฤษภาคม", 1)
    >>> [(e["event_type"], e["date"], e.get("end_date")) for e in extract(later, doc="d")["entities"] if e["type"] == "Event"]
    [('ceremony', '2025-05-24', None), ('forum', '2025-05-23', '2025-05-24')]
    """
    start, end = event.title_span
    opened = OPENING_HEAD.match(analysis.text, start).end()
    if not event.date or not _OPENS_AN_OCCASION.match(analysis.text, opened):
        return
    run = _run_told_later(analysis, event, event.date)
    if run is None or any(e.type == _OCCASION_TYPE and e.date == run.date for e in events):
        return
    if run.date == event.date:      # opened on its first day: the occasion itself, its opener its chair
        event.type, event.end_date = _OCCASION_TYPE, run.end_date
        return
    occasion = Event(_OCCASION_TYPE, opened, (opened, end), intro=opened, date=run.date, end_date=run.end_date,
                     mentions=[(opened, end)])
    find_venue(analysis, occasion, events)
    events.append(occasion)


def opening_told_again(analysis: Analysis, event: Event, start: int) -> bool:
    r"""Whether an opening written at ``start`` (พิธีเปิดงาน JOB EXPO THAILAND 2025 ...) repeats the words of an occasion
    met that its opening on its first day made one event (:func:`opened_occasion`): that occasion again.

    >>> from edugraph.loaders.extract import extract
    >>> text = ("6 มิถุนายน 2568 นายพิพัฒน์ รัชกิจประการ รัฐมนตรีว่าการกระทรวงแรงงาน เป็นประธานพิธีเปิดงาน JOB EXPO THAILAND"
    ...         " 2025 : มหกรรมหางาน ที่มากกว่าการหางาน ซึ่งจัดขึ้นระหว่างวันที่ 6 - 8 มิถุนายน 2568 ณ ศูนย์การประชุมแห่งชาติสิริกิติ์\n"
    ...         "ทั้งนี้ ภายหลังพิธีเปิดงาน JOB EXPO THAILAND 2025 รัฐมนตรีได้เยี่ยมชมบูธต่าง ๆ")
    >>> [(e["event_type"], e["date"], e.get("end_date")) for e in extract(text, doc="d")["entities"] if e["type"] == "Event"]
    [('forum', '2025-06-06', '2025-06-08')]
    """
    text = analysis.text
    head, again = OPENING_HEAD.match(text, event.start), OPENING_HEAD.match(text, start)
    if event.end_date in (None, event.date) or head is None or again is None:
        return False
    name = text[head.end():head.end() + _NAME_TOLD_AGAIN]
    return len(name.strip()) == _NAME_TOLD_AGAIN and text.startswith(name, again.end())


def _run_told_later(analysis: Analysis, event: Event, day: str):
    """The first run of days after the event's words that is an occasion's (งาน shortly before it) and holds
    ``day``."""
    text, end = analysis.text, event.title_span[1]
    for mention in analysis.dates:
        if mention.start < end or mention.end_date in (None, mention.date) \
                or not mention.date <= day <= mention.end_date:
            continue
        if _RUN_OCCASION.search(text, max(end, mention.start - _RUN_LEAD), mention.start):
            return mention
    return None
