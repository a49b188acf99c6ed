// Embedded variant: LadybugDB's MERGE scans the whole node table (it does not use the primary-key
// index), so the writer checks first and CREATEs. Parameters: $rows.
UNWIND $rows AS r
CREATE (a:Article {id: r.id, source: r.source, name: r.name, title: r.title, publisher: r.publisher,
                   published: r.published, url: r.url, text: r.text})
RETURN count(*) AS nodes_created
