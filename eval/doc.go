// Package eval measures an extractor against gold annotations in BRAT
// standoff format, the format of PolNeAR (Newell et al., LREC 2018) with
// sumber's additions (Via, Date and Quantity roles, stance, negation and
// timing attributes, normalised dates and figures in annotator notes).
//
// Load reads one annotated set, in either of two layouts:
//
//   - flat: NAME.txt beside NAME.ann, with an optional metadata.jsonl
//     giving each document's id, lang and published date;
//   - PolNeAR: DIR/text/NAME.txt and DIR/attributions/NAME_ANNOTATOR.ann,
//     with metadata.tsv in DIR or its parent giving publication_date.
//
// Score runs a sumber.Extractor over the documents and compares its
// attributions with the gold ones. Predicted and gold attributions are
// paired one-to-one, greedily by largest cue overlap and then, for those
// still unpaired, by largest content overlap. Each role (source, cue,
// content) is then scored by precision, recall and F1 under exact and
// token-overlap matching; stance, negation, timing, via, date and figure
// scores are computed on the paired attributions. See Score for details.
//
// All offsets are Unicode code points, as in sumber.Span.
package eval
