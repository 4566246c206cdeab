"""Generated releases for the benchmarks: contract records that make a graph of a chosen size.

``generate(n_nodes, n_relationships)`` returns records in the shape of
``shared/design/ANNOTATION.md`` (plus ``source``, ``title``, ``url``,
``published``) which, imported with :func:`edugraph.graph.importer.import_records`,
give exactly ``n_nodes`` entity nodes and ``n_relationships`` fact
relationships (``Synthetic.nodes`` and ``Synthetic.relationships`` hold the
counts per label and type that the import must give).

What the graph looks like, so that query and render timings mean something:

* Provinces (all 77 from 20,000 nodes up), real national agencies from the
  loaders' gazetteer (with their abbreviations as aliases), the provincial
  offices of each province, and many local schools, sub-district
  administrations and municipalities;
* degree skew: national agencies and ministers are drawn with Zipf weights
  (a few take part in thousands of events), most people and schools appear
  in one or two releases; signings have a heavy-tailed number of signers
  (up to 40 parties);
* one release per event, and a share of releases that report an event a
  second time (same type, date and province): their facts get two sources;
  the last releases name more participants of past events until the
  relationship count is reached;
* every relation carries the sentence that states it (``evidence``),
  HOLDS_POSITION its position wording.

Deterministic for a given seed.  No store involved: ``bench/run.py`` imports
the records through the real importer.
"""
from __future__ import annotations

import bisect
import itertools
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from edugraph.graph.keys import event_key, name_key, normalize_name
from edugraph.loaders.gazetteer import load_gazetteer

# Share of the non-province nodes per label.
LABEL_SHARES = {"Agency": 0.36, "Person": 0.36, "Event": 0.21, "Programme": 0.07}
#: Share of releases that report an event already reported by another release.
REREPORT_SHARE = 0.08
UNDATED_SHARE = 0.03
EVENT_TYPES = {"signing": 25, "meeting": 20, "workshop": 15, "training": 12, "forum": 10,
               "visit": 10, "ceremony": 8}
EVENT_WORDS = {
    "signing": "พิธีลงนามบันทึกข้อตกลงความร่วมมือ (MOU) ด้านการจัดการศึกษา",
    "meeting": "การประชุมคณะกรรมการขับเคลื่อนการศึกษา",
    "workshop": "การประชุมเชิงปฏิบัติการขับเคลื่อนนวัตกรรมการศึกษา",
    "training": "การอบรมพัฒนาครูและบุคลากรทางการศึกษา",
    "forum": "เวทีสานเสวนาการศึกษาเพื่อความเสมอภาค",
    "visit": "การลงพื้นที่ติดตามการดำเนินงานโรงเรียนคุณภาพ",
    "ceremony": "พิธีมอบรางวัลสถานศึกษาดีเด่น",
}
GIVEN = ["สมชาย", "สมศักดิ์", "วิไลวรรณ", "ประเสริฐ", "ณัฏฐ์", "กนกวรรณ", "ธีรพงษ์", "อรุณี",
         "พรพจน์", "สุภาพร", "ศักดิ์ชัย", "ปิยะนุช", "ชัยวัฒน์", "มาลินี", "ธนพล", "จิราภรณ์",
         "วีระศักดิ์", "นิตยา", "ไพโรจน์", "ศิริพร", "เกื้อกูล", "ฤทัยรัตน์", "อำนาจ", "ภัทรา",
         "สุรชัย", "อัมพร", "บุญเลิศ", "รัชนี", "วิรุฬ", "กิตติพงษ์", "ดวงใจ", "เอกชัย",
         "ปราณี", "สมบัติ", "ยุพิน", "ชาตรี", "วันเพ็ญ", "ธวัชชัย", "สายสุนีย์", "พงศักดิ์"]
FAMILY_HEAD = ["ศรี", "แก้ว", "ทอง", "บุญ", "สุข", "ชัย", "วงศ์", "เพชร", "ธรรม", "รัตน",
               "อินทร์", "จันทร์", "นาค", "กิตติ", "ปัญญา", "พิทักษ์", "รุ่งเรือง", "ใจ",
               "พรรณ", "เทวี", "สมบูรณ์", "มงคล", "ประทีป", "วิเศษ"]
FAMILY_TAIL = ["สวัสดิ์", "ประเสริฐ", "มณี", "วงศ์", "ศักดิ์", "พันธุ์", "สกุล", "ไพศาล",
               "ธารา", "รักษ์", "ดี", "ยานุรักษ์", "สิทธิ์", "เจริญ", "โชติ", "เลิศ",
               "กุล", "ชาติ", "เดช", "ภักดี", "ทวี", "พงษ์", "ศิลป์", "วัฒนา"]
PLACE_HEAD = ["หนอง", "โคก", "ดอน", "ห้วย", "นา", "บ่อ", "ท่า", "วัง", "บึง", "ทุ่ง", "เขา", "ลำ",
              "บ้าน", "คลอง", "โพน", "หัว", "ป่า", "สระ", "ดง", "กุด", "แม่", "ศรี", "เมือง", "ท่าน"]
