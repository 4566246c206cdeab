"""Mine the programme names that recur across the unannotated real-world corpus (issue 13).

A named initiative is written in full once (``โครงการคลินิกแก้หนี้``, ``โครงการ TO BE NUMBER ONE``) and bare
elsewhere (``ผ่านคลินิกแก้หนี้``, ``สมาชิกชมรม TO BE NUMBER ONE``): the bare form has no head the programme
finder knows.  This script runs the finder over every release of ``../shared/corpus/realworld/`` that no
evaluation set holds, strips ``โครงการ`` from each name it finds, and keeps a name that

- the corpus writes after ``โครงการ`` in at least ``--min-full`` releases and bare (not after ``โครงการ``)
  in at least ``--min-bare``;
- it quotes bare in at least ``--min-quoted`` releases and a tenth of those it writes it bare in (the press
  quotes a name, not a description); a Latin name, seldom quoted, may instead follow ``โครงการ`` in five
  releases and stand bare in no more than three times as many (not Quick Win: 5 and 56, mostly a phrase);
- opens with no verb, nominaliser or event cue (ก่อสร้างถนน…, การขนส่งทางราง describe work; มหกรรม… is an
  event's title), nor with an agency's head (ศูนย์ข้าวชุมชน is a centre), and is no agency's name.

The list is written to ``loaders/data/programmes_mined.yaml`` (section ``recurring_programmes``); the
finder then finds those names bare (``loaders/recurring_programmes.py``).

Left out of the mining, and checked on every record: every record an evaluation set holds
(``tools/evaluation_ids.py``: the held-out sets, the judged samples, the dev texts, and any set being
annotated blind, ``EDUGRAPH_BLIND_IDS``), so a name found in a scored text counts only where other releases
taught it.

    .venv/bin/python bench/mine_programmes.py [--min-full 2] [--min-bare 2] [--min-quoted 1] [--write]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REALWORLD = SHARED / "corpus" / "realworld"
OUT = ROOT / "loaders" / "data" / "programmes_mined.yaml"
_MIN_NAME_CHARS = 6             # a shorter bare form (โครงการ ABC → ABC) is too often something else
_LATIN_MIN_FULL = 5            # a Latin name the press seldom quotes: enough releases after โครงการ
_LATIN_MAX_BARE_SHARE = 3      # Quick Win, bare in 56 releases for 5 after โครงการ, is mostly a phrase (ปฏิบัติการ Quick Win)
_MIN_QUOTED_SHARE = 0.1        # จิตอาสาพระราชทาน, quoted in 1 of its 90 bare releases, is mostly the volunteers
_MAX_NAME_CHARS = 60            # a longer one is never written bare the same way


def excluded_ids() -> set[str]:
    """Every record id an evaluation set holds (the held-out sets, the judged samples, the dev texts, a blind set)."""
    sys.path.insert(0, str(ROOT / "tools"))
    from evaluation_ids import all_evaluation_ids

    return all_evaluation_ids()


def mine(min_full: int, min_bare: int, min_quoted: int) -> list[tuple[str, int, int, int]]:
    """(bare name, releases writing it after โครงการ, releases writing it bare), for the names that pass."""
    from edugraph.loaders.gazetteer import load_gazetteer
    from edugraph.loaders.programmes import find_programmes

    gaz = load_gazetteer()
    excluded = excluded_ids()
    full: dict[str, set[str]] = defaultdict(set)
    texts: dict[str, str] = {}
    for path in sorted(REALWORLD.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            rid = record.get("id")
            if not rid or rid in excluded:
                continue
            text = (record.get("title") or "") + "\n" + (record.get("body") or "")
            texts[rid] = text
            for mention in find_programmes(text, gaz):
                base = mention.base or ""
                if base.startswith("โครงการ"):
                    bare = base[len("โครงการ"):].strip()
                    if _MIN_NAME_CHARS <= len(bare) <= _MAX_NAME_CHARS:
                        full[bare].add(rid)
    kept = []
    for bare, rids in sorted(full.items()):
        if len(rids) < min_full or gaz.agency_by_form(bare) is not None:
            continue
        if not _looks_like_a_name(bare, gaz):
            continue
        rx = re.compile(r"(?<!โครงการ)(?<!โครงการ )" + re.escape(bare))
        quoted_rx = re.compile(r"[“\"‘']" + re.escape(bare) + r"[”\"’']")
        holding = [t for t in texts.values() if bare in t]
        bare_in = sum(1 for t in holding if rx.search(t))
        quoted_in = sum(1 for t in holding if quoted_rx.search(t))
        known = (quoted_in >= min_quoted and quoted_in >= _MIN_QUOTED_SHARE * bare_in) or (
            not is_thai(bare[0]) and len(rids) >= _LATIN_MIN_FULL and bare_in <= _LATIN_MAX_BARE_SHARE * len(rids))
        if bare_in >= min_bare and known:
            kept.append((bare, len(rids), bare_in, quoted_in))
    return kept


def _looks_like_a_name(bare: str, gaz) -> bool:
    """A proper name, not a description of the work (ก่อสร้างถนน…, พัฒนาระบบ…, การขนส่งทางราง), an event's
    title (มหกรรมแก้หนี้…) or a body (ศูนย์ข้าวชุมชน): the first word is no verb, no nominaliser (การ, ความ),
    no event cue and no agency's head."""
    from edugraph.loaders.words import split_words, word_tag

    if not is_thai(bare[0]):
        return True
    first = split_words(bare)[0]
    return not bare.startswith(("การ", "ความ")) and not (word_tag(first) or "").startswith("V") and not gaz.event_cue_rx.match(bare) \
        and gaz.family_head_form(first) is None


def is_thai(char: str) -> bool:
    return "\u0e00" <= char <= "\u0e7f"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-full", type=int, default=2)
    parser.add_argument("--min-bare", type=int, default=2)
    parser.add_argument("--min-quoted", type=int, default=1)
    parser.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    kept = mine(args.min_full, args.min_bare, args.min_quoted)
    print("| name | releases with โครงการ | releases bare | releases quoted |\n|---|---|---|---|")
    for bare, n_full, n_bare, n_quoted in kept:
        print(f"| {bare} | {n_full} | {n_bare} | {n_quoted} |")
    if args.write:
        lines = ["# Written by bench/mine_programmes.py (do not edit by hand; rerun it): programme names the real-world",
                 f"# corpus writes after โครงการ in >= {args.min_full} releases and bare in >= {args.min_bare}, mined with",
                 "# every blind and in-sample record left out.  The finder finds them bare.",
                 "recurring_programmes:"]
        lines += [f"  - {json.dumps(bare, ensure_ascii=False)}" for bare, *_ in kept]
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT.parent))
    raise SystemExit(main())
