// Embedded variant: label(n) instead of labels(n)[0].
MATCH (a:Article {id: $id})
WITH a
MATCH (a)-[:MENTIONS]->(p:Person)
WITH p
MATCH (p)-[x:AFFILIATED_WITH]->(t)
WHERE $id IN x.articles
RETURN p.id AS person, t.id AS target, label(t) AS target_label, x.articles AS articles
