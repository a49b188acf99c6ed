// The embedded store's schema (LadybugDB, a fork of Kùzu): the same graph model as
// schema.cypher, in the DDL LadybugDB needs. Every property is typed; a node table's PRIMARY
// KEY is its uniqueness constraint and id index. LadybugDB indexes only primary keys, so there
// is no counterpart to the name/source indexes of Neo4j. A relationship table that connects
// several pairs of labels lists each pair (a "rel table group").
// Words LadybugDB reserves are quoted with backticks: the relationship type `IN` and the
// Statement property `end` (queries must write them `IN` and s.`end` too; Neo4j accepts that).
// Every statement is IF NOT EXISTS, so applying it again changes nothing.

CREATE NODE TABLE IF NOT EXISTS Article (
    id STRING PRIMARY KEY, source STRING, name STRING, title STRING, publisher STRING,
    published STRING, url STRING, text STRING
);
CREATE NODE TABLE IF NOT EXISTS Person (id STRING PRIMARY KEY, name STRING, aliases STRING[], title STRING);
CREATE NODE TABLE IF NOT EXISTS State (id STRING PRIMARY KEY, name STRING, aliases STRING[], iso2 STRING);
CREATE NODE TABLE IF NOT EXISTS Organization (id STRING PRIMARY KEY, name STRING, aliases STRING[]);
CREATE NODE TABLE IF NOT EXISTS Place (
    id STRING PRIMARY KEY, name STRING, aliases STRING[], geonames_id INT64, latitude DOUBLE, longitude DOUBLE
);
CREATE NODE TABLE IF NOT EXISTS Statement (
    id STRING PRIMARY KEY, text STRING, kind STRING, cue STRING, start INT64, `end` INT64,
    sentence STRING, sentence_start INT64, article_id STRING
);

CREATE REL TABLE IF NOT EXISTS SAID (FROM Person TO Statement, FROM State TO Statement, FROM Organization TO Statement);
CREATE REL TABLE IF NOT EXISTS ABOUT (
    FROM Statement TO Person, FROM Statement TO State, FROM Statement TO Organization, FROM Statement TO Place
);
CREATE REL TABLE IF NOT EXISTS `IN` (FROM Statement TO Article);
CREATE REL TABLE IF NOT EXISTS MENTIONS (
    FROM Article TO Person, FROM Article TO State, FROM Article TO Organization, FROM Article TO Place,
    count INT64, aliases STRING[]
);
CREATE REL TABLE IF NOT EXISTS AFFILIATED_WITH (FROM Person TO State, FROM Person TO Organization, title STRING, articles STRING[]);
CREATE REL TABLE IF NOT EXISTS LOCATED_IN (FROM Place TO State);
CREATE REL TABLE IF NOT EXISTS SAID_ABOUT (
    FROM Person TO Person, FROM Person TO State, FROM Person TO Organization, FROM Person TO Place,
    FROM State TO Person, FROM State TO State, FROM State TO Organization, FROM State TO Place,
    FROM Organization TO Person, FROM Organization TO State, FROM Organization TO Organization, FROM Organization TO Place,
    statements INT64
);
