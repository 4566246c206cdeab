"""Words and places: the small text readers that every finder shares.

Where a name's end is not fixed by a list, pythainlp's ``newmm`` tokenizer
splits only that short stretch of text (:func:`split_words`, cached), and a name
stops at the first word that belongs to the sentence (``ได้``, ``ให้``,
``จัด`` ...).  :func:`match_province` reads a province written at a position.

>>> from edugraph.loaders.gazetteer import load_gazetteer
>>> match_province("จังหวัดสตูล ได้จัด", 0, load_gazetteer())
('สตูล', 11)
"""
from __future__ import annotations

import functools
import re

from edugraph.loaders.gazetteer import THAI_LETTER, Gazetteer

THAI_RUN = re.compile(f"[{THAI_LETTER}]+")
_LATIN_WORD = r"[A-Za-z0-9]+(?:[-&'.+/][A-Za-z0-9]+)*"
# A proper name in Latin letters after a head (โครงการ Aviation Hub, บริษัท DP World): capitalised words
# joined by spaces or a spaced dash (…Designing Effective Anti - corruption Policies)
LATIN_NAME = re.compile(rf"\s?(?=[A-Z])(?P<name>{_LATIN_WORD}(?:(?: | ?[-–] ?){_LATIN_WORD})*?)"
                        r"(?: (?:x|X|by|and|of|for|the|with|&))*(?![A-Za-z0-9]| ?[-–]? ?[A-Za-z0-9])")
_THAI_CHAR = re.compile(f"[{THAI_LETTER}]")
AREA = re.compile(r"\s?เขต\s?(\d{1,3})")
NUMBER = re.compile(r"\s?(\d{1,3})")
PROVINCE_PREFIX = re.compile(r"\s?(?:จังหวัด|จ\.\s?)")
_VERB_TAGS = frozenset({"VACT", "VSTA"})     # the tagger's action and state verbs


@functools.lru_cache(maxsize=65536)
def split_words(run: str) -> tuple[str, ...]:
    """newmm words of one short run of Thai (cached: names repeat across a corpus)."""
    from pythainlp.tokenize import word_tokenize

    return tuple(w for w in word_tokenize(run, engine="newmm", keep_whitespace=False) if w)


@functools.lru_cache(maxsize=65536)
def word_tag(word: str) -> str | None:
    """The usual part of speech of a word (ORCHID tags, pythainlp's unigram lexicon), or None.

    >>> word_tag("โรงเรียน"), word_tag("ได้"), word_tag("(")
    ('NCMN', 'XVAE', '')
    """
    lexicon = _orchid_lexicon()
    if lexicon is None:
        from pythainlp.tag import pos_tag

        return pos_tag([word], engine="unigram", corpus="orchid")[0][1]
    escapes, tags = lexicon
    return tags.get(escapes.get(word, word), "")


@functools.lru_cache(maxsize=1)
def _orchid_lexicon() -> tuple[dict[str, str], dict[str, str]] | None:
    """What pythainlp's unigram ORCHID tagger looks a word up in: its escapes of
    symbols and its lexicon (word → tag), or None when this pythainlp keeps them
    elsewhere.  Its ``pos_tag`` finds a word by scanning a list of the lexicon's
    15,000 words, a quarter of a millisecond for a word it lacks, thousands of
    times per thousand releases (once more in each extraction process); the
    same lookup in the dict gives the same tag (tests/loaders/test_words.py)."""
    try:
        from pythainlp.tag import orchid, unigram

        return dict(orchid.CHAR_TO_ESCAPE), unigram._orchid_tagger()
    except (ImportError, AttributeError):
        return None


def opens_name(word: str, gaz: Gazetteer, *, proper: bool) -> bool:
    """Whether a word can be the first word of a name (not an adverb, an auxiliary, a
    determiner...; for proper names, not an action verb either)."""
    tag = word_tag(word)
    if tag in gaz.not_name_tags:
        return False
    # a province's name is a name whatever else the word means (โรงพยาบาลแพร่: แพร่ also "to spread")
    return not (proper and tag == "VACT" and word not in gaz.name_openers and not gaz.province_by_form(word))


