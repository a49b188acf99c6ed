// The officials of each state or organization, with their titles and statement counts.
//
// With `$name` empty every state and organization is listed; otherwise only the one matched
// forgivingly (case-insensitive, by canonical name, any alias or id).
//
// Parameters:
//   $name (default ''): state or organization name, alias or id; empty for all
//   $limit (default 200): most rows to return
//
// Viz: source=official_id target=body_id type=AFFILIATED_WITH width=statements
//
// Neo4j Browser: set the parameters, then run the query.
// :param name => 'Amerika Serikat'
// :param limit => 200
WITH toLower($name) AS key
MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:State|Organization)
WHERE key = '' OR toLower(o.name) = key OR toLower(o.id) = key
   OR any(alias IN coalesce(o.aliases, []) WHERE toLower(alias) = key)
OPTIONAL MATCH (p)-[:SAID]->(s:Statement)
WITH o, p, r, count(s) AS statements
RETURN o.name AS body, p.name AS official, coalesce(r.title, p.title) AS title, statements,
       o.id AS body_id, p.id AS official_id
ORDER BY body, statements DESC, official, body_id, official_id
LIMIT $limit
