// Embedded variant: LadybugDB's labels(n) is a string, not a list; label(n) gives the label.
MATCH (a:Article {id: $id})
WITH a
MATCH (s:Statement)-[:`IN`]->(a)
WITH s
MATCH (sp)-[:SAID]->(s)
WITH sp, s
MATCH (s)-[:ABOUT]->(e)
RETURN sp.id AS speaker, label(sp) AS speaker_label, e.id AS entity, label(e) AS entity_label, count(*) AS n
