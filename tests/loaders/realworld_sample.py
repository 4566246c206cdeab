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
``R <TYPE> <head> -> <tail>`` with ends written as entities are.
"""
from __future__ import annotations

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
    out = {}
    for corpus in dict.fromkeys(DRAWN_FROM[sample.name] for sample in samples):
        wanted = {record_id for sample in samples if DRAWN_FROM[sample.name] == corpus
                  for record_id in sample_ids(sample)}
        for item in iter_sources([corpus]):
            if isinstance(item, SourceDocument):
                record_id = item.source_id.rsplit("#", 1)[-1]
                if record_id in wanted:
                    out[record_id] = record_facts(extract_document(item))
    return out
