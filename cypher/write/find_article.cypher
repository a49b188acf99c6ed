// Articles `kg drop` may mean: by id, name (file name) or source. Parameters: $key.
MATCH (a:Article)
WHERE a.id = $key OR a.name = $key OR a.source = $key
RETURN a.id AS id, a.name AS name, a.source AS source
