"""The signing parties pass: the bodies a signing's sentences name as its parties.

The role cues (``roles.py``) give SIGNED to the actors of a signing verb's clause and to the
parties it lists.  Two places where releases name parties lie outside any cue's clause:

- the headline (ANNOTATION: "a party named only in the headline's list of signers is SIGNED
  too"): ``ธอส. - ตชด. ลงนาม MOU ...``, ``ก.เกษตรฯ ร่วมกับ อบจ.พะเยา ร่วมลงนาม MOU``,
  ``... ลงนาม MOU ระหว่าง A และ B``.  The bodies before the headline's signing verb sign, unless a
  word of another role stands before it (``เป็นประธานลงนาม``: its subject chairs, DECISIONS #6);
  so do those listed after it by a party marker.
- a party list that a later paragraph gives back to the signing: ``สำหรับการลงนาม MOU "..." เป็นการ
  บูรณาการความร่วมมือระหว่าง 29 ฝ่าย ประกอบด้วย 15 กระทรวง 14 หน่วยงาน ได้แก่ A, B, ...``: a
  signing's word, then ระหว่าง within the sentence, opens its parties; a count of them
  (``29 ฝ่าย``) may stand before the list, whose own marker (ได้แก่, ประกอบด้วย) then opens it.

A third: the body a signer stands for (``นาย ก ในฐานะผู้แทนมหาวิทยาลัยX ร่วมลงนาม``, ``ในนามของ X``) signs too.

Word lists are data (``data/cues.yaml``: ``headline_sign_verbs``, ``headline_other_roles``,
``party_markers``, ``signing_words``, ``party_counts``, ``standing_for``).  The first two need the release to have one
signing event: with several, which one a headline or a bare reference means is not said.
"""
from __future__ import annotations

import re

from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.name_shape import clause_inside, generic_body
from edugraph.loaders.reading import Fact, Reading, evidence
from edugraph.loaders.structure import REPRESENTED_BY
from edugraph.loaders.unit_names import can_be_part_of
from edugraph.loaders.words import split_words

_OTHER_ROLE_REACH = 24         # characters before a headline's signing verb where another role's word counts
_REFERENCE_REACH = 400         # characters from a signing's word to the ระหว่าง of its parties
_WITH_REACH = 160              # characters from a signing's word to the กับ of the party signed with
_FOR_REACH = 12                # characters after a person's name and position where ในนามของ... may stand
# ระหว่าง of parties (ระหว่าง A กับ B), not of a time (ระหว่างวันที่, ในระหว่างปี 2563-2566, ระหว่างการประชุม) or a name
# (สมาคมพืชสวนระหว่างประเทศ)
_BETWEEN = re.compile(r"ระหว่าง(?!\s?(?:วันที่|วัน|ปี|เดือน|เวลา|ช่วง|การ|ที่|นี้|นั้น|ประเทศ|[0-9๐-๙]))")


def lists_parties(marker: str) -> bool:
    """Whether a list marker opens the parties an event is between (ระหว่าง), not who did something: after an
    organising verb read as a noun (ได้มีการจัดพิธีลงนาม... ระหว่าง A B C) the list holds no organiser.

    >>> lists_parties(" ระหว่าง "), lists_parties("ร่วมกับ")
    (True, False)
    """
    return bool(_BETWEEN.fullmatch(marker.strip()))


def not_parties(reading: Reading, actors: list, clause: int) -> list:
    """The actors of a clause less those an event's ระหว่าง lists: in ``สำหรับพิธีลงนาม... ระหว่าง A B และ C จัดขึ้น
    เพื่อ...`` they are the parties the event is between, and the clause's subject is the event (it was held)."""
    if not actors:
        return actors
    first = min(a.start for a in actors)
    cuts = [between.start() for event in reading.events for at, _ in [event.title_span] + event.mentions
            if clause <= at < first and (between := _BETWEEN.search(reading.text, at, first)) is not None]
    return [m for m in actors if m.start < min(cuts)] if cuts else actors


def signing_parties(reading: Reading) -> list[Fact]:
    signings = [e for e in reading.events if e.type == "signing"]
    if not signings:
        return []       # (every rule here reads a signing's parties)
    facts = _represented_by_signers(reading) + _parties_unnamed_elsewhere(reading) + _listed_with_signers(reading)
    if len(signings) == 1:
        facts += _headline_parties(reading, signings[0]) + _parties_referred(reading, signings[0])
    seen, out = set(), []
    for fact in facts:
        if (fact.head, fact.tail) not in seen:
            seen.add((fact.head, fact.tail))
            out.append(fact)
    return out


