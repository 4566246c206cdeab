"""Where an analyst starts: three questions about the imported releases, asked through edugraph's Python API.

1. Which agencies sign together most?          a canned query  (graph.query)
2. Who chaired events in two or more provinces? the networkx view (graph.networkx)
3. Which programmes have the most pilots?       ad hoc Cypher   (graph.cypher)

Run it after importing the example releases (the README's quick start):

    edugraph import examples/
    python examples/analysis.py                 # reads ./edugraph-data
    python examples/analysis.py /path/to/data   # or another data directory, or a Neo4j URI

(`edugraph import examples/` reads only releases: .txt, .html, .json and
.jsonl files; this script is passed over.)
"""
from __future__ import annotations

import sys
from collections import defaultdict

import edugraph

# Values go in as parameters ($top), never pasted into the text.
PROGRAMMES_BY_PILOTS = """
MATCH (g:Programme)<-[:PILOT_OF]-(pilot)
RETURN g.name AS programme, count(DISTINCT pilot) AS pilots, collect(DISTINCT pilot.name) AS names
ORDER BY pilots DESC, programme
LIMIT $top
"""


def agencies_signing_together(graph: edugraph.Graph, top: int = 5) -> list[dict]:
    """Pairs of agencies that signed the same events, most shared signings first."""
    return graph.query("cosignatory_pairs", label="Agency", limit=top)


def chairs_in_several_provinces(graph: edugraph.Graph, at_least: int = 2) -> list[dict]:
    """People who chaired events held in ``at_least`` provinces, from the networkx view."""
    view = graph.networkx()
    provinces: dict[str, set[str]] = defaultdict(set)
    for person, event, relation in view.edges(keys=True):
        if relation != "CHAIRED":
            continue
        for _, province, held in view.out_edges(event, keys=True):
            if held == "HELD_IN":
                provinces[person].add(view.nodes[province]["name"])
    found = [{"person": view.nodes[person]["name"], "provinces": sorted(names)}
             for person, names in provinces.items() if len(names) >= at_least]
    return sorted(found, key=lambda row: (-len(row["provinces"]), row["person"]))


def programmes_with_most_pilots(graph: edugraph.Graph, top: int = 5) -> list[dict]:
    """Programmes ranked by how many agencies and provinces pilot them."""
    return graph.cypher(PROGRAMMES_BY_PILOTS, top=top)


def main(argv: list[str]) -> int:
    where = argv[0] if argv else "edugraph-data"
    with edugraph.open(where) as graph:
        print(f"# {graph.description}")
        print("\nAgencies that sign together most:")
        for row in agencies_signing_together(graph) or [None]:
            print(f"  {row['shared']}×  {row['actor']}  +  {row['partner']}" if row else "  (none)")
        print("\nPeople who chaired events in two or more provinces:")
        for row in chairs_in_several_provinces(graph) or [None]:
            print(f"  {row['person']}: {', '.join(row['provinces'])}" if row else "  (none)")
        print("\nProgrammes with the most pilots:")
        for row in programmes_with_most_pilots(graph) or [None]:
            print(f"  {row['pilots']:>3}  {row['programme']}" if row else "  (none)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except edugraph.EdugraphError as err:      # the one family of edugraph's errors
        print(f"analysis: {err}", file=sys.stderr)
        sys.exit(err.exit_code)
