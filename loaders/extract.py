"""Thai press release text → the extraction contract (entities, relations, events).

:func:`extract` is the one entry point: it normalises the text (so raw text
works as well as :class:`~edugraph.loaders.sources.SourceDocument` text),
finds the mentions (``loaders/mentions.py``), the events
(``loaders/events.py``) and the relations (``loaders/relations.py``), and
returns the record of ``../shared/design/ANNOTATION.md``, checked against
``graph/schema.yaml``.  Everything it knows is data: ``loaders/data/*.yaml``,
extensible with the user's own data files (see ``loaders/gazetteer.py``).

>>> record = extract("นายสมชาย ใจดี ผู้ว่าราชการจังหวัดลำปาง เป็นประธานเปิดการประชุมเชิงปฏิบัติการ "
...                  "เมื่อวันที่ 3 ก.ค. 2566 ณ โรงเรียนบุญวาทย์วิทยาลัย จังหวัดลำปาง", doc="x.txt")
>>> sorted(e["type"] for e in record["entities"])
['Agency', 'Agency', 'Event', 'Person', 'Province']
>>> event = next(e for e in record["entities"] if e["type"] == "Event")
>>> event["event_type"], event["date"]
('workshop', '2023-07-03')
>>> extract("", doc="empty")["entities"]
[]
"""
from __future__ import annotations

import itertools
import re

from edugraph.errors import ExtractionError, RecordError
from edugraph.graph.record import check_record
from edugraph.loaders.datelines import find_dateline
from edugraph.loaders.dates import dated_before_release, find_dates, parse_date
from edugraph.loaders.document import Analysis, EntityTable
from edugraph.loaders.entities import find_groups, resolve_entities
from edugraph.loaders.events import find_events
from edugraph.loaders.gazetteer import Gazetteer, load_gazetteer
from edugraph.loaders.acronyms import acronym_names, glossed_names, names_closed_by_acronym
from edugraph.loaders.agencies import end_at_names_written_alone, find_agencies
from edugraph.loaders.agency_references import apply_agency_rules, find_backrefs, local_abbreviations
from edugraph.loaders.classify import classify, covered
from edugraph.loaders.foreign_bodies import one_name_per_foreign_body
from edugraph.loaders.latin_parties import latin_party_bodies
from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.persons import find_name_repeats, find_persons
from edugraph.loaders.pilots import committee_to_programme_end, programme_committee
from edugraph.loaders.programmes import find_programmes
from edugraph.loaders.provinces import find_provinces
from edugraph.loaders.normalize import clean_text, normalize_text
from edugraph.loaders.relations import find_relations
from edugraph.loaders.governing_boards import boards_as_their_bodies
from edugraph.loaders.royal_patrons import royal_names_in_full
from edugraph.loaders.spaced_names import name_in_full
from edugraph.loaders.sitting_names import full_sitting_names, names_of_sittings
from edugraph.loaders.subjects import counted_references
from edugraph.loaders.unit_names import name_units_with_parents
from edugraph.loaders.university_short_forms import short_university_names
from edugraph.loaders.sanity import screen_dates, screen_names, warn, year_window

__all__ = ["extract", "validate_record"]

_HEADLINE_MAX = 300
_MAX_TEXT = 200_000            # longer inputs are cut: a release is never this long
_DATE_ONLY = re.compile(r"^\W*(?:วัน\S*\s*,?\s*)?\d{1,2}\s*\S+\s*\d{2,4}\W*$")
_STORY_OPENING = re.compile(r"(?:เมื่อ)?(?:วันที่|วันนี้|วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์)ที่|ระหว่างวันที่)")
_LINE_START = re.compile(r"\n")
_PREFIX_COLON = re.compile(r"\s?[:：|]\s")
_BYLINE = re.compile(r"^(?:ภาพ|ข่าว|เรียบเรียง|ที่มา|ผู้สื่อข่าว|รายงาน|เขียน|ถ่ายภาพ)\S*\s*[:：]")
_EVERY_YEAR = re.compile(r"[^\S\n]?(?:ของ)?ทุก[^\S\n]?ปี")
# a year written in full, Common Era or Buddhist Era
_YEAR = re.compile(r"(?<![0-9])(?:19[9][0-9]|20[0-9]{2}|25[3-9][0-9])(?![0-9])")
# a parenthesis closed on its line: an aside
_ASIDE = re.compile(r"\([^()\n]{1,200}\)")


