"""The judged real-world sample: 40 records of ``thaigov-education.jsonl`` and the facts extracted from them.

``tests/data/realworld-sample/ids.txt`` names the records (a seeded draw, see
``draw.py`` there); ``judged.json`` holds, per record, every fact that the
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
CORPUS = ROOT.parent / "shared" / "corpus" / "realworld" / "thaigov-education.jsonl"


def sample_ids() -> list[str]:
    lines = (SAMPLE / "ids.txt").read_text(encoding="utf-8").splitlines()
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


def sample_facts() -> dict[str, set[str]]:
    """The facts extracted now from each record of the sample, by record id."""
    wanted = set(sample_ids())
    out = {}
    for item in iter_sources([CORPUS]):
        if isinstance(item, SourceDocument):
            record_id = item.source_id.rsplit("#", 1)[-1]
            if record_id in wanted:
                out[record_id] = record_facts(extract_document(item))
    return out
