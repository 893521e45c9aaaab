"""Characters and words: a page file's bytes decoded and normalized, and the text measures and grammar cues (word cuts, run-on clauses, linking openers) every later stage shares."""
