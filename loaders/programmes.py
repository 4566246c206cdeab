"""Programme mentions: named initiatives (``programmes.yaml``), ``โครงการ...`` names, and the
quoted name of a cooperation (ความร่วมมือ “การ...”)."""
from __future__ import annotations

import functools
import re

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.leads import leads_of, scan
from edugraph.loaders.mentions import ProgrammeMention
from edugraph.loaders.glossed_programmes import find_glossed_programmes
from edugraph.loaders.policies import find_glossed_policies, find_numbered_policies, find_quoted_policies
from edugraph.loaders.programme_ends import (PROGRAMME_MIN_WORDS, counted_end, glossed_end, glued_rest_end, joined_end,
                                             latin_tail_end, quoted_end, route_end, royal_dedication_end, royal_titles_end,
                                             second_programme_cut)
from edugraph.loaders.programme_lists import enumerated_end, listed_end
from edugraph.loaders.recurring_programmes import find_recurring
from edugraph.loaders.words import (LATIN_NAME, PROVINCE_PREFIX, is_thai_letter, match_province, open_name_end, opens_name,
                                    split_words, thai_run, word_tag)

_PHASE = re.compile(r"\s?((?:ปีที่|ระยะที่|รุ่นที่|เฟส(?:ที่)?)\s?\d{1,2})")
_QUOTED = re.compile(r"\s?[“\"']([^”\"'\n]{4,160})[”\"']")

# (not only การ…: ความร่วมมือ “ติดแผ่นใสอักษรเบรลล์ในหนังสือเดินทาง”; every quoted name after ความร่วมมือ, ข้อตกลง or
# ความเข้าใจ in the development sets is a gold programme, 19 of 19, a signer's name after a bare MOU the one miss)
_COOPERATION_NAME = re.compile(r"ความร่วมมือ(?:ใน|ด้าน)?(?:เรื่อง)?\s?[“\"](?P<name>[ก-๙][^”\"\n]{7,160})[”\"]"
                               # ลงนาม (MOU) “พาน้องกลับมาเรียน”: the quoted title of what is signed (not a nickname)
                               r"|(?:\(?MOU\)?|ลงนาม(?:บันทึก)?(?:(?:ข้อตกลง|ความเข้าใจ)(?:ความร่วมมือ)?)?)\s?[“\"]"
                               r"(?P<title>[^”\"\n]{8,120})[”\"]")
_COOPERATION_LEADS = leads_of(_COOPERATION_NAME)      # scanned over the whole text: only where its words stand
_ENUMERATED_TAIL = re.compile(r" (?:ความ|การ)[ก-๙]{2,40}และ(?:ความ|การ)[ก-๙]{2,60}")
_PROGRAMME_RX = re.compile(r"โครงการ")
_QUOTES = re.compile("[“”]")
_QUOTED_PHASE = re.compile(r"\s?((?:ปีที่|ระยะที่|รุ่นที่|เฟส(?:ที่)?)\s?\d{1,2})$")
# A quoted name all in Latin letters (โครงการ “One Gewog, One Product”) is written without โครงการ too: the gold
# names both so (heldout-3 v11, heldout-7 w15), so that form is kept as its alias.
_ALL_LATIN = re.compile(r"[A-Za-z][^ก-๙]*")
_POLICY_RX = re.compile(r"นโยบาย(?=\s?[A-Z])")
_BEFORE_A_PLAN = ("ตาม", "การ", "ของ", "และ", "ทำ", "ใน", "สู่", "ต่อ")     # glued words a plan's name follows
_YEARS = r"(?:ปี|พ\.ศ\.|ค\.ศ\.)?\s?(?:25\d\d|19\d\d|20\d\d)\s?[-–]\s?(?:25)?\d\d(?!\d)"
# (the span may follow the plan's length: …อ้อยและน้ำตาลทราย 5 ปี (พ.ศ. 2566 - 2570))
_YEAR_SPAN = re.compile(rf"\s?(?:\d{{1,2}}\s?ปี\s?\((?P<bracketed>{_YEARS})\)|(?P<plain>{_YEARS}))")
_SPAN_WORD = "ระยะ"         # แผนแม่บทการพัฒนาที่อยู่อาศัย|ระยะ 20 ปี (พ.ศ. …): the length's word, no part of the name
_YEAR_NEAR = re.compile(r"\d{4}\s?[-–]")
_PLAN_NAME_MAX = 150
# (Ayeyawady – Chao Phraya – Mekong Economic Cooperation Strategy: a bracketed gloss's tail is no name of its own)
_IN_BRACKETS = re.compile(r"\([A-Za-z0-9 &'’.,\-–]*$")
_PURPOSE_AFTER = re.compile(r" (?=เพื่อ[ก-๙])")           # โครงการ Sandbox เพื่อผลิตกำลังคน…


