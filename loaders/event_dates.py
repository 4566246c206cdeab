"""Event dates: which day belongs to which event.

The date written before the cue in its paragraph, else after it in the same
paragraph, else in the preceding paragraph when that one only sets the scene
(``เมื่อวันที่ ... ณ โรงแรม...``); relative days (วันเดียวกัน, วันรุ่งขึ้น) read
against the event before.  A page's own date line (``21 มกราคม 2025``, ``date
2025-08-21``) and the publication dateline are no event's day; a stated day
beats the dateline.  An event still undated takes the first day stated after it
before any other event, or the story's ``วันนี้ (date)`` when it follows right
after, or the day the story has reached (stated for the event before it; not for an activity
told as besides it, นอกจากนี้ยังได้...), or (a sequel) the day of the event before; a day
long before the release with no cue of its own is background.
Otherwise the date stays null: the contract never copies a publication date.

Two classes of day the annotators follow by the contract: an activity told of in a statement
(``วันนี้ (date) X เปิดเผยว่า ... ได้ลงนาม...``, nothing said dating it) does not take the statement's day
(:func:`unstated_days`); an announced activity keeps the day still to come stated before its cue
(``เผยว่า ในวันเสาร์ที่ 9 ธ.ค. นี้ นายกฯ เตรียม...``, DECISIONS d-17), where a plan's day elsewhere dates nothing.
"""
from __future__ import annotations

import re

from edugraph.loaders.chaired_days import chaired, stated_as_a_day
from edugraph.loaders.day_wording import (dayless_time, is_period_bound, is_posting_stamp, organised, statement_opened,
                                          statement_day)
from edugraph.loaders.day_owners import (HELD, HELD_LEAD, another_activity_between,
                                         held_by_an_occasion_before, held_by_what_precedes, held_days_told_later,
                                         opens_the_next_clause, said_after_it, trips_days)
from edugraph.loaders.day_kinds import (after_release, cued, deadline_day, occasion_day, planned_day, recent,
                                         standalone_dateline)
from edugraph.loaders.document import Analysis
from edugraph.loaders.story_day import opening_day, relative_day, told_as_today

_BESIDES = re.compile(r"นอกจาก(?:นี้|นั้น)\s?(?:ยัง)?(?:ได้)?(?:ร่วมกัน)?(?:ร่วม)?\s?$")
# "นอกจากการหารือความร่วมมือกับ รมว. แล้ว อว. ยังได้จัดให้ไปเยี่ยมชม...": besides the activity named, another
_BESIDES_NAMED = re.compile(r"นอกจาก(?!นี้|นั้น)\S[^\n]{0,80}?แล้ว[^\n]{0,30}?ยัง(?:ได้)?[^\n]{0,12}$")
_BESIDES_NAMED_REACH = 160
_ANNOUNCING = re.compile(r"จะ|เตรียม|มีกำหนด")
_TITLE_UPCOMING = re.compile(r"[^\S\n](?:นี้|ที่จะถึง)(?![ก-๙])")
_ANNOUNCING_REACH = 150       # characters before a cue where a plan's wording announces it
_CUE_TO_DATE = 40            # characters between an event cue and the day that is its own
# ...and an announced one's: its sentence may name the partner or host before the day (เตรียมลงนาม MOU ... ร่วมกับ
# องค์การสวนสัตว์แห่งประเทศไทย ในพระบรมราชูปถัมภ์ ในวันที่ 18 พ.ย. 67)
_ANNOUNCED_TO_DATE = 100
_FORWARD_REACH = 1500          # characters after an undated event's title where its day may be stated
_OPENING_REACH = 600          # characters after the story's "วันนี้ (date)" within which an undated event is of that day
# "...เทศกาลนกกระเรียน ประจำปี 2567 ซึ่งจัดขึ้นระหว่างวันที่ 2 - 4 กุมภาพันธ์ 2567": the day stated as when the
# occasion just named is held (day_owners.HELD) is that occasion's, not the day of an opening or closing ceremony
# framing it
# a later mention of an event, then how it was held (... จัดขึ้น ณ ห้องประชุม... เมื่อวันที่ 27 ...): :func:`day_told_after`
_HELD_AFTER = re.compile(r"(?:ได้)?(?:จัด|มี)ขึ้น")
_HELD_AFTER_REACH = 150     # characters from the mention's cue to its held verb (the rest of its title)
_HELD_TO_DAY = 200          # characters from the held verb to the day (a venue between)
_FRAME = re.compile(r"(?:พิธี)?[^\S\n]?(?:เปิด|ปิด)")
_OPENING_QUOTE = re.compile(r"[“\"][^\S\n]?")
# a day in parentheses after a name, not after วันนี้/วานนี้ (the story's own day): the day of what it follows
_ASIDE_DAY = re.compile(r"(?<!นี้)(?<!นี้ )(?<!วาน)\([^\S\n]?$")


