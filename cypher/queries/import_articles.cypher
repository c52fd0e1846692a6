// Import: articles, every property as exported (props includes id).
// :param nodes => [{id: "…", props: {id: "…", title: "…", published: date("2025-03-04"), text: "…"}}]
UNWIND $nodes AS x
MERGE (n:Article {id: x.id})
SET n = x.props
RETURN count(n) AS n
