"""Every missed or spurious Programme, Province, Agency and Person on the sets we may score, put down to its cause.

The sibling of ``role_errors.py`` (same sets, same extraction and scoring with
``../shared/tools/score.py`` under ``PYTHONHASHSEED=0``).  An entity error gets one cause:

- BOUNDARY: the system has an entity of that type whose name overlaps the gold's
  (one starts the other, or they share their first 10 characters): the name was
  cut short or run on, so one fact shows as a miss and a spurious entity;
- HEAD:<word>: a missed programme that no written form opens with โครงการ
  (นโยบาย..., แผน..., a Latin name, a bare name such as บัณฑิตแรงงาน);
- LATIN: a missed ``โครงการ <Latin name>``;
- VIA:<relation>: a missed Province, which exists only as the end of a relation
  (DECISIONS #4): the relation it needs (HELD_IN, LOCATED_IN, PILOT_OF), and whether
  the relation's other end was found (``+``) or not (``-``);
- for a missed Agency with no overlap (``agency_cause``, which reads the text):
  DROPPED (a sanity rule dropped it: ``extract`` logs why), ABBREVIATION (the text
  writes only a short form the gazetteer does not know), CANONICAL (the contract's
  name is not written at all: it differs from the text's form), FOREIGN (a foreign
  government, embassy or a company written in Latin), NO_HEAD (written in full, but no
  gazetteer name or family head opens it), KNOWN_NAME (a gazetteer name, written in
  full yet not kept: mostly inside a position phrase), KNOWN_HEAD (written in full,
  opened by a known head, yet not found);
- PERSON:Latin / PERSON:royal-or-clergy: a missed Person named in Latin letters, or
  by a royal or monastic title that is itself the name (สมเด็จพระ..., พระครู..., ...ราช...);
- MISSED: no overlap and none of the above; NOT_IN_GOLD for a spurious one.

    .venv/bin/python bench/entity_errors.py [--sets heldout-2,heldout-3] [--types Programme,Province] [--list] [--code DIR]
    .venv/bin/python bench/entity_errors.py --relations [--list]    # relations to a Programme, by cause
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from role_classifier import use_code  # noqa: E402
from role_errors import _scorer_module, gold_ids, measure, sets  # noqa: E402

TYPES = ("Programme", "Province", "Agency", "Person")
_ROYAL_OR_CLERGY = re.compile(r"^(?:สมเด็จ|พระ|กรม)|ราช")
_LATIN = re.compile(r"[A-Za-z]")


def _overlaps(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a) or (len(a) >= 10 and a[:10] == b[:10])


_FOREIGN = re.compile(r"^(?:รัฐบาล|สถานเอกอัครราชทูต|สถานกงสุล)|แห่งราชอาณาจักร|สาธารณรัฐ|ของ(?:เมียนมา|ญี่ปุ่น|จีน|เยอรมัน)"
                      r"|ประเทศญี่ปุ่น|มาเลเซีย|สหรัฐ|กัมพูชา|เยอรมัน|ยุโรป")


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def agency_cause(entity: dict, text: str, dropped: list[str], gaz) -> str:
    """Why a gold Agency no system name overlaps was missed, read off the text and the gazetteer.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> agency_cause({"name": "แพทยสภา"}, "นายกแพทยสภา ร่วมประชุม", [], gaz)
    'KNOWN_NAME'
    >>> agency_cause({"name": "ตลาดน้ำดำเนินสะดวก"}, "ผู้จัดการตลาดน้ำดำเนินสะดวก ร่วมประชุม", [], gaz)
    'NO_HEAD'
    >>> agency_cause({"name": "รัฐบาลไทย"}, "รัฐบาลไทย และ", [], gaz)
    'FOREIGN'
    >>> agency_cause({"name": "กองทุนหมู่บ้าน", "aliases": ["กทบ."]}, "กทบ. ร่วม", [], gaz)
    'ABBREVIATION'
    >>> agency_cause({"name": "สำนักงานปลัดกระทรวงดิจิทัล"}, "สำนักงานปลัดกระทรวงดิจิทัล", ["สำนักงานปลัดกระทรวง"], gaz)
    'DROPPED'
    """
    flat, name = _squeeze(text), _squeeze(entity.get("name") or "")
    aliases = [_squeeze(a) for a in entity.get("aliases") or []]
    if any(d and (name.startswith(_squeeze(d)) or _squeeze(d).startswith(name)) for d in dropped):
        return "DROPPED"
    if name not in flat:
        return "ABBREVIATION" if any(a and a in flat for a in aliases) else "CANONICAL"
    if _FOREIGN.search(name) or _LATIN.match(name) or (name.startswith("บริษัท") and _LATIN.search(name)):
        return "FOREIGN"
    if gaz.agency_by_form(entity.get("name") or "") is not None:
        return "KNOWN_NAME"
    heads = [f.head for f in gaz.families] + [form for f in gaz.families for form in f.forms]
    heads += [a.name for a in gaz.agencies] + [al for a in gaz.agencies for al in a.aliases]
    return "KNOWN_HEAD" if any(name.startswith(_squeeze(h)) for h in heads if h) else "NO_HEAD"


def entity_causes(gold: dict, system: dict, scorer, types=TYPES, text: str | None = None,
                  gaz=None) -> list[tuple[str, str, str, str]]:
    """(type, FN|FP, cause, name) for every entity of ``types`` the system gets wrong.

    Given the document's ``text`` and the gazetteer, a missed Agency's cause is
    :func:`agency_cause`'s.

    >>> gold = {"entities": [{"id": "g1", "type": "Programme", "name": "โครงการศึกษาผลึกเหลวในอวกาศ"},
    ...                      {"id": "g2", "type": "Programme", "name": "นโยบาย Quick Win"},
    ...                      {"id": "v1", "type": "Province", "name": "ยะลา"},
    ...                      {"id": "g3", "type": "Programme", "name": "โครงการ MERIT MAKER"},
    ...                      {"id": "p1", "type": "Person", "name": "Julie Abraham"},
    ...                      {"id": "p2", "type": "Person", "name": "พระครูปิยวรรณพิพัฒน์"}],
    ...         "relations": [{"type": "PILOT_OF", "head": "v1", "tail": "g2"}]}
    >>> system = {"entities": [{"id": "G1", "type": "Programme", "name": "โครงการศึกษาผลึกเหลว"}], "relations": []}
    >>> for row in entity_causes(gold, system, _scorer_module()): print(row)
    ('Programme', 'FN', 'BOUNDARY', 'โครงการศึกษาผลึกเหลวในอวกาศ')
    ('Programme', 'FN', 'HEAD:นโยบาย', 'นโยบาย Quick Win')
    ('Province', 'FN', 'VIA:PILOT_OF-', 'ยะลา')
    ('Programme', 'FN', 'LATIN', 'โครงการ MERIT MAKER')
    ('Person', 'FN', 'PERSON:Latin', 'Julie Abraham')
    ('Person', 'FN', 'PERSON:royal-or-clergy', 'พระครูปิยวรรณพิพัฒน์')
    ('Programme', 'FP', 'BOUNDARY', 'โครงการศึกษาผลึกเหลว')
    """
    norm = scorer.norm
    sys_keys = {k for e in system["entities"] for k in scorer.entity_keys(e)}
    gold_keys = {k for e in gold["entities"] for k in scorer.entity_keys(e)}
    by_id = {e["id"]: e for e in gold["entities"]}
    found = {e["id"] for e in gold["entities"] if scorer.entity_keys(e) & sys_keys}

    def names(entity: dict) -> list[str]:
        return [norm(n) for n in [entity.get("name")] + list(entity.get("aliases") or []) if norm(n)]

    out = []
    for entity in gold["entities"]:
        kind = entity["type"]
        if kind not in types or entity["id"] in found:
            continue
        others = [n for e in system["entities"] if e["type"] == kind for n in names(e)]
        forms = names(entity)
        if any(_overlaps(f, o) for f in forms for o in others):
            cause = "BOUNDARY"
        elif kind == "Province":
            rels = [r for r in gold["relations"] if entity["id"] in (r["head"], r["tail"])]
            cause = "VIA:" + ",".join(sorted({
                r["type"] + ("+" if (r["tail"] if r["head"] == entity["id"] else r["head"]) in found else "-")
                for r in rels})) if rels else "MISSED"
        elif kind == "Programme" and not any(f.startswith("โครงการ") for f in forms):
            head = forms[0]
            cause = "HEAD:" + ("นโยบาย" if head.startswith("นโยบาย") else "แผน" if head.startswith("แผน")
                               else "Latin" if _LATIN.match(head) else "other")
        elif kind == "Programme" and any(_LATIN.match(f[len("โครงการ"):]) for f in forms if f.startswith("โครงการ")):
            cause = "LATIN"
        elif kind == "Agency" and text is not None and gaz is not None:
            dropped = [d["value"] for d in system.get("dropped") or [] if d.get("type") == "Agency"]
            cause = agency_cause(entity, text, dropped, gaz)
        elif kind == "Person" and any(_LATIN.match(f) for f in forms):
            cause = "PERSON:Latin"
        elif kind == "Person" and any(_ROYAL_OR_CLERGY.search(f) for f in forms):
            cause = "PERSON:royal-or-clergy"
        else:
            cause = "MISSED"
        out.append((kind, "FN", cause, entity.get("name")))
    for entity in system["entities"]:
        kind = entity["type"]
        if kind not in types or scorer.entity_keys(entity) & gold_keys:
            continue
        golds = [n for e in by_id.values() if e["type"] == kind for n in names(e)]
        cause = "BOUNDARY" if any(_overlaps(f, g) for f in names(entity) for g in golds) else "NOT_IN_GOLD"
        out.append((kind, "FP", cause, entity.get("name")))
    return out


PROGRAMME_RELATIONS = ("ORGANIZED", "SUPPORTED", "PILOT_OF", "PART_OF")


def _programme_relations(gold: dict, system: dict, scorer):
    """The gold and system relations to a Programme as (type, gold head, gold tail), the gold ids found, and names."""
    to_gold, hit, names = gold_ids(gold, system, scorer)
    kinds = {e["id"]: e["type"] for e in gold["entities"]}
    kinds.update({"sys:" + e["id"]: e["type"] for e in system["entities"]})
    gold_rel = {(r["type"], r["head"], r["tail"]) for r in gold["relations"]
                if r["type"] in PROGRAMME_RELATIONS and kinds.get(r["tail"]) == "Programme"}
    sys_rel = {(r["type"], to_gold[r["head"]], to_gold[r["tail"]]) for r in system["relations"]
               if r["type"] in PROGRAMME_RELATIONS and kinds.get(to_gold[r["tail"]]) == "Programme"}
    return gold_rel, sys_rel, hit, names


def programme_relation_causes(gold: dict, system: dict, scorer) -> list[tuple[str, str, str, str, str]]:
    """(relation, FN|FP, cause, head, tail) for every relation to a Programme the system gets wrong. Causes:
    PROGRAMME (the programme is not found / not in gold), HEAD (its other end is not), TYPE (the two are
    linked by another of these relations), CUE (a miss with both ends found: the cue was not read) and
    CONTRACT (a spurious one between two gold entities: the contract gives them no such relation).

    >>> gold = {"entities": [{"id": "a", "type": "Agency", "name": "สพฐ."}, {"id": "p", "type": "Programme",
    ...         "name": "โครงการ ก"}, {"id": "q", "type": "Programme", "name": "โครงการ ข"}],
    ...         "relations": [{"type": "ORGANIZED", "head": "a", "tail": "p"}, {"type": "PILOT_OF", "head": "a", "tail": "q"}]}
    >>> system = {"entities": [{"id": "A", "type": "Agency", "name": "สพฐ."}, {"id": "P", "type": "Programme",
    ...           "name": "โครงการ ก"}], "relations": [{"type": "SUPPORTED", "head": "A", "tail": "P"}]}
    >>> for row in programme_relation_causes(gold, system, _scorer_module()): print(row)
    ('ORGANIZED', 'FN', 'TYPE', 'สพฐ.', 'โครงการ ก')
    ('PILOT_OF', 'FN', 'PROGRAMME', 'สพฐ.', 'โครงการ ข')
    ('SUPPORTED', 'FP', 'TYPE', 'สพฐ.', 'โครงการ ก')
    """
    gold_rel, sys_rel, hit, names = _programme_relations(gold, system, scorer)
    gold_pairs, sys_pairs = {(h, t) for _, h, t in gold_rel}, {(h, t) for _, h, t in sys_rel}
    out = []
    for kind, head, tail in sorted(gold_rel - sys_rel):
        cause = ("PROGRAMME" if tail not in hit else "HEAD" if head not in hit
                 else "TYPE" if (head, tail) in sys_pairs else "CUE")
        out.append((kind, "FN", cause, names[head], names[tail]))
    for kind, head, tail in sorted(sys_rel - gold_rel):
        cause = ("PROGRAMME" if tail.startswith("sys:") else "HEAD" if head.startswith("sys:")
                 else "TYPE" if (head, tail) in gold_pairs else "CONTRACT")
        out.append((kind, "FP", cause, names[head], names[tail]))
    return out


def relations_report(set_names: list[str], out: Path, scorer, listing: bool) -> None:
    """The relations to a Programme of each set (only those: an ORGANIZED of an event is not counted): P/R and
    their errors by cause."""
    lines = ["| set | relation | P | R | tp/fp/fn | misses by cause | spurious by cause |", "|---|---|---|---|---|---|---|"]
    rows = []
    for name, (paths, gold) in sets().items():
        if name not in set_names:
            continue
        _, errors = measure(name, paths, gold, out, scorer, classify=programme_relation_causes)
        rows += [(name, *e) for e in errors]
        golds, systems = scorer.load(out / (name + "-gold")), scorer.load(out / name)
        found = Counter(r[0] for doc, g in golds.items() for r in set.intersection(
            *_programme_relations(g, systems.get(doc, {"entities": [], "relations": []}), scorer)[:2]))
        for kind in PROGRAMME_RELATIONS:
            tally = Counter((e[2], e[3]) for e in errors if e[1] == kind)
            tp, fp, fn = found[kind], sum(n for (side, _), n in tally.items() if side == "FP"), \
                sum(n for (side, _), n in tally.items() if side == "FN")
            misses = ", ".join(f"{c} {n}" for (side, c), n in sorted(tally.items()) if side == "FN")
            spurious = ", ".join(f"{c} {n}" for (side, c), n in sorted(tally.items()) if side == "FP")
            p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
            lines.append(f"| {name} | {kind} | {p:.3f} | {r:.3f} | {tp}/{fp}/{fn} | {misses} | {spurious} |")
    print("\n".join(lines))
    if listing:
        for row in rows:
            print("\t".join(str(x) for x in row))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="dev,third,heldout-2,heldout-3")
    parser.add_argument("--types", default=",".join(TYPES))
    parser.add_argument("--out", type=Path, default=None, help="keep outputs here")
    parser.add_argument("--list", action="store_true", help="print every entity error")
    parser.add_argument("--code", type=Path, help="measure the extractor of this checkout (git archive COMMIT)")
    parser.add_argument("--relations", action="store_true",
                        help="relations to a Programme (ORGANIZED, SUPPORTED, PILOT_OF, PART_OF) instead of entities")
    args = parser.parse_args(argv)
    if args.code:
        use_code(args.code.resolve())
    out = args.out or Path(tempfile.mkdtemp(prefix="entity-errors-"))
    scorer, types = _scorer_module(), tuple(args.types.split(","))
    if args.relations:
        relations_report(args.sets.split(","), out, scorer, args.list)
        return 0
    from edugraph.loaders.gazetteer import load_gazetteer
    from edugraph.loaders.normalize import normalize_text
    gaz = load_gazetteer()
    lines = ["| set | type | P | R | F1 | tp/fp/fn | misses by cause | spurious by cause |", "|---|---|---|---|---|---|---|---|"]
    listing = []
    for name, (paths, gold) in sets().items():
        if name not in args.sets.split(","):
            continue
        scores, _ = measure(name, paths, gold, out, scorer)
        texts = {p.name: p for p in paths}
        golds, systems = scorer.load(out / (name + "-gold")), scorer.load(out / name)
        errors = [(doc, *e) for doc, g in sorted(golds.items())
                  for e in entity_causes(g, systems.get(doc, {"entities": [], "relations": []}), scorer, types,
                                         text=normalize_text(texts[doc].read_text(encoding="utf-8")), gaz=gaz)]
        listing += [(name, *e) for e in errors]
        for kind in types:
            b = scores["entity"]["by_type"].get(kind)
            if not b:
                continue
            tally = Counter((e[2], e[3]) for e in errors if e[1] == kind)
            fn = ", ".join(f"{c} {n}" for (side, c), n in sorted(tally.items()) if side == "FN")
            fp = ", ".join(f"{c} {n}" for (side, c), n in sorted(tally.items()) if side == "FP")
            lines.append(f"| {name} | {kind} | {b['p']:.3f} | {b['r']:.3f} | {b['f1']:.3f} | "
                         f"{b['tp']}/{b['fp']}/{b['fn']} | {fn} | {fp} |")
    print("\n".join(lines))
    if args.list:
        for row in listing:
            print("\t".join(str(x) for x in row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
