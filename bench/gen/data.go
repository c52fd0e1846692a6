package gen

// The word lists the generator composes from. Countries, capitals and
// international bodies are general knowledge; every person, company,
// institute and agency is invented from the syllables below.

// country is a real state with the words articles use for it.
type country struct {
	name    string // "Germany"
	adj     string // "German"
	capital string // "Berlin"
	city    string // another city, for venues
	weight  float64
	sanctor bool // often imposes sanctions
}

// the returns the name as running text writes it: "the United States".
func (c *country) the() string {
	switch c.name {
	case "United States", "United Kingdom", "Netherlands", "Philippines":
		return "the " + c.name
	}
	return c.name
}

var countries = []country{
	{"United States", "American", "Washington", "New York", 10, true},
	{"Russia", "Russian", "Moscow", "St. Petersburg", 9, false},
	{"China", "Chinese", "Beijing", "Shanghai", 8, false},
	{"Ukraine", "Ukrainian", "Kyiv", "Odesa", 7, false},
	{"United Kingdom", "British", "London", "Manchester", 6, true},
	{"France", "French", "Paris", "Marseille", 5, true},
	{"Germany", "German", "Berlin", "Hamburg", 5, true},
	{"Turkey", "Turkish", "Ankara", "Istanbul", 4, false},
	{"Iran", "Iranian", "Tehran", "Isfahan", 4, false},
	{"Japan", "Japanese", "Tokyo", "Osaka", 3, true},
	{"India", "Indian", "New Delhi", "Mumbai", 3, false},
	{"Israel", "Israeli", "Jerusalem", "Tel Aviv", 3, false},
	{"Saudi Arabia", "Saudi", "Riyadh", "Jeddah", 3, false},
	{"Poland", "Polish", "Warsaw", "Krakow", 2.5, false},
	{"Italy", "Italian", "Rome", "Milan", 2.5, false},
	{"Canada", "Canadian", "Ottawa", "Toronto", 2.5, true},
	{"Qatar", "Qatari", "Doha", "Lusail", 2, false},
	{"Egypt", "Egyptian", "Cairo", "Alexandria", 2, false},
	{"Brazil", "Brazilian", "Brasilia", "Sao Paulo", 2, false},
	{"South Korea", "South Korean", "Seoul", "Busan", 2, true},
	{"North Korea", "North Korean", "Pyongyang", "Wonsan", 2, false},
	{"Australia", "Australian", "Canberra", "Sydney", 2, true},
	{"Spain", "Spanish", "Madrid", "Barcelona", 1.5, false},
	{"Netherlands", "Dutch", "Amsterdam", "Rotterdam", 1.5, false},
	{"Switzerland", "Swiss", "Bern", "Geneva", 1.5, true},
	{"Austria", "Austrian", "Vienna", "Salzburg", 1.2, false},
	{"Hungary", "Hungarian", "Budapest", "Debrecen", 1.2, false},
	{"Romania", "Romanian", "Bucharest", "Constanta", 1, false},
	{"Georgia", "Georgian", "Tbilisi", "Batumi", 1, false},
	{"Armenia", "Armenian", "Yerevan", "Gyumri", 1, false},
	{"Azerbaijan", "Azerbaijani", "Baku", "Ganja", 1, false},
	{"Kazakhstan", "Kazakh", "Astana", "Almaty", 1, false},
	{"Pakistan", "Pakistani", "Islamabad", "Karachi", 1, false},
	{"Indonesia", "Indonesian", "Jakarta", "Surabaya", 1, false},
	{"Vietnam", "Vietnamese", "Hanoi", "Da Nang", 1, false},
	{"Philippines", "Philippine", "Manila", "Cebu", 1, false},
	{"Nigeria", "Nigerian", "Abuja", "Lagos", 1, false},
	{"Kenya", "Kenyan", "Nairobi", "Mombasa", 1, false},
	{"Ethiopia", "Ethiopian", "Addis Ababa", "Dire Dawa", 0.8, false},
	{"South Africa", "South African", "Pretoria", "Cape Town", 0.8, false},
	{"Mexico", "Mexican", "Mexico City", "Monterrey", 0.8, false},
	{"Argentina", "Argentine", "Buenos Aires", "Cordoba", 0.7, false},
	{"Norway", "Norwegian", "Oslo", "Bergen", 0.7, true},
	{"Finland", "Finnish", "Helsinki", "Turku", 0.6, false},
	{"Serbia", "Serbian", "Belgrade", "Novi Sad", 0.6, false},
	{"Venezuela", "Venezuelan", "Caracas", "Maracaibo", 0.6, false},
}

