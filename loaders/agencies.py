"""Agency mentions: gazetteer heads, abbreviations and office holders open agency names.

``loaders/data/agencies.yaml`` and ``agency_families.yaml`` say which forms
open a name and what may follow (a province, a district number, a place, an
open name that ends at the first sentence word).

>>> from edugraph.loaders.gazetteer import load_gazetteer
>>> gaz = load_gazetteer()
>>> [m.name for m in find_agencies("ร่วมกับ อบต.สลักได และ สพป.สตูล", gaz)]
['องค์การบริหารส่วนตำบลสลักได', 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสตูล']
"""
from __future__ import annotations

import re

from edugraph.loaders.foreign_bodies import country_slot, foreign_body, government_of_the_day
from edugraph.loaders.gazetteer import Family, Gazetteer
from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.mined_names import family_head_under, runs_on
from edugraph.loaders.name_shape import committee_remit_end, named_after_a_village
from edugraph.loaders.numbered_units import district_unit, numbered_region
from edugraph.loaders.postings import with_posting
from edugraph.loaders.royal_patrons import opens_patronage, under_royal_patronage
from edugraph.loaders.shared_heads import more_provinces
from edugraph.loaders.spaced_names import goes_on_over_space
from edugraph.loaders.unit_names import campus
from edugraph.loaders.words import (AREA, LATIN_NAME, NUMBER, is_thai_letter, match_province, match_province_code, open_name_end,
                                    opens_name, opens_with_a_stop_word, place_end, sentence_word, skip_space, split_words, thai_run,
                                    within_one_edit, word_of_a_name, word_tag)

_BRACKETED_AREA = re.compile(r"\s?\([^()\n]{2,24}\)\s?เขต\s?(\d{1,3})")
_MORE_AREAS = re.compile(r"\s?(?:,|และ|\s)\s?(?:และ\s?)?(?P<area>เขต\s?(?P<number>\d{1,3}))(?!\s?\d)")
_LATIN_PARENS = re.compile(r" ?\([A-Z][A-Za-z ]{1,30}\)")
_COMPANY_END = re.compile(r"\s?จำกัด(?:\s?\(มหาชน\))?")
_COUNTRY_PARENS = re.compile(r"\s?\((?:ประเทศไทย|Thailand|ไทยแลนด์)\)$")

def abbreviation_like(form: str) -> bool:
    return form.endswith(".") or (len(form) <= 6 and "." in form)


