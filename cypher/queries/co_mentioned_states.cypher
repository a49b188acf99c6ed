// Which states are named together: pairs of states mentioned in the same article, and how
// many statements are about both.
//
// Parameters:
//   $min_articles (default 1): leave out pairs named together in fewer articles than this
//   $limit (default 50): most rows to return
//
// Viz: source=state_id target=other_id type=NAMED_WITH width=articles
//
// Neo4j Browser: set the parameters, then run the query.
// :param min_articles => 1
// :param limit => 50
MATCH (x:State)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(y:State)
WHERE x.id < y.id
WITH x, y, count(DISTINCT a) AS articles
WHERE articles >= $min_articles
OPTIONAL MATCH (x)<-[:ABOUT]-(s:Statement)-[:ABOUT]->(y)
WITH x, y, articles, count(DISTINCT s) AS statements
RETURN x.name AS state, y.name AS other, articles, statements, x.id AS state_id, y.id AS other_id
ORDER BY articles DESC, statements DESC, state, other
LIMIT $limit