// intlBody is a real international organisation.
type intlBody struct {
	name, short string
	sanctions   bool // adopts sanctions
	roles       []string
}

var intlBodies = []intlBody{
	{"European Union", "the EU", true, []string{"spokesperson", "special envoy", "ambassador"}},
	{"United Nations", "the UN", false, []string{"spokesperson", "special envoy", "senior official"}},
	{"United Nations Security Council", "the Security Council", true, []string{"president"}},
	{"NATO", "the alliance", false, []string{"spokesperson", "deputy secretary-general", "senior official"}},
	{"European Commission", "the Commission", true, []string{"commissioner", "spokesperson", "vice president"}},
	{"Organization for Security and Co-operation in Europe", "the OSCE", false, []string{"special representative", "director"}},
	{"International Atomic Energy Agency", "the IAEA", false, []string{"director general", "chief inspector"}},
	{"International Monetary Fund", "the IMF", false, []string{"managing director", "chief economist", "mission chief"}},
	{"World Bank", "the bank", false, []string{"vice president", "chief economist"}},
	{"World Trade Organization", "the WTO", false, []string{"director general", "spokesperson"}},
	{"African Union", "the AU", false, []string{"commissioner", "special envoy"}},
	{"ASEAN", "the bloc", false, []string{"secretary-general", "spokesperson"}},
	{"Council of Europe", "the council", false, []string{"secretary general", "commissioner"}},
	{"World Health Organization", "the WHO", false, []string{"director general", "regional director"}},
	{"Arab League", "the league", false, []string{"secretary-general", "envoy"}},
	{"OPEC", "the cartel", false, []string{"secretary general"}},
}

// ministry sectors: the noun in "Ministry of X" and the title word in
// "X Minister".
type sector struct{ of, title string }

var sectors = []sector{
	{"Foreign Affairs", "Foreign"},
	{"Finance", "Finance"},
	{"Defence", "Defence"},
	{"Trade", "Trade"},
	{"Energy", "Energy"},
	{"Interior", "Interior"},
	{"Justice", "Justice"},
}

// agency kinds for invented national agencies ("the Polish Export
// Control Agency").
var agencyKinds = []string{
	"Export Control Agency", "Maritime Authority", "Customs Service", "Competition Authority",
	"Nuclear Regulatory Authority", "Financial Intelligence Unit", "Border Guard Service", "Energy Regulatory Office",
	"Civil Aviation Authority", "Space Agency", "Statistics Office", "Cyber Security Centre",
	"Investment Agency", "Food Safety Authority", "Migration Service",
}

// Company and institute name parts: an invented stem plus a sector
// word or a suffix the extractor knows as an institution head.
var companyHeads = []string{
	"Shipping Group", "Energy", "Holdings", "Bank", "Logistics", "Mining", "Steel", "Petroleum", "Shipping",
	"Industries", "Technologies", "Systems", "Capital", "Trading", "Aerospace", "Pharmaceuticals", "Telecom",
	"Chemicals", "Insurance", "Investments", "Railways", "Tankers", "Electronics", "Metals", "Group",
	"Gas", "Motors", "Airlines", "Semiconductor", "Lines",
}

var instituteHeads = []string{
	"Institute", "Institute for Strategic Studies", "Centre for Security Policy", "Foundation",
	"University", "Institute of International Affairs", "Council on Foreign Relations",
	"Centre for Economic Research", "Observatory", "Society for Maritime Studies",
}

