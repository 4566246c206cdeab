"""PART_OF from a programme the release's one occasion follows: ``...ให้เป็นไปตามแผนปฏิบัติการ X``, ``ตามนโยบาย “X”``,
``ขับเคลื่อนตามกรอบ X``.  The work the release reports is done in line with that programme (ANNOTATION.md: events
that develop, drive or work towards a programme are PART_OF it), however far from the event's own wording the
programme is named.  Only where the release reports one occasion: in a release of several, which of them follows
the programme is not said."""
from __future__ import annotations

import functools
import re

from edugraph.loaders.reading import Fact, Reading, evidence

_MARKER_REACH = 30      # characters before a programme that may hold its marker


def followed_programmes(reading: Reading) -> list[Fact]:
    """PART_OF from the release's only event to each programme written right after a follow marker
    (``programme_follow_markers`` in cues.yaml), a quote between them or not.

    >>> from edugraph.loaders.extract import extract
    >>> text = ("กรมส่งเสริมอุตสาหกรรม เปิดกิจกรรมพัฒนาแบรนด์\\n\\n4 มิถุนายน 2568 นายสมชาย ใจดี รองอธิบดีกรมส่งเสริมอุตสาหกรรม "
    ...         "เป็นประธานพิธีเปิดกิจกรรมการพัฒนาภาพลักษณ์แบรนด์ ณ กรุงเทพมหานคร\\n\\nกิจกรรมนี้มุ่งยกระดับผลิตภัณฑ์ชุมชน "
    ...         "ตามนโยบาย “ดีพร้อมคอมมูนิตี้ ที่นี่มีแต่ให้” ของกรมส่งเสริมอุตสาหกรรม")
    >>> out = extract(text, doc="t")
    >>> names = {e["id"]: e.get("name") or e.get("event_type") for e in out["entities"]}
    >>> [(names[r["head"]], names[r["tail"]]) for r in out["relations"] if r["type"] == "PART_OF"]
    [('ceremony', 'ดีพร้อมคอมมูนิตี้ ที่นี่มีแต่ให้')]
    """
    if len(reading.events) != 1:
        return []
    event = reading.events[0]
    text, a = reading.text, reading.a
    words = reading.gaz.words
    heads = tuple(words["programme_follow_heads"])
    marked = _marker_rx(tuple(words["programme_follow_markers"]), tuple(words["programme_follow_adjuncts"]), heads)
    facts, seen = [], set()
    for programme in a.programmes:
        if not programme.entity_id or programme.entity_id in seen or programme.bare:
            continue
        # the programme's own head word may close an adjunct (…สู่ระดับสากล ตามนโยบาย|SAP)
        head = next((h for h in heads if text.startswith(h, programme.start)), "")
        lo = max(0, programme.start - _MARKER_REACH)
        if not any(marked.search(text, lo, end) for end in {programme.start, programme.start + len(head)}):
            continue
        seen.add(programme.entity_id)
        facts.append(Fact("PART_OF", event.entity_id, programme.entity_id,
                          evidence(text, max(0, programme.start - _MARKER_REACH), programme.end)))
    return facts


@functools.lru_cache(maxsize=4)
def _marker_rx(markers: tuple[str, ...], adjuncts: tuple[str, ...], heads: tuple[str, ...]) -> re.Pattern:
    """A marker (and a plan's head word: เป็นไปตามนโยบาย) ending right before the programme, with a space or an opening
    quote between; an adjunct marker only after a space, a quote or a line's start (glued to a noun, ตามนโยบาย X says
    which of that noun is meant)."""
    def alternatives(words):
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(r"(?:(?:" + alternatives(markers) + r")(?:" + alternatives(heads) + r")?"
                      r"|(?<![^\s“”\"‘’'])(?:" + alternatives(adjuncts) + r"))\s?[“\"‘']?\s?$")
