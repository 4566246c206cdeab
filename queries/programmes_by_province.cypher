// name: programmes_by_province
// description: The programmes of each province: a programme belongs to a province where one of its events was held, that is its pilot, or where an agency that pilots or organises it is located
// param: province: province = null — only this province
// example: edugraph query programmes_by_province
// example: edugraph query programmes_by_province --param province=ศรีสะเกษ --format json
MATCH (pv:Province)
WHERE $province IS NULL OR $province IN split(pv.search, '|')
// Three walks out from each province rather than a Province × Programme
// product tested with pattern predicates, which is quadratic.
WITH pv,
     [(pv)-[:PILOT_OF]->(g1:Programme) | g1.name]
     + [(pv)<-[:HELD_IN]-(:Event)-[:PART_OF]->(g2:Programme) | g2.name]
     + [(pv)<-[:LOCATED_IN]-(:Agency)-[:PILOT_OF|ORGANIZED]->(g3:Programme) | g3.name] AS found
UNWIND found AS programme
WITH pv, programme
ORDER BY programme
WITH pv, collect(DISTINCT programme) AS programmes
RETURN pv.name AS province,
       size(programmes) AS programme_count,
       programmes
ORDER BY programme_count DESC, province
