"""Precision in the wild: judged real-world records.

``tests/data/realworld-sample`` (40 records of ``thaigov-education.jsonl``) was judged and then tuned on, so
its precision is in-sample; ``tests/data/realworld-sample-2`` (25 other records of it) was drawn before the
fourth session's name-shape rules and judged after them; ``tests/data/realworld-sample-3`` (25 records of
general news, ``thaigov-sample.jsonl``) was drawn and first judged before the fifth session's rules: its first
figure is that session's out-of-sample estimate.

Every entity and relation the extractor produced on the sample was judged by
hand against the contract (``judged.json``: ``right``, ``wrong`` with the reason,
``still_found``, the wrong facts it still produced when last judged, and ``renamed``, right facts
that it now writes in a fuller form, also judged right).  On
every run: the facts judged right are still found, the wrong ones that were
fixed do not come back, nothing new appears unjudged, and precision holds its
floor.  A change that moves the sample must re-judge it (see ``realworld_sample.py``).
"""
from __future__ import annotations

import json

import pytest

from realworld_sample import CORPUS, GENERAL, SAMPLES, sample_facts

# (records, entity precision floor, relation precision floor) per sample; measured: sample 1 0.884 / 0.804
# (in-sample, after tuning; 0.836 / 0.789 when first judged), sample 2 0.839 / 0.771 (when judged, out of sample);
# after the i13c rules: sample 1 0.887 / 0.802, sample 2 0.846 / 0.769; after the i13e rules: sample 1
# 0.894 / 0.823 (0.885 / 0.802 before them, with 91580's Province re-judged), sample 2 0.862 / 0.784; after
# the i13d event rules: sample 1 0.897 / 0.829 (91580's Province re-judged right: it now takes part in a
# right HELD_IN), sample 2 0.864 / 0.799; after the i13i event-date rules: sample 1 0.903 / 0.835 (0.902 / 0.835
# before them), sample 2 0.878 / 0.803 (0.873 / 0.800 before them)
# sample 3 (general news) when first judged, out of sample, on the code before the fifth session: 0.901 / 0.816.
# After the i13l rules: sample 1 0.905 / 0.830 (0.901 / 0.802 before them, with 14 facts re-judged: the visitors'
# offices of 80069 and 82452, 76680's misread สำนักงาน ก.พ.ร.), sample 2 0.897 / 0.813 (0.878 / 0.803 before),
# sample 3 0.957 / 0.894 (in-sample from then on). After i13k's event-scope rules: sample 1 0.908 / 0.835, sample 2
# 0.900 / 0.818, sample 3 0.957 / 0.887 (events alone 0.780 -> 0.814, 0.743 -> 0.788, 0.826 -> 0.833). The date
# chooser retrained with heldout-3 (i13q): sample 1 0.908 / 0.835, sample 2 0.905 / 0.830, sample 3 0.961 / 0.887;
# with i13q's place rules and the เป็น rule too: 0.910 / 0.836, 0.905 / 0.833, 0.965 / 0.890; with i13o's names too
# 0.913 / 0.837, 0.907 / 0.830, 0.965 / 0.890; with i13p's role and position rules (22 new facts judged right, 5
# wrong, 76295's minister re-judged SPOKE_AT): 0.913 / 0.843, 0.905 / 0.852, 0.966 / 0.899
# (the chooser retrained again with i13n's told features moves no sample fact); with i13p's person
# rules (Latin names, glued titles; 5 new facts judged right): 0.914 / 0.844, 0.905 / 0.852, 0.966 / 0.899
# i13v's PART_OF by name, SPOKE_AT cues and position holders (15 new facts judged right, 82452's governor
# re-judged SPOKE_AT): 0.917 / 0.839, 0.903 / 0.849, 0.966 / 0.899 (0.916 / 0.834, 0.903 / 0.848, 0.966 / 0.899
# on main before them)
# i13t's event types, cue-less ceremonies, headline events and organisers (40 new facts judged: 38 right, 2 wrong;
# 60723's closing ceremony now carries the facts its judge had found on a wrongly dated training), on main 3e99e46:
# sample 1 0.917 / 0.839 -> 0.917 / 0.842, sample 2 0.903 / 0.849 -> 0.904 / 0.852, sample 3 0.966 / 0.899 -> 0.970 / 0.936
# i13r's mined agency names (8 new facts judged: 6 right, 2 wrong; 2 renamed to the official spelling): sample 1
# 0.917 / 0.842 -> 0.918 / 0.840 (719/784 -> 724/789; 346/411 -> 347/413: a corps named in the topic of a
# discussion is read as taking part), sample 2 0.904 / 0.852 -> 0.904 / 0.852 (155/182 -> 156/183), sample 3 unchanged
# i13x's programme names mined from the corpus and found bare (10 new Programme entities and one PART_OF judged
# right, a visit's PART_OF judged wrong and then kept out), on main 4bc98e4:
# 0.918 / 0.840 -> 0.918 / 0.840 (entities 724 -> 729 right, 65 wrong), 0.904 / 0.852 -> 0.904 / 0.852, 0.970 / 0.936 unchanged
# i13z's gazetteer of public bodies (courts, public organisations, state enterprises, universities; 13 new facts judged
# right, 5 facts renamed: three companies now written in their official spelling, บริษัท ขนส่ง จำกัด): sample 1 0.918 / 0.840 ->
# 0.920 / 0.843 (735/799, 350/415), sample 2 0.904 / 0.852 -> 0.905 / 0.852 (354/391), sample 3 0.970 / 0.936 unchanged
# i13y's event days and official visits (เดินทางเยือน; 9 new facts judged: 6 right, 3 wrong; one SPOKE_AT moved from
# a meeting to the study visit it was given on, renamed), on main e7f0605: 0.920 / 0.843 -> 0.921 / 0.843 (736/799,
# 350/415), 0.905 / 0.852 -> 0.906 / 0.852 (355/392), 0.970 / 0.936 -> 0.974 / 0.950 (261/268, 134/141)
# The date rules alone, the learned date chooser dropped (i13aa; 7 records move: the chooser's right days for 98738's
# signing, 90367's visit, 69737's park opening and 45655's summit are no longer found, its wrong days for 84199, 77810
# and 76680 give way to the rules' wrong ones judged before; 98738's undated signing re-judged wrong by the contract,
# its day being stated): 0.921 / 0.843 -> 0.920 / 0.836 (735/799, 347/415), 0.906 / 0.852 -> 0.903 / 0.847
# (354/392, 155/183), 0.974 / 0.950 -> 0.970 / 0.950 (260/268, 134/141)
# i13ae's foreign bodies and campuses (7 new entities judged right: foreign cabinets named from their PMs' titles, a
# campus; a campus's PART_OF right; the Australian cabinet's PARTICIPATED wrong), on main 367f58e: 0.921 / 0.838 ->
# 0.921 / 0.839 (739/802, 348/415), 0.903 / 0.847 -> 0.903 / 0.842 (355/393, 155/184), 0.970 / 0.950 -> 0.970 / 0.950
# (261/269, 134/141)
# i13ab's role cues (hosts who receive guests, the guest received, official visits, follow-ups; 20 new facts judged:
# 19 right, 1 wrong; 76295's minister keeps his chair past the hosts' aside), on main 44d90a9: 0.921 / 0.839 ->
# 0.921 / 0.842 (739/802, 357/424), 0.903 / 0.842 -> 0.903 / 0.838 (355/393, 155/185), 0.970 / 0.950 -> 0.970 / 0.953
# (261/269, 142/149)
# i13ai's positions (a second office glued to a position head, not a group of people: nothing new; a foreign state
# glued to an office: 93614's Lao prime minister no longer holds the Thai cabinet), on main d77715f: 0.921 / 0.842 ->
# 0.921 / 0.844 (739/802, 357/423), samples 2 and 3 unchanged (0.903 / 0.838, 0.970 / 0.953)
# schema.yaml's WITNESSED yields_to SIGNED (the lead, after heldout-6 was scored: 18 of its witnesses were signers read
# from the list after a witness cue): 85003's minister, judged a witness, not a signer, is now only the signer the
# extractor wrongly makes him (his WITNESSED no longer found, removed from "right"); sample 2 0.903 / 0.839 ->
# 0.903 / 0.838 (155/185), samples 1 and 3 unchanged
# s9c's positions (a minister's office after a spaced และ or stacked ranks, คณะที่ปรึกษา, a Latin gloss between a
# name and its position; 3 new HOLDS_POSITION judged right: 90367's and 85003's ministry, 79890's Australian cabinet):
# sample 1 0.921 / 0.844 (357/423) -> 0.921 / 0.844 (358/424), sample 2 0.903 / 0.838 -> 0.903 / 0.844 (157/186),
# sample 3 unchanged. An office written before a bracketed name (รองนายกรัฐมนตรี (นายภูมิธรรม เวชยชัย)): 9 new
# HOLDS_POSITION judged, 8 right, 1 wrong (76680's "... (นายเฉลิมชัย ศรีอ่อน) ในขณะนั้น", an office he held then):
# sample 1 0.844 -> 0.844 (362/429), sample 2 0.844 -> 0.847 (160/189), sample 3 0.953 -> 0.953 (143/150)
# s9a's event days and types, measured on s9c's positions: a day "ของทุกปี" is a recurring occasion's (69591's World
# Soil Day event and its two relations, judged wrong, are gone: removed from still_found); a reference cue glued to a
# name names its own occasion (82452: the chaired "การประชุมติดตาม..." is a meeting of its own beside the ลงพื้นที่, the
# contract's two activities with their own cues; the chair and those who "ร่วมประชุม" move from the visit, which has no
# ประธาน cue, to the meeting, re-judged right); the story's first chaired opening with a place and no day is an event
# (92856's project opening at a school in Nong Bua Lamphu, undated; 6 new facts judged right): sample 1
# 0.921 / 0.844 -> 0.922 / 0.846 (741/804, 367/434), sample 2 0.903 / 0.847 -> 0.906 / 0.856 (355/392, 160/187),
# sample 3 unchanged (0.970 / 0.953)
# s9b's roles (a minister or PM written alone makes no body take part; a signing's parties organise nothing; the cabinet
# hosts nothing through its PM; รมว.อว. is the minister): nothing new; 2 wrong facts no longer found and taken off
# still_found (76680's and 76293's ministries taking part through an unnamed minister), measured on main f81c5dd
# (s9a's, s9c's and s9d's rules merged): sample 1 0.923 / 0.846 -> 0.923 / 0.850 (741/803, 368/433), samples 2 and 3
# unchanged
FLOORS = {"realworld-sample": (40, 0.894, 0.824), "realworld-sample-2": (25, 0.885, 0.832),
          "realworld-sample-3": (25, 0.946, 0.879)}

