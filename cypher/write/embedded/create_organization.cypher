// Embedded variant: CREATE, not MERGE (see create_article). Parameters: $rows.
UNWIND $rows AS r
CREATE (e:Organization {id: r.id, name: r.name, aliases: r.aliases})
RETURN count(*) AS nodes_created
