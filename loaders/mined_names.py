"""Names learned from the corpus (``data/agencies_mined.yaml``, written by ``tools/mine_agencies.py``) in a text.

A mined name is one the press repeats with a stable end, yet it may open a longer
name of the same kind (ศูนย์พัฒนาเด็กเล็ก, and ศูนย์พัฒนาเด็กเล็กบ้านบาละ, one of them).
Where the text runs on from a mined name into more of a name, the finder reads
the name from its family's head instead, as it did before the name was mined.

>>> from edugraph.loaders.gazetteer import load_gazetteer
>>> gaz = load_gazetteer()
>>> runs_on("ศูนย์พัฒนาเด็กเล็กบ้านบาละ", 18, 26, gaz), runs_on("ศูนย์พัฒนาเด็กเล็ก ได้", 18, 22, gaz)
(True, False)
>>> runs_on("ศูนย์พัฒนาเด็กเล็กได้จัด", 18, 24, gaz)
False
>>> family_head_under("ศูนย์พัฒนาเด็กเล็ก", gaz)
'ศูนย์'
"""
from __future__ import annotations

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.words import is_thai_letter, sentence_word, split_words, thai_run


def runs_on(text: str, end: int, limit: int, gaz: Gazetteer) -> bool:
    """Whether the text goes on from ``end`` with more of a name: a Thai word glued on that is no sentence word."""
    if end >= limit or not is_thai_letter(text[end]):
        return False
    words = split_words(thai_run(text, end, min(limit, end + 30)))
    return bool(words) and not sentence_word(words[0], gaz) and gaz.agency_rx.match(words[0]) is None


def family_head_under(form: str, gaz: Gazetteer) -> str | None:
    """The longest family head (or a form of one) that opens ``form``, shorter than it."""
    return next((h for h in gaz.family_heads_longest_first if form.startswith(h) and len(form) > len(h)), None)
