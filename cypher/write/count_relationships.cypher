// How many relationships have one type, for `kg stats`. Type: __TYPE__.
MATCH ()-[r:__TYPE__]->()
RETURN count(r) AS n
