// Embedded variant: CREATE, not MERGE (see create_article). The CASTs matter when every row of
// a batch has no coordinates: LadybugDB then types the column from the nulls as STRING.
UNWIND $rows AS r
CREATE (e:Place {id: r.id, name: r.name, aliases: r.aliases, geonames_id: CAST(r.geonames_id AS INT64),
                 latitude: CAST(r.latitude AS DOUBLE), longitude: CAST(r.longitude AS DOUBLE)})
RETURN count(*) AS nodes_created
