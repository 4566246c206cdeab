"""run_import: hash check before extraction, quarantine, scoped pruning, the lock (real stores).

Most tests use a tiny line-based extractor so that they can count extraction
calls and state exactly which facts a file gives; the last ones run the real
extractor on the team's example releases.
"""
from __future__ import annotations

import gc
import os
import threading
import time
from pathlib import Path

import pytest

from edugraph.errors import LockHeldError
from edugraph.graph.importer import stored_documents
from edugraph.graph.readside import canonical_dump, graph_stats
from edugraph.pipeline import WORKER_DIED, WORKER_NICENESS, WORKER_QUEUE_DEPTH, _Extractions, run_import

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


class LineExtractor:
    """``agency NAME`` / ``event TYPE DATE`` / ``SIGNED NAME`` lines → a contract record; counts calls."""

    def __init__(self):
        self.calls: list[str] = []

    def __call__(self, source) -> dict:
        self.calls.append(source.source_id)
        entities, relations, ids = [], [], {}
        for line in source.text.splitlines():
            word, _, rest = line.strip().partition(" ")
            if word == "boom":
                raise RuntimeError("extractor crashed")
            if word == "agency":
                ids[rest] = f"a{len(ids)}"
                entities.append({"id": ids[rest], "type": "Agency", "name": rest, "kind": "other"})
            elif word == "event":
                event_type, date = rest.split()
                entities.append({"id": "e", "type": "Event", "event_type": event_type, "date": date})
            elif word.isupper() and word:
                relations.append({"type": word, "head": ids.get(rest, rest), "tail": "e", "evidence": line})
        return {"doc": source.doc, "published": source.published, "entities": entities,
                "relations": relations, "source": source.source_id, "title": source.title,
                "url": source.url, "hash": source.content_hash}


class ProcessKillingExtractor(LineExtractor):
    """Ends its whole process on a ``die`` line, as a crash in native code would."""

    def __call__(self, source) -> dict:
        if "\ndie\n" in f"\n{source.text}\n":
            os._exit(70)
        return super().__call__(source)