pytestmark = pytest.mark.skipif(not (CORPUS.is_file() and GENERAL.is_file()),
                                reason=f"the real-world corpus is not at {CORPUS.parent}")


@pytest.fixture(scope="module")
def found_in_all():
    return sample_facts(SAMPLES)


@pytest.fixture(params=[sample.name for sample in SAMPLES])
def judged_and_found(request, found_in_all):
    sample = next(s for s in SAMPLES if s.name == request.param)
    judged = json.loads((sample / "judged.json").read_text(encoding="utf-8"))
    return judged, {doc: facts for doc, facts in found_in_all.items() if doc in judged}, request.param


def test_the_sample_is_the_committed_draw(judged_and_found):
    judged, found, name = judged_and_found
    assert sorted(found) == sorted(judged) and len(judged) == FLOORS[name][0]


def test_facts_judged_right_are_still_found(judged_and_found):
    judged, found, _ = judged_and_found
    # a right fact the extractor now writes in a fuller form (``renamed``: old → new) must be found in
    # that form, itself judged right (มูลนิธิฝนหลวง → มูลนิธิฝนหลวง ในพระบรมราชูปถัมภ์)
    lost = [(doc, fact) for doc, facts in judged.items() for fact in facts["right"] if fact not in found[doc]
            and not (facts.get("renamed", {}).get(fact) in found[doc] and facts["renamed"][fact] in facts["right"])]
    assert not lost, lost[:20]


def test_facts_judged_wrong_and_fixed_do_not_come_back(judged_and_found):
    judged, found, _ = judged_and_found
    back = [(doc, fact, why) for doc, facts in judged.items() for fact, why in facts["wrong"].items()
            if fact in found[doc] and fact not in facts["still_found"]]
    assert not back, back[:20]


def test_nothing_new_goes_unjudged(judged_and_found):
    judged, found, _ = judged_and_found
    new = [(doc, fact) for doc, facts in found.items() for fact in facts
           if fact not in judged[doc]["right"] and fact not in judged[doc]["wrong"]]
    assert not new, f"judge these and add them to judged.json: {new[:20]}"


def test_precision_in_the_wild_holds_its_floor(judged_and_found):
    judged, found, name = judged_and_found
    for prefix, floor in (("E ", FLOORS[name][1]), ("R ", FLOORS[name][2])):
        right = sum(f in found[d] for d, facts in judged.items() for f in facts["right"] if f.startswith(prefix))
        wrong = sum(f in found[d] for d, facts in judged.items() for f in facts["wrong"] if f.startswith(prefix))
        assert right / (right + wrong) >= floor, (prefix, right, wrong)
