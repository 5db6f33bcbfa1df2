package schemacheck

import "testing"

const spec = `{"openapi":"3.1.0","components":{"schemas":{
 "P":{"type":"object","additionalProperties":false,"required":["id","when"],
  "properties":{"id":{"type":"integer","minimum":1},"when":{"type":"string","format":"date-time"},
   "kind":{"type":"string","enum":["a","b"]},"tags":{"type":"array","items":{"type":"string"}},"q":{"$ref":"#/components/schemas/Q"}}},
 "Q":{"type":["number","null"]},
 "Bad":{"type":"object","oneOf":[]}}}}`

func TestCheck(t *testing.T) {
	s, err := Parse([]byte(spec))
	if err != nil {
		t.Fatal(err)
	}
	p, _ := s.Schema("P")
	bad, _ := s.Schema("Bad")
	tests := []struct {
		name   string
		schema any
		data   string
		ok     bool
	}{
		{"good", p, `{"id":1,"when":"2024-12-23T10:00:00+07:00","kind":"a","tags":["x"],"q":null}`, true},
		{"number ref", p, `{"id":2,"when":"2024-12-23T10:00:00Z","q":1.5}`, true},
		{"missing required", p, `{"id":1}`, false},
		{"extra property", p, `{"id":1,"when":"2024-12-23T10:00:00Z","x":1}`, false},
		{"not integer", p, `{"id":1.5,"when":"2024-12-23T10:00:00Z"}`, false},
		{"below minimum", p, `{"id":0,"when":"2024-12-23T10:00:00Z"}`, false},
		{"bad enum", p, `{"id":1,"when":"2024-12-23T10:00:00Z","kind":"c"}`, false},
		{"bad date-time", p, `{"id":1,"when":"yesterday"}`, false},
		{"bad item", p, `{"id":1,"when":"2024-12-23T10:00:00Z","tags":[1]}`, false},
		{"bad ref target", p, `{"id":1,"when":"2024-12-23T10:00:00Z","q":"x"}`, false},
		{"not JSON", p, `{`, false},
		{"unknown keyword", bad, `{}`, false},
	}
	for _, tc := range tests {
		err := s.Check(tc.schema, []byte(tc.data))
		if (err == nil) != tc.ok {
			t.Errorf("%s: err = %v", tc.name, err)
		}
	}
}