def find_programmes(text: str, gaz: Gazetteer, lo: int = 0, hi: int | None = None) -> list[ProgrammeMention]:
    """Programme mentions: named initiatives, and ``โครงการ...`` names."""
    hi = len(text) if hi is None else hi
    found: list[ProgrammeMention] = []
    named = {m.start(): m for m in gaz.programme_rx.finditer(text, lo, hi)}
    starts = sorted(set(named) | {m.start() for m in _PROGRAMME_RX.finditer(text, lo, hi)})
    end = lo
    for start in starts:
        if start < end:
            continue
        mention = _named_programme(text, named[start], gaz, hi) if start in named else None
        if mention is None and text.startswith("โครงการ", start):
            mention = _project(text, start, gaz, hi)
        if mention is not None:
            found.append(mention)
            end = mention.end
    for match in _plan_rx(tuple(gaz.words["programme_plan_heads"])).finditer(text, lo, hi):
        at = match.start()
        if not _opens_plan_name(text, match, gaz, lo):
            continue
        if not any(m.start <= at < m.end for m in found) and (plan := _plan(text, match, gaz, hi)):
            found.append(plan)
    for match in _POLICY_RX.finditer(text, lo, hi):
        if not any(m.start <= match.start() < m.end for m in found) and (policy := _policy(text, match, gaz, hi)):
            found.append(policy)
    for policy in find_glossed_policies(text, gaz, lo, hi) + find_quoted_policies(text, gaz, lo, hi) \
            + find_glossed_programmes(text, gaz, lo, hi) + find_numbered_policies(text, gaz, lo, hi):
        if not any(m.start < policy.end and policy.start < m.end for m in found):
            found.append(policy)
    for latin in _latin_programmes(text, gaz, lo, hi):
        if not any(m.start < latin.end and latin.start < m.end for m in found):
            found.append(latin)
    # ความร่วมมือ “การขับเคลื่อน...”: the quoted name of the cooperation itself is a programme
    for match in scan(_COOPERATION_NAME, _COOPERATION_LEADS, text, lo, hi):
        group = "name" if match.group("name") else "title"
        if not any(m.start <= match.start(group) < m.end for m in found):
            name = match.group(group).strip()
            found.append(ProgrammeMention(match.start(group), match.end(group), name, name, name))
    found += find_recurring(text, gaz, found, lo, hi)     # คนละครึ่ง, TO BE NUMBER ONE: mined names written bare
    found.sort(key=lambda m: m.start)
    return found


@functools.lru_cache(maxsize=4)
def _plan_rx(heads: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(heads))


@functools.lru_cache(maxsize=4)
def _latin_head_rx(heads: tuple[str, ...]) -> re.Pattern:
    word = r"[A-Z0-9][A-Za-z0-9]*(?:[-'.][A-Za-z0-9]+)*"
    joint = r"(?:(?:and|&|-|–) )?"       # Belt and Road Initiative, Thailand - UK Strategic Partnership Roadmap
    return re.compile(rf"(?<![A-Za-z0-9(\-])(?<![A-Za-z0-9,:] )((?:{word} {joint}){{1,6}}(?:{'|'.join(heads)}))(?![A-Za-z0-9])")


