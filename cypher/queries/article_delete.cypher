// Delete an article node (after article_clear removed what it contributed).
// :param id => "<article id>"
MATCH (a:Article {id: $id})
DETACH DELETE a
RETURN count(*) AS deleted
