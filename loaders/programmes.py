"""Programme mentions: named initiatives (``programmes.yaml``), ``โครงการ...`` names, and the
quoted name of a cooperation (ความร่วมมือ “การ...”)."""
from __future__ import annotations

import re

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.mentions import ProgrammeMention
from edugraph.loaders.recurring_programmes import find_recurring
from edugraph.loaders.words import (LATIN_NAME, PROVINCE_PREFIX, agency_head_in, is_thai_letter, match_province, open_name_end, opens_name,
                                    split_words, thai_run, word_tag)

_PHASE = re.compile(r"\s?((?:ปีที่|ระยะที่|รุ่นที่|เฟส(?:ที่)?)\s?\d{1,2})")
_QUOTED = re.compile(r"\s?[“\"']([^”\"'\n]{4,160})[”\"']")

_COOPERATION_NAME = re.compile(r"ความร่วมมือ(?:ใน|ด้าน)?(?:เรื่อง)?\s?[“\"](?P<name>การ[^”\"\n]{6,160})[”\"]"
                               # ลงนาม (MOU) “พาน้องกลับมาเรียน”: the quoted title of what is signed (not a nickname)
                               r"|(?:\(?MOU\)?|ลงนาม(?:บันทึก(?:ข้อตกลง|ความเข้าใจ)(?:ความร่วมมือ)?)?)\s?[“\"]"
                               r"(?P<title>[^”\"\n]{8,120})[”\"]")
_ENUMERATED_TAIL = re.compile(r" (?:ความ|การ)[ก-๙]{2,40}และ(?:ความ|การ)[ก-๙]{2,60}")
_PROGRAMME_MIN_WORDS = 3      # a bare โครงการก่อสร้าง is a kind of project, not a named one
_PROGRAMME_RX = re.compile(r"โครงการ")
_CLOSING_QUOTE = {"“": "”", '"': '"', "‘": "’"}
_QUOTED_NAME_MAX = 120      # characters: a quoted stretch longer than this is a quotation, not a name
_SECOND_PROGRAMME = re.compile(r"\s?(?:และ|หรือ)\s?(?:โครงการ|$)")
_NUMBER = re.compile(r"\s?(?:ที่\s?)?(?:\d+|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)")
_GLUED_NUMBER = re.compile(r"-\d{1,3}(?!\d)")          # โควิด-19
_DASH_WORD = re.compile(r"\s?[-–]\s?([ก-๙]+)")
_NTH_SITE = re.compile(r"\s?แห่งที่\s?\d{1,2}(?!\d)")
_QUOTED_AFTER = re.compile(r"\s?“([^“”\n.()]{2,30})”")
_QUOTES = re.compile("[“”]")
_PURPOSE_TAGS = frozenset({"RPRE", "JSBR", "JCRG", "JCMP"})   # เพื่อ, ให้, และ ...
_LATIN_CODE = re.compile(r" [A-Z]{1,3}\d{1,3}(?![A-Za-z0-9])")         # …มอเตอร์เวย์ M6
_POLICY_RX = re.compile(r"นโยบาย(?=\s?[A-Z])")
_PLAN_RX = re.compile(r"แผน")
_BEFORE_A_PLAN = ("ตาม", "การ", "ของ", "และ", "ทำ", "ใน", "สู่", "ต่อ")     # glued words a plan's name follows
_YEAR_SPAN = re.compile(r"\s?((?:ปี|พ\.ศ\.|ค\.ศ\.)?\s?(?:25\d\d|19\d\d|20\d\d)\s?[-–]\s?(?:25)?\d\d)(?!\d)")
_YEAR_NEAR = re.compile(r"\d{4}\s?[-–]")
_PLAN_NAME_MAX = 150
_PURPOSE_AFTER = re.compile(r" (?=เพื่อ[ก-๙])")           # โครงการ Sandbox เพื่อผลิตกำลังคน…
_ROUTE_DASH = re.compile(r"\s?[-–]\s?[ก-๙]+")
_GLUED_DASH = re.compile(r"-(?=[ก-๙])")
_LISTED_STRETCH_MAX = 90
_GLUED_REST_WORDS = 4       # words after an inner stop word that still end one glued name (…โดยใช้รูปแบบนวัตกรรมการศึกษา)
_APART_AT = re.compile(r"(?:^|\s)ณ(?:\s|$)")     # ณ the preposition, written apart
_LIST_SEPARATOR = re.compile(r"[,\n.()“”\"]|\s(?:และ|หรือ)\s?โครงการ")
_NEXT_ITEM = re.compile(r"(?:\s?,\s?(?:และ|หรือ)?|\s(?:และ|หรือ))\s?โครงการ")


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
    for match in _PLAN_RX.finditer(text, lo, hi):
        at = match.start()
        if is_thai_letter(text[at - 1:at]) and not text[:at].endswith(_BEFORE_A_PLAN):
            continue        # inside a word (…แผนก is caught by its own list)
        if not any(m.start <= at < m.end for m in found) and (plan := _plan(text, at, gaz, hi)):
            found.append(plan)
    for match in _POLICY_RX.finditer(text, lo, hi):
        if not any(m.start <= match.start() < m.end for m in found) and (policy := _policy(text, match, gaz, hi)):
            found.append(policy)
    # ความร่วมมือ “การขับเคลื่อน...”: the quoted name of the cooperation itself is a programme
    for match in _COOPERATION_NAME.finditer(text, lo, hi):
        group = "name" if match.group("name") else "title"
        if not any(m.start <= match.start(group) < m.end for m in found):
            name = match.group(group).strip()
            found.append(ProgrammeMention(match.start(group), match.end(group), name, name, name))
    found += find_recurring(text, gaz, found, lo, hi)     # คนละครึ่ง, TO BE NUMBER ONE: mined names written bare
    found.sort(key=lambda m: m.start)
    return found


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