def _latin_programmes(text: str, gaz: Gazetteer, lo: int, hi: int) -> list[ProgrammeMention]:
    """English names that end with an initiative's head (``latin_programme_heads`` in cues.yaml), written bare."""
    out = []
    for match in _latin_head_rx(tuple(gaz.words["latin_programme_heads"])).finditer(text, lo, hi):
        name = match.group(1)
        before = text[max(lo, match.start() - 80):match.start()].rstrip()
        if _IN_BRACKETS.search(before) or before.endswith(tuple(gaz.words["latin_programme_not_after"])) \
                or name.split()[0] in gaz.words["latin_programme_kinds"] \
                or name.endswith(tuple(gaz.words["latin_kind_endings"])) or not _latin_ok(name, gaz):
            continue
        out.append(ProgrammeMention(match.start(1), match.end(1), name, name, name))
    return out


def _policy(text: str, match: re.Match, gaz: Gazetteer, hi: int):
    """A policy with a Latin proper name (นโยบาย Quick Win, นโยบาย ODOS); a policy that is only described
    (นโยบายการพิทักษ์รักษา…, DECISIONS d-list #19) has none and is no programme.  A quoted one is left
    out: the quotes as often hold whose policy it is (นโยบาย "อนุทิน") or a slogan of a programme named
    elsewhere (นโยบาย “1 ตำบล 1 โรงเรียนคุณภาพ”)."""
    latin = LATIN_NAME.match(text, match.end(), hi)
    if latin is None or not _latin_ok(latin.group("name"), gaz):
        return None
    form = text[match.start():latin.end("name")]
    return ProgrammeMention(match.start(), latin.end("name"), form, form, form)


def _opens_plan_name(text: str, match: re.Match, gaz: Gazetteer, lo: int) -> bool:
    """Whether a plan's head opens a name here, not a word's inside: แผน glued on only after a few words (ตามแผน…,
    วางแผน… is a verb; แผนก is caught by its own list); another head where the words part there and no plan head
    stands before it (การดำเนินงาน|ยุทธศาสตร์…, not แผน|ยุทธศาสตร์…, nor เชิงยุทธศาสตร์).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz, rx = load_gazetteer(), _plan_rx(("แผน", "ยุทธศาสตร์"))
    >>> [_opens_plan_name(t, list(rx.finditer(t))[-1], gaz, 0) for t in ("การดำเนินงานยุทธศาสตร์ลดการบริโภคเกลือ",
    ...                                                                  "ตามแผนยุทธศาสตร์", "ความร่วมมือเชิงยุทธศาสตร์", "การวางแผนงาน")]
    [True, False, False, False]
    """
    at = match.start()
    if not is_thai_letter(text[at - 1:at]) or text.endswith(_BEFORE_A_PLAN, lo, at):
        return True
    if match.group() == "แผน":
        return False
    run_start = at
    while run_start > max(lo, at - 40) and is_thai_letter(text[run_start - 1]):
        run_start -= 1
    words = split_words(text[run_start:match.end()])
    return len(words) >= 2 and words[-1] == match.group() and words[-2] not in gaz.words["programme_plan_heads"] \
        and words[-2] not in gaz.words["programme_plan_modifiers"]


def _plan(text: str, match: re.Match, gaz: Gazetteer, hi: int):
    """A plan named with the years it runs (แผนปฏิบัติการการพัฒนาทักษะทางการเงิน พ.ศ. 2565 – 2567,
    แผนยุทธศาสตร์ด้านการขนส่งของอาเซียน ปี 2559 - 2568): a proper plan, the years its phase (DECISIONS
    d-list #2); a plan written without its years is too often only described (แผนการจัดการเรียนรู้)."""
    start = match.start()
    if not _YEAR_NEAR.search(text, start, min(hi, start + _PLAN_NAME_MAX)):
        return None
    end = glued_rest_end(text, match.end(), open_name_end(text, start, hi, gaz, gaz.programme_stops), hi, gaz)
    years = _YEAR_SPAN.match(text, end, hi)
    words = split_words(text[start:end])
    if years is None or len(words) < PROGRAMME_MIN_WORDS or words[0] in gaz.words["programme_plan_not_heads"] \
            or any(framework in text[start:end] for framework in gaz.words["programme_plan_not_names"]):
        return None
    name = text[start:end]
    if years.group("bracketed") and name.endswith(_SPAN_WORD):
        name = name[:-len(_SPAN_WORD)]
    return ProgrammeMention(start, years.end(), text[start:years.end()], name, name,
                            phase=re.sub(r"\s+", " ", years.group("bracketed") or years.group("plain")))


