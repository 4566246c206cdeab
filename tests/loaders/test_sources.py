"""Reading source files: formats, encodings, quarantine reasons, ids and hashes."""
from __future__ import annotations

import hashlib
import json
import os
import pickle
from pathlib import Path

import pytest

from edugraph.errors import InputError, SchemaError
from edugraph.loaders.sources import (PendingDocument, Quarantined, SourceDocument, decode_bytes, iter_pending_sources,
                                      iter_sources)
from hostile_inputs import HOSTILE_REASONS, hostile_line, write_hostile_jsonl

STORY = ("เมื่อวันที่ ๒๗ สิงหาคม ๒๕๖๒ จังหวัดสุรินทร์ โดย องค์การบริหารส่วนจังหวัดสุรินทร์ "
         "ได้จัดพิธีลงนามในบันทึกข้อตกลงความร่วมมือทางวิชาการ ณ ห้องประชุมลุมพินีแกรนด์")
STORY_NORMALISED = STORY.replace("๒๗", "27").replace("๒๕๖๒", "2562")


def one(path: Path, **kwargs) -> SourceDocument | Quarantined:
    [item] = list(iter_sources([path], **kwargs))
    return item


def reason(path: Path, **kwargs) -> str:
    item = one(path, **kwargs)
    assert isinstance(item, Quarantined), item
    return item.reason


# --- plain text and encodings -------------------------------------------------

def test_plain_text_is_normalised_and_cleaned(tmp_path: Path) -> None:
    raw = f"หัวข่าว อบจ.สุรินทร์ MOU\n\nSpread the love\n\n{STORY}\u200b\n#กสศ #สุรินทร์\n".encode("utf-8")
    path = tmp_path / "002_919af7156d5b0178.txt"
    path.write_bytes(raw)
    doc = one(path)
    assert isinstance(doc, SourceDocument)
    assert doc.text == f"หัวข่าว อบจ.สุรินทร์ MOU\n\n{STORY_NORMALISED}"
    assert doc.title == "หัวข่าว อบจ.สุรินทร์ MOU"
    assert doc.published is None and doc.url is None
    assert doc.content_hash == hashlib.sha256(raw).hexdigest()
    assert doc.doc == "002_919af7156d5b0178.txt"
    assert doc.source_id == path.as_posix() and doc.origin == str(path)


def test_published_comes_from_the_dateline_when_no_metadata_gives_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"หัวข่าว\n\nวันนี้ (19 เม.ย. 65) {STORY}", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "x", "body": f"วันนี้ (20 ธันวาคม 2566) {STORY}"}, ensure_ascii=False) + "\n"
        + json.dumps({"id": "y", "date": "2023-12-21", "body": f"วันนี้ (20 ธันวาคม 2566) {STORY}"},
                     ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "c.html").write_text(f"<html><body><p>โพสต์เมื่อ 27 ม.ค. 2566</p><p>{STORY}</p></body></html>",
                                     encoding="utf-8")
    published = {item.doc: item.published for item in iter_sources([tmp_path])}
    # the metadata's date wins over the body's dateline
    assert published == {"a.txt": "2022-04-19", "x": "2023-12-20", "y": "2023-12-21", "c.html": "2023-01-27"}


def test_title_skips_a_leading_date_line(tmp_path: Path) -> None:
    path = tmp_path / "003.txt"
    path.write_text(f"วันเสาร์, 13 สิงหาคม 2565\n\nพช.ขก.ร่วมงานมหกรรมสานพลัง\n\n{STORY}", encoding="utf-8")
    assert one(path).title == "พช.ขก.ร่วมงานมหกรรมสานพลัง"


def test_title_skips_a_page_name_and_a_dateline_with_a_time(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text(f"ศธจ.ศรีสะเกษ\n20 มกราคม 2025 เวลา 16:45 น. · สาธารณะ\n\n20มค.68 ผวจ.ศรีสะเกษ นำประชุมคณะกรรมการ\n\n{STORY}",
                    encoding="utf-8")
    assert one(path).title == "20มค.68 ผวจ.ศรีสะเกษ นำประชุมคณะกรรมการ"
    short = tmp_path / "short.txt"
    short.write_text("ข่าวสั้น\nลงนาม MOU", encoding="utf-8")
    assert one(short).title == "ข่าวสั้น"


@pytest.mark.parametrize("codec, prefix", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b""), ("utf-32", b""), ("cp874", b""), ("tis-620", b""),
])
def test_encodings_are_detected(tmp_path: Path, codec: str, prefix: bytes) -> None:
    path = tmp_path / "release.txt"
    path.write_bytes(prefix + STORY.encode(codec))
    doc = one(path)
    assert isinstance(doc, SourceDocument), doc
    assert doc.text == STORY_NORMALISED


