// Package testshared finds the shared evaluation data for the tests of
// every engine package: the folder named by CROSSQUOTE_SHARED, or the
// folder "shared" beside the repository; and compares a test's output
// with a golden file ([Golden]). It is for tests only, and imports no
// package of the engine.
package testshared
