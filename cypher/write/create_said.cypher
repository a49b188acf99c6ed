// (speaker)-[:SAID]->(Statement). Parameters: $rows [{speaker, statement}]. Label: __FROM__.
UNWIND $rows AS r
MATCH (sp:__FROM__ {id: r.speaker})
WITH sp, r
MATCH (s:Statement {id: r.statement})
CREATE (sp)-[:SAID]->(s)
RETURN count(*) AS relationships_created
