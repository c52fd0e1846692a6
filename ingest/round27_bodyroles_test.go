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
		{"bare council after his", art("Brendan Quilty wrote to his Tyneford District Council in March about the lorries."), "Brendan Quilty", "Tyneford District Council", false},
		{"met the head", art("Trader Ivo Marsh met Halvern Tanker Services Ltd and its principal owner, Cypriot businessman Petros Alikiotis, in Limassol."), "Ivo Marsh", "Halvern Tanker Services Ltd", false},
		{"a verb after the comma", art("The notice covers Halvern Tanker Services Ltd and its director, officials said Petros Alikiotis was abroad."), "Petros Alikiotis", "Halvern Tanker Services Ltd", false},
	})
}

// Review fixes: "his" after a woman is not hers; a firm's name that only
// qualifies a noun ("his Varga Bank shares") names what he holds of it;
// a state agency is no one's firm; and an appositive that closes its
// sentence finds nothing in the next one.
func TestBodyRolesReviewRound27(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"his after a woman", art("Shipping lawyer Anne Tolle said his firm Quilty Freight Ltd would appeal the fine."), "Anne Tolle", "Quilty Freight Ltd", false},
		{"her after a woman", art("Shipping lawyer Anne Tolle said her firm Quilty Freight Ltd would appeal the fine."), "Anne Tolle", "Quilty Freight Ltd", true},
		{"shares in a bank", art("Brendan Quilty sold his Varga Bank shares in May."), "Brendan Quilty", "Varga Bank", false},
		{"a job at a bank", art("Brendan Quilty left his Varga Capital job in May."), "Brendan Quilty", "Varga Capital", false},
		{"whose stake", art("Brendan Quilty, whose Varga Bank stake doubled, spoke first."), "Brendan Quilty", "Varga Bank", false},
		{"a firm word ends the name", art("Brendan Quilty built his Ostrava Bay Holdings empire over thirty years."), "Brendan Quilty", "Ostrava Bay Holdings", true},
		{"a state agency", art("Anna Kovac, whose enterprise Tyneford Export Agency was set up by the ministry, spoke first."), "Anna Kovac", "Tyneford Export Agency", false},
		{"an appositive across a paragraph", art("The notice covers Halvern Tanker Services Ltd and its principal owner, Cypriot businessman\n\nPetros Alikiotis runs a bakery in Limassol."), "Petros Alikiotis", "Halvern Tanker Services Ltd", false},
	})
}