def clause_start(analysis: Analysis, pos: int) -> int:
    """Where the clause of ``pos`` starts in its paragraph.  An opening quote right before ``pos`` opens the name
    of what the clause is about (``เป็นประธานเปิดงาน “มหกรรมแก้หนี้...”``), not a clause of its own."""
    para_start, _ = analysis.paragraph_of(pos)
    start = analysis.last_boundary_before(pos, para_start)
    while start > para_start and _OPENING_QUOTE.fullmatch(analysis.text, start - 1, pos):
        start = analysis.last_boundary_before(start - 1, para_start)
    return start


def date_in(analysis: Analysis, start: int, end: int):
    """The last date mention inside [start, end), not the publication dateline line alone."""
    found = None
    for mention in analysis.dates:
        if mention.start >= end:
            break
        if mention.start >= start and not standalone_dateline(analysis, mention) and not occasion_day(analysis, mention) \
                and not planned_day(analysis, mention) and not is_period_bound(analysis.text, mention):
            found = None if deadline_day(analysis, mention) else mention
    return found


def _cue_near(analysis: Analysis, mention) -> bool:
    """Whether an event cue stands in the clause of a date (…ได้ลงนาม… เมื่อวันที่ …)."""
    start = analysis.last_boundary_before(mention.start, analysis.paragraph_of(mention.start)[0])
    return analysis.event_cue_in(max(start, mention.start - _CUE_TO_DATE), mention.start) is not None


