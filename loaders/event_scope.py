"""Which event mentions are events of their own: one event per occasion.

``events.find_events`` finds the cues; these checks say when a cue that would
start a new event belongs to an occasion already met, or to no occasion at all:

- an activity inside the event (``เยี่ยมชมนิทรรศการ บูธกิจกรรมภายในงาน``: the tour of the booths is
  part of the signing, DECISIONS #14) is that event's part, not an event;
- an activity a speaker tells of (``...กล่าวว่า ... หลังจากที่ได้ลงพื้นที่มาหลายจังหวัด``) is what was
  said, not an activity the release reports, unless its clause states its day;
- a trip whose purpose an earlier event's title already names (``ร่วมพิธีสวดพระอภิธรรมศพ
  พร้อมมอบเงินเยียวยา...`` ... ``โอกาสนี้ ... ลงพื้นที่มอบเงินเยียวยา...``) is that occasion again;
- an activity announced to follow an event already met (``ภายหลังการหารือ ... จะร่วมเป็นสักขีพยานการลงนาม...``)
  is the occasion's next activity (DECISIONS d-16/d-17), even in what a speaker tells;
- a plan: a blocker written before the organising verb (``เตรียมความพร้อมการจัดมหกรรม``) blocks the
  event as one written right before the cue does;
- an activity only its frame types (``กิจกรรม...``), on a day stated for another event of the story, is a part of
  that occasion;
- an exhibition (``occasion_only_cues``) is an occasion of its own only as ``งาน...``, opened, or over days of its own.

The words are data (``data/cues.yaml``: ``within_event_markers``, ``speech_verbs``, ``event_blockers``).
"""
from __future__ import annotations

import re

from edugraph.loaders.document import Analysis
from edugraph.loaders.event_dates import clause_start, first_date_after

_RULE_REACH = 80            # characters after a signing cue where the rule it signs is named
_WITHIN_REACH = 40          # characters after a cue where "inside the event" may stand
_PURPOSE_LENGTH = 10        # characters of a trip's purpose that must recur in the earlier event's title
_TODAY = re.compile(r"วันนี้|วานนี้|เมื่อวาน")
_DAY_REACH = 80             # characters before a cue where a stated day is the told activity's
_TODAY_REACH = 40           # characters before a cue where a relative day states the activity's day
_POINTS_BACK = re.compile(r"\s?(?:ดังกล่าว|ในครั้งนี้|ครั้งนี้|ฯ)")
_FOLLOWS = re.compile(r"(?:ภายหลัง|หลังจาก|หลังเสร็จสิ้น)(?:จาก|เสร็จสิ้น)?\s?$")
# "...ได้ร่วมตรวจเยี่ยมเรือนจำ... โดยมี X ให้การต้อนรับ พร้อมทั้งได้ร่วมหารือข้อราชการ...": what the visitors then do
_ALONG_WITH = re.compile(r"(?:พร้อมทั้ง|พร้อมกันนี้|และ)\s?(?:ได้)?(?:ร่วม)?(?:การ)?$")
# "พร้อมกันนี้ให้องค์กรปกครองส่วนท้องถิ่นและสถานศึกษาจัดกิจกรรม...": a clause that opens with ให้ tells someone to
# organise it, an instruction (not ให้การต้อนรับ, ให้ความสำคัญ: giving a welcome, an importance)
_DIRECTIVE = re.compile(r"\s?(?:จึง|และ)?(?:ขอ|สั่งการ)?ให้(?!การ|ความ|แก่|กับ|บริการ)")
# "...โปรดเกล้าฯ ให้จัดการฝึกอบรม...": ให้ glued to the organising verb bids someone organise it, a plan (heldout-7 w37)
# unless its day is stated (ได้กำหนดให้จัดการประชุม... 17 พ.ย. is the meeting held that day: dev d04)
_BIDS = re.compile(r"ให้\s?$")
# "เมื่อผู้กู้ลงนามและทำสัญญา...", "...เมื่อลงนามในสัญญาจ้าง": when someone signs, a condition of a procedure, no
# activity held (heldout-7 w02, heldout-8 w19); not เมื่อวันที่, เมื่อเช้า..., a day, which stand apart or name a time
_CONDITION = re.compile(r"เมื่อ(?:ผู้\S{0,8})?$")
_ORGANISING = re.compile(r"(?:การ)?(?:ได้)?(?:ร่วมกัน)?จัด(?:ให้มี|ทำ)?(?:งาน)?\s?$")
# an occasion-only cue (นิทรรศการ) names an occasion of its own after งาน, or when it is opened (เปิดนิทรรศการ...)
_OCCASION_NOUN = re.compile(r"งาน[^\S\n]?$")
_OPENED = re.compile(r"(?:เปิด|ปิด)[^\S\n]?$")
_RUN_REACH = 40             # characters after an occasion-only cue's words where its own run of days may stand


