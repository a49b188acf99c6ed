// The most quoted officials: people by number of statements, with title and affiliation.
//
// `affiliations` lists the states and organizations the person acts for across articles.
//
// Parameters:
//   $limit (default 25): most rows to return
//
// Neo4j Browser: set the parameters, then run the query.
// :param limit => 25
MATCH (p:Person)-[:SAID]->(s:Statement)-[:`IN`]->(a:Article)
WITH p, count(DISTINCT s) AS statements, count(DISTINCT a) AS articles
OPTIONAL MATCH (p)-[:AFFILIATED_WITH]->(o)
WITH p, statements, articles, collect(DISTINCT o.name) AS affiliations
RETURN p.name AS official, p.title AS title, affiliations, statements, articles, p.id AS official_id
ORDER BY statements DESC, articles DESC, official, official_id
LIMIT $limit
