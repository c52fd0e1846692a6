// Graph statistics: node counts by label and relationship counts by type.
RETURN
  COUNT { MATCH (:Article) } AS articles,
  COUNT { MATCH (:Person) } AS people,
  COUNT { MATCH (:Institution) } AS institutions,
  COUNT { MATCH (:Event) } AS events,
  COUNT { MATCH (:Place) } AS places,
  COUNT { MATCH ()-[:MENTIONED_IN]->() } AS mentioned_in,
  COUNT { MATCH ()-[:SAID]->() } AS said,
  COUNT { MATCH ()-[:MET]->() } AS met,
  COUNT { MATCH ()-[:SANCTIONED]->() } AS sanctioned,
  COUNT { MATCH ()-[:AFFILIATED_WITH]->() } AS affiliated_with,
  COUNT { MATCH ()-[:PARTICIPATED_IN]->() } AS participated_in
