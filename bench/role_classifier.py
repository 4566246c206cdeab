"""Issue 13 experiment: does a learned event-role classifier beat the role rules on unseen text?

The rules give people and agencies their role at an event (SIGNED, CHAIRED,
ORGANIZED, WITNESSED, SUPPORTED, SPOKE_AT, PARTICIPATED) from cue words.  On the
held-out third they miss the rarer roles.  This script asks whether a small
classifier, trained on the gold we may use, does better where it matters: on
releases it was not trained on.

- Candidates: every (actor entity, event entity) pair of one release's own
  extraction (the actors and events the pipeline found), with features of the
  actor's mentions: the role cues (``cues.yaml``) and a few words just before
  and after each mention, whether the event is the nearest one, the actor's
  kind, the event's type, and the role(s) the rules gave the pair.
- Labels: the gold roles of the pair, after matching the extracted entities
  to gold exactly as ``../shared/tools/score.py`` does.
- Model: one-vs-rest logistic regression per role (pure Python, L2, fixed seed).
- Protocol: 5 folds over documents (seeded shuffle).  On each held-out fold the
  extraction output is written three ways and scored with the official scorer:
  rules alone; learned alone (the learned roles replace the rules' event
  roles); rules+learned (the learned roles are added where the rules gave the
  pair none, above a threshold chosen by an inner 4-fold CV on the training
  folds only).

Data: the sets of ``bench/role_errors.py`` named by ``--sets`` (default: the seeds, the examples,
``tests/data/unseen-2026-11`` and the development part of ``../shared/corpus/dev``).  With
``--leave-one-set-out`` each set in turn is tested on a model trained on the others; with
``--train-on`` the named sets train and the rest is tested once (a validation set named in
``--sets`` and not in ``--train-on`` is only ever scored, in aggregate).

    .venv/bin/python bench/role_classifier.py [--folds 5] [--seed 13] [--table docs/role-classifier.md]
    .venv/bin/python bench/role_classifier.py --sets seeds,examples,unseen,dev,third,heldout-2,heldout-3,heldout-4 --leave-one-set-out
    .venv/bin/python bench/role_classifier.py --sets seeds,examples,unseen,dev,third,heldout-2,heldout-3,heldout-4,heldout-5 \
        --train-on seeds,examples,unseen,dev,third,heldout-2,heldout-3,heldout-4
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import math
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score.py"
ROLES = ("SIGNED", "CHAIRED", "ORGANIZED", "WITNESSED", "SUPPORTED", "SPOKE_AT", "PARTICIPATED")
WEAK = "PARTICIPATED"
RARE = ("WITNESSED", "SUPPORTED", "SPOKE_AT", "ORGANIZED", "CHAIRED")
_WINDOW = 60            # characters either side of a mention read for cues
_WORDS = ("ประธาน", "ลงนาม", "สักขีพยาน", "พยาน", "สนับสนุน", "กล่าว", "บรรยาย", "รายงาน", "ต้อนรับ",
          "มอบนโยบาย", "เข้าร่วม", "ร่วม", "จัด", "โดย", "โดยมี", "ระหว่าง", "กับ", "และ", "ได้แก่",
          "ประกอบด้วย", "อาทิ", "ในฐานะ", "ผู้แทน", "แทน", "เกียรติ", "เจ้าภาพ", "วิทยากร", "ผู้บริหาร",
          "พร้อมด้วย", "ร่วมด้วย", "ณ", "ที่", "เพื่อ", "ซึ่ง", "ได้รับ", "ให้", "เปิด", "ความร่วมมือ")


# ---------------------------------------------------------------------- data
def use_code(checkout: Path) -> None:
    """Import ``edugraph`` from another checkout of this repository (a ``git archive`` of an older
    commit, say) instead of the editable install, so an older extractor can be measured."""
    import importlib
    finder = next((importlib.import_module(name) for name in list(sys.modules) + [
        p.stem for p in Path(sys.prefix).glob("lib/python*/site-packages/__editable__*edugraph*finder.py")]
        if name.startswith("__editable__") and "edugraph" in name), None)
    if finder is None or "edugraph" in sys.modules:
        raise SystemExit("--code needs the editable install of edugraph, before edugraph is imported")
    for package, folder in list(finder.MAPPING.items()):
        finder.MAPPING[package] = str(checkout / Path(folder).relative_to(ROOT))


def _docs(names: list[str]) -> list[tuple[str, Path, Path]]:
    """(set, release, gold) for every document of the named sets (``bench/role_errors.py`` defines them)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from role_errors import sets

    known = sets()
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SystemExit(f"unknown sets: {', '.join(unknown)} (known: {', '.join(known)})")
    out = [(name, text, known[name][1] / (text.stem + ".json")) for name in names for text in known[name][0]]
    return [d for d in out if d[2].is_file()]


