package ingest

// Closed word classes used by several stages. They are grammar, not
// knowledge, so they live in code.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// stopCaps never start or continue a name even when capitalised.
var stopCaps = set("the", "a", "an", "in", "on", "at", "of", "for", "to", "by", "with", "from", "and", "or", "but",
	"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "this", "that",
	"these", "those", "there", "here", "as", "after", "before", "while", "when", "if", "since", "although", "though",
	"yet", "so", "then", "still", "also", "some", "many", "both", "each", "every", "any", "all", "no", "not", "one",
	"however", "meanwhile", "according", "during", "despite", "amid", "about", "into", "over", "under", "between",
	"among", "through", "what", "which", "who", "whom", "whose", "why", "how", "where", "is", "are", "was", "were",
	"be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might",
	"must", "shall", "mr", "mrs", "ms", "dr", "sir", "earlier", "later", "today", "yesterday", "tomorrow", "such",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
	"april", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
	"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "key", "pro", "tip", "did", "know", "faq", "note",
	"update", "breaking", "exclusive", "analysis", "opinion", "editorial", "watch", "video", "photos", "live",
	"read", "more", "source", "sources", "reuters", "why", "new", "former", "ex", "late", "recent", "other", "another",
	"several", "most", "least", "first", "second", "third", "last", "next", "now", "just", "only", "even", "very")

// regionAdjectives are capitalised adjectives that are never a name.
var regionAdjectives = set("asian", "european", "african", "western", "eastern", "northern", "southern", "central",
	"arab", "islamic", "muslim", "christian", "jewish", "catholic", "orthodox", "sunni", "shia", "shiite", "kurdish",
	"latin", "nordic", "baltic", "pacific", "atlantic", "transatlantic", "eurasian", "slavic", "anglo", "hispanic",
	"persian", "gulf", "middle", "north", "south", "east", "west", "global", "international", "national", "federal",
	"republican", "democratic", "democrat", "conservative", "liberal", "communist", "socialist", "nazi", "soviet",
	"english", "arabic", "french", "spanish", "german", "chinese", "russian", "american", "pro", "anti")

// instHeads end (or, with "of", begin) institution names; the value is
// the kind.
var instHeads = map[string]string{
	"ministry": "ministry", "department": "ministry", "agency": "agency", "service": "agency", "services": "agency",
	"bureau": "agency", "directorate": "agency", "authority": "agency", "office": "agency", "administration": "agency",
	"council": "organization", "committee": "organization", "commission": "organization", "board": "organization",
	"union": "organization", "association": "organization", "federation": "organization", "organization": "organization",
	"organisation": "organization", "alliance": "organization", "coalition": "organization", "league": "organization",
	"foundation": "organization", "institute": "university", "university": "university", "college": "university",
	"academy": "university", "school": "university", "congress": "parliament", "duma": "parliament",
	"parliament": "parliament", "assembly": "parliament", "senate": "parliament", "cabinet": "government",
	"government": "government", "court": "court", "tribunal": "court", "party": "party", "front": "party",
	"movement": "party", "bank": "company", "fund": "company", "corporation": "company", "corp": "company",
	"inc": "company", "ltd": "company", "llc": "company", "plc": "company", "company": "company", "group": "company",
	"holdings": "company", "airlines": "company", "airways": "company", "motors": "company", "industries": "company",
	"technologies": "company", "systems": "company", "capital": "company", "partners": "company", "ventures": "company",
	"news": "media", "times": "media", "post": "media", "journal": "media", "gazette": "media", "herald": "media",
	"tribune": "media", "press": "media", "radio": "media", "television": "media", "tv": "media",
	"broadcasting": "media", "network": "media", "daily": "media", "shipping": "company", "energy": "company",
	"oil": "company", "gas": "company", "petroleum": "company", "logistics": "company", "trading": "company",
	"mining": "company", "steel": "company", "metals": "company", "pharmaceuticals": "company", "telecom": "company",
	"holding": "company", "shipyard": "company", "insurance": "company", "investments": "company", "lines": "company",
	"pharma": "company", "pharmaceutical": "company", "electronics": "company", "chemicals": "company", "ag": "company",
	"gmbh": "company", "limited": "company", "solutions": "company", "labs": "company", "semiconductor": "company",
	"staff": "agency", "chiefs": "agency", "chamber": "organization",
	"society": "organization", "cooperative": "company", "operative": "company", "wines": "company", "tankers": "company",
	"associates": "company", "associés": "company", "automotive": "company", "aerospace": "company", "railways": "company", "petrochemical": "company", "army": "armed_group", "navy": "agency",
	"forces": "armed_group", "brigade": "armed_group", "brigades": "armed_group", "battalion": "armed_group",
	"regiment": "armed_group", "guard": "agency", "police": "agency", "embassy": "embassy", "consulate": "embassy",
	"mission": "embassy", "secretariat": "organization", "centre": "organization", "center": "organization",
	"club": "organization", "church": "organization", "bloc": "organization", "command": "agency",
	"enterprise": "company", "enterprises": "company", "monitor": "media", "conglomerate": "company",
	"instituto": "university", "institut": "university", "universidad": "university", "universidade": "university",
	"sa": "company", "nv": "company", "bv": "company", "spa": "company", "jsc": "company", "pjsc": "company",
	"co.": "company", "industry": "company", "manufacturing": "company", "refinery": "company", "exports": "company",
	"observatory": "organization", "works": "company", "instruments": "company",
	"tools": "company", "equipment": "company", "fisheries": "company", "photonics": "company", "dynamics": "company",
	"ledger": "media", "watch": "organization", "force": "armed_group", "inspectorate": "agency", "presidency": "agency",
	"maritime": "company",
	// company words and legal forms that end a firm's name: "Lumeng
	// Computing Technology", "Pixelia Media SRL", "Darood Express Remit"
	"technology": "company", "srl": "company", "sarl": "company", "sro": "company", "kft": "company",
	"minerals": "company", "marine": "company", "transport": "company", "supply": "company", "fertilizers": "company",
	"fertilisers": "company", "aviation": "company",
	"ooo": "company", "llp": "company", "pte": "company", "pty": "company", "bhd": "company",
	"remit": "company", "remittance": "company", "remittances": "company", "shipmanagement": "company",
	"freight": "company", "cargo": "company", "software": "company", "consulting": "company",
	"kredit": "company", "microelectronics": "company", "machinery": "company", "robotics": "company",
	"semiconductors": "company",
	// round 11: "Coral Bay Tankers FZE", "Nyoman Potash Export", "Minsk
	// Precision Optics Plant", "Al Noor Maritime Management"
	"fze": "company", "fzco": "company", "dmcc": "company", "export": "company", "plant": "company",
	"management": "company", "bullion": "company",
}

