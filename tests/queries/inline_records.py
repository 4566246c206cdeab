"""Records for the query tests: three small inline releases (never skipped) and
the gold annotations of the five seed releases (skipped when ../shared is absent).

The inline releases: a signing in Sukhothai (2022), a signing in Surin (2019)
with two pilot local governments of the Surin programme, and a 2021 Surin
workshop in which the Surin vice governor appears as governor.  The fund
(กสศ.) and one university sign in both provinces."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from edugraph.graph.importer import import_records

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GOLD_DIR = SHARED / "corpus" / "gold"


def _release(source: str, published: str, title: str, entities: list, relations: list) -> dict:
    return {"doc": source, "source": source, "title": title, "published": published,
            "url": f"https://example.go.th/{source}", "hash": f"hash-{source}",
            "entities": entities, "relations": relations}


def _fact(rel_type: str, head: str, tail: str, evidence: str, title: str | None = None) -> dict:
    fact = {"type": rel_type, "head": head, "tail": tail, "evidence": evidence}
    if title is not None:
        fact["title"] = title
    return fact


FUND = "สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา"
UNIVERSITY = "มหาวิทยาลัยราชภัฏพิบูลสงคราม"
SURIN_PROGRAMME = "โครงการจัดการศึกษาเชิงพื้นที่เพื่อความเสมอภาคทางการศึกษาจังหวัดสุรินทร์"

INLINE_RECORDS = [
    _release("sukhothai.txt", "2022-04-20", "ข่าวลงนาม MOU สุโขทัย", [
        {"id": "v1", "type": "Province", "name": "สุโขทัย"},
        {"id": "e1", "type": "Event", "event_type": "signing", "date": "2022-04-19",
         "title": "พิธีลงนามบันทึกข้อตกลงความร่วมมือ สุโขทัย"},
        {"id": "p1", "type": "Person", "name": "วิรุฬ พรรณเทวี", "title": "นาย",
         "position": "ผู้ว่าราชการจังหวัดสุโขทัย"},
        {"id": "a1", "type": "Agency", "name": "จังหวัดสุโขทัย", "kind": "provincial_administration"},
        {"id": "a2", "type": "Agency", "name": "องค์การบริหารส่วนจังหวัดสุโขทัย",
         "aliases": ["อบจ.สุโขทัย"], "kind": "local_government"},
        {"id": "a3", "type": "Agency", "name": FUND, "aliases": ["กสศ."], "kind": "fund"},
        {"id": "a4", "type": "Agency", "name": UNIVERSITY, "kind": "university"},
    ], [
        _fact("HELD_IN", "e1", "v1", "ณ จังหวัดสุโขทัย"),
        _fact("CHAIRED", "p1", "e1", "นายวิรุฬ พรรณเทวี ผู้ว่าราชการจังหวัดสุโขทัย เป็นประธานในพิธี"),
        _fact("HOLDS_POSITION", "p1", "a1", "ผู้ว่าราชการจังหวัดสุโขทัย", "ผู้ว่าราชการจังหวัดสุโขทัย"),
        _fact("SIGNED", "a2", "e1", "อบจ.สุโขทัย ร่วมลงนาม"),
        _fact("SIGNED", "a3", "e1", "กสศ. ร่วมลงนาม"),
        _fact("SIGNED", "a4", "e1", "มหาวิทยาลัยราชภัฏพิบูลสงคราม ร่วมลงนาม"),
        _fact("LOCATED_IN", "a1", "v1", "จังหวัดสุโขทัย"),
        _fact("LOCATED_IN", "a2", "v1", "องค์การบริหารส่วนจังหวัดสุโขทัย"),
    ]),
    _release("surin.txt", "2019-08-28", "ข่าวลงนาม MOU สุรินทร์", [
        {"id": "v1", "type": "Province", "name": "สุรินทร์"},
        {"id": "e1", "type": "Event", "event_type": "signing", "date": "2019-08-27",
         "title": "พิธีลงนามในบันทึกข้อตกลงความร่วมมือทางวิชาการ (MOU) สุรินทร์"},
        {"id": "p1", "type": "Person", "name": "พรพจน์ บัณฑิตยานุรักษ์", "title": "นาย",
         "position": "รองผู้ว่าราชการจังหวัดสุรินทร์"},
        {"id": "a1", "type": "Agency", "name": "จังหวัดสุรินทร์", "kind": "provincial_administration"},
        {"id": "a2", "type": "Agency", "name": FUND, "aliases": ["กสศ"], "kind": "fund"},
        {"id": "a3", "type": "Agency", "name": UNIVERSITY, "kind": "university"},
        {"id": "a4", "type": "Agency", "name": "องค์การบริหารส่วนตำบลสลักได", "kind": "local_government"},
        {"id": "a5", "type": "Agency", "name": "เทศบาลตำบลจอมพระ", "kind": "local_government"},
        {"id": "g1", "type": "Programme", "name": SURIN_PROGRAMME},
    ], [
        _fact("HELD_IN", "e1", "v1", "ณ อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์"),
        _fact("CHAIRED", "p1", "e1", "นายพรพจน์ บัณฑิตยานุรักษ์ เป็นประธานในพิธี"),
        _fact("HOLDS_POSITION", "p1", "a1", "รองผู้ว่าราชการจังหวัดสุรินทร์", "รองผู้ว่าราชการจังหวัดสุรินทร์"),
        _fact("SIGNED", "a2", "e1", "กสศ ลงนาม"),
        _fact("SIGNED", "a3", "e1", "มหาวิทยาลัยราชภัฏพิบูลสงคราม ลงนาม"),
        _fact("SIGNED", "a4", "e1", "อบต.สลักได ลงนาม"),
        _fact("SIGNED", "a5", "e1", "เทศบาลตำบลจอมพระ ลงนาม"),
        _fact("PILOT_OF", "a4", "g1", "องค์กรปกครองส่วนท้องถิ่นนำร่อง อบต.สลักได"),
        _fact("PILOT_OF", "a5", "g1", "องค์กรปกครองส่วนท้องถิ่นนำร่อง เทศบาลตำบลจอมพระ"),
        _fact("PART_OF", "e1", "g1", "ภายใต้โครงการจัดการศึกษาเชิงพื้นที่"),
        _fact("ORGANIZED", "a1", "g1", "จังหวัดสุรินทร์ขับเคลื่อนโครงการ"),
        _fact("LOCATED_IN", "a1", "v1", "จังหวัดสุรินทร์"),
        _fact("LOCATED_IN", "a4", "v1", "อบต.สลักได จังหวัดสุรินทร์"),
        _fact("LOCATED_IN", "a5", "v1", "เทศบาลตำบลจอมพระ จังหวัดสุรินทร์"),
    ]),
    _release("surin-2021.txt", "2021-01-15", "ผู้ว่าฯ สุรินทร์ ประชุมเชิงปฏิบัติการ", [
        {"id": "v1", "type": "Province", "name": "สุรินทร์"},
        {"id": "e1", "type": "Event", "event_type": "workshop", "date": "2021-01-14",
         "title": "ประชุมเชิงปฏิบัติการ ขับเคลื่อนการศึกษา สุรินทร์"},
        {"id": "p1", "type": "Person", "name": "พรพจน์ บัณฑิตยานุรักษ์", "title": "นาย",
         "position": "ผู้ว่าราชการจังหวัดสุรินทร์"},
        {"id": "a1", "type": "Agency", "name": "จังหวัดสุรินทร์", "kind": "provincial_administration"},
        {"id": "a2", "type": "Agency", "name": FUND, "aliases": ["กสศ."], "kind": "fund"},
    ], [
        _fact("HELD_IN", "e1", "v1", "ณ ศาลากลางจังหวัดสุรินทร์"),
        _fact("SPOKE_AT", "p1", "e1", "นายพรพจน์ บัณฑิตยานุรักษ์ ผู้ว่าราชการจังหวัดสุรินทร์ กล่าวต้อนรับ"),
        _fact("HOLDS_POSITION", "p1", "a1", "ผู้ว่าราชการจังหวัดสุรินทร์", "ผู้ว่าราชการจังหวัดสุรินทร์"),
        _fact("ORGANIZED", "a1", "e1", "จังหวัดสุรินทร์จัดประชุม"),
        _fact("PARTICIPATED", "a2", "e1", "ผู้แทน กสศ. เข้าร่วม"),
    ]),
]


def load(store, records: list[dict]) -> None:
    """Make ``store`` hold exactly ``records`` (cleared first unless it already does)."""
    wanted = {r["source"] for r in records}
    held = {row["key"] for row in store.read("MATCH (d:Document) RETURN d.key AS key")}
    if held != wanted:
        store.clear()
        store.ensure_schema()
    result = import_records(store, records)
    assert not result.rejected, result.rejected


def gold_records() -> list[dict]:
    if not GOLD_DIR.is_dir():
        pytest.skip(f"the gold annotations are not here ({GOLD_DIR}): the shared corpus is absent")
    records = []
    for path in sorted(GOLD_DIR.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        record.update(source=record["doc"], hash=f"gold-{path.stem}", title=None)
        records.append(record)
    return records