// Syllables for invented names. Onsets and codas are chosen to sound
// plausible in many languages while rarely forming an English word.
var (
	onsets = []string{"B", "D", "K", "L", "M", "N", "R", "S", "T", "V", "Z", "Br", "Dr", "Gr", "Kr", "Tr", "Vl",
		"St", "H", "J", "P", "F", "G", "Ch", "Sh", "Y", "Kh", "Ar", "El", "Or", "Il", "As", "Em", "Ul"}
	vowels  = []string{"a", "e", "i", "o", "u", "ai", "ei", "io", "ia", "ou", "ae", "y"}
	middles = []string{"l", "r", "n", "m", "v", "d", "t", "k", "s", "z", "sh", "nd", "rk", "lv", "rn", "st", "nt", "sk", "rv", "lt"}
	codas   = []string{"", "n", "r", "s", "k", "v", "l", "m", "t", "sk", "nd", "rt", "x", "ch", "ng"}
	// surname endings typical of many languages
	surEnds = []string{"in", "ov", "ova", "ek", "ski", "ska", "escu", "idis", "ani", "ari", "sen", "son", "berg", "ardt",
		"ez", "es", "el", "ul", "ak", "ic", "enko", "yan", "oglu", "ashvili", "ma", "ra", "ton", "ley", "ard", "ner",
		"elli", "etti", "ura", "oto", "awa", "ang", "ovic", "ato", "eau", "on", "ell", "ais", "ouri", "uk", "and"}
	femEnds  = []string{"a", "ia", "ina", "ela", "ene", "ise", "ya", "ette", "ira", "ana", "enka", "ika"}
	maleEnds = []string{"o", "an", "or", "el", "ir", "ek", "as", "us", "im", "en", "ard", "ius", "on", "ur", "ik"}
	// common given names (general knowledge) used for some people, so
	// that the corpus is not made of unfamiliar names only
	commonMale   = []string{"Daniel", "Peter", "Michael", "Andrei", "Thomas", "Ivan", "Omar", "Paul", "Martin", "Viktor", "Lukas", "Ali", "Pavel", "Stefan", "Mark", "Carlos", "Hassan", "Oleg", "Samuel", "Karl"}
	commonFemale = []string{"Anna", "Maria", "Elena", "Sarah", "Irina", "Julia", "Laura", "Olga", "Fatima", "Claire", "Nadia", "Sofia", "Helen", "Marina", "Katherine", "Natalia", "Eva", "Ruth", "Lisa", "Nina"}
)

// Topics give talks, quotes and headlines their subject.
var topics = []string{
	"grain exports", "maritime security", "a prisoner exchange", "energy prices", "the nuclear programme",
	"border demarcation", "debt restructuring", "fishing rights", "arms control", "steel tariffs", "the visa regime",
	"cyber attacks on power grids", "the pipeline project", "port access", "a humanitarian corridor",
	"air traffic over the strait", "the reconstruction fund", "refugee returns", "rare earth supplies",
	"the ceasefire monitoring mission", "satellite launches", "shipping insurance", "drone exports",
	"water sharing on the river", "a free trade agreement", "election observers", "detained journalists",
	"the release of seized tankers", "military exercises near the border", "frozen central bank reserves",
}

var reasons = []string{
	"helping to evade an oil embargo", "supplying drone components", "financing armed groups",
	"laundering money through shell companies", "shipping sanctioned crude", "undermining the ceasefire",
	"cyber attacks on government networks", "human rights abuses", "smuggling military electronics",
	"selling dual-use goods", "corruption in public procurement", "moving gold through third countries",
}

var events = []string{"summit", "security conference", "economic forum", "round of talks", "donor conference",
	"ministerial meeting", "energy forum", "peace conference", "trade fair", "defence exhibition"}

var venues = []string{"foreign ministry", "presidential palace", "a hotel near the airport", "the conference centre",
	"the old town hall", "a government guest house", "the embassy", "the port authority building"}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December"}

var outlets = []string{"Reuters", "the Associated Press", "Agence France-Presse", "Bloomberg", "the BBC",
	"local television", "state radio", "a news conference", "reporters"}

var sections = []string{"World", "Politics", "Business", "Europe", "Asia", "Middle East", "Africa", "Americas",
	"Diplomacy", "Economy", "Security"}

var reporterRoles = []string{"Diplomatic Correspondent", "Staff Writer", "Senior Reporter", "Foreign Affairs Editor",
	"Economics Correspondent", "Security Correspondent", "Bureau Chief", "Contributing Writer"}

