// Entities that exist already get their recomputed alias list (the union of the surface forms of
// every article that mentions them, less the name). Parameters: $rows [{id, aliases}]. Label: __LABEL__.
UNWIND $rows AS r
MATCH (e:__LABEL__ {id: r.id})
SET e.aliases = r.aliases
