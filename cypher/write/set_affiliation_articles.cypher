// The supporting articles left on an affiliation after one article is removed.
// Parameters: $rows [{person, target, articles}]. Label: __TO__.
UNWIND $rows AS r
MATCH (p:Person {id: r.person})
WITH p, r
MATCH (t:__TO__ {id: r.target})
WITH p, t, r
MATCH (p)-[x:AFFILIATED_WITH]->(t)
SET x.articles = r.articles