def _latin_ok(name: str, gaz: Gazetteer) -> bool:
    """A Latin name that names an initiative, not an organisation (โครงการ UNICEF) nor a lone letter."""
    return sum(c.isalpha() for c in name) >= 2 and gaz.agency_by_form(name) is None


def _programme_tail(text: str, end: int, hi: int, gaz: Gazetteer):
    """(province, phase, end) written after a programme's name."""
    province = phase = None
    found = match_province(text, end, gaz, hi)
    if found is None and end < hi and text[end] == " ":
        spaced = PROVINCE_PREFIX.match(text, end, hi)
        if spaced:
            found = match_province(text, end, gaz, hi)
    if found:
        province, end = found
    phased = _PHASE.match(text, end, hi)
    if phased:
        phase, end = re.sub(r"\s+", " ", phased.group(1)), phased.end()
    return province, phase, end


def _named_programme(text: str, match: re.Match, gaz: Gazetteer, hi: int):
    entry = gaz.programme_by_form(match.group())
    if entry is None:
        return None
    province, phase, end = _programme_tail(text, match.end(), hi, gaz)
    name = entry.name + ("จังหวัด" + province if province else "")
    if entry.provincial and not province and text.startswith("จังหวัด", end) \
            and text.startswith(gaz.province_regions, end + len("จังหวัด")):
        # …นวัตกรรมการศึกษาจังหวัดชายแดนภาคใต้: a region's programme, not the story province's
        region = next(r for r in sorted(gaz.province_regions, key=len, reverse=True)
                      if text.startswith(r, end + len("จังหวัด")))
        end += len("จังหวัด") + len(region)
        name = entry.name + "จังหวัด" + region
        return ProgrammeMention(match.start(), end, text[match.start():end], name, name, None, phase)
    return ProgrammeMention(match.start(), end, text[match.start():end],
                            name if (province or not entry.provincial) else None, entry.name,
                            province, phase, provincial=entry.provincial)