def _represented_by_signers(reading: Reading) -> list[Fact]:
    """``นาย ก ในฐานะผู้แทนมหาวิทยาลัยX ร่วมลงนาม``, ``นาย ก ในนามของ X``: the body a signer stands for signs too
    (ANNOTATION: SIGNED for both a party and its representative), though ในฐานะ makes it no actor of the cue."""
    text, rx = reading.text, reading.gaz.signing_party_patterns
    signed = {(r["head"], r["tail"]) for r in reading.found("SIGNED")}
    facts = []
    for person in reading.a.persons:
        events = [tail for head, tail in signed if head == person.entity_id]
        if not events:
            continue
        start = person.position_span[0] if person.position_span else person.end
        stands = rx["for"].search(text, start, min(len(text), person.end + _FOR_REACH + 20))
        if stands is None or stands.start() > person.end + _FOR_REACH:
            continue
        body = next((m for m in reading.a.agencies if m.name and m.start == stands.end() and not m.holder), None)
        if body is not None and reading.agency_id(body):
            facts += [Fact("SIGNED", body.entity_id, event, evidence(text, person.start, body.end)) for event in events]
    return facts


def _bodies(reading: Reading, lo: int, hi: int) -> list[AgencyMention]:
    """Agencies named in [lo, hi) that can be a party (not an address, a venue, a qualifier or inside a position),
    less a body that acts through its unit (``กระทรวงยุติธรรม โดยกรมพินิจฯ ลงนาม``: the unit signs, dev d10) and a
    parent written right after its unit (``ระหว่างกรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ กระทรวง พม. ร่วมกับ...``: the
    ministry says whose department signs)."""
    named = [m for m in reading.a.agencies if lo <= m.start < hi and m.name and not m.holder
             and not (m.in_position or m.at_venue or m.qualifier or m.locative or m.described)]
    text, gaz = reading.text, reading.gaz
    return [m for m in named if not any(REPRESENTED_BY.fullmatch(text, m.end, unit.start)
                                        and can_be_part_of(unit, m, gaz) for unit in named)
            and not any(reading.qualifies(unit, m) for unit in named)]


_JOINED_REACH = 400          # characters from a signing's word to a list of those it was signed with
_SIGNS_AFTER_LIST = 30       # characters from the end of a counted list to the signing word it is the subject of


def _listed_with_signers(reading: Reading) -> list[Fact]:
    """A counted or introduced list of those a signing was made with (``joined``): ``เป็นตัวแทนลงนามในนาม
    กระทรวงศึกษาธิการ ร่วมกับผู้แทนจาก 13 หน่วยงาน ได้แก่ A B C`` (heldout-10 w08), ``...การลงนามความตกลง... กับผู้แทน
    จาก... ที่เข้าร่วม ได้แก่ (1) นาย... (2) นาย...`` (heldout-4 w13), or ``X ร่วมกับ 5 หน่วยงาน ได้แก่ A B C จัดพิธี
    ลงนาม...`` (the list, then the signing it makes; heldout-3 v24): every body and person listed signed. The
    list runs to its end or to the next event cue; no other activity's cue stands between the signing's word and it."""
    a, text = reading.a, reading.text
    rx = reading.gaz.signing_party_patterns
    facts = []
    for joined in rx["joined"].finditer(text, a.body_start):
        para_start, para_end = a.paragraph_of(joined.start())
        stop = a.list_end(joined.end(), para_end)
        if not text[joined.end():para_end].strip():
            stop = _bracketed_items_end(reading, joined.start(), stop)
        cue = a.event_cue_in(joined.end(), stop)
        stop = cue.start() if cue is not None else stop
        word = None
        for word in rx["word"].finditer(text, max(para_start, joined.start() - _JOINED_REACH), joined.start()):
            pass
        between = a.event_cue_in(word.end(), joined.start()) if word is not None else None
        if between is not None and reading.gaz.event_type_of_cue.get(between.group()) != "signing":
            word = None         # ...ลงนาม... แล้วจึงประชุมร่วมกับ 5 หน่วยงาน ได้แก่: the list is another activity's
        if word is None:
            word = rx["word"].search(text, stop, min(para_end, stop + _SIGNS_AFTER_LIST))
        event = _signing_at(reading, word.start()) if word is not None else None
        if event is None:
            continue
        listed = [m for m in _bodies(reading, joined.end(), stop) if reading.agency_id(m)] + \
            [p for p in a.persons if joined.end() <= p.start < stop and p.actor and p.entity_id]
        facts += [Fact("SIGNED", m.entity_id, event.entity_id, evidence(text, joined.start(), m.end)) for m in listed]
    return facts


