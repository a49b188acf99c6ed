// The statements of one article in reading order, with speakers and what each is about.
//
// `$article` is the article's id, its file name (with or without extension), or a fragment of
// its title, case-insensitive.
//
// Parameters:
//   $article (required): article id, file name or title fragment, e.g. '000_153c129ab84b8570.txt'
//   $limit (default 500): most rows to return
//
// Neo4j Browser: set the parameters, then run the query.
// :param article => '000_153c129ab84b8570.txt'
// :param limit => 500
WITH toLower($article) AS key
MATCH (a:Article)
WHERE toLower(a.id) = key OR toLower(a.name) = key OR toLower(a.name) STARTS WITH (key + '.')
   OR toLower(coalesce(a.title, '')) CONTAINS key
MATCH (s:Statement)-[:`IN`]->(a)
OPTIONAL MATCH (sp)-[:SAID]->(s)
OPTIONAL MATCH (s)-[:ABOUT]->(t)
WITH a, s, sp, collect(DISTINCT t.name) AS about
RETURN a.name AS article, s.start AS start, sp.name AS speaker, s.kind AS kind, s.cue AS cue,
       s.text AS text, about, s.id AS statement
ORDER BY article, start, statement, speaker
LIMIT $limit
