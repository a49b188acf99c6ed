// The derived (speaker)-[:SAID_ABOUT {statements}]->(entity): add this article's statement counts.
// Parameters: $rows [{speaker, entity, n}]. Labels: __FROM__, __TO__.
UNWIND $rows AS r
MATCH (sp:__FROM__ {id: r.speaker})
WITH sp, r
MATCH (e:__TO__ {id: r.entity})
OPTIONAL MATCH (sp)-[old:SAID_ABOUT]->(e)
WITH sp, e, r, old IS NULL AS fresh
MERGE (sp)-[x:SAID_ABOUT]->(e)
ON CREATE SET x.statements = r.n
ON MATCH SET x.statements = x.statements + r.n
RETURN sum(CASE WHEN fresh THEN 1 ELSE 0 END) AS relationships_created
