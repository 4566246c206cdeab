"""Issue 13 experiment (i13u): does a learned name tagger (a CRF) beat the name rules on unseen text?

The rules find agencies and programmes from gazetteer heads and decide where a name stops; on every
blind set they stop wrong or miss names far more than in-sample (heldout-4: Agency recall 0.66,
Programme F1 0.37).  This script trains a linear-chain CRF (python-crfsuite) over newmm words
(``bench/name_features.py``: the word, its shape and part of speech, the gazetteers' reading, the
neighbours, and the rule extractor's own label for it) on the gold of the in-sample sets, labels
aligned from gold names and aliases, and adds the names it finds that no rule mention overlaps to
the extraction, as candidates: an agency must open with a gazetteer form (a named agency, or an
open family's head) and is canonicalised by it; a programme takes the gazetteer's name when it has
one; both then pass the extractor's own name checks (``loaders/sanity.screen_names``) before
relations are found, so relations follow.

Protocol (hyper-parameters fixed before any test: L-BFGS, c1 0.05, c2 0.01, 150 iterations):

- K-fold cross-validation by document over the in-sample sets (seed 13): train on K-1 folds, extract
  the held-out fold with its model, score all folds' outputs together with the shared scorer
  (PYTHONHASHSEED=0) against rules only; also the heldout-3 documents alone;
- validation: train on every in-sample document, extract heldout-4 (the session's validation set:
  scored here, aggregate figures only, never read or listed) and score it against rules only.

    .venv/bin/python bench/name_tagger.py --cv 5
    .venv/bin/python bench/name_tagger.py --validate
    .venv/bin/python bench/name_tagger.py --align        # how many gold names align to the text

``--old-rules`` trains on the rule labels an older extractor gave heldout-2 and heldout-3 when they were
blind (dumped with ``--code``, a ``git archive`` of the commit that scored each), so the model sees the
rules' real errors on new text; tagging still reads the current rules:

    git archive 6c8ecbf | tar -x -C /tmp/h2 && git archive cf1f0d4 | tar -x -C /tmp/h3
    .venv/bin/python bench/name_tagger.py --code /tmp/h2 --dump-rules /tmp/h2.json --sets heldout-2
    .venv/bin/python bench/name_tagger.py --code /tmp/h3 --dump-rules /tmp/h3.json --sets heldout-3
    .venv/bin/python bench/name_tagger.py --cv 5 --old-rules /tmp/h2.json,/tmp/h3.json

The thirteenth session's re-run trains on every development set (``DEVELOPMENT``, 355 documents): leave one
set out over heldout-2..9 (``--loso``: train on the other sets, extract the left-out one), then one run on the
session's validation set (``--validation``: ``role_errors.VALIDATION``, summary rows only, its log silenced);
both take ``--old-rules`` (dumps of the extractors that scored heldout-2..9 blind, commits in
``bench/name-tagger.md``):

    .venv/bin/python bench/name_tagger.py --align --loso
    .venv/bin/python bench/name_tagger.py --validation

Never reads the real-world corpus nor the blind set; ``bench/name-tagger.md`` has the figures.
"""
from __future__ import annotations

import argparse
import contextlib
import copy
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from date_chooser import documents  # noqa: E402  (bench/ is scripts)
from role_classifier import _docs, use_code  # noqa: E402
from role_errors import VALIDATION, quiet_if_validation  # noqa: E402
from name_features import (Doc, boundary_misses, decode, features, gold_spans, rule_spans,  # noqa: E402
                           span_prf, spans_to_labels, tokenize, trimmed, with_old_rules)

SCORER = ROOT.parent / "shared" / "tools" / "score.py"
IN_SAMPLE = ("seeds", "examples", "unseen", "dev", "third", "heldout-2", "heldout-3")
# the thirteenth session's re-run (``--loso``, ``--validation``): every development set, the blind-annotated
# ones left out one at a time, and the session's validation set (summary rows only)
LEFT_OUT = tuple(f"heldout-{n}" for n in range(2, 10))
DEVELOPMENT = ("seeds", "examples", "unseen", "dev", "third") + LEFT_OUT
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
SEED = 13
OUTCOME: Counter = Counter()     # what became of the tagged names, since the last reset


