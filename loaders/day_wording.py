"""What the words around a stated day say of an event's day: a statement's day, a time with no day, the page's
posting stamp, a period's bound.

Read by the date rules (``event_dates.py``).  The learned date chooser that also read them was measured against
the rules and dropped (``bench/date-chooser.md``); its experiment (``bench/date_chooser.py``, ``bench/date_model.py``)
loads this module alone by path to measure an older checkout, so it imports nothing from ``edugraph`` and loads
``day_owners.py`` beside itself.
"""
from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

# what the words between a day and an event's cue say of the event's own time (:func:`_told`)
_FUTURE = re.compile(r"จะ|เตรียม|มีกำหนด")      # announced: the day of a statement before it is not the event's
_VAGUE = re.compile(r"เมื่อ\s?(?:ช่วง)?\s?(?:ต้น|กลาง|ปลาย)?\s?(?:เดือน|สัปดาห์|ปี|อาทิตย์)|ช่วง\s?(?:ต้น|กลาง|ปลาย)"
                    r"\s?(?:เดือน|ปี)|(?:สัปดาห์|เดือน|ปี)"
                    r"(?:ที่แล้ว|ก่อน(?!หน้า))|ก่อนหน้านี้|เมื่อไม่นาน(?:มานี้)?")   # a time stated with no day: null
# the schedule of an activity as what is talked of (เกี่ยวกับกำหนดการลงนาม..., อยู่ระหว่างพิจารณากำหนดการลงนาม): its day is
# not given, whatever day the talk is on
_UNSCHEDULED = re.compile(r"(?:เกี่ยวกับ|พิจารณา|หารือ)\s?กำหนด(?:การ)?\s?$")
_ORGANISING = re.compile(r"(?:การ)?(?:ได้)?(?:ร่วมกัน)?จัด(?:ให้มี|ทำ)?(?:งาน)?\s?$")    # event_scope's own
# "เปิดเผยว่า ตนได้เป็นประธานในพิธีเปิด...": the speaker reports presiding over or attending the activity himself
_OWN_PART = re.compile(r"ตน(?:เอง)?(?:ได้)?(?:ร่วม)?(?:เป็นประธาน|เข้าร่วม)(?:ใน)?(?:การ)?\s?$")
_OWN_PART_REACH = 30
_OWN_PART_OPENS = re.compile(r"(?:ว่า)?[^\S\n]*ตน(?:เอง)?(?:ได้)?(?:ร่วม)?(?:เป็นประธาน|เข้าร่วม)")  # ...เปิดเผยว่า ตนได้เป็นประธาน
_THIS_ONE = re.compile(r"(?:ใน)?ครั้งนี้|ดังกล่าว")     # the occasion at hand (event_scope._POINTS_BACK)
_THIS_ONE_REACH = 20
_LEAD_REACH = 150           # characters before a cue read for how its clause places the event in time
_VAGUE_REACH = 80           # characters after a title where a time with no day is the event's
_PERIOD = re.compile(r"(?:ปีบัญชี|ปีงบประมาณ|ปีการศึกษา)(?:\s?(?:พ\.ศ\.)?\s?[0-9๐-๙]{4})?\s?\(?\s?$")
_PERIOD_REACH = 24          # characters before a day where a period's name makes it the period's bound
# the page's own posting stamp closing the text (``****** 12 กันยายน 2566``): the publication date, never an event's
_STAMP_LEAD = re.compile(r"(?:^|\n|[*_=~\-]{3,})[^\S\n]*$")
# what is said places the told activity on the statement's day (ซึ่งวันนี้ตั้งใจมาตรวจราชการ), or before it: a past
# marker in the cue's lead (ได้ลงนาม, ได้มีการ..., ที่ผ่านมา, ไปแล้ว, หลังเสร็จสิ้น..., เมื่อ...), or acknowledged (รับทราบ)
_SAID_TODAY = re.compile(r"วันนี้|วานนี้|เมื่อวาน")
_PAST = re.compile(r"ได้(?:มี)?(?:การ)?\s?$|ไปแล้ว|ที่ผ่านมา|(?:ภาย)?หลัง(?:จาก)?(?:ที่)?(?:ได้)?เสร็จ|เมื่อ(?!วันที่)|รับทราบ")
_PAST_REACH = 60            # characters before a cue where a past marker places the told activity
# what sets an activity's scene between a day and who speaks (``วันนี้ (30 ต.ค.67) เวลา 09.00 น. ณ กองทัพอากาศ ...
# กล่าวว่า``): a place makes the day the scene's, not a statement's; a time of day alone may be the statement's own
# (``วันนี้ (...) เวลาประมาณ 11.00 น. นายจิรายุ ... เปิดเผยว่า``, heldout-3 v08)
_SCENE = re.compile(r"(?:^|[^ก-๙])ณ[^\S\n]")
_SCENE_OPENING = re.compile(r"(?:\)|[^\S\n])*ที่[^\S\n]")    # "วันนี้ (8 สิงหาคม 2567) ที่ ศูนย์ประชุม...": a place
_SPEAKER_REACH = 200
_PAST_DAY = re.compile(r"เมื่อ")        # เมื่อวันที่ ..., เมื่อวันนที่ ... (a day told as past)
_PAST_DAY_LEAD = 16        # characters from a day to the speech verb of a statement it opens