def _scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextlib.contextmanager
def keeping_analysis():
    """While open, every extraction leaves its analysis and events in the yielded dict (the
    relation passes' input, which the record does not carry)."""
    import edugraph.loaders.extract as extract_module

    kept: dict = {}
    real = extract_module.find_relations

    def spy(analysis, table, events):
        real(analysis, table, events)
        kept["analysis"], kept["events"] = analysis, list(events)

    extract_module.find_relations = spy
    try:
        yield kept
    finally:
        extract_module.find_relations = real


def _extract_with_analysis(path: Path):
    """The record of one release as ``edugraph extract`` writes it, and the analysis behind it."""
    from edugraph.loaders import extract_document
    from edugraph.loaders.sources import iter_sources

    with keeping_analysis() as kept:
        (source,) = list(iter_sources([path]))
        record = extract_document(source)
    return record, kept["analysis"], kept["events"]


# ---------------------------------------------------------------------- features
def _mentions_by_entity(analysis) -> dict[str, list]:
    found = defaultdict(list)
    members = [m for group in getattr(analysis, "groups", []) for m in group.members]
    for m in list(analysis.persons) + list(analysis.agencies) + list(analysis.backrefs) + members:
        if getattr(m, "entity_id", None) and m not in found[m.entity_id]:
            found[m.entity_id].append(m)
    return found


def _cue_hits(analysis) -> list[tuple[int, int, str, str]]:
    hits = []
    for cue in analysis.gaz.role_cues:
        for match in cue.finditer(analysis.text, 0):
            if match.end() > match.start():
                hits.append((match.start(), match.end(), cue.name, "/".join(cue.roles)))
    return hits


def _event_spans(events) -> dict[str, list[tuple[int, int]]]:
    spans = defaultdict(list)
    for event in events:
        if event.entity_id:
            spans[event.entity_id] += [event.title_span] + list(event.mentions)
    return spans


def _distance(m, span) -> int:
    """Signed characters from the mention to the event wording (negative: the event is written first)."""
    if span[1] <= m.start:
        return span[1] - m.start
    if span[0] >= m.end:
        return span[0] - m.end
    return 0


def _bucket(d: int) -> str:
    a = abs(d)
    size = "0" if a == 0 else "s" if a < 40 else "m" if a < 150 else "l" if a < 500 else "x"
    return ("-" if d < 0 else "+") + size


