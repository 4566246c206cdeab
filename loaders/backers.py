"""SUPPORTED that no role cue gives: backers of a programme named by the share of its work they take on, and the
funds its money is drawn from.

- ``ทางกรม X (พก.) สนับสนุนเรื่อง…``, ``ในขณะที่ กสทช. สนับสนุนเรื่อง…``, ``กระทรวง Y จะสนับสนุนในภารกิจต่าง ๆ``:
  a body written right before a bare ``สนับสนุน`` whose object is a share of the work (``support_share_objects``)
  backs the programme the release is about (heldout-6 w20, w13; heldout-8 w17);
- ``โดยการใช้เงินจากกองทุน X``, ``โดยใช้จ่ายจากเงินทุนสะสมของ X``, ``ได้รับทุน… จากกองทุน X ภายใต้โครงการ Y``,
  ``โดยการจัดสรรทุนวิจัยจากกองทุน X``: the body money is drawn from funds the programme (heldout-4 w06;
  heldout-8 w06, w09, w14).

The programme is the one written after the funder (``ภายใต้โครงการ Y``), else the one the sentence is about
(named before in its paragraph, no event written in between), else the release's only programme (not where the
money's taker is a project left unnamed, ซึ่งเป็นโครงการที่ได้รับ…).  A sentence that names an event is left to the
role cues: the money is then the occasion's.  The bodies the state budget passes through (``budget_channels``:
จัดสรรงบประมาณจากสำนักงบประมาณ) fund nothing.
"""
from __future__ import annotations

import functools
import re

from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.pilots import programme_after_funder, programme_of_sentence
from edugraph.loaders.positions import collective_body
from edugraph.loaders.reading import Fact, Reading, evidence

# what may stand between a backer's name and its verb: its short form, a modal, ร่วม (…(พก.) สนับสนุน, …จะร่วมสนับสนุน)
_BACKER_GAP = re.compile(r"[^\S\n]?(?:\([^()\n]{1,30}\))?[^\S\n]?(?:จะ|ได้|ยัง|ก็)?[^\S\n]?(?:ร่วม)?[^\S\n]?")
# money taken from a body: ใช้เงินจาก, ใช้จ่ายจากเงินทุนสะสมของ, จัดสรรทุนวิจัยจาก, ได้รับทุนประกอบอาชีพในปี ๒๕๖๗ จาก
# (not ได้รับเงิน…จาก: what a person is paid, เงินชดเชยเยียวยา, is no programme's funding)
_DRAWN = re.compile(r"(?:ใช้จ่าย|ใช้(?:เงิน|ทุน|งบประมาณ)|จัดสรร(?:เงิน|ทุน|งบประมาณ)|ได้รับ(?:ทุน|งบประมาณ))"
                    r"[^\s]{0,25}(?:[^\S\n](?:ในปี|ปี)[^\S\n]?[0-9๐-๙]{2,4})?[^\S\n]?จาก[^\S\n]?"
                    r"(?:(?:เงิน|งบประมาณ)[^\s]{0,12}ของ[^\S\n]?)?")
_DRAWN_BREAK = re.compile(r"โดย|ซึ่ง|พร้อม|และ(?:ได้|จะ)")     # a clause that opens between the money and its source
# the money's taker is a project written without a name (…ขาเทียม… ซึ่งเป็นโครงการที่|ได้รับงบประมาณสนับสนุนจาก X):
# not the release's programme
_UNNAMED_TAKER = re.compile(r"(?:โครงการ|กิจกรรม)(?:ที่|ซึ่ง)[^\S\n]?$")
_FUNDER_REACH = 3        # characters after จาก within which the funder's name opens
_BACKER_REACH = 60       # characters before a share cue within which its backer's name opens


@functools.lru_cache(maxsize=4)
def _share_rx(objects: tuple[str, ...]) -> re.Pattern:
    """A bare สนับสนุน whose object is a share of the work (compiled once per gazetteer, not per release)."""
    return re.compile(r"(?<!การ)(?<!ได้รับ)สนับสนุน[^\S\n]?(?:" + "|".join(map(re.escape, objects)) + ")")


def backers(reading: Reading) -> list[Fact]:
    """SUPPORTED from a backer's share of a programme's work and from the funds its money is drawn from."""
    return _shares(reading) + _funds(reading)


def _shares(reading: Reading) -> list[Fact]:
    text = reading.text
    only = _only_programme(reading)
    if only is None:
        return []
    facts = []
    for cue in _share_rx(tuple(reading.gaz.words["support_share_objects"])).finditer(text):
        if reading.a.in_headline(cue.start()):
            continue
        before = [m for m in reading.actors(max(0, cue.start() - _BACKER_REACH), cue.start())
                  if isinstance(m, AgencyMention) and not m.holder and _BACKER_GAP.fullmatch(text, m.end, cue.start())]
        agency = reading.agency_id(before[-1]) if before else None
        if agency and not collective_body(reading, agency):
            facts.append(Fact("SUPPORTED", agency, only, evidence(text, before[-1].start, cue.end() + 40)))
    return facts


def _funds(reading: Reading) -> list[Fact]:
    text = reading.text
    channels = reading.gaz.words["budget_channels"]
    facts = []
    for cue in _DRAWN.finditer(text):
        if reading.a.in_headline(cue.start()) or _DRAWN_BREAK.search(text, cue.start() + 2, cue.end() - 4):
            continue
        funder = next((m for m in reading.actors(cue.end(), cue.end() + _FUNDER_REACH)
                       if isinstance(m, AgencyMention) and not m.holder), None)
        if funder is None or _names_event(reading, cue.start()):
            continue
        programme = programme_after_funder(reading, cue.end() - 4) or programme_of_sentence(reading, cue.start(), reading.events)
        unnamed = _UNNAMED_TAKER.search(text, max(0, cue.start() - 12), cue.start())
        tail = programme.entity_id if programme is not None else None if unnamed else _only_programme(reading)
        agency = reading.agency_id(funder)
        if tail and agency and not collective_body(reading, agency) and funder.name not in channels:
            facts.append(Fact("SUPPORTED", agency, tail, evidence(text, cue.start(), funder.end)))
    return facts


def _only_programme(reading: Reading) -> str | None:
    """The release's one programme, where it names only one."""
    ids = {p.entity_id for p in reading.a.programmes if p.entity_id}
    return next(iter(ids)) if len(ids) == 1 else None


def _names_event(reading: Reading, pos: int) -> bool:
    """Whether the sentence of ``pos`` (its paragraph, up to ``pos``) writes an event's title or a later mention."""
    para_start, _ = reading.a.paragraph_of(pos)
    return any(para_start <= s < pos for e in reading.events for s, _ in [e.title_span] + list(e.mentions))
