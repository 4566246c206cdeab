"""A runaway query fails fast with a message naming the setting to raise (real embedded server)."""
from __future__ import annotations

import time

import pytest
from click.testing import CliRunner

from edugraph.cli import cli
from edugraph.errors import QueryLimitError, SettingError
from edugraph.graph.importer import import_records
from edugraph.graph.store.falkor import FalkorStore
from edugraph.settings import query_limits, query_timeout_ms

#: 10^10 rows: hours of one core without a limit.
RUNAWAY = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n"


def test_runaway_cypher_times_out_with_a_clear_message(falkor_store, falkor_home, monkeypatch):
    # Read commands refuse an empty store (exit 3): give it one document.
    falkor_store.clear()
    falkor_store.ensure_schema()
    import_records(falkor_store, [{"doc": "limits.txt", "relations": [],
                                   "entities": [{"id": "v1", "type": "Province", "name": "สตูล"}]}])
    monkeypatch.setenv("EDUGRAPH_QUERY_TIMEOUT_MS", "300")
    env = {"EDUGRAPH_STORE": "embedded", "EDUGRAPH_HOME": str(falkor_home)}
    started = time.monotonic()
    result = CliRunner().invoke(cli, ["cypher", RUNAWAY], env=env)
    elapsed = time.monotonic() - started
    assert result.exit_code == 2, result.output
    assert "query timed out after 300 ms; raise EDUGRAPH_QUERY_TIMEOUT_MS" in result.output
    assert "Traceback" not in result.output
    assert elapsed < 30, elapsed          # stopped by the limit, not run to the end
    # The server is free again: the next query answers.
    monkeypatch.delenv("EDUGRAPH_QUERY_TIMEOUT_MS")
    again = CliRunner().invoke(cli, ["cypher", "RETURN 1 AS one", "--format", "json"], env=env)
    assert again.exit_code == 0, again.output


def test_writes_are_not_cut_by_the_read_limit(fresh_home):
    # A server started with a 50 ms default (TIMEOUT_DEFAULT, which FalkorDB
    # applies to writes too) and one write of a few hundred ms: the store gives
    # writes their own limit, so the write completes.
    limits = query_limits({"EDUGRAPH_QUERY_TIMEOUT_MS": "50"}.get)
    with FalkorStore(fresh_home, limits=limits) as store:
        store.write("UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b "
                    "WITH count(*) AS n CREATE (:LimitProbe {n: n})")
        assert store.read("MATCH (p:LimitProbe) RETURN p.n AS n") == [{"n": 9_000_000}]
        with pytest.raises(QueryLimitError, match="after 50 ms"):
            store.read("UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b RETURN count(*) AS n")


@pytest.mark.parametrize("value", ["abc", "-5", "1.5"])
def test_a_bad_limit_setting_is_a_clear_error(monkeypatch, value):
    monkeypatch.setenv("EDUGRAPH_QUERY_TIMEOUT_MS", value)
    with pytest.raises(SettingError, match="EDUGRAPH_QUERY_TIMEOUT_MS must be a whole number"):
        query_timeout_ms()