def _bracketed_items_end(reading: Reading, pos: int, stop: int) -> int:
    """Where the item lines ``(1) นาย...`` ``(2) นาย...`` below the paragraph of ``pos`` end (``Analysis.list_end`` reads
    ``1.`` and bullet lines only: a ``(1)`` line is as often a clause of a cabinet summary as a list's item)."""
    a = reading.a
    index = a.paragraph_index(pos)
    while index + 1 < len(a.paragraphs) and _BRACKETED_ITEM.match(reading.text, a.paragraphs[index + 1][0]):
        stop = a.paragraphs[index + 1][1]
        index += 1
    return stop


_BRACKETED_ITEM = re.compile(r"\s*\(\d{1,2}\)")


# the parties of an agreement, written after its description (not ระหว่างวันที่: a span of days)
_PARTIES = re.compile(r"(?<![ก-๙])ระหว่าง(?!วันที่|เวลา|ปี|การ|นี้)")
_PARTIES_REACH = 420


def parties_after_agreement(reading: Reading, pos: int, para_end: int, cue_spans):
    """``เป็นประธานในพิธีลงนามบันทึกข้อตกลงความร่วมมือเพื่อขับเคลื่อน...(9 หมอ แผน 10 ปี ...) ระหว่าง นาย A ...``:
    the parties' ระหว่าง after a long description of the agreement, with no actor and no other cue before it
    (the role pass's list marker for a signing cue)."""
    between = _PARTIES.search(reading.text, pos, min(para_end, pos + _PARTIES_REACH))
    if between is None or reading.actors(pos, between.start()) \
            or any(pos <= start < between.start() for start, _ in cue_spans):
        return None
    return between


def _headline_parties(reading: Reading, event) -> list[Fact]:
    a, text = reading.a, reading.text
    end = a.body_start
    if end <= 0:
        return []
    rx = reading.gaz.signing_party_patterns
    verb = rx["verb"].search(text, 0, end)
    if verb is None:
        return []
    parties = []
    if not rx["other"].search(text, max(0, verb.start() - _OTHER_ROLE_REACH), verb.start()):
        parties += _bodies(reading, 0, verb.start())
    after = rx["marker"].search(text, verb.end(), end)
    if after is not None and not _bodies(reading, verb.end(), after.start()):
        parties += _bodies(reading, after.end(), end)
    return [Fact("SIGNED", reading.agency_id(m), event.entity_id, evidence(text, min(m.start, verb.start()),
                                                                           max(m.end, verb.end())))
            for m in parties if reading.agency_id(m)]


def _parties_referred(reading: Reading, event) -> list[Fact]:
    """Parties listed after ``ระหว่าง [<count>]`` in a sentence of the body that speaks of the signing (its word
    before ระหว่าง, no actor between them: the list is the agreement's, not a clause's subject): ``กระทรวงแรงงาน
    จึงได้จัดทำบันทึกความเข้าใจว่าด้วย... ขึ้น ระหว่าง "กระทรวงแรงงาน" โดย กรม... และ "กระทรวงศึกษาธิการ" โดย ...``.
    An agreement referred to or drafted (``ตามบันทึกความเข้าใจ ... ระหว่าง A B C``: a background agreement of
    another day, dev d09; ``ร่างบันทึกความเข้าใจ``; ``agreement_referrers``) lists no party of the release's signing."""
    a, text = reading.a, reading.text
    rx = reading.gaz.signing_party_patterns
    facts = []
    for word in rx["word"].finditer(text, a.body_start):
        para_start, para_end = a.paragraph_of(word.start())
        between = rx["between"].search(text, word.end(), min(para_end, word.end() + _REFERENCE_REACH))
        if between is None or reading.actors(word.end(), between.start()) \
                or rx["referred"].search(text, max(para_start, word.start() - 20), word.start()):
            continue
        stop = a.list_end(between.end(), para_end)
        for mention in _bodies(reading, between.end(), stop):
            if reading.agency_id(mention):
                facts.append(Fact("SIGNED", mention.entity_id, event.entity_id,
                                  evidence(text, between.start(), mention.end)))
    return facts


