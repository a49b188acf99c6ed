// (Article)-[:MENTIONS {count, aliases}]->(entity) for a new article; aliases are the surface
// forms seen in that article. Parameters: $rows [{article, entity, count, aliases}]. Label: __TO__.
UNWIND $rows AS r
MATCH (a:Article {id: r.article})
WITH a, r
MATCH (e:__TO__ {id: r.entity})
CREATE (a)-[:MENTIONS {count: r.count, aliases: r.aliases}]->(e)
RETURN count(*) AS relationships_created
