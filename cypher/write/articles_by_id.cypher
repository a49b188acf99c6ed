// Which of these article ids (hashes of the text) are stored already, under any source.
// Parameters: $ids.
UNWIND $ids AS i
MATCH (a:Article {id: i})
RETURN a.id AS id
