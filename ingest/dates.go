package ingest

import (
	"fmt"
	"strconv"
	"time"
)

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
	"jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

func hasWeekday(w string) bool { _, ok := weekdays[w]; return ok }

// date is a calendar date; zero fields are unknown.
type date struct{ y, m, d int }

func (d date) String() string {
	switch {
	case d.y > 0 && d.m > 0 && d.d > 0:
		return fmt.Sprintf("%04d-%02d-%02d", d.y, d.m, d.d)
	case d.y > 0 && d.m > 0:
		return fmt.Sprintf("%04d-%02d", d.y, d.m)
	case d.m > 0 && d.d > 0:
		return fmt.Sprintf("--%02d-%02d", d.m, d.d)
	case d.y > 0:
		return fmt.Sprintf("%04d", d.y)
	}
	return ""
}

func parseDateString(s string) (date, bool) {
	if len(s) != 10 {
		return date{}, false
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return date{}, false
	}
	return date{t.Year(), int(t.Month()), t.Day()}, true
}

func atoiSmall(s string) int {
	// strip ordinal suffixes: 26th, 1st, 2nd, 3rd
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(s) > len(suf) && s[len(s)-len(suf):] == suf {
			s = s[:len(s)-len(suf)]
			break
		}
	}
	if len(s) == 0 || len(s) > 4 {
		return -1
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	if y > 0 {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		return t.Day() == d
	}
	return true
}

// dateAt tries to read an explicit date starting at token i. It returns
// the date and the index after it, or ok=false.
func dateAt(toks []token, i, end int) (date, int, bool) {
	t := &toks[i]
	next := func(k int) *token {
		if k < end {
			return &toks[k]
		}
		return nil
	}
	skipDot := func(k int) int {
		if n := next(k); n != nil && n.text == "." {
			return k + 1
		}
		return k
	}
	if t.kind == tkWord {
		// a month name needs a number after it: that test comes before
		// the map, as most words are followed by none
		k := skipDot(i + 1)
		n := next(k)
		if n == nil || n.kind != tkNum {
			return date{}, 0, false
		}
		m, ok := monthNames[t.lower]
		if !ok || (t.lower == "may" && !t.cap) || (len(t.lower) <= 4 && !t.cap) {
			return date{}, 0, false
		}
		v := atoiSmall(n.lower)
		switch {
		case v >= 1 && v <= 31:
			d := date{m: m, d: v}
			k++
			if c := next(k); c != nil && c.text == "," {
				k++
			}
			if y := next(k); y != nil && y.kind == tkNum && len(y.text) == 4 {
				if yy := atoiSmall(y.text); yy >= 1800 && yy <= 2200 {
					d.y = yy
					k++
				}
			}
			if !validDay(d.y, d.m, d.d) {
				return date{}, 0, false
			}
			return d, k, true
		case v >= 1800 && v <= 2200 && len(n.text) == 4:
			return date{y: v, m: m}, k + 1, true
		}
		return date{}, 0, false
	}
	if t.kind == tkNum {
		// ISO 2025-10-26
		if len(t.text) == 4 && i+4 < end && toks[i+1].text == "-" && toks[i+3].text == "-" && !toks[i+1].space && !toks[i+3].space {
			y, m, d := atoiSmall(t.text), atoiSmall(toks[i+2].text), atoiSmall(toks[i+4].text)
			if y >= 1800 && validDay(y, m, d) {
				return date{y, m, d}, i + 5, true
			}
		}
		// 26 October 2025
		v := atoiSmall(t.lower)
		if v >= 1 && v <= 31 {
			if n := next(i + 1); n != nil && n.kind == tkWord {
				if m, ok := monthNames[n.lower]; ok && n.cap {
					k := skipDot(i + 2)
					d := date{m: m, d: v}
					if c := next(k); c != nil && c.text == "," {
						k++
					}
					if y := next(k); y != nil && y.kind == tkNum && len(y.text) == 4 {
						if yy := atoiSmall(y.text); yy >= 1800 && yy <= 2200 {
							d.y = yy
							k++
						}
					}
					if validDay(d.y, d.m, d.d) {
						return d, k, true
					}
				}
			}
		}
	}
	return date{}, 0, false
}

// findDateInLine returns the first full date (year, month and day) in s
// as YYYY-MM-DD, or "".
func findDateInLine(s string) string {
	var buf [48]token // header lines are short: no allocation to grow into
	toks := tokenize(s, buf[:0])
	for i := range toks {
		if d, _, ok := dateAt(toks, i, len(toks)); ok && d.y > 0 && d.m > 0 && d.d > 0 {
			return d.String()
		}
	}
	return ""
}

// sentenceDate finds the date a sentence gives for its event, resolved
// against the article date ref (zero when unknown): explicit dates first,
// then "on Sunday", "yesterday" and "today".
func sentenceDate(toks []token, t0, t1 int, ref date) string {
	for i := t0; i < t1; i++ {
		if d, _, ok := dateAt(toks, i, t1); ok {
			if d.d > 0 && d.y == 0 && ref.y > 0 {
				d.y = ref.y
				if ref.m > 0 && d.m > ref.m {
					d.y--
				}
			}
			return d.String()
		}
	}
	if ref.y == 0 || ref.m == 0 || ref.d == 0 {
		return ""
	}
	rt := time.Date(ref.y, time.Month(ref.m), ref.d, 0, 0, 0, 0, time.UTC)
	for i := t0; i < t1; i++ {
		w := toks[i].lower
		// the weekday map is asked only after "on" or "last": most
		// words are not looked up
		if toks[i].cap && i > t0 && (toks[i-1].lower == "on" || toks[i-1].lower == "last") {
			if wd, ok := weekdays[w]; ok {
				back := (int(rt.Weekday()) - wd + 7) % 7
				if toks[i-1].lower == "last" && back == 0 {
					back = 7
				}
				t := rt.AddDate(0, 0, -back)
				return date{t.Year(), int(t.Month()), t.Day()}.String()
			}
		}
		switch w {
		case "yesterday":
			t := rt.AddDate(0, 0, -1)
			return date{t.Year(), int(t.Month()), t.Day()}.String()
		case "today":
			return ref.String()
		}
	}
	return ""
}
