package check

import (
	"reflect"
	"sync"
	"testing"
)

// TestConcurrentChecks checks one Original from several goroutines at once,
// as the documentation allows, and expects the results of checking one by
// one: the tables the checks reuse must not leak between them.
func TestConcurrentChecks(t *testing.T) {
	o := briefing(t)
	texts := []string{
		"That will not happen again.",
		"From the first of March the council will run a second boat … and we will pay for it out of the reserve fund",
		"Nobody in Hollin Bay will pay a higher ticket price because of this decision.",
		"I want to be clear about the money. … nobody will be asked to work a double shift",
		"[I] intend to keep it",
		"The bridge tolls will be abolished before the autumn elections.",
	}
	want := make([]Result, len(texts))
	for i, s := range texts {
		want[i] = o.Check(quote("Brandvold", s))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(texts))
	for range 8 {
		wg.Go(func() {
			for k := range 50 {
				i := k % len(texts)
				if got := o.Check(quote("Brandvold", texts[i])); !reflect.DeepEqual(got, want[i]) {
					errs <- texts[i]
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for s := range errs {
		t.Errorf("%q: a concurrent check differs from the sequential one", s)
	}
}
