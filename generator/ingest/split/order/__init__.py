"""Reading order put right, line by line: pieces of a story that the extractor printed after another story, woven columns and headline boxes, headlines printed under their own lead."""
