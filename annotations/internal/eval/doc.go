// Package eval scores the engine against gold data. It is pure: callers
// read the files and pass the text in. It imports no package of the
// engine, so the tests of any stage may use it.
package eval
