// Places and the states they lie in, with coordinates where GeoNames knows them.
//
// Parameters:
//   $limit (default 200): most rows to return
//
// Viz: source=place_id target=state_id type=LOCATED_IN
//
// Neo4j Browser: set the parameters, then run the query.
// :param limit => 200
MATCH (p:Place)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(st:State)
OPTIONAL MATCH (a:Article)-[:MENTIONS]->(p)
WITH p, st, count(DISTINCT a) AS articles
RETURN p.name AS place, st.name AS state, p.latitude AS latitude, p.longitude AS longitude,
       p.geonames_id AS geonames_id, articles, p.id AS place_id, st.id AS state_id
ORDER BY place, place_id, state_id
LIMIT $limit
