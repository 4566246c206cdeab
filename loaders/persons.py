"""Person mentions: titles + given name (+ family name) (+ the position phrase after it).

>>> from edugraph.loaders.gazetteer import load_gazetteer
>>> p = find_persons("โดยได้รับเกียรติจากนายสมชาย ใจดี ผู้ว่าราชการจังหวัดลำปาง เป็นประธาน", load_gazetteer())[0]
>>> p.name, p.title, p.position
('สมชาย ใจดี', 'นาย', 'ผู้ว่าราชการจังหวัดลำปาง')
"""
from __future__ import annotations

import re
from functools import lru_cache

from edugraph.loaders.agencies import left_ok
from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.mentions import PersonMention
from edugraph.loaders.name_shape import LONG_NAME_PART
from edugraph.loaders.position_phrases import opens_office, position_end
from edugraph.loaders.words import (dictionary_words, given_names, is_thai_letter, occurrences, skip_space,
                                    split_words, thai_run, word_tag)

_FUNCTION_TAGS = frozenset({"JCRG", "JSBR", "JCMP", "XVAM", "XVBM", "XVAE", "XVMM", "XVBB", "RPRE", "NEG"})
# "นางนลินี เสริมว่า": a word ending in ว่า reports speech, it is no family name
_REPORTED = re.compile(r"(?:ว่า|ด้วยว่า)$")

def _title_at(text: str, pos: int, gaz: Gazetteer):
    """(titles as written, end) for the stacked titles at ``pos``, or None."""
    parts, end = [], pos
    while True:
        match = gaz.title_rx.match(text, end)
        if not match:
            break
        stop = match.end()
        suffix = gaz.title_suffix_rx.match(text, stop)
        if suffix:
            stop = suffix.end()
        parts.append(text[end:stop])
        end = stop
        if end < len(text) and text[end] == " ":
            following = gaz.title_rx.match(text, end + 1)
            if following and not _is_position(text, end + 1, gaz, following.group()):
                end += 1
                continue
        if not is_thai_letter(text[end:end + 1]) and not text[end:end + 1].isalpha():
            break
    if not parts:
        return None
    return "".join(p if p.endswith(".") else p + " " for p in parts).strip(), end


def _is_position(text: str, pos: int, gaz: Gazetteer, title: str) -> bool:
    """Whether the title word at ``pos`` is really the start of an office (นายก..., นายแพทย์สาธารณสุข...)."""
    head = gaz.position_head_rx.match(text, pos)
    if head and len(head.group()) > len(title):
        return True
    agency = gaz.agency_rx.match(text, pos)
    return bool(agency and len(agency.group()) > len(title) and
                (gaz.family_by_holder(agency.group()) or gaz.fixed_holder(agency.group())))


def _name_part(text: str, pos: int, gaz: Gazetteer, *, joined: bool = True) -> str:
    """The name word at ``pos``, cut before a word that cannot be in a name.  A Thai transcription of a
    hyphenated foreign name is one word (นายฌ็อง-โกลด ปวงเบิฟ, อัล-ฏอยยิบ).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> _name_part("ฌ็อง-โกลด ปวงเบิฟ", 0, load_gazetteer())
    'ฌ็อง-โกลด'
    """
    run = thai_run(text, pos, min(len(text), pos + 40))
    if not run:
        return ""
    cutter = gaz.name_cutter_rx
    if cutter.match(run):
        return ""
    for index in range(2, len(run)):
        if cutter.match(run, index):
            return run[:index]
    after = pos + len(run)
    if joined and text.startswith("-", after) and is_thai_letter(text[after + 1:after + 2]):
        rest = _name_part(text, after + 1, gaz, joined=False)
        if len(rest) >= 2:
            return run + "-" + rest
    return run


def _plausible_given(word: str, gaz: Gazetteer, *, guarded: bool) -> bool:
    if len(word) < 2 or len(word) > 20:
        return False
    if opens_office(word, gaz):
        return False
    if word in gaz.name_stops or gaz.event_cue_rx.match(word) or gaz.boundary_rx.match(word):
        return False
    return word in given_names() or not guarded


