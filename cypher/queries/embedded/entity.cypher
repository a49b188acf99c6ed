// Embedded (LadybugDB) variant: label(e) instead of labels(e)[0], which LadybugDB lacks.
// Look up an entity: its type, id, canonical name, aliases, and how much it is mentioned,
// speaks and is spoken about.
//
// Matched forgivingly: case-insensitive, by canonical name, any alias or id. A short form
// shared by several entities (a surname) returns each of them.
//
// Parameters:
//   $name (required): entity name, alias or id, any case, e.g. 'Korut'
//
// Neo4j Browser: set the parameters, then run the query.
// :param name => 'Korut'
WITH toLower($name) AS key
MATCH (e:Person|State|Organization|Place)
WHERE toLower(e.name) = key OR toLower(e.id) = key
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = key)
OPTIONAL MATCH (a:Article)-[:MENTIONS]->(e)
WITH e, count(DISTINCT a) AS articles
OPTIONAL MATCH (e)-[:SAID]->(said:Statement)
WITH e, articles, count(DISTINCT said) AS statements_by
OPTIONAL MATCH (about:Statement)-[:ABOUT]->(e)
WITH e, articles, statements_by, count(DISTINCT about) AS statements_about
RETURN label(e) AS type, e.id AS id, e.name AS name, e.aliases AS aliases,
       articles, statements_by, statements_about
ORDER BY name, id
