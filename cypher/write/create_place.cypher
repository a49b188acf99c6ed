// New Place nodes. Parameters: $rows [{id, name, aliases, geonames_id, latitude, longitude}].
UNWIND $rows AS r
MERGE (e:Place {id: r.id})
SET e.name = r.name, e.aliases = r.aliases, e.geonames_id = r.geonames_id,
    e.latitude = r.latitude, e.longitude = r.longitude
RETURN count(*) AS nodes_created
