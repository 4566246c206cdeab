r"""Where a pattern's matches can start: the words every match opens with, to skip to.

``re`` skips quickly through a text only to where a pattern's first literal character (or one of a set of
them) stands.  A pattern that opens with a lookbehind (``(?<!ผู้)เข้าร่วม``) or an optional word
(``(?:เป็นการ)?ดำเนินงานโดย``) is tried in full at every position of the text instead, and the role cues
and event cues written that way cost more than all the other scans of a release together.

:func:`leads_of` reads, once, the literal words one of which opens every match of a pattern (looking through
groups, alternatives, optional parts and zero-width assertions); :func:`scan` then tries the pattern only
where one of them stands.  Both give exactly ``pattern.finditer(text, pos, endpos)``: ``match`` at a position
is what a search tries there, lookbehinds still read the text before it, and a position no lead opens holds
no match.  A pattern whose leads cannot be read (one that may match nothing, opens with any character,
a category such as ``\s`` or a back-reference) gets None, and is scanned as it is.

>>> rx = re.compile(r"(?<!ผู้)(?:ร่วม)?จัด(?:งาน)?|ดำเนินการ")
>>> leads = leads_of(rx)
>>> sorted(leads_words(rx))
['จัด', 'ดำเนิน', 'ร่วมจั']
>>> text = "ผู้จัดงาน ได้ร่วมจัดงาน และดำเนินการ"
>>> [m.span() for m in scan(rx, leads, text)] == [m.span() for m in rx.finditer(text)]
True
>>> leads_of(re.compile(r"\S+ว่า")) is None, leads_of(re.compile(r"(?:ว่า)?")) is None
(True, True)
"""
from __future__ import annotations

import re

from edugraph.loaders.trie import trie_regex

try:                                    # the parser behind re.compile (re._parser since 3.11)
    from re import _constants as _c, _parser as _sre_parse
except ImportError:                     # pragma: no cover - older Pythons
    import sre_constants as _c          # type: ignore[no-redef]
    import sre_parse as _sre_parse      # type: ignore[no-redef]

#: A lead stops growing here: longer ones skip no more positions worth the bigger pattern.
_LONGEST = 6
#: A pattern with more leads than this (a class of many letters at its start) is scanned as it is.
_MOST = 256
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())
_GROUPS = {_c.SUBPATTERN} | ({_c.ATOMIC_GROUP} if hasattr(_c, "ATOMIC_GROUP") else set())

# A lead is (text, open): every match of the part read so far opens with ``text``; ``open`` when the part
# matches exactly ``text``, so what follows it may lengthen the lead.


def _close(leads: set) -> set:
    return {(text, False) for text, _ in leads}


def _sequence(items) -> set | None:
    leads = {("", True)}
    for op, av in items:
        if not any(is_open for _, is_open in leads):
            break
        if op in _ZERO_WIDTH:
            continue                    # a lookaround or an anchor consumes nothing: the leads stay
        part = _item(op, av)
        if part is None:
            return _close(leads)        # what this part opens with is not read: the leads end before it
        grown = set()
        for text, is_open in leads:
            if not is_open:
                grown.add((text, False))
                continue
            for more, more_open in part:
                longer = text + more
                grown.add((longer[:_LONGEST], more_open and len(longer) < _LONGEST))
        if len(grown) > _MOST:
            return _close(leads)
        leads = grown
    return leads


def _item(op, av) -> set | None:
    if op is _c.LITERAL:
        return {(chr(av), True)}
    if op in _GROUPS:
        if op is _c.SUBPATTERN and av[1] & re.IGNORECASE:
            return None
        return _sequence((av[-1] if op is _c.SUBPATTERN else av).data)
    if op is _c.BRANCH:
        leads = set()
        for alternative in av[1]:
            part = _sequence(alternative.data)
            if part is None:
                return None
            leads |= part
        return leads if len(leads) <= _MOST else None
    if op in _REPEATS:
        least, most, body = av
        part = _sequence(body.data)
        if part is None or most == 0:
            return None if part is None else {("", True)}
        if most != 1:
            part = _close(part)         # another round may follow: the part's text is a lead, not all of it
        return part | {("", True)} if least == 0 else part
    if op is _c.IN and len(av) <= _MOST:
        chars = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < _MOST:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None             # a negated class, a category (\s, \d): no letters to list
        return {(char, True) for char in chars} if len(chars) <= _MOST else None
    return None                         # any character, a back-reference, a conditional group


def leads_words(pattern: re.Pattern) -> set[str] | None:
    """The literal words one of which opens every match of ``pattern``, or None when they cannot be read
    (or one is empty: the pattern may match nothing, or open with what is not read)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:                   # noqa: BLE001 - a private parser: when it fails, scan as it is
        return None
    leads = _sequence(parsed.data)
    words = {text for text, _ in leads}
    if not words or "" in words:
        return None
    # a lead that opens with a shorter one is found where that one is: only the shorter is needed
    return {word for word in words if not any(word != other and word.startswith(other) for other in words)}


def leads_of(pattern: re.Pattern) -> re.Pattern | None:
    """A pattern matching where one of ``pattern``'s leads starts (:func:`leads_words`), or None."""
    words = leads_words(pattern)
    return re.compile(trie_regex(words)) if words else None


def scan(pattern: re.Pattern, leads: re.Pattern | None, text: str, pos: int = 0, endpos: int | None = None):
    """``pattern.finditer(text, pos, endpos)``, trying the pattern only where one of its ``leads`` starts."""
    if leads is None:
        yield from pattern.finditer(text, pos, len(text) if endpos is None else endpos)
        return
    endpos = len(text) if endpos is None else endpos
    search, match = leads.search, pattern.match
    at = pos
    while (lead := search(text, at, endpos)) is not None:
        start = lead.start()
        found = match(text, start, endpos)
        if found is None:
            at = start + 1              # leads may overlap: the next one may start inside this one
        else:
            yield found                 # never empty (every match opens with a lead): go on after it
            at = found.end()
