"""A learned event-date chooser: which stated day is an event's, read by weights learned from gold.

The date rules (``event_dates.py``) give each event one day.  On releases nobody tuned them on they
took a neighbouring day too often (the release's day instead of ``ในวันพฤหัสบดีที่ 17``, an occasion's
day, none where one was stated).  This model re-reads that choice: for each event it scores every date
the text states, the rules' own derived day (the day after, the event before's day) and "no date",
with features of the date's wording and of where it stands against the event's cue, and keeps the
likeliest (a softmax over the event's candidates).  Whether the rules chose a candidate is one of
its features, so the model keeps the rules' day unless the wording says otherwise.

The weights are data (``data/date_model.json``), learned by ``bench/date_chooser.py`` from the gold
sets and checked when they are loaded; nothing is learned at run time.  :func:`use_date_model` turns
the model off (``$EDUGRAPH_DATE_MODEL=off``, read by :mod:`edugraph.settings`): the rules' days stay.

This module imports nothing from ``edugraph`` at its top, so the bench script can measure it on an
older checkout of the extractor.
"""
from __future__ import annotations

import datetime
import functools
import importlib.util
import json
import math
import re
from collections import Counter
from pathlib import Path

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
_BACKGROUND_DAYS = 366      # a day longer before the release than this is background (as event_dates._recent)
# the page's own posting stamp closing the text (``****** 12 กันยายน 2566``): the publication date, never an event's
# what the words between a day and an event's cue say of the event's own time (their features: :func:`_told`)
_FUTURE = re.compile(r"จะ|เตรียม|มีกำหนด")      # announced: the day of a statement before it is not the event's
_VAGUE = re.compile(r"เมื่อ\s?(?:ช่วง)?\s?(?:ต้น|กลาง|ปลาย)?\s?(?:เดือน|สัปดาห์|ปี|อาทิตย์)|ช่วง\s?(?:ต้น|กลาง|ปลาย)"
                    r"\s?(?:เดือน|ปี)|(?:สัปดาห์|เดือน|ปี)"
                    r"(?:ที่แล้ว|ก่อน(?!หน้า))|ก่อนหน้านี้|เมื่อไม่นาน(?:มานี้)?")   # a time stated with no day: null
_DONE = re.compile(r"(?:ภาย)?หลัง(?:จาก)?(?:ที่)?(?:ได้)?เสร็จ(?:สิ้น)?")   # the day is of what follows the event
_ORGANISING = re.compile(r"(?:การ)?(?:ได้)?(?:ร่วมกัน)?จัด(?:ให้มี|ทำ)?(?:งาน)?\s?$")    # event_scope's own
# "เปิดเผยว่า ตนได้เป็นประธานในพิธีเปิด...": the speaker reports presiding over or attending the activity himself
_OWN_PART = re.compile(r"ตน(?:เอง)?(?:ได้)?(?:ร่วม)?(?:เป็นประธาน|เข้าร่วม)(?:ใน)?(?:การ)?\s?$")
_OWN_PART_REACH = 30
_THIS_ONE = re.compile(r"(?:ใน)?ครั้งนี้|ดังกล่าว")     # the occasion at hand (event_scope._POINTS_BACK)
_THIS_ONE_REACH = 20
_LEAD_REACH = 150           # characters before a cue read for how its clause places the event in time
_DONE_REACH = 40
_VAGUE_REACH = 80           # characters after a title where a time with no day is the event's
_PERIOD = re.compile(r"(?:ปีบัญชี|ปีงบประมาณ|ปีการศึกษา)(?:\s?(?:พ\.ศ\.)?\s?[0-9๐-๙]{4})?\s?\(?\s?$")
_PERIOD_REACH = 24          # characters before a day where a period's name makes it the period's bound
_STAMP_LEAD = re.compile(r"(?:^|\n|[*_=~\-]{3,})[^\S\n]*$")
# what is said places the told activity on the statement's day (ซึ่งวันนี้ตั้งใจมาตรวจราชการ), or before it: a past
# marker in the cue's lead (ได้ลงนาม, ได้มีการ..., ที่ผ่านมา, ไปแล้ว, หลังเสร็จสิ้น..., เมื่อ...), or acknowledged (รับทราบ)
_SAID_TODAY = re.compile(r"วันนี้|วานนี้|เมื่อวาน")
_PAST = re.compile(r"ได้(?:มี)?(?:การ)?\s?$|ไปแล้ว|ที่ผ่านมา|(?:ภาย)?หลัง(?:จาก)?(?:ที่)?(?:ได้)?เสร็จ|เมื่อ(?!วันที่)|รับทราบ")
_PAST_REACH = 60            # characters before a cue where a past marker places the told activity


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


