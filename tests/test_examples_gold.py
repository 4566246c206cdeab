"""The hand annotations of examples/ are a held-out evaluation set: keep them well-formed.

Each gold file must follow the contract of ../shared/design/ANNOTATION.md and the
types of graph/schema.yaml, quote its evidence from its own release, and score
1.0 against itself with the shared scorer (a lower score means two gold entities
share a match key, which would make the set unscoreable).
"""
from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from edugraph.graph.schema import load_schema

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
GOLD = REPO / "tests" / "data" / "examples-gold"
SCORER = REPO.parent / "shared" / "tools" / "score.py"

GOLD_FILES = sorted(GOLD.glob("*.json"))
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Honorifics and academic titles belong in a Person's `title`, never in `name`.
NAME_PREFIXES = ("นาย", "นาง", "นางสาว", "ดร.", "ผศ.", "รศ.", "ศ.", "นพ.", "อาจารย์",
                 "ผู้ช่วยศาสตราจารย์", "รองศาสตราจารย์", "ศาสตราจารย์", "ว่าที่ร้อยตรี")
SPACE = re.compile(r"\s+")


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


class _ArticleText(HTMLParser):
    """Visible text of a page: everything outside <head>, <script> and <style>."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def _release_text(doc: str) -> str:
    raw = (EXAMPLES / doc).read_text(encoding="utf-8")
    if doc.endswith(".html"):
        parser = _ArticleText()
        parser.feed(raw)
        raw = " ".join(parser.parts)
    return raw


def _squeeze(text: str) -> str:
    # The scorer compares names with all white space removed; evidence is held to the same.
    return SPACE.sub("", text)


def _iso(value: str) -> datetime.date:
    assert ISO_DATE.fullmatch(value), f"{value!r} is not an ISO date YYYY-MM-DD"
    return datetime.date.fromisoformat(value)


def test_every_release_has_a_gold_file_and_back() -> None:
    releases = {p.name for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html")}
    assert releases, f"no example releases in {EXAMPLES}"
    annotated = {_load(p)["doc"] for p in GOLD_FILES}
    assert annotated == releases


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_is_valid(path: Path) -> None:
    schema = load_schema()
    gold = _load(path)
    assert set(gold) >= {"doc", "published", "entities", "relations"}
    doc = gold["doc"]
    assert (EXAMPLES / doc).is_file(), f"{doc} is not an example release"
    assert Path(doc).stem == path.stem, "a gold file is named after its release"
    if gold["published"] is not None:
        _iso(gold["published"])

    ids = [e["id"] for e in gold["entities"]]
    assert len(ids) == len(set(ids)), "entity ids must be unique"
    by_id = {e["id"]: e for e in gold["entities"]}
    for entity in gold["entities"]:
        kind = entity["type"]
        spec = schema.entity_types.get(kind)
        assert spec is not None, f"{entity['id']}: unknown type {kind}"
        if kind == "Event":
            assert entity["event_type"] in spec.event_types, entity
            if entity["date"] is not None:
                start = _iso(entity["date"])
                if entity.get("end_date"):
                    assert _iso(entity["end_date"]) > start, entity
            else:
                assert not entity.get("end_date"), entity
            assert entity.get("title"), f"{entity['id']}: an event keeps its own title"
            continue
        assert entity.get("name"), entity
        assert entity["name"] not in entity.get("aliases", []), f"{entity['id']}: aliases never repeat the name"
        if kind == "Agency":
            assert entity["kind"] in spec.kinds, entity
        if kind == "Person":
            assert not entity["name"].startswith(NAME_PREFIXES), f"{entity['id']}: title left in the name"
            assert entity.get("title"), entity

    text = _squeeze(_release_text(doc))
    in_relation = set()
    for rel in gold["relations"]:
        head, tail = by_id.get(rel["head"]), by_id.get(rel["tail"])
        assert head is not None and tail is not None, f"dangling relation {rel}"
        assert schema.allows(rel["type"], head["type"], tail["type"]), rel
        assert rel.get("evidence"), f"relation without evidence: {rel}"
        assert _squeeze(rel["evidence"]) in text, f"evidence not quoted from {doc}: {rel['evidence']!r}"
        if rel["type"] == "HOLDS_POSITION":
            assert rel.get("title"), f"HOLDS_POSITION keeps the position wording: {rel}"
        in_relation.update((rel["head"], rel["tail"]))
    keys = [(r["type"], r["head"], r["tail"]) for r in gold["relations"]]
    assert len(keys) == len(set(keys)), "a fact is annotated once"
    lonely = [e["name"] for e in gold["entities"] if e["type"] == "Province" and e["id"] not in in_relation]
    assert not lonely, f"a Province exists only when it takes part in a relation: {lonely}"


def test_examples_cover_the_whole_contract() -> None:
    schema = load_schema()
    golds = [_load(p) for p in GOLD_FILES]
    entities = [e for g in golds for e in g["entities"]]
    relations = {r["type"] for g in golds for r in g["relations"]}
    assert {e["type"] for e in entities} == set(schema.entity_types)
    assert relations == set(schema.relation_types)
    used_event_types = {e["event_type"] for e in entities if e["type"] == "Event"}
    assert used_event_types >= set(schema.entity_types["Event"].event_types) - {"other"}
    assert {e["kind"] for e in entities if e["type"] == "Agency"} == set(schema.entity_types["Agency"].kinds)
    assert any(e.get("phase") for e in entities if e["type"] == "Programme")


def test_two_outlets_report_the_same_event() -> None:
    """Cross-document identity: one event (type, date, province) told by two releases."""
    seen: dict[tuple, set[str]] = {}
    for gold in map(_load, GOLD_FILES):
        by_id = {e["id"]: e for e in gold["entities"]}
        for rel in gold["relations"]:
            if rel["type"] == "HELD_IN":
                event = by_id[rel["head"]]
                key = (event["event_type"], event["date"], by_id[rel["tail"]]["name"])
                seen.setdefault(key, set()).add(gold["doc"])
    shared = {key: docs for key, docs in seen.items() if len(docs) > 1}
    assert ("signing", "2024-07-15", "ศรีสะเกษ") in shared, shared


@pytest.mark.skipif(not SCORER.is_file(), reason=f"the shared scorer is not at {SCORER}")
def test_gold_scores_one_against_itself() -> None:
    result = subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(GOLD), "--json"],
        capture_output=True, text=True, check=True, timeout=60,
    )
    # --json prints the scores, then the one-line summary the text mode ends with too.
    scores, _ = json.JSONDecoder().raw_decode(result.stdout)
    for level in ("entity", "relation"):
        assert scores[level]["f1"] == 1.0, (level, scores[level])
        assert scores[level]["fn"] == 0 and scores[level]["fp"] == 0, (level, scores[level])
