"""Thai text of any length goes into a real store and comes back byte for byte;
text a store cannot decode is a clear error naming the node, never a traceback.

FalkorDB 4.16's string ``+`` returns the first 511 bytes of a left operand of
exactly 512 bytes and drops the right one (``SIValue_ConcatString`` starts
from a 512-byte buffer and forgets the terminating NUL when it decides whether
to grow it).  On Thai text that cuts a three-byte character: the old
``refresh_names`` stored such a ``search`` and every later read failed.
"""
from __future__ import annotations

import copy
import re

import pytest
import redis
from click.testing import CliRunner

from edugraph.cli import cli
from edugraph.errors import UndecodableTextError
from edugraph.graph.canned import run_query
from edugraph.graph.importer import import_records, withdraw_documents
from edugraph.graph.keys import MAX_KEY_BYTES
from edugraph.graph.nxgraph import read_graph
from edugraph.graph.store.embedded import server_paths
from edugraph.graph.store.falkor import FalkorStore

SIZES = [100, 511, 512, 513, 4096, 65536]

#: refresh_names.cypher before the fix: `search` joined by `+` inside Cypher.
OLD_REFRESH_NAMES = """
UNWIND $rows AS row
MATCH (n:Person {key: row.key})<-[m:MENTIONS]-(:Document)
UNWIND range(0, size(m.names) - 1) AS i
WITH n, row.own AS own, m.names[i] AS name, m.norms[i] AS form
WITH n, own, name, form ORDER BY name
WITH n, own,
     collect(DISTINCT CASE WHEN form <> own THEN name END) AS aliases,
     collect(DISTINCT CASE WHEN form <> own THEN form END) AS forms
SET n.aliases = aliases,
    n.stale = null,
    n.search = reduce(s = own, f IN forms | s + '|' + f)
"""


