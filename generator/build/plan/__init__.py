"""What the site consists of: every output unit, its files and the digest of its inputs —
planned incrementally from the previous build's state.

A *unit* is one thing the renderer makes (an article page with its JSON twin, a topic page …).
Its digest covers exactly the data its template reads — the article's own fields and file stamp,
its neighbours' ids and titles, page labels, and a global digest of templates + generator code +
configuration — so an unchanged digest means unchanged bytes. Templates must only read what the
signature functions below include; `tests/site` proves incremental == clean builds.

Units come in *groups* that are planned as a whole: an issue (its issue, 版 and article pages),
a listing (a topic's or place's paginated pages and feed) and the site-wide pages (home,
calendars, sitemaps, indexes). The build state (`generator.build.state`) keeps each group's digests and
what the site-wide pages need to know about it (an issue's *summary*), so a rebuild plans only
the groups whose inputs changed:

* an issue is *dirty* when one of its article files, its issue.yaml or a neighbouring issue
  (prev/next links) changed — only dirty issues are loaded as full `Article` records; every other
  issue is a *skeleton* (pages with labels, no articles) that calendars and navigation can use;
* a listing is touched when an article joins, leaves or changes in it; paging counts from the
  oldest article, so an added issue changes only each touched listing's front page and feed;
* site-wide units are re-signed from the summaries every build (O(issues), not O(articles)).

A full build is the same plan with every group dirty, so both paths give the same digests.
Cost of adding one issue to a 100k archive: the scan's stats, the ~60 new records, one or two
issues and the few hundred listings they touch — not the archive."""
