// The ids of the articles stored for these sources (none or one each), so an unchanged file is
// skipped and an edited one replaced. Parameters: $sources.
UNWIND $sources AS src
MATCH (a:Article)
WHERE a.source = src
RETURN a.source AS source, a.id AS id
