"""Mine agency names and their abbreviations from the unannotated real-world corpus.

The hand-written gazetteer (``loaders/data/agencies.yaml``) names about 330 agencies; the press names
thousands.  This script learns more of that name space from the ~12,500 records of
``../shared/corpus/realworld/*.jsonl`` without reading any annotation of them, and writes
``loaders/data/agencies_mined.yaml`` (the shape of ``agencies.yaml`` under the key ``mined_agencies``;
the gazetteer loads and checks it like the others, and a hand-written entry wins on any conflict).

Two sources of evidence, both counted in documents:

1. **Abbreviation definitions** the press writes, ``ชื่อเต็ม (ตัวย่อ.)`` and ``ตัวย่อ. (ชื่อเต็ม)``: the
   full name must open with an agency head and its letters must spell the abbreviation (the check of
   ``loaders/acronyms.py``: the first letter opens the name or the word after its head, the others follow
   in order).  At each definition every spelling start is counted; per abbreviation the name with the
   most documents wins (on a tie, one without a space, then the longest: ``สำนักงานกองทุน…`` over
   ``กองทุน…``).  A pair is kept when
   it recurs (``MIN_PAIR_DOCS``) and is unambiguous (``MIN_ABBREVIATION_SHARE`` of the abbreviation's
   definitions).
2. **Recurring full names**: a string that opens with an agency head (after a space, a mark or a glue
   word such as ของ/โดย), ends on a word boundary, recurs in ``MIN_NAME_DOCS`` documents, and has a
   stable right boundary: it is followed by a space or a mark in ``MIN_CLOSED_SHARE`` of its uses, by
   ``MIN_CONTINUATIONS`` different next words, and by no one next word in more than
   ``MAX_EXTENSION_SHARE`` of its uses (else it is the start of a longer name).

Agency heads: the family heads and their forms (``agency_families.yaml``), ``acronym_heads``
(``cues.yaml``), and heads learned from names we already hold: the first newmm word of the hand-written
agency names and of every in-sample gold Agency name (seeds, examples, unseen, dev, heldout-2,
heldout-3; never heldout-4, the validation set), when it opens ``MIN_HEAD_NAMES`` distinct names.

Every mined name must pass the extractor's own name-shape checks (``loaders/name_shape.py``: no verb,
pronoun or clause particle inside, not only the kind of body; a family's ``not_after``, ``generic`` and
``body`` rules) and end on no sentence word.  Names the extractor already finds whole, as written, are
left out; so are abbreviations the gazetteer already reads (agency forms, family abbreviations,
provinces).  Records skipped (``tools/evaluation_ids.py``): those of heldout-3, heldout-4 and heldout-5, which
were blind or validated this mining when it was built, so they stay out of sample, and those of any set
being annotated blind (``EDUGRAPH_BLIND_IDS``).

    .venv/bin/python tools/mine_agencies.py                      # rewrites loaders/data/agencies_mined.yaml
    .venv/bin/python tools/mine_agencies.py --out /tmp/m.yaml --sample 60   # and prints 60 random entries to judge
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from evaluation_ids import blind_ids, set_ids  # noqa: E402
from agency_name_shape import (  # (tools/ is scripts: the shape checks live beside this one)
    MIN_BODY_CHARS, PLURALS_AFTER, QUANTIFIERS_BEFORE, _head_of, _kind, found_whole, name_shape_ok)

ROOT = Path(__file__).resolve().parents[1]
REALWORLD = ROOT.parent / "shared" / "corpus" / "realworld"
OUT = ROOT / "loaders" / "data" / "agencies_mined.yaml"
# the sets that were blind or validated the mining when it was built: never mined, so they stay out of sample
HELD_OUT_SETS = ("heldout-3", "heldout-4", "heldout-5")
IN_SAMPLE_GOLD = (ROOT.parent / "shared" / "corpus" / "gold", ROOT / "tests" / "data" / "examples-gold",
                  ROOT / "tests" / "data" / "unseen-2026-11" / "gold", ROOT.parent / "shared" / "corpus" / "dev" / "gold",
                  ROOT / "tests" / "data" / "heldout-2" / "gold", ROOT / "tests" / "data" / "heldout-3" / "gold")

# ---------------------------------------------------------------- thresholds
MIN_HEAD_NAMES = 2            # a learned head opens at least this many distinct known names
MIN_PAIR_DOCS = 2             # an abbreviation definition recurs in this many documents
MIN_ABBREVIATION_SHARE = 0.8  # ... and this share of the abbreviation's definitions name the same body
MIN_ABBREVIATION_LETTERS = 3  # shorter ones (สช., อว.) are syllables of too many words and read ambiguously
MIN_NAME_DOCS = 4             # a full name recurs in this many documents
MIN_CLOSED_SHARE = 0.25       # ... is followed by a space or mark in this share of its uses
MIN_CONTINUATIONS = 3         # ... by this many different next words (a space counts as one)
MAX_EXTENSION_SHARE = 0.5     # ... and by no one next word in more than this share (the start of a longer name)
SAMPLED_USES = 6             # uses of a name (in different records) on which the extractor's reading is checked
MAX_NAME_CHARS = 80           # names run at most this far
MAX_NAME_WORDS = 12
MIN_BODY_WORDS = 3            # a name known by no abbreviation says this much after its head (หน่วยธุรกิจ is a kind)
MAX_VENUE_SHARE = 0.2         # a place, not an actor: this share of its uses after ณ
MAX_GENERIC_USES = 0.03       # a kind of body, not one: this share of its uses after a quantifier or before a plural
# words after a kind of body that some of them are (ศูนย์พัฒนาเด็กเล็กในสังกัด…, …นำร่อง)
KIND_FOLLOWERS = PLURALS_AFTER | {"ในสังกัด", "สังกัด", "นำร่อง", "เป้าหมาย", "ต้นแบบ"}
# learned heads that open a clause as often as a name: ที่ประชุม is "the meeting" (ที่ประชุมมีมติ...)
NOT_HEADS = frozenset({"ที่ประชุม"})
_ABBR_AFTER = re.compile(r"[\u0e01-\u0e4e] ?\( ?((?:[ก-ฮ]{1,4}\.){1,5}[ก-ฮ]{0,3}|[ก-ฮ]{3,6}) ?\)")
_ABBR_BEFORE = re.compile(r"(?<![\u0e01-\u0e4e.])((?:[ก-ฮ]{1,4}\.){2,5}|[ก-ฮ]{1,5}\.) ?\( ?([\u0e01-\u0e4e ]{6,90}?) ?\)")
_THAI = re.compile(r"[\u0e01-\u0e4e]+")
_CLOSED = "␣"


def excluded_ids() -> set[str]:
    """The held-out sets' records, and those of any set being annotated blind (EDUGRAPH_BLIND_IDS)."""
    ids = blind_ids()
    for name in HELD_OUT_SETS:
        ids |= set_ids(name)
    return ids