def _plan(text: str, start: int, gaz: Gazetteer, hi: int):
    """A plan named with the years it runs (แผนปฏิบัติการการพัฒนาทักษะทางการเงิน พ.ศ. 2565 – 2567,
    แผนยุทธศาสตร์ด้านการขนส่งของอาเซียน ปี 2559 - 2568): a proper plan, the years its phase (DECISIONS
    d-list #2); a plan written without its years is too often only described (แผนการจัดการเรียนรู้)."""
    if not _YEAR_NEAR.search(text, start, min(hi, start + _PLAN_NAME_MAX)):
        return None
    end = _glued_rest_end(text, start + len("แผน"), open_name_end(text, start, hi, gaz, gaz.programme_stops), hi, gaz)
    years = _YEAR_SPAN.match(text, end, hi)
    words = split_words(text[start:end])
    if years is None or len(words) < _PROGRAMME_MIN_WORDS or words[0] in gaz.words["programme_plan_not_heads"] \
            or any(framework in text[start:end] for framework in gaz.words["programme_plan_not_names"]):
        return None
    name = text[start:end]
    return ProgrammeMention(start, years.end(), text[start:years.end()], name, name,
                            phase=re.sub(r"\s+", " ", years.group(1)))


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
    quoted = _QUOTED.match(text, at, hi)
    latin = None if quoted else LATIN_NAME.match(text, at, hi)
    if latin is not None and _latin_ok(latin.group("name"), gaz):
        end = _route_end(text, at, latin.end("name"), hi, gaz)
        if _PURPOSE_AFTER.match(text, end, hi):
            # a Latin name's Thai purpose is part of its title when it ends with its run of Thai (โครงการ
            # Sandbox เพื่อผลิตกำลังคน…ขั้นสูง| ร่วมกับ); one a stop word cuts is the sentence's (…เศรษฐกิจ|ที่…)
            purpose = open_name_end(text, end + 1, hi, gaz, gaz.programme_stops)
            end = purpose if not is_thai_letter(text[purpose:purpose + 1]) else end
        base = text[start:end]
        province, phase, end = _programme_tail(text, end, hi, gaz)
    elif quoted:
        body = quoted.group(1).strip()
        end = quoted.end()
        province, phase, end = _programme_tail(text, end, hi, gaz)
        base = "โครงการ" + body
    else:
        if text.startswith(gaz.programme_not_after, at):
            return None
        end = open_name_end(text, at, hi, gaz, gaz.programme_stops)
        if end - at < 4:
            return None
        end = _glued_rest_end(text, at, end, hi, gaz)
        end = _quoted_end(text, start, end, hi)
        end = _joined_end(text, at, end, hi, gaz)
        end = _second_programme_cut(text, at, end)
        end = _route_end(text, at, end, hi, gaz)
        end = _royal_titles_end(text, at, end, hi, gaz)
        end = _listed_end(text, end, hi, gaz)
        end, counted_phase = _counted_end(text, at, end, hi, gaz)
        listed = _ENUMERATED_TAIL.match(text, end, hi)
        if listed is not None:
            end = listed.end()      # โครงการส่งเสริมโอกาส ความเสมอภาคและความเท่าเทียม...: one enumerated name
        words = split_words(text[at:end])
        if gaz.event_cue_rx.match(text, at) or not (opens_name(words[0], gaz, proper=False) or _one_x_one_y(words)):
            return None     # โครงการอบรม... is one activity (an Event); โครงการต่อเนื่อง is no name
        base = _QUOTES.sub("", text[start:end])
        if gaz.agency_by_form(base) is not None:
            return None     # โครงการพัฒนาแห่งสหประชาชาติ: a UN organisation, not an initiative
        province, phase, end = _programme_tail(text, end, hi, gaz)
        if counted_phase and not phase:
            phase, end = counted_phase
        if len(words) < _PROGRAMME_MIN_WORDS and not province and not gaz.programme_by_form(base):
            return None
    if base.endswith("จังหวัด") and province:
        base = base[:-len("จังหวัด")]
    named = gaz.programme_by_form(base)
    if named and named.provincial and not province:
        return ProgrammeMention(start, end, text[start:end], None, named.name, None, phase, provincial=True)
    canonical = (named.name if named else base) + ("จังหวัด" + province if province else "")
    return ProgrammeMention(start, end, text[start:end], canonical, named.name if named else base,
                            province, phase)


