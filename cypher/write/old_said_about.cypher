// What an article's statements add to SAID_ABOUT, before the article is removed:
// (speaker, entity, number of its statements). Parameters: $id.
MATCH (a:Article {id: $id})
WITH a
MATCH (s:Statement)-[:`IN`]->(a)
WITH s
MATCH (sp)-[:SAID]->(s)
WITH sp, s
MATCH (s)-[:ABOUT]->(e)
RETURN sp.id AS speaker, labels(sp)[0] AS speaker_label, e.id AS entity, labels(e)[0] AS entity_label, count(*) AS n
