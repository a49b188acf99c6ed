// The entities an article mentions, before it is removed. Parameters: $id.
MATCH (a:Article {id: $id})
WITH a
MATCH (a)-[:MENTIONS]->(e)
RETURN e.id AS id, labels(e)[0] AS label