def sentence_word(word: str, gaz: Gazetteer) -> bool:
    tag = word_tag(word)
    return word in gaz.name_stops or tag in gaz.not_name_tags or (tag == "VACT" and word not in gaz.name_openers)


def opens_with_a_stop_word(word: str, gaz: Gazetteer) -> bool:
    """Whether a compound the tagger does not know opens with a stop word or a sentence verb (จัด|ตั้งขึ้น,
    จัด|งาน, ให้|การ): glued after a name, it carries the sentence on.  Only an untagged word counts (a
    tagged one is :func:`sentence_word`'s), and only a first word of three letters or more: a shorter one
    is as often a syllable of an unknown word (ยุ|โรป).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> opens_with_a_stop_word("จัดตั้งขึ้น", gaz), opens_with_a_stop_word("หมู่บ้าน", gaz)
    (True, False)
    """
    if word_tag(word):
        return False
    words = dictionary_words()
    return any(word[:i] in gaz.name_stops or word[:i] in gaz.sentence_verbs
               for i in range(len(word) - 1, 2, -1) if word[:i] in words)


@functools.lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    from pythainlp.corpus import thai_female_names, thai_male_names

    return frozenset(thai_male_names()) | frozenset(thai_female_names())


def word_of_a_name(words: tuple[str, ...], index: int, gaz: Gazetteer) -> bool:
    """Whether ``words[index]``, a pronoun, determiner, negation or verb to the tagger, is a piece of a
    name here: บาง opening a place name (บาง|กรวย, บาง|จาก; not บาง|แห่ง, บาง|ส่วน, which quantify),
    a syllable between two the dictionary does not know (นว|มิ|นท of a royal name), or a verb opening a
    coined name, one whose other words the tagger does not know and that holds a syllable of people's given
    names (โรงพยาบาลเจริญ|กรุง|ประชา|รักษ์, โรงเรียนกำเนิด|วิทย์, โรงเรียนศึกษา|นารี; not ธนาคารพัฒนา|ชนบท,
    กองทุนสำรอง|เลี้ยงชีพ: a sentence or a kind).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> [word_of_a_name(split_words(w), 0, gaz) for w in ("บางกรวย", "บางแห่ง", "บางส่วน")]
    [True, False, False]
    >>> words = split_words("นายเรืออากาศนวมินทรกษัตริยาธิราช")
    >>> word_of_a_name(words, words.index("มิ"), gaz)
    True
    >>> [word_of_a_name(split_words(w), 0, gaz) for w in ("เจริญกรุงประชารักษ์", "กำเนิดวิทย์", "พัฒนาชนบท", "จัดกิจกรรม")]
    [True, True, False, False]
    """
    if index == 0 and len(words) > 1 and word_tag(words[0]) in _VERB_TAGS:
        rest = words[1:]
        return all(not word_tag(word) and not gaz.family_head_form(word) for word in rest) \
            and any(word in given_names() for word in rest)
    after = words[index + 1] if index + 1 < len(words) else ""
    if index == 0 and words[0] in gaz.words["place_openers"]:
        return bool(after) and not (word_tag(after) or "").startswith("C") \
            and after not in gaz.words["place_opener_quantifies"]
    before = words[index - 1] if index else ""
    return bool(before and after) and not word_tag(before) and not word_tag(after) and not before.isspace()


def agency_head_in(run: str, gaz: Gazetteer) -> bool:
    """Whether an agency's name may open in ``run``: a head of a country's body (รัฐบาล) only with
    its country, so a programme ``…ตามนโยบายรัฐบาล`` keeps its last words.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> agency_head_in("ให้ชุมชนตามนโยบายรัฐบาล", gaz), agency_head_in("ของรัฐบาลญี่ปุ่น", gaz), agency_head_in("ของกรมป่าไม้", gaz)
    (False, True, True)
    """
    for match in gaz.agency_rx.finditer(run):
        family = gaz.family_head_form(match.group())
        if family is None or family.slot != "country" or gaz.country_names.intersection(split_words(run[match.end():])[:1]):
            return True
    return False


