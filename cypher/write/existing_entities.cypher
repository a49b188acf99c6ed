// The stored state of the entities one article is about to write, for one label:
// which exist already (their name stays: the first article names an entity) and their aliases.
// Parameters: $ids. Label: __LABEL__.
UNWIND $ids AS i
MATCH (e:__LABEL__ {id: i})
RETURN e.id AS id, e.name AS name, e.aliases AS aliases