def write(folder: Path, name: str, *lines: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("\n".join(["ข่าวทดสอบ", *lines]) + "\n", encoding="utf-8")
    return path


def signed(store) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((r["head"], tuple(r["sources"])) for r in canonical_dump(store)["relationships"]
                  if r["type"] == "SIGNED")


def test_unchanged_sources_are_not_extracted_again(clean_store, tmp_path):
    news = tmp_path / "news"
    write(news, "a.txt", "agency มูลนิธิก", "event signing 2024-01-05", "SIGNED มูลนิธิก")
    write(news, "b.txt", "agency มูลนิธิข", "event signing 2024-01-05", "SIGNED มูลนิธิข")
    extractor = LineExtractor()
    first = run_import([news], clean_store, extract=extractor)
    assert (first.documents_new, first.documents_quarantined) == (2, 0)
    assert len(extractor.calls) == 2
    dump = canonical_dump(clean_store)
    again = run_import([news], clean_store, extract=extractor)
    assert again.documents_unchanged == 2 and len(extractor.calls) == 2    # no re-extraction
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    assert canonical_dump(clean_store) == dump
    write(news, "b.txt", "agency มูลนิธิค", "event signing 2024-01-05", "SIGNED มูลนิธิค")
    changed = run_import([news], clean_store, extract=extractor)
    assert (changed.documents_changed, changed.documents_unchanged) == (1, 1)
    assert extractor.calls[2:] == [f"{news.as_posix()}/b.txt"]
    assert signed(clean_store) == [("Agency:มูลนิธิก", (f"{news.as_posix()}/a.txt",)),
                                   ("Agency:มูลนิธิค", (f"{news.as_posix()}/b.txt",))]
    # Nothing in common but the day: two events, each keyed by its release.
    assert {n["key"] for n in canonical_dump(clean_store)["nodes"] if n["label"] == "Event"} == {
        f"Event:signing:2024-01-05:{news.as_posix()}/a.txt#e", f"Event:signing:2024-01-05:{news.as_posix()}/b.txt#e"}


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_inputs_are_quarantined_and_never_stop_the_others(clean_store, tmp_path, workers):
    # On 2 workers the sources are cleaned (decoded, normalised) in the worker
    # processes: what fails there is quarantined with the same reason.
    news = tmp_path / "news"
    write(news, "good.txt", "agency มูลนิธิก")
    write(news, "crash.txt", "boom")
    write(news, "contract.txt", "agency มูลนิธิข", "CHAIRED มูลนิธิข")          # no event: unknown tail
    (news / "empty.txt").write_bytes(b"")
    (news / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (news / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (news / "french.txt").write_bytes("Le ministère a signé un accord à Genève. Café, été.".encode("latin-1"))
    (news / "legacy.txt").write_bytes("ข่าวทดสอบ\nagency มูลนิธิค\n".encode("tis-620"))   # read, not set aside
    (news / "dangling.txt").symlink_to(news / "nowhere.txt")
    (news / "feed.jsonl").write_text('{"id": "r1", "body": "agency มูลนิธิง"}\n'
                                     '{"id": "r2", "body": "The ministry signed."}\n', encoding="utf-8")
    scan = tmp_path / "scan.pdf"               # named on its own: quarantined as unsupported
    scan.write_bytes(b"%PDF-1.4")
    events = []
    result = run_import([news, scan], clean_store, extract=LineExtractor(), workers=workers,
                        progress=lambda event, source: events.append((event, Path(source).name)))
    reasons = {Path(q["source"]).name: q["reason"] for q in result.quarantined}
    assert reasons == {
        "crash.txt": "extraction failed: RuntimeError: extractor crashed",
        "contract.txt": reasons["contract.txt"],
        "empty.txt": "empty file",
        "blank.txt": "empty (only white space)",
        "image.txt": "binary file (contains NUL bytes), not text",
        "french.txt": reasons["french.txt"],
        "dangling.txt": "cannot read: No such file or directory",
        "feed.jsonl#r2": "no Thai text after clean-up (17 letters, none Thai) (line 2)",
        "scan.pdf": "unsupported file type '.pdf' (edugraph reads .txt, .html, .htm, .json, .jsonl)"}
    assert reasons["contract.txt"].startswith("extraction broke the contract: relation #1 (CHAIRED)")
    assert reasons["french.txt"].startswith("cannot decode as UTF-8, UTF-16 or TIS-620/cp874")
    assert all(q["hash"] for q in result.quarantined if not q["source"].endswith(("empty.txt", "dangling.txt",
                                                                                  "scan.pdf")))
    assert result.documents_quarantined == 9 and result.documents_new == 3
    assert sorted(stored_documents(clean_store)) == [f"{news.as_posix()}/{name}" for name in
                                                      ("feed.jsonl#r1", "good.txt", "legacy.txt")]
    assert ("extracted", "good.txt") in events and ("quarantined", "crash.txt") in events
    assert ("quarantined", "blank.txt") in events


def test_a_worker_process_dying_on_one_source_quarantines_that_source_only(clean_store, tmp_path):
    folder = tmp_path / "news"
    for i in range(12):
        write(folder, f"{i:02}.txt", f"agency หน่วยงาน{i}", "event signing 2024-01-05", f"SIGNED หน่วยงาน{i}",
              *(["die"] if i == 5 else []))
    seen = []
    result = run_import([folder], clean_store, extract=ProcessKillingExtractor(), workers=2, batch_size=4,
                        progress=lambda event, source: seen.append((event, Path(source).name)))
    assert [(q["source"], q["reason"]) for q in result.quarantined] == [(f"{folder.as_posix()}/05.txt",
                                                                          WORKER_DIED)]
    assert result.documents_new == 11 and not result.errors
    assert [name for event, name in seen] == [f"{i:02}.txt" for i in range(12)]   # still in order
    assert len(stored_documents(clean_store)) == 11
    assert len(signed(clean_store)) == 11


def test_prune_is_scoped_to_the_paths_of_the_run(clean_store, tmp_path):
    folder_a, folder_b = tmp_path / "a", tmp_path / "b"
    write(folder_a, "one.txt", "agency มูลนิธิก")
    write(folder_a, "two.txt", "agency มูลนิธิข")
    write(folder_b, "three.txt", "agency มูลนิธิค")
    extractor = LineExtractor()
    run_import([folder_a, folder_b], clean_store, extract=extractor)
    (folder_a / "two.txt").unlink()
    only_b = run_import([folder_b], clean_store, prune=True, extract=extractor)
    assert only_b.documents_removed == 0
    assert len(stored_documents(clean_store)) == 3
    without_prune = run_import([folder_a], clean_store, extract=extractor)
    assert without_prune.documents_removed == 0 and len(stored_documents(clean_store)) == 3
    pruned = run_import([folder_a], clean_store, prune=True, extract=extractor)
    assert pruned.documents_removed == 1 and pruned.nodes_removed == 1
    assert sorted(Path(s).name for s in stored_documents(clean_store)) == ["one.txt", "three.txt"]
    assert graph_stats(clean_store)["nodes"]["Agency"] == 2


def test_prune_keeps_a_document_that_is_present_but_quarantined_now(clean_store, tmp_path):
    news = tmp_path / "news"
    write(news, "a.txt", "agency มูลนิธิก")
    run_import([news], clean_store, extract=LineExtractor())
    dump = canonical_dump(clean_store)
    (news / "a.txt").write_bytes(b"")
    result = run_import([news], clean_store, prune=True, extract=LineExtractor())
    assert result.documents_quarantined == 1 and result.documents_removed == 0
    assert canonical_dump(clean_store) == dump


def test_a_running_import_holds_off_another(clean_store, tmp_path):
    news = tmp_path / "news"
    write(news, "a.txt", "agency มูลนิธิก")
    with clean_store.import_lock():
        with pytest.raises(LockHeldError):
            run_import([news], clean_store, extract=LineExtractor())
    assert stored_documents(clean_store) == {}
    finished = []

    def patient():
        finished.append(run_import([news], clean_store, wait=True, extract=LineExtractor()))

    with clean_store.import_lock():
        worker = threading.Thread(target=patient)
        worker.start()
        time.sleep(0.3)
        assert not finished
    worker.join(timeout=60)
    assert finished and finished[0].documents_new == 1


def test_run_result_serialises(clean_store, tmp_path):
    news = tmp_path / "news"
    write(news, "a.txt", "agency มูลนิธิก")
    result = run_import([news], clean_store, extract=LineExtractor()).to_dict()
    assert result["documents_new"] == 1 and result["nodes_created"] == 1
    assert result["store"] == clean_store.description
    assert isinstance(result["duration_seconds"], float) and result["quarantined"] == []


def _has_extractor() -> bool:
    try:
        import edugraph.loaders.extract  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _has_extractor(), reason="edugraph.loaders.extract is not written yet")
def test_real_extraction_of_the_examples_is_incremental(clean_store):
    first = run_import([EXAMPLES], clean_store)
    assert first.documents_new > 0 and first.relationships_created > 0
    dump = canonical_dump(clean_store)
    second = run_import([EXAMPLES], clean_store)
    assert second.documents_unchanged == first.documents_new
    assert canonical_dump(clean_store) == dump


def test_extraction_in_worker_processes_writes_the_same_graph_in_order(clean_store, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(30):
        (folder / f"{i:02}.txt").write_text(
            f"agency หน่วยงาน{i}\nagency กองทุนกลาง\nevent signing 2024-01-{i % 28 + 1:02}\n"
            f"SIGNED หน่วยงาน{i}\nSIGNED กองทุนกลาง\n" + ("boom\n" if i == 7 else ""), encoding="utf-8")
    seen = []
    pooled = run_import([folder], clean_store, extract=LineExtractor(), workers=3, batch_size=4,
                        progress=lambda event, source: seen.append((event, source)))
    assert pooled.documents_new == 29
    assert [q["source"] for q in pooled.quarantined] == [str(folder / "07.txt")]
    assert "extractor crashed" in pooled.quarantined[0]["reason"]
    # the writer took the documents in the order the sources came
    assert [s for e, s in seen if e in ("extracted", "quarantined")] == sorted(s for _, s in seen)
    dump = canonical_dump(clean_store)
    clean_store.clear()
    clean_store.ensure_schema()
    alone = run_import([folder], clean_store, extract=LineExtractor(), workers=1, batch_size=4)
    assert alone.documents_new == 29
    assert canonical_dump(clean_store) == dump


def test_workers_must_be_positive(clean_store, tmp_path):
    with pytest.raises(ValueError, match="at least 1"):
        run_import([tmp_path], clean_store, workers=0)


def _niceness(item) -> int:
    return os.getpriority(os.PRIO_PROCESS, 0)


def test_pool_workers_run_a_batch_ahead_at_lower_priority_than_the_writer():
    # The writer (this process and the store's server) is the serial part of an import:
    # the workers yield the CPU to it, and hold a batch and more while it writes one.
    extractions = _Extractions(_niceness, workers=2, batch_size=10)
    try:
        early = [extractions.submit(f"doc{i}") for i in range(10 + 2 * WORKER_QUEUE_DEPTH - 1)]
        assert all(done == [] for done in early)          # nothing waited for while the window fills
        done = extractions.submit("last") + list(extractions.drain())
    finally:
        extractions.close()
    assert [item for item, _, _ in done] == [f"doc{i}" for i in range(len(early))] + ["last"]
    mine = os.getpriority(os.PRIO_PROCESS, 0)
    assert {niceness for _, niceness, _ in done} == {min(19, mine + WORKER_NICENESS)}


def test_the_last_window_reaches_the_writer_one_extraction_at_a_time():
    # At the end of the input the writer takes each extraction as it is done, so
    # it writes a full batch while the workers still extract the rest of the window.
    extractions = _Extractions(_niceness, workers=2, batch_size=10)
    try:
        for i in range(5):
            assert extractions.submit(f"doc{i}") == []
        remaining = extractions.drain()
        first = next(remaining)
        in_flight = len(extractions.window)
        rest = list(remaining)
    finally:
        extractions.close()
    assert first[0] == "doc0" and in_flight == 4
    assert [item for item, _, _ in rest] == ["doc1", "doc2", "doc3", "doc4"]


class FreezeWatchingExtractor(LineExtractor):
    """Notes how many objects the cycle collector leaves out as each source is extracted."""

    def __init__(self):
        super().__init__()
        self.frozen: list[int] = []

    def __call__(self, source) -> dict:
        self.frozen.append(gc.get_freeze_count())
        return super().__call__(source)


def test_what_an_import_holds_is_kept_out_of_the_cycle_collector_until_it_ends(clean_store, tmp_path):
    # Full collections walking the records and resolution it holds cost the writer a fifth of its
    # CPU and starved the workers: after every batch written, what is alive is frozen; not after.
    news = tmp_path / "news"
    for i in range(5):
        write(news, f"{i}.txt", f"agency มูลนิธิ{i}", "event signing 2024-01-05", f"SIGNED มูลนิธิ{i}")
    extractor = FreezeWatchingExtractor()
    assert gc.get_freeze_count() == 0
    result = run_import([news], clean_store, extract=extractor, batch_size=2)
    assert result.documents_new == 5
    assert extractor.frozen[:2] == [0, 0] and all(count > 0 for count in extractor.frozen[2:])
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_an_import_leaves_objects_frozen_by_someone_else_as_they_were(clean_store, tmp_path):
    news = tmp_path / "news"
    for i in range(3):
        write(news, f"{i}.txt", f"agency มูลนิธิ{i}")
    gc.freeze()                  # a preforking server did this before importing
    try:
        before = gc.get_freeze_count()
        extractor = FreezeWatchingExtractor()
        run_import([news], clean_store, extract=extractor, batch_size=1)
        assert set(extractor.frozen) == {before} and gc.get_freeze_count() == before
    finally:
        gc.unfreeze()