PLACE_TAIL = ["บัว", "แก", "ยาง", "ใหญ่", "น้อย", "ทอง", "คำ", "สะแก", "ม่วง", "ตาล", "ขาม",
              "ไผ่", "หิน", "โพธิ์", "เตย", "กุ่ม", "จิก", "แดง", "เกลือ", "ขี้เหล็ก", "สูง",
              "งาม", "หลวง", "เหนือ", "ใต้", "กลาง", "ทราย", "จาน", "พอก", "แสง"]
HONORIFICS = ["นาย", "นาง", "นางสาว", "ดร.", "ผศ.ดร.", "ว่าที่ร้อยตรี"]
LOCAL_UNITS = [  # name pattern, kind, head's position pattern, weight
    ("โรงเรียนบ้าน{x}", "school", "ผู้อำนวยการโรงเรียนบ้าน{x}", 30),
    ("โรงเรียน{x}วิทยา", "school", "ผู้อำนวยการโรงเรียน{x}วิทยา", 15),
    ("องค์การบริหารส่วนตำบล{x}", "local_government", "นายกองค์การบริหารส่วนตำบล{x}", 20),
    ("เทศบาลตำบล{x}", "local_government", "นายกเทศมนตรีตำบล{x}", 12),
    ("ศูนย์พัฒนาเด็กเล็กบ้าน{x}", "other", "หัวหน้าศูนย์พัฒนาเด็กเล็กบ้าน{x}", 8),
    ("วิทยาลัยการอาชีพ{x}", "school", "ผู้อำนวยการวิทยาลัยการอาชีพ{x}", 5),
    ("เครือข่ายพัฒนาการศึกษาตำบล{x}", "network", "ประธานเครือข่ายพัฒนาการศึกษาตำบล{x}", 5),
    ("มูลนิธิเพื่อการศึกษาบ้าน{x}", "foundation", "ประธานมูลนิธิเพื่อการศึกษาบ้าน{x}", 5),
]
PROGRAMME_THEMES = ["โครงการโรงเรียนคุณภาพประจำตำบล{x}", "โครงการพัฒนาทักษะการอ่านตำบล{x}",
                    "โครงการห้องเรียนอาชีพบ้าน{x}", "โครงการครูรักษ์ถิ่นตำบล{x}",
                    "โครงการลดความเหลื่อมล้ำทางการศึกษาตำบล{x}", "โครงการพาน้องกลับมาเรียนตำบล{x}",
                    "เครือข่ายโรงเรียนขนาดเล็กกลุ่ม{x}", "โครงการอาหารกลางวันบ้าน{x}"]
START_DAY = date(2019, 1, 1)
DAYS = 6 * 365 + 250


@dataclass(eq=False)
class Node:
    label: str
    key: str
    name: str
    province: str = ""                   # home province ('' = national)
    aliases: tuple[str, ...] = ()
    kind: str | None = None              # Agency
    title: str | None = None             # Person: honorific
    position: str | None = None          # Person: position wording
    agency: "Node | None" = None         # Person: the agency the position is in
    head: "Node | None" = None           # Agency: the person at its head, once one exists
    parent: "Node | None" = None         # Agency: PART_OF this agency


@dataclass
class Synthetic:
    """The records, and what importing them must give."""

    records: list[dict]
    nodes: Counter                       # entity nodes per label
    relationships: Counter               # fact relationships per type
    picks: dict = field(default_factory=dict)   # realistic query parameters (names, keys, dates)

    @property
    def node_total(self) -> int:
        return sum(self.nodes.values())

    @property
    def relationship_total(self) -> int:
        return sum(self.relationships.values())


class _Weighted:
    """Draw from items with fixed weights (bisect on cumulative weights)."""

    def __init__(self, items: list, weights: list[float]):
        self.items = items
        self.cumulative = list(itertools.accumulate(weights))

    def draw(self, rng: random.Random):
        return self.items[bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])]


def _zipf(n: int, exponent: float = 1.0) -> list[float]:
    return [1.0 / (rank + 1) ** exponent for rank in range(n)]


