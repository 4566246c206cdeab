"""How alike two Thai names, titles or venues are (pure functions, no store).

Thai spelling varies in predictable ways: consonants that sound the same
(``ษ``/``ส``/``ศ``, ``ณ``/``น``, ``ธ``/``ท`` ...), doubled or dropped vowel and
tone marks (``ชอุุ่ม``), short and long vowels.  :func:`thai_distance` is an
edit distance that charges those less than an unrelated letter.

>>> thai_distance("จันทะหงษ์ปุณยจรัสธำรง", "จันทะหงส์ปุญยจรัสธำรง")
1.25
>>> thai_distance("ชอุุ่ม", "ชอุ่ม")
0.5
>>> name_similarity("สมชาย", "สมชาย")
1.0
>>> round(trigram_dice("พิธีลงนามบันทึกข้อตกลง", "พิธีลงนามบันทึกความร่วมมือ"), 2)
0.55
>>> abbreviation_letters("กสศ.")
'กสศ'
>>> letters_in_order("กสศ", "กองทุนเสมอภาคทางการศึกษา")
True
>>> numbers_in("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพิจิตรเขต1"), numbers_in("สพป.พิจิตร")
(('1',), ())
"""
from __future__ import annotations

import functools
import re
from collections import Counter

#: Letters that sound alike: swapping one for another is a spelling variant.
SOUND_CLASSES = ("สศษซ", "นณ", "ยญ", "ทธฑฒถฐ", "ตฏ", "ดฎ", "คฆฅ", "ขฃ", "พภ", "ฟฝ", "ลฬ", "ชฌ", "หฮ")
#: Vowel and tone marks that outlets add, drop or double.
MARKS = set("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d")
#: Short and long forms of one vowel.
VOWEL_PAIRS = ({"ะ", "า"}, {"\u0e34", "\u0e35"}, {"\u0e36", "\u0e37"}, {"\u0e38", "\u0e39"})

SAME_SOUND_COST = 0.25
MARK_COST = 0.5

_SOUND = {letter: index for index, letters in enumerate(SOUND_CLASSES) for letter in letters}
_ABBREVIATION = re.compile(r"^([ก-ฮ]{2,8})\.?$")
_NUMBER = re.compile(r"\d+")
_CONSONANT = re.compile(r"[ก-ฮ]")


@functools.lru_cache(maxsize=65536)
def _substitution(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if a in _SOUND and _SOUND.get(a) == _SOUND.get(b):
        return SAME_SOUND_COST
    if a in MARKS and b in MARKS:
        return MARK_COST
    if any(a in pair and b in pair for pair in VOWEL_PAIRS):
        return MARK_COST
    return 1.0


@functools.lru_cache(maxsize=4096)
def _indel(c: str) -> float:
    return MARK_COST if c in MARKS else 1.0


def sound_key(text: str) -> str:
    """The consonants of a name, each as its sound class: what only a full-cost edit changes.

    >>> sound_key("จันทะหงษ์") == sound_key("จันทะหงส์")
    True
    """
    return "".join(SOUND_CLASSES[_SOUND[c]][0] if c in _SOUND else c for c in _CONSONANT.findall(text))


def may_be_within(a: str, b: str, limit: float) -> bool:
    """A cheap necessary condition for ``thai_distance(a, b) <= limit``.

    Every edit that changes :func:`sound_key` costs 1 and changes its letter
    counts by at most 2, so names whose keys differ by more are further apart.
    """
    ka, kb = sound_key(a), sound_key(b)
    if abs(len(ka) - len(kb)) > limit:
        return False
    ca, cb = Counter(ka), Counter(kb)
    return sum(((ca - cb) + (cb - ca)).values()) <= 2 * limit


def thai_distance(a: str, b: str, *, limit: float | None = None) -> float:
    """Weighted edit distance of two normalised names; stops early above ``limit``."""
    if a == b:
        return 0.0
    if limit is not None and not may_be_within(a, b, limit):
        return limit + 1.0
    previous = [0.0]
    for c in b:
        previous.append(previous[-1] + _indel(c))
    for ca in a:
        current = [previous[0] + _indel(ca)]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + _indel(ca), current[j - 1] + _indel(cb),
                               previous[j - 1] + _substitution(ca, cb)))
        if limit is not None and min(current) > limit:
            return min(current)
        previous = current
    return previous[-1]


def name_similarity(a: str, b: str) -> float:
    """1 − distance / length of the longer name (1.0 for equal names)."""
    if not a or not b:
        return 0.0
    return max(0.0, 1.0 - thai_distance(a, b) / max(len(a), len(b)))


def trigrams(text: str) -> set[str]:
    """Character trigrams of a normalised text (Thai is written without spaces between words)."""
    text = "".join(ch for ch in text if ch.isalnum())
    return {text[i:i + 3] for i in range(max(0, len(text) - 2))} if len(text) >= 3 else ({text} if text else set())


def trigram_dice(a: str, b: str) -> float:
    """Dice coefficient of the two texts' character trigrams."""
    return dice(trigrams(a), trigrams(b))


def dice(left: set, right: set) -> float:
    """Dice coefficient of two sets (0.0 when either is empty)."""
    if not left or not right:
        return 0.0
    return 2 * len(left & right) / (len(left) + len(right))


def abbreviation_letters(form: str) -> str | None:
    """The letters of an abbreviation such as ``กสศ.`` (None when the form is not one)."""
    match = _ABBREVIATION.match(form)
    return match.group(1) if match else None


def letters_in_order(letters: str, name: str) -> bool:
    """Whether ``letters`` occur in ``name`` in that order (an abbreviation of it)."""
    position = 0
    for letter in letters:
        position = name.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def numbers_in(form: str) -> tuple[str, ...]:
    """The numbers a name carries (a district office's ``เขต 1``), in order."""
    return tuple(_NUMBER.findall(form))


def is_subsequence(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with some letters left out."""
    iterator = iter(long)
    return all(ch in iterator for ch in short)


def consonants(text: str) -> str:
    return "".join(_CONSONANT.findall(text))
