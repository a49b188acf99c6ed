// Who is talked about most: entities by how many speakers and statements are about them.
//
// Reads the derived SAID_ABOUT relationship; a speaker talking about itself counts too.
//
// Parameters:
//   $limit (default 25): most rows to return
//
// Neo4j Browser: set the parameters, then run the query.
// :param limit => 25
MATCH (sp)-[r:SAID_ABOUT]->(t)
WITH t, count(DISTINCT sp) AS speakers, sum(r.statements) AS statements
RETURN t.name AS about, speakers, statements, t.id AS about_id
ORDER BY statements DESC, speakers DESC, about, about_id
LIMIT $limit