class _Release:
    """One record under construction: entities by node key, relations once each."""

    def __init__(self, source: str):
        self.source = source
        self.entities: dict[str, dict] = {}
        self.relations: dict[tuple[str, str, str], dict] = {}
        self.counters = Counter()

    def entity(self, node: Node, **extra) -> str:
        found = self.entities.get(node.key)
        if found:
            return found["id"]
        prefix = {"Person": "p", "Agency": "a", "Province": "v", "Event": "e", "Programme": "g"}[node.label]
        self.counters[prefix] += 1
        entity = {"id": f"{prefix}{self.counters[prefix]}", "type": node.label}
        if node.label != "Event":
            entity["name"] = node.name
            if node.aliases:
                entity["aliases"] = list(node.aliases)
        if node.kind:
            entity["kind"] = node.kind
        if node.label == "Person":
            entity["title"] = node.title
            entity["position"] = node.position
        entity.update(extra)
        self.entities[node.key] = entity
        return entity["id"]

    def relate(self, head: Node, rel: str, tail: Node, evidence: str, title: str | None = None) -> tuple:
        fact = (head.key, rel, tail.key)
        if fact not in self.relations:
            relation = {"type": rel, "head": self.entity(head), "tail": self.entity(tail), "evidence": evidence}
            if title:
                relation["title"] = title
            self.relations[fact] = relation
        return fact

    def record(self, *, title: str, published: str | None, number: int) -> dict:
        return {"doc": self.source, "source": self.source, "title": title, "published": published,
                "url": f"https://www.example.go.th/news/contents/details/{number}",
                "entities": list(self.entities.values()), "relations": list(self.relations.values())}


