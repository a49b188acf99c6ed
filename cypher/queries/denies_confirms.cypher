// Who denies what others confirm: pairs of statements about the same entity by different
// speakers, one with a cue of denial (or of refusing to confirm), the other with a cue of
// confirmation.
//
// A cue counts when it starts with one of the stems, case-insensitive, so `membantah` also
// catches `membantahnya`. `topics` lists the entities both statements are about.
//
// Parameters:
//   $deny_cues (default ['membantah', 'menyangkal', 'menolak', 'tak menyangkal', 'tidak menyangkal', 'belum mengonfirmasi', 'belum mengkonfirmasi', 'tidak membenarkan']): lower-case cue stems of denial
//   $confirm_cues (default ['mengonfirmasi', 'mengkonfirmasi', 'membenarkan', 'mengakui']): lower-case cue stems of confirmation
//   $limit (default 50): most rows to return
//
// Neo4j Browser: set the parameters, then run the query.
// :param deny_cues => ['membantah', 'menyangkal', 'menolak', 'tak menyangkal', 'tidak menyangkal', 'belum mengonfirmasi', 'belum mengkonfirmasi', 'tidak membenarkan']
// :param confirm_cues => ['mengonfirmasi', 'mengkonfirmasi', 'membenarkan', 'mengakui']
// :param limit => 50
WITH $deny_cues AS deny, $confirm_cues AS confirm
MATCH (dsp)-[:SAID]->(d:Statement)-[:ABOUT]->(t)<-[:ABOUT]-(c:Statement)<-[:SAID]-(csp)
WHERE dsp.id <> csp.id
  AND any(stem IN deny WHERE toLower(d.cue) STARTS WITH stem)
  AND any(stem IN confirm WHERE toLower(c.cue) STARTS WITH stem)
  AND NOT any(stem IN deny WHERE toLower(c.cue) STARTS WITH stem)
WITH dsp, d, csp, c, collect(DISTINCT t.name) AS topics
RETURN dsp.name AS denier, d.cue AS deny_cue, d.text AS denial,
       csp.name AS confirmer, c.cue AS confirm_cue, c.text AS confirmation, topics,
       d.id AS denial_statement, c.id AS confirmation_statement
ORDER BY denier, confirmer, denial_statement, confirmation_statement
LIMIT $limit