def _known_by_given_name(found: list[PersonMention], given: str, candidate: str, gaz: Gazetteer) -> bool:
    """Whether ``given`` names a person the release has already named in full with another family name, and
    what follows it opens with a verb that goes on a sentence (``given_name_verbs`` in titles.yaml: ``นายมาริษ
    ยืนยัน``, ``นายอนุทิน นำข้าราชการ...``, ``ดร.ซูกิฟลี ต้องขอบคุณ...``): a later mention by the given name alone.
    Not any verb: family names open with verbs too (สมศักดิ์ ตั้งทรงศิริศักดิ์, listed beside สมศักดิ์ ภู่สกุล)."""
    known = {p.name.partition(" ")[2] for p in found if p.given == given and not p.backref}
    if not known or candidate in known:
        return False
    return candidate.startswith(tuple(gaz.words["given_name_verbs"]))


def _plausible_family(word: str, gaz: Gazetteer) -> bool:
    if len(word) < 2 or word in gaz.name_stops or _REPORTED.search(word):
        return False
    if gaz.position_head_rx.match(word) or gaz.title_rx.match(word) or gaz.event_cue_rx.match(word):
        return False
    if gaz.boundary_rx.match(word) or opens_office(word, gaz):
        return False
    words = split_words(word)
    if len(words) > 1 and words[0] in gaz.words["clause_openers"]:
        return False        # "นฤมล ได้มอบปัจจัยการผลิต": the sentence goes on after the given name
    # "ภูมิธรรม และ...", "ภูมิธรรม ยังได้...": function words alone are no family name
    return not all(w in gaz.name_stops or word_tag(w) in _FUNCTION_TAGS for w in split_words(word))


_LATIN_GLOSS = re.compile(r"\s?\(([A-Za-z][A-Za-z.'\s-]{2,80})\)")
_AFTER_GLOSS = re.compile(r",?\s?")
_GLOSS_BEFORE = re.compile(r"\s?\(([A-Za-z][A-Za-z.'\s-]{2,80})\),?\s?$")
# a foreign name written in Latin letters after its title (Mr. U Win Khant, Ms. Julie Abraham):
# capitalised words, one space apart, up to the Thai text that follows
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'\-]*\.?(?: [A-Z][A-Za-z'\-]*\.?){0,3}(?=$|[\s,()ก-๙])")
# "(H.E. Mrs. Helene Budliger Artieda)": a gloss of the Thai name before it, not a second person
_IN_GLOSS = re.compile(r"\([A-Za-z.\s]*$")
_THAI_GLOSS = re.compile(r"\s?\([ก-๙]")


