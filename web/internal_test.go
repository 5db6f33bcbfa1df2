package web

import (
	"net/http"
	"net/http/httptest"
)

func httptestRequest(target, accept string) *http.Request {
	r := httptest.NewRequest("GET", target, nil)
	if accept != "" {
		r.Header.Set("Accept-Language", accept)
	}
	return r
}
