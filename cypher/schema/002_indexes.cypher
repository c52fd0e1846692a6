// Lookups the writer and the queries depend on.
// Full-text search over entity names and aliases (LIST<STRING> is indexed per element).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Institution|Event) ON EACH [n.name, n.aliases];
// Cross-article resolution finds candidate entities by normalised name key.
CREATE INDEX entity_keys IF NOT EXISTS FOR (e:Entity) ON (e.keys);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
// Articles are found by their source file and content hash when re-ingesting.
CREATE INDEX article_file IF NOT EXISTS FOR (a:Article) ON (a.file);
CREATE INDEX article_sha256 IF NOT EXISTS FOR (a:Article) ON (a.sha256);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
// Evidence lookups: every relationship carries the article it came from.
CREATE INDEX said_article IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.article_id);
CREATE INDEX met_article IF NOT EXISTS FOR ()-[r:MET]-() ON (r.article_id);
CREATE INDEX sanctioned_article IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.article_id);
CREATE INDEX affiliated_article IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.article_id);
CREATE INDEX participated_article IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.article_id);
CREATE INDEX mentioned_article IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() ON (r.article_id);
