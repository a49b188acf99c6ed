// The most mentioned entities: by number of articles naming them and total mentions.
//
// Parameters:
//   $limit (default 25): most rows to return
//
// Neo4j Browser: set the parameters, then run the query.
// :param limit => 25
MATCH (a:Article)-[m:MENTIONS]->(e)
WITH e, count(DISTINCT a) AS articles, sum(m.count) AS mentions
RETURN e.name AS entity, articles, mentions, e.id AS entity_id
ORDER BY articles DESC, mentions DESC, entity, entity_id
LIMIT $limit