// generalBodies are institution heads that take "-General" as part of
// the head ("Directorate-General", "Inspectorate-General",
// "Secretariat-General"); each names a body, never a person, unlike
// "Secretary-General" or "Inspector-General".
var generalBodies = set("directorate", "inspectorate", "secretariat")

// leadHeads make a name an institution when they stand first, as in
// Romance languages and some company styles: "Instituto Cerrado de
// Estudos Globais", "Banco do Sul", "Bank Sepah".
var leadHeads = map[string]string{
	"instituto": "university", "institut": "university", "institución": "organization", "universidad": "university",
	"universidade": "university", "università": "university", "université": "university", "universität": "university",
	"banco": "company", "banque": "company", "bank": "company", "compañía": "company", "companhia": "company",
	"empresa": "company", "refinadora": "company", "petróleos": "company", "grupo": "company", "groupe": "company",
	"fundación": "organization", "fundação": "organization", "fondation": "organization", "stiftung": "organization",
	"agência": "agency", "agencia": "agency", "agence": "agency", "ministerio": "ministry", "ministério": "ministry",
	"ministère": "ministry", "consejo": "organization", "conselho": "organization", "conseil": "organization",
	"partido": "party", "parti": "party", "frente": "party", "federación": "organization", "asociación": "organization",
	"associação": "organization", "société": "company", "sociedad": "company", "corporación": "company",
	"centro": "organization", "observatorio": "organization", "observatório": "organization", "comisión": "organization",
}

// romanceConnectors sit inside names that start with a lead head.
var romanceConnectors = set("de", "del", "da", "do", "dos", "das", "di", "della", "des", "du", "y", "e", "et", "la", "für",
	// round 32: "for" and Filipino links: "Centro de Estudios para la ...",
	// "Alianța pentru ...", "Samahang Mangingisda ng ..."
	"para", "pour", "le", "pentru", "ng", "sa")

// eventHeads end event names; the value is the class used to merge
// mentions of one event ("Riverside incident" = "attack at Riverside Arena").
// A capitalised "Dialogue" is a class of its own on purpose: it names a
// standing series of talks ("the US-Iraq Strategic Dialogue") rather than
// one meeting, so the code for a summit's host city, number or host state
// (summitsInCity, joinNumberedSummits, joinHostSummits) leaves it alone.
var eventHeads = map[string]string{
	"war": "war", "wars": "war", "conflict": "war", "invasion": "war", "crisis": "crisis", "summit": "summit",
	"conference": "summit", "forum": "summit", "dialogue": "dialogue", "attack": "attack", "attacks": "attack", "bombing": "attack",
	"bombings": "attack", "massacre": "attack", "incident": "attack", "shooting": "attack", "explosion": "attack",
	"siege": "attack", "treaty": "treaty", "accord": "treaty", "accords": "treaty", "agreement": "treaty",
	"pact": "treaty", "declaration": "treaty", "revolution": "revolution", "uprising": "revolution", "coup": "revolution", "election": "election",
	"elections": "election", "referendum": "election", "games": "games", "olympics": "games", "cup": "games",
	"championship": "games", "offensive": "war", "battle": "war", "détente": "other", "detente": "other",
	"exchange": "exchange", "swap": "exchange", "explosions": "attack", "shootings": "attack", "massacres": "attack",
	"clash": "attack", "clashes": "attack", "skirmish": "attack", "skirmishes": "attack", "memorandum": "treaty", "agreements": "treaty", "protocols": "treaty",
}

