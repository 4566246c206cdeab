"""Agencies a release names in full and glosses in brackets: an acronym, ``ชื่อเต็ม (ชื่อย่อ.)``, or the body's
English name, ``ชื่อไทย (English Name: ACRONYM)``.

A name whose head is too common to open a name on its own (องค์การ, บรรษัท,
กองบังคับการ: cues.yaml's ``acronym_heads``) is a name where the release defines
its acronym right after it, the acronym's first letter opening the name or the word
after its head and its other letters following in the name, in order (อพท. = องค์การ|
บริหาร|การ|พัฒนา|พื้นที่|พิเศษ|เพื่อ|การ|ท่องเที่ยว...; ปคบ. = กองบังคับการ|ปราบปราม|...|
คุ้มครอง|ผู้บริโภค skips the head).  The name runs from the head to the bracket, never over a
space; a group noun (องค์กรปกครองส่วนท้องถิ่น (อปท.)) names a kind of body, not one.

>>> from edugraph.loaders.gazetteer import load_gazetteer
>>> gaz = load_gazetteer()
>>> [m.name for m in acronym_names("ระหว่าง องค์การบริหารการพัฒนาพื้นที่พิเศษเพื่อการท่องเที่ยวอย่างยั่งยืน (อพท.) และ", gaz, [])]
['องค์การบริหารการพัฒนาพื้นที่พิเศษเพื่อการท่องเที่ยวอย่างยั่งยืน']
>>> [m.name for m in acronym_names("กองบังคับการปราบปรามการกระทำความผิดเกี่ยวกับการคุ้มครองผู้บริโภค (ปคบ.)", gaz, [])]
['กองบังคับการปราบปรามการกระทำความผิดเกี่ยวกับการคุ้มครองผู้บริโภค']
>>> [m.name for m in acronym_names("ตามที่องค์การอนามัยโลกกำหนดแนวทาง (กขค.) ไว้", gaz, [])]
[]
>>> [m.name for m in acronym_names("ส่วนภูมิภาค และองค์กรปกครองส่วนท้องถิ่น (อปท.) ซึ่ง", gaz, [])]
[]

A foreign body is mostly written in Thai once with its English name in brackets (หอการค้าสหรัฐฯ (U.S. Chamber
of Commerce: USCC)): where the English names an organisation (cues.yaml ``gloss_body_nouns``: Council, Chamber,
Agency ...), the Thai before it is the body's name from a head (``acronym_heads`` or an open family's) that
starts the run or follows a glue word (ให้แก่, ร่วมกับ ...) or an action verb (ได้เปิด|ศูนย์...): :func:`glossed_names`.
"""
from __future__ import annotations

import re

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.words import is_thai_letter, open_name_end, split_words, word_tag

_GLOSS = re.compile(r"\s?\(\s?(?P<english>[A-Z][^()\n\u0e00-\u0e7f]{2,100}?)"
                    r"(?:\s?[:\-–]\s?(?P<acronym>[A-Z][A-Za-z]{1,9}))?\s?\)")
_LATIN_ACRONYM = re.compile(r"[A-Z][A-Za-z]?[A-Z][A-Za-z]{0,6}")
_NAME_JOINTS = "ฯ-–"       # inside a foreign body's Thai name: สหรัฐฯ, สเปน–ไทย, สหรัฐฯ-อาเซียน
_ACRONYM = re.compile(r"\s?\(\s?((?:[ก-ฮ]{1,4}\.){1,5}|[ก-ฮ]{2,6})\s?\)")
_LEADING_VOWELS = "เแโใไ"
_LONGEST = 90


def _initial(word: str) -> str:
    return next((ch for ch in word if "ก" <= ch <= "ฮ" and ch not in _LEADING_VOWELS), "")


def _spells(letters: str, name: str, head: str) -> bool:
    """Whether ``letters`` open the name or the word after its head (an acronym may skip a generic
    head) and the rest are letters of the name after that, in order (บสย. = บรรษัท|ประกัน|สินเชื่อ|
    ...|ขนาดย่อม)."""
    after = name[len(head):]
    if len(letters) < 2 or not after:
        return False
    if letters[0] == _initial(name):
        rest = name[name.index(letters[0]) + 1:]
    elif letters[0] == _initial(split_words(after)[0]):
        rest = after[after.index(letters[0]) + 1:]
    else:
        return False
    return _in_order(letters[1:], rest)


def _in_order(letters: str, rest: str) -> bool:
    """Whether ``letters`` stand in ``rest`` in their order (not necessarily together)."""
    at = 0
    for letter in letters:
        at = rest.find(letter, at) + 1
        if at == 0:
            return False
    return True


def _run_start(text: str, end: int, joints: str = "") -> int:
    """Where the run of Thai letters (and ``joints``) that ends at ``end`` starts, at most ``_LONGEST`` back."""
    lo = end
    while lo > max(0, end - _LONGEST) and (is_thai_letter(text[lo - 1]) or text[lo - 1] in joints):
        lo -= 1
    return lo


