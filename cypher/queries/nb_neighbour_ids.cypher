// The entities related to this one (other than by MENTIONED_IN): whose
// neighbour lists name it, so a merge that moves its relations rebuilds them.
// :param id => "<entity id>"
OPTIONAL MATCH (n:Entity {id: $id})
CALL (n) {
  WITH n WHERE n IS NOT NULL
  MATCH (n)-[:MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN]-(m:Entity)
  WHERE m <> n
  RETURN collect(DISTINCT m.id) AS ids
}
RETURN ids
