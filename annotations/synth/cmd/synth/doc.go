// Command synth writes a synthetic corpus to a folder, for browser tests and
// for trying crossquote on many articles:
//
//	go run ./annotations/synth/cmd/synth -seed 1 -n 1000 -o DIR
//
// With -truth FILE it also writes what was planted where, as JSON. Keep that
// file out of DIR if the folder is to be dropped into the page whole.
package main
