"""Agency names that go on over a royal's patronage.

An open agency name is cut before a glued ``ใน`` (the tokenizer reads it as the preposition), and a patronage
written after a space ends the name even where the royal's name follows.  A body under a royal's patronage keeps
the patronage, the royal's names and the titles after them (cues.yaml ``royal_patronages``,
``royal_patron_names``; ANNOTATION: the full official name; every such name in gold keeps them).

>>> from edugraph.loaders.gazetteer import load_gazetteer
>>> from edugraph.loaders.agencies import find_agencies
>>> gaz = load_gazetteer()
>>> [m.name for m in find_agencies("ร่วมกับมูลนิธิขาเทียมในสมเด็จพระศรีนครินทราบรมราชชนนี จัดกิจกรรม", gaz)]
['มูลนิธิขาเทียมในสมเด็จพระศรีนครินทราบรมราชชนนี']
>>> [m.name for m in find_agencies("กองทุนกำลังใจในพระดำริพระเจ้าหลานเธอ พระองค์เจ้าพัชรกิติยาภา กับ", gaz)]
['กองทุนกำลังใจในพระดำริพระเจ้าหลานเธอ พระองค์เจ้าพัชรกิติยาภา']
>>> [m.name for m in find_agencies("สมาคมโทรคมนาคมแห่งประเทศไทยในพระบรมราชูปถัมภ์ เพื่อบูรณาการ", gaz)]
['สมาคมโทรคมนาคมแห่งประเทศไทยในพระบรมราชูปถัมภ์']
>>> [m.name for m in find_agencies("มูลนิธิภูบดินทร์ ในพระราชูปถัมภ์ สมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี จัด", gaz)]
['มูลนิธิภูบดินทร์ ในพระราชูปถัมภ์ สมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี']

A glued run that goes on past the patronage into other words is a sentence (…ในพระบรมราชูปถัมภ์ผู้บริหารกรม…):

>>> [m.name for m in find_agencies("สมาคมสัตวแพทย์ในพระบรมราชูปถัมภ์ผู้บริหารกรมปศุสัตว์ ร่วม", gaz)][0]
'สมาคมสัตวแพทย์'
"""
from __future__ import annotations

import functools
import re

from edugraph.loaders.gazetteer import Gazetteer, trie_regex
from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.words import thai_run


@functools.lru_cache(maxsize=4)
def _patronage_rx(patronages: tuple[str, ...], royals: tuple[str, ...]) -> re.Pattern:
    """ใน + a patronage (its royal's name may follow, glued) or ใน + a royal's name, glued to the name or after a
    space."""
    return re.compile(r"([ \u00a0]?)ใน(?:(" + trie_regex(patronages) + r")|(?=" + trie_regex(royals) + "))")


def _royals(gaz: Gazetteer) -> tuple[str, ...]:
    w = gaz.words
    return tuple(w["royal_name_openers"]) + tuple(w["royal_titles_after"]) + tuple(w["royal_patron_names"])


def _royal_names_end(text: str, end: int, hi: int, royals: tuple[str, ...]) -> int:
    """The end of the royal's names and titles written after ``end``, each after a space."""
    while end < hi and text[end] == " " and text.startswith(royals, end + 1):
        end = end + 1 + max(len(thai_run(text, end + 1, hi)), 1)
        end += text.startswith("ฯ", end)       # สมเด็จพระเทพรัตนราชสุดาฯ
    return end


def opens_patronage(rest: str, gaz: Gazetteer) -> bool:
    """Whether ``rest``, written glued after a name, opens its royal patronage (ในพระดำริ…, ในสมเด็จพระ…)."""
    return _patronage_rx(tuple(gaz.words["royal_patronages"]), _royals(gaz)).match(rest) is not None


def under_royal_patronage(text: str, mention: AgencyMention, hi: int, gaz: Gazetteer) -> AgencyMention:
    """The open-named ``mention`` with the royal patronage written after it, and the royal's names, in its name."""
    if mention.entry is not None or mention.family is None or mention.family.slot != "open" or not mention.name:
        return mention
    royals = _royals(gaz)
    patronage = _patronage_rx(tuple(gaz.words["royal_patronages"]), royals)
    found = patronage.match(text, mention.end, hi)
    if found is not None:
        run = thai_run(text, found.end(), hi)      # the royal's name glued after the patronage, if any
        if run and not run.startswith(royals):
            return mention
        end = found.end() + len(run)
        end += bool(run) and text.startswith("ฯ", end)
    elif patronage.search(mention.name):
        end = mention.end      # (…ภูบดินทร์ ในพระราชูปถัมภ์: the patronage is read already, the royal's name is not)
    else:
        return mention
    end = _royal_names_end(text, end, hi, royals)
    if end == mention.end:
        return mention
    written = text[mention.start:end]
    name = mention.name + re.sub(r"[ \u00a0]+", " ", text[mention.end:end])
    return AgencyMention(mention.start, end, written, name, mention.kind, family=mention.family,
                         province=mention.province, holder=mention.holder and written)


def royal_names_in_full(mentions: list[AgencyMention], gaz: Gazetteer) -> None:
    """A release that names a body once with its royal patronage and elsewhere without it names one body: the
    full name for both (มูลนิธิขาเทียม, after มูลนิธิขาเทียมในสมเด็จพระศรีนครินทราบรมราชชนนี)."""
    patronage = _patronage_rx(tuple(gaz.words["royal_patronages"]), _royals(gaz))
    full = {}
    for m in mentions:
        found = patronage.search(m.name) if m.name and m.entry is None else None
        if found is not None and found.start() > 0:
            full.setdefault(m.name[:found.start()], m.name)
            if found.group(2) and found.end() < len(m.name):      # …ในพระราชูปถัมภ์ฯ: the royal's name left out
                full.setdefault(m.name[:found.end()], m.name)
    for m in mentions:
        if m.entry is None and m.name in full:
            m.name = full[m.name]