def acronym_names(text: str, gaz: Gazetteer, found: list[AgencyMention]) -> list[AgencyMention]:
    """Agencies named before an acronym they are given, where no mention in ``found`` covers them."""
    heads = gaz.words["acronym_heads"]
    out = []
    for paren in _ACRONYM.finditer(text):
        end = paren.start()
        known = gaz.agency_by_form(paren.group(1))
        if any(m.start < end <= m.end for m in found) or (known is not None and not known.mined):
            continue        # (a release's own definition wins over a name mined from other releases)
        lo = _run_start(text, end)
        at = lo
        for word in split_words(text[lo:end]):
            head = max((h for h in heads if text.startswith(h, at, end)), key=len, default=None)
            if head and _spells(paren.group(1).replace(".", ""), text[at:end], head) \
                    and text[at:end] not in gaz.words["group_nouns"]:     # องค์กรปกครองส่วนท้องถิ่น (อปท.): a kind
                out.append(AgencyMention(at, end, text[at:end], text[at:end], "other",
                                         abbreviations=[paren.group(1)]))
                break
            at += len(word)
    return out


def _spelled_by_words(letters: str, name: str) -> bool:
    """Whether a word of ``name`` opens with the acronym's first letter and its other letters follow in
    order (ป.ย.ป. = ...การ|ปฏิรูป...|ยุทธศาสตร์...|ปรองดอง: an acronym may skip the first words)."""
    if len(letters) < 2:
        return False
    name, at = name.replace(" ", "").replace("\u00a0", ""), 0
    for word in split_words(name):
        if _initial(word) == letters[0]:
            return _in_order(letters[1:], name[name.index(letters[0], at) + 1:])
        at += len(word)
    return False


def _without_join(chunk: str) -> str:
    return chunk[len("และ"):] if chunk.startswith("และ") else chunk[len("หรือ"):] if chunk.startswith("หรือ") else chunk


_PERSON_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|H\.\s?E|Pol|Gen|Lt|Col|Maj|Capt|Adm|Sir|Dato|Datuk)\b")
_SPACED_CHUNK = re.compile(r"[ \u00a0]([\u0e01-\u0e4e]{2,60})")


def names_closed_by_acronym(text: str, gaz: Gazetteer, found: list[AgencyMention]) -> list[AgencyMention]:
    """Names that go on over spaces up to the acronym the release gives them, from a mention in ``found`` that
    stops at the first space (สำนักงานขับเคลื่อนการปฏิรูปประเทศ| ยุทธศาสตร์ชาติ และการสร้างความสามัคคีปรองดอง
    (ป.ย.ป.)): the acronym's letters must need the words after the space (ย, ป of ป.ย.ป. are not in the
    mention), and no word after it may be one that stops a name or opens a clause (a sentence going on).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> from edugraph.loaders.agencies import find_agencies
    >>> gaz = load_gazetteer()
    >>> text = "มอบหมายให้สำนักงานพัฒนาการเรียนรู้ สร้างสรรค์ (สพส.) เป็น"
    >>> [m.name for m in names_closed_by_acronym(text, gaz, find_agencies(text, gaz))]
    ['สำนักงานพัฒนาการเรียนรู้ สร้างสรรค์']

    (A spaced list closed by และ before its short form, as ป.ย.ป.'s, is whole already: ``spaced_names``.)
    >>> text = "ร่วมกับสถาบันการศึกษาไทย สำนักงานส่งเสริมเศรษฐกิจสร้างสรรค์ (สศส.) จัด"     # two bodies
    >>> names_closed_by_acronym(text, gaz, find_agencies(text, gaz))
    []
    >>> text = "โดยกรมอนามัย ลงพื้นที่ร่วมกับสมาคมกีฬา (กอส.) เพื่อ"
    >>> names_closed_by_acronym(text, gaz, find_agencies(text, gaz))
    []
    """
    out = []
    stops, cutters = gaz.name_stops, tuple(gaz.words["name_cutters"])
    heads, ranks = tuple(gaz.family_heads_longest_first), tuple(gaz.words["rank_prefixes"])
    for mention in found:
        if mention.entry is not None or not mention.name or mention.holder or mention.end >= len(text) \
                or text[mention.end] not in " \u00a0" or mention.family is None or mention.family.slot != "open":
            continue
        end, chunks = mention.end, []
        for _ in range(4):
            chunk = _SPACED_CHUNK.match(text, end)
            if chunk is None:
                break
            words = split_words(chunk.group(1))
            if chunk.group(1).startswith(cutters + ranks) or any(w in stops for w in words) \
                    or _without_join(chunk.group(1)).startswith(heads) or gaz.name_cutter_rx.search(chunk.group(1)):
                break       # the sentence goes on, a person or another body's name opens (…ณ กรุงมอสโก| สำนักงาน…)
            chunks.append(chunk.group(1))
            end = chunk.end()
            gloss = _GLOSS.match(text, end)
            if gloss is not None and len(chunks) <= 2 and gaz.gloss_body_noun_rx.search(gloss.group("english")) \
                    and not _PERSON_TITLE.match(gloss.group("english")):
                # (Al-Azhar University): the English says the Thai before it is a body's whole name
                acronym = gloss.group("acronym")
                out.append(AgencyMention(mention.start, end, text[mention.start:end],
                                         mention.name + " " + " ".join(chunks), mention.kind, family=mention.family,
                                         abbreviations=[acronym] if acronym else []))
                break
            paren = _ACRONYM.match(text, end)
            if paren is None:
                continue
            letters = paren.group(1).replace(".", "")
            name = mention.name + " " + " ".join(chunks)
            # the acronym needs the words after the space, and the mention's too: (อพม.) after มูลนิธิX| อาสาสมัคร
            # พัฒนาสังคมและความมั่นคงของมนุษย์ is the volunteers' own
            if _spelled_by_words(letters, name) and not _spelled_by_words(letters, mention.name) \
                    and not _spelled_by_words(letters, " ".join(chunks)) \
                    and gaz.agency_by_form(paren.group(1)) is None:
                out.append(AgencyMention(mention.start, end, text[mention.start:end], name, mention.kind,
                                         family=mention.family, abbreviations=[paren.group(1)]))
            break
    return out


