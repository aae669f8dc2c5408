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

// TestExactShortcut checks that the shortcut for quotations said word for
// word in one place gives what the full alignment gives.
func TestExactShortcut(t *testing.T) {
	o := briefing(t)
	texts := []string{
		"That will not happen again.",
		"the council will run a second boat on the morning crossing",
		"NOBODY in Hollin Bay will pay a higher fare — because of this decision!",
		"We met the union twice in January, and we will meet them again next week.",
		"the reserve fund was meant for the sea wall",
		"I will come back here and explain why. When will the timetable be published?",
		"The timetable will be on the website by the end of the month.",
		"reliable",
	}
	shortcuts := 0
	for _, s := range texts {
		q := quote("Brandvold", s)
		us, _ := o.units(q)
		if o.exact(us) >= 0 {
			shortcuts++
		}
		if fast, slow := o.check(q, true), o.check(q, false); !reflect.DeepEqual(fast, slow) {
			t.Errorf("%q: shortcut %+v, alignment %+v", s, fast, slow)
		}
	}
	if shortcuts < 5 {
		t.Errorf("the shortcut served %d of %d quotations", shortcuts, len(texts))
	}
}
