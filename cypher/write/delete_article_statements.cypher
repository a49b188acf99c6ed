// Remove an article's statements, with their SAID, ABOUT and IN; the article node goes next
// (delete_article_node) and entities after that. Parameters: $id.
MATCH (a:Article {id: $id})
WITH a
MATCH (s:Statement)-[:`IN`]->(a)
DETACH DELETE s