def within_an_event(analysis: Analysis, cue_end: int, title_end: int) -> bool:
    r"""Whether the words after a cue place its activity inside an event (``...ภายในงาน``, ``...ในพิธี``).

    >>> from edugraph.loaders.extract import extract
    >>> text = ("เมื่อวันที่ 2 ก.พ. 2567 จังหวัดตาก จัดพิธีลงนามบันทึกข้อตกลงความร่วมมือ ณ โรงแรมตาก\n"
    ...         "จากนั้น ผู้ว่าฯ เยี่ยมชมนิทรรศการ บูธกิจกรรมภายในงาน")
    >>> [e["event_type"] for e in extract(text, doc="d")["entities"] if e["type"] == "Event"]
    ['signing']
    """
    text, gaz = analysis.text, analysis.gaz
    if gaz.within_event_rx.search(text, cue_end, min(title_end, cue_end + _WITHIN_REACH)) is not None:
        return True
    # "เยี่ยมชมพระที่นั่ง... ในโอกาสเดินทางมาเป็นประธานการประชุมฯ ในครั้งนี้": its title names an event already
    # met (a general cue with a word that points back) as its occasion
    return any(cue.group() in gaz.reference_cues and _POINTS_BACK.match(text, cue.end())
               for cue in gaz.event_cue_rx.finditer(text, cue_end, title_end))


def opening_day(analysis: Analysis, clause: int) -> int:
    """Where the clause starting at ``clause`` starts, with the day that opens its paragraph: a lead's day written
    with its เมื่อ (``เมื่อวันที่ 8 มี.ค.67 นาง X บรรยายพิเศษ ... ในการประชุม...``) is one mention, while เมื่อ alone
    bounds clauses; one after a clause (``...ได้ร่วมลงนามเมื่อวันที่ 26 มิ.ย. 2567 โดย...``) is that clause's."""
    para_start = analysis.paragraph_of(clause)[0]
    for mention in analysis.dates:
        if mention.start >= clause:
            break
        if mention.end > clause and not analysis.text[para_start:mention.start].strip():
            return mention.start
    return clause


def told_by_a_speaker(analysis: Analysis, head: int) -> bool:
    r"""Whether ``head`` stands in what a speaker said: after a speech verb (``กล่าวว่า``, ``เผยว่า`` ...)
    earlier in its paragraph, with no day stated for what is told.

    >>> from edugraph.loaders.extract import extract
    >>> text = ("เมื่อวันที่ 2 ก.พ. 2567 ผู้ว่าราชการจังหวัดตาก เป็นประธานการประชุมคณะกรรมการ ครั้งที่ 1/2567\n"
    ...         "ผู้ว่าฯ กล่าวว่า หลังจากที่ได้ลงพื้นที่มาหลายอำเภอ เห็นว่า...")
    >>> [e["event_type"] for e in extract(text, doc="d")["entities"] if e["type"] == "Event"]
    ['meeting']
    """
    text = analysis.text
    para_start = analysis.paragraph_of(head)[0]
    speech = None
    for speech in analysis.gaz.speech_rx.finditer(text, para_start, head):
        pass
    if speech is None or _ORGANISING.search(text, max(para_start, head - 14), head):
        return False        # ...กล่าวว่า ... จึงได้จัดอบรม...: the speaker names an activity held, the release's own
    # "วันนี้ (20 ก.ค. 66) ผู้ว่าฯ เปิดเผยว่า จังหวัดได้จัดกิจกรรม...", "...กล่าวว่า โดยในวันนี้ จังหวัดได้จัด...":
    # a speaker who reports the day's activity is the release's lead, not a story told
    if any(para_start <= m.start < speech.start() or head - _DAY_REACH <= m.start < head for m in analysis.dates):
        return False        # ...or the story states the day it tells of (…เมื่อวันที่ 6 มิถุนายน 2565 ในระหว่างการลงนาม…)
    return _TODAY.search(text, max(speech.end(), clause_start(analysis, head), head - _TODAY_REACH), head) is None