def left_ok(text: str, start: int, form: str, gaz: Gazetteer, *, strict: bool = False) -> bool:
    """Whether a name may start at ``start``: after a space or mark, or glued to a function word.

    Thai writes agency names right after words like จาก, โดย, ร่วมกับ; a short or
    open head glued to any other word is part of a phrase (ภาคีเครือข่าย...).
    """
    if start == 0 or not is_thai_letter(text[start - 1]):
        return True
    if strict or abbreviation_like(form) or len(form) <= 4:
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
        found = match_province(text, skip_space(text, pos, limit) if abbreviation else pos, gaz, limit)
        if found is None and abbreviation:
            found = match_province_code(text, pos, gaz, limit)
        if found is None and not abbreviation and pos < limit and text[pos] == " ":
            found = match_province(text, pos + 1, gaz, limit)
        if found is None and family.area:
            # a regional office named by its area alone (สพม. เขต 24): no province
            area = AREA.match(text, pos, limit)
            if area:
                return f"{family.head} เขต {area.group(1)}", area.end(), None, False
        if found is None:
            if family.when_bare == "story":
                return None, pos, None, True
            return None
        province, end = found
        name = family.head + province
        if family.area:
            # the district number, also after the abbreviation in brackets: ...พิจิตร (สพป.พิจิตร) เขต 1
            area = AREA.match(text, end, limit) or _BRACKETED_AREA.match(text, end, limit)
            if area:
                name += f" เขต {area.group(1)}"
                end = area.end()
        return name, end, province, False
    if slot == "number":
        number = NUMBER.match(text, pos, limit)
        if not number:
            return None
        return f"{family.head} {number.group(1)}", number.end(), None, False
    if slot == "country":     # ทำเนียบรัฐบาล ไทยคู่ฟ้า is Government House
        found = country_slot(text, pos, limit, gaz) if text[max(0, pos - 14):pos].find("ทำเนียบ") < 0 else None
        if found and government_of_the_day(text, pos - len(family.head), found[1], family.head + found[0]):
            return None
        return (family.head + found[0], found[1], None, False) if found else None
    start = skip_space(text, pos, limit) if abbreviation else pos
    if slot == "place":
        end = place_end(text, start, limit, gaz)
        if end - start < 2:
            return None
        return family.head + text[start:end], end, None, False
    # open names (one named after its village is a name whatever common noun opens it: สถาบันการเงินชุมชนบ้านไชยสถาน)
    def village() -> bool:
        return family.kind in ("other", "fund", "network") and named_after_a_village(
            split_words(text[start:open_name_end(text, start, limit, gaz)]))

    if text.startswith(family.head, start) or not _not_after_ok(family, text, start, limit) and not village():
        return None
    if family.kind == "company":
        tail = _COMPANY_END.search(text, start, min(limit, start + 80))
        if tail and "\n" not in text[start:tail.start()] and tail.start() > start + 1:
            body = text[start:tail.start()].strip()
            # a foreign firm's local company keeps its country: บริษัท อัลสตอม (ประเทศไทย) จำกัด
            own = _COUNTRY_PARENS.sub("", body)
            if len(own) >= 2 and not any(ch in own for ch in "()“”\""):
                return family.head + body + " " + tail.group().strip(), tail.end(), None, False
        latin = LATIN_NAME.match(text, pos, limit)      # บริษัท Google, บริษัท DP World: a brand's own name
        if latin is not None and sum(c.isalpha() for c in latin.group("name")) >= 2:
            parens = _LATIN_PARENS.match(text, latin.end("name"), limit)      # …Printed Circuit (Thailand)
            end = parens.end() if parens else latin.end("name")
            return family.head + " " + text[latin.start("name"):end], end, None, False
    end = open_name_end(text, start, limit, gaz)
    end = committee_remit_end(text, start, end, limit, gaz, family.not_after, committee=family.kind == "committee")
    body = text[start:end]
    if len(body) < 2 or body in family.generic or (family.body is not None and not family.body.search(body)) \
            or gaz.generic_body_rx.fullmatch(body):
        return None
    words = split_words(body)
    if not opens_name(words[0], gaz, proper=family.proper) and not word_of_a_name(words, 0, gaz) and not village():
        return None         # โรงเรียนสามารถ..., โรงเรียนอื่น: the common noun, not a name
    return family.head + body, end, None, False


def _inside_a_word(text: str, start: int, form: str, gaz: Gazetteer) -> bool:
    """Whether an abbreviation written without its dot (มวล of มวล.) is only the end of a word
    there (ทั้งมวล): glued to the Thai letters before it where newmm puts no word boundary."""
    if form not in gaz.dotless_abbreviations or start == 0 or not is_thai_letter(text[start - 1]):
        return False
    lo = start
    while lo > max(0, start - 12) and is_thai_letter(text[lo - 1]):
        lo -= 1
    before = text[lo:start]
    at = 0
    for word in split_words(before + form):
        at += len(word)
        if at == len(before):
            return False
    return True


def _misspelt_entry(text: str, pos: int, limit: int, family: Family, gaz: Gazetteer):
    """A named agency written with one wrong letter after its head (สภาการศีกษา): (entry, end)."""
    run = thai_run(text, pos, min(limit, pos + 90))
    if len(run) < 8:
        return None
    for body, entry in gaz.entries_after_head(family.head, run[:3]):
        for length in (len(body) - 1, len(body), len(body) + 1):
            if length <= len(run) and within_one_edit(run[:length], body):
                rest = run[length:]
                if rest and not sentence_word(split_words(rest)[0], gaz):
                    continue        # the text goes on with more name: another agency
                return entry, pos + length
    return None


