// New Person nodes (the writer has checked they do not exist). Parameters: $rows [{id, name, aliases, title}].
UNWIND $rows AS r
MERGE (e:Person {id: r.id})
SET e.name = r.name, e.aliases = r.aliases, e.title = r.title
RETURN count(*) AS nodes_created
