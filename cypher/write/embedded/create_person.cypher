// Embedded variant: CREATE, not MERGE (see create_article). Parameters: $rows.
UNWIND $rows AS r
CREATE (e:Person {id: r.id, name: r.name, aliases: r.aliases, title: r.title})
RETURN count(*) AS nodes_created