def corpus_texts():
    """(record id, cleaned title + body) of every real-world record not excluded, each id once."""
    from edugraph.loaders.normalize import clean_text

    skip, seen = excluded_ids(), set()
    for path in sorted(REALWORLD.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            rid = record.get("id")
            if not rid or rid in seen or rid in skip:
                continue
            seen.add(rid)
            assert rid not in skip
            yield rid, clean_text((record.get("title") or "") + "\n" + (record.get("body") or ""))


def learned_heads(gaz) -> tuple[str, ...]:
    """Family heads and forms, acronym heads, and the first words that open several known agency names
    (a dictionary word that opens no in-sample gold name of another type: not โครงการ)."""
    from edugraph.loaders.words import dictionary_words, split_words

    known = {f.head for f in gaz.families if f.slot in ("open", "none")} | {
        form for f in gaz.families if f.slot == "open" for form in f.forms if not form.endswith(".")}
    known |= set(gaz.words["acronym_heads"])
    names, other_openers = {entry.name for entry in gaz.agencies}, set()
    for folder in IN_SAMPLE_GOLD:
        for path in folder.glob("*.json"):
            for e in json.loads(path.read_text(encoding="utf-8"))["entities"]:
                if e["type"] == "Agency" and e.get("name"):
                    names.add(e["name"])
                elif e.get("name"):
                    other_openers.add(split_words(e["name"].split(" ")[0])[0])
    openers = defaultdict(set)
    for name in names:
        words = split_words(name.split(" ")[0])
        if len(words) > 1 and len(words[0]) >= 3 and not any(name.startswith(h) for h in known):
            openers[words[0]].add(name)
    learned = {w for w, opened in openers.items() if len(opened) >= MIN_HEAD_NAMES
               and w in dictionary_words() and w not in other_openers and w not in NOT_HEADS}
    return tuple(sorted(known | learned, key=len, reverse=True))


# ---------------------------------------------------------------- 1. abbreviation definitions

def _spelling_starts(text: str, end: int, letters: str, heads, gaz) -> list[str]:
    """Names ending at ``end`` that open with a head at a word start and spell ``letters``."""
    from edugraph.loaders.acronyms import _spells
    from edugraph.loaders.words import split_words

    lo = max(text.rfind("\n", 0, end) + 1, end - MAX_NAME_CHARS)
    window = text[lo:end]
    starts, at = [], 0
    for part in re.split(r"( )", window):          # a name runs over at most one space
        if part != " ":
            for word in split_words(part) if part else ():
                starts.append(lo + at)
                at += len(word)
            continue
        at += 1
    out = []
    for start in starts:
        name = text[start:end]
        if name.count(" ") > 1:
            continue
        head = _head_of(name, heads)
        if head and _spells(letters, name.replace(" ", ""), head):
            out.append(name)
    return out


def mine_abbreviations(docs, heads, gaz) -> dict[str, Counter]:
    """abbreviation → Counter(name → documents defining it so)."""
    defined: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for rid, text in docs:
        for match in _ABBR_AFTER.finditer(text):
            abbr = match.group(1)
            for name in _spelling_starts(text, match.start() + 1, abbr.replace(".", ""), heads, gaz):
                defined[abbr][name].add(rid)
        for match in _ABBR_BEFORE.finditer(text):
            abbr, name = match.group(1), match.group(2).strip()
            head = _head_of(name, heads)
            from edugraph.loaders.acronyms import _spells
            if head and name.count(" ") <= 1 and _spells(abbr.replace(".", ""), name.replace(" ", ""), head):
                defined[abbr][name].add(rid)
    return {abbr: Counter({name: len(ids) for name, ids in names.items()}) for abbr, names in defined.items()}


def choose_abbreviations(defined: dict[str, Counter]) -> dict[str, str]:
    """abbreviation → the one name it recurringly and unambiguously stands for."""
    out = {}
    for abbr, names in defined.items():
        if len(abbr.replace(".", "")) < MIN_ABBREVIATION_LETTERS:
            continue
        best = max(names.items(), key=lambda item: (item[1], " " not in item[0], len(item[0])))
        rivals = sum(n for name, n in names.items() if not (best[0].endswith(name) or name.endswith(best[0])))
        if best[1] >= MIN_PAIR_DOCS and best[1] >= MIN_ABBREVIATION_SHARE * (best[1] + rivals):
            out[abbr] = best[0]
    return out


# ---------------------------------------------------------------- 2. recurring full names

class _Stats:
    __slots__ = ("docs", "uses", "closed", "next", "quantified", "seen", "venue")

    def __init__(self):
        self.docs, self.uses, self.closed, self.next, self.quantified, self.seen = set(), 0, 0, Counter(), 0, []
        self.venue = 0


def mine_names(docs, heads, gaz) -> dict[str, _Stats]:
    from edugraph.loaders.agencies import left_ok
    from edugraph.loaders.gazetteer import trie_regex
    from edugraph.loaders.words import split_words

    head_rx = re.compile(trie_regex(heads))
    stats: dict[str, _Stats] = defaultdict(_Stats)
    for rid, text in docs:
        for match in head_rx.finditer(text):
            start = match.start()
            if not left_ok(text, start, match.group(), gaz, strict=True):
                continue
            run = _THAI.match(text, start)
            run_text = run.group()[:MAX_NAME_CHARS]
            closed_at_end = run.end() - start <= MAX_NAME_CHARS
            words = split_words(run_text)
            before = text[max(0, start - 6):start].rstrip()
            quantified = before.endswith(QUANTIFIERS_BEFORE)
            venue = before.endswith(tuple(gaz.words["venue_markers"]))
            at = 0
            for index, word in enumerate(words[:MAX_NAME_WORDS]):
                at += len(word)
                if at < len(match.group()) + MIN_BODY_CHARS:
                    continue
                if index + 1 < len(words):
                    following = words[index + 1]
                elif closed_at_end:
                    following = _CLOSED
                else:
                    break
                entry = stats[run_text[:at]]
                entry.docs.add(rid)
                entry.uses += 1
                entry.closed += following == _CLOSED
                entry.next[following] += 1
                entry.quantified += quantified or following in KIND_FOLLOWERS
                entry.venue += venue
                if len(entry.seen) < SAMPLED_USES and rid not in (r for r, _ in entry.seen):
                    entry.seen.append((rid, start))
    return stats


def generic(stats: dict[str, _Stats], name: str) -> bool:
    """Whether the corpus writes the name as a kind of body (after ทุก/หลาย, before ต่างๆ/ทั่วประเทศ) or
    as a place (after ณ: ท่าอากาศยานดอนเมือง is where things happen)."""
    entry = stats.get(name)
    return entry is not None and (entry.quantified > MAX_GENERIC_USES * entry.uses
                                  or entry.venue > MAX_VENUE_SHARE * entry.uses)


def stable_names(stats: dict[str, _Stats]) -> list[str]:
    out = []
    for name, entry in stats.items():
        if len(entry.docs) < MIN_NAME_DOCS or entry.closed < MIN_CLOSED_SHARE * entry.uses:
            continue
        if len(entry.next) < MIN_CONTINUATIONS or generic(stats, name):
            continue
        word, count = max(((w, c) for w, c in entry.next.items() if w != _CLOSED), key=lambda x: x[1], default=("", 0))
        if count > MAX_EXTENSION_SHARE * entry.uses:
            continue
        out.append(name)
    return out


def build(gaz, docs) -> list[dict]:
    from edugraph.loaders.words import opens_name, split_words

    docs = list(docs)
    texts = dict(docs)
    heads = learned_heads(gaz)
    print(f"{len(docs)} records, {len(heads)} heads", file=sys.stderr)
    abbreviations = choose_abbreviations(mine_abbreviations(docs, heads, gaz))
    print(f"{len(abbreviations)} abbreviation pairs before the checks", file=sys.stderr)
    stats = mine_names(docs, heads, gaz)
    names = stable_names(stats)
    print(f"{len(names)} stable names before the checks", file=sys.stderr)
    entries: dict[str, dict] = {}
    for abbr, name in sorted(abbreviations.items()):
        if gaz.agency_by_form(abbr) or gaz.family_by_abbreviation(abbr) or gaz.province_by_form(abbr) \
                or gaz.fixed_holder(abbr) or gaz.family_by_holder(abbr):
            continue
        if " " in name and gaz.agency_by_form(name.rsplit(" ", 1)[1]):
            name = name.rsplit(" ", 1)[0]     # ศูนย์ช่วยเหลือลูกหนี้… กระทรวงยุติธรรม: the parent written after it
        flat = name.replace(" ", "")
        if not name_shape_ok(flat, heads, gaz, spelt=True) or generic(stats, flat):
            continue
        known = gaz.agency_by_form(name) or gaz.agency_by_form(flat)
        canonical = known.name if known else name
        entry = entries.setdefault(canonical, {"name": canonical,
                                               "kind": known.kind if known else _kind(flat, heads, gaz)})
        entry.setdefault("abbreviations", []).append(abbr)
    for name in sorted(names):
        body = split_words(name[len(_head_of(name, heads) or ""):])
        if len(body) < MIN_BODY_WORDS or not opens_name(body[0], gaz, proper=True):
            continue    # หน่วยเปิดขายใหม่: a verb opens no name
        if name in entries or gaz.agency_by_form(name) or not name_shape_ok(name, heads, gaz) \
                or found_whole(name, gaz, stats[name].seen, texts):
            continue
        entries[name] = {"name": name, "kind": _kind(name, heads, gaz)}
    return sorted(entries.values(), key=lambda e: e["name"])


def write(entries: list[dict], out: Path) -> None:
    lines = [
        "# Agency names and abbreviations mined from the unannotated real-world corpus by tools/mine_agencies.py",
        "# (generated: do not edit by hand; change the script's rules or thresholds and run it again).",
        "# Same shape as agencies.yaml; a hand-written entry wins on any conflict (loaders/gazetteer_entries.py).",
        "mined_agencies:",
    ]
    for entry in entries:
        fields = [f"name: {json.dumps(entry['name'], ensure_ascii=False)}", f"kind: {entry['kind']}"]
        if entry.get("abbreviations"):
            fields.append("abbreviations: [" + ", ".join(json.dumps(a, ensure_ascii=False) for a in entry["abbreviations"]) + "]")
        lines.append("  - {" + ", ".join(fields) + "}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--sample", type=int, default=0, help="print this many random entries to judge by hand")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--limit", type=int, default=None, help="read only this many records (a quick look)")
    args = parser.parse_args(argv)
    from edugraph.loaders.gazetteer import BUILTIN_FILES, DATA_DIR, _load

    # the hand-written data only: what is mined is measured against what we already know
    gaz = _load(tuple(DATA_DIR / name for name in BUILTIN_FILES if name != OUT.name))
    docs = corpus_texts()
    if args.limit:
        docs = (d for i, d in zip(range(args.limit), docs))
    entries = build(gaz, docs)
    write(entries, args.out)
    print(f"{len(entries)} entries ({sum(1 for e in entries if e.get('abbreviations'))} with abbreviations) "
          f"written to {args.out}", file=sys.stderr)
    for entry in random.Random(args.seed).sample(entries, min(args.sample, len(entries))):
        print(entry["name"], *entry.get("abbreviations", ()), sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
