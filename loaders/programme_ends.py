"""Where a ``โครงการ...`` name ends, past what stops an open name: a quote it opened, a number or country a
dash joins, a second programme, a counting word, a route, the glued rest after an inner stop word, and a
royal's titles.  ``programmes.py`` finds the names; these read how far each one goes (``programme_lists.py``:
how far a list takes one)."""
from __future__ import annotations

import functools
import re

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.words import LATIN_NAME, agency_head_in, is_thai_letter, open_name_end, split_words, thai_run, word_tag

PROGRAMME_MIN_WORDS = 3      # a bare โครงการก่อสร้าง is a kind of project, not a named one
_CLOSING_QUOTE = {"“": "”", '"': '"', "‘": "’"}
_QUOTED_NAME_MAX = 120      # characters: a quoted stretch longer than this is a quotation, not a name
_SECOND_PROGRAMME = re.compile(r"\s?(?:และ|หรือ)\s?(?:โครงการ|$)")
_NUMBER = re.compile(r"\s?(?:ที่\s?)?(?:\d+|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)")
_GLUED_NUMBER = re.compile(r"-\d{1,3}(?!\d)")          # โควิด-19
_DASH_WORD = re.compile(r"\s?[-–]\s?([ก-๙]+)")
_NTH_SITE = re.compile(r"\s?แห่งที่\s?\d{1,2}(?!\d)")
_QUOTED_AFTER = re.compile(r"\s?“([^“”\n.()]{2,30})”")
_PURPOSE_TAGS = frozenset({"RPRE", "JSBR", "JCRG", "JCMP"})   # เพื่อ, ให้, และ ...
# a code of letters and a number: …มอเตอร์เวย์ M6, …ค้ำประกันสินเชื่อ PGS 11, …เพื่อลดฝุ่นพิษ PM 2.5 (not PM2| .5)
_LATIN_CODE = re.compile(r" [A-Z]{1,3} ?\d{1,3}(?:\.\d{1,2})?(?![A-Za-z0-9]|\.\d)")
_ROUTE_DASH = re.compile(r"\s?[-–]\s?[ก-๙]+")
_GLUED_DASH = re.compile(r"[-/](?=[ก-๙])")        # โก-ลก; สร้าง/ซ่อมแซม: two works of one name
_GLUED_REST_WORDS = 10      # words after an inner stop word that still end one glued name (…โดยใช้รูปแบบนวัตกรรมการศึกษา,
                            # …ในเขตรักษาพันธุ์สัตว์ป่าและอุทยานแห่งชาติ)
_LATIN_GLOSS = re.compile(r" ?\((?=[A-Za-z])")       # …จากประเทศไทย (Gift of Thailand…)
_GLOSSED_REST_WORDS = 5     # words between the stop word and a gloss that still belong to the glossed name
_BEFORE_LATIN = re.compile(r" {1,2}(?=[A-Z])")
_PURPOSE = re.compile(r" (?=เพื่อ[ก-๙])")


def quoted_end(text: str, start: int, end: int, hi: int) -> int:
    """A name the writer put in quotes ("โครงการผ้าไทยใส่ให้สนุก") runs to its closing quote, even
    where a stop word inside it (ให้, ที่, ใน) would end an unquoted one; a stretch that holds a line
    break, a full stop or another opening quote is a quotation, and the stop word still ends it.

    >>> text = 'พระราชทาน "โครงการผ้าไทยใส่ให้สนุก" เพื่อ'
    >>> text[11:quoted_end(text, 11, 27, len(text))]
    'โครงการผ้าไทยใส่ให้สนุก'
    >>> text = 'ทำ "โครงการเพิ่มประสิทธิภาพเชิงนิเวศ (Eco-Efficiency)"'
    >>> text[4:quoted_end(text, 4, 19, len(text))]
    'โครงการเพิ่มประสิทธิภาพเชิงนิเวศ'
    >>> text = 'โครงการผ้าไทยใส่ให้สนุก เพื่อ'
    >>> quoted_end(text, 0, 16, len(text))
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


def joined_end(text: str, at: int, end: int, hi: int, gaz: Gazetteer) -> int:
    """Where a name that a dash or a quote stopped goes on: a number glued by a dash (…ผู้ป่วยโควิด-19),
    a pair of countries (…สะพานมิตรภาพไทย – ลาว แห่งที่ 5, …รถไฟความเร็วสูงไทย-จีน), or the short quoted
    name of what it builds or follows (…สวนป่า “เบญจกิติ”, …ทฤษฎีใหม่รูปแบบ “โคก หนอง นา”).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "โครงการก่อสร้างสะพานมิตรภาพไทย – ลาว แห่งที่ 5 เชื่อมโยง"
    >>> text[:joined_end(text, 7, 30, len(text), gaz)]
    'โครงการก่อสร้างสะพานมิตรภาพไทย – ลาว แห่งที่ 5'
    >>> text = "โครงการจัดหายารักษาผู้ป่วยโควิด-19 ระยะ"
    >>> text[:joined_end(text, 7, 31, len(text), gaz)]
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


