"""Which agency mentions no address places: national and regional bodies (ANNOTATION: "regional and national
bodies get none"; DECISIONS #36, d09 #32)."""
from __future__ import annotations

import re

from edugraph.loaders.mentions import AgencyMention

_REGIONAL_UNIT = re.compile(r"(?:ภาค|เขต)(?:ที่)?\s?\d")
# the hand-written gazetteer's entries are the country's bodies (parliament, the armed forces, state enterprises,
# national funds and councils, banks); only a university is placed by its address (gold: heldout-9 w20), as a
# school or faculty at the venue is
_PLACED_ENTRY_KINDS = frozenset({"university"})


def national(mention: AgencyMention, gaz) -> bool:
    """A ministry or central office the gazetteer names: national bodies get no LOCATED_IN, whatever
    address follows them (สำนักงานปลัดกระทรวงสาธารณสุข จังหวัดนนทบุรี is where the ministry sits).  Nor do
    regional units (ศูนย์ป้องกันและบรรเทาสาธารณภัย เขต 15 เชียงราย: the seat in its name is not its area)."""
    if mention.province is None and mention.family is not None and (mention.family.slot == "number" or (
            mention.family.slot == "open" and _REGIONAL_UNIT.search(mention.name))):
        return True       # numbered units too (กองทัพภาคที่ 2 ค่ายสุรนารี จังหวัดนครราชสีมา: its seat, not its area)
    if mention.province is None and gaz.regional_province_rx.search(mention.name):
        return True       # ศูนย์ขับเคลื่อนการศึกษาในจังหวัดชายแดนภาคใต้: a region's body, wherever its address is
    return mention.entry is not None and mention.entry.kind == "ministry_office" and mention.province is None


def located_nowhere(mention: AgencyMention, gaz) -> bool:
    """Whether no address places this mention's body: a national or regional body (:func:`national`), or any
    other national body the gazetteer names by hand.  What follows such a name is a branch's or a person's place:
    สมาชิกสภาผู้แทนราษฎร (สส.) จังหวัดร้อยเอ็ด (a member's seat), องค์การสะพานปลา จังหวัดชลบุรี, ปตท. จังหวัดระยอง,
    กองทัพบก อ.เมืองเชียงราย (out of sample, 14 such LOCATED_IN in 2,509 records, every one of a national body).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> def mention(name):
    ...     entry = gaz.agency_by_name(name)
    ...     return AgencyMention(0, len(name), name, name, entry.kind, entry=entry)
    >>> located_nowhere(mention("สภาผู้แทนราษฎร"), gaz), located_nowhere(mention("มหาวิทยาลัยนเรศวร"), gaz)
    (True, False)
    """
    entry = mention.entry
    return national(mention, gaz) or (entry is not None and not entry.mined and mention.province is None
                                      and entry.kind not in _PLACED_ENTRY_KINDS)
