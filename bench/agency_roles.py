"""Issue 13 experiment: does a learned part, trained on the pooled gold, say which agencies ORGANIZED or
PARTICIPATED in an event (and which agency runs a programme) better than the rules on sets it was not tuned on?

The rules' ORGANIZED recall is 0.10-0.27 on every blind set, PARTICIPATED's 0.43-0.65.  ``bench/role_classifier.py``
learned every role of every actor from 46, then 155 documents, each time on text the rules were tuned on.  This
script narrows the question to the two agency roles and uses every development set:

- Candidates: every (agency, event) pair of a release's own extraction, and every (agency, programme) pair where the
  extraction found the programme (ORGANIZED only: the agency that runs or drives it).
- Features (``pair_features``): what stands around the agency's mentions (role cues of ``cues.yaml``, ~60 words,
  the four characters either side, its mention flags), how far and in which direction the event's or programme's
  wording is, whether it is the nearest one, the same paragraph or sentence, the agency's kind and rank in the
  release, the event's type.  The rules' own roles are features only of the *rules+learned (rule features)* model.
- Labels: the gold roles of the pair, the extracted entities matched to gold by the shared scorer's keys.
- Model: ``role_classifier.OneVsRest`` (logistic regression per role, pure Python, seed 13), one threshold per role
  chosen by an inner 4-fold CV over the training documents only.
- Modes: *rules*; *learned* (its roles replace the rules' ORGANIZED/PARTICIPATED on every candidate pair);
  *rules+learned* (a learned role is added only where the rules gave the pair no role at all), with the model
  that never sees the rules, with the one that does, and (*residual*) with one trained only on the pairs the rules
  left without a role.
- Protocol: each of heldout-2 ... heldout-7 in turn is tested on a model trained on every other development set
  (seeds, examples, unseen, dev, third and the other heldouts); then the validation set (``role_errors.VALIDATION``)
  is tested once on a model trained on all of them.  Every figure is the shared scorer's (``PYTHONHASHSEED=0``)
  over the tested documents' full extraction output; the validation set prints summary rows only and its
  extraction logs nothing.

    .venv/bin/python bench/agency_roles.py [--folds heldout-2,...,heldout-7] [--no-validation] [--table FILE]
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import role_classifier as rc  # noqa: E402  (bench/ is scripts)
import role_errors  # noqa: E402

FOCUS = ("ORGANIZED", "PARTICIPATED")
DEVELOPMENT = ("seeds", "examples", "unseen", "dev", "third", "heldout-2", "heldout-3", "heldout-4", "heldout-5",
               "heldout-6", "heldout-7")
TESTED = ("heldout-2", "heldout-3", "heldout-4", "heldout-5", "heldout-6", "heldout-7")
MODES = ("rules", "learned", "rules+learned", "rules+learned (rule features)", "rules+learned (residual)")
# words read around an agency's mention, besides role_classifier's: how a release says who runs, hosts or joins
_MORE_WORDS = ("ดำเนินการ", "ดำเนินงาน", "ขับเคลื่อน", "จัดทำ", "จัดงาน", "จัดประชุม", "จัดกิจกรรม", "จัดโครงการ",
               "ร่วมกับ", "ร่วมจัด", "ภายใต้", "ของ", "สังกัด", "ลงพื้นที่", "ตรวจเยี่ยม", "ติดตาม", "นำ", "คณะ",
               "หน่วยงาน", "ผู้แทนจาก", "ตัวแทน", "เครือข่าย", "ภาคี", "จำนวน", "รับฟัง", "พบปะ", "เยี่ยมชม",
               "สำนักงาน", "มอบหมาย", "ได้รับมอบหมาย", "รับผิดชอบ", "เป็นหน่วย", "โครงการ", "กิจกรรม", "ประชุม")
_WORDS = rc._WORDS + _MORE_WORDS
CHARACTERS = os.environ.get("AGENCY_ROLES_CHARS", "1") == "1"      # the four characters either side as features
_SENTENCE_END = re.compile(r"\s{2,}|\n|[.!?](?=\s)")


# ---------------------------------------------------------------------- candidates
def _spans_of_programmes(analysis) -> dict[str, list[tuple[int, int]]]:
    spans = defaultdict(list)
    for p in analysis.programmes:
        if p.entity_id:
            spans[p.entity_id].append((p.start, p.end))
    return spans


def _same_sentence(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return hi - lo < 400 and not _SENTENCE_END.search(text, lo, hi)


def pair_features(text: str, paragraphs, mentions: list, own: list, every: dict, target: str, hits) -> set[str]:
    """Features of one actor's mentions against one target's spans (``every``: all targets' spans, to tell
    whether this target is the mention's nearest)."""
    feats = set()
    if not own:
        return {"notarget"}
    closest_mention = min(mentions, key=lambda m: min(abs(rc._distance(m, s)) for s in own), default=None)
    for m in mentions:
        d = min((rc._distance(m, s) for s in own), key=abs)
        nearest = min(((abs(rc._distance(m, s)), e) for e, ss in every.items() for s in ss), default=(0, target))[1]
        prefix = "N" if nearest == target else "F"
        if getattr(m, "in_headline", False):
            prefix += "h"
        if m is closest_mention:        # the mention nearest the target speaks loudest: its own copy of each feature
            prefix = "C" + prefix
        feats.add(prefix + "d" + rc._bucket(d))
        closest = min(own, key=lambda s: abs(rc._distance(m, s)))
        same_par = any(lo <= m.start < hi and lo <= closest[0] < hi for lo, hi in paragraphs)
        feats.add(prefix + ("samepar" if same_par else "otherpar"))
        if _same_sentence(text, m.start, closest[0]):
            feats.add(prefix + "samesent")
            between = text[min(m.end, closest[1]):max(m.start, closest[0])]
            for word in _WORDS:
                if word in between:
                    feats.add(prefix + "B:" + word)
        for flag in ("in_position", "at_venue", "affiliated", "qualifier", "locative", "described", "place"):
            if getattr(m, flag, False):
                feats.add(prefix + "flag=" + flag)
        left, right = text[max(0, m.start - rc._WINDOW):m.start], text[m.end:m.end + rc._WINDOW]
        for word in _WORDS:
            if word in left:
                feats.add(prefix + "L:" + word)
            if word in right:
                feats.add(prefix + "R:" + word)
        for start, end, name, _roles in hits:
            if m.end <= start < m.end + rc._WINDOW:
                feats.add(prefix + "cueR=" + name)
            elif m.start - rc._WINDOW <= end <= m.start:
                feats.add(prefix + "cueL=" + name)
        if CHARACTERS:
            feats.add(prefix + "next=" + text[m.end:m.end + 4].strip()[:4])
            feats.add(prefix + "prev=" + text[max(0, m.start - 4):m.start].strip()[-4:])
    return feats


def candidates(record: dict, analysis, events) -> list[dict]:
    """One candidate per (agency, event) and (agency, programme) of the record: its features and the rules' roles
    (every role the rules gave the pair, so *rules+learned* can tell a pair the rules left without one)."""
    text = analysis.text
    by_id = {e["id"]: e for e in record["entities"]}
    rule_roles = defaultdict(set)
    for r in record["relations"]:
        if r["type"] in rc.ROLES:
            rule_roles[(r["head"], r["tail"])].add(r["type"])
    event_spans = rc._event_spans(events)
    programme_spans = _spans_of_programmes(analysis)
    mentions = rc._mentions_by_entity(analysis)
    hits = rc._cue_hits(analysis)
    events_ids = [e["id"] for e in record["entities"] if e["type"] == "Event"]
    programme_ids = [e["id"] for e in record["entities"] if e["type"] == "Programme"]
    agencies = [e for e in record["entities"] if e["type"] == "Agency"]
    first_seen = sorted(agencies, key=lambda e: min((m.start for m in mentions.get(e["id"], [])), default=10 ** 9))
    rank = {e["id"]: i for i, e in enumerate(first_seen)}
    n_events = "1" if len(events_ids) == 1 else "2" if len(events_ids) == 2 else "3+"
    out = []
    for agency in agencies:
        actor = agency["id"]
        actor_mentions = mentions.get(actor, [])
        base = {"bias", "kind=" + str(agency.get("kind")), "nev=" + n_events,
                "nmen=" + str(min(len(actor_mentions), 3)), "rank=" + str(min(rank[actor], 3))}
        if any(m.start < analysis.body_start for m in actor_mentions):
            base.add("in_headline")
        if any(analysis.body_start <= m.start < analysis.body_start + 300 for m in actor_mentions):
            base.add("in_lead")
        for target, kind in [(e, "event") for e in events_ids] + [(p, "programme") for p in programme_ids]:
            spans = event_spans if kind == "event" else programme_spans
            feats = base | {"target=" + kind}
            if kind == "event":
                feats.add("etype=" + str(by_id[target].get("event_type")))
            feats |= {kind[0] + ":" + f for f in pair_features(text, analysis.paragraphs, actor_mentions,
                                                                 spans.get(target, []), spans, target, hits)}
            rules = rule_roles.get((actor, target), set())
            for role in rules:
                feats.add("rule=" + role)
            if not rules:
                feats.add("rule=none")
            for (h, t), roles in rule_roles.items():
                if h == actor and t != target:
                    feats |= {"rule_other=" + role for role in roles}
            out.append({"actor": actor, "event": target, "kind": kind, "features": sorted(feats),
                        "rules": sorted(rules)})
    return out


def label(cands: list[dict], record: dict, gold: dict, scorer) -> tuple[list[dict], int]:
    """Each candidate's gold focus roles (a programme's only ORGANIZED); and the gold focus roles of agencies that
    no candidate carries."""
    key_to_gold = {k: e["id"] for e in gold.get("entities", []) for k in scorer.entity_keys(e)}
    to_gold = {}
    for entity in record["entities"]:
        match = next((key_to_gold[k] for k in sorted(scorer.entity_keys(entity)) if k in key_to_gold), None)
        if match:
            to_gold[entity["id"]] = match
    kinds = {e["id"]: e["type"] for e in gold.get("entities", [])}
    gold_roles = defaultdict(set)
    for r in gold.get("relations", []):
        if r["type"] in FOCUS and kinds.get(r["head"]) == "Agency" and kinds.get(r["tail"]) in ("Event", "Programme"):
            gold_roles[(r["head"], r["tail"])].add(r["type"])
    reachable = set()
    for c in cands:
        key = (to_gold.get(c["actor"]), to_gold.get(c["event"]))
        c["gold"] = sorted(gold_roles.get(key, ())) if None not in key else []
        if None not in key:
            reachable |= {(key, role) for role in c["gold"]}
    return cands, sum(len(v) for v in gold_roles.values()) - len(reachable)


# ---------------------------------------------------------------------- deciding
def decide(c: dict, p: dict[str, float], mode: str, thresholds: dict[str, float]) -> set[str]:
    """The roles a candidate pair ends with (all roles: the rules' other roles stay as they are)."""
    rules = set(c["rules"])
    if mode == "rules":
        return rules
    allowed = FOCUS if c["kind"] == "event" else ("ORGANIZED",)
    learned = {role for role in allowed if p.get(role, 0.0) >= thresholds[role]}
    if mode == "learned":
        roles = (rules - set(allowed)) | learned
    else:
        roles = rules | (learned if not rules else set())
    if rc.WEAK in roles and roles - {rc.WEAK}:
        roles.discard(rc.WEAK)
    return roles


def role_f1(docs: list[dict], probs: list[list[dict]], mode: str, thresholds: dict, role: str) -> float:
    tp = fp = fn = 0
    for d, ps in zip(docs, probs):
        for c, p in zip(d["cands"], ps):
            predicted, gold = role in decide(c, p, mode, thresholds), role in c["gold"]
            tp, fp, fn = tp + (predicted and gold), fp + (predicted and not gold), fn + (gold and not predicted)
        fn += d["unreachable_by_role"].get(role, 0)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _fit(mode: str, seed: int, cands: list[dict]) -> rc.OneVsRest:
    """The mode's model trained on ``cands``; *residual* learns only from the pairs the rules left without a role,
    the pairs it will be asked about."""
    if mode == "rules+learned (residual)":
        cands = [c for c in cands if not c["rules"]]
    return rc.OneVsRest(seed=seed, use_rules=mode == "rules+learned (rule features)", roles=FOCUS).fit(cands)


def choose_thresholds(train: list[dict], mode: str, seed: int) -> dict[str, float]:
    """Per role, the threshold with the best F1 over an inner 4-fold CV of the training documents."""
    docs = list(train)
    random.Random(seed).shuffle(docs)
    folds = [docs[i::4] for i in range(4)]
    tested, probs = [], []
    for i, fold in enumerate(folds):
        model = _fit(mode, seed, [c for j, f in enumerate(folds) if j != i for d in f for c in d["cands"]])
        tested += fold
        probs += [[model.proba(c) for c in d["cands"]] for d in fold]
    grid = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
    chosen = {role: 0.5 for role in FOCUS}
    for role in FOCUS:      # each role's threshold is chosen with the others at 0.5: they touch other pairs
        chosen[role] = max(grid, key=lambda t: (role_f1(tested, probs, mode, {**chosen, role: t}, role), t))
    return chosen


def apply(record: dict, cands: list[dict], probs: list[dict], mode: str, thresholds: dict) -> dict:
    out = dict(record)
    pairs = {(c["actor"], c["event"]) for c in cands}
    kept = [r for r in record["relations"] if not (r["type"] in rc.ROLES and (r["head"], r["tail"]) in pairs)]
    for c, p in zip(cands, probs):
        kept += [{"type": role, "head": c["actor"], "tail": c["event"]} for role in sorted(decide(c, p, mode, thresholds))]
    out["relations"] = kept
    return out


# ---------------------------------------------------------------------- main
def load(names: list[str]) -> list[dict]:
    scorer = rc._scorer()
    docs = []
    for name, text, gold_path in rc._docs(names):
        with role_errors.quiet_if_validation(name), contextlib.redirect_stderr(io.StringIO()) \
                if name in role_errors.VALIDATION else contextlib.nullcontext():
            record, analysis, events = rc._extract_with_analysis(text)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        cands, _ = label(candidates(record, analysis, events), record, gold, scorer)
        reachable = defaultdict(int)
        for c in cands:
            for role in c["gold"]:
                reachable[role] += 1
        total = defaultdict(int)
        kinds = {e["id"]: e["type"] for e in gold.get("entities", [])}
        for r in gold.get("relations", []):
            if r["type"] in FOCUS and kinds.get(r["head"]) == "Agency" and kinds.get(r["tail"]) in ("Event", "Programme"):
                total[r["type"]] += 1
        docs.append({"set": name, "gold": gold, "record": record, "cands": cands,
                     "unreachable_by_role": {role: total[role] - reachable[role] for role in FOCUS}})
    return docs


def run_fold(train: list[dict], test: list[dict], seed: int, kept: dict) -> tuple[dict, dict]:
    """Scores of the tested documents under every mode, and the thresholds chosen (``kept`` gathers each mode's
    (gold, record) pairs, to be scored pooled)."""
    scores, chosen = {}, {}
    models = {}
    for mode in MODES:
        if mode == "rules":
            thresholds, model = {role: 0.5 for role in FOCUS}, None
        else:
            variant = "rule features" if "rule features" in mode else "residual" if "residual" in mode else "text"
            if variant not in models:
                models[variant] = _fit(mode, seed, [c for d in train for c in d["cands"]])
            model, thresholds = models[variant], choose_thresholds(train, mode, seed)
        chosen[mode] = thresholds
        records = [apply(d["record"], d["cands"], [model.proba(c) if model else {} for c in d["cands"]], mode,
                         thresholds) for d in test]
        scores[mode] = rc.score([d["gold"] for d in test], records)
        kept.setdefault(mode, []).extend(zip([d["gold"] for d in test], records))
    return scores, chosen


def _row(name: str, mode: str, s: dict, rules: dict, thresholds: dict) -> str:
    rel = s["relation"]
    cells = [name, mode, f"{s['entity']['f1']:.3f}",
             f"{rel['f1']:.3f}" + (f" ({rel['f1'] - rules['relation']['f1']:+.3f})" if mode != "rules" else "")]
    for role in FOCUS:
        b = rel["by_type"].get(role, {})
        cells.append(f"{b.get('f1', 0):.3f} ({b.get('tp', 0)}/{b.get('fp', 0)}/{b.get('fn', 0)})")
    cells.append("—" if mode == "rules" else "/".join(str(thresholds[role]) for role in FOCUS))
    return "| " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default=",".join(TESTED), help="the sets left out in turn")
    parser.add_argument("--no-validation", action="store_true", help="skip the validation set")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--table", type=Path, help="also write the tables (markdown) here")
    args = parser.parse_args(argv)
    validation = [] if args.no_validation else list(role_errors.VALIDATION)
    docs = load(list(DEVELOPMENT) + validation)
    dev_docs = [d for d in docs if d["set"] not in validation]
    lines = [f"{len(dev_docs)} development documents, {sum(len(d['cands']) for d in dev_docs)} candidate pairs "
             f"({sum(c['kind'] == 'programme' for d in dev_docs for c in d['cands'])} agency-programme), "
             + ", ".join(f"{role} {sum(role in c['gold'] for d in dev_docs for c in d['cands'])} gold on candidates, "
                         f"{sum(d['unreachable_by_role'][role] for d in dev_docs)} out of reach" for role in FOCUS),
             "", "| left out | mode | entity F1 | relation F1 (vs rules) | ORGANIZED F1 (tp/fp/fn) | "
                 "PARTICIPATED F1 (tp/fp/fn) | thresholds O/P |", "|---|---|---|---|---|---|---|"]
    print(lines[0], flush=True)
    wins = defaultdict(int)
    pooled: dict = {}
    folds = [name for name in args.folds.split(",") if name]
    for name in folds:
        test = [d for d in dev_docs if d["set"] == name]
        train = [d for d in dev_docs if d["set"] != name]
        scores, chosen = run_fold(train, test, args.seed, pooled)
        for mode in MODES:
            lines.append(_row(name, mode, scores[mode], scores["rules"], chosen[mode]))
            if mode != "rules" and scores[mode]["relation"]["f1"] > scores["rules"]["relation"]["f1"]:
                wins[mode] += 1
        print("\n".join(lines[-len(MODES):]), flush=True)
    tested = [d for d in dev_docs if d["set"] in folds]
    lines += ["", "Room on the left-out sets: " + "; ".join(
        f"{role}: {sum(role in c['gold'] for d in tested for c in d['cands'])} gold on candidate pairs, of which the "
        f"rules miss {sum(role in c['gold'] and role not in c['rules'] for d in tested for c in d['cands'])} "
        f"({sum(role in c['gold'] and not c['rules'] for d in tested for c in d['cands'])} on pairs the rules left "
        f"without any role), {sum(d['unreachable_by_role'][role] for d in tested)} out of reach (the agency, event "
        f"or programme not found with the gold's key)" for role in FOCUS), ""]
    if len(folds) > 1:
        lines += [_row("pooled", mode, rc.score(*map(list, zip(*pooled[mode]))), rc.score(*map(list, zip(*pooled["rules"]))),
                       {role: "—" for role in FOCUS}) for mode in MODES]
    lines += ["", "Folds where the mode's relation F1 beats the rules': "
              + ", ".join(f"{m} {wins[m]}/{len(folds)}" for m in MODES[1:])]
    for name in validation:      # summary rows only
        test = [d for d in docs if d["set"] == name]
        scores, chosen = run_fold(dev_docs, test, args.seed, {})
        lines += ["", f"Validation ({name}), trained on every development set; summary rows only:", "",
                  "| set | mode | entity F1 | relation F1 (vs rules) | ORGANIZED F1 (tp/fp/fn) | "
                  "PARTICIPATED F1 (tp/fp/fn) | thresholds O/P |", "|---|---|---|---|---|---|---|"]
        lines += [_row(name, mode, scores[mode], scores["rules"], chosen[mode]) for mode in MODES]
    table = "\n".join(lines)
    print(table)
    if args.table:
        args.table.write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