def _quoted_end(text: str, start: int, end: int, hi: int) -> int:
    """A name the writer put in quotes ("โครงการผ้าไทยใส่ให้สนุก") runs to its closing quote, even
    where a stop word inside it (ให้, ที่, ใน) would end an unquoted one; a stretch that holds a line
    break, a full stop or another opening quote is a quotation, and the stop word still ends it.

    >>> text = 'พระราชทาน "โครงการผ้าไทยใส่ให้สนุก" เพื่อ'
    >>> text[11:_quoted_end(text, 11, 27, len(text))]
    'โครงการผ้าไทยใส่ให้สนุก'
    >>> text = 'ทำ "โครงการเพิ่มประสิทธิภาพเชิงนิเวศ (Eco-Efficiency)"'
    >>> text[4:_quoted_end(text, 4, 19, len(text))]
    'โครงการเพิ่มประสิทธิภาพเชิงนิเวศ'
    >>> text = 'โครงการผ้าไทยใส่ให้สนุก เพื่อ'
    >>> _quoted_end(text, 0, 16, len(text))
    16
    """
    closing = _CLOSING_QUOTE.get(text[start - 1:start]) if start else None
    if closing is None:
        return end
    close = text.find(closing, end, min(hi, start + _QUOTED_NAME_MAX))
    if close < 0 or any(mark in text[end:close] for mark in ("\n", ".", "“")):
        return end
    gloss = re.search(r"\s?[(:]", text[end:close])    # an English gloss or a subtitle is no part of it
    close = end + gloss.start() if gloss else close
    return len(text[:close].rstrip()) if close > end else end


def _joined_end(text: str, at: int, end: int, hi: int, gaz: Gazetteer) -> int:
    """Where a name that a dash or a quote stopped goes on: a number glued by a dash (…ผู้ป่วยโควิด-19),
    a pair of countries (…สะพานมิตรภาพไทย – ลาว แห่งที่ 5, …รถไฟความเร็วสูงไทย-จีน), or the short quoted
    name of what it builds or follows (…สวนป่า “เบญจกิติ”, …ทฤษฎีใหม่รูปแบบ “โคก หนอง นา”).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "โครงการก่อสร้างสะพานมิตรภาพไทย – ลาว แห่งที่ 5 เชื่อมโยง"
    >>> text[:_joined_end(text, 7, 30, len(text), gaz)]
    'โครงการก่อสร้างสะพานมิตรภาพไทย – ลาว แห่งที่ 5'
    >>> text = "โครงการจัดหายารักษาผู้ป่วยโควิด-19 ระยะ"
    >>> text[:_joined_end(text, 7, 31, len(text), gaz)]
    'โครงการจัดหายารักษาผู้ป่วยโควิด-19'
    """
    glued = _GLUED_NUMBER.match(text, end, hi)
    if glued is not None and end > at:
        return glued.end()
    words = split_words(text[at:end])
    if words and words[-1] in gaz.country_names:
        joined = end
        while (dash := _DASH_WORD.match(text, joined, hi)) is not None:
            first = split_words(dash.group(1))[0]
            if first not in gaz.country_names:
                break
            joined = dash.start(1) + len(first)
        if joined > end:
            site = _NTH_SITE.match(text, joined, hi)
            return site.end() if site else joined
    quoted = _QUOTED_AFTER.match(text, end, hi)
    if quoted is not None and words and word_tag(words[-1]) not in _PURPOSE_TAGS:
        return quoted.end()     # (…พระราชดำริเพื่อ “บำบัดทุกข์ บำรุงสุข”: a purpose, not the name of a thing)
    return end


