"""Pairwise precision and recall of the resolver on the labelled identity pairs.

``tests/data/identity/pairs.json`` labels 3,600 pairs of mentions in two
documents (seeds, development set, examples, unseen set, and the synthetic
hard cases of ``synthetic.json``) as the same actor or event or not; see
``make_pairs.py`` there.  A pair is predicted "same" when the resolver puts
both mentions in one node.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from edugraph.graph.resolve import resolve

DATA = Path(__file__).resolve().parents[1] / "data" / "identity"
SHARED = Path(__file__).resolve().parents[3] / "shared"


def _maker():
    spec = importlib.util.spec_from_file_location("make_pairs", DATA / "make_pairs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pairwise_scores(pairs: list[dict], keys: dict) -> dict:
    """Precision, recall and the counts behind them, overall and per label."""
    def score(subset):
        tp = fp = fn = 0
        for pair in subset:
            left = tuple(pair["left"].rsplit("#", 1))
            right = tuple(pair["right"].rsplit("#", 1))
            merged = keys[left] == keys[right]
            tp += merged and pair["same"]
            fp += merged and not pair["same"]
            fn += (not merged) and pair["same"]
        return {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
                "tp": tp, "fp": fp, "fn": fn, "pairs": len(subset)}
    table = {"all": score(pairs)}
    for label in sorted({p["label"] for p in pairs}):
        table[label] = score([p for p in pairs if p["label"] == label])
    return table


@pytest.fixture(scope="module")
def labelled():
    if not (SHARED / "corpus" / "gold").is_dir():
        pytest.skip("../shared/corpus is not here")
    maker = _maker()
    return maker.load_records(), json.loads((DATA / "pairs.json").read_text(encoding="utf-8"))


def test_the_committed_pairs_are_what_the_gold_and_synthetic_cases_give(labelled):
    records, pairs = labelled
    assert _maker().make_pairs() == pairs


def test_pairwise_precision_and_recall_hold(labelled):
    records, pairs = labelled
    scores = pairwise_scores(pairs, resolve(records).keys)
    print(json.dumps(scores, indent=1))
    assert scores["all"]["precision"] >= 0.99 and scores["all"]["recall"] >= 0.90, scores
    assert scores["Event"]["precision"] == 1.0 and scores["Event"]["recall"] >= 0.90, scores["Event"]


def _same_resolution(a, b) -> bool:
    return (a.keys, a.decisions, a.names, a.nodes, a.event_provinces) == \
        (b.keys, b.decisions, b.names, b.nodes, b.event_provinces) and set(a.pairs) == set(b.pairs)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_cache_kept_across_batches_gives_what_resolving_from_scratch_gives(labelled, seed):
    import copy
    import random

    from edugraph.graph.resolve import ResolutionCache

    records, _ = labelled
    rng = random.Random(seed)
    order = sorted(records)
    rng.shuffle(order)
    cache, current = ResolutionCache(), {}
    for start in range(0, len(order), 15):
        for document in order[start:start + 15]:
            current[document] = records[document]
        for document in rng.sample(sorted(current), 3):       # edited: a new record object, aliases gone
            edited = copy.deepcopy(current[document])
            for entity in edited["entities"]:
                entity.pop("aliases", None)
            current[document] = edited
        for document in rng.sample(sorted(current), 2):       # withdrawn
            del current[document]
        assert _same_resolution(resolve(current, cache=cache), resolve(dict(current)))
    assert cache.hits > cache.misses, "the cache was used"