def glossed_names(text: str, gaz: Gazetteer, found: list[AgencyMention]) -> list[AgencyMention]:
    """Agencies written in Thai before their English name in brackets, where no mention in ``found`` covers them.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> [(m.name, m.abbreviations) for m in glossed_names(
    ...     "ร่วมหารือกับหอการค้าสหรัฐฯ (U.S. Chamber of Commerce: USCC) และ", gaz, [])]
    [('หอการค้าสหรัฐฯ', ['USCC'])]
    >>> [m.name for m in glossed_names("มอบเงินให้แก่สภาเสี้ยววงเดือนแดงของอียิปต์ (Egyptian Red Crescent) เพื่อ", gaz, [])]
    ['สภาเสี้ยววงเดือนแดงของอียิปต์']
    >>> [m.name for m in glossed_names("และ องค์การพัฒนาพลังงานและเทคโนโลยีอุตสาหกรรมใหม่ (NEDO) ยังได้", gaz, [])]
    ['องค์การพัฒนาพลังงานและเทคโนโลยีอุตสาหกรรมใหม่']
    >>> [m.name for m in glossed_names("การนำระบบธนาคารหน่วยกิต (Credit Bank) มาใช้", gaz, [])]
    []
    >>> [m.name for m in glossed_names("เครือข่ายและลงนามบันทึกข้อตกลง (MOU) โครงการ", gaz, [])]
    []
    """
    heads, nouns, acronyms = gaz.gloss_heads, gaz.gloss_body_noun_rx, gaz.words["acronym_heads"]
    out = []
    for paren in _GLOSS.finditer(text):
        end = paren.start()
        english = paren.group("english").strip()
        bare = _LATIN_ACRONYM.fullmatch(english) is not None      # (NEDO): no noun says it is a body
        if not (bare or nouns.search(english)) or any(m.start < end <= m.end for m in found):
            continue
        lo = _run_start(text, end, _NAME_JOINTS)
        while lo < end and not is_thai_letter(text[lo]):
            lo += 1
        at, previous, of_a_body = lo, "", False
        for word in split_words(text[lo:end]):
            head = max((h for h in heads if text.startswith(h, at, end)), key=len, default=None)
            if head and text.startswith(heads, at + len(head)):
                of_a_body = True        # คณะ|สภาผู้ส่งออก...: a delegation of the body named next
                at += len(word)
                continue
            if head and (at == lo or of_a_body or gaz.glue_rx.search(text, lo, at)
                         or previous in gaz.words["glue_words"] or word_tag(previous) == "VACT") \
                    and end - at > len(head) + 1 \
                    and text[at:end] not in gaz.words["group_nouns"] \
                    and not (bare and (head not in acronyms or open_name_end(text, at + len(head), end, gaz) < end)):
                    # a bare acronym glosses a body only after a head of a body's name and where the Thai reads
                    # as a name up to it (not เครือข่ายและลงนามบันทึกข้อตกลง (MOU), คณะผู้บริหารและเจ้าหน้าที่ดีพร้อม (DIPROM))
                family = gaz.family_head_form(head)
                acronym = paren.group("acronym")
                out.append(AgencyMention(at, end, text[at:end], text[at:end], family.kind if family else "other",
                                         abbreviations=[acronym] if acronym else []))
                break
            at, previous, of_a_body = at + len(word), word, False
    return out