def undated_fallbacks(analysis: Analysis, events: list) -> None:
    """An event still without a date takes the first day stated after it before any other event
    (a lead paragraph that repeats the headline, then ``เมื่อวันที่ ...``); failing that, the day
    the story opens with (``วันนี้ (6 สิงหาคม 2568)``), or the day the story has reached, stated for the event
    before it (:func:`_running_day`).  No stated day: the date stays null."""
    intros = sorted(e.intro for e in events)
    opening = opening_day(analysis)
    previous = None
    for event in events:
        if event.date is not None:
            previous = event
            continue
        if dayless_time(analysis, event):
            continue            # "ทั้งนี้ เมื่อปี 2565 ... ได้ลงนาม...": its time is given, with no day
        following = next((i for i in intros if i > event.intro), len(analysis.text))
        end = event.title_span[1]
        forward = next((m for m in analysis.dates if end <= m.start < min(following, end + _FORWARD_REACH)
                        and cued(analysis, m) and not standalone_dateline(analysis, m)), None)
        if forward is not None and deadline_day(analysis, forward):
            forward = None      # "ให้แล้วเสร็จภายในวันที่ 29 เมษายน 2567": a deadline, no activity's day
        if forward is not None and not recent(analysis, forward.date):
            forward = None      # "เปิดให้บริการครั้งแรก เมื่อวันที่ 22 กรกฎาคม 2545": background, not this event
        elif forward is not None and after_release(analysis, forward.date) and not _announced(analysis, event):
            forward = None      # "ได้ร่วมลงนามความตกลง... จะมีผลใช้บังคับตั้งแต่วันที่ 1 มีนาคม 2567": a day to come is no
                                # reported event's (an announced one keeps it: DECISIONS d-17)
        if forward is not None and held_by_what_precedes(analysis.text, event.title_span[1], forward):
            forward = None      # "...โครงการ Water as Leverage Academy ซึ่งมีกำหนดจัดขึ้นระหว่างวันที่ ...": its day
        if forward is not None and said_after_it(analysis.text, event.intro, event.title_span[1], forward):
            forward = None      # a day in what the speaker says after the event (...เปิดเผยภายหลัง...ว่า...)
        if forward is not None and opens_the_next_clause(analysis.text, forward):
            forward = None      # "... และในวันที่ 12 พฤษภาคม 2568 ... ร่วมพิธีลอยเรือ": the next clause's day
        if forward is not None and _ASIDE_DAY.search(analysis.text, max(0, forward.start - 30), forward.start):
            forward = None      # "กำหนดการสอบคัดเลือก... (วันที่ 29-30 มีนาคม 2568)": the day of what the aside follows
        if forward is not None and trips_days(analysis, event, forward, events):
            continue            # the days of the trip it is an activity of: its own day is not given
        running = _running_day(analysis, event, previous)
        near = opening is not None and opening.start < event.intro <= opening.end + _OPENING_REACH \
            and not _told_besides(analysis, event)     # นอกจากนี้ยังได้ลงพื้นที่...: a day not given (DECISIONS #2)
        today = opening is not None and told_as_today(analysis, event, clause_start(analysis, event.intro))
        later = held_days_told_later(analysis, event)
        if later is not None and not recent(analysis, later.date):
            later = None        # "...ได้มีการเจรจาหารือ... ระหว่างวันที่ 26 - 27 มีนาคม 2562": an earlier one, not this
        chosen = opening if today else later or forward or (opening if near else None)
        said = statement_opened(analysis, chosen) if chosen is not None and chosen.start > event.intro \
            and not (today or later or organised(analysis, event)) else None   # a deck's "X จัดพิธี...": the release's own
        if said is not None:
            # a deck's event, then "วันนี้ (date) X เปิดเผยว่า ...": the statement's day, not the event's; a day the
            # statement states (เผยว่า ในวันเสาร์ที่ 9 ธันวาคม 2566 นี้ ...) may be
            chosen = next((m for m in analysis.dates if said.end() <= m.start < said.end() + _CUE_TO_DATE
                           and cued(analysis, m) and recent(analysis, m.date)), None)
        if chosen is not None:
            event.date, event.end_date = chosen.date, chosen.end_date
        elif running is not None:
            # "...ในวันจันทร์ที่ 19 พฤษภาคม 2568 ... โดยมีกำหนดการสำคัญ ได้แก่ ... พิธีลงนาม...": the day the story has
            # reached, stated for the event before, is the day of what it goes on to tell
            event.date = running
        elif previous is not None and _on_the_day_before(analysis, event):
            # "ภายหลังเสร็จสิ้นการหารือ ได้มีพิธีลงนาม...": a sequel is on the day of the event before,
            # also when that one was dated only by these fallbacks
            event.date = previous.date
        if event.date is not None:
            previous = event


def day_told_after(analysis: Analysis, event, pos: int):
    """The day a later mention of ``event`` (ending at ``pos``) says it was held on: ``...การประชุมใหญ่สามัญ...
    จัดขึ้น ณ ห้องประชุม... เมื่อวันที่ 27 มิถุนายน 2568`` — a held verb right after the mention, then a day cued as a
    day in its paragraph, no other event cue between.  A day merely written after it may be another's
    (``...บันทึกความเข้าใจ ที่ประชุมคณะรัฐมนตรีเมื่อวันที่ 11 ธันวาคม``)."""
    _, para_end = analysis.paragraph_of(pos)
    held = _HELD_AFTER.search(analysis.text, pos, min(para_end, pos + _HELD_AFTER_REACH))
    day = first_date_after(analysis, held.end(), para_end) if held else None
    if day is None or not cued(analysis, day) or standalone_dateline(analysis, day) \
            or analysis.event_cue_in(pos, day.start) is not None or day.start - held.end() > _HELD_TO_DAY:
        return None
    return day


def day_of_another_activity(analysis: Analysis, kind: str, day, events: list) -> bool:
    """Whether a day stated before a later mention of a ``kind`` event follows, in its paragraph, an event of
    another type: it is that event's, not the mention's (``...เป็นผลสืบเนื่องจากผลการประชุมคณะกรรมาธิการร่วม...
    เมื่อวันที่ 6 สิงหาคม 2567 ... ที่ประชุมเห็นพ้อง...ในการจัดทำบันทึกความเข้าใจ...``: the meeting's day, not the
    memorandum's signing's)."""
    para_start, _ = analysis.paragraph_of(day.start)
    return any(e.type != kind and para_start <= e.intro < day.start for e in events)


