// (Person)-[:AFFILIATED_WITH {title, articles}]->(State|Organization): one relationship per pair,
// listing every article that supports it; the first stated title stays.
// Parameters: $rows [{person, target, title, articles}], one row per pair; the articles are new
// ones (an article is removed before it is written again), so they are appended. Label: __TO__.
UNWIND $rows AS r
MATCH (p:Person {id: r.person})
WITH p, r
MATCH (t:__TO__ {id: r.target})
OPTIONAL MATCH (p)-[old:AFFILIATED_WITH]->(t)
WITH p, t, r, old IS NULL AS fresh
MERGE (p)-[x:AFFILIATED_WITH]->(t)
ON CREATE SET x.title = r.title, x.articles = r.articles
ON MATCH SET x.title = coalesce(x.title, r.title), x.articles = x.articles + r.articles
RETURN sum(CASE WHEN fresh THEN 1 ELSE 0 END) AS relationships_created
