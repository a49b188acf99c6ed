// For entities an article removal touched: the alias lists of the MENTIONS left (none at all
// means no stored article mentions the entity any more). Parameters: $ids. Label: __LABEL__.
UNWIND $ids AS i
MATCH (e:__LABEL__ {id: i})
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(e)
RETURN e.id AS id, e.name AS name, m.aliases AS aliases
