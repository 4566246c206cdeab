"""Mentions: where a text names a person, an agency, a programme or a province.

Rule- and gazetteer-driven: titles open person names, agency heads and
abbreviations open agency names (``loaders/data/agencies.yaml`` and
``agency_families.yaml``), ``โครงการ`` and named initiatives open programme
names.  Where a name's end is not fixed by a list, pythainlp's ``newmm``
tokenizer splits only that short stretch of text, and the name stops at the
first word that belongs to the sentence (``ได้``, ``ให้``, ``จัด`` ...).

Every finder returns spans in the text it is given, so that the relation
finder can reason about what stands between two mentions.

>>> from edugraph.loaders.gazetteer import load_gazetteer
>>> gaz = load_gazetteer()
>>> [m.name for m in find_agencies("ร่วมกับ อบต.สลักได และ สพป.สตูล", gaz)]
['องค์การบริหารส่วนตำบลสลักได', 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสตูล']
>>> p = find_persons("โดยได้รับเกียรติจากนายสมชาย ใจดี ผู้ว่าราชการจังหวัดลำปาง เป็นประธาน", gaz)[0]
>>> p.name, p.title, p.position
('สมชาย ใจดี', 'นาย', 'ผู้ว่าราชการจังหวัดลำปาง')
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from edugraph.loaders.gazetteer import THAI_LETTER, AgencyEntry, Family, Gazetteer

_THAI_RUN = re.compile(f"[{THAI_LETTER}]+")
_THAI_CHAR = re.compile(f"[{THAI_LETTER}]")
_ABBR_IN_PARENS = re.compile(r"\s?\(\s*([" + THAI_LETTER + r"A-Za-z.\s]{2,20}?)\s*\)")
_ABBREVIATION = re.compile(f"(?:[{THAI_LETTER}]{{1,6}}\\.){{1,5}}(?:[{THAI_LETTER}]{{1,4}})?|[ก-ฮ]{{2,6}}|[A-Z]{{2,8}}")
_AREA = re.compile(r"\s?เขต\s?(\d{1,3})")
_NUMBER = re.compile(r"\s?(\d{1,3})")
_COMPANY_END = re.compile(r"\s?จำกัด(?:\s?\(มหาชน\))?")
_PHASE = re.compile(r"\s?((?:ปีที่|ระยะที่|รุ่นที่|เฟส(?:ที่)?)\s?\d{1,2})")
_PROVINCE_PREFIX = re.compile(r"\s?(?:จังหวัด|จ\.\s?)")
_QUOTED = re.compile(r"\s?[“\"']([^”\"'\n]{4,160})[”\"']")
_ELLIPSIS_BACKREF = "ฯ"
_PAREN_TAIL = re.compile(r"\s?\([^()]*\)$")
# "นางนลินี เสริมว่า": a word ending in ว่า reports speech, it is no family name
_REPORTED = re.compile(r"(?:ว่า|ด้วยว่า)$")


@functools.lru_cache(maxsize=65536)
def _words(run: str) -> tuple[str, ...]:
    """newmm words of one short run of Thai (cached: names repeat across a corpus)."""
    from pythainlp.tokenize import word_tokenize

    return tuple(w for w in word_tokenize(run, engine="newmm", keep_whitespace=False) if w)


@functools.lru_cache(maxsize=65536)
def word_tag(word: str) -> str | None:
    """The usual part of speech of a word (ORCHID tags, pythainlp's unigram lexicon), or None."""
    from pythainlp.tag import pos_tag

    return pos_tag([word], engine="unigram", corpus="orchid")[0][1]


def _opens_name(word: str, gaz: Gazetteer, *, proper: bool) -> bool:
    """Whether a word can be the first word of a name (not an adverb, an auxiliary, a
    determiner...; for proper names, not an action verb either)."""
    tag = word_tag(word)
    if tag in gaz.not_name_tags:
        return False
    return not (proper and tag == "VACT" and word not in gaz.name_openers)


def _sentence_word(word: str, gaz: Gazetteer) -> bool:
    tag = word_tag(word)
    return word in gaz.name_stops or tag in gaz.not_name_tags or (tag == "VACT" and word not in gaz.name_openers)


@functools.lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from pythainlp.corpus import thai_female_names, thai_male_names

    return frozenset(thai_male_names()) | frozenset(thai_female_names())


def is_thai_letter(char: str) -> bool:
    return bool(char) and bool(_THAI_CHAR.match(char))


# --------------------------------------------------------------------------- records

@dataclass
class AgencyMention:
    start: int
    end: int
    form: str                      # as written
    name: str | None               # canonical; None while a bare office waits for the story's province
    kind: str
    family: Family | None = None
    entry: AgencyEntry | None = None
    province: str | None = None    # the province its own name carries
    place: bool = False            # จังหวัดX, อำเภอX: an agency only when it acts
    bare: bool = False             # a provincial office written without its province
    holder: str | None = None      # written as its office holder (ศึกษาธิการจังหวัดสตูล)
    backref: bool = False          # กองทุนฯ: the agency named before
    context: set = field(default_factory=set)   # position, venue, affiliated, described, headline, qualifier
    entity_id: str | None = None

    @property
    def actor(self) -> bool:
        return not (self.context & {"position", "venue", "described", "headline", "qualifier", "locative"})

    def aliases(self) -> list[str]:
        """The written forms that name the agency (not an office holder's title or a กองทุนฯ reference)."""
        if self.holder or self.backref:
            return []
        forms = [self.form] + [c[len("abbr:"):] for c in self.context if c.startswith("abbr:")]
        # "ชื่อเต็ม (ชื่อย่อ)": the name and the abbreviation are two aliases, not one
        return [_PAREN_TAIL.sub("", f) if "(" in f and not f.endswith("(มหาชน)") else f for f in forms]


@dataclass
class PersonMention:
    start: int
    end: int                       # end of the name and its position phrase
    name: str
    title: str
    given: str
    position: str | None = None
    position_span: tuple[int, int] | None = None
    backref: bool = False
    context: set = field(default_factory=set)
    entity_id: str | None = None

    @property
    def actor(self) -> bool:
        return not (self.context & {"position", "headline"})


@dataclass
class ProgrammeMention:
    start: int
    end: int
    form: str
    name: str | None               # None while a provincial programme waits for the story's province
    base: str
    province: str | None = None
    phase: str | None = None
    provincial: bool = False
    context: set = field(default_factory=set)
    entity_id: str | None = None


@dataclass
class ProvinceMention:
    start: int
    end: int
    name: str


# --------------------------------------------------------------------------- helpers

def _thai_run(text: str, pos: int, limit: int) -> str:
    match = _THAI_RUN.match(text, pos, limit)
    return match.group() if match else ""


def _skip_space(text: str, pos: int, limit: int) -> int:
    if pos < limit and text[pos] == " ":
        return pos + 1
    return pos


def match_province(text: str, pos: int, gaz: Gazetteer, limit: int | None = None):
    """(province name, end) for a province written at ``pos`` (with or without จังหวัด/จ.)."""
    limit = len(text) if limit is None else limit
    prefix = _PROVINCE_PREFIX.match(text, pos, limit)
    at = prefix.end() if prefix else pos
    match = gaz.province_rx.match(text, at, limit)
    if not match:
        return None
    province = gaz.province_by_form(match.group())
    return (province.name, match.end()) if province else None


def _match_province_code(text: str, pos: int, gaz: Gazetteer, limit: int):
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
    run = _thai_run(text, pos, min(limit, pos + 120))
    if not run:
        return pos
    agency = stops is None
    stops = gaz.name_stops if agency else stops
    end = pos
    previous = ""
    words = _words(run)
    for index, word in enumerate(words):
        if agency and index and gaz.province_by_form(previous) and _sentence_word(word, gaz):
            break           # มหาวิทยาลัยราชภัฏศรีสะเกษ|รับผิดชอบ...
        if word == "จังหวัด":
            province = match_province(text, end, gaz, limit)
            if province:
                area = _AREA.match(text, province[1], limit)
                return area.end() if area else province[1]
        if previous not in gaz.nominalisers and (
                word in stops or (agency and index > 0 and gaz.family_head_form(word) and word != "คณะ"
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


def _place_end(text: str, pos: int, limit: int, gaz: Gazetteer) -> int:
    """End of a place name (one word of the text: ตำบล, อำเภอ, เทศบาล names)."""
    run = _thai_run(text, pos, min(limit, pos + 40))
    if not run:
        return pos
    if gaz.province_by_form(run):
        return pos + len(run)
    end = pos
    for index, word in enumerate(_words(run)):
        if word in gaz.name_stops and index > 0 or (index == 0 and word in gaz.not_places):
            break
        end += len(word)
    return end


# --------------------------------------------------------------------------- agencies

def _abbreviation_like(form: str) -> bool:
    return form.endswith(".") or (len(form) <= 6 and "." in form)


def _left_ok(text: str, start: int, form: str, gaz: Gazetteer, *, strict: bool = False) -> bool:
    """Whether a name may start at ``start``: after a space or mark, or glued to a function word.

    Thai writes agency names right after words like จาก, โดย, ร่วมกับ; a short or
    open head glued to any other word is part of a phrase (ภาคีเครือข่าย...).
    """
    if start == 0 or not is_thai_letter(text[start - 1]):
        return True
    if strict or _abbreviation_like(form) or len(form) <= 4:
        return bool(gaz.glue_rx.search(text, max(0, start - 14), start))
    return True


def _not_after_ok(family: Family, text: str, pos: int, limit: int) -> bool:
    if not family.not_after:
        return True
    rest = text[pos:min(limit, pos + 30)].lstrip(" ")
    return not any(rest.startswith(word) for word in family.not_after)


def _family_slot(text: str, pos: int, limit: int, family: Family, gaz: Gazetteer, *,
                 abbreviation: bool = False):
    """Parse the slot after a family head: (name, end, province, bare) or None."""
    slot = family.slot
    if slot == "none":
        return family.head, pos, None, False
    if slot == "province":
        found = match_province(text, _skip_space(text, pos, limit) if abbreviation else pos, gaz, limit)
        if found is None and abbreviation:
            found = _match_province_code(text, pos, gaz, limit)
        if found is None and not abbreviation and pos < limit and text[pos] == " ":
            found = match_province(text, pos + 1, gaz, limit)
        if found is None and family.area:
            # a regional office named by its area alone (สพม. เขต 24): no province
            area = _AREA.match(text, pos, limit)
            if area:
                return f"{family.head} เขต {area.group(1)}", area.end(), None, False
        if found is None:
            if family.when_bare == "story":
                return None, pos, None, True
            return None
        province, end = found
        name = family.head + province
        if family.area:
            area = _AREA.match(text, end, limit)
            if area:
                name += f" เขต {area.group(1)}"
                end = area.end()
        return name, end, province, False
    if slot == "number":
        number = _NUMBER.match(text, pos, limit)
        if not number:
            return None
        return f"{family.head} {number.group(1)}", number.end(), None, False
    start = _skip_space(text, pos, limit) if abbreviation else pos
    if slot == "place":
        end = _place_end(text, start, limit, gaz)
        if end - start < 2:
            return None
        return family.head + text[start:end], end, None, False
    # open names
    if not _not_after_ok(family, text, start, limit) or text.startswith(family.head, start):
        return None
    if family.kind == "company":
        tail = _COMPANY_END.search(text, start, min(limit, start + 80))
        if tail and "\n" not in text[start:tail.start()] and tail.start() > start + 1:
            body = text[start:tail.start()].strip()
            if len(body) >= 2 and not any(ch in body for ch in "()“”\""):
                return family.head + body + " " + tail.group().strip(), tail.end(), None, False
    end = open_name_end(text, start, limit, gaz)
    body = text[start:end]
    if len(body) < 2 or body in family.generic or (family.body is not None and not family.body.search(body)) \
            or gaz.generic_body_rx.fullmatch(body):
        return None
    if not _opens_name(_words(body)[0], gaz, proper=family.proper):
        return None         # โรงเรียนสามารถ..., โรงเรียนอื่น: the common noun, not a name
    return family.head + body, end, None, False


def _within_one_edit(a: str, b: str) -> bool:
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


def _misspelt_entry(text: str, pos: int, limit: int, family: Family, gaz: Gazetteer):
    """A named agency written with one wrong letter after its head (สภาการศีกษา): (entry, end)."""
    run = _thai_run(text, pos, min(limit, pos + 90))
    if len(run) < 8:
        return None
    for body, entry in gaz.entries_after_head(family.head, run[:3]):
        for length in (len(body) - 1, len(body), len(body) + 1):
            if length <= len(run) and _within_one_edit(run[:length], body):
                rest = run[length:]
                if rest and not _sentence_word(_words(rest)[0], gaz):
                    continue        # the text goes on with more name: another agency
                return entry, pos + length
    return None


def _resolve_agency(text: str, start: int, form: str, limit: int, gaz: Gazetteer, local: dict):
    """The AgencyMention that the form matched at ``start`` opens, or None."""
    end = start + len(form)
    if not _left_ok(text, start, form, gaz):
        return None
    # 1. an office holder written without a person (ศึกษาธิการจังหวัดสตูล, นายอำเภอจอมพระ)
    fixed = gaz.fixed_holder(form)
    if fixed:
        entry = gaz.agency_by_name(fixed)
        after = match_province(text, _skip_space(text, end, limit), gaz, limit)
        stop = after[1] if after else end
        if after:
            area = _AREA.match(text, stop, limit)
            stop = area.end() if area else stop
        return AgencyMention(start, stop, text[start:stop], fixed, entry.kind if entry else "other",
                             entry=entry, holder=text[start:stop])
    family = gaz.family_by_holder(form)
    if family and form.endswith(family.head):
        named = gaz.agency_rx.match(text, end - len(family.head), limit)
        entry = gaz.agency_by_form(named.group()) if named else None
        if entry is not None and named.end() > end:
            # รัฐมนตรีว่าการกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม: the named ministry
            return AgencyMention(start, named.end(), text[start:named.end()], entry.name, entry.kind,
                                 entry=entry, holder=text[start:named.end()])
    if family:
        slot = _family_slot(text, end, limit, family, gaz)
        if slot is None:
            return None
        name, stop, province, bare = slot
        return AgencyMention(start, stop, text[start:stop], name, family.kind, family=family,
                             province=province, bare=bare, holder=text[start:stop])
    # 2. a family head, one of its other forms, or its abbreviation + slot
    family = gaz.family_head_form(form)
    if family and family.slot == "open" and not _left_ok(text, start, form, gaz, strict=True):
        family = None
    if family:
        misspelt = _misspelt_entry(text, end, limit, family, gaz) if family.slot == "open" else None
        if misspelt is not None:
            entry, stop = misspelt
            return AgencyMention(start, stop, text[start:stop], entry.name, entry.kind, entry=entry)
        slot = _family_slot(text, end, limit, family, gaz, abbreviation=form.endswith("."))
        if slot is not None:
            name, stop, province, bare = slot
            if name is None and not bare:
                return None
            return AgencyMention(start, stop, text[start:stop], name, family.kind, family=family,
                                 province=province, bare=bare, place=family.place)
    family = gaz.family_by_abbreviation(form)
    if family:
        slot = _family_slot(text, end, limit, family, gaz, abbreviation=True)
        if slot is not None and (slot[0] is not None):
            name, stop, province, bare = slot
            return AgencyMention(start, stop, text[start:stop], name, family.kind, family=family,
                                 province=province, place=family.place)
    family = gaz.family_by_bare_form(form)
    if family:
        slot = _family_slot(text, end, limit, family, gaz)
        if slot is not None:
            name, stop, province, bare = slot
            return AgencyMention(start, stop, text[start:stop], name, family.kind, family=family,
                                 province=province, bare=bare)
        return AgencyMention(start, end, form, None, family.kind, family=family, bare=True)
    # 3. a named agency, or its abbreviation (a release's own reading wins)
    if end < limit and is_thai_letter(text[end]) and not form.endswith((".", "ฯ")):
        # a named form running into more letters is part of a longer, other name
        if len(form) <= 6:
            return None
    local_name = local.get(form) or local.get(form.rstrip("."))
    if local_name:
        name, kind = local_name
        entry = gaz.agency_by_name(name)
        return AgencyMention(start, end, form, name, entry.kind if entry else kind, entry=entry)
    entry = gaz.agency_by_form(form)
    if entry:
        return AgencyMention(start, end, form, entry.name, entry.kind, entry=entry)
    return None


def _local_abbreviation_rx(local: dict) -> re.Pattern | None:
    if not local:
        return None
    from edugraph.loaders.gazetteer import trie_regex

    forms = set(local) | {form + "." for form in local if not form.endswith(".")}
    return re.compile(trie_regex(forms))


def agency_at(text: str, pos: int, gaz: Gazetteer, local: dict | None = None) -> AgencyMention | None:
    """The agency mention that starts exactly at ``pos``, if any."""
    match = gaz.agency_rx.match(text, pos)
    if match is None:
        return None
    return _resolve_agency(text, pos, match.group(), len(text), gaz, local or {})


def find_agencies(text: str, gaz: Gazetteer, lo: int = 0, hi: int | None = None,
                  local: dict | None = None, skip: list | None = None) -> list[AgencyMention]:
    """Agency mentions in ``text[lo:hi]``, left to right, never overlapping.

    ``local`` maps the release's own abbreviations to (canonical name, kind);
    ``skip`` is a sorted list of (start, end) spans not to look into.
    """
    hi = len(text) if hi is None else hi
    local = local or {}
    local_rx = _local_abbreviation_rx({k: v for k, v in local.items() if not gaz.agency_by_form(k)})
    found: list[AgencyMention] = []
    skip = skip or []
    skip_index = 0
    pos = lo
    while pos < hi:
        match = gaz.agency_rx.search(text, pos, hi)
        local_match = local_rx.search(text, pos, hi) if local_rx else None
        if local_match and (match is None or local_match.start() < match.start()):
            match = local_match
        if match is None:
            break
        start = match.start()
        while skip_index < len(skip) and skip[skip_index][1] <= start:
            skip_index += 1
        if skip_index < len(skip) and skip[skip_index][0] <= start:
            pos = skip[skip_index][1]
            continue
        mention = _resolve_agency(text, start, match.group(), hi, gaz, local)
        if mention is None:
            pos = start + 1
            continue
        found.append(mention)
        pos = max(mention.end, start + 1)
    return found


def apply_agency_rules(text: str, mentions: list[AgencyMention], gaz: Gazetteer) -> None:
    """An office written before an agency can name another agency (positions.yaml:
    agency_rules): ปลัดกระทรวงศึกษาธิการ → สำนักงานปลัดกระทรวงศึกษาธิการ, เลขาธิการสภาการศึกษา
    → สำนักงานเลขาธิการสภาการศึกษา.  The mention becomes that office's agency."""
    for mention in mentions:
        if not mention.name or mention.holder:
            continue
        before = text[max(0, mention.start - 30):mention.start].rstrip(" ")
        for rule in gaz.agency_rules:
            head = next((h for h in rule.heads if before.endswith(h)), None)
            if head and mention.name.startswith(rule.agency_head):
                head_start = mention.start - (len(text[max(0, mention.start - 30):mention.start]) - len(before)) - len(head)
                name = rule.becomes.format(name=mention.name)
                entry = gaz.agency_by_name(name)
                head = gaz.agency_rx.match(name)
                family = gaz.family_head_form(head.group()) if head else None
                mention.name, mention.entry, mention.family = name, entry, None
                mention.kind = entry.kind if entry else family.kind if family else mention.kind
                mention.holder = text[head_start:mention.end]
                break


def find_backrefs(text: str, gaz: Gazetteer, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """``กองทุนฯ``, ``มูลนิธิฯ``: (start, end, head) of abbreviated references to an agency named before."""
    hi = len(text) if hi is None else hi
    return [(m.start(), m.end(), m.group(1)) for m in gaz.backref_rx.finditer(text, lo, hi)]


def local_abbreviations(text: str, mentions: list[AgencyMention]) -> dict[str, tuple[str, str]]:
    """Abbreviations a release defines itself: ``ชื่อเต็ม (ชื่อย่อ)`` → (name, kind)."""
    local: dict[str, tuple[str, str]] = {}
    for mention in mentions:
        if not mention.name:
            continue
        paren = _ABBR_IN_PARENS.match(text, mention.end)
        if not paren:
            continue
        abbr = paren.group(1).strip()
        if " " in abbr or not _ABBREVIATION.fullmatch(abbr):
            continue
        local.setdefault(abbr, (mention.name, mention.kind))
        mention.end = paren.end()
        mention.form = text[mention.start:mention.end]
        mention.context.add("abbr:" + abbr)
    return local


# --------------------------------------------------------------------------- persons

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


def _name_part(text: str, pos: int, gaz: Gazetteer) -> str:
    run = _thai_run(text, pos, min(len(text), pos + 40))
    if not run:
        return ""
    cutter = gaz.name_cutter_rx
    if cutter.match(run):
        return ""
    for index in range(2, len(run)):
        if cutter.match(run, index):
            return run[:index]
    return run


def _plausible_given(word: str, gaz: Gazetteer, *, guarded: bool) -> bool:
    if len(word) < 2 or len(word) > 20:
        return False
    if _opens_office(word, gaz):
        return False
    if word in gaz.name_stops or gaz.event_cue_rx.match(word) or gaz.boundary_rx.match(word):
        return False
    return word in _given_names() or not guarded


def _plausible_family(word: str, gaz: Gazetteer) -> bool:
    if len(word) < 2 or word in gaz.name_stops or _REPORTED.search(word):
        return False
    if gaz.position_head_rx.match(word) or gaz.title_rx.match(word) or gaz.event_cue_rx.match(word):
        return False
    return not (gaz.boundary_rx.match(word) or _opens_office(word, gaz))


def _opens_office(word: str, gaz: Gazetteer) -> bool:
    """Whether a word starts with an office or agency head (so it is no person's name).
    Abbreviations written without their dot (สมศ) are prefixes of names (สมศักดิ์): not counted."""
    head = gaz.position_head_rx.match(word)
    if head and len(head.group()) >= 3:
        return True
    agency = gaz.agency_rx.match(word)
    if agency is None:
        return False
    form = agency.group()
    return bool(gaz.family_head_form(form) or gaz.family_by_holder(form) or gaz.fixed_holder(form)
                or (len(form) >= 6 and gaz.agency_by_form(form)))


def position_end(text: str, pos: int, gaz: Gazetteer, local: dict) -> int:
    """End of the position phrase that starts at ``pos`` (``pos`` itself when there is none)."""
    limit = len(text)
    head = gaz.position_head_rx.match(text, pos)
    agency = gaz.agency_rx.match(text, pos)
    if not head and not (agency and len(agency.group()) >= 4):
        return pos
    end = _chunk_end(text, pos, gaz)
    if end - pos < 2:
        return pos
    # continuation chunks: "เขต 1", "ภาค 6", "(รมว.พม.)", "ในฐานะ" + position, an abbreviation
    # of the agency's parent (ผู้อำนวยการสำนักงาน... สพฐ.), or the agency of a bare head
    while end < limit and text[end] == " ":
        nxt = end + 1
        area = _AREA_OR_REGION.match(text, nxt)
        if area:
            end = area.end()
            continue
        if text[end - 3:end] in ("เขต", "ภาค") and _NUMBER.match(text, end):
            end = _NUMBER.match(text, end).end()
            continue
        paren = _PAREN.match(text, nxt)
        if paren:
            end = paren.end()
            continue
        joined = _SECOND_POSITION.match(text, nxt)
        if joined and (gaz.position_head_rx.match(text, joined.end()) or gaz.agency_rx.match(text, joined.end())):
            end = _chunk_end(text, joined.end(), gaz)
            continue
        if text[pos:end] in gaz.rank_prefixes and (gaz.position_head_rx.match(text, nxt) or gaz.agency_rx.match(text, nxt)):
            end = position_end(text, nxt, gaz, local)     # รอง ผอ.สพป.X: one position
            break
        if gaz.title_rx.match(text, nxt):
            break
        enumeration = _ENUMERATED.match(text, nxt)
        if enumeration and agency_at(text, enumeration.end(), gaz, local) is not None:
            # ผู้อำนวยการกองการศึกษา ศาสนาและวัฒนธรรม อบจ.X: the unit's name lists its fields
            end = enumeration.end() - 1
            continue
        following = agency_at(text, nxt, gaz, local)
        if following is None or following.holder is not None:
            break
        inside = find_agencies(text, gaz, pos, end, local)
        if inside:
            if not (can_be_part_of(inside[-1], following, gaz) or _abbreviation_like(following.form)):
                break
        elif _ELLIPSIS_BACKREF in text[pos:end]:
            break           # ผู้จัดการมูลนิธิฯ: the agency was named before, what follows is another
        # a position that names no agency yet (รองอธิการบดีฝ่ายวิชาการ) is in the one that follows
        end = following.end
    return end


_ENUMERATED = re.compile(f"(?:[{THAI_LETTER}]{{2,20}} )?[{THAI_LETTER}]{{2,20}} ?และ ?[{THAI_LETTER}]{{2,20}} ")
_AREA_OR_REGION = re.compile(r"(?:เขต|ภาค)\s?\d{1,3}")
_PAREN = re.compile(r"\([^()\n]{1,40}\)")
_SECOND_POSITION = re.compile(r"(?:ในฐานะ|รักษาราชการแทน|ปฏิบัติหน้าที่แทน)\s?")


_NEVER_UNITS = ("provincial_office", "provincial_administration", "district", "local_government")
_TOP_LEVEL = ("กระทรวง", "กรม", "สำนักงานคณะกรรมการ", "สำนักงานเลขาธิการ", "สำนักงานปลัด", "สำนักนายกรัฐมนตรี")


def can_be_part_of(unit: AgencyMention, parent: AgencyMention, gaz: Gazetteer) -> bool:
    """Whether ``unit`` written beside ``parent`` is a unit of it (data: ``units`` in agency_families.yaml)."""
    if not unit.name or not parent.name or unit.name == parent.name or unit.place:
        return False
    if unit.kind in _NEVER_UNITS or (unit.entry is not None and parent.kind != "ministry_office"):
        return False        # a provincial office beside a university is a list, not a unit of it
    unit_name = unit.name
    for heads, kinds in gaz.units:
        if parent.kind not in kinds:
            continue
        if not any(unit_name.startswith(h) for h in heads):
            continue
        if unit_name.startswith(("สำนักงานคณะกรรมการ", "กระทรวง")):
            continue
        if parent.kind == "ministry_office":
            # a bureau of an office: the parent heads others (a ministry, a department, an
            # office of a commission); two named national bodies side by side are a list
            if unit.kind != "ministry_office" or not parent.name.startswith(_TOP_LEVEL):
                continue
            if (unit.entry is not None or unit.name.startswith(_TOP_LEVEL)) and not parent.name.startswith("กระทรวง"):
                continue
        return True
    return False


def _chunk_end(text: str, pos: int, gaz: Gazetteer) -> int:
    """End of one space-free stretch of a position, cut before what the person does.

    Stops are looked for at word boundaries only (ณ must not cut คณะ).
    """
    run_end = pos
    limit = len(text)
    while run_end < limit and not text[run_end].isspace() and text[run_end] not in ",;“”\"(":
        run_end += 1
    if not gaz.position_stop_rx.search(text, pos + 2, run_end):
        return run_end
    names = [(m.start, m.end) for m in find_agencies(text, gaz, pos, run_end)]
    at = pos
    for word in _words(text[pos:run_end]):
        if at >= pos + 2 and gaz.position_stop_rx.match(text, at, run_end) and \
                not any(s < at < e for s, e in names):      # กองทุนเพื่อ... holds a stop word
            return at
        at += len(word)
    return run_end


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
        if _is_position(text, start, gaz, match.group()) or not _left_ok(text, start, match.group(), gaz, strict=True):
            pos = start + len(match.group())
            continue
        titled = (match.group(), match.end()) if is_guarded else _title_at(text, start, gaz)
        if titled is None:
            pos = start + 1
            continue
        title, at = titled
        at = _skip_space(text, at, hi)
        if _is_position(text, at, gaz, ""):
            pos = at
            continue
        given = _name_part(text, at, gaz)
        if not _plausible_given(given, gaz, guarded=is_guarded):
            pos = start + len(match.group())
            continue
        end = at + len(given)
        family = ""
        if end < hi and text[end] == " " and not gaz.title_rx.match(text, end + 1):
            candidate = _name_part(text, end + 1, gaz)
            if candidate and _plausible_family(candidate, gaz) and not _is_position(text, end + 1, gaz, ""):
                family = candidate
                end = end + 1 + len(candidate)
                # a second family name (ปุณยจรัสธำรง) before the position
                if end < hi and text[end] == " ":
                    third = _name_part(text, end + 1, gaz)
                    after = end + 1 + len(third)
                    if (third and third not in _dictionary() and _plausible_family(third, gaz)
                            and not gaz.position_head_rx.match(third)
                            and after < hi and text[after] == " "
                            and gaz.position_head_rx.match(text, after + 1)):
                        family += " " + third
                        end = after
        name = f"{given} {family}".strip()
        mention = PersonMention(start, end, name, title, given, backref=not family)
        position_at = _skip_space(text, end, hi)
        stop = position_end(text, position_at, gaz, local)
        if stop > position_at:
            mention.position = text[position_at:stop].strip()
            mention.position_span = (position_at, stop)
            mention.end = stop
        found.append(mention)
        pos = max(mention.end, start + 1)
    return found


def find_name_repeats(text: str, persons: list[PersonMention], lo: int, hi: int,
                      taken: list[tuple[int, int]]) -> list[PersonMention]:
    """Later mentions of a known person's full name written without a title."""
    out = []
    for person in {p.name: p for p in persons if not p.backref}.values():
        for match in re.finditer(re.escape(person.name), text[lo:hi]):
            start, end = lo + match.start(), lo + match.end()
            if any(s <= start < e for s, e in taken):
                continue
            out.append(PersonMention(start, end, person.name, person.title, person.given, backref=True))
    return out


# --------------------------------------------------------------------------- programmes

_PROGRAMME_MIN_WORDS = 3      # a bare โครงการก่อสร้าง is a kind of project, not a named one
_PROGRAMME_RX = re.compile(r"โครงการ")


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
    return found


def _programme_tail(text: str, end: int, hi: int, gaz: Gazetteer):
    """(province, phase, end) written after a programme's name."""
    province = phase = None
    found = match_province(text, end, gaz, hi)
    if found is None and end < hi and text[end] == " ":
        spaced = _PROVINCE_PREFIX.match(text, end, hi)
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
    return ProgrammeMention(match.start(), end, text[match.start():end],
                            name if (province or not entry.provincial) else None, entry.name,
                            province, phase, provincial=entry.provincial)


def _project(text: str, start: int, gaz: Gazetteer, hi: int):
    at = start + len("โครงการ")
    quoted = _QUOTED.match(text, at, hi)
    if quoted:
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
        words = _words(text[at:end])
        if gaz.event_cue_rx.match(text, at) or not _opens_name(words[0], gaz, proper=False):
            return None     # โครงการอบรม... is one activity (an Event); โครงการต่อเนื่อง is no name
        base = text[start:end]
        province, phase, end = _programme_tail(text, end, hi, gaz)
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


# --------------------------------------------------------------------------- provinces

_PLACE_RX = re.compile(r"(?:จังหวัด|จ\.\s?|อำเภอเมือง|อ\.เมือง)")


def find_provinces(text: str, gaz: Gazetteer, lo: int = 0, hi: int | None = None) -> list[ProvinceMention]:
    """Provinces written as places: จังหวัดX, จ.X, อำเภอเมืองX, กรุงเทพฯ, and the bare names
    that continue such a list (จังหวัดลำพูน เชียงใหม่ และลำปาง)."""
    hi = len(text) if hi is None else hi
    found: list[ProvinceMention] = []
    for match in _PLACE_RX.finditer(text, lo, hi):
        province = gaz.province_rx.match(text, match.end(), hi)
        if not province:
            continue
        entry = gaz.province_by_form(province.group())
        found.append(ProvinceMention(match.start(), province.end(), entry.name))
        pos = province.end()
        while True:
            joined = re.compile(r"\s?(?:,\s?|และ\s?|\s)").match(text, pos, hi)
            if not joined:
                break
            nxt = gaz.province_rx.match(text, joined.end(), hi)
            if not nxt or is_thai_letter(text[nxt.end():nxt.end() + 1]):
                break
            entry = gaz.province_by_form(nxt.group())
            found.append(ProvinceMention(nxt.start(), nxt.end(), entry.name))
            pos = nxt.end()
    for match in re.finditer(r"กรุงเทพ(?:มหานคร|ฯ)|กทม\.", text[lo:hi]):
        found.append(ProvinceMention(lo + match.start(), lo + match.end(), "กรุงเทพมหานคร"))
    found.sort(key=lambda m: m.start)
    return found