# ---------------------------------------------------------------------- the hook into the extractor
@contextlib.contextmanager
def hooked(tagger=None, adds=("AGY", "PRG"), without_rules=False, replace=False, latin=False, confidence=0.0):
    """While open, each extraction's screened mentions are kept (yielded list of (analysis, Doc)), and,
    with a ``tagger``, the names it finds of the types in ``adds`` are added before relations."""
    import edugraph.loaders.extract as extract_module

    real = extract_module.screen_names
    kept: list = []

    def screened(analysis):
        dropped = real(analysis)
        doc = Doc(analysis.text, tokenize(analysis.text), [])
        doc.rule = spans_to_labels(doc.tokens, rule_spans(analysis))
        kept.append((analysis, doc))
        if tagger is not None:
            feats = features(doc, analysis.gaz)
            labels = tagger.tag(_strip(feats) if without_rules else feats)
            spans = decode(doc.tokens, labels)
            if confidence:
                spans = [span for span in spans if _sure(tagger, doc.tokens, labels, span) >= confidence]
            OUTCOME.update(add_candidates(analysis, doc, spans, adds, real,
                                          replace=replace, latin=latin))
        return dropped

    extract_module.screen_names = screened
    try:
        yield kept
    finally:
        extract_module.screen_names = real


def _sure(tagger, tokens, labels, span) -> float:
    """The least marginal probability the tagger gives its labels over a span's words."""
    return min(tagger.marginal(labels[i], i) for i, (s, e, _) in enumerate(tokens) if span[0] <= s < span[1])


def _strip(feats):
    return [[f for f in word if "rule" not in f] for word in feats]


def add_candidates(analysis, doc: Doc, spans, adds, screen, *, replace=False, latin=False) -> Counter:
    """Add the tagged names that no rule mention overlaps, canonicalised and screened as the rules' are.

    ``replace``: a tagged name that starts where a rule's open name (one no gazetteer entry fixed)
    starts and ends elsewhere takes its place, when it passes the same checks.  ``latin``: a name in
    Latin letters with no Thai head (Google, ASEAN-Turkey Fund) is an agency of kind ``other``."""
    from edugraph.loaders.mentions import AgencyMention, ProgrammeMention

    text, gaz = analysis.text, analysis.gaz
    taken = rule_spans(analysis)
    taken += [(p.start, p.end, "PER") for p in analysis.persons]
    outcome = Counter()
    agencies, programmes, replaced = [], [], {}
    for start, end, tag in trimmed(spans, text):
        if tag not in adds:
            continue
        if end - start < 2:
            continue
        if any(start < e and s < end for s, e, _ in taken):
            rival = _rival(analysis, start, end, tag) if replace else None
            if rival is None or any(start < e and s < end and (s, e) != (rival.start, rival.end)
                                    for s, e, _ in taken):
                outcome["overlaps a rule mention"] += 1
                continue
        else:
            rival = None
        form = " ".join(text[start:end].split())
        before = len(agencies) + len(programmes)
        if tag == "AGY":
            entry = gaz.agency_by_form(form)
            opener = gaz.agency_rx.match(text, start)
            family = gaz.family_head_form(opener.group()) if opener else None
            if entry is not None:
                agencies.append(AgencyMention(start, end, text[start:end], entry.name, entry.kind, entry=entry))
            elif family is not None and family.slot == "open" and len(form) > len(family.head) + 1:
                agencies.append(AgencyMention(start, end, text[start:end], form, family.kind, family=family))
            elif latin and rival is None and _LATIN_NAME.fullmatch(form):
                agencies.append(AgencyMention(start, end, text[start:end], form, "other"))
            else:
                outcome["agency without a known head"] += 1
        elif tag == "PRG":
            entry = gaz.programme_by_form(form)
            name = entry.name if entry is not None else form
            programmes.append(ProgrammeMention(start, end, text[start:end], name, name))
        if rival is not None and len(agencies) + len(programmes) > before:
            replaced[id(agencies[-1] if tag == "AGY" else programmes[-1])] = rival
    if not agencies and not programmes:
        return outcome
    # the rules' names are the release's known names to the checks (a name running on past one is cut
    # back to it), except the ones a tagged name is to replace
    rivals = {id(m) for m in replaced.values()}
    trial = SimpleNamespace(text=text, gaz=gaz, agencies=[copy.copy(m) for m in analysis.agencies
                                                          if id(m) not in rivals] + agencies,
                            programmes=programmes, persons=[])
    screen(trial)
    kept_agencies = [m for m in trial.agencies if any(m is a for a in agencies)]
    kept_programmes = trial.programmes
    gone = {id(replaced[id(m)]) for m in kept_agencies + kept_programmes if id(m) in replaced}
    outcome["rule name replaced"] += len(gone)
    analysis.agencies = [m for m in analysis.agencies if id(m) not in gone]
    analysis.programmes = [p for p in analysis.programmes if id(p) not in gone]
    outcome["agency added"] += len(kept_agencies)
    outcome["agency refused by the name checks"] += len(agencies) - len(kept_agencies)
    outcome["programme added"] += len(trial.programmes)
    outcome["programme refused by the name checks"] += len(programmes) - len(trial.programmes)
    analysis.agencies = sorted(analysis.agencies + kept_agencies, key=lambda m: m.start)
    analysis.programmes = sorted(analysis.programmes + trial.programmes, key=lambda p: p.start)
    return outcome