// venueHeads end place names.
var venueHeads = set("hall", "square", "stadium", "arena", "airport", "palace", "cathedral", "mosque", "bridge",
	"street", "avenue", "park", "plaza", "tower", "building", "hotel", "theatre", "theater", "hospital", "prison",
	"base", "port", "station", "plant", "dam", "island", "islands", "river", "sea", "mountains", "valley", "city",
	"province", "region", "oblast", "district", "county", "peninsula", "strait", "canal", "gulf", "bay", "lake",
	"desert", "field", "mall", "market", "museum", "zoo", "highway", "road", "shoal", "reef", "atoll",
	"harbour", "harbor", "quay", "wharf", "pier", "marina")

// turkicPatronymWords say "son of" or "daughter of" in Turkic names,
// inside a name ("Ilham Heydar oglu Aliyev") or closing it ("Sadyr
// Toktogulov uulu": joinTrailingPatronyms).
var turkicPatronymWords = []string{"oglu", "ogly", "kyzy", "qizi", "uulu", "uly", "qyzy"}

var turkicPatronyms = set(turkicPatronymWords...)

// nameParticles may sit inside a person's name: surname particles, the
// Catalan and Spanish joins of two surnames, Turkic patronymic words, and
// the "son of" of Kalenjin ("Daniel arap Moi") and Hassaniya names
// ("Mohamed ould Abdel Aziz"), which else cut the name in two.
var nameParticles = set(append([]string{"bin", "ibn", "al", "el", "de", "da", "van", "von", "der", "du", "la", "le", "dos",
	"del", "di", "abu", "den", "los", "las", "ter", "ten", "della", "degli", "binti", "bint", "dela", "delos", "í", "við",
	"vid", "i", "y", "arap", "ould"}, turkicPatronymWords...)...)

// connectors may sit inside an institution or event name.
var connectors = set("of", "on", "for", "and", "&")

// roleModifiers may precede a role word and belong to the role.
var roleModifiers = set("former", "deputy", "vice", "chief", "senior", "special", "acting", "interim", "top", "first",
	"leading", "economic", "foreign", "presidential", "national", "security", "trade", "defense", "defence", "finance",
	"assistant", "executive", "general", "lead", "principal", "permanent", "regional", "federal", "investment", "then",
	"longtime", "veteran", "ex", "outgoing", "incoming", "current", "newly", "appointed", "elected", "influential",
	"prominent", "powerful", "key", "main", "personal", "economy", "energy", "justice", "interior", "military",
	"intelligence", "political", "government", "state", "party", "parliamentary", "opposition", "ruling", "policy",
	"affairs", "humanitarian", "climate", "health", "cabinet", "army", "navy", "military", "chief", "top-ranking",
	"spy", "police", "nuclear", "sanctions", "trade", "press", "communications", "development", "digital")

// govNouns after a state name or demonym stand for the state itself.
var govNouns = set("government", "administration", "authorities", "leadership", "side", "state", "regime", "cabinet")

// proxyNouns after a state name or demonym are unnamed people acting for
// it: usable for meetings and sanctions, not as named speakers.
var proxyNouns = set("officials", "official", "leaders", "diplomats", "lawmakers", "counterparts", "counterpart",
	"negotiators", "delegation", "delegates", "forces", "troops", "military", "army", "representatives", "envoys",
	"authorities", "oil", "companies", "entities", "firms", "banks", "individuals", "businesses", "citizens",
	"nationals", "policymakers", "politicians", "ministers", "legislators", "parliamentarians", "members")

// statementNouns stand for what a speaker said: "Orlov's statement
// highlighted …".
var statementNouns = set("statement", "statements", "remarks", "comments", "message", "words", "letter", "post",
	"speech", "interview", "language", "note", "tweet", "readout", "address", "testimony", "op-ed", "article", "briefing",
	"office", "team", "camp", "aides", "campaign", "lawyer", "lawyers", "press")

