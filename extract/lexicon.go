package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"sumber"
	"sumber/lang"
)

// frame is the syntactic pattern a cue takes part in (see lang/en/cues.tsv).
type frame uint8

const (
	fVerb   frame = iota // SOURCE CUE CONTENT, or post-posed after the content
	fVerbC               // like fVerb, but only with evidence of reporting
	fPost                // only post-posed: "…," kata dia / ujarnya
	fPrep                // according to SOURCE, CONTENT
	fRelay               // citing X: X is the origin, the subject a relay
	fNoun                // a claim noun: "X's claim that …", "klaim X bahwa …", "tuyên bố của X rằng …"
	fPrepC               // like fPrep, but only opening a clause: "theo" is also "following"
	fRelayC              // like fRelay, but only before a source: "citing officials" relays, "citing low growth" gives a reason
	fVerbN               // like fVerb, but only with a named or pronoun subject: "Trump wants …", not "the plan wants"
	fRevise              // a revision of a figure: only before a figure noun, a change marker and a number ("revised its estimate to 67")
	fVerbQ               // like fVerb, but only before a complementizer, colon or quotation: vi "trả lời báo chí rằng …", not "trả lời câu hỏi"
	fHead                // a headline's bare verb: only after the capitalised subject of a title-case headline ("Menkes Sebut …", "Pengacara Bantah …")
)

var frameNames = map[string]frame{"verb": fVerb, "verbc": fVerbC, "post": fPost, "prep": fPrep, "relay": fRelay, "noun": fNoun, "prepc": fPrepC, "relayc": fRelayC, "verbn": fVerbN, "revise": fRevise, "head": fHead, "verbq": fVerbQ}

// cue is one form of a lexicon entry.
type cue struct {
	lemma  string
	stance sumber.Stance
	frame  frame
	form   string   // as written in the file
	seq    []string // lower-cased tokens of the form
	nya    bool     // Indonesian form ending in the -nya suffix: the suffix is the source
	object bool     // takes an addressee before its content ("told X that")
	passv  bool     // Indonesian passive (di- form): the subject is what is said
	// narrated: the lemma names an act rather than a statement ("show",
	// "offer", "attack"); inside another's report it is narrated, not claimed
	narrated bool
	// finding: the lemma reports a finding ("find"): what a document or
	// an inquiry found is asserted, not believed (words.tsv finding)
	finding bool
	// factive: the lemma is knowledge ("know"); negated, it reports
	// ignorance, no view (words.tsv factive)
	factive bool
	// findOut: the lemma finds something out ("xác định", "kết luận"):
	// with only a noun of what is unknown after it, nothing is said
	// (words.tsv find-out)
	findOut bool
	// asks: the lemma asks ("ask"; words.tsv ask-lemma): the answer is
	// someone else's, so a quotation after it never runs on
	asks bool
	// cites: the lemma cites or quotes a source (words.tsv cite-lemma)
	cites bool
	// says: the lemma reports speech and may come before its subject
	// after the clause it reports, whatever opens that subject ("…, said
	// one source in the room"; words.tsv say-lemma)
	says bool
	// finderVerb: the lemma's third-person form is a noun unless a
	// finder stands right before it ("the court rules that …", not "party
	// rules allow …"; words.tsv finder-verb)
	finderVerb bool
	// objectVerb: the lemma's third-person form is a noun unless an
	// object follows it ("Vell questions the audit", not "questions about
	// the audit"; words.tsv object-verb)
	objectVerb bool
	// aspect: the lemma only carries on what the cue after its "to" does
	// ("continues to insist that …"; words.tsv aspect-lemma)
	aspect bool
	// predicate: the lemma is a copula and an adjective ("be critical",
	// the copula a word of class passive) and the form the adjective alone
	// ("critical of"): a copula right before the form is no passive
	// ("Graham has been critical of …")
	predicate bool
	// npSense: with a noun phrase right after it (an article, a
	// possessive or a number) the lemma has another sense and claims
	// nothing ("maintains a wide lead", "boasts 4,000 residents";
	// words.tsv np-sense)
	npSense bool
	// change: the lemma also names a change in a value ("fees declined
	// to $2 million", "the economy added 90,000 jobs"; words.tsv
	// change-lemma): with a number after it, it claims nothing
	change bool
	// naming: the lemma also gives a thing its name ("a band called
	// Lumen"; words.tsv naming-lemma): as a participle after an
	// indefinite noun phrase or a comma, with a name after it, it claims
	// nothing
	naming bool
	// clause: the lemma's object may be a clause without a complementizer
	// ("many critics fear the plan will fail"; words.tsv clause-lemma)
	clause bool
	// reasonPreps: the prepositions that, after a short object, give what
	// the object is accused or praised of ("charged two aides with fraud",
	// "blasted the mayor for the delays"; words.tsv reason-object, the
	// lemma and the preposition): they show the reporting sense
	reasonPreps []string
	// openPreps: for a claim noun, the prepositions that, with a possessor
	// after them, open a phrase of the noun framing a clause ("in his
	// view, …", "by her own admission, …"; words.tsv opinion-frame)
	openPreps []string
	// rulingPreps: what may follow the lemma, after a date at most, to
	// show which side it takes ("ruled Friday against the state"; words.tsv
	// ruling-prep, the lemma and the words)
	rulingPreps [][]string
	line        int
}

// phrases is a set of token sequences, indexed by first and by last token.
type phrases struct {
	byFirst map[string][][]string
	byLast  map[string][][]string
	maxLen  int // the longest phrase, in words
}

func (p *phrases) add(seq []string) {
	if p.byFirst == nil {
		p.byFirst = map[string][][]string{}
		p.byLast = map[string][][]string{}
	}
	p.byFirst[seq[0]] = append(p.byFirst[seq[0]], seq)
	p.byLast[seq[len(seq)-1]] = append(p.byLast[seq[len(seq)-1]], seq)
	p.maxLen = max(p.maxLen, len(seq))
}

// at returns the length of the longest phrase starting at toks[i], or 0.
func (p *phrases) at(toks []token, i int) int {
	if i < 0 || i >= len(toks) {
		return 0
	}
	best := 0
	for _, seq := range p.byFirst[toks[i].low] {
		if len(seq) > best && i+len(seq) <= len(toks) && seqEq(toks[i:i+len(seq)], seq) {
			best = len(seq)
		}
	}
	return best
}