def candidates(record: dict, analysis, events) -> list[dict]:
    """One candidate per (actor entity, event entity) of the record: its features and the rules' roles."""
    text = analysis.text
    kinds = {e["id"]: e for e in record["entities"]}
    event_ids = [e["id"] for e in record["entities"] if e["type"] == "Event"]
    rule_roles = defaultdict(set)
    for r in record["relations"]:
        if r["type"] in ROLES:
            rule_roles[(r["head"], r["tail"])].add(r["type"])
    spans = _event_spans(events)
    mentions = _mentions_by_entity(analysis)
    hits = _cue_hits(analysis)
    paragraphs = analysis.paragraphs
    n_events = "1" if len(event_ids) == 1 else "2" if len(event_ids) == 2 else "3+"
    out = []
    for entity in record["entities"]:
        if entity["type"] not in ("Person", "Agency"):
            continue
        actor = entity["id"]
        actor_mentions = mentions.get(actor, [])    # none: an entity only a relation pass wrote
        kind = entity["type"] if entity["type"] == "Person" else "Agency:" + str(entity.get("kind"))
        for event in event_ids:
            feats = {"bias", "kind=" + kind, "etype=" + str(kinds[event].get("event_type")), "nev=" + n_events,
                     "nmen=" + str(min(len(actor_mentions), 2))}
            for role in rule_roles.get((actor, event), ()):
                feats.add("rule=" + role)
                feats.add("rule=" + role + "&kind=" + entity["type"])
            if not rule_roles.get((actor, event)):
                feats.add("rule=none")
            for (h, t), roles in rule_roles.items():
                if h == actor and t != event:
                    for role in roles:
                        feats.add("rule_other=" + role)
            for m in actor_mentions:
                own = spans.get(event, [])
                if not own:
                    continue
                d = min((_distance(m, s) for s in own), key=abs)
                nearest = min(((abs(_distance(m, s)), e) for e, ss in spans.items() for s in ss), default=(0, event))[1]
                prefix = "N" if nearest == event else "F"
                if getattr(m, "in_headline", False):
                    prefix += "h"
                feats.add(prefix + "d" + _bucket(d))
                same_par = any(lo <= m.start < hi and any(lo <= s[0] < hi for s in own) for lo, hi in paragraphs)
                feats.add(prefix + ("samepar" if same_par else "otherpar"))
                for flag in ("in_position", "at_venue", "affiliated", "qualifier", "locative", "described", "place"):
                    if getattr(m, flag, False):
                        feats.add(prefix + "flag=" + flag)
                left, right = text[max(0, m.start - _WINDOW):m.start], text[m.end:m.end + _WINDOW]
                for word in _WORDS:
                    if word in left:
                        feats.add(prefix + "L:" + word)
                    if word in right:
                        feats.add(prefix + "R:" + word)
                for start, end, name, roles in hits:
                    if m.end <= start < m.end + _WINDOW:
                        feats.add(prefix + "cueR=" + name)
                    elif m.start - _WINDOW <= end <= m.start:
                        feats.add(prefix + "cueL=" + name)
                feats.add(prefix + "next=" + text[m.end:m.end + 4].strip()[:4])
                feats.add(prefix + "prev=" + text[max(0, m.start - 4):m.start].strip()[-4:])
            out.append({"actor": actor, "event": event, "features": sorted(feats),
                        "rules": sorted(rule_roles.get((actor, event), ()))})
    return out


def label(cands: list[dict], record: dict, gold: dict, scorer) -> tuple[list[dict], int]:
    """Each candidate's gold roles; and the gold event roles no candidate can carry (counted as misses)."""
    key_to_gold = {}
    for entity in gold.get("entities", []):
        for key in scorer.entity_keys(entity):
            key_to_gold[key] = entity["id"]
    to_gold = {}
    for entity in record["entities"]:
        match = next((key_to_gold[k] for k in scorer.entity_keys(entity) if k in key_to_gold), None)
        if match:
            to_gold[entity["id"]] = match
    gold_events = {e["id"] for e in gold.get("entities", []) if e["type"] == "Event"}
    gold_roles = defaultdict(set)
    for r in gold.get("relations", []):
        if r["type"] in ROLES and r["tail"] in gold_events:     # ORGANIZED/SUPPORTED of a programme are not event roles
            gold_roles[(r["head"], r["tail"])].add(r["type"])
    reachable = set()
    for c in cands:
        key = (to_gold.get(c["actor"]), to_gold.get(c["event"]))
        c["gold"] = sorted(gold_roles.get(key, ())) if None not in key else []
        if None not in key:
            reachable |= {(key, role) for role in c["gold"]}
    total = sum(len(v) for v in gold_roles.values())
    return cands, total - len({x for x in reachable})


