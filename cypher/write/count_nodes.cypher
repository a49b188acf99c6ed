// How many nodes carry one label, for `kg stats`. Label: __LABEL__.
MATCH (n:__LABEL__)
RETURN count(n) AS n
