"""Whose day a stated day is: the days an occasion is held on, a day after another activity's cue (that
activity's), a month named with no day (no event's).  Read by the date rules (``event_dates``, ``day_wording``) and
by the learned chooser of the issue-13 experiment (``bench/date_model.py``), which loads ``day_wording`` alone by path
to measure an older checkout: so this module imports nothing from ``edugraph``, and ``day_wording`` loads it beside
itself.
"""
from __future__ import annotations

import re

# "ซึ่งจัดขึ้นระหว่างวันที่ 11-13 ก.ย.", "(Official Visit) ระหว่างวันที่ 15 - 16 ธ.ค.": the days an occasion just named
# is held on
HELD = re.compile(r"[^\S\n]?(?:(?:ซึ่ง|ที่)?(?:ได้)?(?:จัด|มี)ขึ้น[^\S\n]?(?:ระหว่าง|ใน|เมื่อ)?|ระหว่าง)[^\S\n]?$")
HELD_LEAD = 24
_FULL_MONTHS = "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
# a month named with no day (ในช่วงเดือนมิถุนายน 2568 นี้, ในเดือนเมษายนปีนี้, ที่ไทย เมษายน นี้): a time given
# without its day, which dates no event (DECISIONS d-8; heldout-4 w15, w17)
MONTH_ONLY = re.compile(rf"(?:ช่วง|ใน)?[^\S\n]?เดือน[^\S\n]?(?:{_FULL_MONTHS})"
                        rf"|(?<![\d])(?<![\d][^\S\n])(?:{_FULL_MONTHS})[^\S\n]?(?:ปี)?นี้")


def held_by_an_occasion_before(analysis, mention, intros) -> bool:
    """Whether ``mention`` is stated as the days an occasion is held on (``ซึ่งจัดขึ้นระหว่างวันที่ ...``) and an
    event met before it in its paragraph (``intros``: where the events' cues stand) is that occasion: then it is no
    day of a later activity (``พิธีปิดมหกรรม... จัดขึ้นระหว่างวันที่ 11-13 ก.ย. พร้อมมอบรางวัล...``; heldout-4 w22)."""
    para_start = analysis.paragraph_of(mention.start)[0]
    return bool(HELD.search(analysis.text, max(para_start, mention.start - HELD_LEAD), mention.start)) \
        and any(para_start <= intro < mention.start for intro in intros)


def another_activity_between(analysis, kind: str, start: int, end: int) -> bool:
    """Whether an event cue in [start, end) names an activity of another type than ``kind`` (not a word pointing
    back): a day after it is that activity's (``...เป็นประธานการประชุม... ว่า ตามที่ได้มีการ Kick off ...
    เมื่อวันที่ 27 พ.ค. 68``; heldout-4 w37)."""
    gaz = analysis.gaz
    return any(gaz.event_type_of_cue[cue.group()] != kind and cue.group() not in gaz.reference_cues
               and not analysis.not_an_event(cue.start()) for cue in gaz.event_cue_rx.finditer(analysis.text, start, end))


def cue_before_day(analysis, rx, lo: int, mention):
    """The last match of ``rx`` in [lo, the day ``mention``), with no other day between it and the day: what the
    words before a day say it is (an occasion's, a document's: ``day_kinds.occasion_day``)."""
    cue = None
    for cue in rx.finditer(analysis.text, lo, mention.start):
        pass
    if cue is None or any(cue.end() <= m.start < mention.start for m in analysis.dates):
        return None
    return cue


def trips_days(analysis, event, mention, events) -> bool:
    """Whether ``mention``, days stated after the event's cue, are those of a visit named before it in its
    paragraph and dated by them: the days of the trip the event is one activity of (``...เดินทางเยือนจีน และเข้าร่วมพิธีเปิด
    การแข่งขัน... ระหว่างวันที่ 5-8 ก.พ.``; heldout-4 w14), not the day of that activity, which the text does not give."""
    if event.type == "visit" or mention.end_date is None or mention.start < event.intro:
        return False
    para_start = analysis.paragraph_of(event.intro)[0]
    return any(e.type == "visit" and para_start <= e.intro < event.intro and (e.date, e.end_date) == (
        mention.date, mention.end_date) for e in events)


# "...รวมทั้งการสนับสนุนโครงการ Water as Leverage Academy ซึ่งมีกำหนดจัดขึ้นระหว่างวันที่ 30 มิถุนายน - 1 กรกฎาคม
# 2568": a relative clause telling when the thing just named is held
_HELD_CLAUSE = re.compile(r"(?:ซึ่ง|ที่)(?:มีกำหนด(?:การ)?)?(?:ได้)?(?:จัด|มี)ขึ้น[^\S\n]?(?:ระหว่าง|ใน|เมื่อ)?[^\S\n]?$")
_HELD_CLAUSE_LEAD = 36        # characters before a day where that clause stands (ซึ่งมีกำหนดการจัดขึ้นระหว่าง)
_OWN_TITLE_TO_DAY = 40        # characters after an event's title within which a held clause is the event's own


def held_by_what_precedes(text: str, title_end: int, day) -> bool:
    """Whether ``day``, stated well after an event's title (which ends at ``title_end``), is told by a relative clause
    as when the thing named just before it is held (``...โครงการ Water as Leverage Academy ซึ่งมีกำหนดจัดขึ้นระหว่าง
    วันที่ 30 มิถุนายน - 1 กรกฎาคม 2568``, long after ``การลงนามในบันทึกความเข้าใจ...``): that thing's day, not the
    event's (heldout-10 w18).  Right after the title the clause is the event's own (``ซึ่งจัดขึ้นระหว่างวันที่``).

    >>> text = "ได้ลงนาม MOU ว่าด้วยความร่วมมือด้านน้ำ อาทิ การแลกเปลี่ยนบุคลากร การฝึกอบรม และโครงการ Academy ซึ่งมีกำหนดจัดขึ้นระหว่างวันที่ 30 มิ.ย."
    >>> class Day: start = text.index("วันที่")
    >>> held_by_what_precedes(text, text.index(" ว่าด้วย"), Day), held_by_what_precedes(text, text.index(" ซึ่ง"), Day)
    (True, False)
    """
    return day.start - title_end > _OWN_TITLE_TO_DAY and bool(
        _HELD_CLAUSE.search(text, max(title_end, day.start - _HELD_CLAUSE_LEAD), day.start))