def _resolve_agency(text: str, start: int, form: str, limit: int, gaz: Gazetteer, local: dict):
    """The AgencyMention that the form matched at ``start`` opens, or None."""
    end = start + len(form)
    if not left_ok(text, start, form, gaz):
        return None
    # 1. an office holder written without a person (ศึกษาธิการจังหวัดสตูล, นายอำเภอจอมพระ); a former one
    # (อดีตเอกอัครราชทูตไทยประจำ...) names no body anyone acts for here, nor does a delegation that a fixed
    # office's title names (คณะผู้แทนการค้าไทย: a trade mission, not สำนักงานผู้แทนการค้าไทย)
    fixed = gaz.fixed_holder(form)
    if text.endswith("อดีต", 0, start) and (fixed or gaz.family_by_holder(form)) \
            or fixed and text.endswith("คณะ", 0, start):
        return None
    if fixed:
        entry = gaz.agency_by_name(fixed)
        after = match_province(text, skip_space(text, end, limit), gaz, limit)
        stop = after[1] if after else end
        if after:
            area = AREA.match(text, stop, limit)
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
        if slot is None and not (family.slot == "province" and family.place):
            return None
        slot = slot or (None, end, None, True)       # รองผู้ว่าราชการจังหวัด written bare: the story's province
        name, stop, province, bare = slot
        return AgencyMention(start, stop, text[start:stop], name, family.kind, family=family,
                             province=province, bare=bare, holder=text[start:stop])
    # 2. a family head, one of its other forms, or its abbreviation + slot
    family = gaz.family_head_form(form)
    if family and (family.held_only or family.slot == "open" and not left_ok(text, start, form, gaz, strict=True)):
        family = None       # (a held-only body, วัด, is no actor where it is written alone: a venue)
    if family and form.endswith(".") and (local.get(form) or local.get(form.rstrip("."))):
        family = None       # a short form the release defines itself (กรุงเทพมหานคร (กทม.)) reads as it says
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
    if entry and entry.mined:
        # a mined name only adds what the family's own reading misses: ศูนย์พัฒนาเด็กเล็กบ้านบาละ is one
        # of the ศูนย์พัฒนาเด็กเล็ก, and สภาเด็กและเยาวชน|แห่งประเทศไทย is read on as before
        head = family_head_under(form, gaz)
        read = _resolve_agency(text, start, head, limit, gaz, local) if head else None
        if read is not None and read.end >= end:
            return read
        if runs_on(text, end, limit, gaz):
            return None     # …ตามลำแม่น้ำโขง|นครพนม: a mined name never cuts a longer one short
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
        if _inside_a_word(text, start, match.group(), gaz):
            pos = start + 1
            continue
        mention = _resolve_agency(text, start, match.group(), hi, gaz, local)
        if mention is None:
            pos = start + 1
            continue
        if mention.end < hi and text[mention.end] in " \u00a0\n":
            mention = goes_on_over_space(text, mention, hi, gaz)
        mention = under_royal_patronage(text, mention, hi, gaz)
        mention = numbered_region(text, district_unit(text, mention, hi, gaz, agency_at), hi, gaz)
        mention = with_posting(text, campus(text, foreign_body(text, mention, hi, gaz), hi, gaz), hi, gaz)
        more = more_provinces(text, mention, hi, gaz)    # วัฒนธรรมจังหวัดสตูล และกาญจนบุรี
        pos = max(mention.end, start + 1)
        for mention in more if mention.name is None and more else [mention] + more:    # a group's bare head goes
            found.append(mention)
            pos = max(pos, mention.end)
        # "สพป.พิจิตร เขต 1, เขต 2 และเขต 3": one office per district number
        while mention.family is not None and mention.family.area and mention.name and mention.name.endswith(
                f" เขต {_last_number(mention.name)}"):
            more = _MORE_AREAS.match(text, mention.end, hi)
            if more is None:
                break
            base = mention.name[:mention.name.rindex(" เขต ")]
            name = f"{base} เขต {more.group('number')}"
            mention = AgencyMention(more.start("area"), more.end(), name, name, mention.kind, family=mention.family,
                                    province=mention.province)
            found.append(mention)
            pos = max(pos, mention.end)
    return found


