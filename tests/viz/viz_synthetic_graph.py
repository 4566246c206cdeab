"""A realistic Thai graph in the shape of ARCHITECTURE.md §4, of any size.

Provinces with their local agencies and office holders, events held in a
province (each reported by one release), programmes with pilots; every fact
carries the releases and the sentences that state it, as the store gives
them.  Used by the viz tests and the render benchmarks until real corpora of
that size exist.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

import networkx as nx

from edugraph.graph.keys import event_key, name_key

PROVINCES = [
    "สุโขทัย", "สตูล", "ขอนแก่น", "สุรินทร์", "ระยอง", "ศรีสะเกษ", "เชียงใหม่", "ปัตตานี",
    "นราธิวาส", "ยะลา", "กาญจนบุรี", "ลำปาง", "แม่ฮ่องสอน", "อุบลราชธานี", "นครราชสีมา",
    "กรุงเทพมหานคร", "ภูเก็ต", "ตาก", "น่าน", "พะเยา", "เชียงราย", "อุดรธานี", "ร้อยเอ็ด",
    "พิษณุโลก", "สงขลา", "ตรัง", "ชลบุรี", "ลพบุรี", "นครศรีธรรมราช", "มหาสารคาม",
]
GIVEN = ["สมชาย", "สมศักดิ์", "วิไลวรรณ", "ประเสริฐ", "ณัฏฐ์", "กนกวรรณ", "ธีรพงษ์", "อรุณี",
         "พรพจน์", "สุภาพร", "ศักดิ์ชัย", "ปิยะนุช", "ชัยวัฒน์", "มาลินี", "ธนพล", "จิราภรณ์",
         "วีระศักดิ์", "นิตยา", "ไพโรจน์", "ศิริพร", "เกื้อกูล", "ฤทัยรัตน์", "อำนาจ", "ภัทรา"]
FAMILY_HEAD = ["ศรี", "แก้ว", "ทอง", "บุญ", "สุข", "ชัย", "วงศ์", "เพชร", "ธรรม", "รัตน",
               "อินทร์", "จันทร์", "นาค", "กิตติ", "ปัญญา", "พิทักษ์", "รุ่งเรือง", "ใจ"]
FAMILY_TAIL = ["สวัสดิ์", "ประเสริฐ", "มณี", "วงศ์", "ศักดิ์", "พันธุ์", "สกุล", "ไพศาล",
               "ธารา", "รักษ์", "ดี", "ยานุรักษ์", "สิทธิ์", "เจริญ", "โชติ", "เลิศ"]
PLACE_HEAD = ["หนอง", "โคก", "ดอน", "ห้วย", "นา", "บ่อ", "ท่า", "วัง", "บึง", "ทุ่ง", "เขา", "ลำ"]
PLACE_TAIL = ["บัว", "แก", "ยาง", "ใหญ่", "น้อย", "ทอง", "คำ", "สะแก", "ม่วง", "ตาล", "ขาม",
              "ไผ่", "หิน", "โพธิ์", "เตย", "กุ่ม", "จิก", "แดง"]
HONORIFICS = ["นาย", "นาง", "นางสาว", "ดร.", "ผศ.ดร."]
NATIONAL = [
    ("สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา", ["กสศ.", "กองทุนเพื่อความเสมอภาคทางการศึกษา"], "fund"),
    ("กระทรวงศึกษาธิการ", ["ศธ."], "ministry_office"),
    ("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", ["สพฐ."], "ministry_office"),
    ("สำนักงานเลขาธิการสภาการศึกษา", ["สกศ."], "ministry_office"),
]
PROVINCIAL_OFFICES = [
    ("จังหวัด{p}", "provincial_administration", "ผู้ว่าราชการจังหวัด{p}"),
    ("สำนักงานศึกษาธิการจังหวัด{p}", "provincial_office", "ศึกษาธิการจังหวัด{p}"),
    ("องค์การบริหารส่วนจังหวัด{p}", "local_government", "นายกองค์การบริหารส่วนจังหวัด{p}"),
    ("สำนักงานสาธารณสุขจังหวัด{p}", "provincial_office", "นายแพทย์สาธารณสุขจังหวัด{p}"),
]
LOCAL_UNITS = [
    ("โรงเรียนบ้าน{x}", "school", "ผู้อำนวยการโรงเรียนบ้าน{x}"),
    ("องค์การบริหารส่วนตำบล{x}", "local_government", "นายกองค์การบริหารส่วนตำบล{x}"),
    ("เทศบาลตำบล{x}", "local_government", "นายกเทศมนตรีตำบล{x}"),
    ("โรงเรียน{x}วิทยา", "school", "ผู้อำนวยการโรงเรียน{x}วิทยา"),
]
EVENT_TITLES = {
    "signing": "พิธีลงนามบันทึกข้อตกลงความร่วมมือ (MOU) การจัดการศึกษาเชิงพื้นที่จังหวัด{p}",
    "workshop": "การประชุมเชิงปฏิบัติการขับเคลื่อนพื้นที่นวัตกรรมการศึกษาจังหวัด{p}",
    "meeting": "การประชุมคณะกรรมการขับเคลื่อนการศึกษาจังหวัด{p}",
    "training": "การอบรมพัฒนาครูเพื่อความเสมอภาคทางการศึกษาจังหวัด{p}",
    "forum": "เวทีสานเสวนาการศึกษาเพื่อความเสมอภาคจังหวัด{p}",
    "visit": "การลงพื้นที่ติดตามโครงการโรงเรียนคุณภาพจังหวัด{p}",
}
PROGRAMMES = ["พื้นที่นวัตกรรมการศึกษาจังหวัด{p}",
              "โครงการจัดการศึกษาเชิงพื้นที่เพื่อความเสมอภาคทางการศึกษาจังหวัด{p}",
              "โครงการโรงเรียนพัฒนาตนเองจังหวัด{p}"]


class _Builder:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.graph = nx.MultiDiGraph()
        self.facts: dict[tuple[str, str, str], dict] = {}
        self.mentions: dict[tuple[str, str], set[str]] = {}
        self.used_names: set[str] = set()

    def node(self, label: str, name: str, **props) -> str:
        key = props.pop("key", None) or name_key(label, name)
        props.setdefault("aliases", [])
        self.graph.add_node(key, label=label, name=name, **props)
        return key

    def fact(self, head: str, rel: str, tail: str, doc: str, sentence: str, title: str = "") -> None:
        fact = self.facts.setdefault((head, rel, tail), {"sources": [], "evidence": [], "titles": []})
        if doc not in fact["sources"]:
            fact["sources"].append(doc)
            fact["evidence"].append(sentence)
            fact["titles"].append(title)
        for key in (head, tail):
            self.mentions.setdefault((doc, key), set()).add(self.graph.nodes[key]["name"])

    def unique(self, make) -> str:
        for _ in range(1000):
            candidate = make()
            if candidate not in self.used_names:
                self.used_names.add(candidate)
                return candidate
        raise RuntimeError("name space exhausted")


def make_thai_graph(n_nodes: int, *, seed: int = 7, include_documents: bool = False) -> nx.MultiDiGraph:
    """A graph of exactly ``n_nodes`` entity nodes and about three times as many relations.

    >>> g = make_thai_graph(200, seed=1)
    >>> g.number_of_nodes()
    200
    >>> sorted({d["label"] for _, d in g.nodes(data=True)})
    ['Agency', 'Event', 'Person', 'Programme', 'Province']
    """
    if n_nodes < 40:
        raise ValueError("make_thai_graph needs at least 40 nodes")
    rng = random.Random(seed)
    b = _Builder(rng)
    provinces = PROVINCES[: max(3, min(len(PROVINCES), n_nodes // 60))]
    n_events = n_nodes // 4
    n_programmes = max(2, n_nodes // 25)
    n_persons = int(n_nodes * 0.35)
    n_agencies = n_nodes - len(provinces) - n_events - n_programmes - n_persons

    province_keys = {p: b.node("Province", p) for p in provinces}
    agencies: list[tuple[str, str, str]] = []          # key, province ('' = national), office title
    for name, aliases, kind in NATIONAL:
        agencies.append((b.node("Agency", name, aliases=list(aliases), kind=kind), "", "เลขาธิการ" + name))
        b.used_names.add(name)
    for p in provinces:
        for pattern, kind, office in PROVINCIAL_OFFICES:
            if len(agencies) < n_agencies:
                name = pattern.format(p=p)
                b.used_names.add(name)
                agencies.append((b.node("Agency", name, kind=kind), p, office.format(p=p)))
    attempts = 0
    while len(agencies) < n_agencies:
        attempts += 1
        if attempts > 50 * n_nodes:
            raise RuntimeError("make_thai_graph ran out of distinct agency names")
        p = rng.choice(provinces)
        pattern, kind, office = rng.choice(LOCAL_UNITS)
        place = rng.choice(PLACE_HEAD) + rng.choice(PLACE_TAIL) + (rng.choice(PLACE_TAIL) if rng.random() < .5 else "")
        name = pattern.format(x=place)
        if name in b.used_names:
            continue
        b.used_names.add(name)
        agencies.append((b.node("Agency", name, kind=kind), p, office.format(x=place)))
    home_of = {key: p for key, p, _ in agencies}

    persons: list[tuple[str, str, str]] = []           # key, agency key, position
    for i in range(n_persons):
        agency, p, office = agencies[i % len(agencies)] if i < len(agencies) else rng.choice(agencies)
        name = b.unique(lambda: rng.choice(GIVEN) + " " + rng.choice(FAMILY_HEAD) + rng.choice(FAMILY_TAIL)
                        + (rng.choice(FAMILY_TAIL) if rng.random() < .4 else ""))
        position = office if i < len(agencies) else "รอง" + office
        persons.append((b.node("Person", name, title=rng.choice(HONORIFICS), position=position), agency, position))

    programmes: list[str] = []
    for i in range(n_programmes):
        p = provinces[i % len(provinces)]
        pattern = PROGRAMMES[(i // len(provinces)) % len(PROGRAMMES)]
        name = pattern.format(p=p) + ("" if i < len(provinces) * len(PROGRAMMES) else f" ระยะที่ {i}")
        programmes.append(b.node("Programme", name, phase=""))

    local = {p: [a for a in agencies if a[1] == p] for p in provinces}
    national = [a for a in agencies if a[1] == ""]
    people_of = {}
    for key, agency, position in persons:
        people_of.setdefault(agency, []).append((key, position))

    documents: dict[str, dict] = {}
    start = date(2019, 1, 1)
    cover_agency = iter(range(len(agencies)))
    cover_person = iter(range(len(persons)))
    for i in range(n_events):
        p = provinces[i % len(provinces)] if i < len(provinces) else rng.choice(provinces)
        event_type = rng.choice(list(EVENT_TITLES))
        day = start + timedelta(days=rng.randrange(0, 6 * 365))
        doc = f"thaigov/{day.year}/{i:05d}.txt"
        title = EVENT_TITLES[event_type].format(p=p)
        key = event_key(event_type, day.isoformat(), p, document=doc, local_id=f"e{i}")
        if key in b.graph:
            key = event_key(event_type, None, p, document=doc, local_id=f"e{i}")
        end = (day + timedelta(days=1)).isoformat() if event_type == "workshop" else None
        venue = f"ห้องประชุมศาลากลางจังหวัด{p}"
        b.node("Event", title, key=key, event_type=event_type, date=day.isoformat(), end_date=end,
               title=title, venue=venue, province=p)
        documents[doc] = {"title": f"{p} จัด{title}", "published": (day + timedelta(days=rng.randrange(0, 3))).isoformat(),
                            "source": doc, "url": f"https://www.example.go.th/news/{i}"}
        where = f"ณ {venue} อำเภอเมือง จังหวัด{p}"
        b.fact(key, "HELD_IN", province_keys[p], doc, f"เมื่อวันที่ {day.day} {title} {where}")

        pool = local[p] or agencies
        parties = [next(cover_agency, None) for _ in range(3)]
        parties = [agencies[j] for j in parties if j is not None]
        parties += [rng.choice(pool), rng.choice(national)]
        party_keys = list(dict.fromkeys(a[0] for a in parties))
        party_names = " ".join(b.graph.nodes[a]["name"] for a in party_keys)
        verb = "ลงนาม" if event_type == "signing" else "เข้าร่วม"
        party_sentence = f"โดยมีหน่วยงาน{verb}ได้แก่ {party_names} รวมทั้งสิ้นจำนวน {len(party_keys)} หน่วยงาน"
        for agency in party_keys:
            b.fact(agency, "SIGNED" if event_type == "signing" else "PARTICIPATED", key, doc, party_sentence)
        organiser = party_keys[0]
        b.fact(organiser, "ORGANIZED", key, doc, f"{b.graph.nodes[organiser]['name']} ได้จัด{title}")
        supporter = rng.choice(national)[0]
        b.fact(supporter, "SUPPORTED", key, doc,
               f"ได้รับการสนับสนุนงบประมาณจาก{b.graph.nodes[supporter]['name']}")

        people = [persons[j] for j in (next(cover_person, None) for _ in range(3)) if j is not None]
        for agency in party_keys[:2]:
            people += [(k, agency, pos) for k, pos in people_of.get(agency, [])[:1]]
        if not people:
            people = [rng.choice(persons)]
        people = list({k: (k, a, pos) for k, a, pos in people}.values())
        chair_key, chair_agency, chair_position = people[0]
        chair = b.graph.nodes[chair_key]
        b.fact(chair_key, "CHAIRED", key, doc,
               f"{chair['title']}{chair['name']} {chair_position} เป็นประธานใน{title} {where}")
        listing = " ".join(f"{b.graph.nodes[k]['title']}{b.graph.nodes[k]['name']} {pos}" for k, _, pos in people)
        for person_key, agency, position in people:
            b.fact(person_key, "HOLDS_POSITION", agency, doc, listing, title=position)
        for person_key, _, _ in people[1:]:
            rel = "SPOKE_AT" if rng.random() < .3 else "PARTICIPATED"
            b.fact(person_key, rel, key, doc, f"โดยมี {listing} ร่วมงาน")
        if rng.random() < .6:
            programme = programmes[provinces.index(p) % len(programmes)] if rng.random() < .7 else rng.choice(programmes)
            b.fact(key, "PART_OF", programme, doc, f"{title} ซึ่งเป็นส่วนหนึ่งของ{b.graph.nodes[programme]['name']}")
            if rng.random() < .3:
                b.fact(party_keys[0], "PILOT_OF", programme, doc,
                       f"{b.graph.nodes[party_keys[0]]['name']} เป็นสถานศึกษานำร่องของ{b.graph.nodes[programme]['name']}")
        for agency in party_keys:
            home = home_of[agency]
            if home:
                b.fact(agency, "LOCATED_IN", province_keys[home], doc, f"{b.graph.nodes[agency]['name']} จังหวัด{home}")

    # Entities that no event reached still come from some release: their
    # office and where they are.
    docs = list(documents)
    for agency, home, _ in agencies:
        if home and (agency, "LOCATED_IN", province_keys[home]) not in b.facts:
            b.fact(agency, "LOCATED_IN", province_keys[home], rng.choice(docs), f"{b.graph.nodes[agency]['name']} จังหวัด{home}")
    for person_key, agency, position in persons:
        if (person_key, "HOLDS_POSITION", agency) not in b.facts:
            person = b.graph.nodes[person_key]
            b.fact(person_key, "HOLDS_POSITION", agency, rng.choice(docs),
                   f"{person['title']}{person['name']} {position}", title=position)
    linked = {end for head, _, tail in b.facts for end in (head, tail)}
    for programme in programmes:
        if programme not in linked:
            p = rng.choice(provinces)
            b.fact(province_keys[p], "PILOT_OF", programme, rng.choice(docs),
                   f"จังหวัด{p} เป็นพื้นที่นำร่องของ{b.graph.nodes[programme]['name']}")

    for (head, rel, tail), fact in b.facts.items():
        b.graph.add_edge(head, tail, key=rel, type=rel, **fact)
    if include_documents:
        for doc, props in documents.items():
            b.graph.add_node(doc, label="Document", name=props["title"], **props)
        for (doc, key), names in b.mentions.items():
            b.graph.add_edge(doc, key, key="MENTIONS", type="MENTIONS", names=sorted(names), local_id="")
    return b.graph
