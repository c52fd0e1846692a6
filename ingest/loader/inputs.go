package loader

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Stdin is the input name that means standard input.
const Stdin = "-"

// input is one file to ingest and the key that names its article.
type input struct {
	path string // filesystem path, or Stdin
	key  string // stable article key: see expand
}

// Extensions are the file endings a directory walk picks up. Files named
// explicitly are read whatever their ending.
var Extensions = []string{".txt"}

// expand turns command-line arguments (files, directories, globs, "-") into
// inputs, in a stable order. Arguments that match nothing become skips so
// the caller can report them with everything else. An article's key is its
// path relative to the directory argument, prefixed with that directory's
// name ("articles/001.txt"), or the base name of a file argument: the same
// article gets the same id wherever the tree is checked out.
func expand(args []string) ([]input, []Skip) {
	var out []input
	var skips []Skip
	seen := map[string]bool{}
	add := func(in input) {
		if !seen[in.path] {
			seen[in.path] = true
			out = append(out, in)
		}
	}
	for _, arg := range args {
		if arg == Stdin {
			add(input{path: Stdin, key: "stdin"})
			continue
		}
		matches := []string{arg}
		if strings.ContainsAny(arg, "*?[") {
			m, err := filepath.Glob(arg)
			if err != nil {
				skips = append(skips, Skip{File: arg, Reason: fmt.Sprintf("bad pattern: %v", err)})
				continue
			}
			if len(m) == 0 {
				skips = append(skips, Skip{File: arg, Reason: "pattern matches no file"})
				continue
			}
			sort.Strings(m)
			matches = m
		}
		for _, p := range matches {
			fi, err := os.Stat(p)
			if err != nil {
				skips = append(skips, Skip{File: p, Reason: reason(err)})
				continue
			}
			if !fi.IsDir() {
				add(input{path: p, key: filepath.Base(p)})
				continue
			}
			root := filepath.Clean(p)
			prefix := filepath.Base(root)
			if abs, err := filepath.Abs(root); err == nil {
				prefix = filepath.Base(abs)
			}
			// A directory named through a symbolic link is walked where the
			// link points (WalkDir does not follow a link, even at its
			// root); keys still use the name the user gave.
			if real, err := filepath.EvalSymlinks(root); err == nil {
				root = real
			}
			err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					skips = append(skips, Skip{File: path, Reason: reason(err)})
					if d != nil && d.IsDir() && path != root {
						return fs.SkipDir
					}
					return nil
				}
				name := d.Name()
				if path != root && strings.HasPrefix(name, ".") {
					if d.IsDir() {
						return fs.SkipDir
					}
					return nil
				}
				if d.IsDir() || !hasExt(name) {
					return nil
				}
				if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
					// a pipe or socket named like an article is reported,
					// not silently passed over (nor opened: that could block)
					skips = append(skips, Skip{File: path, Reason: "not a regular file"})
					return nil
				}
				rel, _ := filepath.Rel(root, path)
				add(input{path: path, key: filepath.ToSlash(filepath.Join(prefix, rel))})
				return nil
			})
			if err != nil {
				skips = append(skips, Skip{File: p, Reason: reason(err)})
			}
		}
	}
	return out, skips
}

func hasExt(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// reason turns a filesystem error into a short explanation for the summary.
func reason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
