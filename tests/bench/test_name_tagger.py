"""The issue-13 name-tagger experiment: gold alignment, labels, a real CRF, and the hook that adds its names."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from name_features import (Doc, decode, features, gold_spans, spans_to_labels, tokenize,  # noqa: E402
                           with_old_rules)
from name_tagger import OUTCOME, hooked, train  # noqa: E402

from edugraph.loaders.extract import extract  # noqa: E402
from edugraph.loaders.gazetteer import load_gazetteer  # noqa: E402

COUNCIL = "สภาระหว่างประเทศว่าด้วยการขนส่งที่สะอาด"
TEXT = f"โดยมีผู้แทนจาก{COUNCIL} เข้าร่วมการประชุม"


class SpanTagger:
    """Labels exactly the words of the given (text, TAG) names, wherever they stand: a tagger whose
    answer the test fixes, so that what the hook does with an answer is what is tested."""

    def __init__(self, *names: tuple[str, str]):
        self.names = names
        self.text = ""

    def tag(self, feats):
        tokens = tokenize(self.text)
        assert len(tokens) == len(feats)
        spans = [(at, at + len(name), tag) for name, tag in self.names if (at := self.text.find(name)) >= 0]
        return spans_to_labels(tokens, spans)


def _tagged(text: str, tagger: SpanTagger, **options) -> dict:
    tagger.text = text
    OUTCOME.clear()
    with hooked(tagger, **options):
        return extract(text, doc="d")


def _names(record, kind="Agency"):
    return sorted(e["name"] for e in record["entities"] if e["type"] == kind)


def test_tokens_tile_the_text_and_labels_decode_back_to_their_spans():
    text = "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน (สพฐ.) ร่วมกับ\nโครงการ U-Live by MHESI"
    tokens = tokenize(text)
    assert "".join(word for _, _, word in tokens) == text
    assert all(text[s:e] == word for s, e, word in tokens)
    spans = [(0, 37, "AGY"), (text.index("โครงการ"), len(text), "PRG")]
    labels = spans_to_labels(tokens, spans)
    assert labels[0] == "B-AGY" and labels[-1] == "I-PRG" and "O" in labels
    assert decode(tokens, labels) == spans


def test_gold_names_and_aliases_align_exactly_or_across_spaces():
    text = "กองทุนเพื่อความเสมอภาคทางการศึกษา (กสศ.) ร่วมกับ กสศ. และโครงการ ครูรัก ถิ่น"
    gold = {"entities": [
        {"id": "g1", "type": "Agency", "name": "กองทุนเพื่อความเสมอภาคทางการศึกษา", "aliases": ["กสศ."]},
        {"id": "g2", "type": "Programme", "name": "โครงการครูรักถิ่น"},
        {"id": "g3", "type": "Person", "name": "สมชาย ใจดี"},          # not in the text
        {"id": "g4", "type": "Event", "event_type": "meeting", "date": None}]}
    spans, stats = gold_spans(text, gold)
    assert [(text[s:e], tag) for s, e, tag in spans] == [
        ("กองทุนเพื่อความเสมอภาคทางการศึกษา", "AGY"), ("กสศ.", "AGY"), ("กสศ.", "AGY"),
        ("โครงการ ครูรัก ถิ่น", "PRG")]
    assert stats["Agency"] == {"entities": 1, "aligned": 1, "loose_only": 0, "spans": 3}
    assert stats["Programme"]["loose_only"] == 1 and stats["Person"]["aligned"] == 0


def test_a_crf_trained_on_labelled_words_tags_them(tmp_path):
    gaz = load_gazetteer()
    items = []
    for text, name in ((TEXT, COUNCIL), ("ผู้แทนสภาการศึกษาแห่งชาติ เข้าร่วมการประชุม", "สภาการศึกษาแห่งชาติ")):
        tokens = tokenize(text)
        doc = Doc(text, tokens, ["O"] * len(tokens))
        at = text.index(name)
        items.append({"feats": features(doc, gaz), "labels": spans_to_labels(tokens, [(at, at + len(name), "AGY")])})
    tagger = train(items, tmp_path / "m.crf")
    assert tagger.tag(items[0]["feats"]) == items[0]["labels"]
    assert (tmp_path / "m.crf").stat().st_size > 0


def test_a_tagged_name_the_rules_missed_is_added_before_relations():
    name = "สถาบันการเงินชุมชนไชยสถาน"      # การเงิน after สถาบัน is a common noun to the rules
    text = f"{name} จัดการประชุมเชิงปฏิบัติการ เมื่อวันที่ 3 ก.ค. 2566"
    assert _names(extract(text, doc="d")) == []
    record = _tagged(text, SpanTagger((name, "AGY")))
    assert _names(record) == [name] and OUTCOME["agency added"] == 1
    (agency,) = [e["id"] for e in record["entities"] if e["type"] == "Agency"]
    assert any(r["type"] == "ORGANIZED" and r["head"] == agency for r in record["relations"])


def test_replacing_takes_the_taggers_end_for_a_rules_open_name():
    bureau = "สำนักสนับสนุนสุขภาวะเด็ก เยาวชน และครอบครัว"
    text = f"โดยมีผู้แทนจาก{bureau} เข้าร่วมการประชุม"
    assert _names(extract(text, doc="d")) == ["สำนักสนับสนุนสุขภาวะเด็ก"]
    assert _names(_tagged(text, SpanTagger((bureau, "AGY")))) == ["สำนักสนับสนุนสุขภาวะเด็ก"]
    assert _names(_tagged(text, SpanTagger((bureau, "AGY")), replace=True)) == [bureau]
    assert OUTCOME["rule name replaced"] == 1


def test_a_tagged_name_over_a_rule_mention_changes_nothing():
    text = "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ร่วมลงนามบันทึกความร่วมมือ"
    rules = extract(text, doc="d")
    record = _tagged(text, SpanTagger(("สำนักงานคณะกรรมการการศึกษา", "AGY")))
    assert record["entities"] == rules["entities"] and OUTCOME["overlaps a rule mention"] == 1


def test_a_latin_name_without_a_head_is_added_only_when_asked():
    text = "ทั้งนี้ Google และ สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ร่วมลงนามบันทึกความร่วมมือ"
    assert "Google" not in _names(_tagged(text, SpanTagger(("Google", "AGY")))
                                  ) and OUTCOME["agency without a known head"] == 1
    record = _tagged(text, SpanTagger(("Google", "AGY")), latin=True)
    assert [e["kind"] for e in record["entities"] if e.get("name") == "Google"] == ["other"]


def test_tagged_names_still_pass_the_extractors_name_checks():
    text = "โดยมีผู้แทนจากกรมบัญชีกลางสร้างการรับรู้ เข้าร่วมการประชุม"
    record = _tagged(text, SpanTagger(("ศูนย์วิจัย", "AGY"), ("กรมบัญชีกลางสร้างการรับรู้", "AGY")))
    # the rules' own กรมบัญชีกลาง stands there: the tagger's longer name overlaps it and is not added
    assert _names(record) == ["กรมบัญชีกลาง"]
    text = "ผู้แทนจากศูนย์วิจัย เข้าร่วมการประชุม"
    record = _tagged(text, SpanTagger(("ศูนย์วิจัย", "AGY")))
    assert _names(record) == [] and OUTCOME["agency refused by the name checks"] == 1
    assert _names(extract(TEXT, doc="d")) == []           # ที่ inside: a clause, no name
    assert _names(_tagged(TEXT, SpanTagger((COUNCIL, "AGY")))) == []
    assert OUTCOME["agency refused by the name checks"] == 1


def test_older_rules_labels_replace_the_training_features_only_where_the_text_is_the_same():
    gaz = load_gazetteer()
    tokens = tokenize(TEXT)
    items = [{"path": Path(name), "doc": Doc(TEXT, tokens, ["O"] * len(tokens)), "feats": []} for name in "ab"]
    at = TEXT.index(COUNCIL)
    dumped = {"a": {"text": TEXT, "spans": [[at, at + len(COUNCIL), "AGY"]]},
              "b": {"text": TEXT + " ", "spans": []}}
    assert with_old_rules(items, dumped, gaz) == 1
    first = next(i for i, (s, _, _) in enumerate(tokens) if s == at)
    assert "rule=B-AGY" in items[0]["train_feats"][first] and "train_feats" not in items[1]


def test_the_rerun_trains_on_development_sets_only_and_leaves_out_the_blind_annotated_ones():
    from name_tagger import DEVELOPMENT, LEFT_OUT, VALIDATION

    assert set(LEFT_OUT) <= set(DEVELOPMENT)
    assert not set(VALIDATION) & set(DEVELOPMENT)
    assert {"seeds", "dev", "third"} <= set(DEVELOPMENT) - set(LEFT_OUT)
