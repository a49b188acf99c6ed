// New State nodes. Parameters: $rows [{id, name, aliases, iso2}].
UNWIND $rows AS r
MERGE (e:State {id: r.id})
SET e.name = r.name, e.aliases = r.aliases, e.iso2 = r.iso2
RETURN count(*) AS nodes_created