_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9&.'-]*(?: [A-Za-z0-9&.'-]+){0,5}")


def _rival(analysis, start: int, end: int, tag: str):
    """The one rule mention of the same type whose open name starts at ``start`` and ends elsewhere."""
    if tag == "AGY":
        same = [m for m in analysis.agencies if m.start < end and start < m.end]
        ok = len(same) == 1 and same[0].start == start and same[0].end != end and same[0].entry is None \
            and same[0].family is not None and same[0].family.slot == "open" and not same[0].holder
    else:
        same = [p for p in analysis.programmes if p.start < end and start < p.end]
        ok = len(same) == 1 and same[0].start == start and same[0].end != end \
            and analysis.gaz.programme_by_form(same[0].base) is None
    return same[0] if ok else None


# ---------------------------------------------------------------------- data
def extract_path(path: Path, tagger=None, **options):
    from edugraph.loaders import extract_document
    from edugraph.loaders.sources import iter_sources

    with hooked(tagger, **options) as kept:
        (source,) = list(iter_sources([path]))
        record = extract_document(source)
    return record, kept[-1]


def load(docs) -> list[dict]:
    """Every document extracted by the rules, with its words, features and gold labels."""
    from edugraph.loaders.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    out = []
    for name, path, gold_path in docs:
        record, (analysis, doc) = extract_path(path)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        spans, stats = gold_spans(doc.text, gold)
        out.append({"set": name, "path": path, "gold": gold, "record": record, "doc": doc,
                    "feats": features(doc, gaz), "labels": spans_to_labels(doc.tokens, spans),
                    "spans": spans, "stats": stats, "misaligned": boundary_misses(doc.tokens, spans),
                    "rule_spans": rule_spans(analysis)})
    return out


def train(items: list[dict], path: Path, without_rules: bool = False):
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for item in items:
        feats = item.get("train_feats", item["feats"])
        trainer.append(_strip(feats) if without_rules else feats, item["labels"])
    trainer.set_params(PARAMS)
    trainer.train(str(path))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


