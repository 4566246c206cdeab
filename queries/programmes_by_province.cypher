// name: programmes_by_province
// description: The programmes of each province: a programme belongs to a province where one of its events was held, that is its pilot, or where an agency that pilots or organises it is located
// param: province: province = null — only this province
// example: edugraph query programmes_by_province
// example: edugraph query programmes_by_province --param province=สุรินทร์ --format json
MATCH (pv:Province), (g:Programme)
WHERE ($province IS NULL OR $province IN split(pv.search, '|'))
  AND ((pv)-[:PILOT_OF]->(g)
       OR (g)<-[:PART_OF]-(:Event)-[:HELD_IN]->(pv)
       OR (g)<-[:PILOT_OF|ORGANIZED]-(:Agency)-[:LOCATED_IN]->(pv))
WITH pv, g
ORDER BY g.name
WITH pv, collect(DISTINCT g.name) AS programmes
RETURN pv.name AS province,
       size(programmes) AS programme_count,
       programmes
ORDER BY programme_count DESC, province
