// Embedded variant: CREATE, not MERGE (see create_article). Parameters: $rows.
UNWIND $rows AS r
CREATE (s:Statement {id: r.id, text: r.text, kind: r.kind, cue: r.cue, start: r.start, `end`: r.`end`,
                     sentence: r.sentence, sentence_start: r.sentence_start, article_id: r.article_id})
RETURN count(*) AS nodes_created