@functools.lru_cache(maxsize=None)
def _day_owners():
    """``day_owners.py`` beside this file, loaded by path (this module is loaded alone with an older checkout)."""
    spec = importlib.util.spec_from_file_location("edugraph_day_owners", Path(__file__).with_name("day_owners.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def is_posting_stamp(text: str, mention) -> bool:
    """Whether a date closes the text on its own line or after a rule of stars: the page's posting stamp.

    >>> from types import SimpleNamespace as M
    >>> text = "เปิดการประชุมวิชาการ\\n**********  12 กันยายน 2566\\n"
    >>> is_posting_stamp(text, M(start=text.index("12"), end=text.index("2566") + 4))
    True
    >>> text = "เปิดการประชุมวิชาการ เมื่อวันที่ 12 กันยายน 2566"
    >>> is_posting_stamp(text, M(start=text.index("12"), end=len(text)))
    False
    """
    return not text[mention.end:].strip() and bool(_STAMP_LEAD.search(text, 0, mention.start))


def _near(analysis, pos: int, cue: int) -> bool:
    """Whether ``pos`` stands in the paragraph of ``cue`` or the one before."""
    index = analysis.paragraph_index
    return index(analysis.paragraph_of(pos)[0]) >= index(analysis.paragraph_of(cue)[0]) - 1


def is_period_bound(text: str, mention) -> bool:
    """Whether a day bounds a period named right before it (``ปีบัญชี 2567 (1 เมษายน 2567 – 31 มีนาคม 2568)``,
    ``ปีงบประมาณ``, ``ปีการศึกษา``): the period's, never an activity's.

    >>> from types import SimpleNamespace as M
    >>> text = "ในรอบปีบัญชี 2567(1 เมษายน 2567 – 31 มีนาคม 2568)"
    >>> is_period_bound(text, M(start=text.index("1 เม")))
    True
    """
    return bool(_PERIOD.search(text, max(0, mention.start - _PERIOD_REACH), mention.start))


def _told(analysis, lo: int, hi: int, this_one: bool = False) -> list[str]:
    """How the words from ``lo`` to an event's cue at ``hi`` place the event in time: a speech verb (the day
    before it is the statement's, unless the speaker names an activity held), and after the
    last one another stated day, or in the cue's lead a plan (จะ, เตรียม, มีกำหนด) or a time with no day
    (เมื่อเดือน..., สัปดาห์ที่แล้ว).  ``this_one``: the event's words point back to the occasion at hand."""
    text = analysis.text
    said = None
    for said in analysis.scan(analysis.gaz.speech_rx).finditer(lo, hi):
        pass
    if said is not None and (this_one or _ORGANISING.search(text, max(said.end(), hi - 14), hi)
                             or _OWN_PART.search(text, max(said.end(), hi - _OWN_PART_REACH), hi)):
        # ...เผยว่า ... ได้จัดกิจกรรม..., ...กล่าวว่า ในการศึกษาดูงาน...ในครั้งนี้: the speaker names the activity the
        # release reports (as event_scope reads them), not one told of
        return ["said&own"]
    start = said.end() if said is not None else lo
    out = ["said"] if said is not None else []
    lead = max(start, hi - _LEAD_REACH)        # what places the event in time stands near its cue
    if _FUTURE.search(text, lead, hi):
        out.append("future")
    if _VAGUE.search(text, lead, hi):
        out.append("vague")
    if said is not None and _SAID_TODAY.search(text, start, hi):
        out.append("today")
    if _PAST.search(text, max(start, hi - _PAST_REACH), hi):
        out.append("past")
    if said is not None and any(start <= m.start < hi for m in analysis.dates):
        out.append("said&day_after")
    if said is not None and _near(analysis, said.start(), hi):
        out.append("said&near")             # the speech that tells of the cue, not a quotation between
        if _near(analysis, lo, hi) and not set(out) & {"future", "today", "said&day_after"}:
            out.append("said&near&only")    # and nothing it says dates the activity: the day is the statement's
    return out + [f"said&{name}" for name in out[1:] if said is not None and "&" not in name]


def _points_back(analysis, event) -> bool:
    """Whether the event's words point back to the occasion at hand (ในครั้งนี้, ดังกล่าว)."""
    text, intro, t_end = analysis.text, event.intro, event.title_span[1]
    para_end = analysis.paragraph_of(intro)[1]
    return _THIS_ONE.search(text, t_end, min(para_end, t_end + _THIS_ONE_REACH)) is not None \
        or _THIS_ONE.search(text, intro, t_end) is not None


def statement_day(analysis, event, mention) -> bool:
    """Whether ``mention`` (a day stated before ``event``'s cue) is only the day of a statement that tells of the
    event: a speech verb after the day, in the cue's paragraph or the one before, and nothing said that dates the
    activity (a plan, วันนี้, another day): ``วันนี้ (6 ก.ค. 66) โฆษก... เปิดเผยว่า นายกฯ รับทราบถึงการลงนาม...``.
    The contract then leaves the event undated (ANNOTATION.md; heldout-3 v01-v03, v08)."""
    return mention.end <= event.intro and "said&near&only" in _told(analysis, mention.end, event.intro,
                                                                       _points_back(analysis, event))


def dayless_time(analysis, event) -> bool:
    """Whether the event's lead (80 characters before its cue, in its paragraph) or the words right after its title
    give it a time with no day (``ทั้งนี้ เมื่อปี 2565 ... ได้ลงนาม``, ``ได้ลงนาม MOU ... ไปเมื่อปี 2565``,
    ``เมื่อสัปดาห์ที่แล้ว``) and no day stands between that time and the cue: a background activity, null by the
    contract (DECISIONS d-21; heldout-3 v01, v03)."""
    text, intro, t_end = analysis.text, event.intro, event.title_span[1]
    para_start, para_end = analysis.paragraph_of(intro)
    lead = None
    for lead in _VAGUE.finditer(text, max(para_start, intro - _VAGUE_REACH), intro):
        pass
    if lead is not None and not any(lead.end() <= m.start < intro for m in analysis.dates):
        return True
    # after the title also a month named with no day (``ร่วมงานนิทรรศการ... ช่วงเดือนมิถุนายน 2568 นี้``)
    afters = [rx.search(text, t_end, min(para_end, t_end + _VAGUE_REACH)) for rx in (_VAGUE, _day_owners().MONTH_ONLY)]
    after = min((m for m in afters if m is not None), key=lambda m: m.start(), default=None)
    return after is not None and not any(intro <= m.start < after.start() for m in analysis.dates)


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
    """The model of a weights file; a file that is not one raises :class:`~edugraph.errors.SchemaError`
    naming it."""
    from edugraph.errors import SchemaError

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise SchemaError(f"{path}: the date model cannot be read: {err}") from err
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SchemaError(f"{path}: not a date model (expected \"format\": \"{FORMAT}\")")
    weights = data.get("weights")
    if not isinstance(weights, dict) or not weights or not all(
            isinstance(k, str) and isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
            for k, v in weights.items()):
        raise SchemaError(f"{path}: \"weights\" must map feature names to finite numbers")
    if RULE not in weights:
        raise SchemaError(f"{path}: the weights lack the {RULE!r} feature the model is trained with")
    return DateModel({k: float(v) for k, v in weights.items()})


@functools.lru_cache(maxsize=None)
def _shipped_model() -> DateModel:
    return read_model(MODEL_FILE)


_enabled = True


def use_date_model(enabled: bool) -> None:
    """Turn the learned date chooser on (the default) or off (the rules' days stay)."""
    global _enabled
    _enabled = bool(enabled)


def date_model_enabled() -> bool:
    return _enabled


def choose_dates(analysis, events) -> None:
    """The seam the event-dating step calls: re-date ``events`` with the shipped model, when it is on."""
    if not _enabled or not events:
        return
    model = _shipped_model()
    rules = [(e.date, e.end_date) for e in events]
    for event, cands in zip(events, candidates(analysis, events, rules)):
        picked = model.choose(cands)
        if picked["date"] != event.date:
            event.date, event.end_date = picked["date"], picked["end"]
