"""The judged real-world samples and the facts extracted from them.

Three samples: ``tests/data/realworld-sample`` (40 records of ``thaigov-education.jsonl``,
judged and then tuned on: in-sample), ``tests/data/realworld-sample-2`` (25 other records of it,
drawn before and judged after the fourth session's name-shape work) and ``tests/data/realworld-sample-3``
(25 records of general news, ``thaigov-sample.jsonl`` less the education file, drawn before the fifth
session's work and judged first on the code before it).  Each folder's
``ids.txt`` names the records (a seeded draw, see ``draw.py`` there); ``judged.json`` holds, per record, every fact that the
extractor produced when it was judged by hand against the contract: ``right``
(a list) and ``wrong`` (fact → why).  A fact is written as
``E <type>|<name>`` (events: ``E Event|<event_type>|<date>``) or
``R <TYPE> <head> -> <tail>`` with ends written as entities are.  ``still_found`` lists the wrong facts
the extractor still produces (tolerated, each also in ``wrong``), ``renamed`` maps a right fact to the fuller
form the extractor now writes (that form itself in ``right``).

When your change moves a sample (``tests/loaders/test_realworld_sample.py`` fails), re-judge it:

1. ``.venv/bin/python tests/loaders/realworld_sample.py`` prints, per sample, what moved against
   ``judged.json``: new facts to judge, right facts lost, judged-wrong facts that came back, wrong facts
   fixed, and entity and relation precision against the floors.
2. Judge every new fact by hand against the contract (/work/shared/design/ANNOTATION.md, from the record's
   text): add it to ``right``, or to ``wrong`` with the reason and, as the extractor produces it, to
   ``still_found``.  A right fact now written in a fuller form goes in ``renamed`` (old → new, the new one in
   ``right``); a lost right fact is a regression to fix, or, if it was judged wrongly, re-judged with the reason.
3. A wrong fact your change fixed leaves ``still_found`` (its ``wrong`` judgement stays, so it cannot come
   back): ``--drop-fixed`` does that and nothing else.
4. Re-run the script: if a precision rose more than 0.02 above its floor, raise the floor in
   ``test_realworld_sample.py``'s ``FLOORS`` to 0.02 below it and update that sample's "now" figure in the
   table above it; lower a floor only for a change that judged facts show is right, and say why in the commit.
   Say in the commit what was judged (how many right, how many wrong) and the figures before and after.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from edugraph.loaders import extract_document
from edugraph.loaders.sources import SourceDocument, iter_sources

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "realworld-sample"
SAMPLES = (SAMPLE, ROOT / "tests" / "data" / "realworld-sample-2", ROOT / "tests" / "data" / "realworld-sample-3")
REALWORLD = ROOT.parent / "shared" / "corpus" / "realworld"
CORPUS = REALWORLD / "thaigov-education.jsonl"
GENERAL = REALWORLD / "thaigov-sample.jsonl"
# the file each sample was drawn from (a record may be in both files; its text is the same)
DRAWN_FROM = {"realworld-sample": CORPUS, "realworld-sample-2": CORPUS, "realworld-sample-3": GENERAL}


def sample_ids(sample: Path = SAMPLE) -> list[str]:
    lines = (sample / "ids.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def record_facts(record: dict) -> set[str]:
    """Every entity and relation of a record, written as a judged fact is."""
    keys = {}
    for entity in record["entities"]:
        if entity["type"] == "Event":
            keys[entity["id"]] = f'Event|{entity["event_type"]}|{entity.get("date")}'
        else:
            keys[entity["id"]] = f'{entity["type"]}|{entity["name"]}'
    facts = {f"E {key}" for key in keys.values()}
    facts |= {f'R {r["type"]} {keys[r["head"]]} -> {keys[r["tail"]]}' for r in record["relations"]}
    return facts


def sample_facts(samples=(SAMPLE,)) -> dict[str, set[str]]:
    """The facts extracted now from each record of the samples, by record id (one pass over each corpus)."""
    sys.path.insert(0, str(ROOT / "tools"))
    from evaluation_ids import blind_ids

    blind = blind_ids()      # a set being annotated blind (EDUGRAPH_BLIND_IDS): never extracted, never looked at
    out = {}
    for corpus in dict.fromkeys(DRAWN_FROM[sample.name] for sample in samples):
        wanted = {record_id for sample in samples if DRAWN_FROM[sample.name] == corpus
                  for record_id in sample_ids(sample)}
        assert not wanted & blind, f"a judged sample holds records of the blind set: {sorted(wanted & blind)}"
        for item in iter_sources([corpus]):
            if isinstance(item, SourceDocument):
                record_id = item.source_id.rsplit("#", 1)[-1]
                if record_id in wanted:
                    out[record_id] = record_facts(extract_document(item))
    return out


def precision(judged: dict, found: dict[str, set[str]], prefix: str) -> tuple[int, int]:
    """(right, right + wrong) among the judged facts found now whose fact starts with ``prefix`` (E or R)."""
    right = sum(fact in found[doc] for doc, facts in judged.items()
                for fact in facts["right"] if fact.startswith(prefix))
    wrong = sum(fact in found[doc] for doc, facts in judged.items()
                for fact in facts["wrong"] if fact.startswith(prefix))
    return right, right + wrong


def fixed_still_found(judged: dict, found: dict[str, set[str]]) -> list[tuple[str, str]]:
    """The (record, fact) pairs of ``still_found`` the extractor no longer produces."""
    return [(doc, fact) for doc, facts in judged.items() for fact in facts["still_found"] if fact not in found[doc]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="What moved in the judged real-world samples; see the module doc.",
                                     epilog="example: .venv/bin/python tests/loaders/realworld_sample.py --drop-fixed")
    parser.add_argument("--drop-fixed", action="store_true",
                        help="remove from still_found the wrong facts no longer produced (their judgement stays)")
    args = parser.parse_args(argv)
    from test_realworld_sample import FLOORS

    found_in_all = sample_facts(SAMPLES)
    for sample in SAMPLES:
        path = sample / "judged.json"
        judged = json.loads(path.read_text(encoding="utf-8"))
        found = {doc: found_in_all.get(doc, set()) for doc in judged}
        print(f"== {sample.name}")
        moved = {
            "new, to judge": [(d, f) for d, facts in found.items() for f in sorted(facts)
                              if f not in judged[d]["right"] and f not in judged[d]["wrong"]],
            "right, lost": [(d, f) for d, facts in judged.items() for f in facts["right"] if f not in found[d]
                            and facts.get("renamed", {}).get(f) not in found[d]],
            "wrong, back": [(d, f) for d, facts in judged.items() for f in facts["wrong"]
                            if f in found[d] and f not in facts["still_found"]],
            "wrong, fixed (still_found)": fixed_still_found(judged, found),
        }
        for what, facts in moved.items():
            for doc, fact in facts:
                print(f"{what}: {doc} {fact}")
        for prefix, floor in zip(("E ", "R "), FLOORS[sample.name][1:]):
            right, total = precision(judged, found, prefix)
            print(f"{prefix.strip()} precision {right / total:.4f} ({right}/{total}), floor {floor}")
        if args.drop_fixed and moved["wrong, fixed (still_found)"]:
            for doc, facts in judged.items():
                facts["still_found"] = [fact for fact in facts["still_found"] if fact in found[doc]]
            path.write_text(json.dumps(judged, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(f"dropped {len(moved['wrong, fixed (still_found)'])} fixed facts from still_found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