def extract(text: str, *, doc: str, title: str | None = None, published: str | None = None) -> dict:
    """The contract record of one release.

    ``text`` may be raw (it is normalised and its site chrome removed here);
    ``title`` is the headline when the source gives it apart from the text;
    ``published`` is the publication date (ISO, or any form
    :func:`~edugraph.loaders.dates.parse_date` reads) — never an event's date.
    """
    gaz = load_gazetteer()
    body = clean_text(text if isinstance(text, str) else "")[:_MAX_TEXT]
    headline = normalize_text(title) if isinstance(title, str) and title.strip() else None
    analysis = _analyse(body, headline, gaz, parse_date(str(published)) if published else None)
    events = find_events(analysis, [(m.start, m.end) for m in analysis.agencies if m.kind == "committee"])
    dropped = analysis.dropped + screen_dates(events, year_window())
    # a โครงการ... that names one dated activity is that Event, not a Programme
    titles = [e.title(analysis.text) for e in events if e.project]
    analysis.programmes = [p for p in analysis.programmes
                           if not any(t.startswith(p.base) or p.base.startswith(t) for t in titles)]
    table = EntityTable()
    resolve_entities(analysis, table)
    for index, event in enumerate(events, start=1):
        key = _event_key(event, events, index)
        event.entity_id = table.event(key, {
            "event_type": event.type, "date": _day_of(event, key), "end_date": event.end_date,
            "title": event.title(analysis.text) or None, "venue": event.venue,
        })
    classify(analysis, [event.venue_span for event in events if event.venue_span])
    analysis.groups.extend(find_groups(analysis))
    analysis.group_mentions.extend(counted_references(analysis))
    find_relations(analysis, table, events)
    record = {
        "doc": doc,
        "published": _published(published, analysis),
        "entities": table.entities(),
        "relations": table.relations(),
        "dropped": [item.as_dict() for item in dropped],
    }
    warn(dropped, doc)
    validate_record(record)
    return record


# How far (characters) an undated mention may stand from the one dated event of its type and still be a copy of it:
# about an ordinary release's length.  Further on is another part of a long release (a cabinet summary's other
# agenda item, its signings of other agreements), and a distinct undated event is its own (ANNOTATION.md).
_SAME_EVENT_REACH = 5000


def _event_key(event, events: list, index: int) -> str:
    """One entity per event type and day: two mentions of a workshop on one day are one workshop,
    and an undated copy of the one dated event of its type, near it, is that event."""
    if event.date is None and not (event.of_year or event.named):
        dated = [e for e in events if e.type == event.type and e.date]
        days = {e.date for e in dated}
        near = any(abs(e.start - event.start) <= _SAME_EVENT_REACH for e in dated)
        return f"{event.type}@{days.pop()}" if len(days) == 1 and near else f"#{index}"
    return f"{event.type}@{event.date}"


def _day_of(event, key: str) -> str | None:
    """An event's day; an undated mention met before the dated event it copies (a deck's ประชุมวางแผน..., then the
    story's meeting on 10 April) makes the one event, on that event's day, not an undated one."""
    if event.date is None and key.startswith(f"{event.type}@") and key != f"{event.type}@None":
        return key.split("@", 1)[1]
    return event.date


# --------------------------------------------------------------------------- analysis

