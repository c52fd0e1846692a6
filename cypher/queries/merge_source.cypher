// The entity about to be merged away, and the one it goes into.
// :param {from: "<id>", into: "<id>"}
OPTIONAL MATCH (f:Entity {id: $from})
OPTIONAL MATCH (i:Entity {id: $into})
RETURN labels(f) AS from_labels, f.name AS from_name, f.type AS from_type, f.kind AS from_kind, f.surname AS from_surname,
       labels(i) AS into_labels, i.name AS into_name, i.type AS into_type
