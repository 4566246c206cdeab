"""The quality floor: what ``edugraph extract`` writes, scored with the shared scorer.

Each set is extracted with the same library function as ``edugraph extract``
into a temporary folder and scored with ``../shared/tools/score.py --json``;
entity and relation F1 must hold floors set no more than 0.02 below what the
extractor reached (``FLOORS``; the figures it reached are in the comments).

- the five seeds and their gold (``../shared/corpus/seeds``, ``../shared/corpus/gold``);
- the team's examples (``examples/``, gold in ``tests/data/examples-gold``);
- the once-unseen set (``tests/data/unseen-2026-11``);
- the second untouched set (``tests/data/heldout-2``: 16 real records annotated blind, scored once when
  the fourth session's extraction work had been merged; from then on a regression set);
- the third untouched set (``tests/data/heldout-3``: 40 real records annotated blind, half of them naming a
  signing, scored once when the fifth session's extraction work had been merged; from then on a regression set);
- the fourth to twelfth (``tests/data/heldout-4`` to ``heldout-12``: 40 real records each, drawn and annotated the
  same way, scored blind after the sixth to fourteenth session's work; from then on regression sets);
- the development part of ``../shared/corpus/dev`` (every text not named in
  ``tests/data/heldout.txt``) and the held-out third itself, which was scored
  once when tuning on the rest had stopped; from then on it is a regression set.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from edugraph.loaders import extract_to_folder

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score.py"
DEV = SHARED / "corpus" / "dev"
HELD_OUT = {line.strip() for line in (ROOT / "tests" / "data" / "heldout.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}

# (entity F1, relation F1) floors; reached: seeds 1.000/0.998, examples 1.000/0.993,
# unseen-2026-11 0.973/0.955, dev: development part 0.944/0.896 with the i13d event rules (0.936/0.879
# before them; 0.930/0.857 before the i13c rules; 0.924/0.830 before the i13a relation work and the
# i13b name-shape rules); held-out
# third 0.925/0.767 with the i13c rules, 0.922/0.767 before them (both scored after the third
# session's rule work, which never read it), 0.915/0.774 at its first scoring, 0.910/0.765 with
# the code before issue 13
FLOORS = {
    "seeds": (0.98, 0.98),
    "examples": (0.98, 0.975),
    # i13k's event-scope rules: unseen 0.980/0.959, dev 0.945/0.899, held-out third 0.937/0.774 (PYTHONHASHSEED=0)
    # i13p's role and position rules: unseen 0.980/0.963 (not tuned on)
    # i13o's programme relations: unseen 0.980/0.965 (its error list was printed: close to in-sample)
    # i13t's organisers (ร่วมกับ after the title, a committee's own meeting written คณะกรรมการฯ): 0.980/0.968
    # 0.980/0.972 after the eighth session (i13ab's programme organisers): floors raised to within 0.02
    # 0.984/0.976 after the thirteenth session (main 631de55): floors raised to within 0.02
    "unseen": (0.964, 0.956),
    # i13m's position and tour rules: dev 0.945/0.910, heldout-2 0.849/0.717 (in-sample for two of them)
    # i13o's programme and agency names: dev 0.962/0.922, held-out third 0.945/0.781 (its errors were listed, texts unread)
    # i13q's place rules and retrained date chooser: dev 0.944/0.910, third 0.941/0.792 (its place misses were
    # read: in-sample for places), heldout-2 0.858/0.730, heldout-3 0.781/0.613 (both in-sample)
    # both together (the merge): dev 0.961/0.922, third 0.949/0.799, heldout-2 0.877/0.730, heldout-3 0.817/0.619
    # with i13p's role and position rules too: dev 0.962/0.926, third 0.949/0.803 (third not tuned on),
    # heldout-2 0.880/0.773, heldout-3 0.825/0.688 (both tuned on: in-sample)
    # with i13o's programme relations (ภายใต้, grants, a programme's committee, run cues): dev 0.962/0.934
    # (in-sample), third 0.952/0.818 (its relation errors were listed: close to in-sample)
    # with i13v's PART_OF by name, SPOKE_AT cues and position holders: dev 0.964/0.937 (in-sample), third
    # 0.960/0.846 (its relation errors were listed: in-sample); with i13s's days too: dev 0.966/0.938
    # with i13t's event types and organisers: dev 0.966/0.940, third 0.960/0.846
    # with i13r's mined agency names (tools/mine_agencies.py): dev 0.968/0.940 (in-sample), third unchanged
    # with i13ad's unit lists, place-slot provinces and signed titles: dev 0.969/0.942 (in-sample)
    # 0.968/0.942 with s9d's English initiative names (h09's quoted "GPS ๑๑ Model" of an area office is read as one)
    # 0.968/0.943 after the ninth session (main 2976da5): floors raised to within 0.02
    # 0.969/0.946 after the tenth session (main 406596e): floors raised to within 0.02
    # 0.973/0.947 after the eleventh session (main e2975ca): floors raised to within 0.02
    # 0.974/0.949 after the thirteenth session (main 631de55, the same at 2c56910): floors raised to within 0.02
    # 0.976/0.958 after the fourteenth session (main 335eb88): floors raised to within 0.02
    "dev": (0.956, 0.938),
    # i13z's gazetteer of public bodies and prison families (on main 0470877): dev 0.968/0.940 (unchanged), third
    # 0.960/0.850 -> 0.960/0.853 (a wrong PART_OF between a named institute and its college is gone)
    # 0.964/0.865 after the eighth session (i13ae's campuses, i13ab's visits): floors raised to within 0.02
    # 0.964/0.892 after the ninth session (main 2976da5; s9h's witnesses and party lists, its errors read: in-sample
    # from then on): floors raised to within 0.02
    # 0.964/0.896 (the held-out third) after the tenth session (main 406596e): floors raised to within 0.02
    # 0.964/0.904 after the thirteenth session (main 631de55, the same at 2c56910): floors raised to within 0.02
    "held-out": (0.944, 0.884),
    # reached 0.812/0.564 at its one scoring (0.804/0.562 with the code before the fourth session);
    # 0.838/0.664 (relation F1 varies 0.664-0.671 between runs) with the i13i event rules, tuned on it: in-sample;
    # 0.843/0.671 with the learned date chooser, 0.846/0.678 with i13k's event-scope rules too (hash seed 0)
    # 0.869/0.717 with i13o's programme and agency names (in-sample)
    # i13q's agency recall (governments, acronym names, new heads; in-sample), on i13p's rules: 0.877/0.784
    # (0.880/0.773 before: four foreign governments heldout-2's gold leaves out, "any organisation" covers)
    # 0.877/0.788 with i13o's programme relations too (in-sample)
    # 0.880/0.792 with i13p's person rules too (Latin names, glued titles, foreign offices, the one met; in-sample)
    # 0.880/0.802 with i13v's PART_OF by name, SPOKE_AT cues and position holders (in-sample);
    # 0.885/0.832 with i13s's days too
    # 0.888/0.832 with i13r's mined agency names (mined from unannotated records; the set was read before: in-sample)
    # 0.893/0.838 with i13y's event days (u03's festival on its held days: the rule was written for heldout-4)
    # 0.883/0.802 (Event F1 0.970 -> 0.848) with the date rules alone (i13aa: the learned chooser, which dated u09's
    # funeral and u14's meeting in-sample here, was dropped for losing to the rules on heldout-4 and heldout-5)
    # 0.883/0.802 with the date rules alone (i13aa: the learned chooser was trained on this set), then
    # 0.891/0.836 with i13ac's event days and i13ab's roles: floors raised to within 0.02
    # 0.891/0.845 with s9a's event days and types (u03's closing ceremony and festival: in-sample): relation floor raised
    # 0.888/0.840 with s9d's programme names on top (u08's "โครงการสร้าง/ซ่อม…" is now found, but cut before its enumerated
    # purpose: one spurious Programme, its PART_OF and ORGANIZED)
    # 0.889/0.846 after the ninth session (main 2976da5): floors raised to within 0.02
    # 0.894/0.857 after the tenth session (main 406596e): floors raised to within 0.02
    # 0.897/0.860 after the eleventh session (main e2975ca): floors raised to within 0.02
    # 0.908/0.883 after the twelfth session (main 4f2e621): floors raised to within 0.02
    # 0.913/0.888 after the fourteenth session (main 335eb88): floors raised to within 0.02
    "heldout-2": (0.893, 0.868),
    # reached 0.771/0.589 at its one scoring (0.769/0.576 with the code before the fifth session;
    # 0.769/0.584 with the date rules alone, EDUGRAPH_DATE_MODEL=off then)
    # 0.807/0.594 with i13o's programme and agency names (in-sample: its misses were read)
    # 0.837/0.691 with i13q's agency recall on i13p's rules (0.825/0.688 before; in-sample: its agency misses were read)
    # 0.841/0.697 with i13p's person rules too (in-sample: its person misses were read)
    # 0.848/0.709 with i13s's statement and announced days (in-sample: v01-v03, v08 and v32 were read)
    # 0.850/0.723 with i13v's PART_OF by name, SPOKE_AT cues and position holders too (in-sample)
    # 0.859/0.743 with i13t's event types, cue-less ceremonies and organisers (in-sample: its event misses were read)
    # 0.860/0.743 with i13r's mined agency names (in-sample)
    # 0.862/0.746 with i13z's gazetteer of public bodies on main 0470877 (unchanged by it: 232 Agency right, 43 spurious)
    # 0.865/0.746 with i13y's event days (v07's official visit and its meeting, Event F1 0.761 -> 0.789)
    # 0.862/0.740 (Event F1 0.789 -> 0.754) with the date rules alone (i13aa: the learned chooser dropped)
    # 0.865/0.747 with i13ac's event days; 0.866/0.747 with i13ag's named-agreement signings (v08's TH-EFTA
    # signing; Event F1 0.772 -> 0.783); 0.866/0.751 with i13ab's roles on top
    # 0.869/0.757 with s9a's event days and types (v07's JC meeting, v28's yearless day, v32; in-sample): floors raised
    # 0.873/0.763 with s9d's units on top (a body said to be under its parent after what it is; in-sample)
    # 0.880/0.774 after the ninth session (main 2976da5): floors raised to within 0.02
    # 0.893/0.816 after the tenth session (main 406596e): floors raised to within 0.02
    # 0.896/0.826 after the eleventh session (main e2975ca): floors raised to within 0.02
    # 0.899/0.832 after the twelfth session (main 4f2e621): floors raised to within 0.02
    # 0.903/0.838 after the thirteenth session (main 631de55, the same at 2c56910): floors raised to within 0.02
    # 0.906/0.849 after the fourteenth session (main 335eb88): floors raised to within 0.02
    "heldout-3": (0.886, 0.829),
    # reached 0.749/0.477 at its scoring after the sixth session's work, blind (0.736/0.461 with the code before it)
    # 0.752/0.490 with i13s's statement and announced days (validation, not tuned on)
    # 0.756/0.493 with i13v's rules too (validation: scored before and after, its texts and errors unread)
    # 0.756/0.492 with i13t's event rules (validation: scored before and after, unread; 33/69 events either way)
    # 0.757/0.492 with i13r's mined agency names (validation, not tuned on; Agency P/R 0.829/0.679 -> 0.830/0.682)
    # 0.775/0.497 with i13z's gazetteer of public bodies and prison families (in-sample: its agency misses were read;
    # Agency P/R 0.830/0.682 -> 0.839/0.729, 219 -> 234 right, 45 spurious either way)
    # 0.793/0.523 with i13y's event days and official visits on top (in-sample from then on: its texts, gold and
    # event misses were read; Event F1 0.550 -> 0.726, 33 -> 45 of 69 gold events found)
    # 0.801/0.535 with i13ad's place-slot provinces, school-milk programme and signed titles (in-sample)
    # 0.818/0.543 with i13ac's event days; 0.822/0.548 with i13ag's named-agreement signings and announced days
    # (in-sample; Event F1 0.748 -> 0.787, 46 -> 50 of 69 gold events found); 0.822/0.558 with i13ab's roles on top
    # 0.822/0.563 with i13ai's second offices and foreign heads of government (in-sample)
    # 0.822/0.568 with s9c's positions (HOLDS_POSITION 133/6/44 -> 135/6/42; in-sample)
    # 0.826/0.600 with s9a's event days and types on top (w23's opening and expo, w25's undated opening, w26's guest
    # received: in-sample; Event F1 0.787 -> 0.822): floors raised to within 0.02
    # 0.833/0.622 with s9d's programme names and units on top (ministries acting through listed departments, royal
    # dedications, English initiative names; in-sample)
    # 0.838/0.644 after the ninth session (main 2976da5): floors raised to within 0.02
    # 0.850/0.673 after the tenth session (main 406596e): floors raised to within 0.02
    # 0.855/0.689 after the eleventh session (main e2975ca): floors raised to within 0.02
    # 0.862/0.702 after the twelfth session (main 4f2e621): floors raised to within 0.02
    # 0.865/0.711 after the thirteenth session (main 631de55, the same at 2c56910): floors raised to within 0.02
    # 0.869/0.736 after the fourteenth session (main 335eb88): floors raised to within 0.02
    "heldout-4": (0.849, 0.716),
    # reached 0.771/0.597 at its one scoring, blind, after the seventh session's work (0.770/0.592 with the code
    # before it; 0.771/0.607 with the date rules alone)
    # 0.771/0.607 since the date rules alone are shipped (i13aa; validation, not tuned on: scored before and after)
    # 0.773/0.609 with i13ad's relation rules (validation: scored before and after, texts and errors unread)
    # 0.774/0.608 with i13ac's event days; unchanged by i13ag's event exceptions (validation, not tuned on: scored
    # before and after, 29/53 events either way)
    # 0.774/0.604 with i13ab's roles (validation: 5 more spurious PARTICIPATED, on events keyed wrong) and unchanged
    # by i13ae, i13af, i13ag, i13ah, i13ai and i13aj (validation, not tuned on: scored before and after each)
    # 0.774/0.606 with WITNESSED yielding to SIGNED; development data from the ninth session on (its errors read):
    # 0.774/0.622 with s9c's positions (HOLDS_POSITION 112/6/44 -> 120/4/36; in-sample)
    # 0.786/0.681 with s9a's event days and types on top (its event misses read: in-sample; Event F1 0.552 -> 0.667,
    # 29 -> 35 of 53 gold events found): floors raised to within 0.02
    # 0.813/0.721 with s9d's programme names and units on top (in-sample from the ninth session on: its programme and
    # PART_OF errors were read)
    # 0.837/0.740 after the ninth session (main 2976da5): floors raised to within 0.02
    # 0.871/0.769 after the tenth session (main 406596e): floors raised to within 0.02
    # 0.878/0.779 after the eleventh session (main e2975ca): floors raised to within 0.02
    # 0.890/0.792 after the twelfth session (main 4f2e621): floors raised to within 0.02
    # 0.894/0.799 after the thirteenth session (main 631de55, the same at 2c56910): floors raised to within 0.02
    # 0.901/0.808 after the fourteenth session (main 335eb88): floors raised to within 0.02
    "heldout-5": (0.881, 0.788),
    # reached 0.866/0.647 at its one scoring, blind, after the eighth session's work (0.863/0.633 with the code
    # before it, as shipped then; 0.863/0.630 with its date rules alone)
    # 0.866/0.661 with WITNESSED yielding to SIGNED (in-sample from then on: its errors were read), and heldout-5
    # 0.774/0.606 (validation)
    # 0.868/0.664 with s9a's event days and types (validation, not tuned on: scored before and after, summary rows
    # only; Event F1 0.667 -> 0.688)
    # 0.869/0.668 with s9d's programme names and units on top (validation: scored before and after, texts and errors unread;
    # Programme 13/11/26 -> 14/11/25, PART_OF 15/7/28 -> 18/7/25)
    # 0.873/0.674 after the ninth session (main 2976da5; its validation set, scored, not read: 0.866/0.661 at the
    # session's start): floors raised to within 0.02
    # 0.887/0.733 after the tenth session (main 406596e; in-sample from then on: its errors were read): floors
    # raised to within 0.02
    # 0.892/0.758 after the eleventh session (main e2975ca): floors raised to within 0.02
    # 0.902/0.777 after the twelfth session (main 4f2e621): floors raised to within 0.02
    # 0.912/0.786 after the thirteenth session (main 631de55): floors raised to within 0.02
    # 0.917/0.789 after the fourteenth session (main 335eb88): floors raised to within 0.02
    "heldout-6": (0.897, 0.769),
    # reached 0.791/0.575 at its one scoring, blind, after the ninth session's work (main 2976da5; 0.784/0.557 with
    # the code before it, 3fab067)
    # 0.803/0.621 after the tenth session (main 406596e), whose validation set it was (scored before and after each
    # helper's work, summary rows only, texts and errors unread; 0.791/0.575 at the session's start, Event F1 0.655
    # -> 0.708, SIGNED 0.405 -> 0.658): floors raised to within 0.02
    # 0.833/0.698 after the eleventh session (main e2975ca), in-sample from then on (its errors were read; Event F1 0.708 -> 0.835):
    # floors raised to within 0.02
    # 0.852/0.741 after the twelfth session (main 4f2e621): floors raised to within 0.02
    # 0.864/0.756 after the thirteenth session (main 631de55): floors raised to within 0.02
    # 0.879/0.780 after the fourteenth session (main 335eb88): floors raised to within 0.02
    "heldout-7": (0.859, 0.76),
    # reached 0.796/0.631 at its one scoring, blind, after the tenth session's work (main 406596e; 0.796/0.628 with
    # the code before it, 397394c)
    # 0.803/0.642 after the eleventh session (main e2975ca), whose validation set it was (scored before and after each helper's
    # work, summary rows only, texts and errors unread; 0.796/0.631 at the session's start): floors raised to within 0.02
    # 0.836/0.714 after the twelfth session (main 4f2e621), in-sample from then on (its errors were read; Event F1
    # 0.695 -> 0.735): floors raised to within 0.02
    # 0.849/0.735 after the thirteenth session (main 631de55): floors raised to within 0.02
    # 0.872/0.750 after the fourteenth session (main 335eb88): floors raised to within 0.02
    "heldout-8": (0.852, 0.73),
    # reached 0.841/0.604 at its one scoring, blind, after the eleventh session's work (main e2975ca; 0.838/0.595
    # with the code before it, ad44532)
    # 0.850/0.618 after the twelfth session (main 4f2e621), whose validation set it was (scored before and after each
    # helper's work, summary rows only, texts and errors unread but for two helpers' stray grep lines, see its README;
    # 0.841/0.604 at the session's start, Event F1 0.618 -> 0.624, SIGNED 0.626 -> 0.646): floors raised to within 0.02
    # 0.873/0.711 after the thirteenth session (main 2c56910), in-sample from then on (its errors were read; Event
    # F1 0.624 -> 0.673, SUPPORTED 1 -> 13 of 19 found): floors raised to within 0.02
    # 0.885/0.737 after the fourteenth session (main 335eb88): floors raised to within 0.02
    "heldout-9": (0.865, 0.717),
    # reached 0.810/0.592 at its one scoring, blind, after the twelfth session's work (main 4f2e621; 0.806/0.583
    # with the code before it, 82fbe15)
    # 0.810/0.591 after the thirteenth session's first round (main 2c56910), whose validation set it was (scored before
    # and after each helper's work, summary rows only, texts and errors unread; 0.810/0.592 at the session's start):
    # no helper's change moved it by more than 0.001; then development data for a second round: 0.813/0.593 (main
    # 631de55, s13m's events and s13n's programme ends): floors raised to within 0.02
    # 0.844/0.655 after the fourteenth session (main 335eb88), development data in it (its errors were read;
    # Event F1 0.655 -> 0.739, SIGNED 0.604 -> 0.800): floors raised to within 0.02
    "heldout-10": (0.824, 0.635),
    # reached 0.822/0.644 at its one scoring, blind, after the thirteenth session's work (main 2c56910; 0.817/0.626
    # with the code before it, e2a8028; 0.823/0.639 without w10, a re-issue of heldout-4's w06); the same after a
    # second round for which it was the validation set (main 631de55: summary rows only)
    # 0.829/0.647 after the fourteenth session (main 335eb88), whose validation set it was (scored before and after
    # each helper's work, summary rows only, texts and errors unread; Programme F1 0.465 -> 0.545): floors raised to within 0.02
    "heldout-11": (0.809, 0.627),
    # reached 0.836/0.676 at its one scoring, blind, after the fourteenth session's work (main 335eb88; 0.833/0.676
    # with the code before it, feeb7a8)
    "heldout-12": (0.816, 0.656),
}


def _score(gold: Path, out: Path) -> dict:
    # the shared scorer's matching follows set order, so its relation figures move by up to
    # 0.007 with Python's hash seed (heldout-2: 0.664 or 0.671 on the same output); one seed
    # keeps a floor failure reproducible
    result = subprocess.run([sys.executable, str(SCORER), str(gold), str(out), "--json"],
                            capture_output=True, text=True, check=True, timeout=120,
                            env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(result.stdout[:result.stdout.rindex("}") + 1])


def _extract(paths: list[Path], out: Path) -> None:
    written, quarantined = extract_to_folder(paths, out)
    assert not quarantined, [(q.source_id, q.reason) for q in quarantined]
    assert written == len(paths)


def _gold_subset(names: list[str], gold: Path, folder: Path) -> Path:
    folder.mkdir()
    for name in names:
        source = gold / (Path(name).stem + ".json")
        (folder / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def _assert_floor(name: str, scores: dict) -> None:
    entity, relation = scores["entity"]["f1"], scores["relation"]["f1"]
    entity_floor, relation_floor = FLOORS[name]
    assert entity >= entity_floor, f"{name}: entity F1 {entity:.3f} < {entity_floor}: {scores['entity']['by_type']}"
    assert relation >= relation_floor, \
        f"{name}: relation F1 {relation:.3f} < {relation_floor}: {scores['relation']['by_type']}"


def _sets() -> dict[str, tuple[list[Path], Path]]:
    examples = ROOT / "examples"
    return {
        "seeds": (sorted((SHARED / "corpus" / "seeds").glob("*.txt")), SHARED / "corpus" / "gold"),
        "examples": (sorted(p for p in examples.iterdir() if p.suffix in (".txt", ".html")),
                     ROOT / "tests" / "data" / "examples-gold"),
        "unseen": (sorted((ROOT / "tests" / "data" / "unseen-2026-11" / "releases").glob("*.txt")),
                   ROOT / "tests" / "data" / "unseen-2026-11" / "gold"),
        "heldout-2": (sorted((ROOT / "tests" / "data" / "heldout-2" / "texts").glob("*.txt")),
                      ROOT / "tests" / "data" / "heldout-2" / "gold"),
        "heldout-3": (sorted((ROOT / "tests" / "data" / "heldout-3" / "texts").glob("*.txt")),
                      ROOT / "tests" / "data" / "heldout-3" / "gold"),
        "heldout-4": (sorted((ROOT / "tests" / "data" / "heldout-4" / "texts").glob("*.txt")),
                      ROOT / "tests" / "data" / "heldout-4" / "gold"),
        "heldout-5": (sorted((ROOT / "tests" / "data" / "heldout-5" / "texts").glob("*.txt")),
                      ROOT / "tests" / "data" / "heldout-5" / "gold"),
        "heldout-6": (sorted((ROOT / "tests" / "data" / "heldout-6" / "texts").glob("*.txt")),
                      ROOT / "tests" / "data" / "heldout-6" / "gold"),
        "heldout-7": (sorted((ROOT / "tests" / "data" / "heldout-7" / "texts").glob("*.txt")),
                      ROOT / "tests" / "data" / "heldout-7" / "gold"),
        "heldout-8": (sorted((ROOT / "tests" / "data" / "heldout-8" / "texts").glob("*.txt")),
                      ROOT / "tests" / "data" / "heldout-8" / "gold"),
        "heldout-9": (sorted((ROOT / "tests" / "data" / "heldout-9" / "texts").glob("*.txt")),
                      ROOT / "tests" / "data" / "heldout-9" / "gold"),
        "heldout-10": (sorted((ROOT / "tests" / "data" / "heldout-10" / "texts").glob("*.txt")),
                       ROOT / "tests" / "data" / "heldout-10" / "gold"),
        "heldout-11": (sorted((ROOT / "tests" / "data" / "heldout-11" / "texts").glob("*.txt")),
                       ROOT / "tests" / "data" / "heldout-11" / "gold"),
        "heldout-12": (sorted((ROOT / "tests" / "data" / "heldout-12" / "texts").glob("*.txt")),
                       ROOT / "tests" / "data" / "heldout-12" / "gold"),
    }


@pytest.mark.skipif(not SCORER.is_file(), reason=f"the shared scorer is not at {SCORER}")
@pytest.mark.parametrize("name", ["seeds", "examples", "unseen", "heldout-2", "heldout-3", "heldout-4", "heldout-5",
                                  "heldout-6", "heldout-7", "heldout-8", "heldout-9", "heldout-10",
                                  "heldout-11", "heldout-12"])
def test_extraction_meets_the_quality_floor(name, tmp_path):
    releases, gold = _sets()[name]
    if not releases or not gold.is_dir():
        pytest.skip(f"the {name} set is not there")
    _extract(releases, tmp_path / "out")
    _assert_floor(name, _score(gold, tmp_path / "out"))


@pytest.mark.skipif(not (SCORER.is_file() and DEV.is_dir()), reason=f"the development set is not at {DEV}")
@pytest.mark.parametrize("part", ["dev", "held-out"])
def test_both_parts_of_the_dev_set_meet_their_floors(part, tmp_path):
    texts = sorted(p for p in (DEV / "texts").glob("*.txt") if (p.name in HELD_OUT) == (part == "held-out"))
    assert len(texts) == (13 if part == "held-out" else 27)
    _extract(texts, tmp_path / "out")
    gold = _gold_subset([p.name for p in texts], DEV / "gold", tmp_path / "gold")
    _assert_floor(part, _score(gold, tmp_path / "out"))
