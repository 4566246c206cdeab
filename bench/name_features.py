"""Tokens, features, gold labels and decoding for the learned name tagger (issue 13, i13u).

The tagger reads a release as pythainlp ``newmm`` words (whitespace kept as tokens, so every word
has its offsets in the text) and gives each a BIO label of ``AGY`` (Agency), ``PRG`` (Programme)
or ``PER`` (Person).  Its features are the word itself and its shape (character classes, length,
a dot or ฯ at its end, its first and last characters), its usual part of speech (ORCHID), what the
gazetteers make of the text at that word (a named agency's form, a family head, an abbreviation, a
programme, a province, a title, a position head), the word's place in the line, its neighbours'
words and tags, and the label the rule extractor's own mentions give it (``rule=B-AGY``...), so that
the model can learn when to trust the rules and where their names stop too soon.

``gold_labels`` aligns a gold annotation's names and aliases to the text: exact occurrences first,
then occurrences that differ only in spaces, longest first and never overlapping; a span whose ends
fall inside a newmm word is counted as misaligned and labelled from the words it covers the start of.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

TYPES = {"Agency": "AGY", "Programme": "PRG", "Person": "PER"}
_THAI = re.compile(r"[ก-๙]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9๐-๙]")


@dataclass
class Doc:
    """One release as the tagger sees it: its text, words (start, end, word) and rule labels."""
    text: str
    tokens: list[tuple[int, int, str]]
    rule: list[str]


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """newmm words of the whole text with their offsets (whitespace kept, so they tile the text)."""
    from pythainlp.tokenize import word_tokenize

    out, at = [], 0
    for line in text.split("\n"):
        for word in word_tokenize(line, engine="newmm", keep_whitespace=True) if line else ():
            out.append((at, at + len(word), word))
            at += len(word)
        out.append((at, at + 1, "\n"))
        at += 1
    return out[:-1] if out and out[-1][0] >= len(text) else out


def spans_to_labels(tokens, spans) -> list[str]:
    """BIO labels of ``tokens`` for ``spans`` = [(start, end, TAG)]: a word is inside a span when it
    starts inside it; the first such word opens it."""
    labels = ["O"] * len(tokens)
    for start, end, tag in spans:
        first = True
        for i, (s, e, word) in enumerate(tokens):
            if start <= s < end and not (first and word.isspace()):
                if word.isspace() and (i + 1 >= len(tokens) or tokens[i + 1][0] >= end):
                    break
                labels[i] = ("B-" if first else "I-") + tag
                first = False
    return labels


def rule_spans(analysis) -> list[tuple[int, int, str]]:
    """The spans of the rule extractor's mentions (after its sanity checks), typed."""
    spans = [(m.start, m.end, "AGY") for m in analysis.agencies if m.name or m.bare]
    spans += [(p.start, p.end, "PRG") for p in analysis.programmes]
    spans += [(p.start, p.position_span[0] if p.position_span else p.end, "PER") for p in analysis.persons]
    return sorted(spans)


def _occurrences(text: str, form: str):
    """(start, end, exact) of ``form`` in ``text``: exactly, then with any spacing between its letters."""
    found = [(m.start(), m.end(), True) for m in re.finditer(re.escape(form), text)]
    letters = [re.escape(c) for c in form if not c.isspace()]
    if len(letters) >= 2:
        loose = re.compile(r"\s*".join(letters))
        found += [(m.start(), m.end(), False) for m in loose.finditer(text)
                  if not any(s == m.start() and e == m.end() for s, e, _ in found)]
    return found


def gold_spans(text: str, gold: dict) -> tuple[list[tuple[int, int, str]], dict]:
    """Non-overlapping spans of the gold names (and aliases) of the tagged types, and counts:
    per type, the entities, how many have a form in the text, and how many by space-insensitive match only."""
    stats = {t: {"entities": 0, "aligned": 0, "loose_only": 0, "spans": 0} for t in TYPES}
    candidates = []
    for entity in gold.get("entities", []):
        tag = TYPES.get(entity.get("type"))
        if tag is None:
            continue
        stats[entity["type"]]["entities"] += 1
        forms = {f for f in [entity.get("name")] + list(entity.get("aliases") or []) if f and len(f.strip()) >= 2}
        found = [(s, e, exact) for form in forms for s, e, exact in _occurrences(text, form.strip())]
        if found:
            stats[entity["type"]]["aligned"] += 1
            stats[entity["type"]]["loose_only"] += not any(exact for _, _, exact in found)
        candidates += [(s, e, tag, entity["type"]) for s, e, _ in found]
    chosen: list[tuple[int, int, str]] = []
    for s, e, tag, kind in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        if not any(s < ce and cs < e for cs, ce, _ in chosen):
            chosen.append((s, e, tag))
            stats[kind]["spans"] += 1
    return sorted(chosen), stats


def boundary_misses(tokens, spans) -> int:
    """How many spans start or end inside a word."""
    starts, ends = {s for s, _, _ in tokens}, {e for _, e, _ in tokens}
    return sum(1 for s, e, _ in spans if s not in starts or e not in ends)


def _shape(word: str) -> str:
    if word.isspace():
        return "NL" if "\n" in word else "SP"
    kinds = ("T" if _THAI.search(word) else "") + ("L" if _LATIN.search(word) else "") \
        + ("D" if _DIGIT.search(word) else "")
    return kinds or "P"


