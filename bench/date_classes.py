"""Issue 13: which kinds of event day the gold has, and what the extractor gives each.

The annotators date an event by the contract (ANNOTATION.md, DECISIONS.md, the heldout NOTES): the day the
activity took place, or the announced day of one still to come; null when the text gives none, even when the
release reports it through a statement dated ``วันนี้ (...)``.  Every gold event of the named sets is put in one
class:

- ``null``: gold gives no day; ``null, told``: and the event is reported after a speech verb that follows a
  stated day (``วันนี้ (date) X เปิดเผยว่า ... ได้ลงนาม``), so the statement's day stands before it;
- ``announced``: gold's day is after the release;
- ``statement day``: gold's day is a day stated before a speech verb that precedes the event's cue (the
  activity is on the statement's day, as the text says);
- ``activity day``: any other stated day.

For the events the extractor finds (matched to gold by type, as ``bench/date_chooser.py`` labels them), each
way of dating (the rules; the learned chooser with its last shipped weights) is counted right, or wrong as ``gave a day`` (gold null),
``gave none`` (gold dated), ``the statement's day`` or ``another day``.  Gold events of a type the
extractor does not find are counted as ``not found``.

    .venv/bin/python bench/date_classes.py [--sets seeds,examples,unseen,dev,third,heldout-2,heldout-3]
    .venv/bin/python bench/date_classes.py --cost [--code DIR]

``--cost`` instead times extraction against pythainlp's ``newmm`` on the same gold texts (best of seven passes
each; the real-world corpus, which holds a blind set's records, is not read), with ``--code`` for another checkout.

Never reads the real-world corpus; heldout-4 (this session's validation set) only when named, and then prints
only its summary rows.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import date_chooser as dc  # noqa: E402  (bench/ is scripts)

IN_SAMPLE = "seeds,examples,unseen,dev,third,heldout-2,heldout-3"
CLASSES = ("null", "null, told", "announced", "statement day", "activity day")
OUTCOMES = ("right", "gave a day", "gave none", "the statement's day", "another day")


def _told(cand: dict) -> bool:
    return any(f.startswith("told=said") for f in cand["feats"])


def klass(cands: list[dict], label, published) -> str:
    if label is None:
        told = any(_told(c) for c in cands if c["date"] is not None) \
            or any(f.startswith("none&told=said") for f in cands[-1]["feats"])
        return "null, told" if told else "null"
    if published and label > published:
        return "announced"
    if any(_told(c) for c in cands if c["date"] == label):
        return "statement day"
    return "activity day"


def outcome(cands: list[dict], label, given) -> str:
    if given == label:
        return "right"
    if label is None:
        return "gave a day"
    if given is None:
        return "gave none"
    if any(_told(c) for c in cands if c["date"] == given):
        return "the statement's day"
    return "another day"


def measure(docs: list[dict], pickers: dict) -> tuple[Counter, Counter, Counter]:
    """(gold events per class, labelled events per class, (picker, class, outcome) counts)."""
    gold_by, labelled_by, outcomes = Counter(), Counter(), Counter()
    for d in docs:
        published = d["gold"].get("published")
        found_types = {e.type for e in d["events"]}
        for entity in d["gold"]["entities"]:
            if entity["type"] != "Event":
                continue
            date = entity.get("date")
            coarse = "null" if date is None else "announced" if published and date > published else "dated"
            gold_by[(coarse, entity.get("event_type") in found_types)] += 1
        for cands, label, rule in zip(d["cands"], d["labels"], d["rules"]):
            if label is ...:
                continue
            k = klass(cands, label, published)
            labelled_by[k] += 1
            for name, pick in pickers.items():
                outcomes[(name, k, outcome(cands, label, pick(cands, rule[0])["date"]))] += 1
    return gold_by, labelled_by, outcomes


def cost(names: list[str]) -> None:
    """Extraction time against newmm's on the texts of the named sets: the best of seven passes each."""
    from pythainlp.tokenize import word_tokenize

    from edugraph.loaders import extract_document
    from edugraph.loaders.sources import iter_sources

    sources = [s for _, path, _ in dc.documents(set(names)) for s in iter_sources([path])]
    extract_document(sources[0]), word_tokenize(sources[0].text, engine="newmm")      # warm-up

    def best(run) -> float:
        times = []
        for _ in range(7):
            started = time.perf_counter()
            for source in sources:
                run(source)
            times.append(time.perf_counter() - started)
        return min(times)

    extraction, newmm = best(extract_document), best(lambda s: word_tokenize(s.text, engine="newmm"))
    print("| documents | characters | extraction s | newmm s | extraction ÷ newmm |\n|---|---|---|---|---|")
    print(f"| {len(sources)} | {sum(len(s.text) for s in sources)} | {extraction:.3f} | {newmm:.3f} | "
          f"{extraction / newmm:.2f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=IN_SAMPLE)
    parser.add_argument("--cost", action="store_true", help="time extraction against newmm instead")
    parser.add_argument("--code", type=Path, help="with --cost: the extractor of this checkout (git archive COMMIT)")
    args = parser.parse_args(argv)
    if args.cost:
        if args.code:
            dc.use_code(args.code.resolve())
        cost(args.sets.split(","))
        return 0
    shipped = dc.last_shipped()
    pickers = {"rules": lambda c, r: next(x for x in c if x["date"] == r), "chooser": lambda c, r: shipped.choose(c)}
    docs = dc.load(dc.documents(set(args.sets.split(","))))
    for name in args.sets.split(",") + ["all"]:
        names = args.sets.split(",") if name == "all" else [name]
        gold_by, labelled_by, outcomes = measure([d for d in docs if d["set"] in names], pickers)
        print(f"\n## {name}\n")
        print("gold events: " + ", ".join(
            f"{coarse} {sum(v for (c, _), v in gold_by.items() if c == coarse)} "
            f"({gold_by[(coarse, False)]} of a type not found)" for coarse in ("null", "announced", "dated")))
        print("\n| class | labelled | " + " | ".join(f"rules: {o}" for o in OUTCOMES) + " | "
              + " | ".join(f"chooser: {o}" for o in OUTCOMES) + " |")
        print("|---" * (2 + 2 * len(OUTCOMES)) + "|")
        for k in CLASSES + ("all",):
            keys = CLASSES if k == "all" else (k,)
            row = [sum(labelled_by[x] for x in keys)]
            row += [sum(outcomes[(p, x, o)] for x in keys) for p in pickers for o in OUTCOMES]
            print(f"| {k} | " + " | ".join(map(str, row)) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