// ending returns the length of the longest phrase ending at toks[j], or 0.
func (p *phrases) ending(toks []token, j int) int {
	if j < 0 || j >= len(toks) {
		return 0
	}
	best := 0
	for _, seq := range p.byLast[toks[j].low] {
		if len(seq) > best && j+1-len(seq) >= 0 && seqEq(toks[j+1-len(seq):j+1], seq) {
			best = len(seq)
		}
	}
	return best
}

func seqEq(toks []token, seq []string) bool {
	for k, w := range seq {
		if toks[k].low != w {
			return false
		}
	}
	return true
}

// lexicon is one language's data, loaded from lang/<code>.
type lexicon struct {
	code   string
	cues   map[string][]*cue // first token → cues, longest first
	nouns  map[string]*cue   // one-word claim nouns (frame noun), kept apart from the verbs
	abbrev map[string]bool   // "mr." → final?
	class  [numClasses]*phrases
	info   map[string]*wordInfo // every word the lexicon knows, with what it can start or end
	affix  [numAffixes][]string // the endings and beginnings of words that rules read
	feat   [numFeatures]bool    // the grammar features the language has (grammar.tsv)
	// links are the labels that introduce links to other articles
	// ("Baca juga", "Read more"; boilerplate.tsv block, which ingest also
	// reads): a paragraph they open is no part of the report
	links phrases
}

// affix is a class of word endings (suffix-…) or beginnings (prefix-…)
// of words.tsv, read by rules that look at a word's form, not its spelling.
type affix uint8

// The affix classes; affixNames gives their names in the files.
const (
	aPast       affix = iota // suffix-past: a past tense or participle (en "ed")
	aGerund                  // suffix-gerund: a participle in -ing (en "ing")
	aAdverb                  // suffix-adverb: an adverb (en "ly")
	aPlural                  // suffix-plural: a plural noun or a verb's third person (en "s")
	aSingular                // suffix-singular: ends like a plural and is none (en "ss")
	aParticiple              // suffix-participle: a past participle besides suffix-past (en "en")
	aPossessive              // suffix-possessive: a possessive glued to its noun (en "'s")
	aNya                     // suffix-nya: a pronoun glued to a verb (id "nya")
	aActive                  // prefix-active: an active verb (id "me", "ber")
	aPassive                 // prefix-passive: a passive verb (id "di")
	aStative                 // prefix-stative: a stative or accidental verb (id "ter")
	numAffixes
)

var affixNames = [numAffixes]string{"suffix-past", "suffix-gerund", "suffix-adverb", "suffix-plural", "suffix-singular", "suffix-participle", "suffix-possessive", "suffix-nya", "prefix-active", "prefix-passive", "prefix-stative"}

// feature is a trait of a language's grammar that switches a rule on,
// listed in lang/<code>/grammar.tsv: a language is read by the rules
// whose traits its file lists, so adding one is adding its files.
type feature uint8

