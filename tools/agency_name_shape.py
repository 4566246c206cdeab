"""The shape of an agency name, for ``tools/mine_agencies.py``: what a mined name must look like.

The extractor's own checks (``loaders/name_shape.py``: no verb, pronoun or clause particle inside, not only the
kind of body), a family's rules for what follows its head (``not_after``, ``generic``, ``body``), and the rules
that drop whole classes of wrong finds: a kind of body (หน่วยงานของรัฐ), a family's slot left empty
(สำนักงานเกษตรอำเภอ), a known name and more (กรมศุลกากรแห่งราชอาณาจักรไทย), a short form of a listed
ministry (กระทรวงดีอีเอส), a name holding a province (the finders read it with its province).
"""
from __future__ import annotations

MIN_BODY_CHARS = 4            # the name after its head
# words before a common noun and never before a proper name (ทุกหน่วยงาน, หลายองค์กร), and words after one (…ต่างๆ)
QUANTIFIERS_BEFORE = ("ทุก", "หลาย", "แต่ละ", "เหล่า")
PLURALS_AFTER = frozenset({"ต่างๆ", "ต่าง", "ทั่วประเทศ", "ทั่ว", "ทุก", "หลาย", "เหล่านี้", "นั้น", "นี้", "ดังกล่าว",
                           "ละ", "จำนวน", "กว่า", "อื่น", "อื่นๆ", "ใด", "ใดๆ", "เหล่านั้น", "ที่เกี่ยวข้อง"})
# a known body's name and then its country or seat (กรมศุลกากรแห่งราชอาณาจักรไทย): the body's own name is the name
QUALIFIERS_AFTER_NAME = ("แห่ง", "ประจำ", "ของ", "และ", "ใน", "ฝ่าย")
CLOSED_HEADS = frozenset({"กระทรวง"})
# a name that ends on these (a preposition, a conjunction, an auxiliary) was cut before the rest
CUT_TAGS = frozenset({"RPRE", "JCRG", "JSBR", "XVAE", "XVBM", "XVAM", "XVMM", "XVBB", "NCNM", "DDAC"})
# the slot of a family written without its value (สำนักงานเกษตรอำเภอ, คณะกรรมการโรคติดต่อจังหวัด): no one body
SLOT_WORDS = frozenset({"จังหวัด", "อำเภอ", "ตำบล", "เขต", "ภาค", "หมู่บ้าน", "ชุมชน", "ประจำจังหวัด", "ประจำอำเภอ", "ประจำตำบล"})


def _head_of(name: str, heads) -> str | None:
    return next((h for h in heads if name.startswith(h) and len(name) > len(h)), None)


def name_shape_ok(name: str, heads, gaz, *, spelt: bool = False) -> bool:
    """The extractor's own checks of a name's shape, and a family's rules for what follows its head.
    ``spelt``: the name spells an abbreviation the press gave it, so ของ and other words that
    stop an open name may stay inside (คณะกรรมการนโยบายการบริหารจัดการการทำงานของคนต่างด้าว)."""
    from edugraph.loaders.name_shape import clause_inside, generic_body, sentence_after_name
    from edugraph.loaders.words import opens_name, sentence_word, split_words, word_tag

    head = _head_of(name, heads)
    if head is None or "ฯ" in name:
        return False    # กระทรวงเกษตรฯ: a short form, which the finders read as one
    body = name[len(head):].strip()
    if len(body.replace(" ", "")) < MIN_BODY_CHARS:
        return False
    words = [w for w in split_words(body.replace(" ", "")) if w.strip()]
    if not words or generic_body(body, gaz.generic_name_words):
        return False
    if any(name.startswith(noun) for noun in gaz.words["group_nouns"]) or words[-1] in SLOT_WORDS:
        return False    # หน่วยงานของรัฐ, องค์กรเกษตรกร: a kind of body; สำนักงานเกษตรอำเภอ: a slot left empty
    if not spelt and words[0] in gaz.generic_name_words and not words[0].startswith("แห่ง"):
        return False    # หน่วยบริการ…: a kind of unit, named by what it does
    if not spelt and (not opens_name(words[0], gaz, proper=False) or sentence_word(words[-1], gaz)
                      or word_tag(words[-1]) in CUT_TAGS or clause_inside(body, gaz)):
        return False    # (a spelt name may hold เพื่อ, ใน, จาก and verbs: กองทุนเพื่อความปลอดภัยในการใช้รถใช้ถนน)
    if any((not spelt and (w in gaz.name_stops or w == "ของ")) or w in PLURALS_AFTER
           or w.startswith(QUANTIFIERS_BEFORE[:2]) for w in words) or gaz.agency_by_form(body) is not None:
        return False    # …ของทั้งสองฝ่าย, สำนักงาน + a known body's own name: two names, not one
    if not spelt and sentence_after_name(name, head, gaz) is not None:
        return False
    at = len(head)
    for word in words[:-1]:
        at += len(word)
        if gaz.agency_by_form(name[:at]) is not None and (name[at:].startswith(QUALIFIERS_AFTER_NAME)
                                                          or len(split_words(name[at:])) == 1):
            return False    # กรมศุลกากรแห่งราชอาณาจักรไทย, กรมบัญชีกลางย้ำ: a known name and more
    if head in CLOSED_HEADS:
        return False        # every Thai ministry is listed: another one is a short form (กระทรวงดีอีเอส)
    family_head = max((h for h in (*(f.head for f in gaz.families), *(x for f in gaz.families for x in f.forms))
                       if name.startswith(h)), key=len, default=None)
    family = gaz.family_head_form(family_head) if family_head else None
    if family is not None:
        rest = name[len(family_head):]
        if any(rest.startswith(w) for w in family.not_after) or rest in family.generic:
            return False
        if family.body is not None and not family.body.search(rest):
            return False
        if family.slot not in ("open", "none"):
            return False
    if gaz.province_rx.search(body):
        return False    # a name holding a province: the finders read it with its province (LOCATED_IN)
    return True


def found_whole(name: str, gaz, uses=(), texts=None) -> bool:
    """Whether the extractor already finds this name whole, as written: in a plain sentence, and in at
    least half of the sampled uses in the corpus (where the text after it may make the finder cut the
    name short or run it on: those are the names worth listing)."""
    from edugraph.loaders.agencies import find_agencies

    if not any(m.start == 4 and m.end == 4 + len(name) for m in find_agencies(f"โดย {name} ได้", gaz)):
        return False
    whole = 0
    for rid, start in uses:
        text = texts[rid]
        found = find_agencies(text, gaz, max(0, start - 20), min(len(text), start + len(name) + 80))
        whole += any(m.start == start and m.end == start + len(name) for m in found)
    return 2 * whole >= len(uses)


def _kind(name: str, heads, gaz) -> str:
    head = _head_of(name, [f.head for f in sorted(gaz.families, key=lambda f: -len(f.head))] + list(heads))
    family = gaz.family_head_form(head) if head else None
    return family.kind if family is not None else "other"
