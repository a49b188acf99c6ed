// Everything a speaker said, and about whom: each statement with the entities it is about.
//
// The speaker (a person, state or organization) is matched forgivingly: case-insensitive, by
// canonical name, any alias or its id. `about` lists the names of the entities the statement
// mentions.
//
// Parameters:
//   $name (required): speaker name, alias or id, any case, e.g. 'Lloyd Austin', 'Austin'
//   $limit (default 100): most rows to return
//
// Neo4j Browser: set the parameters, then run the query.
// :param name => 'Lloyd Austin'
// :param limit => 100
WITH toLower($name) AS key
MATCH (sp:Person|State|Organization)
WHERE toLower(sp.name) = key OR toLower(sp.id) = key
   OR any(alias IN coalesce(sp.aliases, []) WHERE toLower(alias) = key)
MATCH (sp)-[:SAID]->(s:Statement)-[:`IN`]->(a:Article)
OPTIONAL MATCH (s)-[:ABOUT]->(t)
WITH sp, s, a, collect(DISTINCT t.name) AS about
RETURN sp.name AS speaker, s.kind AS kind, s.cue AS cue, s.text AS text, about,
       a.name AS article, s.start AS start, s.id AS statement
ORDER BY article, start, statement
LIMIT $limit
