// (Statement)-[:ABOUT]->(entity). Parameters: $rows [{statement, entity}]. Label: __TO__.
UNWIND $rows AS r
MATCH (s:Statement {id: r.statement})
WITH s, r
MATCH (e:__TO__ {id: r.entity})
CREATE (s)-[:ABOUT]->(e)
RETURN count(*) AS relationships_created
