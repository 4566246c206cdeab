"""A name's shape: whether the words of an agency or programme name are a name's or a piece of a sentence.

Pure readings of a name and the text around it, applied to every mention by ``sanity.screen_names`` and read by
the mining tools (``tools/agency_name_shape.py``): no pronoun, determiner, negation or unnominalised sentence word
inside (:func:`clause_inside`), not cut mid-word (:func:`cut_mid_word`, :func:`cut_by_the_end`), not only the kind of
body (:func:`generic_body`), where a name stops and the sentence goes on (:func:`sentence_after_name`), a programme's
words that are a sentence (:func:`programme_sentence`), and the release's own longer name a piece belongs to
(:func:`name_broken_off`).

>>> from edugraph.loaders.gazetteer import load_gazetteer
>>> gaz = load_gazetteer()
>>> cut_mid_word("ร่วมกับกรมการพัฒนาชุมชน จังหวัด", 7, 21)
True
>>> cut_mid_word("ร่วมกับกรมการพัฒนาชุมชน จังหวัด", 7, 23)
False
>>> clause_inside("ทุกคน", gaz), clause_inside("จอมพระ", gaz)
(True, False)
>>> clause_inside("ผู้เข้ารับการฝึกอบรม", gaz, strict=True), clause_inside("พัฒนานิคม", gaz, strict=True)
(True, False)
"""
from __future__ import annotations

import re

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.words import (dictionary_words, is_thai_letter, open_name_end, sentence_word, split_words, word_of_a_name,
                                    word_tag)

# more letters than a word of a person's name has: the name ran into a sentence or an office
LONG_NAME_PART = 20

_BOUNDARY_LOOKAHEAD = 12      # characters of the text after a name that decide whether it is cut mid-word
_THAI = re.compile(r"[ก-๙]")
_SPACE = re.compile(r"\s+")
# pronouns (not เขา: a hill in place names), determiners and negation: no organisation's name holds them
_NOT_IN_NAMES = frozenset({"PDMN", "PNTR", "DIBQ", "DDBQ", "DDAN", "DDAC", "DIAC", "NEG"})
_NOT_IN_PLACE_NAMES = _NOT_IN_NAMES | {"JSBR", "JCRG", "XVAM", "XVBM", "XVAE", "XVMM", "XVBB"}
_VERB_TAGS = frozenset({"VACT", "VSTA", "XVAE", "XVBM", "XVAM", "XVMM", "XVBB"})
_JOINS = frozenset({"และ", "หรือ"})   # two names joined, or one name that joins two subjects


def cut_mid_word(text: str, start: int, end: int) -> bool:
    """Whether a name that the text spells in [start, end) stops inside a word: the text runs on
    with Thai letters and newmm puts no word boundary there, or the text itself ends on an
    unknown word."""
    if end >= len(text.rstrip()):
        last = split_words(text[start:end])[-1:] or ("",)
        return len(last[0]) >= 2 and last[0] not in dictionary_words() and word_tag(last[0]) in ("", None)
    if not _THAI.match(text[end]):
        return False
    # newmm drops the spaces of a spaced name (…ศิลปะ และวัฒนธรรม): count from after its last one
    start = max(start, max(text.rfind(" ", start, end), text.rfind("\u00a0", start, end)) + 1)
    stretch = text[start:min(len(text), end + _BOUNDARY_LOOKAHEAD)]
    at, boundaries = 0, set()
    for word in split_words(stretch):
        at += len(word)
        boundaries.add(at)
    return (end - start) not in boundaries


def cut_by_the_end(text: str, start: int, end: int, names=()) -> bool:
    """Whether the text itself stops inside a name (a page cut short): it ends right there, on a
    stray syllable (…นวัตกรรมกา) or on the start of a known name (กรมการพัฒนาชุม)."""
    if end < len(text.rstrip()) or not _THAI.match(text.rstrip()[-1:]):
        return False
    name = text[start:end]
    last = split_words(name)[-1:] or ("",)
    return len(last[0]) <= 2 or any(known.startswith(name) and len(known) > len(name) for known in names)


