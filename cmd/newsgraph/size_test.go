package main

import "testing"

func TestParseSize(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"4MB", 4 << 20, true},
		{"512kb", 512 << 10, true},
		{"1.5GB", 3 << 29, true},
		{"2m", 2 << 20, true},
		{"1048576", 1 << 20, true},
		{" 16 MB ", 16 << 20, true},
		{"0", 0, false},
		{"-1MB", 0, false},
		{"lots", 0, false},
		{"", 0, false},
		{"5000GB", 0, false},
	} {
		got, err := parseSize(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d, ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
	var c offOrSize
	for in, want := range map[string]int64{"0": 0, "off": 0, "64MB": 64 << 20, "1024": 1024} {
		if err := c.Set(in); err != nil || int64(c) != want {
			t.Errorf("cache size %q = %d, %v; want %d", in, c, err, want)
		}
	}
	if err := c.Set("-5"); err == nil {
		t.Error("a negative cache size was accepted")
	}
	if s := formatSize(4 << 20); s != "4MB" {
		t.Errorf("formatSize(4MB) = %q", s)
	}
}