// The grammar features; featureNames gives their names in the files.
const (
	fSyllables            feature = iota // words are written as syllables apart: noun phrases, names and titles run to more tokens, and a compound may take a cue's first syllable
	fFiguresToOuter                      // a figure of a nested claim is also the outer speaker's (the own set's id and vi convention)
	fObjectDate                          // a date after a short object dates the accusation ("accused his rival on Tuesday of lying")
	fQuoteEndsContent                    // a quotation opening a content is all of it unless a lower-case word goes on after it
	fQuoteCoordContent                   // a quotation opening a content is all of it unless a coordinator and a word go on after it
	fQuotedPhraseClause                  // a quoted phrase ending a clause of the reporter's is no direct quotation
	fSubjectlessContrast                 // a contrast after a comma opens a subjectless second clause of the same speaker
	fNounAfterPrep                       // after a preposition, or an indefinite article and a word, a cue form that is also a noun is the noun
	fDocumentParticiple                  // right after a document noun that a preposition governs, a cue word is the document's participle
	fFigureCompound                      // a word for a figure between a determiner and "for"/"of" is a compound noun
	fTailRelay                           // "…, X told Reuters" at the end of a sentence relays through the outlet
	fTailCiting                          // "…, citing X" at the end of a sentence names the origin
	fBodyLabel                           // a body's name with lower-case syllables before a colon is a speaker label
	fHeadlineSource                      // a headline whose first words name a source
	fPossessiveName                      // a name read rightwards stops at a possessive
	fOneWordName                         // a one-word name after a title, closed by a comma, is the name ("kata Ketua KNKT, Soerjanto")
	fAppositiveName                      // a name read rightwards takes its appositive title after a comma
	fNamePlace                           // a name read rightwards takes "of"/"from" and a place
	fCommaRelative                       // relative pronouns after a comma ("X, who …, said") name the noun phrase before them
	fOrgCoord                            // two bodies coordinated in a source stay one source
	fFrontedClause                       // a fronted clause before a person named with an honorific is no subject
	fDateEndsSubject                     // a date after the subject ends it ("The Supreme Court on Friday upheld …")
	fArticleObject                       // a determiner after a lower-case word opens the object
	fTitledName                          // a title between a nationality and a name
	fTimeOpening                         // a time opening the clause is no part of the subject ("Earlier this month the minister …")
	fDocumentSource                      // the body that issued a document is the source, the document its vehicle ("Theo báo cáo của X")
	fFinalAppositive                     // a final according-to source takes its appositive
	fFinalAccording                      // a final according-to after a comma relays the claim before it
	fTimeAside                           // a time between commas before the claim is when it happened, no part of it
	fVerbPrefixes                        // verbs carry prefixes (me-, ber-, di-, ter-): a verb-like word after a comma goes on with the clause
	fBackshift                           // a pluperfect under a past reporting verb is the tense of the report, no earlier statement
	fThatRelative                        // "that" right before a verb is a relative pronoun, and the noun phrase before it the source
	fYangObject                          // the antecedent of "yang" is the object after the main clause's verb
	fDegrees                             // academic degrees between commas after a name stay in the source
	fAppositionAsides                    // a speaker's appositions are kept with the asides after the name
	fAsideKeepsTitle                     // a name between commas before an aside or a kept relative clause keeps its title
	fOpeningAside                        // an opening aside up to its comma is never part of the source
	fCommaAgent                          // a comma between a passive agent and its cue ends the agent
	fSubordinateClause                   // "…, as the agency said …": a subordinate clause after a comma has a claim of its own
	fClosingAside                        // an aside closing the subject is cut from the source
	fCommaSpeech                         // reported speech may follow its cue after a comma or a bare pronoun subject
	fHonorificSubject                    // a subject named with an honorific or a body is evidence of a cue
	fPlainHeadline                       // a headline in plain case is evidence of a cue
	fBelieveFigure                       // a belief cue before a comma and a figure reads the figure as its content
	fReviseThenParticiple                // "X revised its figure, saying …": the participle's claim is later
	fRepeatApposition                    // a second verb of the same subject repeats the apposition the first one kept
	fRejectedAs                          // "rejected … as propaganda": the verdict after "as"
	fPhraseOpener                        // a prepositional phrase opening the sentence is no part of the subject
	fAppositiveToEnd                     // a lower-case appositive after a comma runs to the cue
	fAddresseeClause                     // "told Morrow the deal was dead": an addressee, then a clause without a complementizer
	fAppositiveTail                      // an appositive after a capitalised subject and a comma stays in the source
	fLongAside                           // a long aside between a subject and its cue
	fTitleBeforeAged                     // "a title, Name, 34, said": the age after a name
	fAmountSubject                       // an amount of money that a preposition follows says nothing
	fComparison                          // a multiple compares a figure with another ("twice the toll")
	fVerbalAfterAux                      // a verbal form after an auxiliary
	fPlaceName                           // a lower-case place kind and a name after a speaker is a place
	fTitlecaseHeadline                   // in a title-case headline, a comma and a capitalised word end the content
	fHeadlineParticiple                  // in a headline, a comma and an -ing form end the content
	fDateOnly                            // a date word opening a content is when, not what
	fFiniteAfterAside                    // a finite verb after an aside and a comma
	fTrimCountTime                       // a count of time opening a content is trimmed
	fSubjectAside                        // "The survey, conducted by X, found …": the aside stays in the source
	fQuotedAs                            // "as quoted by" / "as saying": the quoting form
	fCommentObject                       // a determiner or possessor after a comment verb opens its object
	fParticipleDate                      // a participle before a date
	fAddresseeOnly                       // a content that is only an addressee is none
	fUnknownOnly                         // a content that is only an unknown is none
	fNameDash                            // a spaced dash between a lower-case syllable of a capitalised run and a capitalised word joins a body's name ("Hiệp hội Cà phê – Ca cao")
	fParentBody                          // a body above in brackets after a name stays in it ("Cục X (Bộ Y)")
	fCountedCueNoun                      // a cue word counted by a number right before it is a noun ("gửi 6 thông báo")
	fTitleAfterClaim                     // "…, the service's chief, Matti Lahti, said.": a speaker named after a title between commas, after the claim
	fHeadlineTopicColon                  // a headline's place or topic before a colon is no speaker when a lower-case cue after the colon has its own subject ("Sóc Tarn: …, tỉnh nói …")
	fQuotedThirdPerson                   // inside a quotation a third person's pronoun reporting something is a source of its own ("“… Mereka mengaku …,” ujar X")
	fHyphenCompound                      // a cue word glued by a hyphen to the word before it ends a compound adjective ("U.S.-backed rebels")
	fClauseColon                         // a clause with no cue before a colon and a quotation gives the quotation to its subject ("Vell went further: “…”")
	fBareHeadlineVerb                    // in a sentence-case headline a cue form right after the bare noun phrase opening it is its verb ("Port officials welcome ferry plan")
	fHeadlineSecondVerb                  // a headline verb with no subject after a comma, colon or semicolon shares the source of the headline's earlier claim ("Vell Says …, Calls Strike ‘Reckless’")
	fBareApostrophe                      // a bare apostrophe glued to a plural word and spaced from the next is a possessive: the word after it is a noun ("Sanders’ call")
	numFeatures
)

var featureNames = [numFeatures]string{"syllables", "figures-to-outer", "object-date", "quote-ends-content", "quote-coord-content", "quoted-phrase-clause", "subjectless-contrast", "noun-after-prep", "document-participle", "figure-compound", "tail-relay", "tail-citing", "body-label", "headline-source", "possessive-name", "one-word-name", "appositive-name", "name-place", "comma-relative", "org-coord", "fronted-clause", "date-ends-subject", "article-object", "titled-name", "time-opening", "document-source", "final-appositive", "final-according", "time-aside", "verb-prefixes", "backshift", "that-relative", "yang-object", "degrees", "apposition-asides", "aside-keeps-title", "opening-aside", "comma-agent", "subordinate-clause", "closing-aside", "comma-speech", "honorific-subject", "plain-headline", "believe-figure", "revise-then-participle", "repeat-apposition", "rejected-as", "phrase-opener", "appositive-to-end", "addressee-clause", "appositive-tail", "long-aside", "title-before-aged", "amount-subject", "comparison", "verbal-after-aux", "place-name", "titlecase-headline", "headline-participle", "date-only", "finite-after-aside", "trim-count-time", "subject-aside", "quoted-as", "comment-object", "participle-date", "addressee-only", "unknown-only", "name-dash", "parent-body", "counted-cue-noun", "title-after-claim", "headline-topic-colon", "quoted-third-person", "hyphen-compound", "clause-colon", "bare-headline-verb", "headline-second-verb", "bare-apostrophe"}

// has reports whether the language's grammar has feature f.
func (l *lexicon) has(f feature) bool { return l.feat[f] }

// isWord reports whether the single word w is a phrase of class c.
func (l *lexicon) isWord(c wclass, w string) bool { return l.isPhrase(c, []string{w}) }

// isPhrase reports whether the words seq, as a whole, are a phrase of
// class c (a cue's form or lemma tested against a class).
func (l *lexicon) isPhrase(c wclass, seq []string) bool {
	return l.class[c].at(seqTokens(seq), 0) == len(seq)
}

