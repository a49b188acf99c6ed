// Embedded variant: label(n) instead of labels(n)[0].
MATCH (a:Article {id: $id})
WITH a
MATCH (a)-[:MENTIONS]->(e)
RETURN e.id AS id, label(e) AS label
