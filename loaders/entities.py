"""Mentions → entities: the entity each agency, person and programme mention of a release stands for, in the
release's :class:`~edugraph.loaders.document.EntityTable`, and the groups a release lists once and names again.

Called by ``extract.py`` once the mentions are screened (``sanity.py``) and before the relation passes.
"""
from __future__ import annotations

import re

from edugraph.loaders.document import Analysis, EntityTable, Group, GroupMention
from edugraph.loaders.mentions import PersonMention
from edugraph.loaders.provinces import bare_office_province


def resolve_entities(analysis: Analysis, table: EntityTable) -> None:
    """Give every agency, person and programme mention its entity in ``table`` (a bare office its province's
    name, a back-reference its antecedent's entity, a ฯ programme its fuller name)."""
    story = analysis.story_province
    for mention in analysis.agencies:
        if mention.bare:
            family = mention.family
            province = bare_office_province(analysis, mention) if family is not None else None
            if province:
                mention.name = family.head + province if family.head.endswith("จังหวัด") \
                    else family.head + "จังหวัด" + province
                mention.province = province
            else:
                mention.name = None
        if not mention.name or (mention.place and not _office_building(analysis, mention)):
            continue
        mention.entity_id = table.agency(mention.name, mention.kind, aliases=mention.aliases())
    for mention in analysis.backrefs:
        mention.entity_id = table.find_agency(mention.name) if mention.name else None
    _resolve_persons(analysis, table)
    _expand_abbreviated_programmes(analysis)
    for programme in analysis.programmes:
        name = programme.name
        if name is None:
            name = programme.base + ("จังหวัด" + story if story and programme.provincial else "")
            programme.name = name
        programme.entity_id = table.programme(name, form=programme.form.split("\n")[0], phase=programme.phase)


def _office_building(analysis: Analysis, mention) -> bool:
    """A district written as its office building's (ณ ที่ว่าการอำเภอนาบอน): the office, an agency wherever it stands,
    but not a place in front of it (ถนนสายหน้าที่ว่าการอำเภอ...: a spot by the road, the office does nothing)."""
    if mention.family is None or mention.family.kind != "district":
        return False
    text, lo = analysis.text, max(0, mention.start - 12)
    building = next((w for w in analysis.gaz.words["office_buildings"] if text.endswith(w, lo, mention.start)), None)
    return building is not None and not text.endswith("หน้า", 0, mention.start - len(building))


def _expand_abbreviated_programmes(analysis: Analysis) -> None:
    """``โครงการXฯ`` cuts a name short: it is the programme of the release whose full name starts
    with X (the ฯ form is kept as an alias); with no fuller name in the release, the ฯ form is still
    the name as written, and is kept as its alias."""
    text = analysis.text
    for programme in analysis.programmes:
        if not programme.name or not text.startswith("ฯ", programme.end):
            continue
        fuller = [p.name for p in analysis.programmes
                  if p.name and p.name != programme.name and p.name.startswith(programme.name)]
        if fuller:
            # the fuller name written most often; on a tie the first written (a set's order would vary per run)
            programme.name = programme.base = max(fuller, key=fuller.count)
            programme.end += 1
            programme.form = text[programme.start:programme.end]
        elif "ฯ" not in programme.form:
            programme.form = text[programme.start:programme.end + 1]


def _resolve_persons(analysis: Analysis, table: EntityTable) -> None:
    full = [p for p in analysis.persons if not p.backref]
    # one person written with one or two family names (ภูธร จันทะหงษ์ [ปุณยจรัสธำรง]) is one person
    canonical: dict[str, PersonMention] = {}
    for person in sorted(full, key=lambda p: -len(p.name)):
        longer = next((c for c in canonical.values() if c.name.startswith(person.name + " ")), None)
        canonical.setdefault(person.name, longer or person)
    for person in full:
        chosen = canonical[person.name]
        person.entity_id = table.person(chosen.name, chosen.title or person.title,
                                        chosen.position or person.position)
        if person.position and not table.get(person.entity_id).get("position"):
            table.get(person.entity_id)["position"] = person.position
    by_given: dict[str, set[str]] = {}
    for person in full:
        by_given.setdefault(person.given, set()).add(person.entity_id)
    for person in analysis.persons:
        if person.backref and person.entity_id is None:
            ids = by_given.get(person.given) or {table_id for table_id in
                                                 {p.entity_id for p in full if p.name == person.name}}
            if len(ids) == 1:
                person.entity_id = next(iter(ids))


def find_groups(analysis: Analysis) -> list[Group]:
    """Groups listed once and named again: ``<noun>นำร่อง ... N แห่ง ประกอบด้วย A/B/C`` and later
    ``บุคลากรใน<noun>นำร่อง`` (the noun may be written another way: อปท. for องค์กรปกครองส่วนท้องถิ่น)."""
    text, gaz = analysis.text, analysis.gaz
    groups = []
    cue = re.compile("(" + gaz.group_noun_rx.pattern + ")" + re.escape(gaz.pilot_cue))
    for match in cue.finditer(text):
        listed = analysis.group_list(match.end())
        if listed is None:
            continue
        members = [m for m in analysis.agencies if listed[0] <= m.start < listed[1] and m.name
                   and m.actor and not m.affiliated]
        if members:
            noun = gaz.group_noun_of.get(match.group(1), match.group(1))
            groups.append(Group(noun, members, match.start(), listed[1]))
    for group in groups:
        forms = [group.key] + [form for form, noun in gaz.group_synonyms if noun == group.key]
        named = re.compile("(?:" + "|".join(map(re.escape, forms)) + ")" + re.escape(gaz.pilot_cue))
        for match in named.finditer(text):
            if not group.start <= match.start() < group.end:
                analysis.group_mentions.append(GroupMention(match.start(), match.end(), group))
    return groups
