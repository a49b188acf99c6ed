// Where a statement comes from: its sentence, offsets and article, found by id or by a piece
// of its text.
//
// `$statement` is a statement id (as other queries return it) or any fragment of its text,
// case-insensitive. `start` and `end` are character offsets into the article's text.
//
// Parameters:
//   $statement (required): statement id or a fragment of its text, e.g. 'mengirim pasukan'
//   $limit (default 20): most rows to return
//
// Neo4j Browser: set the parameters, then run the query.
// :param statement => 'mengirim pasukan'
// :param limit => 20
WITH toLower($statement) AS key
MATCH (s:Statement)-[:`IN`]->(a:Article)
WHERE toLower(s.id) = key OR toLower(s.text) CONTAINS key
OPTIONAL MATCH (sp)-[:SAID]->(s)
RETURN s.id AS statement, sp.name AS speaker, s.kind AS kind, s.cue AS cue, s.text AS text,
       s.sentence AS sentence, s.start AS start, s.`end` AS `end`,
       a.name AS article, a.title AS title, a.publisher AS publisher, a.published AS published,
       a.url AS url, a.source AS source
ORDER BY article, start, statement, speaker
LIMIT $limit
