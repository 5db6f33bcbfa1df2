// Package schemacheck validates JSON values against the subset of JSON
// Schema (2020-12, as used by OpenAPI 3.1) that sumber's API description
// uses: $ref to #/components/schemas, type (one or a list), properties,
// required, additionalProperties (false or a schema), items, enum,
// allOf, minimum, maximum and the formats date and date-time. Keywords
// it does not know make Check fail, so the description cannot silently
// outgrow the checker.
package schemacheck

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
)

// Spec is a parsed OpenAPI document.
type Spec struct {
	root map[string]any
}

// Parse reads an OpenAPI document.
func Parse(b []byte) (*Spec, error) {
	var root map[string]any
	if err := json.Unmarshal(b, &root); err != nil {
		return nil, err
	}
	return &Spec{root: root}, nil
}

// Root returns the parsed document.
func (s *Spec) Root() map[string]any { return s.root }

// Schema returns the named component schema.
func (s *Spec) Schema(name string) (any, bool) {
	comp, _ := s.root["components"].(map[string]any)
	schemas, _ := comp["schemas"].(map[string]any)
	v, ok := schemas[name]
	return v, ok
}

// ResponseSchema returns the JSON schema of a path's response: path as in
// "paths" ("/documents/{id}"), method lower case, status code as text.
func (s *Spec) ResponseSchema(path, method, code string) (any, error) {
	paths, _ := s.root["paths"].(map[string]any)
	item, ok := paths[path].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("no path %s", path)
	}
	op, ok := item[method].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("no %s %s", method, path)
	}
	resps, _ := op["responses"].(map[string]any)
	r, ok := resps[code].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s %s has no response %s", method, path, code)
	}
	content, _ := r["content"].(map[string]any)
	mt, _ := content["application/json"].(map[string]any)
	sch, ok := mt["schema"]
	if !ok {
		return nil, fmt.Errorf("%s %s %s has no JSON schema", method, path, code)
	}
	return sch, nil
}

// Check validates the JSON text data against schema and returns every
// problem found, or nil.
func (s *Spec) Check(schema any, data []byte) error {
	var v any
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	var errs []string
	s.check(schema, v, "$", &errs, 0)
	if len(errs) == 0 {
		return nil
	}
	if len(errs) > 20 {
		errs = append(errs[:20], fmt.Sprintf("… and %d more", len(errs)-20))
	}
	return fmt.Errorf("%s", strings.Join(errs, "\n"))
}

var known = map[string]bool{
	"$ref": true, "type": true, "properties": true, "required": true, "additionalProperties": true,
	"items": true, "enum": true, "allOf": true, "minimum": true, "maximum": true, "format": true,
	"description": true,
}

func (s *Spec) check(schema any, v any, at string, errs *[]string, depth int) {
	if depth > 64 {
		*errs = append(*errs, at+": schema nesting too deep")
		return
	}
	sc, ok := schema.(map[string]any)
	if !ok {
		*errs = append(*errs, at+": schema is not an object")
		return
	}
	for k := range sc {
		if !known[k] {
			*errs = append(*errs, fmt.Sprintf("%s: schema keyword %q not supported by the checker", at, k))
		}
	}
	if r, ok := sc["$ref"].(string); ok {
		name, found := strings.CutPrefix(r, "#/components/schemas/")
		target, ok := s.Schema(name)
		if !found || !ok {
			*errs = append(*errs, at+": unresolved $ref "+r)
			return
		}
		s.check(target, v, at, errs, depth+1)
	}
	if all, ok := sc["allOf"].([]any); ok {
		for _, sub := range all {
			s.check(sub, v, at, errs, depth+1)
		}
	}
	if t, ok := sc["type"]; ok {
		var types []string
		switch t := t.(type) {
		case string:
			types = []string{t}
		case []any:
			for _, x := range t {
				if s, ok := x.(string); ok {
					types = append(types, s)
				}
			}
		}
		match := false
		for _, ty := range types {
			if typeOK(ty, v) {
				match = true
			}
		}
		if !match {
			*errs = append(*errs, fmt.Sprintf("%s: want %s, got %s", at, strings.Join(types, "|"), typeName(v)))
			return
		}
	}
	if en, ok := sc["enum"].([]any); ok {
		found := false
		for _, e := range en {
			if fmt.Sprint(e) == fmt.Sprint(v) {
				found = true
			}
		}
		if !found {
			*errs = append(*errs, fmt.Sprintf("%s: %v not in enum %v", at, v, en))
		}
	}
	if n, ok := v.(json.Number); ok {
		f, _ := n.Float64()
		if m, ok := sc["minimum"].(float64); ok && f < m {
			*errs = append(*errs, fmt.Sprintf("%s: %v < minimum %v", at, f, m))
		}
		if m, ok := sc["maximum"].(float64); ok && f > m {
			*errs = append(*errs, fmt.Sprintf("%s: %v > maximum %v", at, f, m))
		}
	}
	if str, ok := v.(string); ok {
		switch sc["format"] {
		case "date-time":
			if _, err := time.Parse(time.RFC3339Nano, str); err != nil {
				*errs = append(*errs, fmt.Sprintf("%s: %q is not a date-time", at, str))
			}
		case "date":
			if _, err := time.Parse("2006-01-02", str); err != nil {
				*errs = append(*errs, fmt.Sprintf("%s: %q is not a date", at, str))
			}
		}
	}
	if obj, ok := v.(map[string]any); ok {
		props, _ := sc["properties"].(map[string]any)
		if req, ok := sc["required"].([]any); ok {
			for _, r := range req {
				if _, ok := obj[r.(string)]; !ok {
					*errs = append(*errs, fmt.Sprintf("%s: missing required %q", at, r))
				}
			}
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if p, ok := props[k]; ok {
				s.check(p, obj[k], at+"."+k, errs, depth+1)
				continue
			}
			switch ap := sc["additionalProperties"].(type) {
			case bool:
				if !ap {
					*errs = append(*errs, fmt.Sprintf("%s: property %q not in the schema", at, k))
				}
			case map[string]any:
				s.check(ap, obj[k], at+"."+k, errs, depth+1)
			}
		}
	}
	if list, ok := v.([]any); ok {
		if it, ok := sc["items"]; ok {
			for i, x := range list {
				s.check(it, x, fmt.Sprintf("%s[%d]", at, i), errs, depth+1)
			}
		}
	}
}

func typeOK(t string, v any) bool {
	switch t {
	case "null":
		return v == nil
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "number":
		_, ok := v.(json.Number)
		return ok
	case "integer":
		n, ok := v.(json.Number)
		if !ok {
			return false
		}
		f, err := n.Float64()
		return err == nil && f == math.Trunc(f)
	}
	return false
}

func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case json.Number:
		return "number"
	}
	return fmt.Sprintf("%T", v)
}