# ---------------------------------------------------------------------- model
class OneVsRest:
    """Logistic regression per role over binary features (L2, SGD, fixed seed)."""

    def __init__(self, epochs: int = 30, rate: float = 0.1, l2: float = 1e-3, seed: int = 13,
                 use_rules: bool = True, roles: tuple[str, ...] = ROLES):
        self.roles = roles                  # the roles learned (bench/agency_roles.py learns two)
        self.epochs, self.rate, self.l2, self.seed = epochs, rate, l2, seed
        self.use_rules = use_rules          # False: the ablation that never sees what the rules said
        self.weights: dict[str, dict[str, float]] = {}

    def _features(self, c: dict) -> list[str]:
        return c["features"] if self.use_rules else [f for f in c["features"] if not f.startswith("rule")]

    def fit(self, cands: list[dict]) -> "OneVsRest":
        rng = random.Random(self.seed)
        order = list(range(len(cands)))
        for role in self.roles:
            w: dict[str, float] = defaultdict(float)
            for epoch in range(self.epochs):
                rng.shuffle(order)
                rate = self.rate / (1 + epoch * 0.1)
                for i in order:
                    c = cands[i]
                    features = self._features(c)
                    y = 1.0 if role in c["gold"] else 0.0
                    p = _sigmoid(sum(w[f] for f in features))
                    g = p - y
                    for f in features:
                        w[f] -= rate * (g + self.l2 * w[f])
            self.weights[role] = {f: round(v, 5) for f, v in w.items() if abs(v) > 1e-4}
        return self

    def proba(self, c: dict) -> dict[str, float]:
        features = self._features(c)
        return {role: _sigmoid(sum(w.get(f, 0.0) for f in features)) for role, w in self.weights.items()}


def _sigmoid(z: float) -> float:
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1 / (1 + math.exp(-z))


# ---------------------------------------------------------------------- combining
def decide(c: dict, p: dict[str, float], mode: str, threshold: float) -> set[str]:
    """The event roles a candidate gets: the rules', the learned ones, or the rules' plus confident learned ones."""
    rules = set(c["rules"])
    if mode == "rules":
        return rules
    learned = {role for role in ROLES if p[role] >= threshold}
    if mode.startswith("learned"):
        roles = learned
    else:      # rules+learned: a learned role is added only where the rules gave this pair no role
        roles = rules | (learned if not rules else set())
    if WEAK in roles and roles - {WEAK}:
        roles.discard(WEAK)
    return roles


def pair_f1(cands: list[dict], probs: list[dict], mode: str, threshold: float, unreachable: int) -> float:
    tp = fp = fn = 0
    for c, p in zip(cands, probs):
        predicted, gold = decide(c, p, mode, threshold), set(c["gold"])
        tp, fp, fn = tp + len(predicted & gold), fp + len(predicted - gold), fn + len(gold - predicted)
    fn += unreachable
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _model(mode: str, seed: int) -> OneVsRest:
    return OneVsRest(seed=seed, use_rules=mode != "learned, no rule features")


def choose_threshold(train: list, mode: str, seed: int) -> float:
    """The threshold with the best pooled F1 over an inner 4-fold CV of the training documents."""
    docs = list(train)
    random.Random(seed).shuffle(docs)
    folds = [docs[i::4] for i in range(4)]
    pooled_c, pooled_p, unreachable = [], [], 0
    for i, fold in enumerate(folds):
        model = _model(mode, seed).fit([c for j, f in enumerate(folds) if j != i for d in f for c in d["cands"]])
        for d in fold:
            pooled_c += d["cands"]
            pooled_p += [model.proba(c) for c in d["cands"]]
            unreachable += d["unreachable"]
    grid = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
    return max(grid, key=lambda t: (pair_f1(pooled_c, pooled_p, mode, t, unreachable), t))


