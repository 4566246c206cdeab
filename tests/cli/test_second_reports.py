"""Second outlets' reports of one event become one event node, from *extracted* records.

The issue's done-when: importing the seeds plus ``../shared/corpus/dev/texts``
(real extraction, the CLI's import on the embedded store) gives one signing
event on 2022-04-19 in Sukhothai carrying seed 000 and h01, and the same for
the other second-report pairs that ``dev/DECISIONS.md`` names: h02/seed 003
(Khon Kaen, 2020-11-25) and h18/h19 (Rayong, 2019-02-27: the signing *and*
the PM's site visit, two events of each report).
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from click.testing import CliRunner

from edugraph.cli import cli
from edugraph.graph.readside import canonical_dump
from edugraph.graph.store.falkor import FalkorStore

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

#: (event type, date, the documents' file-name prefixes, the key the event must have or None).
SECOND_REPORTS = [
    ("signing", "2022-04-19", ("000_", "h01_"), "Event:signing:2022-04-19:สุโขทัย"),
    ("signing", "2020-11-25", ("003_", "h02_"), "Event:signing:2020-11-25:ขอนแก่น"),
    ("signing", "2019-02-27", ("h18_", "h19_"), "Event:signing:2019-02-27:ระยอง"),
    ("visit", "2019-02-27", ("h18_", "h19_"), "Event:visit:2019-02-27:ระยอง"),
]


@pytest.fixture(scope="module")
def seeds_and_dev(tmp_path_factory):
    """Event node → (type, date, documents) after one import of the seeds and the dev texts."""
    if not (CORPUS / "seeds").is_dir() or not (CORPUS / "dev" / "texts").is_dir():
        pytest.skip(f"no seeds or dev texts under {CORPUS}")
    home = tmp_path_factory.mktemp("second-reports") / "edugraph-data"
    env = {"EDUGRAPH_STORE": "embedded", "EDUGRAPH_HOME": str(home)}
    result = CliRunner().invoke(cli, ["import", str(CORPUS / "seeds"), str(CORPUS / "dev" / "texts")], env=env)
    assert result.exit_code == 0, result.output[-2000:]
    store = FalkorStore(home)
    try:
        dump = canonical_dump(store)
    finally:
        store.close()
        from edugraph.graph.store.embedded import stop_server

        stop_server(home)
    events = {node["key"]: node for node in dump["nodes"] if node["label"] == "Event"}
    documents: dict[str, set[str]] = defaultdict(set)
    for rel in dump["relationships"]:
        if rel["type"] == "MENTIONS" and rel["tail"] in events:
            documents[rel["tail"]].add(Path(rel["head"]).name)
    return {key: (node.get("event_type"), node.get("date"), documents[key]) for key, node in events.items()}


@pytest.mark.parametrize("kind, day, prefixes, key", SECOND_REPORTS, ids=lambda v: v if isinstance(v, str) else None)
def test_two_outlets_reports_of_one_event_are_one_node(seeds_and_dev, kind, day, prefixes, key):
    reported = {key_: docs for key_, (type_, date_, docs) in seeds_and_dev.items()
                if type_ == kind and date_ == day and any(d.startswith(prefixes) for d in docs)}
    assert len(reported) == 1, f"{kind} on {day} is split: {reported}"
    [(found, docs)] = reported.items()
    assert {prefix for prefix in prefixes if any(d.startswith(prefix) for d in docs)} == set(prefixes), docs
    assert found == key
