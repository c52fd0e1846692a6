// :param version => "001"
MATCH (m:SchemaMigration {version: $version})
RETURN m.checksum AS checksum