def clause_inside(body: str, gaz: Gazetteer, *, strict: bool = False) -> bool:
    """Whether a name's own words include a pronoun, a determiner, a negation or a sentence word
    that no nominaliser turns into a noun (ทุกคน, เป็นผู้มีบทบาท): a piece of a sentence, not a name.
    ``strict`` (the place names of districts and local governments): conjunctions and auxiliaries
    count too (เพื่อให้)."""
    previous = ""
    refused = _NOT_IN_PLACE_NAMES if strict else _NOT_IN_NAMES
    words = split_words(body.lstrip())      # บริษัท| บางจาก…: the name's first word opens it after the space
    for index, word in enumerate(words):
        if strict and index == 0 and word_tag(word) in gaz.not_place_tags:
            return True     # นายอำเภอ|ผู้เข้ารับการฝึกอบรม, นายอำเภอ|ทำได้: no place name opens so
        if index == 1 and words[0] in gaz.words["place_openers"] and word_of_a_name(words, 0, gaz):
            previous = word
            continue        # บาง|จาก, บาง|ใหญ่: the place opener's second syllable, whatever it means alone
        if len(word) >= (3 if strict else 2) and ((word_tag(word) in refused and not word_of_a_name(words, index, gaz))
                                                  or (word in gaz.name_stops and previous not in gaz.nominalisers
                                                      and not _purpose(words, index, gaz))):
            return True
        previous = word
    return False


def _purpose(words, index: int, gaz: Gazetteer) -> bool:
    """A word that opens a name's purpose before a nominalised phrase (สำหรับ|การให้บริการ), or a committee's remit
    (:func:`committee_remit_end`, the only reading that keeps a glued เกี่ยวกับ|แนวทาง in a name): part of the name."""
    if index + 1 >= len(words):
        return False
    if words[index] in gaz.words["committee_remit_links"] or words[index] in gaz.words["remit_links"]:
        return not sentence_word(words[index + 1], gaz)
    return words[index] in gaz.name_end_keep and words[index + 1].startswith(tuple(gaz.nominalisers))


def without_spaced_tail(body: str, gaz: Gazetteer) -> str:
    """A name's body without the word after its last space that still belongs to the name
    (``spaced_name_tails``: ...ภูบดินทร์ ในพระบรมราชูปถัมภ์), whose ใน is no clause particle."""
    at = body.rfind(" ")
    return body[:at] if at >= 0 and gaz.spaced_name_tail_rx.fullmatch(body, at) else body


def short_form_of(name: str, head: str, gaz: Gazetteer):
    """The one named agency of a closed head that an open name is the start of (กระทรวงดิจิทัล,
    กระทรวงทรัพยากรธรรมชาติ, กระทรวงการอุดมศึกษา), or None.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> short_form_of("กระทรวงดิจิทัล", "กระทรวง", load_gazetteer()).name
    'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม'
    >>> short_form_of("กระทรวงการ", "กระทรวง", load_gazetteer()) is None      # the start of several
    True
    """
    if len(name) < len(head) + 4:
        return None
    rest = name.replace(" ", "")[len(head):]
    starts = {entry.name: entry for tail, entry, official in gaz.names_after_head(head)
              if official and tail.startswith(rest) and len(tail) > len(rest)}
    return next(iter(starts.values())) if len(starts) == 1 else None


def generic_body(body: str, generic_words) -> bool:
    """Whether a name's own words only say what kind of body it is (บริการ, ประสานงาน, แห่งชาติ),
    joined by และ/หรือ: ศูนย์บริการ is any service centre, not one of them.

    >>> generic_body("ประสานงาน", {"ประสานงาน"}), generic_body("ค่าจ้าง", {"ประสานงาน"})
    (True, False)
    >>> generic_body("บริการสำหรับการทดสอบเทคโนโลยี", {"บริการ"})
    True
    """
    if body.strip() in generic_words:       # a kind the tokenizer splits (ตำรวจ|ตระเวน|ชายแดน)
        return True
    words = [w for w in split_words(body) if w.strip()]
    if "สำหรับ" in words:      # ศูนย์บริการ|สำหรับการทดสอบ...: a kind of centre and what it is for
        words = words[:words.index("สำหรับ")]
    return bool(words) and all(w in generic_words or w in _JOINS for w in words)


