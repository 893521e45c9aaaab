"""The names `bench-ingest --generator` accepts, in one place for the bench and the CLI (the CLI
reads them without importing the generators themselves).

`alt` (altgen.py) was written apart from pagegen.py, as a stand-in for an evaluator's own;
`third` (thirdgen.py) was written blind to both and to the splitter, to test that rules generalize;
`fourth` (fourthgen.py) was written blind to all three and to the splitter (judge in session 23);
`fifth` (fifthgen.py) was written blind to all four and to the splitter: the judging set;
`sixth` (sixthgen.py) was written blind to the other five and to the splitter, column-text focused;
`seventh` (seventhgen.py) was written blind to the other six and to the splitter: both shapes, seven
layout classes (Markdown-ish front and mixed pages; column text with headlines before, after or
grouped, mixed-furniture pages and pages of varied measures).
"""
GENERATORS = ("pagegen", "alt", "third", "fourth", "fifth", "sixth", "seventh")