def follows_an_event_met(analysis: Analysis, head: int, events: list) -> bool:
    r"""Whether, earlier in ``head``'s paragraph, a mention of an event already met is written as what the
    activity follows (``ภายหลังการหารือกับนักลงทุน ... จะร่วมเป็นสักขีพยานการลงนาม...``): the signing after a
    discussion is the occasion's next activity, a second event on its day (DECISIONS d-16/d-17), not a story told.

    >>> from edugraph.loaders.extract import extract
    >>> text = ("วันนี้ (6 สิงหาคม 2568) นายกรัฐมนตรี เป็นประธานการหารือกับนักลงทุน ณ ทำเนียบรัฐบาล\n"
    ...         "โฆษก กล่าวว่า ภายหลังการหารือ นายกรัฐมนตรีจะร่วมเป็นสักขีพยานการลงนามบันทึกข้อตกลงความร่วมมือ")
    >>> [(e["event_type"], e["date"]) for e in extract(text, doc="d")["entities"] if e["type"] == "Event"]
    [('meeting', '2025-08-06'), ('signing', '2025-08-06')]
    """
    text = analysis.text
    para_start = analysis.paragraph_of(head)[0]
    return any(para_start <= start < head and _FOLLOWS.search(text, max(0, start - 14), start)
               for event in events for start, _ in event.mentions)


def talks_on_a_visit(analysis: Analysis, head: int, events: list) -> object | None:
    r"""The visit met earlier in ``head``'s paragraph when a discussion is joined to it (``...ตรวจเยี่ยมเรือนจำ...
    ให้การต้อนรับ พร้อมทั้งได้ร่วมหารือข้อราชการ...``): the talks the visitors hold with their hosts are a part of the
    visit, not a meeting of their own.

    >>> from edugraph.loaders.extract import extract
    >>> text = ("เมื่อวันที่ 2 ก.พ. 2567 รัฐมนตรี ได้ร่วมตรวจเยี่ยมเรือนจำกลางตาก โดยมี ผู้บัญชาการเรือนจำ ให้การต้อนรับ "
    ...         "พร้อมทั้งได้ร่วมหารือข้อราชการในเรื่องการเยี่ยมญาติ")
    >>> [e["event_type"] for e in extract(text, doc="d")["entities"] if e["type"] == "Event"]
    ['visit']
    """
    if not events or events[-1].type != "visit" or not _ALONG_WITH.search(analysis.text, max(0, head - 20), head):
        return None
    para_start = analysis.paragraph_of(head)[0]
    return events[-1] if events[-1].intro >= para_start else None


def signs_a_rule(analysis: Analysis, kind: str, start: int, title_end: int) -> bool:
    r"""Whether a signing's words sign a rule or an announcement to be published (``ลงนามเพื่อประกาศใน
    ราชกิจจานุเบกษา``: ``published_rule_words`` soon after the cue) and name no agreement: an official act, no event.

    >>> from edugraph.loaders.extract import extract
    >>> text = "เมื่อวันที่ 1 ธ.ค. 2566 รัฐมนตรี ได้ลงนามเพื่อประกาศในราชกิจจานุเบกษา เปลี่ยน ส.ป.ก. 4-01 เป็นโฉนด"
    >>> [e["event_type"] for e in extract(text, doc="d")["entities"] if e["type"] == "Event"]
    []
    """
    gaz = analysis.gaz
    return kind == "signing" and gaz.published_rule_rx.search(analysis.text, start, start + _RULE_REACH) is not None \
        and gaz.agreement_rx.search(analysis.text, start, max(title_end, start + _RULE_REACH)) is None


def names_what_came_before(analysis: Analysis, head: int) -> bool:
    r"""Whether the words at ``head`` name the activity that the clause's own one followed (``ภายหลังการหารือ
    ได้มีพิธีลงนาม...``): an earlier activity of the occasion, which took place (DECISIONS d-16).

    >>> from edugraph.loaders.extract import extract
    >>> text = ("วันที่ 14 มีนาคม 2567 รัฐมนตรี ให้การต้อนรับคณะผู้แทนสหรัฐฯ\n"
    ...         "ภายหลังการหารือ ได้มีพิธีลงนามบันทึกความเข้าใจระหว่างโรงพยาบาลรามาธิบดี และ USTDA")
    >>> [(e["event_type"], e["date"]) for e in extract(text, doc="d")["entities"] if e["type"] == "Event"]
    [('meeting', '2024-03-14'), ('signing', '2024-03-14')]
    """
    return _FOLLOWS.search(analysis.text, max(0, head - 14), head) is not None


def purpose_named_before(analysis: Analysis, cue_end: int, title_end: int, events: list) -> object | None:
    """The earlier event whose title names the purpose of a trip: the words right after its cue
    (``ลงพื้นที่|มอบเงินเยียวยา...``) recur in that title."""
    purpose = analysis.text[cue_end:title_end].strip()[:_PURPOSE_LENGTH]
    if len(purpose) < _PURPOSE_LENGTH or analysis.gaz.event_cue_rx.match(purpose):
        return None
    for event in reversed(events):
        if purpose in event.title(analysis.text):
            return event
    return None