def second_programme_cut(text: str, at: int, end: int) -> int:
    """A name that runs into a second programme (…สายสีแดงและโครงการรถไฟฟ้าเชื่อม…) or ends on และ
    ends before it: the second is a mention of its own.

    >>> text = "โครงการสินเชื่อพร้อมใช้และโครงการสินเชื่อเงินด่วน"
    >>> text[:second_programme_cut(text, 7, len(text))]
    'โครงการสินเชื่อพร้อมใช้'
    """
    second = _SECOND_PROGRAMME.search(text, at, end) or _SECOND_PROGRAMME.search(text[:end], at)
    return second.start() if second and second.start() > at else end


def counted_end(text: str, at: int, end: int, hi: int, gaz: Gazetteer):
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


def route_end(text: str, at: int, end: int, hi: int, gaz: Gazetteer) -> int:
    """Where a name goes on over its route: a dash glued between Thai letters (…สะพานคู่ขนานข้ามแม่น้ำโก-ลก,
    …รถไฟทางคู่หาดใหญ่-สุไหงโก-ลก), a code (…มอเตอร์เวย์ M6, …ฝุ่นพิษ PM 2.5), and, in a name holding a route word
    (สาย, ช่วง), the places its dashes join (…สายบางปะอิน - สระบุรี - นครราชสีมา).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "โครงการรถไฟทางคู่หาดใหญ่-สุไหงโก-ลก และรับฟัง"
    >>> text[:route_end(text, 7, 24, len(text), gaz)]
    'โครงการรถไฟทางคู่หาดใหญ่-สุไหงโก-ลก'
    >>> text = "โครงการมอเตอร์เวย์ M6 สายบางปะอิน - สระบุรี - นครราชสีมา ที่มีปัญหา"
    >>> text[:route_end(text, 7, 18, len(text), gaz)]
    'โครงการมอเตอร์เวย์ M6 สายบางปะอิน - สระบุรี - นครราชสีมา'
    >>> text = "ความคืบหน้าโครงการสะพานเศรษฐกิจเชื่อมฝั่งทะเล อ่าวไทย - อันดามัน (Land Bridge)"
    >>> text[11:route_end(text, 18, text.index(" อ่าว"), len(text), gaz)]
    'โครงการสะพานเศรษฐกิจเชื่อมฝั่งทะเล อ่าวไทย - อันดามัน'
    >>> text = "โครงการรถไฟฟ้าสายสีชมพู ช่วงแคราย - มีนบุรี"
    >>> text[:route_end(text, 7, text.index(" ช่วง"), len(text), gaz)]
    'โครงการรถไฟฟ้าสายสีชมพู'
    >>> text = "โครงการช่วยเหลือเกษตรกรชาวไร่อ้อยเพื่อลดฝุ่น PM2.5 ฤดูการผลิต"
    >>> text[:route_end(text, 7, text.index(" PM"), len(text), gaz)]
    'โครงการช่วยเหลือเกษตรกรชาวไร่อ้อยเพื่อลดฝุ่น PM2.5'
    """
    while end < hi and _GLUED_DASH.match(text, end) and end > at and "ก" <= text[end - 1] <= "๙":
        end = open_name_end(text, end + 1, hi, gaz, gaz.programme_stops)
    code = _LATIN_CODE.match(text, end, hi)
    if code is not None:
        end = code.end()
        route = re.match(r" (?:" + "|".join(sorted(gaz.words["programme_route_words"])) + r")[ก-๙]+", text[end:hi])
        end += route.end() if route else 0
    routed = _routed_rx(tuple(gaz.words["programme_route_words"])).match(text, end, hi)
    if routed is not None and end > at and is_thai_letter(text[end - 1]):
        end = routed.end(1)             # …รถไฟทางคู่|ช่วงมาบกะเบา - ชุมทางถนนจิระ: the stop word opens its route
    if any(word in gaz.words["programme_route_words"] for word in split_words(text[at:end])):
        spaced = _SPACED_ROUTE.match(text, end, hi)     # …เชื่อมฝั่งทะเล| อ่าวไทย - อันดามัน: the pair it links
        first = split_words(spaced.group(1))[0] if spaced else ""
        if first and first not in gaz.programme_stops and first not in gaz.words["programme_route_words"]:
            end = spaced.end(1)
        while (dash := _ROUTE_DASH.match(text, end, hi)) is not None:
            end = dash.end()
    return end


