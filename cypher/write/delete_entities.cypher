// Entities no stored article mentions any more, with all their relationships.
// Parameters: $ids. Label: __LABEL__.
UNWIND $ids AS i
MATCH (e:__LABEL__ {id: i})
DETACH DELETE e
