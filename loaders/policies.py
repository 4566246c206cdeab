"""Policies named in Thai: ``นโยบาย...`` whose name the release glosses in English in brackets
(นโยบายการใช้คลาวด์เป็นหลัก (Go Cloud First Policy), นโยบายคนไทยห่างไกลโรคไม่ติดต่อเรื้อรัง (NCDs)).  A policy that
is only described (นโยบายของรัฐบาล, นโยบายการพิทักษ์รักษา…: DECISIONS d-list #19) has no such gloss: of the
นโยบาย+Thai phrases in the development sets, about one in fifteen is a programme, and the glossed ones are.
An acronym written bare after one is as often its object (นโยบายการสนับสนุนรถ EV, …ไวรัส HPV): no mark.
A policy whose name the release quotes (นโยบาย “ชุมชน คน ป่า อยู่ร่วมกันได้”) is named by the quotes: seven of the
eight in the development sets are gold programmes under the quoted name; the eighth quotes whose policy it is
(นโยบาย "อนุทิน"), a single word."""
from __future__ import annotations

import re

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.mentions import ProgrammeMention
from edugraph.loaders.words import (agency_head_in, is_thai_letter, open_name_end, opens_name, split_words, thai_run,
                                    word_tag)

_POLICY_THAI = re.compile(r"นโยบาย(?=[ก-๙])")
_GLOSS_NEAR = re.compile(r" \([A-Za-z]")
_NAME_MAX = 200             # characters: a name and its runs before the gloss
_GLOSS = re.compile(r" \((?=[A-Za-z])")                                     # … (Go Cloud First Policy)
# (a closing “ is a typo seen; นโยบายรัฐบาล “ตลาดนำ นวัตกรรมเสริม เพิ่มรายได้”: the government's, named by the quotes)
_QUOTED = re.compile(r"นโยบาย(?:ของ)?(?:รัฐบาล)?\s?[“\"](?P<name>[^”\"“\n]{4,80})[”\"“]")
# ‘นโยบายการทูตเศรษฐกิจเชิงรุก’: the writer quotes the policy with its head, which names it as a whole
_QUOTED_WHOLE = re.compile(r"[“‘\"](?P<name>นโยบาย[^”’‘“\"\n]{4,80})[”’\"]")
# นโยบาย 30@30, นโยบาย ๘ มิติยกกำลังสอง: a name that opens with its number (not นโยบาย 4 ข้อ, …3 แนวทาง: a count)
_NUMBERED = re.compile(r"นโยบาย (?P<number>[0-9๐-๙][0-9๐-๙A-Za-z@.%/]*)(?= |$)")
_BARE_NUMBER = re.compile(r"[0-9๐-๙.,]+")
_RUNS_MAX = 3               # space-parted runs of one name (…ความปลอดภัยของผู้ป่วย บุคลากรสาธารณสุข และประชาชน)
_MIN_WORDS = 3              # นโยบายการท่องเที่ยว (High Value…) names a field, not one policy


def find_glossed_policies(text: str, gaz: Gazetteer, lo: int, hi: int) -> list[ProgrammeMention]:
    """``นโยบาย`` + a Thai name of a few runs, right before an English gloss in brackets (left out of the name).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "ขับเคลื่อนตามนโยบายการใช้คลาวด์เป็นหลัก (Go Cloud First Policy) ของรัฐบาล"
    >>> [m.name for m in find_glossed_policies(text, gaz, 0, len(text))]
    ['นโยบายการใช้คลาวด์เป็นหลัก']
    >>> text = "ในการขับเคลื่อนนโยบายคนไทยห่างไกลโรคไม่ติดต่อเรื้อรัง (NCDs) ด้วยกลไก อสม."
    >>> [m.name for m in find_glossed_policies(text, gaz, 0, len(text))]
    ['นโยบายคนไทยห่างไกลโรคไม่ติดต่อเรื้อรัง']
    >>> text = "ตามนโยบายของรัฐบาล (Government Policy) และนโยบายส่งเสริมอุตสาหกรรม โดยตั้งเป้าหมาย EV"
    >>> find_glossed_policies(text, gaz, 0, len(text))
    []
    >>> text = "ตามนโยบายรัฐบาลโดยเฉพาะนโยบายเร่งด่วน (Quick Win) และคณะกรรมการนโยบายเขตพัฒนาพิเศษภาคตะวันออก (EEC)"
    >>> find_glossed_policies(text, gaz, 0, len(text))
    []
    """
    out = []
    for match in _POLICY_THAI.finditer(text, lo, hi):
        if not _GLOSS_NEAR.search(text, match.end(), min(hi, match.end() + _NAME_MAX)):
            continue        # (most นโยบาย have no gloss near: the cheap test first)
        end = _name_end(text, match.end(), hi, gaz)
        if end is None:
            continue
        run_start = match.start()
        while run_start > max(lo, match.start() - 40) and is_thai_letter(text[run_start - 1]):
            run_start -= 1
        before = split_words(text[run_start:match.start()]) if run_start < match.start() else ()
        if before and gaz.family_head_form(before[-1]) is not None:
            continue        # คณะกรรมการนโยบายเขตพัฒนาพิเศษภาคตะวันออก (EEC): a body's name
        name = text[match.start():end]
        out.append(ProgrammeMention(match.start(), end, name, name, name))
    return out


