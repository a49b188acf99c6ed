// The id of the article stored for one source, or none: the pipeline asks before extracting, to
// skip a file that is stored unchanged. Parameters: $source.
MATCH (a:Article)
WHERE a.source = $source
RETURN a.id AS id