def is_thai_letter(char: str) -> bool:
    return bool(char) and bool(_THAI_CHAR.match(char))



# --------------------------------------------------------------------------- helpers

def thai_run(text: str, pos: int, limit: int) -> str:
    match = THAI_RUN.match(text, pos, limit)
    return match.group() if match else ""


def skip_space(text: str, pos: int, limit: int) -> int:
    if pos < limit and text[pos] == " ":
        return pos + 1
    return pos


def match_province(text: str, pos: int, gaz: Gazetteer, limit: int | None = None):
    """(province name, end) for a province written at ``pos`` (with or without จังหวัด/จ.)."""
    limit = len(text) if limit is None else limit
    prefix = PROVINCE_PREFIX.match(text, pos, limit)
    at = prefix.end() if prefix else pos
    match = gaz.province_rx.match(text, at, limit)
    if not match:
        return None
    province = gaz.province_by_form(match.group())
    return (province.name, match.end()) if province else None


def match_province_code(text: str, pos: int, gaz: Gazetteer, limit: int):
    match = gaz.province_code_rx.match(text, pos, limit)
    if not match:
        return None
    end = match.end()
    if end < limit and text[end] == ".":
        end += 1
    elif end < limit and is_thai_letter(text[end]):
        return None
    province = gaz.province_by_code(match.group())
    return (province.name, end) if province else None


def open_name_end(text: str, pos: int, limit: int, gaz: Gazetteer, stops=None) -> int:
    """Where a free agency name that starts at ``pos`` ends: at the first sentence word.

    A stop word right after a nominaliser (การจัด..., ความร่วมมือ) belongs to the
    name; a province written with จังหวัด ends it (…เชิงพื้นที่จังหวัดสุรินทร์ในฐานะ).
    With ``stops`` given (programme names, which are often whole slogans:
    โครงการพิษณุโลกไม่ทิ้งใครไว้ข้างหลัง), only those words end the name.
    """
    run = thai_run(text, pos, min(limit, pos + 120))
    if not run:
        return pos
    agency = stops is None
    stops = gaz.name_stops if agency else stops
    end = pos
    previous = ""
    words = split_words(run)
    for index, word in enumerate(words):
        if agency and index and _place_word(previous, index - 1, gaz) and sentence_word(word, gaz) and not (
                word in ("และ", "หรือ") and not gaz.province_by_form(previous)) and not (
                word in gaz.name_end_keep and words[index + 1:index + 2] and words[index + 1].startswith(tuple(gaz.nominalisers))):
            break           # มหาวิทยาลัยราชภัฏศรีสะเกษ|รับผิดชอบ..., ศูนย์มะเร็งแห่งชาติญี่ปุ่น|จัดทำ...
                            # (but ภาคีเชียงใหม่เพื่อการปฏิรูป... goes on)
        if word == "จังหวัด":
            province = match_province(text, end, gaz, limit)
            if province:
                area = AREA.match(text, province[1], limit)
                return area.end() if area else province[1]
            if agency and run.startswith(gaz.province_regions, end - pos + len(word)):
                end += len(word)        # …การศึกษาจังหวัดชายแดนภาคใต้: a region of provinces goes on the name
                previous = word
                continue
        purpose = agency and word in gaz.name_end_keep and words[index + 1:index + 2] \
            and words[index + 1].startswith(tuple(gaz.nominalisers))   # …มาตรการเชิงป้องกัน|สำหรับการให้บริการ…
        if previous not in gaz.nominalisers and not purpose and (
                word in stops or (agency and index > 0 and gaz.family_head_form(word)
                                  and word not in gaz.words["heads_inside_names"]
                                  and word_tag(previous) != "VACT")   # ขับเคลื่อน|โรงเรียน...: its object
                or (agency and index > 0 and _ends_name(word, gaz))):
            break
        if agency and index > 0 and word in gaz.name_stops_before_more and index + 1 < len(words):
            break           # โรงเรียนบ้านนา|อยู่ห่างจาก... (but โรงเรียนบ้านท่าอยู่ is a name)
        if agency and word in ("และ", "หรือ") and _list_goes_on(words[index + 1:], gaz):
            break           # ...เศรษฐกิจการคลังและหน่วยงาน: a list, not one name
        end += len(word)
        previous = word
    return end


