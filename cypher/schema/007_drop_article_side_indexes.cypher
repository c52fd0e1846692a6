// MENTIONED_IN and SAID always end at their article, so the writer and
// the queries reach them from the (:Article) node, whose degree is small.
// Their article_id indexes (002) were only maintained, at a cost on every
// write: each article adds some 20 of these relationships, most of the
// index updates of an ingest batch.
DROP INDEX said_article IF EXISTS;
DROP INDEX mentioned_article IF EXISTS;
