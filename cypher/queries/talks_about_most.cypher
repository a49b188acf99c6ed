// Who talks about whom most: speaker and target pairs by number of statements.
//
// Reads the derived SAID_ABOUT relationship, which every load keeps in step with the
// statements: `statements` is how many statements of the speaker are about the target.
//
// Parameters:
//   $min_statements (default 1): leave out pairs with fewer statements than this
//   $limit (default 25): most rows to return
//
// Viz: source=speaker_id target=about_id type=SAID_ABOUT width=statements
//
// Neo4j Browser: set the parameters, then run the query.
// :param min_statements => 1
// :param limit => 25
MATCH (sp)-[r:SAID_ABOUT]->(t)
WHERE r.statements >= $min_statements
RETURN sp.name AS speaker, t.name AS about, r.statements AS statements,
       sp.id AS speaker_id, t.id AS about_id
ORDER BY statements DESC, speaker, about, speaker_id, about_id
LIMIT $limit