def _place_word(word: str, index: int, gaz: Gazetteer) -> bool:
    """Whether a word of a name says where the body is: a province, or a country after the name's
    first word (สมาคมไทย|ประกันชีวิต opens with its country and goes on).  A country may be one half
    of a pair (กรมการแพทย์แผนไทย|และการแพทย์ทางเลือก), so only a sentence word other than และ/หรือ ends
    the name after it."""
    return bool(gaz.province_by_form(word)) or (index > 0 and word in gaz.country_names)


def _ends_name(word: str, gaz: Gazetteer) -> bool:
    """A word that belongs to the sentence wherever it stands (ควร, เนื่องจาก, เสนอ...)."""
    if word in gaz.sentence_verbs:
        return True
    # short words are often syllables of an unknown name (สยาม|กัม|มา|จล): only whole words count
    return len(word) >= 3 and word_tag(word) in gaz.name_end_tags and word not in gaz.name_end_keep


def _list_goes_on(rest: tuple[str, ...], gaz: Gazetteer) -> bool:
    """After และ/หรือ: nothing, another agency, or a generic group ends the name before it."""
    if not rest:
        return True
    return bool(gaz.family_head_form(rest[0]) or rest[0] in gaz.list_words)


def place_end(text: str, pos: int, limit: int, gaz: Gazetteer) -> int:
    """End of a place name (one word of the text: ตำบล, อำเภอ, เทศบาล names)."""
    run = thai_run(text, pos, min(limit, pos + 40))
    if not run:
        return pos
    if gaz.province_by_form(run):
        return pos + len(run)
    end = pos
    for index, word in enumerate(split_words(run)):
        if word in gaz.name_stops and index > 0 or (index == 0 and word in gaz.not_places):
            break
        end += len(word)
    return end


_PREDICATE = "เป็น"          # X เป็น <name>: what X is or becomes


def predicate_only(text: str, form: str) -> bool:
    """Whether every mention of a name in the text follows เป็น: what something is or becomes
    (ร่วมมือเป็นศูนย์ขนส่งสินค้า, พัฒนาให้เป็นศูนย์เรียนรู้), not a body that acts.

    >>> predicate_only("ทั้งสองฝ่ายจะร่วมมือเป็นศูนย์ขนส่งสินค้า", "ศูนย์ขนส่งสินค้า")
    True
    >>> predicate_only("ศูนย์ขนส่งสินค้า จัดประชุม และเป็น ศูนย์ขนส่งสินค้า", "ศูนย์ขนส่งสินค้า")
    False
    """
    leads = [re.sub(r"\s+", "", text[max(0, at - 8):at]) for at in occurrences(text, form)]
    return bool(leads) and all(lead.endswith(_PREDICATE) for lead in leads)


def occurrences(text: str, literal: str, start: int = 0, end: int | None = None):
    """Where ``literal`` starts in ``text[start:end]``, left to right and not overlapping: what
    ``re.finditer(re.escape(literal), ...)`` finds, without compiling a pattern for every name asked about
    (hundreds a release, which also push the patterns compiled once out of ``re``'s cache).

    >>> list(occurrences("ก ข ก ข ก", "ก ข")), list(occurrences("กกก", "กก")), list(occurrences("กข", "ก", 1))
    ([0, 4], [0], [])
    """
    end = len(text) if end is None else end
    step = len(literal) or 1
    at = text.find(literal, start, end)
    while at >= 0:
        yield at
        at = text.find(literal, at + step, end)


def within_one_edit(a: str, b: str) -> bool:
    """Whether two strings differ by at most one inserted, deleted or replaced character."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]