_SPACED_ROUTE = re.compile(r" ([ก-๙]+)(?= ?[-–] ?[ก-๙])")     # (not … สายสีชมพู| ช่วงแคราย - ลำสาลี: a section of it)


@functools.lru_cache(maxsize=4)
def _routed_rx(words: tuple[str, ...]) -> re.Pattern:
    """A route word glued after a name, with the places its dash joins (ช่วงมาบกะเบา - ชุมทางถนนจิระ)."""
    return re.compile(rf"((?:{'|'.join(sorted(words))})[ก-๙]+)(?=\s?[-–]\s?[ก-๙])")


def glued_rest_end(text: str, at: int, end: int, hi: int, gaz: Gazetteer) -> int:
    """Where a name that a stop word cut inside one glued run of Thai goes on: over the stop word and the
    rest of the run, when that rest is a few words with no stop but another inner one (…เครือข่ายในการแก้ไข
    บำบัดฟื้นฟูเด็กและเยาวชน, …คนหลังกำแพงเพื่อเพิ่มความสามารถในการ…), and no list word, province, agency or
    programme in them; ของ only after a name of its own (โครงการเป้าหมาย|ของไทย, โครงการสินเชื่อ|ของธนาคารรัฐ
    are kinds of project), ให้ not before a verb (…แห่งอนาคต|ให้เกิดการขยายตัว: a purpose).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "ภายใต้โครงการสนับสนุนโอกาสทางการศึกษาของเยาวชน ประจำปีงบประมาณ"
    >>> text[6:glued_rest_end(text, 13, 37, len(text), gaz)]
    'โครงการสนับสนุนโอกาสทางการศึกษาของเยาวชน'
    >>> text = "ภายใต้โครงการบูรณาการความร่วมมือเครือข่ายในการแก้ไขบำบัดฟื้นฟูเด็กและเยาวชน ประจำปีงบประมาณ"
    >>> text[6:glued_rest_end(text, 13, text.index("ในการ"), len(text), gaz)]
    'โครงการบูรณาการความร่วมมือเครือข่ายในการแก้ไขบำบัดฟื้นฟูเด็กและเยาวชน'
    >>> text = "โครงการสานพลังเครือข่ายของจังหวัดสุรินทร์ ได้"
    >>> text[:glued_rest_end(text, 7, 23, len(text), gaz)]
    'โครงการสานพลังเครือข่าย'
    """
    run = thai_run(text, end, hi)
    words = split_words(run) if run else ()
    if not words or words[0] not in gaz.words["programme_inner_stops"] or not 1 <= len(words) - 1 <= _GLUED_REST_WORDS:
        return end
    inner = gaz.words["programme_inner_stops"]
    if any(w in gaz.programme_stops and w not in inner or w in gaz.words["programme_list_breaks"] for w in words[1:]) \
            or "จังหวัด" in run or "โครงการ" in run or gaz.province_rx.search(run) or agency_head_in(run, gaz) \
            or any(word in run for word in gaz.programme_clause_words) \
            or (words[0] == "ของ" and len(split_words(text[at:end])) < PROGRAMME_MIN_WORDS) \
            or (words[0] == "ให้" and (word_tag(words[1]) or "").startswith("V")):
        return end
    return end + len(run)


