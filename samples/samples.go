// Package samples bundles a small set of news reports written for sumber,
// so that the program has something worth showing on a machine with no
// network, and so that cross-document analysis has fixtures.
//
// The pages tell one story — North Korean troops sent to Russia's Kursk
// region, October to December 2024 — in Indonesian, English and Vietnamese,
// as HTML in the style of real news sites (menus, bylines, "Baca juga:"
// blocks, share buttons, comment counters, footers). The outlets, reporters,
// analysts and lawmaker are fictional, and so are the quotes; the set is
// built to contain a syndicated wire story (APA) published twice, a
// translation with a "Sumber:" footer, a denial later reversed, casualty
// figures from two governments about three times apart, an intelligence
// agency relayed by a lawmaker with rising troop counts, and unrelated
// figures (shells, containers, percentages, money) that must not be taken
// for troop counts. README.md in this directory describes each page.
//
// feed.xml is an RSS 2.0 feed of the pages with links of the form
// http://127.0.0.1/NAME.html; serve FS and rewrite the host to use it.
//
// All pages are UTF-8. 04-harbourherald-… declares its charset only after
// more than 1024 bytes of head, past the HTML prescan window, as some real
// sites do.
package samples

import "embed"

// FS holds the sample pages (*.html) and feed.xml at its root.
//
//go:embed *.html feed.xml
var FS embed.FS
