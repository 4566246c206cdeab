"""The publication dateline at the top of a release's body.

A release states the day it was posted on (``วันนี้ (19 เม.ย. 65)``, a date
alone on an opening line, ``โพสต์เมื่อ ...``): that day is the release's, and
must not be mistaken for an event's date (DECISIONS #1, #2).

>>> find_dateline("วันนี้ (19 เม.ย. 65) เวลา 10.00 น. นายกรัฐมนตรี เป็นประธาน").date
'2022-04-19'
>>> find_dateline("เมื่อวันที่ 27 สิงหาคม 2562 จังหวัดสุรินทร์ ได้จัดพิธีลงนาม") is None
True
"""
from __future__ import annotations

import re

from edugraph.loaders.dates import DateMention, find_dates

__all__ = ["find_dateline"]

# A dateline opens a line: "วันนี้ (19 เม.ย. 65)", "(19 เม.ย. 65)", a date alone
# on its line, "วันเสาร์, 13 สิงหาคม 2565", "19 เมษายน 2565 – จังหวัด...",
# "โพสต์เมื่อ 27 ม.ค. 2566", or a date after a "|" in a header line.
# "วันที่ ..." and "เมื่อวันที่ ..." open a sentence about an event instead.
_TODAY_OPEN = re.compile(r"(?:วันนี้\s*\(|^\s*\()\s*$")
_POSTED_LEAD = re.compile(
    r"[^\S\n]*(?:โพสต์|โพส|เผยแพร่|ประกาศ|อัปเดต|อัพเดท|แก้ไขล่าสุด|posted|published|updated)"
    r"[^\S\n]*(?:เมื่อ|on)?[^\S\n]*:?[^\S\n]*", re.IGNORECASE)
_HEADER_SEGMENT = re.compile(r"[^\n]{0,80}[|·•][^\S\n]*")
# "วันที่ 31 มีนาคม 2564 สำนักงาน... จัด..." and "วันพฤหัสบดีที่ 14 ..." open a
# sentence about an event; alone on their line they are a dateline all the same.
_EVENT_STYLE = re.compile(r"เมื่อ|วันที่|วัน\S+ที่")
_DATELINE_LINES = 3
_DATELINE_SEARCH_CHARS = 1500


def find_dateline(text: str) -> DateMention | None:
    """The publication dateline at the start of a body, or None.

    Recognised within the first 1,500 characters: ``วันนี้ (date)`` anywhere,
    ``(date)`` opening a line; and within the first three non-empty lines, a
    line that opens with a date written without ``วันที่``/``เมื่อวันที่``
    (alone, followed by a dash or by the story, or after a weekday and a
    comma), a date after "posted" (``โพสต์เมื่อ``, ``เผยแพร่เมื่อ``, ``Posted on``),
    or a date after a ``|`` or ``·`` in a short header line.  A line opening
    with ``วันที่``, ``เมื่อวันที่`` or ``วันจันทร์ที่`` and going on with the story
    is a sentence about an event, not a dateline.

    >>> find_dateline("หัวข่าว\\n\\n19 เมษายน 2565 – จังหวัดสุโขทัย ได้จัดพิธี").date
    '2022-04-19'
    >>> find_dateline("วันเสาร์, 13 สิงหาคม 2565\\n\\nพช.ขก.ร่วมงาน").text
    'วันเสาร์, 13 สิงหาคม 2565'
    >>> find_dateline("หัวข่าว\\nโพสต์เมื่อ 27 ม.ค. 2566 | หมวด: ข่าว\\nเมื่อวันที่ 26 ม.ค. 2566").date
    '2023-01-27'
    >>> find_dateline("หัวข่าว\\nข่าวกิจกรรม อบจ.พะเยา | 5 ธันวาคม 2565").date
    '2022-12-05'
    >>> find_dateline("วันที่ 31 มีนาคม 2564 สำนักงานเลขาธิการสภาการศึกษา จัดประชุม") is None
    True
    """
    head = text[:_DATELINE_SEARCH_CHARS]
    lines = []  # (start offset, line) of the non-empty lines
    offset = 0
    for line in head.split("\n"):
        if line.strip():
            lines.append((offset, line))
        offset += len(line) + 1
    mentions = find_dates(head)

    def line_start(position: int) -> int:
        return max(start for start, _ in lines if start <= position)

    for mention in mentions:
        before = head[line_start(mention.start):mention.start]
        closed = head[mention.end:].lstrip(" \t").startswith(")")
        if closed and _TODAY_OPEN.search(before):
            return mention
    opening_lines = {start for start, _ in lines[:_DATELINE_LINES]}
    for mention in mentions:
        start = line_start(mention.start)
        if start not in opening_lines:
            continue
        lead = head[start:mention.start]
        if _POSTED_LEAD.fullmatch(lead) or _HEADER_SEGMENT.fullmatch(lead):
            return mention
        if lead.strip():
            continue
        line_end = head.find("\n", mention.end)
        alone = not head[mention.end:line_end if line_end >= 0 else None].strip()
        if alone or not _EVENT_STYLE.match(mention.text):
            return mention
    return None
