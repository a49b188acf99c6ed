// Who said what about an entity: every statement about it, with its speaker, cue and article.
//
// The entity is matched forgivingly: case-insensitive, by canonical name, any alias or its id,
// whatever its type (state, person, organization or place). Statements whose speaker the
// article does not name have an empty speaker.
//
// Parameters:
//   $name (required): entity name, alias or id, any case, e.g. 'Korea Utara', 'Korut', 'KP'
//   $limit (default 100): most rows to return
//
// Viz: source=speaker_id target=about_id type=SAID_ABOUT
//
// Neo4j Browser: set the parameters, then run the query.
// :param name => 'Korea Utara'
// :param limit => 100
WITH toLower($name) AS key
MATCH (e:Person|State|Organization|Place)
WHERE toLower(e.name) = key OR toLower(e.id) = key
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = key)
MATCH (s:Statement)-[:ABOUT]->(e)
MATCH (s)-[:`IN`]->(a:Article)
OPTIONAL MATCH (sp)-[:SAID]->(s)
RETURN e.name AS about, sp.name AS speaker, s.kind AS kind, s.cue AS cue, s.text AS text,
       a.name AS article, s.start AS start, s.id AS statement, sp.id AS speaker_id, e.id AS about_id
ORDER BY article, start, statement, about_id
LIMIT $limit
