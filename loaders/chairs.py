"""Who chairs when a chair's clause names no one.

The roles pass (``roles.py``) gives a chair cue to the actors of its clause, and where there are none
to the subject kept from before (``subjects.kept_subject``).  Two clauses say more than that:

- ``X ตรวจเยี่ยมและมอบนโยบายแก่หน่วยงาน... ประกอบด้วย A B C พร้อมเป็นประธานการประชุม...``, ``X ลงพื้นที่...
  เยี่ยมติดตาม... โรงพยาบาล A และโรงพยาบาล B พร้อมทั้งเป็นประธานในพิธีลงนาม...``: a chair cue joined by
  พร้อม (ทั้ง) or และ to what its sentence's subject did is his second act, however long the object of the
  first (the bodies visited or addressed, who cannot chair); the subject is the sentence's one person
  (or the first, when the others go with him);
- ``... จัดโดย Y โดยมี <a name no finder read> เป็นประธานในพิธี``: the clause that ``subject_introducers``
  (``โดยมี``, ``ได้รับเกียรติจาก``) opens names its own chair, and where he was not read no one chairs: the
  subject before it (who only attended, ``X ร่วมพิธีเปิด...``) is not the chair.
"""
from __future__ import annotations

import re

from edugraph.loaders.mentions import PersonMention
from edugraph.loaders.reading import Reading
from edugraph.loaders.role_cues import CueHit
from edugraph.loaders.subjects import kept_subject, leader

# the chair's act joined to the one before it by the same subject (…จังหวัดสงขลา พร้อมทั้ง|เป็นประธาน…)
_ALSO = re.compile(r"\s(?:และ|พร้อม(?:ทั้ง)?)(?:ได้)?(?:ร่วม)?(?:เป็น)?$")
_ALSO_REACH = 16


def chair_subject(reading: Reading, hit: CueHit, clause: int, para_start: int, subject_actors: list) -> list:
    """The actor of a person's cue ``hit`` whose clause (from ``clause``) names no one: for a chair cue, as the
    module says, else (and failing those) the subject kept from before (``subjects.kept_subject``).

    >>> from edugraph.loaders.extract import extract
    >>> def chairs(text):
    ...     record = extract(text, doc="d")
    ...     names = {e["id"]: e.get("name") for e in record["entities"]}
    ...     return sorted(names[r["head"]] for r in record["relations"] if r["type"] == "CHAIRED")
    >>> chairs("วันที่ 9 มกราคม 2568 นายสมศักดิ์ มั่นคง ผู้ว่าราชการจังหวัดตาก ลงพื้นที่ตรวจเยี่ยมโรงเรียนบ้านแม่ตาว "
    ...        "และโรงเรียนบ้านห้วยปลาหลด จังหวัดตาก พร้อมทั้งเป็นประธานในพิธีเปิดอาคารเรียน")
    ['สมศักดิ์ มั่นคง']
    >>> chairs("วันที่ 9 มกราคม 2568 นายสมศักดิ์ มั่นคง ผู้ว่าราชการจังหวัดตาก ร่วมพิธีเปิดอาคารเรียน "
    ...        "โดยมี อาจารย์ใหญ่ของโรงเรียน เป็นประธานในพิธี")
    []
    """
    text, a, cue_start = reading.text, reading.a, hit.start
    if "CHAIRED" not in hit.cue.roles:
        return kept_subject(reading, clause, para_start, subject_actors)
    opening = next((text[s:e] for s, e in a.boundaries if e == clause and s >= para_start), "")
    if opening in reading.gaz.words["subject_introducers"] and text[clause:cue_start].strip():
        return []       # โดยมี <someone not read> เป็นประธาน
    if _ALSO.search(text, max(0, cue_start - _ALSO_REACH), cue_start):
        start = a.last_boundary_before(cue_start, para_start)
        subject = leader(reading, [m for m in reading.actors(start, cue_start) if isinstance(m, PersonMention)])
        if subject is not None:
            return [subject]
    return kept_subject(reading, clause, para_start, subject_actors)