def _second_programme_cut(text: str, at: int, end: int) -> int:
    """A name that runs into a second programme (…สายสีแดงและโครงการรถไฟฟ้าเชื่อม…) or ends on และ
    ends before it: the second is a mention of its own.

    >>> text = "โครงการสินเชื่อพร้อมใช้และโครงการสินเชื่อเงินด่วน"
    >>> text[:_second_programme_cut(text, 7, len(text))]
    'โครงการสินเชื่อพร้อมใช้'
    """
    second = _SECOND_PROGRAMME.search(text, at, end) or _SECOND_PROGRAMME.search(text[:end], at)
    return second.start() if second and second.start() > at else end


def _counted_end(text: str, at: int, end: int, hi: int, gaz: Gazetteer):
    """(end, phase): a name that stopped on a counting word before its number takes the number
    (…กรุงเทพมหานครรอบ 3); a phase word and its number leave the name as the phase
    (…ท่าเรือแหลมฉบังระยะ|ที่ 3 → phase ระยะที่ 3)."""
    words = split_words(text[at:end])
    number = _NUMBER.match(text, end, hi)
    if len(words) < 2 or number is None:
        return end, None
    last = words[-1]
    if last in gaz.programme_phase_words:
        return end - len(last), (re.sub(r"\s+", "", last + text[end:number.end()]), number.end())
    if last in gaz.programme_counters:
        return number.end(), None
    return end, None


def _route_end(text: str, at: int, end: int, hi: int, gaz: Gazetteer) -> int:
    """Where a name goes on over its route: a dash glued between Thai letters (…สะพานคู่ขนานข้ามแม่น้ำโก-ลก,
    …รถไฟทางคู่หาดใหญ่-สุไหงโก-ลก), a road's code (…มอเตอร์เวย์ M6), and, in a name holding a route word
    (สาย, ช่วง), the places its dashes join (…สายบางปะอิน - สระบุรี - นครราชสีมา).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "โครงการรถไฟทางคู่หาดใหญ่-สุไหงโก-ลก และรับฟัง"
    >>> text[:_route_end(text, 7, 24, len(text), gaz)]
    'โครงการรถไฟทางคู่หาดใหญ่-สุไหงโก-ลก'
    >>> text = "โครงการมอเตอร์เวย์ M6 สายบางปะอิน - สระบุรี - นครราชสีมา ที่มีปัญหา"
    >>> text[:_route_end(text, 7, 18, len(text), gaz)]
    'โครงการมอเตอร์เวย์ M6 สายบางปะอิน - สระบุรี - นครราชสีมา'
    """
    while end < hi and _GLUED_DASH.match(text, end) and end > at and "ก" <= text[end - 1] <= "๙":
        end = open_name_end(text, end + 1, hi, gaz, gaz.programme_stops)
    code = _LATIN_CODE.match(text, end, hi)
    if code is not None:
        end = code.end()
        route = re.match(r" (?:" + "|".join(sorted(gaz.words["programme_route_words"])) + r")[ก-๙]+", text[end:hi])
        end += route.end() if route else 0
    if any(word in gaz.words["programme_route_words"] for word in split_words(text[at:end])):
        while (dash := _ROUTE_DASH.match(text, end, hi)) is not None:
            end = dash.end()
    return end


