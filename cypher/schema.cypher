// The Neo4j schema kg applies automatically (and with `kg init`): one uniqueness constraint on
// `id` per label, which also gives the id index every MERGE and MATCH of the writer uses, and
// indexes for the lookups analysts and the writer make by something else than id.
// Every statement is IF NOT EXISTS, so applying it again changes nothing.
// The embedded store (LadybugDB) has its own DDL beside this file: schema.ladybug.cypher.

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;

// An edited file is recognised by its source; `kg drop` finds an article by name or source.
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source);
CREATE INDEX article_name IF NOT EXISTS FOR (n:Article) ON (n.name);

// Canned queries look entities up by name.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX state_name IF NOT EXISTS FOR (n:State) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);

CREATE INDEX statement_kind IF NOT EXISTS FOR (n:Statement) ON (n.kind);
