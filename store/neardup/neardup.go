// Package neardup finds near-duplicate texts: syndicated copies of one
// report and the same wire story on two sites, which differ in headers,
// footers, bylines and small edits.
//
// A text becomes a set of word shingles (overlapping runs of Shingle
// words, folded). A MinHash signature of Hashes values estimates the
// Jaccard similarity of two shingle sets; cut into Bands bands of Rows
// values, it gives locality-sensitive keys: two texts with Jaccard
// similarity s share at least one key with probability 1-(1-s^Rows)^Bands
// (0.81 at s = 0.4, 0.96 at s = 0.5, 0.9998 at s = 0.7, 0.025 at s = 0.1). A store indexes
// the keys, looks up the documents sharing a key with a new one (no
// scan), and confirms each candidate with the exact similarity.
//
// SimHash over the whole text was tried on paper and rejected: with a
// header and footer adding a quarter more shingles the expected Hamming
// distance between copies is about 9 bits of 64, far above the 3 bits a
// banded SimHash lookup can find without scanning.
package neardup

import (
	"encoding/binary"
	"math"
)

// Parameters of the signature.
const (
	Shingle = 3  // words per shingle
	Rows    = 3  // MinHash values per band
	Bands   = 25 // bands, hence keys per text
	Hashes  = Rows * Bands
)

// Threshold values for Similar.
const (
	// MinContainment is the share of the shorter text's shingles that
	// must occur in the longer one.
	MinContainment = 0.7
	// MinJaccard is the least Jaccard similarity of the two sets, so
	// that a one-paragraph quote of a long article is not its copy.
	MinJaccard = 0.4
	// MinShingles is the least number of shingles a text needs to be
	// compared at all: very short texts are too alike by chance.
	MinShingles = 8
)

// hash64 is FNV-1a 64 with a splitmix finaliser: deterministic, unlike
// hash/maphash, so stored keys stay valid across processes and releases.
func hash64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h)
}

func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Shingles returns the set of shingle hashes of a text given as folded
// words. Texts shorter than Shingle words give one shingle of all words.
func Shingles(words []string) map[uint64]struct{} {
	set := make(map[uint64]struct{}, len(words))
	if len(words) == 0 {
		return set
	}
	n := Shingle
	if len(words) < n {
		n = len(words)
	}
	for i := 0; i+n <= len(words); i++ {
		s := words[i]
		for _, w := range words[i+1 : i+n] {
			s += " " + w
		}
		set[hash64(s)] = struct{}{}
	}
	return set
}

// Signature is the MinHash of a shingle set.
type Signature [Hashes]uint64

// MinHash computes the signature of a shingle set, with one permutation
// per value simulated by mixing each shingle hash with the value's index.
func MinHash(set map[uint64]struct{}) Signature {
	var sig Signature
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	for h := range set {
		for i := range sig {
			v := mix(h ^ (uint64(i+1) * 0x9e3779b97f4a7c15))
			if v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig
}

// Keys returns the Bands LSH keys of a signature: each band's Rows values
// hashed together with the band's index, as int64 for SQL.
func Keys(sig Signature) []int64 {
	keys := make([]int64, Bands)
	var buf [8 * (Rows + 1)]byte
	for b := 0; b < Bands; b++ {
		binary.LittleEndian.PutUint64(buf[0:], uint64(b))
		for r := 0; r < Rows; r++ {
			binary.LittleEndian.PutUint64(buf[8*(r+1):], sig[b*Rows+r])
		}
		keys[b] = int64(hash64(string(buf[:])))
	}
	return keys
}

// Similarity returns the Jaccard similarity of two shingle sets and the
// containment of the smaller in the larger.
func Similarity(a, b map[uint64]struct{}) (jaccard, containment float64) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	inter := 0
	for h := range a {
		if _, ok := b[h]; ok {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	return float64(inter) / float64(union), float64(inter) / float64(len(a))
}

// Similar reports whether two shingle sets are near-duplicates.
func Similar(a, b map[uint64]struct{}) bool {
	if len(a) < MinShingles || len(b) < MinShingles {
		return false
	}
	j, c := Similarity(a, b)
	return c >= MinContainment && j >= MinJaccard
}
