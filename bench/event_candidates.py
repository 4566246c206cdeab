"""The candidates and features of the learned event detector experiment (``bench/event_detector.py``).

Not part of extraction: the detector did not beat the event rules out of sample (``bench/event-detector.md``).

The event rules (``events.find_events`` with ``event_scope``) decide for each cue whether it starts an
event, refers to one met before, or is a plan, a story told, a part of an occasion or background.  On
releases nobody tuned them on they kept events the gold does not have and dropped some it has.  This
model re-reads that decision over a more liberal set of candidates: every event the rules kept, and
every cue of the body the rules did not make an event of (read as the start of its own event: the type
of its title's cues and the day the date rules give it).  Each candidate gets features of its cue, its
wording (introducer, blocker, จะ, แล้ว, a speech verb before it, a stated day), its position and its
relation to the events kept; a logistic model scores it, and a kept event the model doubts is dropped,
a cue it trusts is added as an event.  Whether the rules kept a candidate is one of its features, so
the model follows the rules unless the wording says otherwise.

The extractor's own functions are imported inside the functions, so this file is read as a bench script.
"""
from __future__ import annotations

import datetime
import math
import re

KEPT = "KEPT"               # the feature: the rules made this candidate an event
BIAS = "BIAS"

_FUTURE = re.compile(r"จะ|เตรียม|วางแผน|กำหนดการ|มีแผน|ในอนาคต|ต่อไป")
_PAST = re.compile(r"แล้ว|ที่ผ่านมา|เมื่อปี|เคย")
_POINTS_BACK = re.compile(r"\s?(?:ดังกล่าว|ในครั้งนี้|ครั้งนี้|นี้|ฯ)")
_ORGANISED = re.compile(r"(?:ได้)?(?:จัด|ร่วม|เป็นประธาน|เข้าร่วม|มีการ)\S{0,8}$")
_LEAD_REACH = 30            # characters before a cue read for its introducing words
_TAIL_REACH = 60            # characters after a cue read for แล้ว / ที่ผ่านมา
_BACKGROUND_DAYS = 366


def _bucket_days(published: str | None, date: str | None) -> str:
    if date is None:
        return "none"
    if not published:
        return "unknown"
    days = (datetime.date.fromisoformat(published) - datetime.date.fromisoformat(date)).days
    return ("future" if days < 0 else "same" if days == 0 else "week" if days <= 7 else "2mon" if days <= 60
            else "year" if days <= _BACKGROUND_DAYS else "old")


def _covered(events, pos: int) -> bool:
    return any(e.title_span[0] <= pos < e.title_span[1] for e in events)


def _mentioned(events, pos: int) -> bool:
    return any(s <= pos < t for e in events for s, t in e.mentions)


def _features(analysis, event, cue: str, kept: bool, events) -> list[str]:
    """The features of one candidate event (kept by the rules or not) introduced by ``cue`` at ``event.intro``."""
    from edugraph.loaders.event_dates import clause_start, date_in

    text, gaz = analysis.text, analysis.gaz
    head, title_end = event.intro, event.title_span[1]
    para_start, para_end = analysis.paragraph_of(head)
    clause = clause_start(analysis, head)
    lead = text[max(clause, head - _LEAD_REACH):head]
    tail = text[head:min(para_end, title_end + _TAIL_REACH)]
    cue_type = gaz.event_type_of_cue.get(cue, "other")
    origin = "kept" if kept else "extra"
    f = [BIAS, origin, f"type={event.type}", f"{origin}&type={event.type}", f"cue={cue}"]
    if kept:
        f.append(KEPT)
    if cue_type != event.type:
        f.append("titled_other_type")
    if cue in gaz.reference_cues:
        f += ["reference_cue", f"{origin}&reference_cue"]
    if _POINTS_BACK.match(text, head + len(cue)):
        f.append(f"{origin}&points_back")
    if gaz.event_introducer_rx.search(lead):
        f.append(f"{origin}&introduced")
    if _ORGANISED.search(lead):
        f.append(f"{origin}&organised")
    if cue in gaz.event_verbs:
        f.append(f"{origin}&verb_cue")
    if gaz.event_blocker_rx.search(text[max(clause, head - 16):head]):
        f.append(f"{origin}&blocked")
    if _FUTURE.search(lead):
        f.append(f"{origin}&future_word")
    if _PAST.search(tail):
        f.append(f"{origin}&past_word")
    speech = gaz.speech_rx.search(text, para_start, head)
    if speech is not None:
        f.append(f"{origin}&after_speech")
    if gaz.within_event_rx.search(text, head, min(title_end, head + 60)):
        f.append(f"{origin}&within_marker")
    if date_in(analysis, clause, head) is not None:
        f.append(f"{origin}&own_clause_day")
    days = _bucket_days(analysis.published, event.date)
    f += [f"day={days}", f"{origin}&day={days}"]
    index = analysis.paragraph_index(para_start)
    body_index = sum(1 for s, _ in analysis.paragraphs if analysis.body_start <= s < para_start)
    f.append(f"{origin}&para={min(body_index, 3)}")
    if index >= 0 and gaz.event_cue_rx.search(text, 0, analysis.body_start) is not None:
        headline_types = {gaz.event_type_of_cue[m.group()]
                          for m in gaz.event_cue_rx.finditer(text, 0, analysis.body_start)}
        f.append(f"{origin}&headline_" + ("same_type" if event.type in headline_types else "other_type"))
    others = [e for e in events if e is not event]
    if any(e.type == event.type for e in others):
        f.append(f"{origin}&type_met")
    if event.date and any(e.date == event.date for e in others):
        f.append(f"{origin}&day_met")
    if kept:
        f.append(f"mentions={min(len(event.mentions), 3)}")
        if getattr(event, "project", False):
            f.append("project")
        if getattr(event, "of_year", False):
            f.append("of_year")
        if getattr(event, "sequel", False):
            f.append("sequel")
    if event.venue:
        f.append(f"{origin}&venue")
    if not kept and _mentioned(events, head):
        f.append("extra&mention_of_kept")
    return f


