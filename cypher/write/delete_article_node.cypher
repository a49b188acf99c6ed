// The article node itself, with its MENTIONS. Parameters: $id.
MATCH (a:Article {id: $id})
DETACH DELETE a