def _project(text: str, start: int, gaz: Gazetteer, hi: int):
    at = start + len("โครงการ")
    bare_form = None
    quoted = _QUOTED.match(text, at, hi)
    latin = None if quoted else LATIN_NAME.match(text, at, hi)
    if latin is not None and _latin_ok(latin.group("name"), gaz):
        end = route_end(text, at, latin.end("name"), hi, gaz)
        if _PURPOSE_AFTER.match(text, end, hi):
            # a Latin name's Thai purpose is part of its title when it ends with its run of Thai (โครงการ
            # Sandbox เพื่อผลิตกำลังคน…ขั้นสูง| ร่วมกับ); one a stop word cuts is the sentence's (…เศรษฐกิจ|ที่…)
            purpose = open_name_end(text, end + 1, hi, gaz, gaz.programme_stops)
            end = purpose if not is_thai_letter(text[purpose:purpose + 1]) else end
        base = text[start:end]
        province, phase, end = _programme_tail(text, end, hi, gaz)
    elif quoted:
        body, quoted_phase = _quoted_body(quoted.group(1))
        end = quoted.end()
        province, phase, end = _programme_tail(text, end, hi, gaz)
        phase = phase or quoted_phase
        base = "โครงการ" + body
        bare_form = body if _ALL_LATIN.fullmatch(body) else None
    else:
        if text.startswith(gaz.programme_not_after, at) and not _named_after_modifier(text, at, hi, gaz):
            return None
        end = open_name_end(text, at, hi, gaz, gaz.programme_stops)
        latin_named = latin_tail_end(text, at, end, hi, gaz) > end     # โครงการฟรี Safety Service…
        if end - at < 4 and not latin_named:
            return None
        end = glued_rest_end(text, at, end, hi, gaz)
        end = glossed_end(text, at, end, hi, gaz)
        end = quoted_end(text, start, end, hi)
        end = joined_end(text, at, end, hi, gaz)
        end = second_programme_cut(text, at, end)
        end = route_end(text, at, end, hi, gaz)
        end = royal_titles_end(text, at, end, hi, gaz)
        end = royal_dedication_end(text, end, hi, gaz)
        end = _purpose_end(text, end, hi, gaz)
        end = listed_end(text, end, hi, gaz)
        end, counted_phase = counted_end(text, at, end, hi, gaz)
        listed = _ENUMERATED_TAIL.match(text, end, hi)
        if listed is not None:
            end = listed.end()      # โครงการส่งเสริมโอกาส ความเสมอภาคและความเท่าเทียม...: one enumerated name
        words = split_words(text[at:end])
        thai_end, end = end, latin_tail_end(text, at, end, hi, gaz)
        end = enumerated_end(text, at, end, hi, gaz) if end == thai_end else end
        if gaz.event_cue_rx.match(text, at) or not (opens_name(words[0], gaz, proper=False) or _one_x_one_y(words)
                                                     or latin_named and not (word_tag(words[0]) or "").startswith("X")):
            return None     # โครงการอบรม... is one activity (an Event); โครงการต่อเนื่อง is no name
        base = _QUOTES.sub("", text[start:end])
        if gaz.agency_by_form(base) is not None:
            return None     # โครงการพัฒนาแห่งสหประชาชาติ: a UN organisation, not an initiative
        province, phase, end = _programme_tail(text, end, hi, gaz)
        if counted_phase and not phase:
            phase, end = counted_phase
        if len(words) < PROGRAMME_MIN_WORDS and not (province or latin_named) and not gaz.programme_by_form(base):
            return None
    if base.endswith("จังหวัด") and province:
        base = base[:-len("จังหวัด")]
    named = gaz.programme_by_form(base)
    if named and named.provincial and not province:
        return ProgrammeMention(start, end, text[start:end], None, named.name, None, phase, provincial=True)
    # (a province after a closing quote is where the programme runs, no part of its name)
    in_name = province and not (quoted and not named)
    canonical = (named.name if named else base) + ("จังหวัด" + province if in_name else "")
    return ProgrammeMention(start, end, bare_form or text[start:end], canonical, named.name if named else base,
                            province, phase)


def _quoted_body(body: str) -> tuple[str, str | None]:
    """(name, phase) of what a programme's quotes hold: a phase written last inside them is the phase, not
    the name (โครงการ “จิตสำนึกรักเมืองไทย ปีที่ 17”).

    >>> _quoted_body(" จิตสำนึกรักเมืองไทย ปีที่ 17"), _quoted_body("ลดเผา เบาฝุ่น")
    (('จิตสำนึกรักเมืองไทย', 'ปีที่ 17'), ('ลดเผา เบาฝุ่น', None))
    """
    body = body.strip()
    phased = _QUOTED_PHASE.search(body)
    if phased is None or phased.start() == 0:
        return body, None
    return body[:phased.start()].rstrip(), re.sub(r"\s+", " ", phased.group(1))


