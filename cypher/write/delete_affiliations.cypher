// Affiliations no stored article supports any more. Parameters: $rows [{person, target}]. Label: __TO__.
// (r rides along in the last WITH although unused: without it LadybugDB 0.22 fails to bind the match.)
UNWIND $rows AS r
MATCH (p:Person {id: r.person})
WITH p, r
MATCH (t:__TO__ {id: r.target})
WITH p, t, r
MATCH (p)-[x:AFFILIATED_WITH]->(t)
DELETE x