def _analyse(body: str, headline: str | None, gaz: Gazetteer, published: str | None = None) -> Analysis:
    found = body.find(headline[:60]) if headline else -1
    if found >= 800 or (found > 0 and max(map(len, body[:found].split("\n"))) > _HEADLINE_MAX):
        headline, found = None, -1   # a line of the story itself (a plain text with no headline on top)
    if headline and found < 0:
        text, body_start = headline + "\n\n" + body, len(headline) + 2
    elif headline:
        line_end = body.find("\n", found)
        text, body_start = body, (line_end + 1 if line_end >= 0 else len(body))
    else:
        text, body_start = body, _headline_end(body)
    paragraphs = []
    offset = 0
    for line in text.split("\n"):
        if line.strip() and not _BYLINE.match(line):
            paragraphs.append((offset, offset + len(line)))
        offset += len(line) + 1
    analysis = Analysis(text=text, gaz=gaz, body_start=body_start, paragraphs=paragraphs or [(0, len(text))])
    dateline = find_dateline(text[body_start:])
    analysis.dateline = _shift(dateline, body_start) if dateline else None
    # a day and month without a year ("เมื่อวันที่ 31 ก.ค.") are of the year the release is from
    known = analysis.dateline.date if analysis.dateline else published
    analysis.published = known
    # ...or, with no date of the release's own, of the one year the headline names the event in (ANNOTATION.md: null
    # unless the text states that event's year: "เปิดงานประชุมนานาชาติ (International Conference) 2024")
    year = int(known[:4]) if known else _headline_year(text[:body_start])
    # "วันที่ 17 มิถุนายน ของทุกปี": a day of every year names a recurring occasion, no activity's day
    analysis.dates = [m for m in find_dates(text, default_year=year) if not _EVERY_YEAR.match(text, m.end)]
    if known:
        analysis.dates = dated_before_release(analysis.dates, text, known)
    # a boundary word inside a parenthesis (... เวลา 13.45 น. (ตามเวลาท้องถิ่น ซึ่งเร็วกว่ากรุงเทพฯ 4 ชั่วโมง) ณ ...)
    # is the aside's, not a clause of the sentence around it
    aside = covered([(m.start(), m.end()) for m in _ASIDE.finditer(text)])
    analysis.boundaries = [(m.start(), m.end()) for m in gaz.boundary_rx.finditer(text) if not aside(m.start())]
    _find_mentions(analysis)
    return analysis


def _headline_year(headline: str) -> int | None:
    """The one year (Common Era) a headline writes in full, Buddhist Era read, or None.

    >>> _headline_year("เปิดงานประชุมนานาชาติ (International Conference) 2024"), _headline_year("ประจำปี 2567 และ 2568")
    (2024, None)
    """
    years = {int(y) - 543 if int(y) > 2400 else int(y) for y in _YEAR.findall(headline)}
    return years.pop() if len(years) == 1 else None


def _shift(mention, offset: int):
    return type(mention)(mention.start + offset, mention.end + offset, mention.date, mention.end_date, mention.text)


def _headline_end(body: str) -> int:
    """Where the headline ends when the text opens with one (a short first line of a longer text)."""
    lines = body.split("\n")
    offset = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or _DATE_ONLY.match(stripped):
            offset += len(line) + 1
            continue
        rest = "\n".join(lines[index + 1:])
        if _STORY_OPENING.match(stripped):
            return 0        # "เมื่อวันที่ ...", "วันนี้ (...)": the story itself starts here
        if len(stripped) <= _HEADLINE_MAX and len(rest.strip()) > len(stripped):
            return offset + len(line) + 1
        return 0
    return 0