@lru_cache(maxsize=8)
def _latin_honorifics(words: tuple[str, ...]) -> re.Pattern:
    forms = sorted((w.rstrip(".") for w in words), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\.?(?=\s|$)")


def _glossed_name(text: str, at: int, end: int, hi: int, family: str, gaz: Gazetteer) -> tuple[int, str]:
    """A foreign name of more than two words, glossed in Latin letters right after it, keeps as many Thai
    words as the gloss has (นางเฮเลเนอ บุดลีเกอร์ อาร์ทิเอดา (H.E. Mrs. Helene Budliger Artieda)): (end, family).

    >>> text = "นางเฮเลเนอ บุดลีเกอร์ อาร์ทิเอดา (H.E. Mrs. Helene Budliger Artieda) เอกอัครราชทูต"
    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> _glossed_name(text, 3, 21, len(text), "บุดลีเกอร์", load_gazetteer())
    (32, 'บุดลีเกอร์ อาร์ทิเอดา')
    """
    close = text.find("(", end, min(hi, end + 60))
    gloss = _LATIN_GLOSS.match(text, close) if close > end else None
    if gloss is None:
        return end, family
    honorifics = _latin_honorifics(gaz.words["latin_honorifics"])
    latin = [w for w in honorifics.sub(" ", gloss.group(1)).split() if w.strip(".")]
    thai = text[at:close].split()
    if not 2 < len(thai) == len(latin) <= 5 or not all(re.fullmatch(r"[ก-๙.\-]+", w) for w in thai):
        return end, family
    # the words up to the gloss are all name words: no office, no second person's title ("นายพิชัย X
    # รัฐมนตรีว่าการกระทรวงพาณิชย์ และนายดักลาส Y (The Rt Hon Douglas Y)": that gloss is the other man's)
    if not all(len(w) <= LONG_NAME_PART and _plausible_family(w, gaz) and not gaz.title_rx.search(w)
               for w in thai[2:]):
        return end, family
    return at + len(text[at:close].rstrip()), " ".join(thai[1:])


def _glossed_elsewhere(text: str, found: list[PersonMention], latin: PersonMention) -> PersonMention | None:
    """The person named in Thai with ``latin``'s name as its gloss ("นาย เรโน เมแย (Mr.Renaud Meyer) ...
    Mr. Renaud Meyer กล่าว", also when the Latin name comes first): one person, named in Thai script."""
    if not _LATIN_NAME.fullmatch(latin.name):
        return None
    for mention in found:
        if mention is latin or _LATIN_NAME.fullmatch(mention.name):
            continue
        gloss = _LATIN_GLOSS.match(text, mention.position_span[0] if mention.position_span else mention.end)
        if gloss is None and mention.position_span:
            gloss = _LATIN_GLOSS.match(text, mention.position_span[0] - 1) \
                or _GLOSS_BEFORE.search(text, max(0, mention.position_span[0] - 90), mention.position_span[0])
        if gloss and gloss.group(1).replace(" ", "").endswith(latin.name.replace(" ", "")):
            return mention
    return None


def find_persons(text: str, gaz: Gazetteer, lo: int = 0, hi: int | None = None,
                 local: dict | None = None) -> list[PersonMention]:
    """Person mentions: titles + given name (+ family name) (+ position phrase)."""
    hi = len(text) if hi is None else hi
    local = local or {}
    found: list[PersonMention] = []
    pos = lo
    while pos < hi:
        match = gaz.title_rx.search(text, pos, hi)
        guarded = gaz.guarded_title_rx.search(text, pos, hi)
        is_guarded = False
        if guarded and (match is None or guarded.start() < match.start()):
            match, is_guarded = guarded, True
        if match is None:
            break
        start = match.start()
        if _is_position(text, start, gaz, match.group()) or not (
                left_ok(text, start, match.group(), gaz, strict=True)
                or text[max(lo, start - 10):start].endswith(gaz.words["title_glue_words"])):
            pos = start + len(match.group())
            continue
        titled = (match.group(), match.end()) if is_guarded else _title_at(text, start, gaz)
        if titled is None:
            pos = start + 1
            continue
        title, at = titled
        at = skip_space(text, at, hi)
        if _is_position(text, at, gaz, ""):
            pos = at
            continue
        latin = _LATIN_NAME.match(text, at, hi) if not is_guarded else None
        # "Mr. Neil Nucup (นายนีล นูคัพ)": the Thai name in the brackets is the person's (names stay in Thai script)
        if latin and (_IN_GLOSS.search(text, max(lo, start - 40), start) or _THAI_GLOSS.match(text, latin.end())):
            pos = latin.end()
            continue
        if latin and " " in latin.group().rstrip("."):
            given = latin.group().partition(" ")[0]
            mention = PersonMention(start, latin.end(), latin.group(), title, given, backref=False)
            found.append(_with_position(mention, text, gaz, local, hi))
            pos = max(mention.end, start + 1)
            continue
        given = _name_part(text, at, gaz)
        if not _plausible_given(given, gaz, guarded=is_guarded):
            pos = start + len(match.group())
            continue
        end = at + len(given)
        family = ""
        if end < hi and text[end] == " " and not gaz.title_rx.match(text, end + 1):
            candidate = _name_part(text, end + 1, gaz)
            if candidate and _plausible_family(candidate, gaz) and not _is_position(text, end + 1, gaz, "") \
                    and not _known_by_given_name(found, given, candidate, gaz):
                family = candidate
                end = end + 1 + len(candidate)
                # a second family name (ปุณยจรัสธำรง) before the position
                if end < hi and text[end] == " ":
                    third = _name_part(text, end + 1, gaz)
                    after = end + 1 + len(third)
                    if (third and len(third) <= LONG_NAME_PART and third not in dictionary_words()
                            and _plausible_family(third, gaz)
                            and not gaz.position_head_rx.match(third)
                            and after < hi and text[after] == " "
                            and gaz.position_head_rx.match(text, after + 1)):
                        family += " " + third
                        end = after
        if family:
            end, family = _glossed_name(text, at, end, hi, family, gaz)
        name = f"{given} {family}".strip()
        mention = PersonMention(start, end, name, title, given, backref=not family)
        found.append(_with_position(mention, text, gaz, local, hi))
        pos = max(mention.end, start + 1)
    found += _monks(text, gaz, lo, hi, local, found)
    for mention in found:
        glossed = _glossed_elsewhere(text, found, mention)
        if glossed is not None:
            mention.name, mention.title, mention.given, mention.backref = (glossed.name, glossed.title,
                                                                           glossed.given, True)
    return found


def _monks(text: str, gaz: Gazetteer, lo: int, hi: int, local: dict,
           found: list[PersonMention]) -> list[PersonMention]:
    """Monks named by their ecclesiastical title, which is the name, with the monastic office after it.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> text = "โดยได้รับเมตตาจากเจ้าประคุณสมเด็จพระมหาวีรวงศ์ กรรมการมหาเถรสมาคม เป็นประธาน"
    >>> [(m.name, m.title, m.position) for m in _monks(text, load_gazetteer(), 0, len(text), {}, [])]
    [('สมเด็จพระมหาวีรวงศ์', 'เจ้าประคุณ', 'กรรมการมหาเถรสมาคม')]
    >>> text = "พระครูปิยวรรณพิพัฒน์, ดร. เจ้าอาวาสวัดหัวฝาย ร่วมลงนาม"
    >>> [(m.name, m.title) for m in _monks(text, load_gazetteer(), 0, len(text), {}, [])]
    [('พระครูปิยวรรณพิพัฒน์', 'ดร.')]
    """
    taken = [(m.start, m.end) for m in found]
    out = []
    for match in gaz.monastic_name_rx.finditer(text, lo, hi):
        start, name_end = match.start("honorific") if match.group("honorific") else match.start("name"), match.end("name")
        if any(s <= start < e for s, e in taken):
            continue
        title = " ".join(t for t in (match.group("honorific"), match.group("degree")) if t)
        mention = PersonMention(start, name_end, match.group("name"), title, match.group("name"), backref=False)
        office = match.start("office")
        stop = position_end(text, office, gaz, local)
        if stop > office:
            mention.position, mention.position_span, mention.end = text[office:stop].strip(), (office, stop), stop
        out.append(mention)
    return out


def _with_position(mention: PersonMention, text: str, gaz: Gazetteer, local: dict, hi: int) -> PersonMention:
    """The mention run on over the position phrase written right after the name."""
    position_at = skip_space(text, mention.end, hi)
    gloss = _LATIN_GLOSS.match(text, mention.end, hi)
    if gloss is not None:
        # นายคินซัง ดอร์จิ (H.E. Mr. Kinzang Dorji) เอกอัครราชทูต...: the name's gloss stands between it and the position
        after = _AFTER_GLOSS.match(text, gloss.end(), hi).end()
        if position_end(text, after, gaz, local) > after:
            position_at = after
    stop = position_end(text, position_at, gaz, local)
    if stop > position_at:
        mention.position = text[position_at:stop].strip()
        mention.position_span = (position_at, stop)
        mention.end = stop
    return mention


def find_name_repeats(text: str, persons: list[PersonMention], lo: int, hi: int,
                      taken: list[tuple[int, int]]) -> list[PersonMention]:
    """Later mentions of a known person's full name written without a title."""
    out = []
    for person in {p.name: p for p in persons if not p.backref}.values():
        for start in occurrences(text, person.name, lo, hi):
            end = start + len(person.name)
            if any(s <= start < e for s, e in taken):
                continue
            out.append(PersonMention(start, end, person.name, person.title, person.given, backref=True))
    return out

