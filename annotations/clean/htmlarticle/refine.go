package htmlarticle

// refine applies this package's rules to the extractor's blocks.
func refine(blocks []block) []block {
	return blocks
}
