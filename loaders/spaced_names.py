"""Agency names that go on over a space.

An open agency name ends at the text's first space; some official names go on
after it: a word that ends names (แห่งชาติ, ในพระบรมราชูปถัมภ์), a royal rank
and name after a royal title, a list of fields of government closed by และ
(กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช).  A named agency whose official name
holds spaces, written with a slip or with words left out, is that agency.
The word lists are data (``loaders/data/cues.yaml``: ``spaced_name_tails``,
``royal_ranks``, ``name_field_words``).

>>> from edugraph.loaders.gazetteer import load_gazetteer
>>> from edugraph.loaders.agencies import find_agencies
>>> gaz = load_gazetteer()
>>> [m.name for m in find_agencies("โดยกรมวิทยาศาสตร์ เทคโนโลยีและนวัตกรรม ได้", gaz)]
['กรมวิทยาศาสตร์ เทคโนโลยีและนวัตกรรม']
"""
from __future__ import annotations

import re

from edugraph.loaders.gazetteer import THAI_LETTER, Gazetteer
from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.words import is_thai_letter, sentence_word, split_words, thai_run, word_tag


def _edit_distance(a: str, b: str, most: int) -> int:
    """Levenshtein distance of two short strings, or ``most + 1`` once it is sure to exceed ``most``."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
        if min(row) > most:
            return most + 1
    return row[-1]


def _spaced_entry(text: str, mention: AgencyMention, hi: int, gaz: Gazetteer):
    """A named agency with spaces in its name, written from ``mention`` on with a word dropped or
    misspelt (กระทรวงอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม): (entry, end) or None.

    The written name must run past the mention's space up to the entry's last letters and differ
    from the entry, spaces aside, by at most one letter in eight."""
    for squeezed, entry in gaz.spaced_entries_of_head(mention.family.head):
        window = text[mention.start:min(hi, mention.start + len(squeezed) + 16)]
        last = window.find(squeezed[-6:], mention.end - mention.start)
        if last < 0:
            continue
        end = mention.start + last + 6
        if end < hi and is_thai_letter(text[end]):
            continue
        written = text[mention.start:end].replace(" ", "").replace("\u00a0", "")
        if "\n" not in written and _edit_distance(written, squeezed, max(2, len(squeezed) // 8)) <= max(
                2, len(squeezed) // 8):
            return entry, end
    return None


_KNOWN_BY_HEAD: dict[tuple[int, str], list] = {}


def misspelt_entry(name: str, head: str, gaz: Gazetteer):
    """The named agency that an open name is a slip for (สถาบันอนุญาโตตุลากร, กรมโยธิการและผังเมือง,
    สำนักงานคณะกรรมการการแข่งขันการค้า), or None: a gazetteer name with the same head, at least ten
    letters long, that differs by at most one letter in ten.  Names with digits are numbered units,
    never slips.  The official spelling is the name; the text's stays an alias (ANNOTATION).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> misspelt_entry("กรมโยธิการและผังเมือง", "กรม", gaz).name
    'กรมโยธาธิการและผังเมือง'
    >>> misspelt_entry("กระทรวงแรงงาน", "กระทรวง", gaz) is None      # the spelling is right
    True
    """
    if any(c.isdigit() for c in name) or len(name) < 10:
        return None
    known = _KNOWN_BY_HEAD.get((id(gaz), head))
    if known is None:
        known = _KNOWN_BY_HEAD[(id(gaz), head)] = [
            (entry.name.replace(" ", ""), entry) for entry in gaz.agencies
            if entry.name.startswith(head) and len(entry.name) >= 10 and not any(c.isdigit() for c in entry.name)]
    squeezed = name.replace(" ", "")
    # slips are rare in the letters right after the head: comparing only names that share them keeps
    # this cheap (a few candidates instead of every national office)
    opening = squeezed[len(head):len(head) + 2]
    for written, entry in known:
        most = max(1, len(written) // 10)
        if written[len(head):len(head) + 2] == opening and written != squeezed \
                and _edit_distance(squeezed, written, most) <= most:
            return entry
    return None


_FIELD_CHUNK = re.compile(r"[ \u00a0]{1,2}([" + THAI_LETTER + r"]{2,40})")


def _nominalised(words: tuple[str, ...], gaz: Gazetteer) -> tuple[str, ...]:
    """The words with a nominaliser joined to the word after it (การ|จ้างงาน is one field)."""
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] in gaz.nominalisers:
            joined[-1] += word
        else:
            joined.append(word)
    return tuple(joined)


def _field_list_end(text: str, pos: int, hi: int, gaz: Gazetteer) -> int | None:
    """End of a list of fields of government after a name's space, closed by และ (…ศิลปะ และวัฒนธรรม,
    …เทคโนโลยีและนวัตกรรม), or None.  A chunk glued to a sentence word (…นวัตกรรมยัง) ends the list there."""
    end, closed = pos, False
    for _ in range(4):
        chunk = _FIELD_CHUNK.match(text, end, hi)
        if chunk is None:
            break
        words = _nominalised(split_words(chunk.group(1)), gaz)
        at, fields = chunk.start(1), 0
        for index, word in enumerate(words):
            if word == "และ" and index + 1 < len(words) and words[index + 1] in gaz.name_field_words:
                closed = True
            elif word in gaz.name_field_words:
                fields += 1
            elif closed and gaz.spaced_name_tail_rx.fullmatch(" " + word):
                at += len(word)     # …วิจัยและนวัตกรรมแห่งชาติ: the list, and the word that ends the name
                break
            else:
                break
            at += len(word)
        if not fields:
            break
        if at < chunk.end(1):
            if words[-1] == "และ" or not closed:
                break
            return at
        end = chunk.end(1)
    return end if closed and end > pos else None


_NAME_TAIL_END = re.compile(r"(?:แห่งชาติ|แห่งประเทศไทย)$")


def _parallel_list_end(text: str, mention: AgencyMention, hi: int, gaz: Gazetteer) -> int | None:
    """End of a list of parallel items after an open name's space, each opening with a word the name
    already holds (กิจการกระจายเสียง| กิจการโทรทัศน์ และกิจการโทรคมนาคม): the official name enumerates
    what the body covers.  The list must be closed — by a last item after และ, or by an item that ends
    with แห่งชาติ (a release may drop the และ: …กิจการโทรทัศน์ กิจการโทรคมนาคมแห่งชาติ) — or it is
    the sentence going on, and nothing is taken.  The repeated word is a common noun (cues.yaml's
    ``parallel_item_tags``) of more than three letters: shorter ones repeat too often to say anything.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> from edugraph.loaders.agencies import find_agencies
    >>> gaz = load_gazetteer()
    >>> [m.name for m in find_agencies("ประธานคณะกรรมการกิจการพลังงาน กิจการน้ำ กิจการขนส่งแห่งชาติ และ", gaz)]
    ['คณะกรรมการกิจการพลังงาน กิจการน้ำ กิจการขนส่งแห่งชาติ']
    >>> [m.name for m in find_agencies("ศูนย์กิจการพลังงาน กิจการน้ำ เพื่อ", gaz)]      # not closed: the sentence
    ['ศูนย์กิจการพลังงาน']
    """
    body = mention.name[len(mention.family.head):] if mention.name.startswith(mention.family.head) else ""
    # an item repeats a common noun of the name (กิจการ); a verb or an untagged compound (ขอพระราชทาน) repeated
    # after a space is a sentence going on
    openings = tuple(word for word in split_words(body) if len(word) > 3
                     and word_tag(word) in gaz.words["parallel_item_tags"])
    end = mention.end
    for _ in range(4):
        chunk = _FIELD_CHUNK.match(text, end, hi)
        if chunk is None or not openings:
            return None
        item = chunk.group(1)
        last = item.startswith("และ")
        item = item[len("และ"):] if last else item
        opening = next((word for word in openings if item.startswith(word)), None)
        # (the tokenizer splits an item by its context: กิจ|การขนส่ง, so the opening is matched as letters)
        if opening is None or any(sentence_word(w, gaz) for w in split_words(item[len(opening):])):
            return None
        end = chunk.end(1)
        if last or _NAME_TAIL_END.search(item):
            return end
    return None


_SHORT_FORM_AFTER = re.compile(r"[ \u00a0]?\(")


def _list_before_short_form_end(text: str, mention: AgencyMention, hi: int, gaz: Gazetteer) -> int | None:
    """End of a list of what the body covers after an open name's space, closed by และ and followed by the
    short form or the foreign name the release gives the whole (ศูนย์ปฏิบัติการช่วยเหลือผู้ประสบอุทกภัย| วาตภัย
    และดินโคลนถล่ม (ศปช.)): the bracket says the name ends there.  No item may be a sentence's or open another
    body (…มหาวิทยาลัยX และโรงเรียนY (…) lists bodies), and at most three are read.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> from edugraph.loaders.agencies import find_agencies
    >>> gaz = load_gazetteer()
    >>> [m.name for m in find_agencies("ว่า ศูนย์ปฏิบัติการช่วยเหลือผู้ประสบอุทกภัย วาตภัย และดินโคลนถล่ม (ศปช.) แจ้ง", gaz)]
    ['ศูนย์ปฏิบัติการช่วยเหลือผู้ประสบอุทกภัย วาตภัย และดินโคลนถล่ม']
    >>> [m.name for m in find_agencies("ศูนย์ปฏิบัติการช่วยเหลือผู้ประสบอุทกภัย วาตภัย และดินโคลนถล่ม ได้", gaz)]
    ['ศูนย์ปฏิบัติการช่วยเหลือผู้ประสบอุทกภัย']
    >>> [m.name for m in find_agencies("วิทยาลัยการปกครอง กรมการปกครอง และหลักสูตรวิทยาลัยการป้องกันราชอาณาจักร (วปอ.)", gaz)][0]
    'วิทยาลัยการปกครอง'
    """
    end = mention.end
    for _ in range(3):
        chunk = _FIELD_CHUNK.match(text, end, hi)
        if chunk is None:
            return None
        words = split_words(chunk.group(1))
        last = words[0] == "และ"
        words = words[1:] if last else words
        if not words or gaz.agency_rx.match(text, chunk.start(1) + 3 * last) or any(      # (a verb after การ is a noun: การ|สร้าง)
                sentence_word(w, gaz) and (not i or words[i - 1] not in gaz.nominalisers) for i, w in enumerate(words)):
            return None
        end = chunk.end(1)
        if last:
            return end if _SHORT_FORM_AFTER.match(text, end, hi) else None
    return None


def _entry_with_words_left_out(written: str, head: str, gaz: Gazetteer):
    """The named agency whose spaced official name holds every word of ``written`` in order and
    little more (กระทรวงอุดมศึกษา วิทยาศาสตร์และนวัตกรรม: the ministry with การ and วิจัย left out)."""
    written = written.replace(" ", "").replace("\u00a0", "")
    words = split_words(written[len(head):])
    for squeezed, entry in gaz.spaced_entries_of_head(head):
        if len(written) < 0.75 * len(squeezed):
            continue
        at = len(head)
        for word in words:
            at = squeezed.find(word, at)
            if at < 0:
                break
            at += len(word)
        else:
            return entry
    return None


def _other_fields(text: str, mention: AgencyMention, hi: int, gaz: Gazetteer) -> AgencyMention:
    """A named body whose name goes on over a space with a list of fields closed by และ is another
    body, often a foreign one: กระทรวงสาธารณสุข| แรงงาน และสวัสดิการ (Japan's), กระทรวงเกษตร| ป่าไม้
    และประมง.  Its name is what the text writes, from the named form on (a position before it, as in
    รัฐมนตรีว่าการกระทรวงอุตสาหกรรม| พาณิชยกรรม และการจ้างงาน, stays the holder's).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> from edugraph.loaders.agencies import find_agencies
    >>> gaz = load_gazetteer()
    >>> [m.name for m in find_agencies("ได้แก่ กระทรวงเกษตร ป่าไม้ และประมง กระทรวงสาธารณสุข แรงงาน และสวัสดิการ", gaz)]
    ['กระทรวงเกษตร ป่าไม้ และประมง', 'กระทรวงสาธารณสุข แรงงาน และสวัสดิการ']
    >>> [m.name for m in find_agencies("กระทรวงศึกษาธิการ ครู และนักเรียน", gaz)]
    ['กระทรวงศึกษาธิการ']
    """
    end = _field_list_end(text, mention.end, hi, gaz)
    if end is None:
        return mention
    opening = next((at for at in range(mention.start, mention.end)
                    if gaz.agency_by_form(text[at:mention.end]) is mention.entry), mention.start)
    written = text[mention.start:end]
    name = text[opening:mention.end] + re.sub(r"\s+", " ", text[mention.end:end])
    return AgencyMention(mention.start, end, written, name, mention.kind, holder=mention.holder and written)


def goes_on_over_space(text: str, mention: AgencyMention, hi: int, gaz: Gazetteer) -> AgencyMention:
    """An open agency name ends at the text's first space; some names go on after it.

    A word that still belongs to a name (``spaced_name_tails`` in cues.yaml: แห่งชาติ,
    ในพระบรมราชูปถัมภ์), a royal rank and name after a royal title (``royal_ranks``), or a list of
    fields closed by และ (``name_field_words``) joins it; and a named agency whose official name holds spaces,
    written with a slip, is that agency.
    """
    if mention.entry is not None and mention.end < hi and text[mention.end] in " \u00a0":
        return _other_fields(text, mention, hi, gaz)
    if mention.entry is not None or mention.family is None or mention.family.slot != "open" or not mention.name:
        return mention
    if mention.name.startswith(mention.family.head):
        spaced = _spaced_entry(text, mention, hi, gaz)
        if spaced is not None:
            entry, end = spaced
            return AgencyMention(mention.start, end, text[mention.start:end], entry.name, entry.kind, entry=entry)
    rank = gaz.royal_rank_rx.match(text, mention.end, hi) if "พระ" in mention.name else None
    if rank is not None:
        written = text[mention.start:rank.end()]
        return AgencyMention(mention.start, rank.end(), written, mention.name + rank.group(), mention.kind,
                             family=mention.family, province=mention.province, holder=mention.holder and written)
    tail = gaz.spaced_name_tail_rx.match(text, mention.end, hi)
    if tail is None:
        end = _field_list_end(text, mention.end, hi, gaz)
        if end is None:
            end = _parallel_list_end(text, mention, hi, gaz) or _list_before_short_form_end(text, mention, hi, gaz)
        if end is None:
            return mention
        written, name = text[mention.start:end], mention.name + text[mention.end:end]
        entry = gaz.agency_by_form(re.sub(r"\s+", "", name)) or _entry_with_words_left_out(name, mention.family.head, gaz)
        if entry is not None:
            return AgencyMention(mention.start, end, written, entry.name, entry.kind, entry=entry,
                                 holder=mention.holder and written)
        return AgencyMention(mention.start, end, written, name, mention.kind,
                             family=mention.family, province=mention.province, holder=mention.holder and written)
    word = tail.group(1)
    if tail.end() < hi and is_thai_letter(text[tail.end()]) and split_words(
            thai_run(text, tail.start(1), min(hi, tail.start(1) + 40)))[0] != word:
        return mention          # แห่งชาติ... glued to a longer word
    written = text[mention.start:tail.end()]
    name = mention.name + " " + word
    entry = gaz.agency_by_form(name) or gaz.agency_by_form(name.replace(" ", ""))
    if entry is not None:
        return AgencyMention(mention.start, tail.end(), written, entry.name, entry.kind, entry=entry)
    return AgencyMention(mention.start, tail.end(), written, name, mention.kind, family=mention.family,
                         province=mention.province, holder=mention.holder and written)


def name_in_full(mentions: list[AgencyMention], gaz: Gazetteer) -> None:
    """A release that writes a name once with the words that end it after a space (มูลนิธิสายใจไทย
    ในพระบรมราชูปถัมภ์) and elsewhere without them names one agency: the full name for both."""
    full = {}
    for m in mentions:
        at = m.name.rfind(" ") if m.name else -1
        if at > 0 and gaz.spaced_name_tail_rx.fullmatch(m.name, at):
            full[m.name[:at]] = m.name
    for m in mentions:
        if m.entry is None and m.name in full:
            m.name = full[m.name]
