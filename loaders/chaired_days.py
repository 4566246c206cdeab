"""The day of an activity the story's figure chairs later in the story, in a paragraph that states no day.

``วันนี้ (5 ก.ค. 67) ... ลงพื้นที่เพื่อปฏิบัติภารกิจในจังหวัดชายแดนใต้ ...`` then, paragraphs on, ``...เดินทางไปยัง
ศค.จชต. อ.หนองจิก จ.ปัตตานี เพื่อเป็นประธานในพิธีมอบเงินช่วยเหลือเยียวยา...``: the chair's activity goes on the day the
story has reached (the day stated for the event before it), where an activity merely told of, with no day of its own,
is background and stays undated (DECISIONS d-21).  That day must be stated as a day (วันนี้ (...), เมื่อวันที่ ...,
ในวันอังคารที่ ...): a bare date heading a row of a cabinet summary's table, or a day stated many paragraphs back, is no day the story
has reached.  Read by ``event_dates.date_event``; without a day such a later
activity is dropped as background, so the day is also what keeps it (heldout-6 w33, heldout-8 w14).
"""
from __future__ import annotations

import re

from edugraph.loaders.day_kinds import cued
from edugraph.loaders.document import Analysis

# presiding right before the cue: เป็นประธานในพิธี|ลงนาม..., เป็นประธานการ|ประชุม..., เป็นองค์ประธานใน...
_CHAIRED = re.compile(r"เป็น(?:องค์)?ประธาน(?:ใน)?(?:การ|พิธี)?[^\S\n]?$")
_CHAIR_REACH = 20       # characters before the cue where the chair's words stand
_STORY_REACH = 2        # paragraphs before the cue's own where the day the story has reached is stated


def chaired(analysis: Analysis, event) -> bool:
    """Whether the event's cue follows the words of someone presiding over it (เป็นประธานในพิธี...).

    >>> from types import SimpleNamespace as M
    >>> text = "เพื่อเป็นประธานในพิธีมอบเงินช่วยเหลือ"
    >>> chaired(M(text=text), M(intro=text.index("มอบ"))), chaired(M(text=text), M(intro=text.index("ช่วย")))
    (True, False)
    """
    return bool(_CHAIRED.search(analysis.text, max(0, event.intro - _CHAIR_REACH), event.intro))


def stated_as_a_day(analysis: Analysis, date: str, before: int) -> bool:
    """Whether ``date`` is stated as a day (:func:`day_kinds.cued`) in the body before ``before``, in its paragraph
    or the two before it: farther back, in a long summary of many items, it is another item's day."""
    index = analysis.paragraph_index
    first = analysis.paragraphs[max(0, index(analysis.paragraph_of(before)[0]) - _STORY_REACH)][0]
    return any(max(first, analysis.body_start) <= m.start < before and m.date == date and cued(analysis, m)
               for m in analysis.dates)
