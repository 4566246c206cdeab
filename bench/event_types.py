"""Does a learned event-type decision beat the type rules?  (issue 13: an event typed wrong loses its key and
every relation to it.)

The rules (``event_titles.event_type_between``) type an event by its title's cues: a dominant type (signing)
anywhere, else the head cue, else the cues after a frame (พิธีเปิด|การอบรม) by priority.  This experiment learns the
same decision from the gold events instead: a multinomial logistic regression (numpy, L2) over features of the
event the extractor found, none of them the rules' answer (else it only learns to copy it):

- the types of the cues in the event's title (each, the first, the last, the first after a frame), and the cue
  words themselves;
- the types of the cues in the rest of the event's sentence and in the headline;
- the frame before the title (พิธีเปิด, เปิดงาน, เป็นประธาน ...) and the introducer right before it.

Each event the extractor finds is labelled with the type of the gold event it is (same day and most title
overlap, or the most title overlap on any day); events that are no gold event are not trained on.  The model
types events inside extraction (relations that need a signing see its type), then the shared scorer
(``PYTHONHASHSEED=0``) scores the records:

- leave one set out over the in-sample sets (train on the others, score the one left out), rules vs learned;
- validation: train on every in-sample set, score heldout-5 (summary rows only; it is never trained on).

    .venv/bin/python bench/event_types.py [--sets seeds,...,heldout-4] [--validate] [--l2 1.0]

Figures and the decision: ``bench/event-types.md``.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from event_breakdown import documents, extract_path, score_set  # noqa: E402  (bench/ is scripts)

IN_SAMPLE = ("seeds", "examples", "unseen", "dev", "third", "heldout-2", "heldout-3", "heldout-4")
TYPES = ("signing", "workshop", "training", "forum", "visit", "ceremony", "meeting", "other")
_FRAMES = (("frame_open_ceremony", re.compile(r"พิธี\s?(?:เปิด|ปิด)\s?$")),
           ("frame_open", re.compile(r"(?:เปิด|ปิด)\s?(?:งาน|การ)?\s?$")),
           ("frame_chair", re.compile(r"ประธาน\s?(?:ใน)?(?:พิธี|การ)?\s?$")),
           ("frame_join", re.compile(r"ร่วม\s?(?:ใน)?(?:พิธี|งาน|การ)?\s?$")),
           ("frame_held", re.compile(r"จัด(?:ให้มี)?\s?(?:งาน|การ|พิธี)?\s?$")))
_OCCASION = re.compile(r"\s?งาน")
_SENTENCE_REACH = 200


def _bigrams(text: str) -> set[str]:
    text = re.sub(r"\s+", "", text or "")
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _overlap(a: str, b: str) -> float:
    x, y = _bigrams(a), _bigrams(b)
    return len(x & y) / max(1, min(len(x), len(y)))


def gold_label(event_title: str, date: str | None, gold_events: list[dict]) -> str | None:
    """The type of the gold event this found event is, or None when it is none."""
    best, label = 0.0, None
    for g in gold_events:
        score = _overlap(event_title, g.get("title") or "") + (0.3 if g.get("date") == date else 0.0)
        if score > best:
            best, label = score, g.get("event_type")
    return label if best >= 0.5 else None


WITH_RULES = False          # --with-rules: the rules' type is a feature too


def features(analysis, event) -> Counter:
    """What the event's words say of its type (and, with ``--with-rules``, the rules' answer)."""
    text, gaz = analysis.text, analysis.gaz
    start, end = event.title_span
    out = Counter({"bias": 1})
    if WITH_RULES:
        out[f"rule:{event.type}"] = 1
    cues = [(m.start(), gaz.event_type_of_cue[m.group()], m.group()) for m in gaz.event_cue_rx.finditer(text, start, end)
            if not analysis.not_an_event(m.start())]
    for i, (_, kind, word) in enumerate(cues):
        out[f"title:{kind}"] = 1
        out[f"word:{word}"] = 1
        if i == 0:
            out[f"first:{kind}"] = 1
        if word in gaz.framing_cues or word in gaz.reference_cues:
            continue
        if not any(k for k in out if k.startswith("head:")):
            out[f"head:{kind}"] = 1
    if cues:
        out[f"last:{cues[-1][1]}"] = 1
    out[f"n_types:{min(3, len({c[1] for c in cues}))}"] = 1
    lo = max(analysis.paragraph_of(start)[0], start - _SENTENCE_REACH)
    hi = min(analysis.paragraph_of(start)[1], end + _SENTENCE_REACH)
    for m in list(gaz.event_cue_rx.finditer(text, lo, start)) + list(gaz.event_cue_rx.finditer(text, end, hi)):
        if not analysis.not_an_event(m.start()):
            out[f"near:{gaz.event_type_of_cue[m.group()]}"] = 1
    for m in gaz.event_cue_rx.finditer(text, 0, analysis.body_start):
        if not analysis.not_an_event(m.start()):
            out[f"headline:{gaz.event_type_of_cue[m.group()]}"] = 1
    before = text[max(0, start - 20):start]
    for name, rx in _FRAMES:
        if rx.search(before) or rx.search(text[max(0, start - 20):min(end, start + 10)]):
            out[name] = 1
    if re.match(r"(?:พิธี)?\s?(?:เปิด|ปิด)\s?งาน", text[start:end]):
        out["opens_occasion"] = 1
    if start < analysis.body_start:
        out["in_headline"] = 1
    return out


class TypeModel:
    """Multinomial logistic regression over sparse features (full-batch gradient descent, L2)."""

    def __init__(self, l2: float = 1.0, steps: int = 400, rate: float = 0.5):
        self.l2, self.steps, self.rate = l2, steps, rate

    def fit(self, samples: list[tuple[Counter, str]]) -> "TypeModel":
        names = sorted({f for feats, _ in samples for f in feats})
        self.index = {f: i for i, f in enumerate(names)}
        x = np.zeros((len(samples), len(names)))
        for row, (feats, _) in enumerate(samples):
            for f, v in feats.items():
                x[row, self.index[f]] = v
        y = np.zeros((len(samples), len(TYPES)))
        for row, (_, label) in enumerate(samples):
            y[row, TYPES.index(label)] = 1
        self.w = np.zeros((len(names), len(TYPES)))
        for _ in range(self.steps):
            p = self._softmax(x @ self.w)
            grad = x.T @ (p - y) / len(samples) + self.l2 * self.w / len(samples)
            self.w -= self.rate * grad
        return self

    @staticmethod
    def _softmax(z):
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, feats: Counter) -> str:
        x = np.zeros(len(self.index))
        for f, v in feats.items():
            if f in self.index:
                x[self.index[f]] = v
        return TYPES[int(np.argmax(x @ self.w))]


def retyping(model: TypeModel | None):
    """A context in which extraction types every event by ``model`` (None: the rules)."""
    import contextlib

    import edugraph.loaders.extract as extract_module

    @contextlib.contextmanager
    def context():
        real = extract_module.find_events

        def typed(analysis, skip):
            events = real(analysis, skip)
            for event in events:
                event.type = model.predict(features(analysis, event))
            return events

        if model is not None:
            extract_module.find_events = typed
        try:
            yield
        finally:
            extract_module.find_events = real
    return context()


def samples_of(names) -> tuple[list, dict]:
    """(features, gold type) of every found event that is a gold event, and the documents by set."""
    out, docs = [], {}
    for name, path, gold_path in documents(names):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        docs.setdefault(name, []).append((path, gold))
        if name == "heldout-5":
            continue        # validation: never trained on
        _, (analysis, events) = extract_path(path)
        gold_events = [e for e in gold["entities"] if e["type"] == "Event"]
        for event in events:
            label = gold_label(event.title(analysis.text), event.date, gold_events)
            if label in TYPES:
                out.append((name, features(analysis, event), label, event.type))
    return out, docs


def scores_of(docs: list, model: TypeModel | None) -> dict:
    with retyping(model):
        pairs = [(gold, extract_path(path)[0]) for path, gold in docs]
    return score_set(pairs)


def _row(label: str, result: dict) -> str:
    ev = result["entity"]["by_type"].get("Event", {}).get("f1", 0.0)
    return f"| {label} | {ev:.3f} | {result['entity']['f1']:.3f} | {result['relation']['f1']:.3f} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(IN_SAMPLE))
    parser.add_argument("--validate", action="store_true", help="train on every in-sample set, score heldout-5")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--with-rules", action="store_true", help="the rules' type as one more feature")
    args = parser.parse_args(argv)
    global WITH_RULES
    WITH_RULES = args.with_rules
    names = args.sets.split(",")
    assert "heldout-5" not in names, "heldout-5 is validation: --validate scores it, nothing trains on it"
    samples, docs = samples_of(names + (["heldout-5"] if args.validate else []))
    agree = sum(s[2] == s[3] for s in samples)
    print(f"{len(samples)} found events that are gold events; the rules type {agree} of them right\n")
    print("| held-out set | labelled events | rules right | learned right | rules event / entity / relation F1 "
          "| learned event / entity / relation F1 |")
    print("|---|---|---|---|---|---|")
    totals = Counter()
    for name in names:
        train = [(f, y) for s, f, y, _ in samples if s != name]
        test = [(f, y, r) for s, f, y, r in samples if s == name]
        if not test or not train:
            continue
        model = TypeModel(args.l2).fit(train)
        learned_right = sum(model.predict(f) == y for f, y, _ in test)
        rules_right = sum(r == y for _, y, r in test)
        before, after = scores_of(docs[name], None), scores_of(docs[name], model)
        totals.update(n=len(test), rules=rules_right, learned=learned_right)
        print(f"| {name} | {len(test)} | {rules_right} | {learned_right} | "
              + _row("", before).split("| ", 2)[2].replace(" | ", " / ").rstrip(" |") + " | "
              + _row("", after).split("| ", 2)[2].replace(" | ", " / ").rstrip(" |") + " |")
    print(f"| all (leave one set out) | {totals['n']} | {totals['rules']} | {totals['learned']} | | |")
    if args.validate:
        model = TypeModel(args.l2).fit([(f, y) for _, f, y, _ in samples])
        before, after = scores_of(docs["heldout-5"], None), scores_of(docs["heldout-5"], model)
        print("\nvalidation (heldout-5, not tuned on), event / entity / relation F1:\n")
        print("| typed by | event F1 | entity F1 | relation F1 |\n|---|---|---|---|")
        print(_row("rules", before))
        print(_row("learned (trained on every in-sample set)", after))
    return 0


if __name__ == "__main__":
    sys.exit(main())