class _Generator:
    def __init__(self, n_nodes: int, n_relationships: int, seed: int):
        if n_nodes < 200:
            raise ValueError("generate() needs at least 200 nodes")
        if not 1.5 * n_nodes <= n_relationships <= 6 * n_nodes:
            raise ValueError("generate() makes between 1.5 and 6 relationships per node")
        self.rng = random.Random(seed)
        self.n_nodes, self.n_relationships = n_nodes, n_relationships
        self.gazetteer = load_gazetteer()
        self.forms: set[str] = set()            # normalised names taken, across labels
        self.facts: dict[tuple[str, str, str], str] = {}   # fact -> type
        self.used: set[str] = set()             # node keys some fact links
        self.used_named: set[str] = set()       # the same without events
        self.roles: set[tuple[str, str]] = set()  # (actor, event) pairs linked by some fact
        self.records: list[dict] = []
        self.by_source: dict[str, dict] = {}
        self.events: list[tuple[Node, str, str]] = []      # event, province, date
        self.counts = Counter()

    # -- names ---------------------------------------------------------------------

    def _take(self, *names: str) -> bool:
        forms = [normalize_name(n) for n in names]
        if any(f in self.forms for f in forms) or len(set(forms)) < len(forms):
            return False
        self.forms.update(forms)
        return True

    def _place(self) -> str:
        rng = self.rng
        return rng.choice(PLACE_HEAD) + rng.choice(PLACE_TAIL) + (rng.choice(PLACE_TAIL) if rng.random() < .6 else "")

    def _person_name(self) -> str:
        rng = self.rng
        return (rng.choice(GIVEN) + " " + rng.choice(FAMILY_HEAD) + rng.choice(FAMILY_TAIL)
                + (rng.choice(FAMILY_TAIL) if rng.random() < .5 else ""))

    # -- pools ----------------------------------------------------------------------

    def build_pools(self) -> None:
        rng, n = self.rng, self.n_nodes
        gazetteer = self.gazetteer
        n_provinces = min(len(gazetteer.provinces), max(3, n // 200))
        ranked = sorted(gazetteer.provinces, key=lambda p: (p.name != "กรุงเทพมหานคร", p.name))
        chosen = ranked[:n_provinces]
        self.codes = {p.name: p.code for p in chosen}
        self.provinces = [Node("Province", name_key("Province", p.name), p.name, province=p.name) for p in chosen]
        for p in self.provinces:
            self._take(p.name)
        self.province_of = {p.name: p for p in self.provinces}
        # A few provinces are much busier than the rest.
        self.busy_provinces = _Weighted(self.provinces, _zipf(len(self.provinces), 0.8))

        rest = n - len(self.provinces)
        sizes = {label: int(rest * share) for label, share in LABEL_SHARES.items()}
        sizes["Agency"] += rest - sum(sizes.values())
        n_events = sizes["Event"]
        self.n_rereports = int(n_events * REREPORT_SHARE / (1 - REREPORT_SHARE))

        # Agencies: national (gazetteer), provincial offices, local units.
        educational = sorted(gazetteer.agencies, key=lambda a: ("ศึกษา" not in a.name, gazetteer.agencies.index(a)))
        n_national = min(len(educational), max(5, sizes["Agency"] // 200))
        self.national = []
        for entry in educational[:n_national]:
            aliases = tuple(a for a in entry.abbreviations + entry.aliases
                            if normalize_name(a) not in self.forms and normalize_name(a) != normalize_name(entry.name))
            if self._take(entry.name, *aliases):
                self.national.append(Node("Agency", name_key("Agency", entry.name), entry.name,
                                          aliases=aliases, kind=entry.kind))
        families = [f for f in gazetteer.families if f.slot == "province"]
        families.sort(key=lambda f: ("ศึกษา" not in f.head, f.head != "จังหวัด"))
        per_province = max(3, min(len(families), int(sizes["Agency"] * 0.12 / len(self.provinces))))
        self.offices: dict[str, list[Node]] = {}
        for province in self.provinces:
            offices = []
            for family in families[:per_province]:
                name = family.head + province.name + (" เขต 1" if "เขตพื้นที่" in family.head else "")
                aliases = tuple(f"{a}{self.codes[province.name]}" for a in family.abbreviations[:1])
                if not self._take(name, *aliases):
                    continue
                holder = (family.holders[0] if family.holders else "ผู้อำนวยการ" + family.head) + province.name
                node = Node("Agency", name_key("Agency", name), name, province=province.name,
                            aliases=aliases, kind=family.kind)
                node.position = holder         # the head's position wording
                offices.append(node)
            self.offices[province.name] = offices
        n_local = sizes["Agency"] - len(self.national) - sum(map(len, self.offices.values()))
        units = _Weighted(LOCAL_UNITS, [u[3] for u in LOCAL_UNITS])
        self.local: dict[str, list[Node]] = {p.name: [] for p in self.provinces}
        made = attempts = 0
        while made < n_local:
            attempts += 1
            if attempts > 100 * n_local + 1000:
                raise RuntimeError("ran out of distinct agency names")
            pattern, kind, position, _ = units.draw(rng)
            place = self._place()
            name = pattern.format(x=place)
            if not self._take(name):
                continue
            province = self.busy_provinces.draw(rng).name
            node = Node("Agency", name_key("Agency", name), name, province=province, kind=kind)
            node.position = position.format(x=place)
            self.local[province].append(node)
            made += 1
        for province in self.provinces:
            rng.shuffle(self.local[province.name])
        schools_parent = {p.name: next((o for o in self.offices[p.name] if "ประถมศึกษา" in o.name), None)
                          for p in self.provinces}
        for province, nodes in self.local.items():
            for node in nodes:
                if node.kind == "school" and rng.random() < .3:
                    node.parent = schools_parent[province]
        self.agencies_total = len(self.national) + sum(map(len, self.offices.values())) + n_local
        # National agencies are the hubs: Zipf over them (education first).
        self.hubs = _Weighted(self.national, _zipf(len(self.national), 1.1))

        # People: the head of every national and provincial agency first (the
        # busy ones), then staff and heads of local units.
        self.people: list[Node] = []
        heads = list(self.national) + [o for p in self.provinces for o in self.offices[p.name]]
        local_all = [a for p in self.provinces for a in self.local[p.name]]
        rng.shuffle(local_all)
        for agency in itertools.chain(heads, local_all, itertools.cycle(heads + local_all)):
            if len(self.people) >= sizes["Person"]:
                break
            person = self._new_person(agency)
            if agency.head is None:
                agency.head = person
        # Heads of national and provincial agencies come with their agency;
        # everyone else first appears as a participant.
        busy = {id(a.head) for a in heads}
        self.fresh_people = [p for p in self.people if id(p) not in busy]
        rng.shuffle(self.fresh_people)
        hub_heads = [a.head for a in self.national if a.head]
        self.hub_people = _Weighted(hub_heads, _zipf(len(hub_heads), 1.1))

        # Programmes: the gazetteer's provincial ones per province, then local ones.
        self.programmes: dict[str, list[Node]] = {p.name: [] for p in self.provinces}
        provincial = [g.name for g in gazetteer.programmes if g.provincial]
        made = 0
        for name_head in provincial:
            for province in self.provinces:
                if made < sizes["Programme"] and self._take(name_head + "จังหวัด" + province.name):
                    name = name_head + "จังหวัด" + province.name
                    self.programmes[province.name].append(Node("Programme", name_key("Programme", name), name,
                                                               province=province.name))
                    made += 1
        attempts = 0
        while made < sizes["Programme"]:
            attempts += 1
            if attempts > 100 * sizes["Programme"] + 1000:
                raise RuntimeError("ran out of distinct programme names")
            name = rng.choice(PROGRAMME_THEMES).format(x=self._place())
            if not self._take(name):
                continue
            province = self.busy_provinces.draw(rng).name
            self.programmes[province].append(Node("Programme", name_key("Programme", name), name, province=province))
            made += 1
        self.n_events = n_events
        self.sizes = sizes
        self.pool_size = n - n_events

    def _new_person(self, agency: Node) -> Node:
        rng = self.rng
        while True:
            name = self._person_name()
            if self._take(name):
                break
        if agency.head is None:
            position = agency.position or ("ผู้อำนวยการ" + agency.name if agency.kind != "ministry_office"
                                           else "เลขาธิการ" + agency.name)
        else:
            position = rng.choice(["รอง", "ผู้ช่วย", "ครู ", "นักวิชาการศึกษา "]) + (agency.position or agency.name)
        person = Node("Person", name_key("Person", name), name, province=agency.province,
                      title=rng.choice(HONORIFICS), position=position, agency=agency)
        self.people.append(person)
        return person

    # -- releases ---------------------------------------------------------------------

    def _mention_agency(self, release: _Release, agency: Node) -> None:
        """An agency in a release brings where it is and what it belongs to."""
        release.entity(agency)
        if agency.province:
            province = self.province_of[agency.province]
            self._fact(release.relate(agency, "LOCATED_IN", province, f"{agency.name} จังหวัด{province.name}"))
        if agency.parent is not None and self.rng.random() < .5:
            self._fact(release.relate(agency, "PART_OF", agency.parent,
                                      f"{agency.name} สังกัด{agency.parent.name}"))

    def _mention_person(self, release: _Release, person: Node) -> None:
        release.entity(person)
        self._mention_agency(release, person.agency)
        self._fact(release.relate(person, "HOLDS_POSITION", person.agency,
                                  f"{person.title}{person.name} {person.position}", title=person.position))

    def _fact(self, fact: tuple) -> None:
        if fact not in self.facts:
            self.facts[fact] = fact[1]
            if fact[2].startswith("Event:"):
                self.roles.add((fact[0], fact[2]))
        for key in (fact[0], fact[2]):
            if key not in self.used:
                self.used.add(key)
                if not key.startswith("Event:"):
                    self.used_named.add(key)

    def _fresh_local(self, province: str) -> Node | None:
        pool = self.local[province]
        while pool:
            node = pool.pop()
            if node.key not in self.used:
                return node
        for other in self.provinces:
            pool = self.local[other.name]
            while pool:
                node = pool.pop()
                if node.key not in self.used:
                    return node
        return None

    def _known_local(self, province: str) -> Node | None:
        known = self.known_local.get(province)
        return self.rng.choice(known) if known else None

    def _fresh_person(self) -> Node | None:
        while self.fresh_people:
            person = self.fresh_people.pop()
            if person.key not in self.used:
                return person
        return None

    def _heavy_tail(self, mean: float, cap: int) -> int:
        """1 + a Pareto-tailed count with about the given mean, at most ``cap``."""
        value = (self.rng.paretovariate(2.2) - 1) * (mean - 1) / (1 / 1.2)
        return max(1, min(cap, 1 + int(value)))

    def generate(self) -> Synthetic:
        rng = self.rng
        self.build_pools()
        self.known_local: dict[str, list[Node]] = {p.name: [] for p in self.provinces}
        taken_events: set[str] = set()
        # the resolver merges same-day events of one province (compatible types,
        # shared place): one generated event per province and day stays one node
        taken_days: set[tuple[str, str]] = set()
        number = 100_000
        scale = 1.0
        recent: list[int] = []
        window = max(5, min(50, self.n_events // 40))
        total_releases = self.n_events + self.n_rereports
        rereport_every = total_releases / max(1, self.n_rereports)
        next_rereport = rereport_every
        event_types = _Weighted(list(EVENT_TYPES), list(EVENT_TYPES.values()))
        made_events = 0
        release_index = 0
        while made_events < self.n_events:
            release_index += 1
            number += 1
            release = _Release(f"synthetic/{number}.txt")
            if self.events and release_index >= next_rereport:
                next_rereport += rereport_every
                self._rereport(release, number)
                continue
            # The relationship budget: every 50 events, scale participation so
            # that the facts still to come fit the events still to come.
            if len(recent) == window:
                events_left = self.n_events - made_events
                budget = (self.n_relationships - len(self.facts) - self._leftover_estimate()) / events_left
                ratio = min(1.4, max(0.7, budget / max(1.0, sum(recent) / len(recent))))
                scale = min(5.0, max(0.05, scale * ratio ** 0.7))
                recent.clear()
            before = len(self.facts)
            province = self.busy_provinces.draw(rng)
            event_type = event_types.draw(rng)
            undated = rng.random() < UNDATED_SHARE
            for _ in range(50):
                day = (START_DAY + timedelta(days=rng.randrange(DAYS))).isoformat()
                key = event_key(event_type, None if undated else day, province.name,
                                document=release.source, local_id="e1")
                if key not in taken_events and (undated or (day, province.name) not in taken_days):
                    break
            else:
                continue
            taken_events.add(key)
            if not undated:
                taken_days.add((day, province.name))
            title = EVENT_WORDS[event_type] + "จังหวัด" + province.name
            event = Node("Event", key, title)
            self._event_release(release, event, event_type, None if undated else day, province, scale)
            made_events += 1
            if not undated:
                self.events.append((event, province.name, day, event_type, release.source))
            published = None if undated else (date.fromisoformat(day) + timedelta(days=rng.randrange(3))).isoformat()
            self._append(release.record(title=f"จังหวัด{province.name} จัด{title}", published=published,
                                        number=number))
            recent.append(len(self.facts) - before)
        number = self._leftovers(number)
        self.top_up_from = len(self.records)
        self._top_up(number)
        return self._result()

    def _event_release(self, release: _Release, event: Node, event_type: str, day: str | None,
                       province: Node, scale: float) -> None:
        rng = self.rng
        p = province.name
        venue = f"ห้องประชุมศาลากลางจังหวัด{p}"
        release.entity(event, event_type=event_type, date=day, title=event.name, venue=venue)
        where = f"ณ {venue} อำเภอเมือง จังหวัด{p}"
        self._fact(release.relate(event, "HELD_IN", province, f"{event.name} {where}"))
        offices = self.offices[p]

        def some_agency() -> Node:
            roll = rng.random()
            if roll < .35:
                return self.hubs.draw(rng)
            if roll < .6 and offices:
                return rng.choice(offices)
            return self._fresh_local(p) or self._known_local(p) or self.hubs.draw(rng)

        organiser = rng.choice(offices) if offices and rng.random() < .5 else some_agency()
        self._mention_agency(release, organiser)
        self._fact(release.relate(organiser, "ORGANIZED", event, f"{organiser.name} ได้จัด{event.name}"))
        if rng.random() < .35:
            fund = self.hubs.draw(rng)
            self._mention_agency(release, fund)
            self._fact(release.relate(fund, "SUPPORTED", event, f"โดยได้รับการสนับสนุนงบประมาณจาก{fund.name}"))

        signing = event_type == "signing"
        n_parties = self._heavy_tail(4.0 * scale if signing else 2.5 * scale, 40 if signing else 15)
        parties = list(dict.fromkeys([organiser] + [some_agency() for _ in range(n_parties)]))
        role = "SIGNED" if signing else "PARTICIPATED"
        listing = " ".join(a.name for a in parties[:12])
        sentence = (f"โดยมีหน่วยงาน{'ร่วมลงนาม' if signing else 'เข้าร่วม'} ได้แก่ {listing}"
                    f" รวมทั้งสิ้นจำนวน {len(parties)} หน่วยงาน")
        for agency in parties:
            self._mention_agency(release, agency)
            if agency is not organiser or signing:
                self._fact(release.relate(agency, role, event, sentence))
            if agency.kind not in (None, "ministry_office", "fund") and agency.province:
                self.known_local[agency.province].append(agency)

        roll = rng.random()
        if roll < .3 and self.hub_people.items:
            chair = self.hub_people.draw(rng)
        elif roll < .7 and offices and offices[0].head:
            chair = offices[0].head
        else:
            chair = organiser.head or offices[0].head if offices else organiser.head
        people = []
        if chair is not None:
            self._mention_person(release, chair)
            self._fact(release.relate(chair, "CHAIRED", event,
                                      f"{chair.title}{chair.name} {chair.position} เป็นประธานใน{event.name} {where}"))
            people.append(chair)
        if signing:
            for agency in parties[:4]:
                signer = agency.head
                if signer is not None and signer is not chair:
                    self._mention_person(release, signer)
                    self._fact(release.relate(signer, "SIGNED", event,
                                              f"{signer.title}{signer.name} {signer.position} ร่วมลงนามในนามของ{agency.name}"))
                    people.append(signer)
            if rng.random() < .4:
                witness = self.hub_people.draw(rng)
                if witness not in people:
                    self._mention_person(release, witness)
                    self._fact(release.relate(witness, "WITNESSED", event,
                                              f"โดยมี{witness.title}{witness.name} {witness.position} ร่วมเป็นสักขีพยาน"))
                    people.append(witness)
        for _ in range(self._heavy_tail(2.2 * scale, 12)):
            person = self._fresh_person()
            if person is None:
                candidates = [a.head for a in parties if a.head is not None and a.head not in people]
                if not candidates:
                    break
                person = rng.choice(candidates)
            if person in people:
                continue
            self._mention_person(release, person)
            rel = "SPOKE_AT" if rng.random() < .25 else "PARTICIPATED"
            verb = "กล่าวรายงาน" if rel == "SPOKE_AT" else "เข้าร่วม"
            self._fact(release.relate(person, rel, event,
                                      f"{person.title}{person.name} {person.position} {verb}{event.name}"))
            people.append(person)

        programmes = self.programmes[p]
        if programmes and rng.random() < .55:
            programme = programmes[0] if rng.random() < .5 else rng.choice(programmes)
            self._fact(release.relate(event, "PART_OF", programme, f"{event.name} ภายใต้{programme.name}"))
            if rng.random() < .3 * scale:
                for _ in range(self._heavy_tail(3, 10)):
                    pilot = self._fresh_local(p) or self._known_local(p)
                    if pilot is None:
                        break
                    self._mention_agency(release, pilot)
                    self._fact(release.relate(pilot, "PILOT_OF", programme,
                                              f"{pilot.name} เป็นสถานศึกษานำร่องของ{programme.name}"))
                    self.known_local[p].append(pilot)
            if rng.random() < .2:
                self._fact(release.relate(province, "PILOT_OF", programme,
                                          f"จังหวัด{p} เป็นพื้นที่นำร่องของ{programme.name}"))
            if rng.random() < .3:
                self._fact(release.relate(organiser, "ORGANIZED", programme,
                                          f"{organiser.name} ร่วมขับเคลื่อน{programme.name}"))

    def _rereport(self, release: _Release, number: int) -> None:
        """A second outlet reports an event already reported: same facts, more sources."""
        rng = self.rng
        event, province_name, day, event_type, first = self.events[rng.randrange(len(self.events))]
        original = self.by_source[first]
        by_id = {e["id"]: e for e in original["entities"]}
        for relation in original["relations"]:
            if rng.random() < .6 or relation["type"] in ("HELD_IN", "CHAIRED"):
                head, tail = by_id[relation["head"]], by_id[relation["tail"]]
                ids = {}
                for entity in (head, tail):
                    copy = {k: v for k, v in entity.items() if k != "id"}
                    ids[entity["id"]] = self._copy_entity(release, copy)
                release.relations.setdefault((ids[relation["head"]], relation["type"], ids[relation["tail"]]),
                                             {**relation, "head": ids[relation["head"]],
                                              "tail": ids[relation["tail"]],
                                              "evidence": "รายงานข่าวแจ้งว่า " + relation["evidence"]})
        published = (date.fromisoformat(day) + timedelta(days=rng.randrange(1, 5))).isoformat()
        self._append(release.record(title=f"ข่าวประชาสัมพันธ์: {event.name}", published=published,
                                    number=number))

    def _copy_entity(self, release: _Release, entity: dict) -> str:
        # Entities of a re-report keep the original's content; the local id is the release's own.
        identity = (entity["type"], entity.get("name") or entity.get("title"), entity.get("date"))
        found = release.entities.get(identity)
        if found:
            return found["id"]
        prefix = {"Person": "p", "Agency": "a", "Province": "v", "Event": "e", "Programme": "g"}[entity["type"]]
        release.counters[prefix] += 1
        copy = {"id": f"{prefix}{release.counters[prefix]}", **entity}
        release.entities[identity] = copy
        return copy["id"]

    def _leftover_estimate(self) -> int:
        """Facts the closing directory releases will add: about one per entity no event reached."""
        return max(0, self.pool_size - len(self.used_named))

    def _leftovers(self, number: int) -> None:
        """Directory releases for entities no event reached: where agencies are, who holds what."""
        rng = self.rng
        left_agencies = [a for p in self.provinces for a in self.offices[p.name] + self.local[p.name]
                         if a.key not in self.used]
        left_agencies += [a for a in self.national if a.key not in self.used]
        left_people = [p for p in self.people if p.key not in self.used]
        left_programmes = [g for p in self.provinces for g in self.programmes[p.name] if g.key not in self.used]
        chunk = 50
        items = [("agency", a) for a in left_agencies] + [("person", p) for p in left_people] + \
                [("programme", g) for g in left_programmes]
        for start in range(0, len(items), chunk):
            number += 1
            release = _Release(f"synthetic/{number}.txt")
            for what, node in items[start:start + chunk]:
                if what == "agency":
                    self._mention_agency(release, node)
                    if node.key not in self.used:
                        release.entity(node)
                elif what == "person":
                    self._mention_person(release, node)
                else:
                    if node.province:
                        province = self.province_of[node.province]
                        self._fact(release.relate(province, "PILOT_OF", node,
                                                  f"จังหวัด{province.name} เป็นพื้นที่นำร่องของ{node.name}"))
                    else:
                        release.entity(node)
                self.used.add(node.key)
            self._append(release.record(title="ทำเนียบหน่วยงานและผู้บริหารด้านการศึกษา",
                                        published=None, number=number))
        return number

    def _top_up(self, number: int) -> None:
        """Follow-up releases naming more participants of past events, until the relationship count is reached."""
        rng = self.rng
        agencies = [a for p in self.provinces for a in self.offices[p.name]] + list(self.national)
        people = [p for p in self.people if p.key in self.used]
        while len(self.facts) < self.n_relationships and self.events:
            number += 1
            release = _Release(f"synthetic/{number}.txt")
            event, province_name, day, event_type, _ = self.events[rng.randrange(len(self.events))]
            province = self.province_of[province_name]
            # the venue of the first report: with only a title shared by many of the
            # day's releases, the resolver rightly keeps a report apart
            release.entity(event, event_type=event_type, date=day, title=event.name,
                           venue=f"ห้องประชุมศาลากลางจังหวัด{province_name}")
            self._fact(release.relate(event, "HELD_IN", province, f"{event.name} จังหวัด{province_name}"))
            for _ in range(rng.randint(2, 8)):
                if len(self.facts) >= self.n_relationships:
                    break
                if rng.random() < .5:
                    person = rng.choice(people)
                    self._mention_person(release, person)
                    actor, sentence = person, f"{person.title}{person.name} {person.position} ร่วมงาน"
                else:
                    agency = self._known_local(province_name) or rng.choice(agencies)
                    self._mention_agency(release, agency)
                    actor, sentence = agency, f"ผู้แทน{agency.name} ร่วมงาน"
                if (actor.key, event.key) not in self.roles:   # PARTICIPATED only without another role
                    self._fact(release.relate(actor, "PARTICIPATED", event, sentence))
            published = (date.fromisoformat(day) + timedelta(days=rng.randrange(2, 10))).isoformat()
            self._append(release.record(title=f"ภาพบรรยากาศ{event.name}", published=published, number=number))

    def _append(self, record: dict) -> None:
        self.records.append(record)
        self.by_source[record["source"]] = record

    def _result(self) -> Synthetic:
        nodes = Counter()
        # Count nodes the way the importer keys them (names are unique by construction).
        keys: dict[str, str] = {}
        for record in self.records:
            for entity in record["entities"]:
                if entity["type"] == "Event":
                    continue
                keys[name_key(entity["type"], entity["name"])] = entity["type"]
        event_keys = {fact[0] for fact, rel in self.facts.items() if fact[0].startswith("Event:")}
        event_keys |= {fact[2] for fact, rel in self.facts.items() if fact[2].startswith("Event:")}
        for label in keys.values():
            nodes[label] += 1
        nodes["Event"] = len(event_keys)
        relationships = Counter(self.facts.values())
        return Synthetic(self.records, nodes, relationships, self._picks())

    def _chain_pairs(self) -> list[list]:
        """Pairs of people or small agencies 2 to 6 steps apart (either way), with the
        distance: the realistic worst cases of shortest_chain."""
        adjacency: dict[str, set[str]] = {}
        for head, _, tail in self.facts:
            adjacency.setdefault(head, set()).add(tail)
            adjacency.setdefault(tail, set()).add(head)
        rng = random.Random(16)
        small = sorted(k for k in adjacency if (k.startswith("Person:") or k.startswith("Agency:โรงเรียน"))
                       and len(adjacency[k]) <= 4)
        pairs, wanted = [], [6, 5, 4, 6, 5, 3]
        for start in rng.sample(small, min(len(small), 15)):     # each search may cover the graph
            if not wanted:
                break
            distances = _distances(adjacency, start, wanted[0])
            far = sorted(k for k, d in distances.items() if d == wanted[0] and k in small)
            if far:
                pairs.append([start, rng.choice(far), wanted.pop(0)])
        return pairs

    def _picks(self) -> dict:
        """Query parameters a user of this graph would plausibly type."""
        held = Counter(province for _, province, _, _, _ in self.events)
        busiest = held.most_common(1)[0][0]
        signing = next((e for e in self.events if e[1] == busiest and e[3] == "signing"), self.events[0])
        office = self.offices[busiest][1] if len(self.offices[busiest]) > 1 else self.national[0]
        chaired = [(fact[0], fact[2]) for fact, rel in self.facts.items() if rel == "CHAIRED"]
        degree = Counter(fact[0] for fact in self.facts) + Counter(fact[2] for fact in self.facts)
        chairs = sorted({head for head, _ in chaired if 3 <= degree[head] <= 12}) or [chaired[0][0]]
        person_key = chairs[len(chairs) // 2]
        chair_fact = next((h, t) for h, t in chaired if h == person_key)
        far = [k for k in degree if k.startswith("Agency:โรงเรียน") and degree[k] <= 3]
        people_by_key = {p.key: p for p in self.people}
        hub = self.national[0]
        hub_signed = next((t for (h, rel, t) in self.facts if h == hub.key and rel == "SIGNED"), signing[0].key)
        return {
            "hub_signed_event": hub_signed,
            "chain_pairs": self._chain_pairs(),
            "province": busiest,
            "signing_date": signing[2],
            "signing_event": signing[0].key,
            "office_key": office.key,
            "hub_key": hub.key,
            "hub_alias": normalize_name(hub.aliases[0]).rstrip(".") if hub.aliases else hub.name,
            "person_key": person_key,
            "person_name": people_by_key[person_key].name,
            "chaired_event": chair_fact[1],
            "given_name": people_by_key[person_key].name.split()[0],
            "programme_part": "จังหวัด" + busiest,
            "chain_from": person_key,
            "chain_to": far[len(far) // 2] if far else office.key,
        }


def _distances(adjacency: dict[str, set[str]], start: str, limit: int) -> dict[str, int]:
    """Steps from ``start`` to every node within ``limit`` steps (breadth first)."""
    seen, frontier = {start: 0}, [start]
    for depth in range(1, limit + 1):
        frontier = sorted({n for node in frontier for n in adjacency[node] if n not in seen})
        seen.update(dict.fromkeys(frontier, depth))
    return seen


def generate(n_nodes: int = 100_000, n_relationships: int = 300_000, *, seed: int = 8) -> Synthetic:
    """Records that make a graph of ``n_nodes`` entity nodes and about ``n_relationships`` facts.

    >>> s = generate(400, 1200, seed=1)
    >>> s.node_total
    400
    >>> s.relationship_total
    1200
    """
    return _Generator(n_nodes, n_relationships, seed).generate()