def sentence_after_name(name: str, head: str, gaz: Gazetteer, known_names=frozenset()) -> int | None:
    """Where an open name stops being a name and the sentence goes on, or None:

    - after a name the gazetteer or the same release knows, at a word that carries the sentence on
      (กรมบัญชีกลาง|สร้างการรับรู้, สำนักงานอัยการสูงสุด|ไปประกอบ..., คณะกรรมการค่าจ้าง|ชุด);
    - before the words that carry the sentence on at its end (…แห่งชาติ|ครั้ง);
    - at เพื่อ followed by a verb (กองทุนฝนหลวง|เพื่อใช้), where a name's เพื่อ takes a noun
      (กองทุนเพื่อความเสมอภาค, สำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม);
    - at และ/หรือ followed by another agency's head (…ทางทะเลและชายฝั่ง|และกรมป่าไม้).
    """
    words = list(split_words(name))
    # newmm's dictionary knows many offices as one word (กรมบัญชีกลาง, สำนักงานอัยการสูงสุด)
    dictionary_name = words[0] if words and len(words[0]) > len(head) and words[0].startswith(head) \
        and words[0] in dictionary_words() else None
    for cut in range(len(name) - 1, len(head) + 1, -1):
        if gaz.agency_by_form(name[:cut]) is None and name[:cut] not in known_names and name[:cut] != dictionary_name:
            continue
        rest = split_words(name[cut:].strip())
        # …และ…, …แห่งประเทศไทย, …เพื่อการพัฒนา (เพื่อ + a verb is the last rule's)
        goes_on = rest and (rest[0] in _JOINS or rest[0].startswith("แห่ง") or rest[0] in gaz.name_end_keep)
        if rest and not goes_on and (rest[0] in gaz.known_name_tails or sentence_word(rest[0], gaz)):
            return cut
        break
    at = len(name)
    while len(words) > 1 and words[-1] in gaz.known_name_tails:      # …แห่งชาติ|ครั้ง ที่ 1/2566
        at -= len(words.pop())
    if at < len(name) and name[at - 1] != " ":
        return at
    words = list(split_words(name[len(head):]))
    if len(words) > 1 and words[-1] in _JOINS:
        return len(name) - len(words[-1])       # กรมโยธาธิการและผังเมือง|และ: cut before the list goes on
    at = len(head)
    for word, following in zip(words, words[1:]):
        if word == "เพื่อ" and at > len(head) and word_tag(following) in _VERB_TAGS:
            return at
        if word in _JOINS and at > len(head) + 2 and (opener := gaz.agency_rx.match(name, at + len(word))) \
                and gaz.family_head_form(opener.group()) is not None:
            return at       # two names run together: กรมทรัพยากรทางทะเลและชายฝั่ง|และกรมป่าไม้
        if word in _JOINS and at > len(head) + 2 and gaz.position_head_rx.match(following):
            return at       # สมาคมแม่บ้านมหาดไทย|และประธาน…: the list goes on with a person's office
        at += len(word)
    return None