def _running_day(analysis: Analysis, event, previous):
    """The day the story has reached at ``event``: the day of the dated event before it, when that day is stated
    in the body before the event (not given by a fallback) and is one day (what follows an event of several days,
    ``ระหว่างวันที่ 6 - 7 สิงหาคม ... และการลงพื้นที่ศึกษาดูงาน``, is on a day not given)."""
    if previous is None or previous.date is None or previous.end_date not in (None, previous.date):
        return None
    if _told_besides(analysis, event):
        return None         # "นอกจากนี้ยังได้ร่วมกันลงพื้นที่...": another activity, on a day not given (DECISIONS #2)
    return previous.date if any(analysis.body_start <= m.start < event.intro and m.date == previous.date
                                and not standalone_dateline(analysis, m) for m in analysis.dates) else None


def unstated_days(analysis: Analysis, events: list) -> None:
    """An event dated only by the day of a statement that tells of it (``วันนี้ (date) X เปิดเผยว่า ...
    ได้ลงนาม...``, :func:`day_wording.statement_day`) is undated: that day is the statement's, not the
    activity's, unless the activity's own clause states it again.  So is an event given a time with no day
    (``เมื่อปี 2565``, ``เมื่อสัปดาห์ที่แล้ว``: :func:`day_wording.dayless_time`) that no day follows."""
    text = analysis.text
    for event in events:
        if event.date is None:
            continue
        if dayless_time(analysis, event) and not any(
                event.title_span[1] <= m.start < event.title_span[1] + _CUE_TO_DATE for m in analysis.dates):
            event.date = event.end_date = None      # also a sequel's: its own time is told, not the day before
            continue
        if event.sequel:
            continue
        _, para_end = analysis.paragraph_of(event.intro)
        before = [m for m in analysis.dates if m.end <= event.intro and m.date == event.date
                  and not is_posting_stamp(text, m)]
        again = any(event.intro <= m.start < para_end and m.date == event.date for m in analysis.dates)
        if before and not again and statement_day(analysis, event, before[-1]) \
                and not told_as_today(analysis, event, clause_start(analysis, event.intro)):
            # "วันนี้ (19 ม.ค.67) X เปิดเผยว่า ... ในวันนี้จึงได้จัดประชุมหารือ...": the statement says it is that day's
            event.date = event.end_date = None


def first_date_after(analysis: Analysis, start: int, end: int):
    for mention in analysis.dates:
        if mention.start >= end:
            break
        if mention.start >= start and not occasion_day(analysis, mention) and not planned_day(analysis, mention) \
                and not is_period_bound(analysis.text, mention):
            return None if deadline_day(analysis, mention) else mention
    return None


