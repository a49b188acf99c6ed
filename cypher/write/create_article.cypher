// One new article node. Parameters: $rows, one row {id, source, name, title, publisher,
// published, url, text} (a list, like every write, so both stores type its nulls the same way).
UNWIND $rows AS r
MERGE (a:Article {id: r.id})
SET a.source = r.source, a.name = r.name, a.title = r.title, a.publisher = r.publisher,
    a.published = r.published, a.url = r.url, a.text = r.text
RETURN count(*) AS nodes_created
