package annotations

// Read decodes data, the contents of the file called name, into UTF-8 text.
// STUB: owned by the reading helper.
func Read(name string, data []byte) (string, error) { return string(data), nil }