def candidates(analysis, events) -> list[dict]:
    """The events the rules kept and every other cue of the body read as its own event:
    ``{"event", "kept", "type", "date", "feats"}``.  A cue whose reading repeats the key (type, date) of an
    event kept is no candidate: adding it would change nothing."""
    from edugraph.loaders.event_dates import date_event
    from edugraph.loaders.event_titles import Event, end_of_title, event_type_between
    from edugraph.loaders.event_venues import find_venue as _venue

    text, gaz = analysis.text, analysis.gaz
    out = []
    for event in events:
        found = gaz.event_cue_rx.search(text, event.intro, max(event.title_span[1], event.intro + 1))
        cue = found.group() if found else "-"
        out.append({"event": event, "kept": True, "type": event.type, "date": event.date,
                    "feats": _features(analysis, event, cue, True, events)})
    keys = {(e.type, e.date) for e in events}
    for match in gaz.event_cue_rx.finditer(text, analysis.body_start):
        head = match.start()
        if analysis.not_an_event(head):
            continue
        planned = _planned_day(analysis, head)
        if planned is not None:
            # DECISIONS #17: an announced event is annotated with its stated (coming) day
            title_end = end_of_title(analysis, head)
            kind = event_type_between(analysis, head, title_end, gaz.event_type_of_cue[match.group()])
            if (kind, planned.date) not in keys:
                keys.add((kind, planned.date))
                event = Event(kind, head, (head, title_end), intro=head, mentions=[(head, match.end())],
                              date=planned.date, end_date=planned.end_date)
                _venue(analysis, event, events)
                out.append({"event": event, "kept": False, "type": kind, "date": planned.date,
                            "feats": _features(analysis, event, match.group(), False, events) + ["plan_day"]})
        if _covered(events, head):
            continue
        title_end = end_of_title(analysis, head)
        kind = event_type_between(analysis, head, title_end, gaz.event_type_of_cue[match.group()])
        event = Event(kind, head, (head, title_end), intro=head, mentions=[(head, match.end())])
        date_event(analysis, event, [e for e in events if e.intro < head])
        if (event.type, event.date) in keys:
            continue
        keys.add((event.type, event.date))
        _venue(analysis, event, events)
        out.append({"event": event, "kept": False, "type": event.type, "date": event.date,
                    "feats": _features(analysis, event, match.group(), False, events)})
    return out


def _planned_day(analysis, head: int):
    """The day still to come (``ในวันเสาร์ที่ 9 ธันวาคม 2566 นี้``) stated nearest to a cue in its paragraph."""
    from edugraph.loaders.event_dates import planned_day

    para_start, para_end = analysis.paragraph_of(head)
    days = [m for m in analysis.dates if para_start <= m.start < para_end and planned_day(analysis, m)]
    return min(days, key=lambda m: abs(m.start - head), default=None)


class EventModel:
    """Feature weights of a logistic model: a candidate is an event when its score is above 0.

    >>> model = EventModel({BIAS: -1.0, KEPT: 2.0})
    >>> [model.is_event(["BIAS", "KEPT"]), model.is_event(["BIAS"])]
    [True, False]
    """

    def __init__(self, weights: dict[str, float], threshold: float = 0.5):
        self.weights = weights
        self.threshold = threshold

    def proba(self, feats: list[str]) -> float:
        score = sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def is_event(self, feats: list[str]) -> bool:
        return self.proba(feats) > self.threshold

    def keeps(self, cand: dict) -> bool:
        return self.is_event(cand["feats"])
