"""The learned event-date chooser measured in issue 13, kept here to reproduce the experiment: candidates, features,
weights.  Not part of edugraph: the shipped extractor dates events by its rules alone (``bench/date-chooser.md``).

For each event it scores every date the text states, the rules' own derived day (the day after, the event before's
day) and "no date", with features of the date's wording and of where it stands against the event's cue, and keeps
the likeliest (a softmax over the event's candidates).  Whether the rules chose a candidate is one of its features.
The weights it was last shipped with are ``bench/data/date_model.json`` (``bench/date_chooser.py --write-model``
retrains them).

What the words around a day say (a statement's day, a time with no day, the posting stamp, a period's bound) is
read by the rules too: ``loaders/day_wording.py``, loaded by path with ``day_owners.py`` beside it, so this module
imports nothing from ``edugraph`` and measures an older checkout's extractor with this checkout's features.
"""
from __future__ import annotations

import datetime
import importlib.util
import json
import math
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL_FILE = Path(__file__).resolve().parent / "data" / "date_model.json"
FORMAT = "edugraph-date-model/1"
RULE = "RULE"               # the feature: the rules chose this candidate

_CUES = (("meua", re.compile(r"เมื่อ\s?(?:วัน)?")), ("today", re.compile(r"(?:วัน|วาน)นี้\s?\(?")),
         ("range", re.compile(r"(?:ระหว่าง|ตั้งแต่)\s?(?:วัน)?")), ("nai", re.compile(r"ใน\s?วัน")),
         ("na", re.compile(r"ณ\s?วัน")), ("data", re.compile(r"ข้อมูล")),
         ("since", re.compile(r"(?:จนถึง|ถึง|ภายใน|ก่อน|หลัง)\s?(?:วัน)?(?:ที่)?\s?$")))
_WEEKDAY = re.compile(r"วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)")
_AFTER = (("upcoming", re.compile(r"\s?(?:นี้|ที่จะถึง)")), ("past", re.compile(r"\s?ที่ผ่านมา")),
          ("close", re.compile(r"\s?\)")), ("time", re.compile(r"\s?(?:เวลา|ตั้งแต่เวลา)")))
_YEAR_WRITTEN = re.compile(r"\d{2,4}\s*$")
_BE = re.compile(r"(?:25|24)\d\d\s*$|(?<!\d)[5-9]\d\s*$")
_LEAD = 24                  # characters before a date read for its cue word
_OCCASION_REACH = 80        # characters before a date within which an occasion cue names it
_BACKGROUND_DAYS = 366      # a day longer before the release than this is background (as day_kinds.recent)
_DONE = re.compile(r"(?:ภาย)?หลัง(?:จาก)?(?:ที่)?(?:ได้)?เสร็จ(?:สิ้น)?")   # the day is of what follows the event
_DONE_REACH = 40


