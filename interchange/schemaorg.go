package interchange

import (
	"encoding/json"
	"io"
	"strconv"

	"sumber/gazetteer"
)

// WriteClaims writes every claim as a schema.org Claim in one JSON-LD
// document (https://schema.org/Claim), the starting point of a
// fact-check's ClaimReview: its text, the actor who made it as author
// (a Person or an Organization), the date it was made, the news
// article it appears in (appearance, with the relays named in its
// description), and sumber's own reading as additionalProperty values
// (stance, cue, figures).
func WriteClaims(w io.Writer, recs []*Record) error {
	var graph []map[string]any
	for _, r := range recs {
		article := map[string]any{"@type": "NewsArticle", "inLanguage": r.Lang}
		if r.URL != "" {
			article["url"] = r.URL
		}
		if r.Title != "" {
			article["headline"] = r.Title
		}
		if !r.Published.IsZero() {
			article["datePublished"] = r.Published.Format("2006-01-02T15:04:05Z07:00")
		}
		if o := outletOf(&r.Document); o != "" {
			article["publisher"] = map[string]any{"@type": "Organization", "name": o}
		}
		for i := range r.Claims {
			c := &r.Claims[i]
			a := actorOf(c)
			author := map[string]any{"@type": "Organization", "name": a.name}
			if a.kind == gazetteer.KindPerson {
				author["@type"] = "Person"
			}
			if len(a.id) > 1 && a.id[0] == 'Q' {
				author["sameAs"] = "https://www.wikidata.org/wiki/" + a.id
			}
			claim := map[string]any{
				"@type":      "Claim",
				"@id":        "urn:sumber:claim:" + strconv.FormatInt(c.ID, 10),
				"text":       c.Content.Text,
				"author":     author,
				"appearance": article,
				"inLanguage": r.Lang,
			}
			if c.Content.Text == "" {
				claim["text"] = c.Source.Text + " " + c.Cue.Text
			}
			if c.Date != nil {
				claim["dateCreated"] = c.Date.Value
			} else if !r.Published.IsZero() {
				claim["dateCreated"] = r.Published.Format("2006-01-02")
			}
			props := []map[string]any{
				{"@type": "PropertyValue", "name": "stance", "value": stanceText(c)},
				{"@type": "PropertyValue", "name": "cue", "value": c.Cue.Text},
			}
			for _, v := range c.Via {
				props = append(props, map[string]any{"@type": "PropertyValue", "name": "via", "value": viaName(v)})
			}
			for _, n := range figureNotes(c.Figures) {
				props = append(props, map[string]any{"@type": "PropertyValue", "name": "figure", "value": n})
			}
			claim["additionalProperty"] = props
			graph = append(graph, claim)
		}
	}
	if graph == nil {
		graph = []map[string]any{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(map[string]any{"@context": "https://schema.org", "@graph": graph})
}

// stanceText is a claim's stance with its negation: "deny", "not confirm".
func stanceText(c *Claim) string {
	if c.Negated {
		return "not " + string(c.Stance)
	}
	return string(c.Stance)
}
