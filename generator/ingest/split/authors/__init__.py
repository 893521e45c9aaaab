"""Who wrote a story: byline grammar, bylines their box wrapped, a writer's bare name under a headline or inside a head stack."""
