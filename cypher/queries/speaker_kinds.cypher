// Speakers and their statement counts by kind: direct quotes and reported speech.
//
// Parameters:
//   $limit (default 50): most rows to return
//
// Neo4j Browser: set the parameters, then run the query.
// :param limit => 50
MATCH (sp)-[:SAID]->(s:Statement)
WITH sp, count(CASE WHEN s.kind = 'direct' THEN 1 END) AS direct,
     count(CASE WHEN s.kind = 'indirect' THEN 1 END) AS indirect, count(s) AS total
RETURN sp.name AS speaker, direct, indirect, total, sp.id AS speaker_id
ORDER BY total DESC, speaker, speaker_id
LIMIT $limit