def apply(record: dict, cands: list[dict], probs: list[dict], mode: str, threshold: float) -> dict:
    """The record with its event roles decided by ``mode``."""
    out = dict(record)
    pairs = {(c["actor"], c["event"]) for c in cands}
    kept = [r for r in record["relations"] if not (r["type"] in ROLES and (r["head"], r["tail"]) in pairs)]
    for c, p in zip(cands, probs):
        for role in sorted(decide(c, p, mode, threshold)):
            kept.append({"type": role, "head": c["actor"], "tail": c["event"]})
    out["relations"] = kept
    return out


def score(golds: list[dict], records: list[dict]) -> dict:
    """The official scorer's figures for these records against their gold.

    The scorer pairs documents by their ``doc`` field, so each pair is given one of its own; its relation
    figures move with Python's hash seed, so the seed is fixed as everywhere else."""
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir, out_dir = Path(tmp, "gold"), Path(tmp, "out")
        gold_dir.mkdir(), out_dir.mkdir()
        for i, (g, r) in enumerate(zip(golds, records)):
            (gold_dir / f"{i:03}.json").write_text(json.dumps({**g, "doc": f"{i:03}"}, ensure_ascii=False), "utf-8")
            (out_dir / f"{i:03}.json").write_text(json.dumps({**r, "doc": f"{i:03}"}, ensure_ascii=False), "utf-8")
        result = subprocess.run([sys.executable, str(SCORER), str(gold_dir), str(out_dir), "--json"],
                                capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(result.stdout[:result.stdout.rindex("}") + 1])


# ---------------------------------------------------------------------- main
def load_all(names: list[str]) -> list[dict]:
    scorer = _scorer()
    docs = []
    for name, text, gold_path in _docs(names):
        record, analysis, events = _extract_with_analysis(text)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        gold["doc"] = record["doc"] = f"{name}-{text.name}"
        cands, unreachable = label(candidates(record, analysis, events), record, gold, scorer)
        docs.append({"set": name, "name": text.name, "gold": gold, "record": record,
                     "cands": cands, "unreachable": unreachable})
    return docs


def _fmt(values: list[float]) -> str:
    return f"{statistics.mean(values):.3f} ± {statistics.pstdev(values):.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--table", type=Path, help="also write the results table (markdown) here")
    parser.add_argument("--code", type=Path, help="measure the extractor of this checkout (git archive COMMIT)")
    parser.add_argument("--sets", default="seeds,examples,unseen,dev",
                        help="the sets to use (comma-separated; bench/role_errors.py names them)")
    parser.add_argument("--train-on", help="instead of CV: train on these sets (comma-separated), "
                                           "test once on the others")
    parser.add_argument("--leave-one-set-out", action="store_true",
                        help="instead of CV: each set in turn is tested, trained on all the others")
    args = parser.parse_args(argv)
    if args.code:
        use_code(args.code.resolve())

    docs = load_all(args.sets.split(","))
    n_cands = sum(len(d["cands"]) for d in docs)
    n_gold = sum(len(c["gold"]) for d in docs for c in d["cands"])
    n_unreach = sum(d["unreachable"] for d in docs)
    print(f"{len(docs)} documents, {n_cands} candidate pairs, {n_gold} gold roles on candidates, "
          f"{n_unreach} gold roles no candidate carries")
    if args.train_on:
        train_sets = set(args.train_on.split(","))
        folds = [[d for d in docs if d["set"] not in train_sets], [d for d in docs if d["set"] in train_sets]]
        args.folds = 1          # the second "fold" only ever trains
    elif args.leave_one_set_out:
        folds = [[d for d in docs if d["set"] == name] for name in dict.fromkeys(d["set"] for d in docs)]
        args.folds = len(folds)
    else:
        order = list(range(len(docs)))
        random.Random(args.seed).shuffle(order)
        folds = [[docs[i] for i in order[k::args.folds]] for k in range(args.folds)]
    modes = ("rules", "learned", "learned, no rule features", "rules+learned")
    per_fold = {m: [] for m in modes}
    pooled = {m: [] for m in modes}
    thresholds = {m: [] for m in modes}
    for k, test in enumerate(folds[:args.folds]):
        train = [d for j, f in enumerate(folds) if j != k for d in f]
        models = {use: OneVsRest(seed=args.seed, use_rules=use).fit([c for d in train for c in d["cands"]])
                  for use in (True, False)}
        for mode in modes:
            model = models[mode != "learned, no rule features"]
            t = 0.5 if mode == "rules" else choose_threshold(train, mode, args.seed + k)
            thresholds[mode].append(t)
            records = [apply(d["record"], d["cands"], [model.proba(c) for c in d["cands"]], mode, t) for d in test]
            per_fold[mode].append(score([d["gold"] for d in test], records))
            pooled[mode] += list(zip([d["gold"] for d in test], records))
        print(f"fold {k + 1}: " + "  ".join(f"{m} {per_fold[m][-1]['relation']['f1']:.3f}" for m in modes)
              , flush=True)
    pooled_scores = {m: score([g for g, _ in pooled[m]], [r for _, r in pooled[m]]) for m in modes}

    protocol = (f"trained on {args.train_on}, tested once on the rest" if args.train_on
                else "leave one set out" if args.leave_one_set_out else f"{args.folds} folds by document")
    lines = [f"{len(docs)} documents ({', '.join(sorted({d['set'] for d in docs}))}), {protocol}, "
             f"seed {args.seed}{f', extractor of {args.code}' if args.code else ''}; {n_cands} candidate pairs, {n_gold} gold event roles on them, {n_unreach} out of reach.",
             "", "| measure | " + " | ".join(modes) + " |", "|---|" + "---|" * len(modes)]
    lines.append("| relation F1, per fold mean ± sd | "
                 + " | ".join(_fmt([s["relation"]["f1"] for s in per_fold[m]]) for m in modes) + " |")
    lines.append("| difference to rules, per fold mean ± sd | — | " + " | ".join(
        _fmt([s["relation"]["f1"] - r["relation"]["f1"] for s, r in zip(per_fold[m], per_fold["rules"])])
        for m in modes[1:]) + " |")
    lines.append("| relation F1, pooled | " + " | ".join(f"{pooled_scores[m]['relation']['f1']:.3f}" for m in modes) + " |")
    for role in ROLES:
        def f1(s):
            return s["relation"]["by_type"].get(role, {}).get("f1", 0.0)

        def counts(s):
            b = s["relation"]["by_type"].get(role, {})
            return f"{b.get('tp', 0)}/{b.get('fp', 0)}/{b.get('fn', 0)}"
        lines.append(f"| {role} F1 pooled (tp/fp/fn); per fold | "
                     + " | ".join(f"{f1(pooled_scores[m]):.3f} ({counts(pooled_scores[m])}); {_fmt([f1(s) for s in per_fold[m]])}"
                                  for m in modes) + " |")
    lines.append("| thresholds chosen (inner CV) | — | " + " | ".join(
        ",".join(str(t) for t in thresholds[m]) for m in modes[1:]) + " |")
    tested = [d for fold in folds[:args.folds] for d in fold]
    on_candidates = sum(len(set(c["gold"]) - set(c["rules"])) for d in tested for c in d["cands"])
    lines += ["", f"Event roles the rules miss on the tested documents: {sum(d['unreachable'] for d in tested)} out of "
              f"any role classifier's reach (the actor or the event was not extracted, or not with the gold's "
              f"type and date), {on_candidates} on a candidate pair."]
    table = "\n".join(lines)
    print(table)
    if args.table:
        args.table.write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