def date_event(analysis: Analysis, event, events: list) -> None:
    para_start, para_end = analysis.paragraph_of(event.intro)
    mention = date_in(analysis, para_start, event.intro)
    if mention is not None and held_by_an_occasion_before(analysis, mention, [e.intro for e in events]):
        # "วันนี้ (13 ก.ย.) ... พิธีปิดมหกรรม... จัดขึ้นระหว่างวันที่ 11-13 ก.ย. พร้อมมอบรางวัล...": the days the
        # occasion before is held on are not the later activity's; the day stated before them is
        mention = date_in(analysis, para_start, mention.start) or mention
    nxt = next((e.intro for e in events if e.intro > event.intro), para_end)
    if mention is not None and analysis.dateline is not None and mention.start == analysis.dateline.start:
        # "29 ตุลาคม 2561 – ... จัดประชุม... ระหว่างวันที่ 28-29 ตุลาคม": the day stated for the event wins
        own = first_date_after(analysis, event.intro, min(para_end, nxt))
        if own is not None and cued(analysis, own):
            mention = own
    announced = _announced_day(analysis, para_start, event.intro, events)
    if announced is not None and (mention is None or mention.start < announced.start):
        mention = announced     # "วันที่ 7 ธ.ค. โฆษก เผยว่า ในวันเสาร์ที่ 9 ธ.ค. นี้ นายกฯ มีกำหนดการลงพื้นที่...": the plan's day
    if mention is not None and (mention.start < clause_start(analysis, event.intro) or _announced_after_a_statement(
            analysis, event, mention)):
        # "วันที่ 16 ส.ค. ... เผยว่า นายกฯ มีกำหนดการตรวจราชการ ... ในวันพฤหัสบดีที่ 17 ส.ค.": a day cued in the
        # event's own clause, after its cue, is nearer to it than one stated before that clause
        mention = _own_clause_day(analysis, event, min(para_end, nxt)) or mention
    held = held_day(analysis, event)
    if held is not None and not _frames_an_occasion(analysis, event):
        mention = held          # the occasion named, with the days it is held on
    if mention is None:
        mention = first_date_after(analysis, event.intro, min(para_end, nxt))
        between = analysis.event_cue_in(event.title_span[1], mention.start) if mention is not None else None
        if between is not None and (not recent(analysis, mention.date)
                                    or another_activity_between(analysis, event.type, between.start(), mention.start)):
            mention = None      # another activity named in between owns that day
        if mention is not None and not recent(analysis, mention.date) and not _cue_near(analysis, mention):
            mention = None      # a day long before the release, later in the sentence, is background
        if mention is not None and said_after_it(analysis.text, event.intro, event.title_span[1], mention):
            mention = None      # "X เปิดเผยภายหลังเป็นประธานการประชุม... ว่า ... ระหว่างวันที่ ...": what X says, not its day
        if mention is not None and held_by_what_precedes(analysis.text, event.title_span[1], mention):
            mention = None      # the day of what a relative clause follows (ซึ่งจัดขึ้นระหว่างวันที่...), not this event's
    if mention is None:
        mention = _scene_date(analysis, para_start)
    if mention is None and not events:
        mention = date_in(analysis, 0, analysis.body_start)    # a date only the headline gives
        if mention is not None and after_release(analysis, mention.date):
            mention = None      # "... ยกเว้นการตรวจลงตรา เริ่ม 1 มี.ค.67" on 7 Feb: a day to come, no reported event's
    if mention is not None and trips_days(analysis, event, mention, events):
        return      # "...เดินทางเยือนจีน และเข้าร่วมพิธีเปิดการแข่งขัน... ระหว่างวันที่ 5-8 ก.พ.": the trip's days, not the
                    # day of an activity on it, which the text does not give
    relative = relative_day(analysis, para_start, event.intro, events)
    if relative is not None and (mention is None or mention.start < relative[0]):
        event.date, event.end_date = relative[1], None
    elif mention is not None:
        event.date, event.end_date = mention.date, mention.end_date
    elif _on_the_day_before(analysis, event) and events:
        event.date = events[-1].date
    elif events and chaired(analysis, event) and not _announced(analysis, event):
        # "...เพื่อเป็นประธานในพิธีมอบเงิน..." in a paragraph with no day: the day the story has reached
        running = _running_day(analysis, event, next((e for e in reversed(events) if e.date), None))
        event.date = running if running and stated_as_a_day(analysis, running, event.intro) else None


def _announced_day(analysis: Analysis, start: int, cue: int, events: list):
    """A day still to come (``... นี้``, after the release) stated before an event's cue with no other event
    between, when the cue's lead announces it (จะ, เตรียม, มีกำหนด): the announced event keeps its day
    (DECISIONS d-17), where a planned day elsewhere dates no reported event (:func:`planned_day`)."""
    found = None
    for mention in analysis.dates:
        if mention.start >= cue:
            break
        if mention.start >= start and planned_day(analysis, mention) and not occasion_day(analysis, mention) \
                and not standalone_dateline(analysis, mention):
            found = mention
    if found is None or any(found.end <= e.intro < cue for e in events) \
            or not _ANNOUNCING.search(analysis.text, max(start, cue - _ANNOUNCING_REACH), cue):
        return None
    return found


def _announced(analysis: Analysis, event) -> bool:
    """Whether the event's lead, in its paragraph, announces it (จะ, เตรียม, มีกำหนด), or its title tells its time as
    still to come (``จัดแสดงนิทรรศการ ก.ค. นี้``)."""
    cue, (start, end) = event.intro, event.title_span
    para_start = analysis.paragraph_of(cue)[0]
    return bool(_ANNOUNCING.search(analysis.text, max(para_start, cue - _ANNOUNCING_REACH), cue)
                or _TITLE_UPCOMING.search(analysis.text, start, end))


