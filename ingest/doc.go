// Package ingest turns raw news articles into entities and relations with
// evidence.
//
// The pipeline is a chain of small stages, each in its own file and each
// tested on its own:
//
//	read.go       bytes in, validated (UTF-8, not binary, BOM stripped)
//	clean.go      page furniture removed; title, byline and date detected;
//	              masthead.go (furniture shapes) and title.go (the
//	              headline rechecked against the body) are its helpers
//	tokens.go     byte-offset tokens over the cleaned text
//	sentences.go  sentence boundaries that survive abbreviations and tables
//	ner.go        mentions and the recognition driver; gazetteer.go,
//	              roles.go, names.go and events.go are its passes
//	resolve.go    mentions grouped into one entity per real-world thing
//	relations.go  relation driver; affiliations.go, subjects.go,
//	              speech.go, meetings.go and sanctions.go find them
//	actors.go     after the relation finders: states that never act
//	              (placeOnlyStates) become places
//	dates.go      absolute and relative dates
//	lexicon.go    embedded general-knowledge gazetteers (lexicon/*.txt)
//
// Everything is rule based and deterministic: the same bytes give the same
// output, with stable entity ids. No regular expressions run in the hot
// path; the gazetteers are loaded once.
package ingest
