"""``edugraph review``, ``judge`` and ``explain``'s merge rule, in-process, on both stores."""
from __future__ import annotations

import json

import yaml
from click.testing import CliRunner

from edugraph.cli import cli
from edugraph.graph.importer import import_records
from edugraph.graph.readside import graph_stats
from edugraph.graph.resolve.judgements import load_judgements


def invoke(args, env):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def reports(record):
    def report(source, title, chair):
        return record(source, [{"id": "e", "type": "Event", "event_type": "signing", "date": "2022-04-19",
                                "title": title},
                               {"id": "v", "type": "Province", "name": "สุโขทัย"},
                               {"id": "p", "type": "Person", "name": chair, "title": "นาย",
                                "position": "ผู้ว่าราชการจังหวัดสุโขทัย"}],
                      [("HELD_IN", "e", "v"), ("CHAIRED", "p", "e")])
    return [report("a.txt", "พิธีลงนามบันทึกข้อตกลงพัฒนาพื้นที่นวัตกรรมการศึกษา", "วิรุฬ พรรณเทวี"),
            report("b.txt", "ลงนามบันทึกข้อตกลงพัฒนาพื้นที่นวัตกรรมการศึกษาสุโขทัย", "วิรุฬ พรรณเทวี"),
            record("c.txt", [{"id": "p", "type": "Person", "name": "วิรุฬห์ พรรณเทวี", "title": "นาย",
                              "position": "ผู้ว่าราชการจังหวัดพิษณุโลก"}])]


def test_explain_shows_the_rule_and_evidence_that_joined_two_reports(clean_store, store_cli_env, record):
    import_records(clean_store, reports(record))
    shown = invoke(["explain", "Event:signing:2022-04-19:สุโขทัย"], store_cli_env)
    assert shown.exit_code == 0, shown.output
    assert "from 2 document(s)" in shown.output
    assert "put here by event_evidence" in shown.output and "shared people: วิรุฬ พรรณเทวี" in shown.output
    as_json = json.loads(invoke(["explain", "--json", "Event:signing:2022-04-19:สุโขทัย"], store_cli_env).output)
    assert sorted(d["rule"] for d in as_json["documents"]) == ["event_evidence", "first_report"]


def test_review_lists_a_near_name_and_judge_records_what_the_next_import_applies(clean_store, store_cli_env,
                                                                                record, tmp_path):
    records = reports(record)
    import_records(clean_store, records)
    assert graph_stats(clean_store)["nodes"]["Person"] == 2          # other position: only a candidate
    listed = invoke(["review", "--label", "Person", "--json"], store_cli_env)
    [pair] = json.loads(listed.output)
    assert {pair["left"], pair["right"]} == {"Person:วิรุฬพรรณเทวี", "Person:วิรุฬห์พรรณเทวี"}
    assert pair["rule"] == "near_name" and not pair["merged"]
    judgements = tmp_path / "judgements.yaml"
    said = invoke(["judge", "same", pair["left"], pair["right"], "--judgements", str(judgements),
                   "--note", "one governor, two spellings"], store_cli_env)
    assert said.exit_code == 0, said.output
    said = invoke(["judge", "different", "Event:a.txt#e", "Event:b.txt#e", "--judgements", str(judgements)],
                  store_cli_env)
    assert said.exit_code == 0, said.output
    assert [list(entry) for entry in yaml.safe_load(judgements.read_text(encoding="utf-8"))["judgements"]] == \
        [["same", "note"], ["different"]]
    import_records(clean_store, records, judgements=load_judgements(judgements))
    stats = graph_stats(clean_store)["nodes"]
    assert (stats["Person"], stats["Event"]) == (1, 2)
    assert json.loads(invoke(["review", "--label", "Person", "--json", "--judgements", str(judgements)],
                             store_cli_env).output) == []


def test_a_judgement_file_that_does_not_load_is_a_clear_error(store_cli_env, tmp_path):
    bad = tmp_path / "judgements.yaml"
    bad.write_text("judgements:\n  - same: [Person:ก]\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["review", "--judgements", str(bad)], env=store_cli_env)
    assert result.exit_code == 2
    assert "judgements[0]: 'same' takes two references, got 1" in result.output
    refused = CliRunner().invoke(cli, ["judge", "same", "Person:ก", "Agency:ข", "--judgements",
                                       str(tmp_path / "new.yaml")], env=store_cli_env)
    assert refused.exit_code == 2 and "different labels" in refused.output
    assert not (tmp_path / "new.yaml").exists()
