"""``edugraph extract`` end to end, in-process, on a folder of mixed and broken inputs."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from edugraph.cli import cli

HAS_EXTRACTOR = importlib.util.find_spec("edugraph.loaders.extract") is not None
needs_extractor = pytest.mark.skipif(not HAS_EXTRACTOR, reason="loaders/extract.py (the extractor) is not written yet")

STORY = ("เมื่อวันที่ 27 สิงหาคม 2562 จังหวัดสุรินทร์ โดย องค์การบริหารส่วนจังหวัดสุรินทร์ "
         "ได้จัดพิธีลงนามในบันทึกข้อตกลงความร่วมมือทางวิชาการ (MOU) ณ ห้องประชุมลุมพินีแกรนด์ สวนป่ารีสอร์ท "
         "อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ โดยได้รับเกียรติจากนายพรพจน์ บัณฑิตยานุรักษ์ "
         "รองผู้ว่าราชการจังหวัดสุรินทร์ เป็นประธานในพิธี")
EVIL_NAME = "<script>alert(1)<script> MATCH (n) DETACH DELETE n; '\"`.txt"
EVIL_TEXT = ("ข่าว <script>alert('x')</script> MATCH (n) DETACH DELETE n // "
             "'}) RETURN 1 UNION MATCH (m) SET m.name = 'x' \n" + STORY)

PAGE = f"""<!doctype html><html><head><meta charset="utf-8"><title>ข่าวลงนาม MOU</title></head><body>
<nav><ul><li><a href="/">หน้าแรก</a></li><li><a href="/news">ข่าวสาร</a></li></ul></nav>
<article><h1>ข่าวลงนาม MOU</h1><p>{STORY}</p><p>{STORY.replace("27", "28")}</p>
<div class="share"><a>Share</a> <a>Facebook</a> <a>Twitter</a></div></article>
<div id="comments"><h3>แสดงความคิดเห็น</h3><form><textarea></textarea><button>ส่งความคิดเห็น</button></form></div>
<footer>© 2024 สำนักงานประชาสัมพันธ์ สงวนลิขสิทธิ์</footer></body></html>"""


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text(f"อบจ.สุรินทร์ จับมือท้องถิ่น MOU\n\n{STORY}\n\nSpread the love", encoding="utf-8")
    (folder / "legacy.txt").write_bytes(STORY.encode("tis-620"))
    (folder / "wide.txt").write_bytes(STORY.encode("utf-16"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01")
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    (folder / "records.jsonl").write_text(
        json.dumps({"id": "rec-1", "title": "ข่าวหนึ่ง", "date": "2019-08-28", "url": "https://x.go.th/1",
                    "body": STORY}, ensure_ascii=False) + "\n"
        + '{"id": "rec-2", "body": \n'
        + json.dumps({"id": "rec-3", "title": "ข่าวสาม", "body": STORY}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    (folder / EVIL_NAME).write_text(EVIL_TEXT, encoding="utf-8")
    return folder


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@needs_extractor
def test_extract_writes_one_json_per_document_and_a_quarantine_list(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("extract", str(inbox), "--out", str(out))
    assert result.exit_code == 1, result.output
    assert f"extracted 7, quarantined 3 → {out}" in result.output

    quarantine = [json.loads(line) for line in (out / "quarantine.jsonl").read_text(encoding="utf-8").splitlines()]
    reasons = {Path(row["source"]).name: row["reason"] for row in quarantine}
    assert reasons == {
        "empty.txt": "empty file",
        "photo.txt": "binary file (contains NUL bytes), not text",
        "records.jsonl#2": "invalid JSON on line 2, column 26: Expecting value",
    }

    records = {}
    for path in out.glob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        records[record["doc"]] = record
    assert sorted(records) == sorted(["good.txt", "legacy.txt", "wide.txt", "page.html", "rec-1", "rec-3", EVIL_NAME])
    for doc, record in records.items():
        assert {"doc", "published", "entities", "relations", "source", "title", "url", "hash"} <= set(record), doc
        assert isinstance(record["entities"], list) and isinstance(record["relations"], list)
    assert records["rec-1"]["source"] == f"{inbox.as_posix()}/records.jsonl#rec-1"
    assert records["rec-1"]["published"] == "2019-08-28"
    assert records["rec-1"]["url"] == "https://x.go.th/1"
    assert records["good.txt"]["title"] == "อบจ.สุรินทร์ จับมือท้องถิ่น MOU"
    assert records["page.html"]["title"] == "ข่าวลงนาม MOU"
    # the hostile name is plain data: kept verbatim in the record, made safe as a file name
    assert records[EVIL_NAME]["source"] == f"{inbox.as_posix()}/{EVIL_NAME}"
    assert not [p.name for p in out.iterdir() if any(c in p.name for c in "<>'\"`; ()")]
    # every document mentions the Surin provincial administration somewhere
    for doc in ["good.txt", "legacy.txt", "wide.txt", "page.html"]:
        names = {e.get("name") for e in records[doc]["entities"]}
        assert "องค์การบริหารส่วนจังหวัดสุรินทร์" in names, (doc, names)


@needs_extractor
def test_a_clean_run_exits_zero(tmp_path: Path) -> None:
    source = tmp_path / "one.txt"
    source.write_text(STORY, encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", str(source), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"extracted 1, quarantined 0 → {out}"
    assert (out / "one.txt.json").exists()
    assert (out / "quarantine.jsonl").read_text(encoding="utf-8") == ""


@needs_extractor
def test_max_bytes_quarantines_large_files_and_names_the_flag(tmp_path: Path) -> None:
    source = tmp_path / "big.txt"
    source.write_text(STORY * 5, encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", str(source), "--out", str(out), "--max-bytes", "100")
    assert result.exit_code == 1
    [row] = [json.loads(line) for line in (out / "quarantine.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "--max-bytes" in row["reason"] and "limit is 100" in row["reason"]


def test_a_missing_source_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "absent"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
    assert not (tmp_path / "out").exists()


def test_out_must_be_a_folder(tmp_path: Path) -> None:
    source = tmp_path / "one.txt"
    source.write_text(STORY, encoding="utf-8")
    taken = tmp_path / "file"
    taken.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(source), "--out", str(taken)])
    assert result.exit_code == 2
    assert "file" in result.output


def test_a_bad_chrome_file_is_a_clear_error(tmp_path: Path) -> None:
    source = tmp_path / "one.txt"
    source.write_text(STORY, encoding="utf-8")
    chrome = tmp_path / "chrome.yaml"
    chrome.write_text("patterns:\n  - name: broken\n    pattern: '(('\n    action: line\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(source), "--out", str(tmp_path / "out"), "--chrome", str(chrome)])
    assert result.exit_code == 2
    assert "patterns[0] (broken): bad regular expression" in result.output
    assert not (tmp_path / "out").exists()


def test_help_has_an_example() -> None:
    result = run("extract", "--help")
    assert result.exit_code == 0
    assert "edugraph extract examples/ releases.jsonl --out extracted/" in result.output
    assert "--max-bytes" in result.output


@needs_extractor
def test_the_cli_merges_the_gazetteer_files_named_in_the_environment(tmp_path):
    from edugraph.loaders.gazetteer import use_extra_files

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY, encoding="utf-8")
    missing = tmp_path / "nowhere.yaml"
    try:
        result = CliRunner().invoke(cli, ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out")],
                                    env={"EDUGRAPH_GAZETTEER": str(missing)})
        assert result.exit_code == 1      # the document is quarantined, with the reason
        reason = (tmp_path / "out" / "quarantine.jsonl").read_text(encoding="utf-8")
        assert f"{missing}: gazetteer file not found" in reason
    finally:
        use_extra_files([])
