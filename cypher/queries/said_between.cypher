// What one speaker said about one entity: e.g. everything Lloyd Austin said about North Korea.
//
// Both names are matched forgivingly: case-insensitive, by canonical name, any alias or id.
//
// Parameters:
//   $speaker (required): speaker name, alias or id, any case, e.g. 'Lloyd Austin'
//   $about (required): entity name, alias or id, any case, e.g. 'Korea Utara'
//   $limit (default 100): most rows to return
//
// Neo4j Browser: set the parameters, then run the query.
// :param speaker => 'Lloyd Austin'
// :param about => 'Korea Utara'
// :param limit => 100
WITH toLower($speaker) AS speaker_key, toLower($about) AS about_key
MATCH (sp:Person|State|Organization)
WHERE toLower(sp.name) = speaker_key OR toLower(sp.id) = speaker_key
   OR any(alias IN coalesce(sp.aliases, []) WHERE toLower(alias) = speaker_key)
MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(e)
WHERE toLower(e.name) = about_key OR toLower(e.id) = about_key
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = about_key)
MATCH (s)-[:`IN`]->(a:Article)
RETURN sp.name AS speaker, e.name AS about, s.kind AS kind, s.cue AS cue, s.text AS text,
       a.name AS article, s.start AS start, s.id AS statement
ORDER BY article, start, statement, about
LIMIT $limit
