// :param {version: "001", name: "001_constraints.cypher", checksum: "…"}
MERGE (m:SchemaMigration {version: $version})
ON CREATE SET m.applied_at = datetime()
SET m.name = $name, m.checksum = $checksum
