// Package analyze is sumber's cross-document analysis: one actor behind
// its many names, the same figure across sources and languages, and the
// findings an analyst needs — conflicts, revisions and corroborations —
// each with the attributions behind it and a sentence that explains it.
//
// # Actors
//
// An attribution's source is resolved to a canonical actor through
// package gazetteer (actors.tsv: Wikidata QIDs where known, aliases in
// Indonesian, English and Vietnamese, metonyms such as Pyongyang, the
// Kremlin or Washington, parents such as Pentagon ⊂ United States, people
// with the body they speak for). Within a document, anaphors ("the spy
// agency") take the one actor of their kind the document names, pronoun
// sources ("it", "dia", "ông") the previous claim's actor, and short
// names ("Han", "JCS") the known actor whose source text contains them.
// Only roles, names and numbers may precede the actor's name in a source
// ("a Kremlin spokesman", "laporan Badan Intelijen Nasional"); an actor
// named deeper inside ("The two governments watching Pyongyang's
// soldiers") is not the source. Anything else gets an identity from its
// normalised name ("name:mirela-dobrescu") and takes no part in
// findings: a wrong finding costs an analyst more than a missing one.
//
// For comparisons a person stands for the body they speak for
// (gazetteer.Origin: Zelensky → Ukraine), and two origins are
// independent when their roots differ (gazetteer.Root: the NIS and the
// JCS are both South Korea). Two bodies of one root still conflict when
// they disagree on the same or the next day, though their agreement
// corroborates nothing. An outlet or wire reporting on its own
// account is independent only of other stories: syndicated copies
// (Document.DuplicateOf), translations (Document.DerivedFrom, a
// "Sumber:" URL) and one wire story of the day share a story key
// (StoryKey) and count once.
//
// # Measures
//
// A figure belongs to the measure subject/unit/measure, e.g.
// "north-korea/troops/killed-or-wounded": the subject resolved through
// the gazetteer (the extractor's subject, or the one country named
// around the figure that is neither a place nor a party, "tới Nga",
// "melawan Ukraina", "to support Moscow"), the unit and measure
// normalised through lexicon.tsv (tentara, pasukan, soldiers, binh sĩ →
// troops; casualties, thương vong, tewas atau terluka →
// killed-or-wounded). Troops are never grouped with shells, containers,
// money or percent, nor killed with wounded. A troop count without a
// measure whose claim puts the troops in another country's territory
// ("11.000 quân tại Nga") is deployed; containers or shells "deployed"
// are supplied. Recalled earlier values ("up from 10,000 in November",
// Past), forecasts ("could send 12,000", Projection) and figures of one
// measure that disagree inside one claim (Ambiguous) are kept in the
// measure but take no part in findings.
//
// Each measure keeps every figure with its origin, via chain, claim date
// (or publication day) and document, and an Estimate over the latest
// figure of each independent origin: low (smallest lower bound), best
// (median), high (largest upper bound), as UCDP does, and the most
// conservative figure (the lowest), as ACLED does.
//
// # Findings
//
// See MeasureFindings and StanceFindings for the rules and the
// thresholds (Window, ConflictFactor, AgreeFactor, BoundFactor,
// ReviseFactor). Stance findings compare propositions: a claim's
// concepts (DEPLOY, TROOPS… from lexicon.tsv) and the actors it names,
// the speaker included when the claim has no subject of its own
// ("membantah telah mengirim tentara"); two claims state the same
// proposition when their concepts are equal and the actors of one are
// all named by the other.
//
// # Incremental analysis
//
// An Analyzer keeps its state in the store (store.StateStore; in memory
// for stores without it) and Update reads only the attributions added
// since the last update, in batches of BatchAttributions. The state is
// partitioned (see engine.go): a new figure is compared only with the
// figures of its measure within Window days, and findings are assembled
// from small pair and series states when read, so an update costs time
// in proportion to the new documents and the density of their measures
// and weeks, not to the size of the ledger. PostgreSQL ids are not
// handed out in commit order: Update compares the store's attribution
// count with the number processed and, when rows are missing, re-reads
// DefaultLookback ids behind the watermark; rows further back (an
// Import of old ids) trigger a Rebuild.
//
// # Output
//
// WriteFindings brings a store's analysis up to date and prints its
// findings (used by 'sumber demo'); WriteFindingsTable, WriteMeasure,
// WriteMeasureList and WriteActor print the tables of 'sumber findings',
// 'sumber measure' and 'sumber actor'; WriteJSON their JSON.
package analyze
