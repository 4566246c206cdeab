"""bench/mine_programmes.py: which mined names have the shape of a programme's own name."""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

from edugraph.loaders.gazetteer import load_gazetteer

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import mine_programmes  # noqa: E402  (bench/ is scripts)


def test_a_description_an_event_or_a_body_is_no_name_to_mine():
    gaz = load_gazetteer()
    assert mine_programmes._looks_like_a_name("คนละครึ่ง", gaz)
    assert mine_programmes._looks_like_a_name("TO BE NUMBER ONE", gaz)
    assert not mine_programmes._looks_like_a_name("ก่อสร้างถนนสายแยก", gaz)      # a verb: the work described
    assert not mine_programmes._looks_like_a_name("การขนส่งทางราง", gaz)          # a nominaliser
    assert not mine_programmes._looks_like_a_name("มหกรรมแก้หนี้ สร้างวิถีแห่งความเป็นธรรม", gaz)   # an event
    assert not mine_programmes._looks_like_a_name("ศูนย์ข้าวชุมชน", gaz)           # an agency's head


def test_the_shipped_list_is_what_the_miner_writes():
    data = yaml.safe_load(mine_programmes.OUT.read_text(encoding="utf-8"))
    names = data["recurring_programmes"]
    gaz = load_gazetteer()
    assert names and len(names) == len(set(names))
    assert all(mine_programmes._looks_like_a_name(name, gaz) for name in names)