def _find_mentions(analysis: Analysis) -> None:
    text, gaz = analysis.text, analysis.gaz
    # dates (3 ก.พ. 66 holds no agency) and bylines (ภาพ/ข่าว : ...) are not looked into
    bylines = _byline_spans(text)
    in_byline = covered(bylines)
    date_spans = [(d.start, d.end) for d in analysis.dates] + bylines

    def skip(persons):
        names = [(p.start, p.position_span[0] if p.position_span else p.end) for p in persons]
        return _merge_spans(names + date_spans)

    persons = [p for p in find_persons(text, gaz) if not in_byline(p.start)]
    agencies = _with_acronym_names(text, gaz, find_agencies(text, gaz, skip=skip(persons)), persons)
    local = {k: v for k, v in local_abbreviations(text, agencies, gaz).items() if gaz.agency_by_form(k) is None
             or gaz.agency_by_form(k).name != v[0]}
    if local:
        analysis.local_abbreviations = local
        persons = [p for p in find_persons(text, gaz, local=local) if not in_byline(p.start)]
        agencies = _with_acronym_names(text, gaz, find_agencies(text, gaz, local=local, skip=skip(persons)), persons)
        local_abbreviations(text, agencies, gaz)
    # a defined abbreviation in brackets (…ทางการศึกษา (กสศ.)) belongs to the name before it
    agencies = _outside_longer(agencies)
    end_at_names_written_alone(agencies, gaz)
    # the posting office in a headline prefix ("สพป.ระยอง เขต ๒ : นายกฯ ...") is site chrome
    agencies = [m for m in agencies if not (_LINE_START.match(text[max(0, m.start - 1):m.start] or "\n")
                                            and _PREFIX_COLON.match(text, m.end))]
    name_units_with_parents(text, agencies, gaz)
    apply_agency_rules(text, agencies, gaz)
    name_in_full(agencies, gaz)
    royal_names_in_full(agencies, gaz)
    boards_as_their_bodies(agencies, gaz)
    one_name_per_foreign_body(agencies, gaz)
    taken = [(p.start, p.end) for p in persons] + [(m.start, m.end) for m in agencies]
    persons += find_name_repeats(text, persons, analysis.body_start, len(text), taken)
    persons.sort(key=lambda p: p.start)
    analysis.persons, analysis.agencies = persons, agencies
    # (a programme's own committee, คณะกรรมการอำนวยการโครงการX, names the programme it runs: d-list #5)
    in_name = covered([(m.start - 1, m.end) for m in agencies if (m.kind == "committee" and not programme_committee(m, gaz))
                       or m.holder])
    analysis.programmes = [p for p in find_programmes(text, gaz) if not in_name(p.start)]
    analysis.provinces = find_provinces(text, gaz)
    analysis.dropped = screen_names(analysis)
    committee_to_programme_end(text, analysis.agencies, analysis.programmes, gaz)
    agencies, persons = analysis.agencies, analysis.persons
    # a boundary word inside a name (กองทุนเพื่อความเสมอภาค) opens no clause
    inside = covered([(m.start, m.end) for m in agencies] + [(p.start, p.end) for p in analysis.programmes]
                      + [(p.start, p.position_span[0] if p.position_span else p.end) for p in persons])
    analysis.boundaries = [b for b in analysis.boundaries if not inside(b[0])]
    analysis.story_province = _story_province(analysis)
    analysis.backrefs = _backrefs(analysis)


def _outside_longer(mentions: list) -> list:
    """The mentions no mention opening earlier reaches to or past the end of, in their order.

    >>> from types import SimpleNamespace as M
    >>> name, acronym, other = M(start=0, end=30), M(start=25, end=30), M(start=25, end=40)
    >>> _outside_longer([name, acronym, other]) == [name, other]
    True
    """
    # sorted by start, so each mention is checked against the furthest end before it (n log n: a long
    # release lists thousands of agency mentions)
    ordered = sorted(mentions, key=lambda m: m.start)
    inside, reach = set(), -1
    for _, same in itertools.groupby(ordered, key=lambda m: m.start):
        same = list(same)
        inside.update(id(m) for m in same if m.end <= reach)
        reach = max(reach, *(m.end for m in same))
    return [m for m in mentions if id(m) not in inside]


