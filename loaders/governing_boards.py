"""The board that governs a foundation or an association, written with the body's name, is the body.

``คณะกรรมการมูลนิธิX``, ``คณะกรรมการสมาคมX``: the release names the body through its board (most often in a
member's position: รองประธานคณะกรรมการมูลนิธิX), and gold holds the body, never the board (cues.yaml
``governing_boards``, ``governed_bodies``).  A fund's board and a university's council are bodies of their own.

>>> from edugraph.loaders.gazetteer import load_gazetteer
>>> from edugraph.loaders.agencies import find_agencies
>>> gaz = load_gazetteer()
>>> text = "รองประธานคณะกรรมการมูลนิธิภูบดินทร์ และคณะกรรมการสมาคมแม่บ้านมหาดไทย และคณะกรรมการกองทุนหมู่บ้าน ร่วมพิธี"
>>> found = find_agencies(text, gaz)
>>> boards_as_their_bodies(found, gaz)
>>> [(m.name, m.kind) for m in found]      # doctest: +NORMALIZE_WHITESPACE
[('มูลนิธิภูบดินทร์', 'foundation'), ('สมาคมแม่บ้านมหาดไทย', 'other'),
 ('คณะกรรมการกองทุนหมู่บ้าน', 'committee')]
"""
from __future__ import annotations

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.mentions import AgencyMention


def governed_body(name: str, gaz: Gazetteer) -> str | None:
    """The name of the body a board's name carries (มูลนิธิX of คณะกรรมการมูลนิธิX), or None."""
    for board in gaz.words["governing_boards"]:
        if name.startswith(board):
            body = name[len(board):]
            head = next((h for h in gaz.words["governed_bodies"] if body.startswith(h)), None)
            return body if head and len(body) > len(head) else None
    return None


def boards_as_their_bodies(mentions: list[AgencyMention], gaz: Gazetteer) -> None:
    """Each mention named as the board of a foundation, an association, a club or a university takes the body's
    name and kind (its written form stays an alias)."""
    for m in mentions:
        body = governed_body(m.name, gaz) if m.name and m.entry is None else None
        if body is None:
            continue
        entry = gaz.agency_by_form(body)
        family = gaz.family_head_form(next(h for h in gaz.words["governed_bodies"] if body.startswith(h)))
        m.name, m.entry = (entry.name, entry) if entry is not None else (body, None)
        m.kind = entry.kind if entry is not None else family.kind if family is not None else m.kind
        m.family = None if entry is not None else family