def royal_titles_end(text: str, at: int, end: int, hi: int, gaz: Gazetteer) -> int:
    """A name that holds a royal's name goes on over the titles written after it, each after a space
    (…ศิลปาชีพในสมเด็จพระนางเจ้าสิริกิติ์| พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> text = "โครงการศิลปาชีพในสมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง และปัก"
    >>> text[:royal_titles_end(text, 7, 42, len(text), load_gazetteer())]
    'โครงการศิลปาชีพในสมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง'
    """
    if "สมเด็จพระ" not in text[at:end]:
        return end
    while end < hi and text[end] == " " and text.startswith(gaz.words["royal_titles_after"], end + 1):
        end = end + 1 + len(thai_run(text, end + 1, hi))
    return end


_GLOSS_BEFORE = re.compile(r" ?\([A-Za-z][^()\n]{0,40}\) ?")      # …จักรยานขาไถ (Balance Bike) เฉลิมพระเกียรติ
_CYCLE_AND_DAY = re.compile(r" ?\d{1,2} ?รอบ(?: \d{1,2} [ก-๙.]{3,12} ?\d{4})?")   # 6 รอบ 28 กรกฎาคม 2567


def royal_dedication_end(text: str, end: int, hi: int, gaz: Gazetteer) -> int:
    """A name goes on over its royal dedication (``royal_dedications`` in cues.yaml), the royal's names and titles
    written after it, and the occasion with its cycle and date.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "โครงการธนาคารโค-กระบือเพื่อเกษตรกร ตามพระราชดำริ ในพื้นที่"
    >>> text[:royal_dedication_end(text, 35, len(text), gaz)]
    'โครงการธนาคารโค-กระบือเพื่อเกษตรกร ตามพระราชดำริ'
    >>> text = ("โครงการจัดการแข่งขันจักรยานขาไถ (Balance Bike) เฉลิมพระเกียรติพระบาทสมเด็จพระเจ้าอยู่หัว "
    ...         "เนื่องในโอกาสพระราชพิธีมหามงคลเฉลิมพระชนมพรรษา 6 รอบ 28 กรกฎาคม 2567 ซึ่งการแข่งขัน")
    >>> text[:royal_dedication_end(text, 31, len(text), gaz)][31:]
    ' (Balance Bike) เฉลิมพระเกียรติพระบาทสมเด็จพระเจ้าอยู่หัว เนื่องในโอกาสพระราชพิธีมหามงคลเฉลิมพระชนมพรรษา 6 รอบ 28 กรกฎาคม 2567'
    >>> text = "โครงการพัฒนาเด็กในถิ่นทุรกันดารตามพระราชดำริ สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดา ฯ สยามบรมราชกุมารี ประจำปี"
    >>> text[:royal_dedication_end(text, 44, len(text), gaz)][44:]
    ' สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดา ฯ สยามบรมราชกุมารี'
    >>> text = "โครงการพัฒนาครู เพื่อเด็ก"
    >>> royal_dedication_end(text, 15, len(text), gaz)
    15
    """
    dedications = tuple(gaz.words["royal_dedications"])
    if not any(word in text[max(0, end - 40):end].rsplit(" ", 1)[-1] for word in dedications):
        at = end        # (…ถิ่นทุรกันดารตามพระราชดำริ: the name's glued run holds it already)
        gloss = _GLOSS_BEFORE.match(text, at, hi)
        at = gloss.end() if gloss else at
        at += text[at:at + 1] == " "
        if not text.startswith(dedications, at):
            return end
        end = at + len(thai_run(text, at, hi))
    royal = tuple(gaz.words["royal_name_openers"]) + tuple(gaz.words["royal_titles_after"])
    while end < hi and text[end] == " " and text.startswith(royal, end + 1):
        end = end + 1 + max(len(thai_run(text, end + 1, hi)), 1)
    if text.startswith(" ", end) and text.startswith(tuple(gaz.words["royal_occasions"]), end + 1):
        end = end + 1 + len(thai_run(text, end + 1, hi))
        cycle = _CYCLE_AND_DAY.match(text, end, hi)
        end = cycle.end() if cycle else end
    return end


