// Embedded variant: CREATE, not MERGE (see create_article). Parameters: $rows.
UNWIND $rows AS r
CREATE (e:State {id: r.id, name: r.name, aliases: r.aliases, iso2: r.iso2})
RETURN count(*) AS nodes_created