def _name_end(text: str, at: int, hi: int, gaz: Gazetteer) -> int | None:
    """Where the Thai name after นโยบาย ends, when a gloss follows it; None otherwise."""
    pos, words = at, []
    for _ in range(_RUNS_MAX):
        run = thai_run(text, pos, hi)
        run_words = split_words(run) if run else ()
        if pos > at and not (run_words and (run_words[0] in ("และ", "หรือ") or (word_tag(run_words[0]) or "N")[:1] == "N")):
            return None     # a later run that is no listed noun (…อย่างเป็นรูปธรรม| สอดคล้องกับ…) is the sentence's
        if not run_words or "นโยบาย" in run or any(w in gaz.words["programme_list_breaks"] or w in gaz.programme_clause_words
                                or (word_tag(w) or "") in ("XVAM", "XVMM", "XVBM") for w in run_words):
            return None
        words += run_words
        pos += len(run)
        if _GLOSS.match(text, pos, hi):
            ok = len(words) >= _MIN_WORDS and opens_name(words[0], gaz, proper=False) \
                and not text.startswith(gaz.programme_not_after, at)
            return pos if ok else None
        if text[pos:pos + 1] != " ":
            return None
        pos += 1
    return None


def find_quoted_policies(text: str, gaz: Gazetteer, lo: int, hi: int) -> list[ProgrammeMention]:
    """``นโยบาย “X”``: X, of more than one word, is the programme's name; not where the quotes hold whose policy
    it is (นโยบาย “รมว.เอกนัฏ”, "อนุทิน") nor after a word that makes นโยบาย a statement or a proposal
    (``policy_statement_words`` in programmes.yaml: การแถลงนโยบาย "…", ข้อเสนอเชิงนโยบาย “…”).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = 'เพื่อให้เป็นไปตามนโยบาย “ชุมชน คน ป่า อยู่ร่วมกันได้“ พร้อมทั้ง ตามนโยบาย "อนุทิน" ทุกโรงเรียน'
    >>> [m.name for m in find_quoted_policies(text, gaz, 0, len(text))]
    ['ชุมชน คน ป่า อยู่ร่วมกันได้']
    >>> text = 'ตามนโยบาย “รมว.เอกนัฏ” ปฏิรูป และร่างข้อเสนอเชิงนโยบาย “หลักการในการป้องกันขยะอาหาร”'
    >>> find_quoted_policies(text, gaz, 0, len(text))
    []

    The quotes may also hold the head (‘นโยบายการทูตเศรษฐกิจเชิงรุก’, “นโยบาย 4 ข้อ ขับเคลื่อนใน 3 แนวทาง…”):
    the whole quoted stretch is the name, unless it is whose policy it is or more than one (“นโยบายกระทรวง
    สาธารณสุข ด้านคนพิการ”, “นโยบายและทิศทาง…”), or a talk's title (``policy_topic_words``: หัวข้อ “…”).

    >>> text = ("รัฐบาลมุ่งขับเคลื่อน ‘นโยบายการทูตเศรษฐกิจเชิงรุก’ เน้นรักษาตลาดเดิม และ “นโยบายกระทรวงสาธารณสุข ด้านคนพิการ”"
    ...         " ปาฐกถาพิเศษ ในหัวข้อ “นโยบายการส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ”")
    >>> [m.name for m in find_quoted_policies(text, gaz, 0, len(text))]
    ['นโยบายการทูตเศรษฐกิจเชิงรุก']
    """
    out = []
    statements = tuple(gaz.words["policy_statement_words"])
    owners = tuple(gaz.words["personal_offices"])
    topics = tuple(gaz.words["policy_topic_words"])
    for match in _QUOTED.finditer(text, lo, hi):
        name = match.group("name").strip()
        if len(split_words(re.sub(r"[^ก-๙]", "", name))) + len(re.findall(r"[A-Za-z0-9]+", name)) < 2 \
                or name.startswith(owners) or gaz.title_rx.match(name) or text.endswith(statements, lo, match.start()) \
                or name.startswith("การ"):     # (“การให้บริการฉีดวัคซีน…”: an action described, no name)
            continue
        out.append(ProgrammeMention(match.start("name"), match.start("name") + len(name), name, name, name))
    for match in _QUOTED_WHOLE.finditer(text, lo, hi):
        name = match.group("name").strip()
        rest = name[len("นโยบาย"):].strip()
        before = text[max(lo, match.start() - 20):match.start()].rstrip()
        if rest.startswith(("และ", "ของ")) or agency_head_in(rest, gaz) or before.endswith(statements + topics) \
                or len(split_words(re.sub(r"[^ก-๙]", "", rest))) + len(re.findall(r"[A-Za-z0-9]+", rest)) < 2:
            continue
        out.append(ProgrammeMention(match.start("name"), match.start("name") + len(name), name, name, name))
    return out