def planned_before_organising(analysis: Analysis, clause: int, head: int, announced: bool = False) -> bool:
    """Whether a blocker stands right before the organising verb that precedes ``head``
    (``เตรียมความพร้อมการจัด|มหกรรม``, ``อยู่ระหว่างร่วมกันจัดทำ|บันทึกความร่วมมือ``, ``ให้จัด|การฝึกอบรม``): a plan, as with a
    blocker before the cue; ``announced``: a day is stated for it, so a bidding ให้ does not block it."""
    text = analysis.text
    organising = _ORGANISING.search(text, max(clause, head - 14), head)
    if organising is None:
        return False
    at = organising.start()
    return bool(analysis.gaz.event_blocker_rx.search(text[max(clause, at - 16):at])) \
        or _DIRECTIVE.match(text, clause, at) is not None \
        or (not announced and _BIDS.search(text, max(clause, at - 4), at) is not None)


def signed_on_condition(analysis: Analysis, head: int) -> bool:
    """Whether ``เมื่อ`` right before the cue, or before the signer it names (``เมื่อผู้กู้|ลงนาม``), makes the cue a
    condition (when one signs ...), not an activity held.

    >>> from edugraph.loaders.extract import extract
    >>> def types(text):
    ...     return [e["event_type"] for e in extract(text, doc="d")["entities"] if e["type"] == "Event"]
    >>> types("กองทุนชี้แจงว่า ผู้กู้ยืมที่ได้รับการอนุมัติ เมื่อลงนามและทำสัญญาเรียบร้อยจะได้รับเงินภายใน 7 วัน")
    []
    """
    return _CONDITION.search(analysis.text, max(0, head - 14), head) is not None


def held_as_occasion(analysis: Analysis, head: int, start: int, title_end: int) -> bool:
    """Whether an occasion-only cue (``cues.yaml`` ``occasion_only_cues``: นิทรรศการ) starting at ``start`` names an
    occasion of its own: งาน before it (``งานนิทรรศการด้านการบิน...``), an opening (``เปิดนิทรรศการ...``), or a run of
    days of its own written right after its words (``นิทรรศการ สงกรานต์ไทย ... 10 - 12 เมษายน 2567``).

    >>> from edugraph.loaders.extract import extract
    >>> def types(text):
    ...     return [e["event_type"] for e in extract(text, doc="d")["entities"] if e["type"] == "Event"]
    >>> types("เมื่อวันที่ 5 มีนาคม 2567 กรมส่งเสริมการเรียนรู้ จัดงานนิทรรศการด้านการบินและอวกาศ ณ ศูนย์การค้าเซ็นทรัล")
    ['forum']
    >>> types("เมื่อวันที่ 5 มีนาคม 2567 สำนักงานศึกษาธิการจังหวัดน่าน จัดประชุมครูแกนนำ ณ โรงแรมน่านปริ๊นเซส "
    ...       "พร้อมทั้งจัดนิทรรศการผลงานนักเรียน")
    ['meeting']
    >>> types("กระทรวงวัฒนธรรม เชิญชวนประชาชนเข้าชมนิทรรศการผลงานศิลปินแห่งชาติ ระหว่างวันที่ 24 กุมภาพันธ์ - 9 มีนาคม 2567")
    ['forum']
    """
    text = analysis.text
    before = text[max(0, head - 8):start] if head < start else text[max(0, start - 8):start]
    if _OCCASION_NOUN.search(before) or _OPENED.search(before):
        return True
    run = first_date_after(analysis, start, title_end + _RUN_REACH)
    return run is not None and run.end_date not in (None, run.date)


def fold_framed_activities(events: list) -> None:
    """An activity that only its frame types (กิจกรรม..., type ``other``; not a one-off โครงการ) on the day of another
    event of the story is a part of that occasion (``...ในการร่วมจัดกิจกรรมถ่ายทอดความรู้...`` at a project's opening,
    ``โดยจัดกิจกรรมครั้งแรกเมื่อวันที่ ๒๓ ...`` of a fair met on that day): one event per occasion, its mentions the
    occasion's (development gold: heldout-6 w34, heldout-7 w26, heldout-8 w29).  Read on the days the text states,
    before a fallback gives an undated event the story's day."""
    for event in [e for e in events if e.type == "other" and e.date and not e.project]:
        host = next((e for e in events if e is not event and e.type != "other" and e.date == event.date), None)
        if host is not None:
            events.remove(event)
            host.mentions.extend(event.mentions)