def _purpose_end(text: str, end: int, hi: int, gaz: Gazetteer) -> int:
    """A Thai name a space parts from a purpose whose object is a thing (…ธนาคารโค-กระบือ| เพื่อเกษตรกร…,
    …ปัญญาประดิษฐ์| เพื่อการเผยแผ่พระพุทธศาสนาในสังคมดิจิทัล) goes on over that purpose when it is one glued run:
    the name says what the project is for.  A purpose that opens with a verb (เพื่อสร้าง…, เพื่อเป็น…) or that a
    stop word cuts inside its run is the sentence's, as for a Latin name.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "ลงนาม MOU โครงการพัฒนาระบบเทคโนโลยีดิจิทัลและปัญญาประดิษฐ์ เพื่อการเผยแผ่พระพุทธศาสนาในสังคมดิจิทัล ระหว่าง"
    >>> text[10:_purpose_end(text, text.index(" เพื่อ"), len(text), gaz)]
    'โครงการพัฒนาระบบเทคโนโลยีดิจิทัลและปัญญาประดิษฐ์ เพื่อการเผยแผ่พระพุทธศาสนาในสังคมดิจิทัล'
    >>> text = "ดำเนินโครงการสร้างที่อยู่อาศัย เพื่อผู้ด้อยโอกาส ผู้ยากไร้"
    >>> text[6:_purpose_end(text, text.index(" เพื่อ"), len(text), gaz)]
    'โครงการสร้างที่อยู่อาศัย เพื่อผู้ด้อยโอกาส'
    >>> text = "เตรียมลุยโครงการโฉนดต้นไม้ เพื่อสร้างมูลค่าเพิ่มต่อไป"
    >>> _purpose_end(text, text.index(" เพื่อ"), len(text), gaz) == text.index(" เพื่อ")
    True
    """
    if not _PURPOSE_AFTER.match(text, end, hi) or not is_thai_letter(text[end - 1:end]):
        return end
    words = split_words(thai_run(text, end + 1 + len("เพื่อ"), hi))
    if not words or not ((word_tag(words[0]) or "").startswith("N")
                         or words[0].startswith(tuple(gaz.nominalisers) + tuple(gaz.words["programme_purpose_people"]))):
        return end      # (the tagger knows few verbs: only a known noun, a nominaliser or ผู้… opens a thing)
    purpose = glued_rest_end(text, end + 1, open_name_end(text, end + 1, hi, gaz, gaz.programme_stops), hi, gaz)
    return purpose if not is_thai_letter(text[purpose:purpose + 1]) else end


def _named_after_modifier(text: str, at: int, hi: int, gaz: Gazetteer) -> bool:
    """Whether a modifier that opens no name alone (``programme_named_modifiers``: นำร่อง) opens one here: the
    name runs on glued after it, not into a word that opens no name, or a Latin name follows a space.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> [_named_after_modifier(t, 7, len(t), gaz) for t in ("โครงการนำร่องการให้กู้ยืมเงิน", "โครงการนำร่อง Sustainable Maize",
    ...                                                     "โครงการนำร่องนี้", "โครงการนำร่อง ที่จะ", "โครงการนำร่องในประเทศไทย")]
    [True, True, False, False, False]
    """
    modifier = next((w for w in gaz.words["programme_named_modifiers"] if text.startswith(w, at)), None)
    if modifier is None:
        return False
    rest = at + len(modifier)
    if text.startswith(" ", rest):
        return LATIN_NAME.match(text, rest + 1, hi) is not None
    # (a prefix, not a word: the segmenter glues ในประเทศ into one word)
    return is_thai_letter(text[rest:rest + 1]) and not text.startswith(gaz.programme_not_after, rest) \
        and not text.startswith(tuple(gaz.programme_stops), rest)


def _one_x_one_y(words) -> bool:
    """The "one X, one Y" shape of a programme's name (หนึ่งตำบลหนึ่งผลิตภัณฑ์, หนึ่งตำบลหนึ่งกลุ่มอาชีพอิสระ),
    which opens with a number word that opens no other name.

    >>> _one_x_one_y(("หนึ่ง", "ตำบล", "หนึ่ง", "กลุ่ม")), _one_x_one_y(("หนึ่ง", "ใน", "โครงการ"))
    (True, False)
    """
    return len(words) >= 4 and words[0] == "หนึ่ง" and "หนึ่ง" in words[2:4]
