// (Statement)-[:IN]->(Article). Parameters: $rows [{statement, article}].
UNWIND $rows AS r
MATCH (s:Statement {id: r.statement})
WITH s, r
MATCH (a:Article {id: r.article})
CREATE (s)-[:`IN`]->(a)
RETURN count(*) AS relationships_created
