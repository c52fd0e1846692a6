// Write article properties. ingested_at changes only when content changed,
// because unchanged articles never reach this statement.
// :param articles => [{id: "…", title: "…", byline: "…", published: "2025-10-26", source: "", file: "a.txt", sha256: "…", text: "…", words: 420}]
UNWIND $articles AS a
MATCH (n:Article {id: a.id})
SET n.title = a.title,
    n.byline = a.byline,
    n.published = CASE WHEN a.published = '' THEN null ELSE date(a.published) END,
    n.source = a.source,
    n.file = a.file,
    n.sha256 = a.sha256,
    n.text = a.text,
    n.words = a.words,
    n.ingested_at = datetime()
