package annotations

import "github.com/crossquote/crossquote/annotations/read"

// MaxFileSize is the largest file the engine reads, in bytes; see
// [read.MaxFileSize].
const MaxFileSize = read.MaxFileSize

// MaxFiles is the most files one analysis takes; see [read.MaxFiles].
const MaxFiles = read.MaxFiles

// FileError is the error a file that cannot be read gives: which file, and
// why; see [read.FileError].
type FileError = read.FileError

// TooLarge returns the error reading gives for a file of n bytes, over
// [MaxFileSize], so that callers that know a file's size can refuse it
// without reading it; see [read.TooLarge].
func TooLarge(name string, n int64) *FileError { return read.TooLarge(name, n) }