# ---------------------------------------------------------------------- scoring
def score(pairs: list[tuple[dict, dict]]) -> dict:
    """The shared scorer's figures on (gold, record) pairs, documents renamed so that none collide."""
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir, out_dir = Path(tmp, "gold"), Path(tmp, "out")
        gold_dir.mkdir(), out_dir.mkdir()
        for i, (gold, record) in enumerate(pairs):
            (gold_dir / f"{i:03}.json").write_text(json.dumps(dict(gold, doc=f"{i:03}"), ensure_ascii=False))
            (out_dir / f"{i:03}.json").write_text(json.dumps(dict(record, doc=f"{i:03}"), ensure_ascii=False))
        result = subprocess.run([sys.executable, str(SCORER), str(gold_dir), str(out_dir), "--json"],
                                capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(result.stdout[:result.stdout.rindex("}") + 1])


def _cell(by: dict, kind: str) -> str:
    """One entity type's F1 (found/gold, spurious)."""
    tally = by.get(kind, {})
    tp = tally.get("tp", 0)
    return f"{tally.get('f1', 0):.3f} ({tp}/{tp + tally.get('fn', 0)}, fp {tally.get('fp', 0)})"


def row(name: str, scores: dict) -> str:
    by = scores["entity"]["by_type"]
    rel = scores["relation"]
    cells = [_cell(by, t) for t in ("Agency", "Programme", "Person")]
    return (f"| {name} | {scores['entity']['f1']:.3f} | " + " | ".join(cells)
            + f" | {rel['p']:.3f} | {rel['r']:.3f} | {rel['f1']:.3f} |")


HEADER = ("| output | entity F1 | Agency F1 (found/gold, spurious) | Programme F1 | Person F1 | relation P | "
          "relation R | relation F1 |\n|---|---|---|---|---|---|---|---|")

VARIANTS = {"rules + CRF (agencies and programmes)": {"adds": ("AGY", "PRG")},
            "rules + CRF, replacing open names": {"adds": ("AGY", "PRG"), "replace": True},
            "rules + CRF, Latin names too": {"adds": ("AGY", "PRG"), "latin": True},
            "rules + CRF, both": {"adds": ("AGY", "PRG"), "replace": True, "latin": True},
            "rules + CRF (agencies only)": {"adds": ("AGY",)},
            "rules + CRF (programmes only)": {"adds": ("PRG",)},
            "rules + CRF blind to the rules": {"adds": ("AGY", "PRG"), "without_rules": True},
            "rules + CRF blind to the rules, sure spans (marginal >= 0.8)": {
                "adds": ("AGY", "PRG"), "without_rules": True, "confidence": 0.8}}


class GoldTagger:
    """Tags a document with its own aligned gold names: the ceiling of adding tagged names this way."""

    def __init__(self, labels: list[str]):
        self.labels = labels

    def tag(self, feats) -> list[str]:
        assert len(feats) == len(self.labels)
        return self.labels


ORACLES = {"*oracle: the aligned gold names, added*": {"adds": ("AGY", "PRG")},
           "*oracle: the aligned gold names, added and replacing*": {"adds": ("AGY", "PRG"), "replace": True}}


def cross_validate(items: list[dict], k: int) -> None:
    order = sorted(range(len(items)), key=lambda i: random.Random(SEED * 1000 + i).random())
    folds = [order[f::k] for f in range(k)]
    outputs = {name: [None] * len(items) for name in VARIANTS}
    for name, options in ORACLES.items():
        outputs[name] = [extract_path(it["path"], GoldTagger(it["labels"]), **options)[0] for it in items]
    tagged = [None] * len(items)
    outcome = {name: Counter() for name in VARIANTS}
    with tempfile.TemporaryDirectory() as tmp:
        for f, fold in enumerate(folds):
            rest = [items[i] for i in range(len(items)) if i not in set(fold)]
            taggers = {False: train(rest, Path(tmp, f"m{f}.crf")), True: train(rest, Path(tmp, f"b{f}.crf"), True)}
            for i in fold:
                item = items[i]
                labels = taggers[False].tag(item["feats"])
                tagged[i] = trimmed(decode(item["doc"].tokens, labels), item["doc"].text)
                for name, options in VARIANTS.items():
                    tagger = taggers[options.get("without_rules", False)]
                    OUTCOME.clear()
                    outputs[name][i] = extract_path(item["path"], tagger, **options)[0]
                    outcome[name].update(OUTCOME)
            print(f"fold {f + 1}/{k} done", file=sys.stderr)
    rules_spans = [trimmed(item["rule_spans"], item["doc"].text) for item in items]
    print("\nExact-span agreement with the aligned gold spans (all folds' held-out documents):\n")
    print("| tagger | AGY P/R/F1 | PRG P/R/F1 | PER P/R/F1 |\n|---|---|---|---|")
    for name, predicted in (("rules' mentions", rules_spans), ("CRF (held-out fold)", tagged)):
        prf = span_prf(items, predicted)
        print(f"| {name} | " + " | ".join("{:.3f}/{:.3f}/{:.3f}".format(*prf[t]) for t in ("AGY", "PRG", "PER")) + " |")
    for title, keep in ((f"All {len(items)} in-sample documents", lambda it: True),
                        ("heldout-3's documents only", lambda it: it["set"] == "heldout-3")):
        chosen = [i for i, it in enumerate(items) if keep(it)]
        print(f"\n{title} ({len(chosen)}), {k}-fold CV, all folds scored together:\n")
        print(HEADER)
        print(row("rules only", score([(items[i]["gold"], items[i]["record"]) for i in chosen])))
        for name in outputs:
            print(row(name, score([(items[i]["gold"], outputs[name][i]) for i in chosen])))
    print("\nWhat became of the tagged names (all folds):\n")
    for name, counts in outcome.items():
        print(f"- {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def validate(items: list[dict]) -> None:
    """Train on every in-sample document; score heldout-4 (aggregates only: it is never read)."""
    held = documents({"heldout-4"})
    assert held and not any(item["path"] == path for item in items for _, path, _ in held)
    with tempfile.TemporaryDirectory() as tmp:
        taggers = {False: train(items, Path(tmp, "all.crf")), True: train(items, Path(tmp, "blind.crf"), True)}
        print(f"\nValidation (not tuned on): heldout-4, {len(held)} documents, trained on {len(items)} in-sample:\n")
        _print_variants(held, taggers, HEADER, row)


def _print_variants(held: list, taggers: dict, header: str, row_of) -> None:
    """The table of rules only and of every variant over the held documents ``held``, scored together."""
    golds = [json.loads(g.read_text(encoding="utf-8")) for _, _, g in held]
    print(header)
    print(row_of("rules only", score(list(zip(golds, [extract_path(path)[0] for _, path, _ in held])))))
    for variant, options in VARIANTS.items():
        records = [extract_path(path, taggers[options.get("without_rules", False)], **options)[0]
                   for _, path, _ in held]
        print(row_of(variant, score(list(zip(golds, records)))))


def _train_both(items: list[dict], tmp: str, name: str) -> dict:
    return {False: train(items, Path(tmp, name + ".crf")), True: train(items, Path(tmp, name + "-blind.crf"), True)}


def _outputs(items: list[dict], taggers: dict, outcome: dict) -> dict[str, list[dict]]:
    """Every variant's (and the oracle's) records of ``items``, tagged by ``taggers``."""
    out = {name: [extract_path(it["path"], GoldTagger(it["labels"]), **options)[0] for it in items]
           for name, options in ORACLES.items()}
    for name, options in VARIANTS.items():
        out[name] = []
        for it in items:
            OUTCOME.clear()
            out[name].append(extract_path(it["path"], taggers[options.get("without_rules", False)], **options)[0])
            outcome.setdefault(name, Counter()).update(OUTCOME)
    return out


SHORT = ("| output | entity F1 | Agency F1 (found/gold, spurious) | Programme F1 (found/gold, spurious) | relation F1 |"
         "\n|---|---|---|---|---|")


def short_row(name: str, scores: dict) -> str:
    by = scores["entity"]["by_type"]
    cells = [_cell(by, t) for t in ("Agency", "Programme")]
    return f"| {name} | {scores['entity']['f1']:.3f} | " + " | ".join(cells) + f" | {scores['relation']['f1']:.3f} |"


def leave_one_set_out(items: list[dict]) -> None:
    """Each of heldout-2..9 in turn: train on every other development set, extract the left-out one.  Each
    left-out set was annotated blind, so its rule labels are the least tuned-on the rules have; the 320
    documents are then scored together and set by set."""
    outputs: dict[str, list] = {}
    outcome: dict[str, Counter] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in LEFT_OUT:
            test = [it for it in items if it["set"] == name]
            taggers = _train_both([it for it in items if it["set"] != name], tmp, name)
            for variant, records in _outputs(test, taggers, outcome).items():
                outputs.setdefault(variant, []).extend(records)
            print(f"{name} done", file=sys.stderr)
    chosen = [it for it in items if it["set"] in LEFT_OUT]
    golds = [it["gold"] for it in chosen]
    rules = [it["record"] for it in chosen]
    print(f"\nLeave one set out: heldout-2..9 ({len(chosen)} documents), each tagged by the model trained "
          f"without its set, scored together:\n")
    print(HEADER)
    print(row("rules only", score(list(zip(golds, rules)))))
    for variant, records in outputs.items():
        print(row(variant, score(list(zip(golds, records)))))
    print("\nSet by set, entity F1 / relation F1:\n")
    print("| output | " + " | ".join(LEFT_OUT) + " |\n|---|" + "---|" * len(LEFT_OUT))
    for variant, records in [("rules only", rules)] + list(outputs.items()):
        cells = []
        for name in LEFT_OUT:
            pairs = [(g, r) for it, g, r in zip(chosen, golds, records) if it["set"] == name]
            s = score(pairs)
            cells.append(f"{s['entity']['f1']:.3f} / {s['relation']['f1']:.3f}")
        print(f"| {variant} | " + " | ".join(cells) + " |")
    print("\nWhat became of the tagged names (all left-out sets):\n")
    for variant, counts in outcome.items():
        print(f"- {variant}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def validation(items: list[dict]) -> None:
    """Train on every development document; score the session's validation set for summary rows only (its
    texts, gold and items are never printed; the extractor's log is silenced while it runs)."""
    (name,) = VALIDATION
    held = _docs([name])
    assert held and not set(DEVELOPMENT) & set(VALIDATION)
    assert not {str(p) for _, p, _ in held} & {str(it["path"]) for it in items}
    with tempfile.TemporaryDirectory() as tmp, quiet_if_validation(name):
        taggers = _train_both(items, tmp, "all")
        print(f"\nValidation (not tuned on): {name}, {len(held)} documents, trained on {len(items)} "
              f"development documents:\n")
        _print_variants(held, taggers, SHORT, short_row)


def alignment(items: list[dict], sets=IN_SAMPLE) -> None:
    print("| set | documents | Agency aligned/gold (space-insensitive only) | Programme | Person | spans | "
          "spans cut inside a word |\n|---|---|---|---|---|---|---|")
    for name in tuple(sets) + ("all",):
        chosen = [it for it in items if name in ("all", it["set"])]
        total = {t: Counter() for t in ("Agency", "Programme", "Person")}
        for it in chosen:
            for t in total:
                total[t].update(it["stats"][t])
        cells = [f"{total[t]['aligned']}/{total[t]['entities']} ({total[t]['loose_only']})" for t in total]
        print(f"| {name} | {len(chosen)} | " + " | ".join(cells)
              + f" | {sum(len(it['spans']) for it in chosen)} | {sum(it['misaligned'] for it in chosen)} |")


def _use_old_rules(items: list[dict], files: str) -> None:
    from edugraph.loaders.gazetteer import load_gazetteer

    dumped = {k: v for f in files.split(",") for k, v in json.loads(Path(f).read_text()).items()}
    print(f"training labels of the older rules for {with_old_rules(items, dumped, load_gazetteer())} "
          f"of {len(dumped)} dumped documents", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", type=int, default=0, help="K-fold cross-validation by document")
    parser.add_argument("--validate", action="store_true", help="train on all in-sample, score heldout-4")
    parser.add_argument("--align", action="store_true", help="how many gold names align to the text")
    parser.add_argument("--loso", action="store_true",
                        help="every development set: leave each of heldout-2..9 out in turn, train on the rest")
    parser.add_argument("--validation", action="store_true",
                        help="train on every development set, score the validation set (summary rows only)")
    parser.add_argument("--code", type=Path, help="with --dump-rules: the extractor of another checkout")
    parser.add_argument("--dump-rules", type=Path, help="write the rules' mention spans of --sets to this JSON")
    parser.add_argument("--sets", default=",".join(IN_SAMPLE), help="with --dump-rules: which sets")
    parser.add_argument("--old-rules", default="", help="JSON files of --dump-rules: train on those rule labels")
    args = parser.parse_args(argv)
    if args.dump_rules:
        if args.code:
            use_code(args.code.resolve())
        dumped = {}
        for _, path, _ in _docs(args.sets.split(",")):
            analysis, doc = extract_path(path)[1]
            dumped[str(path)] = {"text": doc.text, "spans": rule_spans(analysis)}
        args.dump_rules.write_text(json.dumps(dumped, ensure_ascii=False), encoding="utf-8")
        return 0
    if args.loso or args.validation:
        items = load(_docs(list(DEVELOPMENT)))
        if args.old_rules:
            _use_old_rules(items, args.old_rules)
        if args.align:
            alignment(items, DEVELOPMENT)
        if args.loso:
            leave_one_set_out(items)
        if args.validation:
            validation(items)
        return 0
    items = load(documents(set(IN_SAMPLE)))
    if args.old_rules:
        _use_old_rules(items, args.old_rules)
    if args.align or not (args.cv or args.validate):
        alignment(items)
    if args.cv:
        cross_validate(items, args.cv)
    if args.validate:
        validate(items)
    return 0


if __name__ == "__main__":
    sys.exit(main())
