// (Place)-[:LOCATED_IN]->(State), where the gazetteer knows it. Parameters: $rows [{place, state}].
// (r is carried through the WITH although unused: without it LadybugDB 0.22 fails to bind the MERGE.)
UNWIND $rows AS r
MATCH (p:Place {id: r.place})
WITH p, r
MATCH (s:State {id: r.state})
OPTIONAL MATCH (p)-[old:LOCATED_IN]->(s)
WITH p, s, r, old IS NULL AS fresh
MERGE (p)-[:LOCATED_IN]->(s)
RETURN sum(CASE WHEN fresh THEN 1 ELSE 0 END) AS relationships_created