def _parties_unnamed_elsewhere(reading: Reading) -> list[Fact]:
    """``ลงนาม... ระหว่าง`` (or ``ร่วมกับ``/``กับ`` a body's head) ``กระทรวงดิจิทัลฯ กับกระทรวงพัฒนาดิจิทัล นวัตกรรม และอุตสาหกรรมการบินและอวกาศแห่งสาธารณรัฐ
    คาซัคสถาน``, ``ระหว่าง กบข. และองค์กรการลงทุนเพื่อบริหารทุนสำรองของบรูไนดารุสซาลาม (BIA)``: an item of a
    signing's party list that opens with a body's head (``party_heads``) but that no finder named (a foreign
    ministry, a head the families do not open) is a party all the same: the list says so.  Each item runs
    from its head to the next party's head after a separator, a parenthesis or a word of the sentence
    (``party_list_stops``); an item with a clause inside, or only a kind of body, names none."""
    a, text, gaz = reading.a, reading.text, reading.gaz
    rx = gaz.signing_party_patterns
    facts, read = [], set()
    for word in rx["word"].finditer(text, a.body_start):
        event = _signing_at(reading, word.start())
        if event is None:
            continue
        para_start, para_end = a.paragraph_of(word.start())
        between = _PARTY_LIST.search(text, word.end(), min(para_end, word.end() + _REFERENCE_REACH)) \
            or rx["with"].search(text, word.end(), min(para_end, word.end() + _WITH_REACH))
        if between is None or between.start() in read:
            continue
        read.add(between.start())
        stop = a.list_end(between.end(), para_end)
        pos = between.end()
        while pos < stop:
            head = rx["head"].match(text, pos)
            if head is None:
                break
            end = rx["item_end"].search(text, head.end(), stop)
            item_end = end.start() if end is not None else stop
            name = text[pos:item_end].strip()
            if not any(pos <= m.start < item_end or m.start <= pos < m.end for m in a.agencies) \
                    and _has_a_name(name, head.group(), gaz):
                agency = reading.named_agency_id(name, _kind_of(gaz, head.group()))
                facts.append(Fact("SIGNED", agency, event.entity_id, evidence(text, between.start(), item_end)))
            pos = _NEXT_ITEM.match(text, item_end).end()     # the next item, if a head opens it
        # (a list whose items the finders named is the cue's and the conventions' to read)
    return facts


_PARTY_LIST = re.compile(r"(?<!อยู่)(?<!ใน)(?<!ช่วง)ระหว่าง(?!วันที่|เวลา|ปี|การ|นี้|กัน)\s?")
# what joins one party to the next: a separator, or the abbreviation or English name written after a party
_NEXT_ITEM = re.compile(r"\s*(?:\([^()\n]{1,80}\)\s*)?(?:,|และ|กับ|/|โดย)?\s*")
_MIN_BODY, _MAX_NAME = 4, 110


def _has_a_name(name: str, head: str, gaz) -> bool:
    """Whether an item of a party list names one body: not a clause, not a kind of body, not kinds listed
    (``สถาบันการศึกษา หน่วยงาน และองค์กรเครือข่าย``: list words such as หน่วยงาน inside), not a group's noun
    (องค์กรปกครองส่วนท้องถิ่น), not one word after the head (สถาบันการศึกษา จำนวน 90 แห่ง: a kind, counted), not two
    joined by a dash (สหภาพยุโรป-อาเซียน), not cut before what it is of (กรมความร่วมมือระหว่างประเทศของ|…)."""
    if name[len(head):len(head) + 1].isspace() or name.endswith("ฯ"):
        return False        # กระทรวง สาธารณสุขของไทยและ…: a head written apart opens no name; …บรูไนฯ is a short form
    body = name[len(head):].strip()
    words = [w for w in split_words(body) if w.strip()]
    return _MIN_BODY <= len(body) and len(name) <= _MAX_NAME and len(words) > 1 and not re.search(r"[\d\-–]", name) \
        and words[-1] not in gaz.name_open_ends \
        and not clause_inside(body, gaz) and not generic_body(body, gaz.generic_name_words) \
        and not any(word in gaz.list_words for word in words) and name not in gaz.words["group_nouns"]


def _kind_of(gaz, head: str) -> str:
    family = gaz.family_head_form(head)
    return family.kind if family is not None else "other"


def _signing_at(reading: Reading, pos: int):
    """The signing event a signing word at ``pos`` speaks of: the one it names, else the release's only one."""
    signings = [e for e in reading.events if e.type == "signing"]
    named = [e for e in signings if any(start <= pos < end for start, end in [e.title_span] + e.mentions)]
    if named:
        return named[0]
    return signings[0] if len(signings) == 1 else None
