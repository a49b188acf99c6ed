// Take a removed article's statement counts off SAID_ABOUT; a pair left with none goes.
// Parameters: $rows [{speaker, entity, n}]. Labels: __FROM__, __TO__.
UNWIND $rows AS r
MATCH (sp:__FROM__ {id: r.speaker})
WITH sp, r
MATCH (e:__TO__ {id: r.entity})
WITH sp, e, r
MATCH (sp)-[x:SAID_ABOUT]->(e)
SET x.statements = x.statements - r.n
WITH x
WHERE x.statements <= 0
DELETE x