def _with_acronym_names(text: str, gaz: Gazetteer, agencies: list, persons: list) -> list:
    in_person = covered([(p.start, p.end) for p in persons])
    more = [m for m in acronym_names(text, gaz, agencies) + short_university_names(text, gaz, agencies)
            + latin_party_bodies(text, gaz, agencies) if not in_person(m.start)]
    glossed = [m for m in glossed_names(text, gaz, agencies + more) if not in_person(m.start)]
    # a name its acronym closes over spaces is the whole name: the reading cut at the first space goes
    closed = [m for m in names_closed_by_acronym(text, gaz, agencies) if not in_person(m.start)]
    # ...and so does the number of a body's sitting (การประชุมคณะกรรมการ X Y (ACR) ครั้งที่ 2/2567)
    sittings = [m for m in names_of_sittings(text, gaz, agencies + more + glossed + closed) if not in_person(m.start)]
    closed += sittings
    # the name its English gloss closes is the whole name: a shorter reading inside it goes
    agencies = [m for m in agencies if not any(g.start <= m.start and m.end < g.end for g in glossed + closed)]
    full_sitting_names(agencies, sittings)
    more += glossed + closed
    return sorted(agencies + more, key=lambda m: m.start) if more else agencies


def _byline_spans(text: str) -> list[tuple[int, int]]:
    """Photo credits and bylines (ภาพ/ข่าว : ...): their names are no actors of the story."""
    spans, offset = [], 0
    for line in text.split("\n"):
        if _BYLINE.match(line):
            spans.append((offset - 1, offset + len(line)))
        offset += len(line) + 1
    return spans


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _story_province(analysis: Analysis) -> str | None:
    """The province the release is about: the one it names most (at least twice, most of the time)."""
    counts: dict[str, int] = {}
    for name in [p.name for p in analysis.provinces] + [m.province for m in analysis.agencies if m.province] \
            + [p.province for p in analysis.programmes if p.province]:
        counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda name: (counts[name], -_first(analysis, name)))
    total = sum(counts.values())
    if counts[best] >= 2 and counts[best] * 2 > total:
        return best
    return None


def _first(analysis: Analysis, name: str) -> int:
    position = analysis.text.find(name)
    return position if position >= 0 else len(analysis.text)


def _backrefs(analysis: Analysis) -> list[AgencyMention]:
    """``กองทุนฯ`` → the nearest agency before it whose name carries that head (a board's
    ``คณะกรรมการกองทุนฯ`` is an agency of its own, added to ``analysis.agencies``)."""
    out = []
    for start, end, head in find_backrefs(analysis.text, analysis.gaz):
        earlier = [m for m in analysis.agencies if m.end <= start and m.name and
                   (head in m.name or head in m.form)]
        if not earlier:
            continue
        source = earlier[-1]
        board = next((f.head for f in analysis.gaz.families if f.kind == "committee"
                      and analysis.text.endswith(f.head, 0, start)), None)
        if board and not source.name.startswith(board):       # คณะกรรมการ|กองทุนฯ: the board of the fund named before, a body of its own
            start = start - len(board)
            analysis.agencies.append(AgencyMention(start, end, analysis.text[start:end], board + source.name,
                                                   "committee"))
            analysis.agencies.sort(key=lambda m: m.start)
            continue
        out.append(AgencyMention(start, end, analysis.text[start:end], source.name, source.kind,
                                 family=source.family, entry=source.entry, province=source.province, backref=True))
    return out


def _published(published: str | None, analysis: Analysis) -> str | None:
    if published:
        parsed = parse_date(str(published))
        if parsed:
            return parsed
    return analysis.dateline.date if analysis.dateline else None


# --------------------------------------------------------------------------- validation

def validate_record(record: dict) -> None:
    """Check a record with the one contract check (:func:`edugraph.graph.record.check_record`,
    complete: agencies have a kind, relations an evidence); raise ExtractionError saying what is wrong."""
    try:
        check_record(record, complete=True)
    except RecordError as err:
        raise ExtractionError(f"{record.get('doc')}: the record breaks the contract: {err}") from err
