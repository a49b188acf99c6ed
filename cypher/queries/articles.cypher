// The articles in the graph, with their metadata and how many statements, speakers and
// entities each has.
//
// Parameters:
//   $limit (default 100): most rows to return
//
// Neo4j Browser: set the parameters, then run the query.
// :param limit => 100
MATCH (a:Article)
OPTIONAL MATCH (s:Statement)-[:`IN`]->(a)
OPTIONAL MATCH (sp)-[:SAID]->(s)
WITH a, count(DISTINCT s) AS statements, count(DISTINCT sp) AS speakers
OPTIONAL MATCH (a)-[:MENTIONS]->(e)
WITH a, statements, speakers, count(DISTINCT e) AS entities
RETURN a.name AS article, a.title AS title, a.publisher AS publisher, a.published AS published,
       statements, speakers, entities, a.id AS article_id
ORDER BY published, article, article_id
LIMIT $limit