// suffix reports whether w ends in an ending of class a.
func (l *lexicon) suffix(a affix, w string) bool {
	for _, e := range l.affix[a] {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// prefix reports whether w begins with a beginning of class a, with at
// least min bytes after it.
func (l *lexicon) prefix(a affix, w string, min int) bool {
	for _, p := range l.affix[a] {
		if len(w) >= len(p)+min && strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// wclass is a word class of words.tsv (see lang/en/words.tsv).
type wclass uint8

// The word classes; wordClasses gives their names in the files.
const (
	wComp wclass = iota
	wNeg
	wBoundary
	wBreak
	wTrim
	wDet
	wPronSg
	wPronPl
	wRelative
	wRelativeNp
	wAnaphor
	wEarlier
	wLater
	wSuperseded
	wContrary
	wStarter
	wModal
	wAddressee
	wTemporal
	wAside
	wPronSelf
	wNounDet
	wWh
	wObject
	wContrast
	wNow
	wAppositive
	wNotCue
	wCoord
	wLabel
	wOutletWord
	wNounNext
	wPassive
	wDateWord
	wAgent
	wGenitive
	wContentAnaphor
	wPassiveAgent
	wCircumstance
	wGerundPrep
	wToPrep
	wSourceNoun
	wInSource
	wPollNoun
	wNotSubject
	wSameDay
	wAux
	wPronPoss
	wQuoteIntro
	wNarrated
	wCount
	wPlacePrep
	wNPPrep
	wVehicle
	wChangeTo
	wFigureNoun
	wBody
	wHonorific
	wTopic
	wCommentNoun
	wQuestionIntro
	wSpanUnit
	wTitle
	wLyNoun
	wCommentRequest
	wKicker
	wObjectRelative
	wMedium
	wRequest
	wInstitution
	wDayBefore
	wDayAfter
	wRecipient
	wRole
	wAsked
	wPressTime
	wTeaser
	wPronPerson
	wJoin
	wEvent
	wNotPassive
	wApposTitle
	wNotNeg
	wFinding
	wDocument
	wNounPrep
	wLabelStop
	wNounAux
	wFrontedPrep
	wEstimateAt
	wSelfReport
	wAdmission
	wSelfClaim
	wStill
	wRequestAct
	wFactive
	wRefusal
	wFrameConj
	wFrameSpan
	wFinder
	wSeenBy
	wOutletHead
	wReflexive
	wIssuedBy
	wThen
	wActObject
	wDegree
	wAge
	wSince
	wQuestionCue // a cue that asks ("asked"): the noun phrase after it is no bare addressee
	wQuantifier  // opens a noun phrase and is no name when capitalised ("One survivor")
	wMultBound   // a bound before a comparing multiple ("more than twice the toll")
	wClauseOpen
	wAccount
	wNegSubject      // opens a subject that negates its verb ("Neither side would confirm")
	wFrameAfter      // a time frame after which a pronoun's statement came first ("a week after it denied")
	wCompareFrom     // a comparison with an earlier figure ("up from", "down from")
	wPronSubj        // a subject pronoun, the whole subject right before its cue ("the $18 million he says")
	wAfterSpan       // "sau" opening a time span before a cue ("Sau ba ngày phủ nhận, …")
	wPeopleNoun      // people named by what they are, a speaking subject ("Nhiều công nhân phản ánh …")
	wSuspect         // a source held for a wrong ("tersangka", "pelaku"): what it owns up to with mengaku is an admission
	wExculpate       // narrows a deed owned up to ("hanya"): no admission
	wPolice          // names the police ("Polda", "Kapolres"): bare personnel in its claims are police
	wMilitary        // names the armed forces ("TNI", "Kodim"): bare personnel stay troops
	wCodeWord        // a number after it is a code in a name ("pasangan calon nomor urut 2")
	wAcademic        // a degree written after a name without dots ("SH", "MBA")
	wUnknownNoun     // what is yet to be found out, an object that says nothing ("chưa thể xác định nguyên nhân")
	wFindOut         // lemmas of finding out ("xác định", "kết luận"): with only an unknown-noun after them, no claim
	wRefuse          // a verb of refusal ("menolak"): before a prefixed verb it refuses an act, no denial
	wBerNoun         // a noun that looks like a prefixed verb ("berita", "beras"): after a verb of refusal it is denied
	wReviseAcct      // a speaker revising its own account ("revised that account"), before a participle cue
	wAsFrame         // "see X as Y": en as, id sebagai, vi là
	wCopula          // vi "là" (X is Y), the judgement after "thông tin"
	wInformationNoun // vi "thông tin": a piece of information as a noun
	wAtPlace         // vi "ở": at or in a place
	wAgentMarker     // id "oleh": the agent of a passive follows
	wPersonnel       // id "personel": police or troops, as the claim says
	wDefArticle
	wIndefArticle
	wInfinitive
	wToBe
	wOnDate
	wObjectGoesOn
	wExistential
	wNoDet
	wModifierStop
	wPercentWord
	wFigurePrep
	wCompareWord
	wAgo
	wRelWho
	wRelThat
	wRelWhose
	wAsWord
	wAsWell
	wThatWord
	wWithWord
	wSoSuch
	wSpeaking
	wPastIrregular
	wAmountScale
	wAmountCurrency
	wAmountPrep
	wMultiple
	wTimes
	wQuoteForm
	wDemonstrative
	wAgentOf
	wPluperfect
	wInterview
	wPluralDet
	wDefiniteFirst
	wDefiniteLast
	wAskLemma
	wCiteLemma
	wOutletKind      // one word that names only news outlets, before an outlet's name ("the broadcaster LTV")
	wPassiveRelative // opens a passive relative aside (vi "người được"): a cue closing it is no claim
	wReasonConj      // a conjunction of reason or result: after a quotation opening a content, the claim goes on ("khẳng định “…” vì …")
	wClockTime       // opens a clock time (id "pukul"): a date after it and a comma goes on with that time
	wSayLemma        // a lemma of speech that inverts with any subject ("…, said one source")
	wAspectLemma     // a lemma that carries on the cue after its "to" ("continued to deny")
	wAnonymous       // an aside between commas that withholds the speaker's name (vi "đề nghị giấu tên"): it stays in the source span
	wDiffers         // a noun phrase that only says a figure or an account differs (id "angka yang berbeda"): as a whole content, no claim
	wDayPart         // a part of the day closing a date (id "malam"): a date after a content's last comma that ends in it is when the event happened
	wEmphatic        // a particle stressing the subject (vi "chính ông Torel"): trimmed off a source before a pronoun or an honorific
	wJoint           // opens the name of bodies acting jointly (vi "liên Bộ"): a spaced dash between their names joins them ("liên Bộ Công Thương - Tài chính")
	wFrequency       // an adverb of frequency (id "berulang kali"): a nested cue after it tells a habit, no claim
	wKin             // a relative or close person (id "keponakan"): with the speaker's possessive inside a quotation, a source of their own
	wNPSense         // a lemma that, with a noun phrase right after it, does something else and claims nothing ("maintains a wide lead")
	wNounAdj         // an adjective that modifies only nouns: after a determiner, a cue word after it is a noun ("his recent claim", "a sharp reply")
	wChangeLemma     // a lemma that also names a change in a value: with a number after it, no claim ("fees declined to $2 million", "added 90,000 jobs")
	wChangePrep      // between a change in a value and its number ("to", "by", "from")
	wTailOn          // after a medial reporter's clause and its comma, goes on with the claim before it ("…, police said, including two children")
	wDoneTo          // a phrase ending in an infinitive marker after which the cue's act is done, not hypothetical ("was quick to add that …")
	wAgencyShort     // a short form of an agency's name (id "Dinkes", "Pemkab"): it may open a headline's speaker label
	wCreditLabel     // the label of a closing credit line naming the report's outlet ("Source: Al Jazeera and news agencies")
	wNamingLemma     // a lemma that also gives a thing its name ("a band called Lumen"): then no claim
	wDirective       // a cue that also gives an order when its object is followed by an infinitive ("told residents to stay indoors")
	wPurposeVerb     // a past verb whose purpose infinitive, a few words on, is a cue it did ("took to the radio to accuse", "used the speech to urge")
	wActPrep         // a preposition before a participle cue whose act the clause's subject did ("rallied thousands by promising …")
	wCauseVerb       // a past verb whose object, before "to", is made to do the cue after it ("led the chair to declare …")
	wFinderVerb      // a lemma whose third-person form is a noun unless a finder (judge, court) stands right before it ("the court rules that …", not "party rules")
	wObjectVerb      // a lemma whose third-person form is a noun unless an object follows it ("Vell questions the audit", not "questions about the audit")
	wReasonObject    // a lemma and the preposition that, after its object, names what the object is accused or praised of ("charge with")
	wIdeaNoun        // a noun naming a proposition ("idea", "notion"): with a complementizer after it, the object of a cue that is also a noun
	wOpinionFrame    // a preposition and a claim noun that, with a possessor between, frame a clause ("in view": "In Dunn's view, …")
	wOwnWord         // stresses a possessor before its noun ("by her own admission")
	wRulingPrep      // a lemma and the preposition after it that takes a side ("rule against"): the reporting sense
	wIssueVerb       // a verb that issues a document ("released", "sent out"): with a document after it, what the document says is claimed
	wIssuedDoc       // a document a body issues ("statement", "letter"), after an issue-verb
	wToNoun          // a claim noun whose content may be an infinitive after its possessor ("his pledge to close the plant")
	wClauseLemma     // a lemma of apprehension whose object may be a clause without "that" ("critics fear the plan will fail")
	wClauseVerb      // an auxiliary or a modal that shows a clause: after a short noun phrase, the clause's verb
	wQuestionAux     // an auxiliary fronted before its subject in a question ("do", "would"): a cue after that subject asks, no claim
	wImperative      // a word that marks a request ("please"): a cue right after it is asked of the reader, no claim
	wBySource        // a preposition that credits an estimate or an account ("by one estimate"): the source of its clause
	wEstimateNoun    // a noun naming an estimate or an account ("estimate", "count"): after by-source, the source's head
	wAnySubject      // a subject that names no one ("anyone", "whoever"): a cue it is the subject of claims nothing
	wReasonOpener    // opens a reason or concession inside a relative clause before a cue ("who asked not to be named because …")
	wCountAct        // a cue form that, with a count right after it, acts on the things counted ("admitted 46 applicants")
	wEstimateCompare // after a revision verb and a figure noun, a comparative that places the figure ("put the toll far higher")
	wCompareNoun     // a noun of quantity that, before an estimate-compare word, is a figure noun ("put the number of X higher")
	numClasses
)

// wordClasses are the names of the classes, indexed by wclass.
var wordClasses = [numClasses]string{
	wComp:            "comp",
	wNeg:             "neg",
	wBoundary:        "boundary",
	wBreak:           "break",
	wTrim:            "trim",
	wDet:             "det",
	wPronSg:          "pron-sg",
	wPronPl:          "pron-pl",
	wRelative:        "relative",
	wRelativeNp:      "relative-np",
	wAnaphor:         "anaphor",
	wEarlier:         "earlier",
	wLater:           "later",
	wSuperseded:      "superseded",
	wContrary:        "contrary",
	wStarter:         "starter",
	wModal:           "modal",
	wAddressee:       "addressee",
	wTemporal:        "temporal",
	wAside:           "aside",
	wPronSelf:        "pron-self",
	wNounDet:         "noun-det",
	wWh:              "wh",
	wObject:          "object",
	wContrast:        "contrast",
	wNow:             "now",
	wAppositive:      "appositive",
	wNotCue:          "not-cue",
	wCoord:           "coord",
	wLabel:           "label",
	wOutletWord:      "outlet-word",
	wNounNext:        "noun-next",
	wPassive:         "passive",
	wDateWord:        "date-word",
	wAgent:           "agent",
	wGenitive:        "genitive",
	wContentAnaphor:  "content-anaphor",
	wPassiveAgent:    "passive-agent",
	wCircumstance:    "circumstance",
	wGerundPrep:      "gerund-prep",
	wToPrep:          "to-prep",
	wSourceNoun:      "source-noun",
	wInSource:        "in-source",
	wPollNoun:        "poll-noun",
	wNotSubject:      "not-subject",
	wSameDay:         "same-day",
	wAux:             "aux",
	wPronPoss:        "pron-poss",
	wQuoteIntro:      "quote-intro",
	wNarrated:        "narrated",
	wCount:           "count",
	wPlacePrep:       "place-prep",
	wNPPrep:          "np-prep",
	wVehicle:         "vehicle",
	wChangeTo:        "change-to",
	wFigureNoun:      "figure-noun",
	wBody:            "body",
	wHonorific:       "honorific",
	wTopic:           "topic",
	wCommentNoun:     "comment-noun",
	wQuestionIntro:   "question-intro",
	wSpanUnit:        "span-unit",
	wTitle:           "title",
	wLyNoun:          "ly-noun",
	wCommentRequest:  "comment-request",
	wKicker:          "kicker",
	wObjectRelative:  "object-relative",
	wMedium:          "medium",
	wRequest:         "request",
	wInstitution:     "institution",
	wDayBefore:       "day-before",
	wDayAfter:        "day-after",
	wRecipient:       "recipient",
	wRole:            "role",
	wAsked:           "asked",
	wPressTime:       "press-time",
	wTeaser:          "teaser",
	wPronPerson:      "pron-person",
	wJoin:            "join",
	wEvent:           "event",
	wNotPassive:      "not-passive",
	wApposTitle:      "appos-title",
	wNotNeg:          "not-neg",
	wFinding:         "finding",
	wDocument:        "document",
	wNounPrep:        "noun-prep",
	wLabelStop:       "label-stop",
	wNounAux:         "noun-aux",
	wFrontedPrep:     "fronted-prep",
	wEstimateAt:      "estimate-at",
	wSelfReport:      "self-report",
	wAdmission:       "admission",
	wSelfClaim:       "self-claim",
	wStill:           "still",
	wRequestAct:      "request-act",
	wFactive:         "factive",
	wRefusal:         "refusal",
	wFrameConj:       "frame-conj",
	wFrameSpan:       "frame-span",
	wFinder:          "finder",
	wSeenBy:          "seen-by",
	wOutletHead:      "outlet-head",
	wReflexive:       "reflexive",
	wIssuedBy:        "issued-by",
	wThen:            "then",
	wActObject:       "act-object",
	wDegree:          "degree",
	wAge:             "age",
	wSince:           "since",
	wQuestionCue:     "question-cue",
	wQuantifier:      "quantifier",
	wMultBound:       "multiple-bound",
	wClauseOpen:      "clause-open",
	wAccount:         "account",
	wNegSubject:      "neg-subject",
	wFrameAfter:      "frame-after",
	wCompareFrom:     "compare-from",
	wPronSubj:        "pron-subject",
	wAfterSpan:       "after-span",
	wPeopleNoun:      "people-noun",
	wSuspect:         "suspect",
	wExculpate:       "exculpate",
	wPolice:          "police",
	wMilitary:        "military",
	wCodeWord:        "code-word",
	wAcademic:        "academic",
	wUnknownNoun:     "unknown-noun",
	wFindOut:         "find-out",
	wRefuse:          "refuse",
	wBerNoun:         "ber-noun",
	wReviseAcct:      "revise-account",
	wAsFrame:         "as-frame",
	wCopula:          "copula",
	wInformationNoun: "information-noun",
	wAtPlace:         "at-place",
	wAgentMarker:     "agent-marker",
	wPersonnel:       "personnel",
	wDefArticle:      "def-article",
	wIndefArticle:    "indef-article",
	wInfinitive:      "infinitive",
	wToBe:            "to-be",
	wOnDate:          "on-date",
	wObjectGoesOn:    "object-goes-on",
	wExistential:     "existential",
	wNoDet:           "no-det",
	wModifierStop:    "modifier-stop",
	wPercentWord:     "percent-word",
	wFigurePrep:      "figure-prep",
	wCompareWord:     "compare-word",
	wAgo:             "ago",
	wRelWho:          "rel-who",
	wRelThat:         "rel-that",
	wRelWhose:        "rel-whose",
	wAsWord:          "as-word",
	wAsWell:          "as-well",
	wThatWord:        "that-word",
	wWithWord:        "with-word",
	wSoSuch:          "so-such",
	wSpeaking:        "speaking",
	wPastIrregular:   "past-irregular",
	wAmountScale:     "amount-scale",
	wAmountCurrency:  "amount-currency",
	wAmountPrep:      "amount-prep",
	wMultiple:        "multiple",
	wTimes:           "times",
	wQuoteForm:       "quote-form",
	wDemonstrative:   "demonstrative",
	wAgentOf:         "agent-of",
	wPluperfect:      "pluperfect",
	wInterview:       "interview",
	wPluralDet:       "plural-det",
	wDefiniteFirst:   "definite-first",
	wDefiniteLast:    "definite-last",
	wAskLemma:        "ask-lemma",
	wCiteLemma:       "cite-lemma",
	wOutletKind:      "outlet-kind",
	wPassiveRelative: "passive-relative",
	wReasonConj:      "reason-conj",
	wClockTime:       "clock-time",
	wSayLemma:        "say-lemma",
	wAspectLemma:     "aspect-lemma",
	wAnonymous:       "anonymous",
	wDiffers:         "differs",
	wDayPart:         "day-part",
	wEmphatic:        "emphatic",
	wJoint:           "joint",
	wFrequency:       "frequency",
	wKin:             "kin",
	wNPSense:         "np-sense",
	wNounAdj:         "noun-adj",
	wChangeLemma:     "change-lemma",
	wChangePrep:      "change-prep",
	wTailOn:          "tail-on",
	wDoneTo:          "done-to",
	wAgencyShort:     "agency-short",
	wCreditLabel:     "credit-label",
	wNamingLemma:     "naming-lemma",
	wDirective:       "directive",
	wPurposeVerb:     "purpose-verb",
	wActPrep:         "act-prep",
	wCauseVerb:       "cause-verb",
	wFinderVerb:      "finder-verb",
	wObjectVerb:      "object-verb",
	wReasonObject:    "reason-object",
	wIdeaNoun:        "idea-noun",
	wOpinionFrame:    "opinion-frame",
	wOwnWord:         "own-word",
	wRulingPrep:      "ruling-prep",
	wIssueVerb:       "issue-verb",
	wIssuedDoc:       "issued-doc",
	wToNoun:          "to-noun",
	wClauseLemma:     "clause-lemma",
	wClauseVerb:      "clause-verb",
	wQuestionAux:     "question-aux",
	wImperative:      "imperative",
	wBySource:        "by-source",
	wEstimateNoun:    "estimate-noun",
	wAnySubject:      "any-subject",
	wReasonOpener:    "reason-opener",
	wCountAct:        "count-act",
	wEstimateCompare: "estimate-compare",
	wCompareNoun:     "compare-noun",
}

func loadLexicon(code string) (*lexicon, error) {
	l := &lexicon{code: code, cues: map[string][]*cue{}, nouns: map[string]*cue{}, abbrev: map[string]bool{}, info: map[string]*wordInfo{}}
	for c := range wordClasses {
		l.class[c] = &phrases{}
	}
	classOf := indexByName[wclass](wordClasses[:])
	rows, err := lang.ReadTSV(code, "cues.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		fr, ok := frameNames[r.Field(2)]
		if !ok {
			return nil, fmt.Errorf("lang/%s/cues.tsv:%d: unknown frame %q", code, r.Line, r.Field(2))
		}
		st := sumber.Stance(r.Field(1))
		if !validStance(st) {
			return nil, fmt.Errorf("lang/%s/cues.tsv:%d: unknown stance %q", code, r.Line, st)
		}
		for _, form := range strings.Split(r.Field(3), "|") {
			seq := phraseWords(form)
			if len(seq) == 0 {
				continue
			}
			c := &cue{lemma: r.Field(0), stance: st, frame: fr, form: form, seq: seq, line: r.Line}
			if fr == fNoun {
				if len(seq) == 1 {
					l.nouns[seq[0]] = c
				}
				continue
			}
			l.cues[seq[0]] = append(l.cues[seq[0]], c)
		}
	}
	for k := range l.cues {
		cs := l.cues[k]
		sort.SliceStable(cs, func(i, j int) bool { return len(cs[i].seq) > len(cs[j].seq) })
		l.word(k).cues = cs
	}
	for k, c := range l.nouns {
		l.word(k).noun = c
	}
	if rows, err = lang.ReadTSV(code, "words.tsv"); err != nil {
		return nil, err
	}
	affixOf := indexByName[affix](affixNames[:])
	for _, r := range rows {
		if a, ok := affixOf[r.Field(0)]; ok {
			l.affix[a] = append(l.affix[a], strings.ToLower(r.Field(1)))
			continue
		}
		cl, ok := classOf[r.Field(0)]
		p := l.class[cl]
		if !ok {
			return nil, fmt.Errorf("lang/%s/words.tsv:%d: unknown class %q", code, r.Line, r.Field(0))
		}
		if seq := phraseWords(r.Field(1)); len(seq) > 0 {
			p.add(seq)
			l.word(seq[0]).first.add(cl)
			l.word(seq[len(seq)-1]).last.add(cl)
		}
	}
	if lang.Has(code, "boilerplate.tsv") {
		if rows, err = lang.ReadTSV(code, "boilerplate.tsv"); err != nil {
			return nil, err
		}
		for _, r := range rows {
			if seq := phraseWords(r.Field(1)); r.Field(0) == "block" && len(seq) > 0 {
				l.links.add(seq)
			}
		}
	}
	for _, cs := range l.cues {
		for _, c := range cs {
			c.nya = len(c.seq) == 1 && len(c.seq[0]) > 5 && l.suffix(aNya, c.seq[0])
			c.passv = l.prefix(aPassive, c.seq[0], 4)
			c.object = l.isPhrase(wObject, c.seq)
			lw := phraseWords(c.lemma)
			c.narrated = l.isPhrase(wNarrated, lw)
			c.finding = l.isPhrase(wFinding, lw)
			c.factive = l.isPhrase(wFactive, lw)
			c.findOut = l.isPhrase(wFindOut, lw)
			c.asks = l.isPhrase(wAskLemma, lw)
			c.cites = l.isPhrase(wCiteLemma, lw)
			c.says = l.isPhrase(wSayLemma, lw)
			c.aspect = l.isPhrase(wAspectLemma, lw)
			c.finderVerb = l.isPhrase(wFinderVerb, lw)
			c.objectVerb = l.isPhrase(wObjectVerb, lw)
			c.predicate = len(lw) > 1 && l.isWord(wPassive, lw[0]) && c.seq[0] == lw[1]
			c.npSense = l.isPhrase(wNPSense, lw)
			c.change = l.isPhrase(wChangeLemma, lw)
			c.naming = l.isPhrase(wNamingLemma, lw)
			c.clause = l.isPhrase(wClauseLemma, lw)
			for _, seq := range l.class[wReasonObject].byFirst[lw[0]] {
				if len(seq) == len(lw)+1 && slices.Equal(seq[:len(lw)], lw) {
					c.reasonPreps = append(c.reasonPreps, seq[len(lw)])
				}
			}
			for _, seq := range l.class[wRulingPrep].byFirst[lw[0]] {
				if len(seq) > len(lw) && slices.Equal(seq[:len(lw)], lw) {
					c.rulingPreps = append(c.rulingPreps, seq[len(lw):])
				}
			}
		}
	}
	for k, c := range l.nouns {
		for _, seq := range l.class[wOpinionFrame].byLast[k] {
			if len(seq) == 2 {
				c.openPreps = append(c.openPreps, seq[0])
			}
		}
	}
	if rows, err = lang.ReadTSV(code, "grammar.tsv"); err != nil {
		return nil, err
	}
	featureOf := indexByName[feature](featureNames[:])
	for _, r := range rows {
		f, ok := featureOf[r.Field(0)]
		if !ok {
			return nil, fmt.Errorf("lang/%s/grammar.tsv:%d: unknown feature %q", code, r.Line, r.Field(0))
		}
		l.feat[f] = true
	}
	if rows, err = lang.ReadTSV(code, "sentences.tsv"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		l.abbrev[strings.ToLower(r.Field(0))] = r.Field(1) == "final"
	}
	return l, nil
}

// indexByName maps each name of a list of classes to its index.
func indexByName[T ~uint8](names []string) map[string]T {
	m := make(map[string]T, len(names))
	for i, n := range names {
		m[n] = T(i)
	}
	return m
}

func validStance(s sumber.Stance) bool {
	for _, v := range sumber.Stances {
		if v == s {
			return true
		}
	}
	return false
}

func (l *lexicon) isAbbrev(w string) bool { _, ok := l.abbrev[w]; return ok }

// classSet is a set of word classes, one bit each (up to 256 classes;
// the check below fails to compile when there are more).
type classSet [4]uint64

// compile-time check: every class has a bit
var _ = [len(classSet{})*64 - int(numClasses)]struct{}{}

func (cs *classSet) add(c wclass) { cs[c/64] |= 1 << (c % 64) }

func (cs *classSet) has(c wclass) bool { return cs[c/64]&(1<<(c%64)) != 0 }

// del removes class c from the set.
func (cs *classSet) del(c wclass) { cs[c/64] &^= 1 << (c % 64) }

// wordInfo is what the lexicon knows about one lower-cased word, so that a
// document pays one map look-up per token and bit tests after that.
type wordInfo struct {
	first, last classSet // word classes with a phrase starting / ending with this word
	cues        []*cue   // cues starting with this word, longest first
	noun        *cue     // a claim noun
}

func (l *lexicon) word(w string) *wordInfo {
	wi := l.info[w]
	if wi == nil {
		wi = &wordInfo{}
		l.info[w] = wi
	}
	return wi
}

// annotate attaches to each token what the lexicon knows about its word.
func (l *lexicon) annotate(toks []token) {
	for i := range toks {
		toks[i].info = l.info[toks[i].low]
		toks[i].annot = true
	}
}

// is reports whether a phrase of class c starts at toks[i]; it returns its length.
func (l *lexicon) is(c wclass, toks []token, i int) int {
	if i < 0 || i >= len(toks) {
		return 0
	}
	p := l.class[c]
	var n int
	if t := &toks[i]; t.annot {
		if t.info == nil || !t.info.first.has(c) {
			return 0
		}
		if p.maxLen == 1 {
			n = 1 // the one-word phrase the token's class bit stands for
		}
	}
	if n == 0 {
		n = p.at(toks, i)
	}
	if n > 0 && (c == wPassive || c == wPassiveAgent) && l.notPassive(toks, i, n) {
		return 0 // "bị cáo" (the defendant) is a noun, not a passive "bị"
	}
	if n > 0 && c == wNeg && l.inNotNeg(toks, i, n) {
		return 0 // "hàng không" (aviation), "không quân" (air force)
	}
	return n
}

// inNotNeg reports whether the negator of n tokens at toks[i] lies in a
// noun of the class not-neg that starts at it or ends with it: "hàng
// không" (aviation), "phòng không" (air defence), "không quân" (air force).
func (l *lexicon) inNotNeg(toks []token, i, n int) bool {
	nn := l.class[wNotNeg]
	return nn.at(toks, i) > n || nn.ending(toks, i+n-1) > n
}

// notPassive reports whether the passive marker of n tokens at toks[i]
// opens a noun of the class not-passive ("bị cáo", the defendant), unless
// a cue right after the marker runs past that noun ("bị cáo buộc", is
// accused).
func (l *lexicon) notPassive(toks []token, i, n int) bool {
	m := l.class[wNotPassive].at(toks, i)
	if m <= n {
		return false
	}
	if c := l.cueAt(toks, i+n); c != nil && n+len(c.seq) > m {
		return false
	}
	return true
}

// ends reports whether a phrase of class c ends at toks[j]; it returns its length.
func (l *lexicon) ends(c wclass, toks []token, j int) int {
	if j < 0 || j >= len(toks) {
		return 0
	}
	if t := &toks[j]; t.annot && (t.info == nil || !t.info.last.has(c)) {
		return 0
	}
	n := l.class[c].ending(toks, j)
	if n > 0 && (c == wPassive || c == wPassiveAgent) && l.notPassive(toks, j-n+1, n) {
		return 0
	}
	if n > 0 && c == wNeg && l.inNotNeg(toks, j-n+1, n) {
		return 0
	}
	return n
}

// gerund reports an English cue in -ing ("saying", "adding"), a
// participle; Indonesian forms such as "menuding" only end like one.
func (l *lexicon) gerund(c *cue) bool {
	return l.suffix(aGerund, c.seq[len(c.seq)-1])
}

// participle reports a gerund cue or a phrasal verb's participle
// ("pointing to", "referring to"; the preposition "according to" is
// none).
func (l *lexicon) participle(c *cue) bool {
	return l.gerund(c) || c.frame != fPrep && l.suffix(aGerund, c.seq[0])
}

// cueAt returns the longest cue starting at toks[i].
func (l *lexicon) cueAt(toks []token, i int) *cue {
	if i < 0 || i >= len(toks) {
		return nil
	}
	var cs []*cue
	if t := &toks[i]; t.annot {
		if t.info == nil {
			return nil
		}
		cs = t.info.cues
	} else {
		cs = l.cues[t.low] // a sequence made from the lexicon, not annotated
	}
	for _, c := range cs {
		if i+len(c.seq) <= len(toks) && seqEq(toks[i:i+len(c.seq)], c.seq) {
			return c
		}
	}
	return nil
}

// seqTokens makes tokens of a lexicon sequence, for matching phrases
// against phrases.
func seqTokens(seq []string) []token {
	t := make([]token, len(seq))
	for i, w := range seq {
		t[i].low = w
	}
	return t
}

// phraseWords splits a lexicon phrase into the words the tokenizer makes
// of it: at spaces, and before a clitic ("editor's note" is three words).
func phraseWords(phrase string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(phrase)) {
		for {
			i := strings.IndexAny(w, "'’")
			if i <= 0 {
				break
			}
			_, n := utf8.DecodeRuneInString(w[i:])
			if !clitic(w[i+n:]) {
				break
			}
			out = append(out, w[:i])
			w = w[i:]
		}
		out = append(out, w)
	}
	return out
}
