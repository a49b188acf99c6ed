// New Statement nodes of a new article. Parameters: $rows [{id, text, kind, cue, start, end,
// sentence, sentence_start, article_id}].
UNWIND $rows AS r
MERGE (s:Statement {id: r.id})
SET s.text = r.text, s.kind = r.kind, s.cue = r.cue, s.start = r.start, s.`end` = r.`end`,
    s.sentence = r.sentence, s.sentence_start = r.sentence_start, s.article_id = r.article_id
RETURN count(*) AS nodes_created
