package ingest

import "sumber"

func docWith(text, author string) *sumber.Document {
	return &sumber.Document{Text: text, Author: author, URL: "https://news.example/a"}
}