def thai(size: int, letter: str) -> str:
    """Exactly ``size`` bytes of UTF-8: Latin padding, then Thai letters (3 bytes each)."""
    text = "x" * (size % 3) + letter * (size // 3)
    assert len(text.encode("utf-8")) == size
    return text


def name_size(size: int) -> int:
    """Names make keys, which are at most MAX_KEY_BYTES long (with the label)."""
    return min(size, MAX_KEY_BYTES - len("Person:"))


def long_record(source: str, size: int) -> dict:
    """A release whose every text field is ``size`` bytes of Thai (names: at most a key's worth)."""
    entities = [
        {"id": "p1", "type": "Person", "name": thai(name_size(size), "ก"), "aliases": [thai(size, "ข")],
         "title": "นาย", "position": thai(size, "ค")},
        {"id": "a1", "type": "Agency", "name": thai(name_size(size), "ฆ"), "aliases": [], "kind": "fund"},
        {"id": "e1", "type": "Event", "event_type": "signing", "date": "2024-01-02",
         "title": thai(size, "ง"), "venue": thai(size, "จ")},
    ]
    relations = [
        {"type": "SIGNED", "head": "a1", "tail": "e1", "evidence": thai(size, "ฉ")},
        {"type": "HOLDS_POSITION", "head": "p1", "tail": "a1", "evidence": thai(size, "ช"),
         "title": thai(size, "ซ")},
    ]
    return {"doc": source, "source": source, "title": thai(size, "ฌ"), "published": "2024-01-02",
            "url": f"https://example.org/{size}", "entities": entities, "relations": relations}


def _one(store, cypher: str, params: dict | None = None) -> dict:
    rows = store.read(cypher, params)
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize("size", SIZES)
def test_thai_text_of_any_length_comes_back_byte_for_byte(clean_store, size):
    record = long_record("long.txt", size)
    import_records(clean_store, [record])
    name, alias = thai(name_size(size), "ก"), thai(size, "ข")

    person = _one(clean_store, "MATCH (n:Person) RETURN n.key AS key, n.name AS name, "
                               "n.aliases AS aliases, n.position AS position, n.search AS search")
    assert person == {"key": f"Person:{name}", "name": name, "aliases": [alias],
                      "position": thai(size, "ค"), "search": f"{name}|{alias}"}
    agency = _one(clean_store, "MATCH (n:Agency) RETURN n.name AS name, n.search AS search")
    assert agency == {"name": thai(name_size(size), "ฆ"), "search": thai(name_size(size), "ฆ")}
    event = _one(clean_store, "MATCH (n:Event) RETURN n.name AS name, n.title AS title, "
                              "n.venue AS venue, n.search AS search")
    assert event == {"name": thai(size, "ง"), "title": thai(size, "ง"), "venue": thai(size, "จ"),
                     "search": thai(size, "ง")}
    document = _one(clean_store, "MATCH (d:Document) RETURN d.title AS title")
    assert document["title"] == thai(size, "ฌ")
    mention = _one(clean_store, "MATCH (:Document)-[m:MENTIONS]->(:Person) RETURN m.names AS names")
    assert mention["names"] == [name, alias]
    signed = _one(clean_store, "MATCH ()-[r:SIGNED]->() RETURN r.evidence AS evidence")
    assert signed["evidence"] == [thai(size, "ฉ")]
    held = _one(clean_store, "MATCH ()-[r:HOLDS_POSITION]->() RETURN r.evidence AS evidence, r.titles AS titles")
    assert held == {"evidence": [thai(size, "ช")], "titles": [thai(size, "ซ")]}

    # The refresh paths: a second release adds an alias, withdrawing it takes the alias away.
    second = copy.deepcopy(record)
    second.update(doc="second.txt", source="second.txt")
    second["entities"][0]["aliases"] = [thai(size, "ฑ")]
    import_records(clean_store, [record, second])
    search = _one(clean_store, "MATCH (n:Person) RETURN n.search AS search")["search"]
    assert search == "|".join([name] + sorted([alias, thai(size, "ฑ")]))
    withdraw_documents(clean_store, ["second.txt"])
    assert _one(clean_store, "MATCH (n:Person) RETURN n.search AS search")["search"] == f"{name}|{alias}"

    # Reads that work on `search` with string functions find the node by its alias.
    found = run_query(clean_store, "search_names", {"text": alias, "label": "Person"})
    assert [(row["key"], row["exact"]) for row in found] == [(f"Person:{name}", True)]
    graph = read_graph(clean_store, include_documents=True)
    assert graph.nodes[f"Person:{name}"]["aliases"] == [alias]


def test_a_name_too_long_for_a_key_rejects_its_record_and_spares_the_others(clean_store):
    # FalkorDB crashes on a uniquely constrained value over 4096 bytes: such a
    # name must never reach the store.
    too_long = long_record("too-long.txt", 100)
    too_long["entities"][1]["name"] = thai(4096, "ฆ")
    result = import_records(clean_store, [too_long, long_record("fine.txt", 100)])
    assert result.documents_new == 1
    assert result.rejected == [{"source": "too-long.txt",
                                "reason": "entity 'a1' name makes a key of 4103 bytes; at most 1024 "
                                          "(is it really a name?)"}]
    assert _one(clean_store, "MATCH (d:Document) RETURN d.key AS key") == {"key": "fine.txt"}


def _raw_falkor(store) -> redis.Redis:
    """A connection to the embedded server that returns bytes as they are stored."""
    return redis.Redis(unix_socket_path=str(server_paths(store.home).socket))


@pytest.fixture
def own_falkor_store(fresh_home):
    """An embedded FalkorDB of the test's own.  The 512-byte concatenation bug at times
    takes its server down, and the session's store, which later tests use, must not go with it."""
    store = FalkorStore(fresh_home)
    store.ensure_schema()
    yield store
    store.close()


def test_old_cypher_join_cut_a_512_byte_name_and_the_new_path_does_not(own_falkor_store):
    name, alias = thai(512, "ก"), thai(100, "ข")
    record = long_record("cut.txt", 512)
    record["entities"][0]["aliases"] = [alias]
    assert record["entities"][0]["name"] == name
    import_records(own_falkor_store, [record])
    key = f"Person:{name}"
    raw = _raw_falkor(own_falkor_store)
    try:
        assert _stored_search(raw) == f"{name}|{alias}".encode("utf-8")          # the new path
        own_falkor_store.write(OLD_REFRESH_NAMES, {"rows": [{"key": key, "own": name}]})
        # The old statement's first `+` (the 512-byte name + '|') loses the name's
        # end: usually its first 511 bytes are kept, the last Thai letter cut after
        # two of its three bytes, but some runs keep nothing of it.  The bug may
        # also leave the server's memory in a state that fails later, unrelated
        # statements, so nothing else runs on this server.
        assert _stored_search(raw) != f"{name}|{alias}".encode("utf-8"), (
            "FalkorDB no longer cuts a 512-byte left operand of +; the bug this test "
            "documents is fixed upstream")
    finally:
        raw.close()


def test_a_name_cut_mid_character_is_a_clear_read_error_and_importing_again_repairs_it(own_falkor_store):
    # What a reader met after the old statement, written as its usual outcome was
    # (text cut mid-character) on a server the bug never ran on.
    name, alias = thai(512, "ก"), thai(100, "ข")
    record = long_record("cut.txt", 512)
    record["entities"][0]["aliases"] = [alias]
    import_records(own_falkor_store, [record])
    key = f"Person:{name}"
    raw = _raw_falkor(own_falkor_store)
    try:
        cut = name.encode("utf-8")[:511] + alias.encode("utf-8")
        raw.execute_command("GRAPH.QUERY", "edugraph", b"CYPHER cut='" + cut + b"' key='" + key.encode("utf-8")
                            + b"' MATCH (n:Person {key: $key}) SET n.search = $cut")
        assert _stored_search(raw) == cut
        with pytest.raises(UnicodeDecodeError):
            cut.decode("utf-8")
        with pytest.raises(UndecodableTextError, match=re.escape(f"node {key},")):
            own_falkor_store.read("MATCH (n:Person) RETURN n.key AS key, n.search AS search")
        # Importing again repairs it: the document is unchanged, so withdraw it first.
        withdraw_documents(own_falkor_store, ["cut.txt"])
        import_records(own_falkor_store, [record])
        assert _stored_search(raw) == f"{name}|{alias}".encode("utf-8")
    finally:
        raw.close()


def _stored_search(raw: redis.Redis) -> bytes:
    """The one Person's ``search`` as the server holds it, undecoded."""
    reply = raw.execute_command("GRAPH.RO_QUERY", "edugraph", "MATCH (n:Person) RETURN n.search", "--compact")
    return reply[1][0][0][1]


def test_concatenation_bug_in_its_smallest_form(own_falkor_store):
    raw = _raw_falkor(own_falkor_store)
    try:
        own_falkor_store.write("RETURN 0")
        lengths = {}
        for size in (511, 512, 513):
            left = "a" * size
            reply = raw.execute_command("GRAPH.RO_QUERY", "edugraph", f"CYPHER left='{left}' RETURN $left + '|'",
                                        "--compact")
            lengths[size] = len(reply[1][0][0][1])
        # Only a left operand of exactly 512 bytes is cut; what is left of it varies
        # from run to run (511 bytes mostly, none at times).
        assert lengths[511] == 512 and lengths[513] == 514
        assert lengths[512] < 512, "FalkorDB no longer cuts a 512-byte left operand of +"
    finally:
        raw.close()


def test_undecodable_text_is_an_error_naming_the_node_in_every_read_path(falkor_store, falkor_home, tmp_path):
    falkor_store.clear()
    falkor_store.ensure_schema()
    import_records(falkor_store, [long_record("ok.txt", 100)])
    raw = _raw_falkor(falkor_store)
    bad_key = "Person:ไม่ดี"
    # Bytes that are not UTF-8, written as a query parameter straight over the redis protocol.
    raw.execute_command("GRAPH.QUERY", "edugraph",
                        b"CYPHER bad='\xe0\xb8\x81\xe0\xb8' key='" + bad_key.encode() + b"' "
                        b"CREATE (:Person {key: $key, name: $bad, search: $bad, aliases: []})")
    try:
        with pytest.raises(UndecodableTextError, match=bad_key):
            falkor_store.read("MATCH (n:Person) RETURN n.key AS key, n.name AS name")
        with pytest.raises(UndecodableTextError, match=bad_key):
            read_graph(falkor_store)
        with pytest.raises(UndecodableTextError, match="row 1"):
            falkor_store.read("MATCH (n:Person {key: $key}) RETURN n.name AS name", {"key": bad_key})
        # A good read on the same connection still works afterwards.
        assert falkor_store.read("MATCH (n:Agency) RETURN count(n) AS n") == [{"n": 1}]

        env = {"EDUGRAPH_STORE": "embedded", "EDUGRAPH_HOME": str(falkor_home)}
        runner = CliRunner()
        for args in (["export", "--format", "json", "--out", str(tmp_path / "g.json")],
                     ["analyze", "degree"],
                     ["render", "--out", str(tmp_path / "g.html")],
                     ["query", "search_names", "--param", "text=ไม่"],
                     ["cypher", "MATCH (n:Person) RETURN n.key AS key, n.search AS search"]):
            result = runner.invoke(cli, args, env=env)
            assert result.exit_code == 2, (args, result.output)
            assert "not valid UTF-8" in result.output and bad_key in result.output, (args, result.output)
            assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
    finally:
        raw.close()
        falkor_store.clear()