def _listed_end(text: str, end: int, hi: int, gaz: Gazetteer) -> int:
    """A programme listed before another (…, โครงการ…) runs to the comma: the list's separators, not
    its stop words, end each item (โครงการพัฒนาคุณภาพชีวิตของประชาชน, โครงการช่วยเหลือสาธารณสังคม
    เพื่อรณรงค์…, โครงการ…), unless the stretch holds a word of the sentence (ซึ่ง, จะ, โดย...).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "โครงการพัฒนาคุณภาพชีวิตของประชาชน, โครงการองค์กรธรรมาภิบาล"
    >>> text[:_listed_end(text, 23, len(text), gaz)]
    'โครงการพัฒนาคุณภาพชีวิตของประชาชน'
    >>> text = "โครงการพัฒนาคุณภาพชีวิตของประชาชน ซึ่งมี, โครงการองค์กร"
    >>> text[:_listed_end(text, 23, len(text), gaz)]
    'โครงการพัฒนาคุณภาพชีวิต'
    """
    stretch = text[end:min(hi, end + _LISTED_STRETCH_MAX)]
    separator = _LIST_SEPARATOR.search(stretch)
    if separator is None or not _NEXT_ITEM.match(stretch, separator.start()):
        return end
    between = stretch[:separator.start()]
    if "โครงการ" in between or _APART_AT.search(between) or any(
            word in gaz.words["programme_list_breaks"] for word in split_words(between)):
        return end
    return end + len(between.rstrip())


def _glued_rest_end(text: str, at: int, end: int, hi: int, gaz: Gazetteer) -> int:
    """Where a name that a stop word cut inside one glued run of Thai goes on: over the stop word and the
    rest of the run, when that rest is a few words with no other stop, list word, province, agency or
    programme in them; ของ only after a name of its own (โครงการเป้าหมาย|ของไทย, โครงการสินเชื่อ|ของธนาคารรัฐ
    are kinds of project), ให้ not before a verb (…แห่งอนาคต|ให้เกิดการขยายตัว: a purpose).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "ภายใต้โครงการสนับสนุนโอกาสทางการศึกษาของเยาวชน ประจำปีงบประมาณ"
    >>> text[6:_glued_rest_end(text, 13, 37, len(text), gaz)]
    'โครงการสนับสนุนโอกาสทางการศึกษาของเยาวชน'
    >>> text = "โครงการสานพลังเครือข่ายของจังหวัดสุรินทร์ ได้"
    >>> text[:_glued_rest_end(text, 7, 23, len(text), gaz)]
    'โครงการสานพลังเครือข่าย'
    """
    run = thai_run(text, end, hi)
    words = split_words(run) if run else ()
    if not words or words[0] not in gaz.words["programme_inner_stops"] or not 1 <= len(words) - 1 <= _GLUED_REST_WORDS:
        return end
    if any(w in gaz.programme_stops or w in gaz.words["programme_list_breaks"] for w in words[1:]) \
            or "จังหวัด" in run or "โครงการ" in run or gaz.province_rx.search(run) or agency_head_in(run, gaz) \
            or (words[0] == "ของ" and len(split_words(text[at:end])) < _PROGRAMME_MIN_WORDS) \
            or (words[0] == "ให้" and (word_tag(words[1]) or "").startswith("V")):
        return end
    return end + len(run)


def _one_x_one_y(words) -> bool:
    """The "one X, one Y" shape of a programme's name (หนึ่งตำบลหนึ่งผลิตภัณฑ์, หนึ่งตำบลหนึ่งกลุ่มอาชีพอิสระ),
    which opens with a number word that opens no other name.

    >>> _one_x_one_y(("หนึ่ง", "ตำบล", "หนึ่ง", "กลุ่ม")), _one_x_one_y(("หนึ่ง", "ใน", "โครงการ"))
    (True, False)
    """
    return len(words) >= 4 and words[0] == "หนึ่ง" and "หนึ่ง" in words[2:4]


def _royal_titles_end(text: str, at: int, end: int, hi: int, gaz: Gazetteer) -> int:
    """A name that holds a royal's name goes on over the titles written after it, each after a space
    (…ศิลปาชีพในสมเด็จพระนางเจ้าสิริกิติ์| พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> text = "โครงการศิลปาชีพในสมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง และปัก"
    >>> text[:_royal_titles_end(text, 7, 42, len(text), load_gazetteer())]
    'โครงการศิลปาชีพในสมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง'
    """
    if "สมเด็จพระ" not in text[at:end]:
        return end
    while end < hi and text[end] == " " and text.startswith(gaz.words["royal_titles_after"], end + 1):
        end = end + 1 + len(thai_run(text, end + 1, hi))
    return end
