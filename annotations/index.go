package annotations

// A posting says where a shingle occurs: in which item (a quotation or a
// document, depending on the index) and at which token position.
type posting struct {
	item int32
	pos  int32
}

// A shingleIndex maps every run of n consecutive words (a shingle) to where
// it occurs. It is how the matcher finds candidates without comparing every
// pair of texts: two texts are only compared when they share a shingle.
//
// A shingle that occurs more than limit times, such as "one of the", says
// nothing about which texts belong together and would make the work grow with
// the square of its frequency, so its list is dropped (a stop-shingle).
type shingleIndex struct {
	n     int
	limit int
	lists map[uint64][]posting
}

// newShingleIndex returns an index of n-word shingles for about size words.
func newShingleIndex(n, limit, size int) *shingleIndex {
	return &shingleIndex{n: n, limit: limit, lists: make(map[uint64][]posting, size)}
}

// add indexes every shingle of toks under item.
func (x *shingleIndex) add(item int, toks []token) {
	for p := 0; p+x.n <= len(toks); p++ {
		h := shingleHash(toks[p : p+x.n])
		l := x.lists[h]
		if len(l) > x.limit {
			continue // already a stop-shingle: stop growing it
		}
		x.lists[h] = append(l, posting{item: int32(item), pos: int32(p)})
	}
}

// lookup returns the postings of the shingle toks[p:p+n], or nil when it is a
// stop-shingle or does not occur.
func (x *shingleIndex) lookup(toks []token, p int) []posting {
	l := x.lists[shingleHash(toks[p:p+x.n])]
	if len(l) > x.limit {
		return nil
	}
	return l
}

// each calls f with every list of two or more postings that is not a
// stop-shingle, in no particular order.
func (x *shingleIndex) each(f func([]posting)) {
	for _, l := range x.lists {
		if len(l) >= 2 && len(l) <= x.limit {
			f(l)
		}
	}
}

// shingleHash hashes the word ids of toks with FNV-1a.
func shingleHash(toks []token) uint64 {
	h := uint64(14695981039346656037)
	for _, t := range toks {
		w := uint32(t.word)
		for k := 0; k < 4; k++ {
			h ^= uint64(w & 0xff)
			h *= 1099511628211
			w >>= 8
		}
	}
	return h
}

// unionFind joins items into disjoint sets; the smallest item of a set is
// its root, so roots do not depend on the order of the unions.
type unionFind []int32

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = int32(i)
	}
	return u
}

func (u unionFind) find(i int) int {
	for int(u[i]) != i {
		u[i] = u[u[i]]
		i = int(u[i])
	}
	return i
}

func (u unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	switch {
	case ra < rb:
		u[rb] = int32(ra)
	case rb < ra:
		u[ra] = int32(rb)
	}
}
