// New Organization nodes. Parameters: $rows [{id, name, aliases}].
UNWIND $rows AS r
MERGE (e:Organization {id: r.id})
SET e.name = r.name, e.aliases = r.aliases
RETURN count(*) AS nodes_created