@functools.lru_cache(maxsize=None)
def _day_owners():
    """``day_owners.py`` beside this file, loaded by path (this module is loaded alone with an older checkout)."""
    spec = importlib.util.spec_from_file_location("edugraph_day_owners", Path(__file__).with_name("day_owners.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def is_posting_stamp(text: str, mention) -> bool:
    """Whether a date closes the text on its own line or after a rule of stars: the page's posting stamp.

    >>> from types import SimpleNamespace as M
    >>> text = "เปิดการประชุมวิชาการ\\n**********  12 กันยายน 2566\\n"
    >>> is_posting_stamp(text, M(start=text.index("12"), end=text.index("2566") + 4))
    True
    >>> text = "เปิดการประชุมวิชาการ เมื่อวันที่ 12 กันยายน 2566"
    >>> is_posting_stamp(text, M(start=text.index("12"), end=len(text)))
    False
    """
    return not text[mention.end:].strip() and bool(_STAMP_LEAD.search(text, 0, mention.start))


def _near(analysis, pos: int, cue: int) -> bool:
    """Whether ``pos`` stands in the paragraph of ``cue`` or the one before."""
    index = analysis.paragraph_index
    return index(analysis.paragraph_of(pos)[0]) >= index(analysis.paragraph_of(cue)[0]) - 1


def is_period_bound(text: str, mention) -> bool:
    """Whether a day bounds a period named right before it (``ปีบัญชี 2567 (1 เมษายน 2567 – 31 มีนาคม 2568)``,
    ``ปีงบประมาณ``, ``ปีการศึกษา``): the period's, never an activity's.

    >>> from types import SimpleNamespace as M
    >>> text = "ในรอบปีบัญชี 2567(1 เมษายน 2567 – 31 มีนาคม 2568)"
    >>> is_period_bound(text, M(start=text.index("1 เม")))
    True
    """
    return bool(_PERIOD.search(text, max(0, mention.start - _PERIOD_REACH), mention.start))


def _told(analysis, lo: int, hi: int, this_one: bool = False) -> list[str]:
    """How the words from ``lo`` to an event's cue at ``hi`` place the event in time: a speech verb (the day
    before it is the statement's, unless the speaker names an activity held), and after the
    last one another stated day, or in the cue's lead a plan (จะ, เตรียม, มีกำหนด) or a time with no day
    (เมื่อเดือน..., สัปดาห์ที่แล้ว).  ``this_one``: the event's words point back to the occasion at hand."""
    text = analysis.text
    said = None
    for said in analysis.scan(analysis.gaz.speech_rx).finditer(lo, hi):
        pass
    if said is not None and (this_one or _ORGANISING.search(text, max(said.end(), hi - 14), hi)
                             or _OWN_PART.search(text, max(said.end(), hi - _OWN_PART_REACH), hi)):
        # ...เผยว่า ... ได้จัดกิจกรรม..., ...กล่าวว่า ในการศึกษาดูงาน...ในครั้งนี้: the speaker names the activity the
        # release reports (as event_scope reads them), not one told of
        return ["said&own"]
    start = said.end() if said is not None else lo
    out = ["said"] if said is not None else []
    lead = max(start, hi - _LEAD_REACH)        # what places the event in time stands near its cue
    if _FUTURE.search(text, lead, hi):
        out.append("future")
    if _VAGUE.search(text, lead, hi):
        out.append("vague")
    if said is not None and _SAID_TODAY.search(text, start, hi):
        out.append("today")
    if _PAST.search(text, max(start, hi - _PAST_REACH), hi):
        out.append("past")
    if said is not None and any(start <= m.start < hi for m in analysis.dates):
        out.append("said&day_after")
    if said is not None and _near(analysis, said.start(), hi):
        out.append("said&near")             # the speech that tells of the cue, not a quotation between
        if _near(analysis, lo, hi) and not set(out) & {"future", "today", "said&day_after"}:
            out.append("said&near&only")    # and nothing it says dates the activity: the day is the statement's
    return out + [f"said&{name}" for name in out[1:] if said is not None and "&" not in name]


def _points_back(analysis, event) -> bool:
    """Whether the event's words point back to the occasion at hand (ในครั้งนี้, ดังกล่าว)."""
    text, intro, t_end = analysis.text, event.intro, event.title_span[1]
    para_end = analysis.paragraph_of(intro)[1]
    return _THIS_ONE.search(text, t_end, min(para_end, t_end + _THIS_ONE_REACH)) is not None \
        or _THIS_ONE.search(text, intro, t_end) is not None


def statement_day(analysis, event, mention) -> bool:
    """Whether ``mention`` (a day stated before ``event``'s cue) is only the day of a statement that tells of the
    event: a speech verb after the day, in the cue's paragraph or the one before, and nothing said that dates the
    activity (a plan, วันนี้, another day): ``วันนี้ (6 ก.ค. 66) โฆษก... เปิดเผยว่า นายกฯ รับทราบถึงการลงนาม...``.
    The contract then leaves the event undated (ANNOTATION.md; heldout-3 v01-v03, v08)."""
    return mention.end <= event.intro and "said&near&only" in _told(analysis, mention.end, event.intro,
                                                                       _points_back(analysis, event)) \
        and not _sets_a_scene(analysis, mention)


def _sets_a_scene(analysis, mention) -> bool:
    """Whether a place stands between a day and the speech verb after it (``วันนี้ (30 ต.ค.67) เวลา
    09.00 น. ณ กองทัพอากาศ ... กล่าวว่า ... ได้ตรวจเยี่ยม...``): the day is then the scene's, where the activity told
    is held (heldout-5 w15), not only the statement's."""
    text = analysis.text
    para_end = analysis.paragraph_of(mention.start)[1]
    said = next(analysis.scan(analysis.gaz.speech_rx).finditer(mention.end, para_end), None)
    stop = said.start() if said is not None else para_end
    return bool(_SCENE_OPENING.match(text, mention.end) or _SCENE.search(text, mention.end, stop))


def statement_opened(analysis, mention):
    """The speech verb of a statement that a day only opens, or None: a speech verb follows the day in its paragraph
    with only who speaks between, no event cue and no scene (a place):
    ``วันนี้ (27 เมษายน 2568) นายเผ่าภูมิ ... เปิดเผยว่า ...``.  Such a day is the statement's, so it dates no event
    told before it, in a deck (heldout-5 w13, heldout-6 w38); a day the statement then states may (เผยว่า ในวันเสาร์ที่
    9 ธันวาคม 2566 นี้ ...).

    >>> from types import SimpleNamespace as M
    >>> import re
    >>> text = "วันนี้ (27 เมษายน 2568) นายเผ่าภูมิ รัฐมนตรี เปิดเผยว่า กระทรวง..."
    >>> a = M(text=text, paragraph_of=lambda pos: (0, len(text)), event_cue_in=lambda s, e: None,
    ...       scan=lambda rx: M(finditer=lambda s, e: rx.finditer(text, s, e)), gaz=M(speech_rx=re.compile("เปิดเผย")))
    >>> statement_opened(a, M(start=8, end=text.index(")"))).group()
    'เปิดเผย'
    >>> a.text = text = text.replace("นายเผ่า", "ณ จังหวัดอำนาจเจริญ นายเผ่า")
    >>> statement_opened(a, M(start=8, end=text.index(")"))) is None
    True
    """
    text = analysis.text
    if _PAST_DAY.search(text, max(0, mention.start - _PAST_DAY_LEAD), mention.start + 6):
        return None     # "เมื่อวันที่ 12 ก.ค. 67 ปลัด... เปิดเผยว่า ตนได้มอบหมาย...": a day told as when things happened
    para_end = analysis.paragraph_of(mention.start)[1]
    said = next(analysis.scan(analysis.gaz.speech_rx).finditer(mention.end, min(para_end, mention.end + _SPEAKER_REACH)),
                None)
    if said is None or _SCENE_OPENING.match(text, mention.end) or _SCENE.search(text, mention.end, said.start()) \
            or analysis.event_cue_in(mention.end, said.start()) is not None:
        return None
    told = analysis.event_cue_in(said.end(), para_end)
    if _OWN_PART_OPENS.match(text, said.end()) or told is not None and "said&own" in _told(analysis, mention.end,
                                                                                            told.start()):
        return None     # "เปิดเผยว่า ตนได้เป็นประธานนำขบวน...": the speaker names the activity held that day
    return said


def organised(analysis, event) -> bool:
    """Whether the event is told as organised right before its words (``กรมธนารักษ์จัดพิธีมอบ...``): the release's own
    activity, which the story's day dates (as :func:`_told` reads a speaker naming it)."""
    para_start = analysis.paragraph_of(event.intro)[0]
    return bool(_ORGANISING.search(analysis.text, max(para_start, event.intro - 14), event.intro))


def dayless_time(analysis, event) -> bool:
    """Whether the event's lead (80 characters before its cue, in its paragraph) or the words right after its title
    give it a time with no day (``ทั้งนี้ เมื่อปี 2565 ... ได้ลงนาม``, ``ได้ลงนาม MOU ... ไปเมื่อปี 2565``,
    ``เมื่อสัปดาห์ที่แล้ว``) and no day stands between that time and the cue: a background activity, null by the
    contract (DECISIONS d-21; heldout-3 v01, v03); so is one whose schedule is what is talked of
    (``เกี่ยวกับกำหนดการลงนาม...``, heldout-7 w13)."""
    text, intro, t_end = analysis.text, event.intro, event.title_span[1]
    para_start, para_end = analysis.paragraph_of(intro)
    if _UNSCHEDULED.search(text, max(para_start, intro - 20), intro):
        return True     # "หารือ... เกี่ยวกับกำหนดการลงนามในบันทึกความเข้าใจ": a signing whose day is still to be set
    lead = None
    for lead in _VAGUE.finditer(text, max(para_start, intro - _VAGUE_REACH), intro):
        pass
    if lead is not None and not any(lead.end() <= m.start < intro for m in analysis.dates):
        return True
    # after the title also a month named with no day (``ร่วมงานนิทรรศการ... ช่วงเดือนมิถุนายน 2568 นี้``)
    afters = [rx.search(text, t_end, min(para_end, t_end + _VAGUE_REACH)) for rx in (_VAGUE, _day_owners().MONTH_ONLY)]
    after = min((m for m in afters if m is not None), key=lambda m: m.start(), default=None)
    return after is not None and not any(intro <= m.start < after.start() for m in analysis.dates)