def glossed_end(text: str, at: int, end: int, hi: int, gaz: Gazetteer) -> int:
    """A name that a stop word cut inside a glued run of Thai which a Latin gloss in brackets follows goes on to
    the gloss (…สู่ชุดของขวัญที่ระลึก|จากประเทศไทย (Gift of Thailand from Premium Herbal Product)): the gloss
    translates the whole name, so the name ends where the gloss opens.  The rest is a few words with no word of
    the sentence, no other programme and no agency in it (…ร่วมกับองค์การยูนิเซฟ (UNICEF) is a partner).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "1.โครงการพัฒนาผลิตภัณฑ์สมุนไพรสู่ชุดของขวัญจากประเทศไทย (Gift of Thailand) เน้น"
    >>> text[2:glossed_end(text, 9, 45, len(text), gaz)]
    'โครงการพัฒนาผลิตภัณฑ์สมุนไพรสู่ชุดของขวัญจากประเทศไทย'
    >>> text = "โครงการพัฒนาทักษะครูร่วมกับองค์การยูนิเซฟ (UNICEF) ในปี"
    >>> text[:glossed_end(text, 7, 20, len(text), gaz)]
    'โครงการพัฒนาทักษะครู'
    """
    run = thai_run(text, end, hi)
    if not run or not _LATIN_GLOSS.match(text, end + len(run), hi):
        return end
    rest = split_words(run)
    if len(rest) > _GLOSSED_REST_WORDS or "โครงการ" in run or agency_head_in(run, gaz) \
            or any(word in gaz.words["programme_list_breaks"] for word in rest):
        return end
    return end + len(run)



def latin_tail_end(text: str, at: int, end: int, hi: int, gaz: Gazetteer) -> int:
    """A name whose Thai is only a word or two of what it does (ผลิตดาวเทียม, นำร่อง, ฟรี) goes on over the
    Latin proper name a space parts from it, which is what names it (โครงการผลิตดาวเทียม Faraday Dragon,
    โครงการนำร่อง Sustainable Regenerative Maize), and over a Thai purpose that is its whole run
    (โครงการฟรี Safety Service เพื่อแรงงานปลอดภัย| การ…; one a stop word cuts is the sentence's).  A full
    Thai name keeps its end: a Latin name after it is most often its translation (…รองรับการลงทุน Vocational
    Education Upskill); so does one before a lone Latin word (โครงการวิจัย AI) or an organisation's name.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "ได้แก่ โครงการผลิตดาวเทียม Faraday Dragon ที่เป็นความร่วมมือ"
    >>> text[7:latin_tail_end(text, 14, 26, len(text), gaz)]
    'โครงการผลิตดาวเทียม Faraday Dragon'
    >>> text = "โครงการฟรี Safety Service เพื่อแรงงานปลอดภัย การเร่ง"
    >>> text[:latin_tail_end(text, 7, 10, len(text), gaz)]
    'โครงการฟรี Safety Service เพื่อแรงงานปลอดภัย'
    >>> text = "ผลักดันโครงการวิจัย AI และควอนตัม"
    >>> latin_tail_end(text, 14, 19, len(text), gaz)
    19
    """
    gap = _BEFORE_LATIN.match(text, end, hi)
    if gap is None or end <= at or not is_thai_letter(text[end - 1]) \
            or len(split_words(text[at:end])) >= PROGRAMME_MIN_WORDS:
        return end
    latin = LATIN_NAME.match(text, gap.end(), hi)
    name = latin.group("name") if latin else ""
    if len(re.findall(r"[A-Za-z]{2,}", name)) < 2 or gaz.agency_by_form(name) is not None:
        return end
    end = latin.end("name")
    if _PURPOSE.match(text, end, hi):
        purpose = open_name_end(text, end + 1, hi, gaz, gaz.programme_stops)
        end = purpose if not is_thai_letter(text[purpose:purpose + 1]) else end
    return end