// skipBeforeVerb are adverbs and auxiliaries between a subject and its verb.
var skipBeforeVerb = set("also", "has", "have", "had", "was", "were", "is", "are", "been", "reportedly", "then", "later",
	"again", "further", "once", "already", "previously", "recently", "earlier", "publicly", "repeatedly", "also",
	"separately", "directly", "personally", "specifically", "explicitly", "firmly", "strongly", "openly", "sharply",
	"similarly", "likewise", "meanwhile", "subsequently", "initially", "finally", "briefly", "privately", "jointly",
	"reiterated", "had", "himself", "herself", "itself", "too", "both", "all", "together", "last", "week", "month",
	"year", "on", "still", "now", "formally", "swiftly", "promptly", "immediately", "just", "this", "autumn", "spring", "summer", "winter", "weekend", "morning", "evening", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today")

// modalMarkers before a meeting or sanction verb make it unreal: planned,
// proposed, postponed, cancelled, hoped for, conditional or denied.
var modalMarkers = set("pressed", "pressing", "presses", "lobbied", "lobbying", "lobbies", "advocated",
	"advocating", "advocates", "vetoed", "will", "would", "shall", "may", "might", "could", "should", "can", "must", "plan", "plans",
	"planned", "planning", "intend", "intends", "intended", "expect", "expects", "expected", "hope", "hopes",
	"hoped", "propose", "proposes", "proposed", "proposal", "postpone", "postpones", "postponed", "postponing",
	"cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "scrapped", "schedule", "scheduled",
	"not", "n't", "never", "no", "refused", "refuses", "declined", "declines", "failed", "fails", "if", "unless",
	"whether", "seek", "seeks", "seeking", "sought", "want", "wants", "wanted", "aim", "aims", "aiming", "agreed",
	"agree", "agrees", "offered", "offers", "ready", "willing", "prepared", "possible", "potential", "possibility",
	"threatened", "threatens", "threaten", "considering", "consider", "considers", "mulling", "weighing", "right",
	"ahead", "upcoming", "future", "calls", "called", "urged", "urges", "demanded", "asked", "invited", "invite",
	"without", "neither", "nor", "hardly", "denied", "denies", "deny", "claimed", "claims", "alleged", "alleges",
	"allegedly", "purportedly", "rumoured", "rumored", "axed", "shelved", "abandoned", "refuse", "decline",
	"floated", "mooted")

// pronouns that can stand for a person speaker.
var personPronouns = set("he", "she")

// roleFamilies says which role words a role noun can refer to: "the
// diplomat" may be the ambassador but not the congresswoman.
var roleFamilies = map[string][]string{
	"diplomat":       {"ambassador", "envoy", "diplomat", "consul", "negotiator", "representative", "minister", "secretary", "affaires"},
	"envoy":          {"envoy", "ambassador", "negotiator", "representative", "diplomat"},
	"ambassador":     {"ambassador", "envoy"},
	"negotiator":     {"negotiator", "envoy", "ambassador"},
	"deputy":         {"deputy"},
	"minister":       {"minister"},
	"president":      {"president"},
	"spokesman":      {"spokesman", "spokeswoman", "spokesperson"},
	"spokeswoman":    {"spokesman", "spokeswoman", "spokesperson"},
	"spokesperson":   {"spokesman", "spokeswoman", "spokesperson"},
	"adviser":        {"adviser", "advisor", "aide"},
	"advisor":        {"adviser", "advisor", "aide"},
	"aide":           {"adviser", "advisor", "aide"},
	"secretary":      {"secretary"},
	"congresswoman":  {"congresswoman"},
	"congressman":    {"congressman"},
	"senator":        {"senator"},
	"lawmaker":       {"congresswoman", "congressman", "senator", "lawmaker", "deputy", "mp", "legislator"},
	"chancellor":     {"chancellor"},
	"official":       {""},
	"leader":         {"president", "leader", "prime", "chancellor", "king", "emir", "premier"},
	"premier":        {"premier", "prime"},
	"prime":          {"prime"},
	"foreign":        {"foreign"},
	"banker":         {"banker"},
	"chief":          {"chief", "head", "director"},
	"head":           {"head", "chief", "director", "chairman"},
	"director":       {"director", "head", "chief"},
	"chairman":       {"chairman", "chair", "head"},
	"commander":      {"commander", "general"},
	"general":        {"general", "commander"},
	"governor":       {"governor"},
	"mayor":          {"mayor"},
	"mediator":       {"mediator", "negotiator", "envoy"},
	"representative": {"representative", "envoy", "ambassador"},
}

// staffNouns are the people who speak for a person, not the person
// quoted: "X's office said", "his lawyers said", "lawyers for X said"
// report X's staff, and X is no speaker (a body's office is, through
// organSpeaker).
var staffNouns = set("office", "team", "camp", "aides", "campaign", "lawyer", "lawyers")