def _announced_after_a_statement(analysis: Analysis, event, mention) -> bool:
    """Whether the event is announced (:func:`_announced`) in what a speaker says after ``mention``, the day he says
    it on: ``วันที่ 12 พฤศจิกายน 2567 ... ให้สัมภาษณ์ว่า กระทรวง พม. เตรียมลงนาม MOU ... ในวันที่ 18 พ.ย. 67``: a day
    then stated for the event is its own (DECISIONS d-17)."""
    return _announced(analysis, event) and next(
        analysis.scan(analysis.gaz.speech_rx).finditer(mention.end, event.intro), None) is not None


def _own_clause_day(analysis: Analysis, event, limit: int):
    own = first_date_after(analysis, event.intro, limit)
    reach = _ANNOUNCED_TO_DATE if _announced(analysis, event) else _CUE_TO_DATE
    if own is None or not cued(analysis, own) or own.start - event.title_span[1] > reach \
            or analysis.last_boundary_before(own.start, event.intro) > event.intro:
        return None
    if own is held_day(analysis, event) and _frames_an_occasion(analysis, event):
        return None             # วันนี้ (13 ก.ย.) ... เป็นประธานพิธีปิดมหกรรม... จัดขึ้นระหว่างวันที่ 11-13: the fair's days
    return own


def held_day(analysis: Analysis, event):
    """The day stated right after the event's title, in its paragraph, as when it is held (``ซึ่งจัดขึ้นระหว่าง
    วันที่ ...``)."""
    t_end = event.title_span[1]
    limit = min(t_end + _CUE_TO_DATE, analysis.paragraph_of(event.intro)[1])
    for mention in analysis.dates:
        if mention.start >= limit:
            return None
        if mention.start >= t_end and HELD.search(analysis.text, max(t_end, mention.start - HELD_LEAD), mention.start):
            return mention if not planned_day(analysis, mention) else None
    return None


def _frames_an_occasion(analysis: Analysis, event) -> bool:
    """Whether the event is the opening or closing ceremony of the occasion its title names (พิธีปิดมหกรรม...)."""
    return event.type == "ceremony" and bool(_FRAME.match(analysis.text, event.title_span[0]))


def _on_the_day_before(analysis: Analysis, event) -> bool:
    """A sequel right after the event before (ภายหลังเสร็จสิ้นการหารือ ได้มีพิธีลงนาม) is on its day;
    one written as another activity besides it (นอกจากนี้ยังได้ลงพื้นที่...) is on a day not given."""
    return event.sequel and not _told_besides(analysis, event)


def _told_besides(analysis: Analysis, event) -> bool:
    """Whether the event is told as another activity besides the one before (นอกจากนี้ยังได้...)."""
    para_start, _ = analysis.paragraph_of(event.intro)
    return bool(_BESIDES.search(analysis.text, max(para_start, event.intro - 40), event.intro)
                or _BESIDES_NAMED.search(analysis.text, max(para_start, event.intro - _BESIDES_NAMED_REACH), event.intro))


def _scene_date(analysis: Analysis, para_start: int):
    """A date in the paragraph just before, when that paragraph names no event of its own."""
    index = analysis.paragraph_index(para_start)
    if index == 0:
        return None
    start, end = analysis.paragraphs[index - 1]
    if start < analysis.body_start:
        return None
    if analysis.event_cue_in(start, end):
        return None
    return date_in(analysis, start, end)


def maybe_end_date(analysis: Analysis, event, pos: int) -> None:
    """A later mention of the event with a date range (ได้จัดขึ้นระหว่างวันที่ ...) gives its end."""
    _, para_end = analysis.paragraph_of(pos)
    clause = clause_start(analysis, pos)
    following = analysis.event_cue_in(pos, para_end)
    limit = following.start() if following else para_end
    for mention in analysis.dates:
        if mention.start < clause or mention.start > limit:
            continue
        if mention.end_date and mention.date == event.date:
            event.end_date = mention.end_date
            return