def test_decode_bytes_names_the_encoding() -> None:
    assert decode_bytes(STORY.encode("tis-620"))[1] == "cp874"
    assert decode_bytes(b"\xef\xbb\xbf" + STORY.encode("utf-8"))[1] == "utf-8-sig"
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_latin_text_in_a_legacy_code_page_is_not_read_as_thai(tmp_path: Path) -> None:
    path = tmp_path / "french.txt"
    path.write_bytes("Le ministère a signé un accord à Genève. Café, élève, été.".encode("latin-1"))
    assert reason(path).startswith("cannot decode as UTF-8, UTF-16 or TIS-620/cp874")


def test_utf8_with_a_damaged_byte_is_not_read_as_legacy_thai(tmp_path: Path) -> None:
    path = tmp_path / "damaged.txt"
    raw = STORY.encode("utf-8")
    path.write_bytes(raw[:30] + b"\xff" + raw[30:])
    assert reason(path) == ("invalid UTF-8 at byte 30 (1 bad byte sequence(s) in otherwise UTF-8 text); "
                            "fix or re-save the file as UTF-8")


def test_empty_whitespace_binary_and_no_thai(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t\n \u00a0\n", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (tmp_path / "controls.txt").write_bytes(bytes(range(1, 32)) * 20)
    (tmp_path / "english.txt").write_text("The ministry signed an agreement today.", encoding="utf-8")
    (tmp_path / "chrome.txt").write_text("Spread the love\nShare\n#กสศ\nimage\n", encoding="utf-8")
    reasons = {Path(q.source_id).name: q.reason for q in iter_sources([tmp_path])}
    assert reasons == {
        "blank.txt": "empty (only white space)",
        "chrome.txt": "no text left after removing site chrome",
        "controls.txt": "binary file (control characters in the utf-8 text), not text",
        "empty.txt": "empty file",
        "english.txt": "no Thai text after clean-up (33 letters, none Thai)",
        "image.txt": "binary file (contains NUL bytes), not text",
    }


def test_too_large_says_size_limit_and_flag(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(STORY * 10, encoding="utf-8")
    size = path.stat().st_size
    assert reason(path, max_bytes=1000) == (
        f"too large: {size:,} bytes, the limit is 1,000 (raise it with --max-bytes)")
    assert isinstance(one(path, max_bytes=size), SourceDocument)


def test_unsupported_file_types_are_quarantined(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    assert reason(path) == "unsupported file type '.pdf' (edugraph reads .txt, .html, .htm, .json, .jsonl)"


def test_other_file_types_inside_a_folder_are_passed_over(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# ข่าว", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "news.txt").write_text(STORY, encoding="utf-8")
    items = list(iter_sources([tmp_path]))
    assert [(type(item).__name__, Path(item.source_id).name) for item in items] == [
        ("SourceDocument", "news.txt")]


def test_unreadable_entries_are_quarantined(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    reasons = {Path(q.source_id).name: q.reason for q in iter_sources([tmp_path])}
    assert reasons == {"dangling.txt": "cannot read: No such file or directory",
                       "pipe.txt": "not a regular file (device, pipe or socket)"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_permission_denied_is_quarantined(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(STORY, encoding="utf-8")
    path.chmod(0)
    try:
        assert reason(path) == "cannot read: Permission denied"
    finally:
        path.chmod(0o644)


# --- folders ---------------------------------------------------------------------

def test_folders_are_walked_sorted_recursively_without_hidden_entries(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "corpus"
    (root / "b").mkdir(parents=True)
    (root / "a").mkdir()
    (root / ".git").mkdir()
    for name in ["b/2.txt", "a/9.txt", "a/10.txt", "z.txt", ".hidden.txt", ".git/x.txt"]:
        (root / name).write_text(STORY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    ids = [item.source_id for item in iter_sources(["corpus/", Path("corpus/z.txt")])]
    assert ids == ["corpus/a/10.txt", "corpus/a/9.txt", "corpus/b/2.txt", "corpus/z.txt", "corpus/z.txt"]


def test_a_missing_path_is_an_input_error_before_anything_is_read(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(STORY, encoding="utf-8")
    with pytest.raises(InputError, match="no such file or folder: .*absent"):
        iter_sources([tmp_path / "ok.txt", tmp_path / "absent"])


def test_user_chrome_patterns_apply_and_a_bad_file_fails_at_the_call(tmp_path: Path) -> None:
    (tmp_path / "news.txt").write_text(f"{STORY}\nสำนักข่าวของเรา ขอบคุณที่ติดตาม", encoding="utf-8")
    extra = tmp_path / "chrome.yaml"
    extra.write_text("patterns:\n  - name: our_footer\n    pattern: 'สำนักข่าวของเรา.*'\n    action: line\n",
                     encoding="utf-8")
    assert one(tmp_path / "news.txt", chrome=extra).text == STORY_NORMALISED
    assert one(tmp_path / "news.txt").text.endswith("ขอบคุณที่ติดตาม")
    extra.write_text("patterns:\n  - name: broken\n    pattern: '(('\n    action: line\n", encoding="utf-8")
    other = tmp_path / "other.yaml"
    other.write_bytes(extra.read_bytes())
    with pytest.raises(SchemaError, match="broken"):
        iter_sources([tmp_path / "news.txt"], chrome=other)


# --- HTML ------------------------------------------------------------------------

PAGE = f"""<!doctype html><html><head><meta charset="utf-8">
<title>อบจ.สุรินทร์ จับมือท้องถิ่น MOU | ข่าวประชาสัมพันธ์</title>
<meta property="article:published_time" content="2019-08-28T09:00:00+07:00">
<link rel="canonical" href="https://example.go.th/news/42"></head>
<body>
<nav><ul><li><a href="/">หน้าแรก</a></li><li><a href="/about">เกี่ยวกับเรา</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></nav>
<article><h1>อบจ.สุรินทร์ จับมือท้องถิ่น MOU</h1>
<p>{STORY}</p>
<p>โดยเป็นการลงนามระหว่างภาคีเครือข่ายในระดับจังหวัด ระดับอำเภอ และระดับพื้นที่ ประกอบด้วย
สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา (กสศ.) โดย นายพัฒนพงษ์ สุขมะดัน ผู้ช่วยผู้จัดการกองทุนฯ</p>
<div class="share-buttons"><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LINE</a></div>
<p>Spread the love</p>
</article>
<section class="related-posts"><h3>ข่าวที่เกี่ยวข้อง</h3><ul><li><a href="/1">ผู้ว่าฯ เปิดงานกาชาดประจำปี</a></li></ul></section>
<div id="comments" class="comments-area"><h3>แสดงความคิดเห็น</h3>
<p>Your email address will not be published. Required fields are marked *</p>
<form><textarea name="comment"></textarea><input type="submit" value="ส่งความคิดเห็น"></form></div>
<footer><p>© 2024 สำนักงานประชาสัมพันธ์จังหวัดสุรินทร์ สงวนลิขสิทธิ์</p></footer>
</body></html>"""


def test_html_main_text_title_date_and_url(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = one(path)
    assert isinstance(doc, SourceDocument), doc
    assert STORY_NORMALISED in doc.text
    assert "นายพัฒนพงษ์ สุขมะดัน" in doc.text
    for chrome in ["หน้าแรก", "ติดต่อเรา", "Facebook", "Spread the love", "ข่าวที่เกี่ยวข้อง", "กาชาด",
                   "แสดงความคิดเห็น", "email", "ส่งความคิดเห็น", "สงวนลิขสิทธิ์"]:
        assert chrome not in doc.text, chrome
    assert doc.title.startswith("อบจ.สุรินทร์ จับมือท้องถิ่น MOU")
    assert doc.published == "2019-08-28"
    assert doc.url == "https://example.go.th/news/42"


def test_html_without_metadata_and_in_tis620(tmp_path: Path) -> None:
    page = f"<html><head><title>ข่าว</title></head><body><p>{STORY}</p></body></html>"
    path = tmp_path / "legacy.htm"
    path.write_bytes(page.encode("cp874"))
    doc = one(path)
    assert isinstance(doc, SourceDocument), doc
    assert STORY_NORMALISED in doc.text
    assert doc.published is None


def test_html_with_no_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    assert reason(path) in {"no main text found in the HTML page", "no text left after removing site chrome"}


# --- JSON and JSON Lines ---------------------------------------------------------

def record(**fields) -> dict:
    return {"id": "thaigov-1", "url": "https://www.thaigov.go.th/news/contents/details/1",
            "date": "2023-12-20", "title": "ข่าว\u200bหนึ่ง", "body": STORY} | fields


def canonical_hash(data: dict) -> str:
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True,
                                     separators=(",", ":")).encode("utf-8")).hexdigest()


def test_jsonl_records_are_documents_and_bad_lines_are_quarantined_alone(tmp_path: Path) -> None:
    lines = [
        json.dumps(record(), ensure_ascii=False),
        "",
        '{"id": "thaigov-2", "title": "x" "body": "ขาด"}',                   # line 3: broken JSON
        json.dumps(record(id="thaigov-4", body="   "), ensure_ascii=False),    # no body
        json.dumps({"title": "ไม่มีรหัส", "body": STORY, "date": "20 ธ.ค. 66"}, ensure_ascii=False),
        json.dumps(record(), ensure_ascii=False),                              # duplicate id
        json.dumps(["not", "a", "record"]),
        json.dumps(record(id=7, body="English only text here"), ensure_ascii=False),
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_sources([path]))
    file_id = path.as_posix()
    first = items[0]
    assert isinstance(first, SourceDocument)
    assert (first.source_id, first.doc, first.title, first.published, first.url) == (
        f"{file_id}#thaigov-1", "thaigov-1", "ข่าวหนึ่ง", "2023-12-20",
        "https://www.thaigov.go.th/news/contents/details/1")
    assert first.text == STORY_NORMALISED
    assert first.content_hash == canonical_hash(record())
    no_id = items[3]
    assert isinstance(no_id, SourceDocument)
    assert (no_id.source_id, no_id.doc, no_id.published) == (f"{file_id}#5", "news.jsonl#5", "2023-12-20")
    assert [(q.source_id, q.reason) for q in items if isinstance(q, Quarantined)] == [
        (f"{file_id}#3", "invalid JSON on line 3, column 34: Expecting ',' delimiter"),
        (f"{file_id}#thaigov-4", "record has an empty body (line 4)"),
        (f"{file_id}#6", "duplicate record id 'thaigov-1' (line 6; first at #1)"),
        (f"{file_id}#7", "line 7 is not a JSON object but list"),
        (f"{file_id}#7", "no Thai text after clean-up (19 letters, none Thai) (line 8)"),
    ]


def test_jsonl_line_longer_than_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(record(body=STORY * 50), ensure_ascii=False) + "\n"
                    + json.dumps(record(id="short"), ensure_ascii=False) + "\n", encoding="utf-8")
    first, second = iter_sources([path], max_bytes=2000)
    assert first.reason == "record too large: more than 2,000 bytes on line 1 (raise the limit with --max-bytes)"
    assert isinstance(second, SourceDocument) and second.doc == "short"


def test_jsonl_in_utf16_is_refused_whole(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_bytes(json.dumps(record(), ensure_ascii=False).encode("utf-16"))
    assert reason(path) == "JSON Lines must be UTF-8 (this file is UTF-16/32); save it as UTF-8"


def test_json_single_record_list_and_errors(tmp_path: Path) -> None:
    (tmp_path / "single.json").write_text(json.dumps({"title": "ข่าว", "body": STORY}, ensure_ascii=False),
                                          encoding="utf-8")
    (tmp_path / "with_id.json").write_text(json.dumps(record(id="r9"), ensure_ascii=False), encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([record(id="a"), {"title": "ไม่มีเนื้อหา"}, record(id="b")],
                                                   ensure_ascii=False), encoding="utf-8")
    (tmp_path / "broken.json").write_text('{\n  "body": "ข่าว",\n  oops\n}', encoding="utf-8")
    (tmp_path / "scalar.json").write_text("42", encoding="utf-8")
    (tmp_path / "nobody.json").write_text('{"title": "ข่าว"}', encoding="utf-8")
    items = {item.source_id.removeprefix(tmp_path.as_posix() + "/"): item for item in iter_sources([tmp_path])}
    assert sorted(items) == ["broken.json", "list.json#2", "list.json#a", "list.json#b", "nobody.json",
                             "scalar.json", "single.json", "with_id.json#r9"]
    assert items["single.json"].doc == "single.json"
    assert items["with_id.json#r9"].doc == "r9"
    assert items["list.json#b"].text == STORY_NORMALISED
    assert items["list.json#2"].reason == "record has no body (record 2)"
    assert items["broken.json"].reason == "invalid JSON at line 3, column 3: Expecting property name enclosed in double quotes"
    assert items["scalar.json"].reason == "JSON holds a int, not a record or a list of records"
    assert items["nobody.json"].reason == "record has no body (the record)"


def test_json_with_bom_and_a_bad_date(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(record(date="sometime"), ensure_ascii=False).encode("utf-8"))
    doc = one(path)
    assert isinstance(doc, SourceDocument) and doc.published is None


# --- values no store can take (issue 15) ----------------------------------------

def test_each_unstorable_jsonl_record_is_quarantined_alone_with_its_reason(tmp_path: Path) -> None:
    items = list(iter_sources([write_hostile_jsonl(tmp_path / "feed.jsonl")]))
    documents = [item.source_id for item in items if isinstance(item, SourceDocument)]
    assert documents == [f"{tmp_path.as_posix()}/feed.jsonl#good-1", f"{tmp_path.as_posix()}/feed.jsonl#good-2"]
    reasons = [item.reason for item in items if isinstance(item, Quarantined)]
    assert reasons == list(HOSTILE_REASONS.values())
    assert all(item.content_hash for item in items)


def test_a_json_file_nested_too_deeply_or_with_a_huge_number_is_quarantined_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    (tmp_path / "big.json").write_text(hostile_line("big")[:-1] + ', "n": ' + "1" * 5000 + "}", encoding="utf-8")
    assert reason(tmp_path / "deep.json") == "JSON nested too deeply to read"
    assert reason(tmp_path / "big.json") == f"a number with more than {4300:,} digits"


def test_pending_documents_are_hashed_unread_and_finish_in_another_process_as_iter_sources_gives_them(
        tmp_path: Path) -> None:
    # The importer compares the hash before cleaning, and cleans in its extraction
    # processes: a pending document carries its hash and pickles (the chrome
    # patterns as the name of their file, not 29 regular expressions).
    (tmp_path / "a.txt").write_text(STORY + "\nSpread the love", encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body><article><p>{STORY}</p></article></body></html>",
                                     encoding="utf-8")
    (tmp_path / "c.txt").write_text("The ministry signed an agreement today.", encoding="utf-8")
    (tmp_path / "d.jsonl").write_text(json.dumps({"id": "r1", "title": " ข่าว ", "body": STORY}) + "\n"
                                      + json.dumps({"id": "r2", "body": "no Thai"}) + "\n", encoding="utf-8")
    (tmp_path / "e.txt").write_bytes(b"")
    chrome = tmp_path / "chrome.yaml"
    chrome.write_text("patterns:\n  - name: mine\n    pattern: 'ข่าว'\n    action: line\n", encoding="utf-8")
    pending = list(iter_pending_sources([tmp_path], chrome=chrome))
    assert [type(item).__name__ for item in pending] == ["PendingDocument"] * 5 + ["Quarantined"]
    assert pending[0].content_hash == hashlib.sha256((tmp_path / "a.txt").read_bytes()).hexdigest()
    shipped = [pickle.loads(pickle.dumps(item)) for item in pending]
    assert len(pickle.dumps(pending[0])) < 2 * len((tmp_path / "a.txt").read_bytes()) + 1000
    finished = [item.finish() if isinstance(item, PendingDocument) else item for item in shipped]
    assert finished == list(iter_sources([tmp_path], chrome=chrome))
    assert [Path(item.source_id).name for item in finished if isinstance(item, Quarantined)] == [
        "c.txt", "d.jsonl#r2", "e.txt"]
    assert finished[4].reason == "no Thai text after clean-up (6 letters, none Thai) (line 2)"
