// name: programmes_by_province
// description: The programmes of each province: a programme belongs to a province where one of its events was held, that is its pilot, or where an agency that pilots or organises it is located
// param: province: province = null — only this province
// example: edugraph query programmes_by_province
// example: edugraph query programmes_by_province --param province=ศรีสะเกษ --format json
// note: reads each province's programmes, which the importer keeps up to date (derived data: edugraph rebuild-projections recomputes them)
CALL {
  // (UNWIND, not a null key: FalkorDB scans every NameKey for a null parameter)
  UNWIND CASE WHEN $province IS NULL THEN [] ELSE [$province] END AS wanted
  MATCH (:NameKey {key: wanted})-[:NAMES]->(pv:Province)
  RETURN pv
  UNION
  MATCH (pv:Province)
  WHERE $province IS NULL
  RETURN pv
}
WITH pv
WHERE pv.programme_count > 0
RETURN pv.name AS province,
       pv.programme_count AS programme_count,
       pv.programmes AS programmes
ORDER BY programme_count DESC, province