def programme_sentence(body: str, words, gaz: Gazetteer) -> str | None:
    """Why a programme's words (after โครงการ) are a sentence about a project or a name cut short, or None.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> body = "รักษาเสถียรภาพราคาสุกรที่จะดำเนินการ"
    >>> programme_sentence(body, split_words(body), gaz)
    'a clause word inside (ที่จะ, เป็นไปตาม, ร้อยละ): a sentence about the project'
    >>> body = "บรรเทาอุทกภัยและบริหารจัดการน้ำพื้นที่"
    >>> programme_sentence(body, split_words(body), gaz)
    'ends on a word that waits for its place or object (พื้นที่, เชื่อม): the name is cut'
    >>> body = "ก่อสร้างอาคารอเนกประสงค์"
    >>> programme_sentence(body, split_words(body), gaz)
    'only a work and a common object (ก่อสร้าง|อาคารอเนกประสงค์): an activity, no named programme'
    >>> body = "จัดการศึกษาเชิงพื้นที่"         # เชิง makes พื้นที่ a modifier: area-based
    >>> programme_sentence(body, split_words(body), gaz) is None
    True
    >>> body = "พัฒนาท่าเรือแหลมฉบัง"
    >>> programme_sentence(body, split_words(body), gaz) is None
    True
    """
    bounds, at = {0}, 0
    for word in words:
        at += len(word)
        bounds.add(at)
    def whole(at: int, phrase: str) -> bool:
        return at in bounds and at + len(phrase) in bounds
    if any(whole(i, w) for w in gaz.programme_clause_words for i in _occurrences(body, w)):
        return "a clause word inside (ที่จะ, เป็นไปตาม, ร้อยละ): a sentence about the project"
    if any(body.startswith(w) and whole(0, w) for w in gaz.programme_clause_openers):
        return "the project is the subject of a verb (โครงการ|ตั้งเป้า…): a sentence"
    works = next((w for w in gaz.programme_works if body.startswith(w)), None)
    if works and body[len(works):] in gaz.programme_works_objects:
        return "only a work and a common object (ก่อสร้าง|อาคารอเนกประสงค์): an activity, no named programme"
    if any(body.endswith(w) and len(body) > len(w) and whole(len(body) - len(w), w)
           and not body[:-len(w)].endswith(gaz.programme_open_end_modifiers) for w in gaz.programme_open_ends):
        return "ends on a word that waits for its place or object (พื้นที่, เชื่อม): the name is cut"
    return None


def _occurrences(text: str, phrase: str):
    at = text.find(phrase)
    while at >= 0:
        yield at
        at = text.find(phrase, at + 1)


def name_broken_off(name: str, text: str, end: int, known_names) -> str | None:
    """The longer name of the same release that ``name`` (ending at ``end``) is a piece of: the text
    goes on with the rest after a line break or spaces (กรมป้องกันและบรรเทา⏎สาธารณภัย), or marks the
    shortening with ฯ (คณะกรรมการโคนมฯ after คณะกรรมการโคนมและผลิตภัณฑ์นม)."""
    longer = sorted((n for n in known_names if len(n) > len(name) + 1 and n.startswith(name)), key=len)
    if not longer:
        return None
    after = _SPACE.sub("", text[end:end + 80])
    return next((n for n in longer if after.startswith(_SPACE.sub("", n[len(name):]))), None) \
        or (longer[0] if after.startswith("ฯ") else None)