def _load_wording():
    """``loaders/day_wording.py`` of this checkout, loaded by path (``--code`` runs an older extractor)."""
    spec = importlib.util.spec_from_file_location("bench_day_wording", ROOT / "loaders" / "day_wording.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


WORDING = _load_wording()
is_posting_stamp, is_period_bound = WORDING.is_posting_stamp, WORDING.is_period_bound
statement_day, dayless_time = WORDING.statement_day, WORDING.dayless_time
# the readings the rules keep private; the chooser's features are built from them
_told, _near, _points_back = WORDING._told, WORDING._near, WORDING._points_back
_VAGUE, _VAGUE_REACH, _LEAD_REACH = WORDING._VAGUE, WORDING._VAGUE_REACH, WORDING._LEAD_REACH
_day_owners = WORDING._day_owners


def _bucket_chars(n: int) -> str:
    return "0" if n <= 0 else "s" if n <= 40 else "m" if n <= 150 else "l" if n <= 500 else "x"


def _bucket_days(days: int) -> str:
    if days < 0:
        return "future"
    return "same" if days == 0 else "week" if days <= 7 else "2mon" if days <= 60 else "year" if days <= 366 else "old"


def _days_before(published: str, date: str) -> int:
    return (datetime.date.fromisoformat(published) - datetime.date.fromisoformat(date)).days


def _boundary_between(analysis, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return any(lo <= start < hi for start, _ in analysis.boundaries)


def _wording(analysis, mention) -> list[str]:
    """The cue words before a date and the words after it."""
    text = analysis.text
    lead = text[max(0, mention.start - _LEAD):mention.start] + mention.text[:12]
    names = [name for name, rx in _CUES if rx.search(lead)]
    if mention.text.startswith("วันที่") and not names:
        names.append("bare_wanthi")
    if _WEEKDAY.search(lead):
        names.append("weekday")
    names += ["after_" + name for name, rx in _AFTER if rx.match(text, mention.end)]
    return names or ["nocue"]


def candidates(analysis, events, rules) -> list[list[dict]]:
    """Per event, its candidates ``{"date", "end", "feats"}``: every date mention of the text (but a day more
    than a year before the release, unless the rules chose it; the page's posting stamp, as the contract never
    copies the publication date into an event; and a period's bound), the rules' day when no mention states it
    (a derived day), and no date.  ``rules``: the (date, end date) the rules gave each event."""
    another_activity_between = _day_owners().another_activity_between
    held_by_an_occasion_before = _day_owners().held_by_an_occasion_before
    text = analysis.text
    dates = [m for m in analysis.dates if not is_posting_stamp(text, m) and not is_period_bound(text, m)]
    body_dates = [m for m in dates if m.start >= analysis.body_start]
    published = analysis.published
    dateline = analysis.dateline.start if analysis.dateline is not None else None
    claimed = Counter(day for day, _ in rules if day)
    out = []
    for event, (rule_date, rule_end) in zip(events, rules):
        intro, t_end = event.intro, event.title_span[1]
        para_start, para_end = analysis.paragraph_of(intro)
        index = analysis.paragraph_index(para_start)
        before_para = [m for m in dates if para_start <= m.start < intro]
        this_one = _points_back(analysis, event)
        after_para = [m for m in dates if t_end <= m.start < para_end]
        later = [m for m in body_dates if m.start >= t_end]
        earlier = [e.intro for e in events if e.intro < intro]
        cands = []
        for m in dates:
            if published and rule_date != m.date and _days_before(published, m.date) > _BACKGROUND_DAYS:
                continue        # a day long before the release is background unless the rules read it as the event's
            if m.end <= intro and rule_date != m.date and held_by_an_occasion_before(analysis, m, earlier):
                continue        # the days an occasion met before is held on, which the rules gave no later activity
            rel = "before" if m.end <= intro else "inside" if m.start < t_end else "after"
            if m.start < analysis.body_start:
                where = "headline"
            elif para_start <= m.start < para_end:
                where = "samepara"
            else:
                m_index = analysis.paragraph_index(analysis.paragraph_of(m.start)[0])
                where = "prevpara" if m_index == index - 1 else "earlier" if m_index < index else "later"
            dist = intro - m.end if rel == "before" else m.start - t_end if rel == "after" else 0
            f = [f"rel={rel}", f"where={where}", f"{rel}&{where}", f"{rel}&{where}&d={_bucket_chars(dist)}"]
            if where == "samepara" and not _boundary_between(analysis, m.start, intro if rel == "before" else t_end):
                f.append(f"{rel}&sameclause")
            if before_para and m is before_para[-1]:
                f.append("nearest_before")
            if after_para and m is after_para[0]:
                f.append("nearest_after")
            if body_dates and m is body_dates[0]:
                f.append("first_in_body")
            for name in _wording(analysis, m):
                f += [f"cue={name}", f"cue={name}&{rel}", f"cue={name}&{where}"]
            if dateline is not None and m.start == dateline:
                f.append("dateline")
            year_written = bool(_YEAR_WRITTEN.search(m.text))
            f.append("year_written" if year_written else "year_missing")
            if year_written:
                f.append("be" if _BE.search(m.text) else "ce")
            if m.end_date:
                f.append("range")
            if published:
                days = _days_before(published, m.date)
                f += [f"pub={_bucket_days(days)}", f"pub={_bucket_days(days)}&{rel}"]
            else:
                f.append("pub=unknown")
            if analysis.gaz.occasion_rx.search(text, max(0, m.start - _OCCASION_REACH), m.start):
                f.append("occasion_before")
            lo, hi = (m.end, intro) if rel == "before" else (t_end, m.start)
            if hi > lo and analysis.event_cue_in(lo, hi) is not None:
                f.append(f"cue_between&{rel}")
            if rel == "before" and where != "headline":
                f += [f"told={name}" for name in _told(analysis, m.end, intro, this_one)]
            if claimed[m.date] - (rule_date == m.date) > 0:
                f.append("other_event_day")
            if rule_date == m.date:
                f.append(RULE)
            cands.append({"date": m.date, "end": m.end_date, "feats": f})
        if rule_date and not any(c["date"] == rule_date for c in cands):
            cands.append({"date": rule_date, "end": rule_end, "feats": ["derived", RULE]})
        none = ["none", f"none&dates_in_para={min(len(before_para) + len(after_para), 2)}",
                f"none&dates={min(len(body_dates), 3)}"]
        last = before_para[-1].end if before_para else para_start
        none += [f"none&told={name}" for name in _told(analysis, max(last, intro - _LEAD_REACH), intro, this_one)]
        if _VAGUE.search(text, intro, min(para_end, t_end + _VAGUE_REACH)):
            none.append("none&vague_after")     # ...สัมมนา "..." ช่วงต้นเดือนสิงหาคมที่ผ่านมา: its time, with no day
        if _DONE.search(text, max(para_start, intro - _DONE_REACH), intro):
            none.append("none&done")
        if event.project:
            none.append("none&project")
        if event.sequel:
            none.append("none&sequel")
        if rule_date is None:
            none.append(RULE)
            near = [m for m in dates if m.end <= intro and _near(analysis, m.start, intro)]
            if near and statement_day(analysis, event, near[-1]) or dayless_time(analysis, event) or (
                    later and not before_para and another_activity_between(analysis, event.type, t_end,
                                                                           later[0].start)):
                # the rules read the day before as a statement's, or a time with no day, or the day after as
                # another activity's
                none.append("none&withheld")
        cands.append({"date": None, "end": None, "feats": none})
        out.append(cands)
    return out


class DateModel:
    """Feature weights; a candidate's score is the sum of its features' weights.

    >>> model = DateModel({"none": -1.0, RULE: 2.0})
    >>> cands = [{"date": "2024-01-02", "end": None, "feats": ["a"]},
    ...          {"date": "2024-01-03", "end": None, "feats": ["a", RULE]},
    ...          {"date": None, "end": None, "feats": ["none"]}]
    >>> model.choose(cands)["date"]
    '2024-01-03'
    """

    def __init__(self, weights: dict[str, float], use_rules: bool = True):
        self.weights = weights
        self.use_rules = use_rules

    def features(self, cand: dict) -> list[str]:
        return cand["feats"] if self.use_rules else [f for f in cand["feats"] if f != RULE]

    def proba(self, cands: list[dict]) -> list[float]:
        w = self.weights
        scores = [sum(w.get(f, 0.0) for f in self.features(c)) for c in cands]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def choose(self, cands: list[dict]) -> dict:
        """The likeliest candidate; on a tie, the one stated first.  A day the rules derived from a wording
        no feature reads (วันถัดมา: the day after; the event before's day) stays, and so does no day for a
        later activity the rules left undated (นอกจากนี้ยังได้...: DECISIONS #2, h13's visit), and no day for an
        activity told of in a statement dated before it (:func:`statement_day`) or given a time with no day
        (:func:`dayless_time`): too few such cases are in the gold for the weights to judge them."""
        kept = next((c for c in cands if "derived" in c["feats"] or {"none&sequel", RULE} <= set(c["feats"])
                     or {"none&withheld", RULE} <= set(c["feats"])), None)
        if kept is not None:
            return kept
        p = self.proba(cands)
        return cands[max(range(len(cands)), key=lambda i: (p[i], -i))]


def read_model(path: Path) -> DateModel:
    """The model of a weights file; a file that is not one raises :class:`ValueError` naming it."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise ValueError(f"{path}: the date model cannot be read: {err}") from err
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"{path}: not a date model (expected \"format\": \"{FORMAT}\")")
    weights = data.get("weights")
    if not isinstance(weights, dict) or not weights or not all(
            isinstance(k, str) and isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
            for k, v in weights.items()):
        raise ValueError(f"{path}: \"weights\" must map feature names to finite numbers")
    if RULE not in weights:
        raise ValueError(f"{path}: the weights lack the {RULE!r} feature the model is trained with")
    return DateModel({k: float(v) for k, v in weights.items()})
