package ingest

import "testing"

// A possessive names the body a person owns ("X, whose firm Y", "X and
// his holding company Y"), and an appositive may describe a role's
// holder before the name ("its sole director, Maltese trader X"). Both
// tie the person to the named body; a possessive that belongs to someone
// else, a body that is not a firm, or two people before "his" do not.
func TestBodyRolesRound27(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"whose firm", art("Among the hauliers at the hearing was Brendan Quilty, whose firm Quilty Freight Ltd sends thirty trucks south each week."), "Brendan Quilty", "Quilty Freight Ltd", true},
		{"his holding company", art("The register lists Mr Varenko, 63, and his holding company Ostrava Bay Holdings among the new entries."), "Varenko", "Ostrava Bay Holdings", true},
		{"his group, no noun", art("Investigators named the tycoon Sopheak Rattanak, a hotel builder, and also his Mekong Lantern Group."), "Sopheak Rattanak", "Mekong Lantern Group", true},
		{"its director described", art("The notice covers Halvern Tanker Services Ltd, which manages five old ships, and its sole director, shipping magnate Petros Alikiotis."), "Petros Alikiotis", "Halvern Tanker Services Ltd", true},
		{"its owner with a demonym", art("The notice covers Halvern Tanker Services Ltd and its principal owner, Cypriot businessman Petros Alikiotis."), "Petros Alikiotis", "Halvern Tanker Services Ltd", true},
		// counter-examples
		{"the rival's firm", art("Brendan Quilty, who criticised his rival's firm Dunmore Freight Ltd, said the new rules were unfair."), "Brendan Quilty", "Dunmore Freight Ltd", false},
		{"two people before his", art("Tomas Rehak assured Brendan Quilty on the phone that his holding company Ostrava Bay Holdings would pay in full."), "Brendan Quilty", "Ostrava Bay Holdings", false},
		{"not a firm noun", art("Brendan Quilty, who sued Dunmore Freight Ltd last year, sold his stake Dunmore Freight Ltd later."), "Brendan Quilty", "Dunmore Freight Ltd", false},
		{"bare council after his", art("Brendan Quilty took his complaint to Tyneford District Council in March."), "Brendan Quilty", "Tyneford District Council", false},
		{"met the head", art("Trader Ivo Marsh met Halvern Tanker Services Ltd and its principal owner, Cypriot businessman Petros Alikiotis, in Limassol."), "Ivo Marsh", "Halvern Tanker Services Ltd", false},
		{"a verb after the comma", art("The notice covers Halvern Tanker Services Ltd and its director, officials said Petros Alikiotis was abroad."), "Petros Alikiotis", "Halvern Tanker Services Ltd", false},
	})
}