// Pieces of quotes and reported speech, kept lower case so they add
// words without adding names.
var (
	quoteSubj = []string{"we", "my colleagues and I", "both governments", "our negotiators", "our partners",
		"the people we represent", "the member states", "our companies", "ordinary people"}
	quoteVerb = []string{"will not accept", "remain ready to discuss", "have always supported", "cannot ignore",
		"expect real progress on", "want a clear answer on", "are deeply concerned about", "will keep working on",
		"see no alternative to a deal on", "have been clear about", "are not afraid of a hard conversation about",
		"need more time to study"}
	quoteTail = []string{"", " and we will say so at the next round", " before the end of the year",
		", whatever the pressure from outside", " in the coming weeks", ", and that has not changed",
		", but the other side has to move too", " because our economy depends on it", " and we said that today",
		", as we have done for many years"}
	reportVerb = []string{"would continue to press for", "was prepared to compromise on", "had raised concerns about",
		"saw little chance of agreement on", "would not be rushed into a deal on", "expected a decision on",
		"had asked for guarantees on", "remained committed to talks on", "wanted a written commitment on",
		"would review its position on"}
	adjectives = []string{"constructive", "difficult", "frank", "productive", "tense", "long", "businesslike",
		"useful", "disappointing", "cordial"}
	fillers = []string{
		"Officials on both sides have avoided giving details of the proposals, and diplomats said the drafts were still changing from one session to the next.",
		"Analysts said the outcome would depend largely on whether the two governments could agree on a timetable that both parliaments would accept.",
		"The dispute has weighed on markets in the region for months, with shipping costs rising and insurers demanding higher premiums for every voyage.",
		"Previous rounds of negotiations ended without a joint statement, and several of the working groups set up last year have not met since the spring.",
		"Business groups have urged both capitals to keep the talks going, arguing that a breakdown would hurt exporters far more than any tariff.",
		"The issue has become a test of the coalition's cohesion, with junior partners openly questioning whether the concessions go too far.",
		"Human rights organisations have criticised the process for its lack of transparency and have asked to be allowed to send observers.",
		"The agreement, if it is signed, would be the first of its kind in more than a decade and would need to be ratified before it takes effect.",
		"Diplomats described the atmosphere as calmer than at the previous meeting, although neither delegation appeared ready to give ground on the main questions.",
		"Trade between the two countries has fallen by almost a third since the restrictions were introduced, according to figures published by customs officials.",
		"Opposition politicians have demanded that the government publish the full text of any deal before it is presented to parliament for approval.",
		"Several European governments have offered to host further talks, but the two sides have so far preferred to meet without outside mediators.",
		"The timing of the announcement surprised some observers, who had expected any decision to wait until after the elections scheduled for the autumn.",
		"Negotiators are expected to return to their capitals for consultations before agreeing on a date for the next round of discussions.",
		"Local residents said they had seen little change on the ground so far, with checkpoints still in place and long queues at the border crossings.",
		"Economists warned that the measures could push inflation higher in the short term, especially for fuel and imported food.",
		"The central question remains who will pay for the monitoring mission and how quickly it can be deployed to the areas most affected.",
		"A senior diplomat familiar with the discussions, who spoke on condition of anonymity because the talks were confidential, described them as slow but serious.",
		"The ministry did not respond to a request for comment on the details of the proposal or on the reports of a second draft.",
		"Shipping data showed that traffic through the strait had recovered only partly, with many operators still routing vessels around the region.",
		"Independent experts have questioned whether the proposed inspections would be thorough enough to reassure the other parties to the agreement.",
		"Officials said a technical team would travel to the region next month to examine the sites and prepare a report for ministers.",
		"The two delegations agreed to set up a joint commission that will meet every three months and report on progress to both governments.",
		"Markets reacted calmly to the news, with the national currency trading within a narrow range for most of the day.",
		"The government has repeatedly said that it will not negotiate under pressure and that any settlement must respect its territorial integrity.",
		"Critics say the process has been dominated by a small circle of officials and that regional authorities have been kept in the dark.",
		"Energy companies have been preparing for several scenarios, including a prolonged interruption of supplies through the winter months.",
		"Officials declined to say whether the proposal included a timetable for lifting the restrictions or only a promise to review them.",
		"The talks come after a year in which relations between the two governments sank to their lowest point in decades.",
		"Parliament is expected to debate the issue next month, and several committees have already asked ministers to appear before them.",
		"Regional governments have complained that they were not consulted and that the costs of the agreement would fall mostly on them.",
		"The last comparable arrangement took almost three years to negotiate and was abandoned within months of being signed.",
		"Aid agencies say that tens of thousands of people in the border areas still depend on deliveries that have been delayed for weeks.",
		"Insurers and shipowners are watching the negotiations closely, since any agreement would change the risk assessments for the whole route.",
		"Lawyers for several of the companies involved said they would challenge the measures in court and expected a ruling within the year.",
		"Public opinion polls suggest that a majority of voters support a negotiated settlement, although the margin has narrowed since the summer.",
		"The finance ministry has set aside funds to compensate exporters for losses, but business associations say the amount is far too small.",
		"Satellite images published by independent researchers appeared to show new construction near the disputed area in recent weeks.",
		"The negotiations are being conducted largely in private, and the few documents released so far contain little detail about the main disputes.",
		"At least four previous attempts to reach a similar arrangement collapsed over questions of verification and the sequence of the steps involved.",
	}
	headlineVerbs = []string{"hold talks on", "clash over", "edge closer to a deal on", "trade accusations over",
		"agree to resume talks on", "fail to agree on", "seek compromise on", "sign memorandum on"}
)
