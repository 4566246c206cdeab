"""The judged real-world samples of ``thaigov-education.jsonl`` and the facts extracted from them.

Two samples: ``tests/data/realworld-sample`` (40 records, judged and then tuned on:
in-sample) and ``tests/data/realworld-sample-2`` (25 other records, drawn before and
judged after the name-shape work: the out-of-sample estimate).  Each folder's
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
SAMPLES = (SAMPLE, ROOT / "tests" / "data" / "realworld-sample-2")
CORPUS = ROOT.parent / "shared" / "corpus" / "realworld" / "thaigov-education.jsonl"


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
    """The facts extracted now from each record of the samples, by record id (one pass over the corpus)."""
    wanted = {record_id for sample in samples for record_id in sample_ids(sample)}
    out = {}
    for item in iter_sources([CORPUS]):
        if isinstance(item, SourceDocument):
            record_id = item.source_id.rsplit("#", 1)[-1]
            if record_id in wanted:
                out[record_id] = record_facts(extract_document(item))
    return out
