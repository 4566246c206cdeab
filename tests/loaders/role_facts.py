"""The event roles a text's extraction states, as (relation, head name, tail name or event type): what the
role tests compare, without the structural relations (positions, places, parts)."""
from __future__ import annotations

from edugraph.loaders.extract import extract

STRUCTURAL = ("LOCATED_IN", "HOLDS_POSITION", "HELD_IN", "PART_OF")


def role_facts(text: str) -> set[tuple[str, str, str]]:
    record = extract(text, doc="t")
    names = {e["id"]: e.get("name") or e.get("event_type") for e in record["entities"]}
    return {(r["type"], names[r["head"]], names[r["tail"]]) for r in record["relations"]
            if r["type"] not in STRUCTURAL}