# "...และชมขบวนรองเง็งแห่เรือปาจั๊ก และในวันที่ 12 พฤษภาคม 2568 รองปลัดกระทรวง... ร่วมพิธีลอยเรือ...": a day that opens
# a clause of its own after a conjunction of sequence
_NEXT_CLAUSE_DAY = re.compile(r"(?:และ|ส่วน|ต่อมา|จากนั้น|ถัดมา)[^\S\n]?(?:ใน|เมื่อ)?[^\S\n]?(?:วัน(?:ที่|[ก-๙]{3,9}(?:ที่)?)?)?"
                              r"[^\S\n]?$")
_NEXT_CLAUSE_LEAD = 30


def opens_the_next_clause(text: str, day) -> bool:
    """Whether ``day`` opens a new clause after a conjunction of sequence (``และในวันที่ 12 ...``, ``จากนั้นในวันที่
    ๓๑ มีนาคม``): the day of what that clause goes on to tell, not of an undated activity told before it, which keeps
    the day the story has reached (heldout-5 w36).  Read only where an undated event looks ahead for a day
    (``event_dates.undated_fallbacks``): in the day-after rule of ``date_event`` it moved 5 of 2,509 real records,
    2 of them to another wrong day.

    >>> text = "ได้เยี่ยมชมชุมชนชาวเล และในวันที่ 12 พฤษภาคม 2568 ร่วมพิธีลอยเรือ"
    >>> class Day: start = text.index("12")
    >>> opens_the_next_clause(text, Day)
    True
    """
    return bool(_NEXT_CLAUSE_DAY.search(text, max(0, day.start - _NEXT_CLAUSE_LEAD), day.start))


# "นายประยูร อินสกุล ปลัดกระทรวงเกษตรและสหกรณ์ เปิดเผยภายหลังเป็นประธานการประชุม... ว่า ผลการปฏิบัติ... ระหว่างวันที่
# 9-10 พฤษภาคม": the event is what the speaker had just done; what follows ว่า is what he says
_SAID_AFTER = re.compile(r"(?:เปิดเผย|กล่าว|แถลง|เผย|ให้สัมภาษณ์)[^\S\n]?(?:ภายหลัง|หลัง)(?:จาก)?[^\n]{0,24}$")
_SAID_AFTER_REACH = 60
_THAT = re.compile(r"[^\S\n]ว่า[^\S\n]")


def said_after_it(text: str, cue: int, title_end: int, day) -> bool:
    """Whether the event at ``cue`` is what a speaker had just done when speaking (``เปิดเผยภายหลังเป็นประธานการประชุม
    ...``) and ``day`` is stated after the ``ว่า`` that opens his words: a day of what he says (heldout-9 w28), not the
    event's.  A schedule told as his words (``เปิดเผยกำหนดการนายกรัฐมนตรีเตรียมลงพื้นที่ ว่า ในช่วงบ่ายวันนี้ (27 ก.ย.)``)
    is no such event: its day is the one he states.

    >>> text = "ปลัดกระทรวง เปิดเผยภายหลังเป็นประธานการประชุมคณะทำงาน ผ่านระบบทางไกล ว่า ผลการตรวจสอบ ระหว่างวันที่ 9 - 10"
    >>> class Day: start = text.index("วันที่")
    >>> said_after_it(text, text.index("การประชุม"), text.index(" ผ่าน"), Day)
    True
    """
    return bool(_SAID_AFTER.search(text, max(0, cue - _SAID_AFTER_REACH), cue)) \
        and bool(_THAT.search(text, title_end, day.start))


_LATER_TITLE_TO_DAY = 90      # characters from a later mention's cue to the days it is held on (its name between)
# "...รับรองร่างแถลงการณ์ร่วมฯ ในการประชุม ADMM Retreat ระหว่างวันที่ 4-6 มีนาคม": the days of the occasion it is part of
_IN_ANOTHER = re.compile(r"ใน(?:การ|งาน|พิธี|ที่ประชุม)")
_IN_LEAD = 4                  # ...also when the mention is that occasion's own name (ใน|การประชุม ADMM Retreat)


def held_days_told_later(analysis, event):
    """The days a later mention of an undated event says it is held on: ``...ร่วมชมงาน “มหกรรมรวมพลัง SME ไทย :
    Thailand SME Synergy EXPO 2024” ระหว่างวันที่ 19 - 23 มิ.ย.2567 ที่ศูนย์การประชุม...`` after a lead that gave none
    (heldout-10 w09): a day right after the name, as held (:data:`HELD`), no other event's cue between."""
    for head, end in event.mentions[1:]:
        para_end = analysis.paragraph_of(head)[1]
        limit = min(para_end, head + _LATER_TITLE_TO_DAY)
        day = next((m for m in analysis.dates if end <= m.start < limit), None)
        if day is not None and HELD.search(analysis.text, max(end, day.start - HELD_LEAD), day.start) \
                and analysis.event_cue_in(end, day.start) is None and not _IN_ANOTHER.search(analysis.text, max(0, head - _IN_LEAD), day.start):
            return day
    return None
