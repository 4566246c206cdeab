"""Foreign bodies a release names only in Latin letters where it lists the parties of an agreement:
``...ระหว่างโรงพยาบาลรามาธิบดี และ United States Trade and Development Agency``, ``...(บสย.) กับ Korea Technology
Finance Corporation (KOTEC)``.  No gazetteer head opens such a name, so the agency finder never reads it.

A Latin name counts only when it ends on an organisation's word (``latin_body_words`` in ``data/cues.yaml``:
Agency, Corporation, Limited ...) and stands right after a party joint (ระหว่าง, กับ, และ): elsewhere the Latin
words of a Thai release are mostly products, events and slogans (Data Center, Climate Action Leaders Forum,
a glossed Thai name in brackets).  ``extract.py`` adds these names to the agency mentions it reads.
"""
from __future__ import annotations

import functools
import re

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.mentions import AgencyMention

_WORD = r"[A-Z][A-Za-z'&-]*\.?"
_LINK = r"(?:of|and|for|the|de|&)"
_COMPANY_WORDS = ("Limited", "Ltd", "Ltd.", "Inc", "Inc.", "Corporation", "Company")


@functools.lru_cache(maxsize=1)
def _party_name_rx(body_words: tuple[str, ...]) -> re.Pattern:
    ends = "|".join(map(re.escape, sorted(body_words, key=len, reverse=True)))
    # the joint, then up to eight Latin words, the last an organisation's word (the first one met)
    return re.compile(rf"(?:ระหว่าง|กับ|และ) ?(?P<name>{_WORD}(?: (?:{_WORD}|{_LINK})){{0,7}}? (?:{ends}))(?![A-Za-z])")


def latin_party_bodies(text: str, gaz: Gazetteer, agencies: list[AgencyMention]) -> list[AgencyMention]:
    """The Latin-named bodies listed as parties, outside the agencies already read.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "ลงนามระหว่าง บสย. กับ Korea Technology Finance Corporation (KOTEC) และ Data Center ของไทย"
    >>> [(m.name, m.kind) for m in latin_party_bodies(text, gaz, [])]
    [('Korea Technology Finance Corporation', 'company')]
    >>> [m.name for m in latin_party_bodies("ร่วมเวที Climate Action Leaders Forum กับ ASEAN", gaz, [])]
    []
    """
    found = []
    for match in _party_name_rx(tuple(gaz.words["latin_body_words"])).finditer(text):
        start, end = match.span("name")
        if any(m.start <= start < m.end for m in agencies):
            continue
        name = match.group("name")
        kind = "company" if name.rsplit(" ", 1)[-1] in _COMPANY_WORDS else "other"
        found.append(AgencyMention(start, end, name, name, kind))
    return found