def _opens_a_clause(word: str, gaz: Gazetteer) -> bool:
    """Whether a word glued after a name opens the sentence: a stop word, a sentence verb, or a word whose
    part of speech never stands in a name (ร่วม, ภายใน, เป็น); an untagged compound when one of its first
    dictionary words is a stop word (จัด|งาน, จัด|ตั้งขึ้น).  An action verb is not enough: an
    agency's name is often one (ศูนย์ปฏิบัติการ|แก้ไขปัญหา..., คณะกรรมการกองทุน|ฟื้นฟู...), and เพื่อ opens
    a name's purpose (สถาบันความร่วมมือ|เพื่อพัฒนา...)."""
    if word in gaz.country_names or gaz.province_by_form(word) or word.startswith(("แห่ง", "และ", "หรือ")):
        return False            # สมาคมการค้าเสรี|แห่งยุโรป, กองทุนหมู่บ้าน|และชุมชนเมือง: the name goes on

    def stops(piece: str, tag: str | None) -> bool:
        return piece in gaz.name_stops or piece in gaz.sentence_verbs or (
            tag in gaz.not_name_tags and piece not in gaz.name_end_keep)

    tag = word_tag(word)
    # an untagged compound: only a stop word opening it counts, not a tag (หมู่|บ้าน opens with a classifier)
    return stops(word, tag) if tag else opens_with_a_stop_word(word, gaz)


def end_at_names_written_alone(mentions: list[AgencyMention], gaz: Gazetteer) -> None:
    """An open name that runs into the sentence (มูลนิธิเทพรัตนเวชชานุกูล|ให้การสนับสนุน, คณะกรรมการกองทุนหมู่บ้านไชยสถาน|ร่วม
    ต้อนรับ) ends where the release itself ends it elsewhere: another mention's name is written at its start,
    and what follows opens a clause.  The longer mention takes that mention's reading.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "มูลนิธิเทพรัตนเวชชานุกูล ก่อตั้งเมื่อปี 2562 โดยมูลนิธิเทพรัตนเวชชานุกูลให้การสนับสนุน แก่โรงเรียน"
    >>> found = find_agencies(text, gaz)
    >>> [m.name for m in found]
    ['มูลนิธิเทพรัตนเวชชานุกูล', 'มูลนิธิเทพรัตนเวชชานุกูลให้การสนับสนุน']
    >>> end_at_names_written_alone(found, gaz)
    >>> [(m.name, m.form) for m in found]     # doctest: +NORMALIZE_WHITESPACE
    [('มูลนิธิเทพรัตนเวชชานุกูล', 'มูลนิธิเทพรัตนเวชชานุกูล'), ('มูลนิธิเทพรัตนเวชชานุกูล', 'มูลนิธิเทพรัตนเวชชานุกูล')]
    >>> found = find_agencies("คณะกรรมการกองทุน กำหนด และคณะกรรมการกองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ", gaz)
    >>> end_at_names_written_alone(found, gaz)
    >>> [m.name for m in found][-1]     # หมู่|บ้าน opens no clause
    'คณะกรรมการกองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ'
    """
    alone = {m.form: m for m in mentions if m.name and m.form == m.name and not m.holder}
    for mention in mentions:
        if mention.entry is not None or mention.family is None or mention.family.slot != "open" \
                or not mention.name or mention.form != mention.name or mention.holder:
            continue
        shorter = max((form for form in alone if len(form) < len(mention.form) and mention.form.startswith(form)),
                      key=len, default=None)
        if shorter is None:
            continue
        rest = mention.form[len(shorter):]
        if not is_thai_letter(rest[0]) or not _opens_a_clause(split_words(rest)[0], gaz) or opens_patronage(rest, gaz):
            continue
        reading = alone[shorter]
        mention.end, mention.form, mention.name = mention.start + len(shorter), shorter, reading.name
        mention.kind, mention.entry, mention.family, mention.province = \
            reading.kind, reading.entry, reading.family, reading.province


def _last_number(name: str) -> str:
    digits = re.search(r"(\d+)$", name)
    return digits.group(1) if digits else ""
