// Record a merge so that it can be undone and so later mentions of the
// merged-away entity resolve to the kept one.
// :param {record: "…", from: "…", into: "…", reason: "user", labels: ["Entity", "Person"], name: "Antonov", type: "Person", kind: null, surname: null, into_name: "Anatoly Antonov"}
CREATE (m:MergeRecord {
  id: $record, from: $from, into: $into, reason: $reason, at: datetime(),
  labels: $labels, name: $name, type: $type, kind: $kind, surname: $surname, into_name: $into_name
})
