// The AFFILIATED_WITH relationships an article supports, before it is removed. Parameters: $id.
MATCH (a:Article {id: $id})
WITH a
MATCH (a)-[:MENTIONS]->(p:Person)
WITH p
MATCH (p)-[x:AFFILIATED_WITH]->(t)
WHERE $id IN x.articles
RETURN p.id AS person, t.id AS target, labels(t)[0] AS target_label, x.articles AS articles