def committee_remit_end(text: str, start: int, end: int, limit: int, gaz: Gazetteer, refused: tuple = (), *,
                        committee: bool = True) -> int:
    """Where a committee's name ends when a connective glued to it carries its remit on (คณะอนุกรรมการรับฟัง
    ความคิดเห็นของประชาชน|เกี่ยวกับแนวทางในการทำประชามติ): the remit is read on as a name of its own, kept when
    it opens like one.  Not when it opens with a word that never opens the committee's name (``refused``, its
    family's ``not_after``: ...ใน|ระดับจังหวัด), a word that frames the sentence (``committee_remit_frames``:
    ...ใน|คราวประชุม), another body's head (ฝ่ายไทย|ใน|คณะกรรมการบริหาร...) or, after ใน, a verbal noun
    (...ใน|การประชุม); nor when it ends on a stop word (...เกี่ยวกับ|การให้): a clause, cut.  Only a glued connective counts: written after a space it opens the sentence.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> from edugraph.loaders import agencies
    >>> gaz = load_gazetteer()
    >>> [m.name for m in agencies.find_agencies("ภายใต้คณะกรรมการส่งเสริมการจัดการศึกษาในสถานที่ควบคุม และ", gaz)]
    ['คณะกรรมการส่งเสริมการจัดการศึกษาในสถานที่ควบคุม']
    >>> [m.name for m in agencies.find_agencies("คณะกรรมการส่งเสริมการจัดการศึกษาในการประชุม", gaz)]
    ['คณะกรรมการส่งเสริมการจัดการศึกษา']
    >>> [m.name for m in agencies.find_agencies("ต่อคณะกรรมการบริหารโครงการในระดับจังหวัด", gaz)]
    ['คณะกรรมการบริหารโครงการ']

    Any other open name carries its remit on over a glued ว่าด้วย or แก่ (``remit_links``: a secretariat of a
    convention, an office or a foundation named for whom it serves):

    >>> [m.name for m in agencies.find_agencies("กับมูลนิธิเผยแพร่พระพุทธศาสนาแก่ชนถิ่นกันดาร ในพระราชูปถัมภ์ สมเด็จพระศรีนครินทราบรมราชชนนี จัด", gaz)]
    ['มูลนิธิเผยแพร่พระพุทธศาสนาแก่ชนถิ่นกันดาร ในพระราชูปถัมภ์ สมเด็จพระศรีนครินทราบรมราชชนนี']
    >>> [m.name for m in agencies.find_agencies("ผู้อำนวยการสำนักงานช่วยเหลือทางการเงินแก่ผู้เสียหายและจำเลยในคดีอาญา และนาง", gaz)]
    ['สำนักงานช่วยเหลือทางการเงินแก่ผู้เสียหายและจำเลยในคดีอาญา']
    """
    if not committee and "แห่ง" in text[start:end]:
        return end      # (…แห่งสหพันธ์สาธารณรัฐเยอรมนี|ว่าด้วยความร่วมมือ…: named whose it is, the rest is an agreement's)
    links = gaz.words["committee_remit_links" if committee else "remit_links"]
    while start < end < limit and is_thai_letter(text[end - 1]):
        link = next((w for w in links if text.startswith(w, end)), None)
        links = gaz.words["committee_remit_links"] + links     # (…จำเลย|ในคดีอาญา: a remit read on goes on as a committee's)
        if link is None:
            break
        remit = end + len(link)
        more = open_name_end(text, remit, limit, gaz)
        first = split_words(text[remit:more])[0] if more > remit else ""
        if more - remit < 4 or sentence_word(first, gaz) or first in refused or gaz.family_head_form(first) \
                or text.startswith(tuple(gaz.words["committee_remit_frames"]), remit) \
                or split_words(text[remit:more])[-1] in gaz.name_stops \
                or (link == "ใน" and first.startswith(tuple(gaz.nominalisers))):
            break
        end = more
    return end


def every_one_of_a_kind(name: str, text: str, end: int, gaz: Gazetteer) -> bool:
    """Whether an open name, or the words right after it, say every or some body of its kind (สำนักงานสรรพากร
    ทุกแห่ง, สำนักงานบังคับคดี|ทั่วประเทศ, มหาวิทยาลัยออสเตรเลียบางแห่ง; ``kind_quantifiers`` in cues.yaml): no
    one body is named.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "ได้ที่สำนักงานบังคับคดีทั่วประเทศ และกรมบังคับคดีอยู่ทั่วประเทศ"
    >>> every_one_of_a_kind("สำนักงานบังคับคดีทั่วประเทศ", text, 33, gaz), every_one_of_a_kind("สำนักงานสรรพากรทุกแห่ง", "", 0, gaz)
    (True, True)
    >>> every_one_of_a_kind("สำนักงานบังคับคดี", text, 23, gaz), every_one_of_a_kind("โรงเรียนบ้านแห่ง", "", 0, gaz)
    (True, False)
    """
    quantifiers = tuple(gaz.words["kind_quantifiers"])
    if name.endswith(quantifiers) and split_words(name)[-1] in quantifiers:
        return True
    after = text[end:end + 20].lstrip(" \u00a0")
    return after.removeprefix("อยู่").lstrip(" ").startswith(quantifiers)


def named_after_a_village(words) -> bool:
    """Whether an open name's body ends on its village's name (กลุ่มเพาะเห็ด|บ้าน|ท่า|ช้าง, การเงินชุมชน|บ้าน|ไชย|สถาน):
    a community body named so is one body, whatever common noun opens it (สถาบันการเงิน, กลุ่ม...).

    >>> named_after_a_village(("กลุ่ม", "เพาะ", "เห็ด", "บ้าน", "ท่า", "ช้าง")), named_after_a_village(("การเงิน", "บ้าน"))
    (True, False)
    """
    return "บ้าน" in words[1:-1]