def _gazetteer_marks(text: str, gaz) -> dict[str, list[tuple[int, int]]]:
    """Where the gazetteers see something in the text: spans by what they are."""
    marks: dict[str, list[tuple[int, int]]] = {k: [] for k in ("named", "head", "abbr", "holder", "prog", "prov",
                                                              "title", "poshead")}
    for m in gaz.agency_rx.finditer(text):
        form = m.group()
        kind = ("named" if gaz.agency_by_form(form) is not None else "head" if gaz.family_head_form(form) is not None
                else "abbr" if gaz.family_by_abbreviation(form) is not None else "holder")
        marks[kind].append(m.span())
    marks["prog"] = [m.span() for m in gaz.programme_rx.finditer(text)]
    marks["prov"] = [m.span() for m in gaz.province_rx.finditer(text)]
    marks["title"] = [m.span() for m in gaz.title_rx.finditer(text)]
    marks["poshead"] = [m.span() for m in gaz.position_head_rx.finditer(text)]
    return marks


def features(doc: Doc, gaz) -> list[list[str]]:
    """Each word's feature strings (crfsuite's attribute names; all binary)."""
    from edugraph.loaders.words import word_tag

    tokens, text = doc.tokens, doc.text
    marks = _gazetteer_marks(text, gaz)
    gazetteer = [[] for _ in tokens]
    index_of = {s: i for i, (s, _, _) in enumerate(tokens)}
    for kind, spans in marks.items():
        for start, end in spans:
            i = index_of.get(start)
            if i is None:       # the mark starts inside a word
                gazetteer[_word_at(tokens, start)].append(kind + "~")
                continue
            gazetteer[i].append("B" + kind)
            j = i + 1
            while j < len(tokens) and tokens[j][0] < end:
                gazetteer[j].append("I" + kind)
                j += 1
            if j < len(tokens) and tokens[j - 1][1] == end:
                gazetteer[j].append("after_" + kind)
    words = [w for _, _, w in tokens]
    tags = [("SP" if w.isspace() else (word_tag(w) or "UNK")) for w in words]
    shapes = [_shape(w) for w in words]
    out = []
    for i, word in enumerate(words):
        w = word if not word.isspace() else ("\\n" if "\n" in word else "_")
        f = ["bias", "w=" + w, "pos=" + tags[i], "shape=" + shapes[i], "len=" + str(min(len(word), 8)),
             "first=" + word[:1], "last=" + word[-1:], "rule=" + doc.rule[i]]
        if word.endswith(".") or word.endswith(".)"):
            f.append("dot")
        if word.endswith("ฯ"):
            f.append("pai")
        f += ["g=" + g for g in gazetteer[i]]
        line_start = i == 0 or words[i - 1] == "\n"
        if line_start:
            f.append("line_start")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < len(words):
                o = words[j] if not words[j].isspace() else "_"
                f += [f"{off}:w={o}", f"{off}:pos={tags[j]}", f"{off}:rule={doc.rule[j]}"]
                if abs(off) == 1:
                    f += [f"{off}:shape={shapes[j]}"] + [f"{off}:g={g}" for g in gazetteer[j]]
            else:
                f.append(f"{off}:edge")
        f.append(f"rule|w={doc.rule[i]}|{w}")
        f.append(f"rule|-1rule={doc.rule[i]}|{doc.rule[i - 1] if i else 'BOS'}")
        out.append(f)
    return out


def _word_at(tokens, pos: int) -> int:
    lo, hi = 0, len(tokens) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if tokens[mid][0] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def decode(tokens, labels) -> list[tuple[int, int, str]]:
    """Spans (start, end, TAG) of a BIO sequence (an I- after O or another type opens a span)."""
    spans, current = [], None
    for (s, e, word), label in zip(tokens, labels):
        if label == "O":
            current = None
            continue
        kind, tag = label.split("-", 1)
        if kind == "B" or current is None or current[2] != tag:
            current = [s, e, tag]
            spans.append(current)
        else:
            current[1] = e
    return [tuple(span) for span in spans]


def with_old_rules(items: list[dict], dumped: dict[str, dict], gaz) -> int:
    """Give each item whose release ``dumped`` holds (path → {"text", "spans"}, written by an older
    extractor) training features from that extractor's rule labels, where its text is the same; returns
    how many.  Features at tagging time stay the current rules': only what the model learns from changes."""
    changed = 0
    for item in items:
        old = dumped.get(str(item["path"]))
        if old is None or old["text"] != item["doc"].text:
            continue
        doc = Doc(item["doc"].text, item["doc"].tokens, spans_to_labels(item["doc"].tokens, map(tuple, old["spans"])))
        item["train_feats"] = features(doc, gaz)
        changed += 1
    return changed


def span_prf(items: list[dict], predicted: list[list]) -> dict:
    """Exact-span P/R/F1 per tag of predicted spans against the aligned gold spans."""
    tally = Counter()
    for item, spans in zip(items, predicted):
        gold = {s for s in item["spans"]}
        pred = {(s, e, t) for s, e, t in spans}
        for tag in ("AGY", "PRG", "PER"):
            g, p = {x for x in gold if x[2] == tag}, {x for x in pred if x[2] == tag}
            tally[tag, "tp"] += len(g & p)
            tally[tag, "fp"] += len(p - g)
            tally[tag, "fn"] += len(g - p)
    out = {}
    for tag in ("AGY", "PRG", "PER"):
        tp, fp, fn = tally[tag, "tp"], tally[tag, "fp"], tally[tag, "fn"]
        p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
        out[tag] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def trimmed(spans, text: str) -> list[tuple[int, int, str]]:
    """The spans without the whitespace at their ends."""
    out = []
    for s, e, t in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e, t))
    return out