def find_numbered_policies(text: str, gaz: Gazetteer, lo: int, hi: int) -> list[ProgrammeMention]:
    """``นโยบาย`` + a name that opens with a number: the number alone where it is more than digits (30@30) and a
    sentence word follows; else with the Thai run after it, where that run goes on past its first word (๘ มิติ|
    ยกกำลังสอง).  A run of one word counts the policy's parts (นโยบาย 4 ข้อ, นโยบาย 3 แนวทาง 2 รูปแบบ), and a
    Latin word after the number is left to the Latin finders (นโยบาย 3P Safety).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "หรือเรียกว่านโยบาย 30@30 ดังนั้น และกำหนดนโยบาย ๘ มิติยกกำลังสองขึ้น โดยมิติที่ ๕"
    >>> [m.name for m in find_numbered_policies(text, gaz, 0, len(text))]
    ['นโยบาย 30@30', 'นโยบาย ๘ มิติยกกำลังสอง']
    >>> text = "แนวทางขับเคลื่อน 4 นโยบาย 3 แนวทาง 2 รูปแบบ และ “นโยบาย 4 ข้อ ขับเคลื่อน” นโยบาย 3P Safety"
    >>> find_numbered_policies(text, gaz, 0, len(text))
    []
    """
    out = []
    for match in _NUMBERED.finditer(text, lo, hi):
        if gaz.recurring_programme_rx.match(text, match.start("number")):
            continue        # นโยบาย 30 บาทรักษาทุกที่: a mined name, which its own finder reads whole
        after = match.end() + 1
        words = split_words(thai_run(text, after, min(hi, after + 60)))
        if len(words) >= 2 and (word_tag(words[0]) or "N")[:1] in ("N", "C"):
            end = open_name_end(text, after, hi, gaz, gaz.programme_stops)
            if len(split_words(text[after:end])) < 2:
                continue
        elif _BARE_NUMBER.fullmatch(match.group("number")) or re.match(r"[A-Za-z]", text[after:after + 1]) \
                or words and (word_tag(words[0]) or "")[:1] != "J":
            continue
        else:
            end = match.end()       # …30@30| ดังนั้น: a conjunction goes on with the sentence
        name = text[match.start():end]
        out.append(ProgrammeMention(match.start(), end, name, name, name))
    return out
