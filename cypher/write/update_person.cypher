// Existing persons: recomputed aliases, and a title where none was known yet (the first article
// that states an office keeps it). Parameters: $rows [{id, aliases, title}].
UNWIND $rows AS r
MATCH (e:Person {id: r.id})
SET e.aliases = r.aliases, e.title = coalesce(e.title, r.title)
