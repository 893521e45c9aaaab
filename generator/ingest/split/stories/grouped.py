"""Column pages whose headlines are printed together above all the stories or below them all.

Such a page prints its stories one after another with no headline between them, so an unsigned
story (a commentary, a story without byline, a caption) runs on into the next one, and the
headlines say where one ends: they are printed in the order of their stories, and each speaks
of its own story — above all of its opening. The stories and their headlines are solved
together over the whole page: the text is cut only at paragraph ends after a finished sentence,
always where a layout cue already cut it (a byline, a credit, a jump marker), and the headlines
go, in order, to the stories whose words they share most (a dynamic programme over head ×
paragraph). A headline may be left over (a column label, a slogan) and a story may have none
(a photo printed without one); a story cut out of another must say a good share of its title's
weighted words (a word every story says weighs nothing; the clause a kicker quotes does not count).
A story may be cut even when the page prints no more headlines than it has stories: a photo
printed without a headline leaves one over for a story that ran on into another.
"""
from __future__ import annotations

import math

from generator.ingest.split.text.textutil import bigrams, ends_sentence, squash_spaces

GROUP_MIN = 3            # headlines printed together before or after all stories: a group
LEAD_REACH = 150         # characters: the opening a headline summarises
LEAD_WEIGHT = 1.0        # extra weight of a shared word that stands in the opening
CUT_COST = 1.5           # a cut the layout did not make must pay for itself
QUOTE_MIN = 4            # characters of a headline line found word for word in a story
CUT_MIN_SHARED = 2       # bigrams a story cut out of another shares with its headline
PAIR_COST = 0.5          # two lines of the group read as one story's headline (kicker or subtitle)
QUOTE_BONUS = 3.0        # a line of a pair that repeats a clause of the story goes with it
PAIR_SHORT = 18          # characters: one of such two lines is a short phrase
COHESION = 6.0           # weight of the words a cut would part (0–1 cosine)
COHESION_REACH = 2       # paragraphs each side of a cut compared
COVER_MIN = 0.2          # share of its title's weighted words a story cut out of another says
NEG = float("-inf")
Plan = tuple[int, int, int, int, tuple[int, ...]]    # head, segment, first and end paragraph, other lines


def group_of(pool: list[int], segs: list, first: int, last: int, labels: list[int] = ()) -> list[int]:
    """The headlines (unit indices, printed order) of `pool` printed before every story or
    after every story (units `first`..`last` hold the stories); [] when fewer than
    `GROUP_MIN`. A 简讯 box's label (`labels`) printed under a group at the top opens the
    box: the headlines under it head the box's items, not stories of the group."""
    box = min((k for k in labels if k < first), default=first)
    top = [h for h in pool if h < box]
    foot = [h for h in pool if h > last]
    best = max(top, foot, key=len)
    return best if len(best) >= GROUP_MIN else []


def _cuttable(paras: list, k: int) -> bool:
    """May a story end before paragraph `k` of a segment (a finished sentence, no byline or
    sub-heading after)?"""
    prev, nxt = paras[k - 1], paras[k]
    return (ends_sentence(prev.text) and not nxt.data.get("byline") and not nxt.data.get("subhead")
            and not prev.data.get("subhead"))


def _atoms(segs: list) -> tuple[list[tuple[int, int]], set[int], set[int]]:
    """The (segment, paragraph) atoms the stories are made of, with the atom positions where
    a segment starts or ends (`hard`) and where a story may be cut inside one (`soft`)."""
    atoms: list[tuple[int, int]] = []        # (segment, paragraph)
    hard: set[int] = set()                   # atom positions where a segment starts or ends
    soft: set[int] = set()
    for n, s in enumerate(segs):
        hard.add(len(atoms))
        for k in range(len(s.paras)):
            if k and _cuttable(s.paras, k):
                soft.add(len(atoms))
            atoms.append((n, k))
    hard.add(len(atoms))
    return atoms, hard, soft


class _Board:
    """What the dynamic programme of `solve` reads: the atoms, their bigrams and weights, the
    headlines' bigrams and the openings of stories (cached) — one object so that its steps
    can be separate functions."""

    def __init__(self, heads: list[str], segs: list, atoms: list[tuple[int, int]], hard: set[int],
                 soft: set[int]):
        self.heads, self.segs, self.atoms, self.hard, self.soft = heads, segs, atoms, hard, soft
        end = self.end = len(atoms)
        self.grams = [bigrams(segs[n].paras[k].text) for n, k in atoms]
        self.df: dict[str, int] = {}
        for s in segs:
            for g in bigrams("".join(p.text for p in s.paras)):
                self.df[g] = self.df.get(g, 0) + 1
        # each word's weight computed once: the programme reads it hundreds of thousands of times
        self._weights = {g: math.log((len(segs) + 1) / c) for g, c in self.df.items()}
        self._unseen = math.log(len(segs) + 1)
        self.hgrams = [bigrams(h) for h in heads]
        self.seg_end = seg_end = [0] * end
        for p in range(end - 1, -1, -1):
            seg_end[p] = p + 1 if (p + 1) in hard else seg_end[p + 1]
        self.pairable = [i + 1 < len(heads) and min(len(squash_spaces(heads[i])), len(squash_spaces(heads[i + 1])))
                         <= PAIR_SHORT for i in range(len(heads))]
        # a line repeating a clause of a story word for word is its kicker or subtitle (a pull
        # quote), never the headline of a story cut out of it
        texts = [squash_spaces("".join(p.text for p in s.paras)) for s in segs]
        self.cohesion = [self._cohesion(p) if p in soft else 0.0 for p in range(end + 1)]
        self.quoted = [[len(squash_spaces(h)) >= QUOTE_MIN and squash_spaces(h) in t for t in texts] for h in heads]
        # the atoms whose paragraph a line of the group repeats word for word
        paras = [squash_spaces(segs[n].paras[k].text) for n, k in atoms]
        self.quote_atoms = [{a for a, t in enumerate(paras) if _repeats(h, t)} for h in heads]

    def quotes_in(self, i: int, p: int, q: int) -> bool:
        """Does line i of the group repeat a clause of the story made of atoms [p, q)?"""
        return any(p <= a < q for a in self.quote_atoms[i])

    def quotes_elsewhere(self, i: int, p: int, q: int) -> bool:
        """Does line i of the group repeat a clause of another story word for word, and none of
        the story made of atoms [p, q)? Such a line is that other story's kicker or subtitle,
        never the partner of a title here, nor the headline of a story cut out here."""
        return bool(self.quote_atoms[i]) and not self.quotes_in(i, p, q)

    def weight(self, g: str) -> float:
        """A word's weight: how few stories say it (one every segment says tells nothing)."""
        return self._weights.get(g, self._unseen)

    def _cohesion(self, p: int) -> float:
        """How much the paragraphs either side of a cut before atom `p` speak of the same
        things (weighted cosine of their bigrams, 0–1): one story's paragraphs share its
        names and terms, two stories' paragraphs share only common words."""
        lo, hi = max(0, p - COHESION_REACH), min(self.end, p + COHESION_REACH)
        a = set().union(*self.grams[lo:p])
        b = set().union(*self.grams[p:hi])
        wa = math.fsum(self.weight(g) for g in a)
        wb = math.fsum(self.weight(g) for g in b)
        if not wa or not wb:
            return 0.0
        return math.fsum(self.weight(g) for g in a & b) / math.sqrt(wa * wb)

    def scores(self, i: int, p: int, hg: set[str] | None = None):
        """(q, score, shared bigrams, share of head i's weighted words said) of head i (or of
        the bigrams `hg`; the share is head i's) over the stories [p, q) for each q."""
        hg = self.hgrams[i] if hg is None else hg
        whole = math.fsum(self.weight(g) for g in hg) or 1.0
        shared: set[str] = set()
        said_weights: list[float] = []     # (fsum is exact, so summing in any order is the same)
        text = ""
        for q in range(p + 1, self.seg_end[p] + 1):
            new = (hg & self.grams[q - 1]) - shared
            shared |= new
            said_weights.extend(self.weight(g) for g in new)
            if len(text) < LEAD_REACH:
                # the opening is the story's own: no paragraph past its end counts
                n, k = self.atoms[q - 1]
                text += self.segs[n].paras[k].text
                opening = LEAD_WEIGHT * math.fsum(self.weight(g) for g in hg & bigrams(text[:LEAD_REACH]))
            said = math.fsum(said_weights)
            yield q, said + opening, len(shared), said / whole


def _repeats(line: str, text: str) -> bool:
    """Does the text repeat the line word for word — each of its phrases, when the line sets
    two apart with a space ('无人机禁飞区 发布限制令')?"""
    parts = line.split()
    return bool(parts) and all(len(p) >= QUOTE_MIN and p in text for p in parts)


def _best(b: _Board, f: list[list[float]], i: int, p: int) -> tuple[float, tuple | None]:
    """The best value and move of the programme for head i at atom p (both later ones solved)."""
    nh, hard, soft, seg_end, quoted = len(b.heads), b.hard, b.soft, b.seg_end, b.quoted
    best, how = NEG, None
    if i < nh and f[i + 1][p] > best:                      # head i left over
        best, how = f[i + 1][p], ("skip",)
    if p in hard and f[i][seg_end[p]] > best:              # a whole segment, no headline
        best, how = f[i][seg_end[p]], ("none",)
    if i < nh:
        for q, sc, shared, cover in b.scores(i, p):
            if q != seg_end[p] and q not in soft:
                continue
            cut = p not in hard or q != seg_end[p]
            if cut and (shared < CUT_MIN_SHARED or cover < COVER_MIN or quoted[i][b.atoms[p][0]] or b.quotes_elsewhere(i, p, q)) \
                    or sc <= 0 or f[i + 1][q] == NEG:
                continue
            total = sc - (CUT_COST + COHESION * b.cohesion[q] if q != seg_end[p] else 0.0) + f[i + 1][q]
            if total > best:
                best, how = total, ("head", q)
    for lines in _stacks(b, i):
        n = len(lines)
        title, _ = _title_of(b, lines, b.atoms[p][0])
        union = set().union(*(b.hgrams[x] for x in lines))
        for (q, sc, shared, _), (_, _, own, cover) in zip(b.scores(title, p, union), b.scores(title, p)):
            if q != seg_end[p] and q not in soft:
                continue
            cut = p not in hard or q != seg_end[p]
            # a story cut out of another answers to its title's own words, not to the clause
            # its kicker or subtitle quotes
            if cut and (own < CUT_MIN_SHARED or cover < COVER_MIN or quoted[lines[1]][b.atoms[p][0]]) or sc <= 0 \
                    or f[i + n][q] == NEG or any(b.quotes_elsewhere(x, p, q) for x in lines):
                continue
            total = sc - PAIR_COST * (n - 1) - (CUT_COST + COHESION * b.cohesion[q] if q != seg_end[p] else 0.0) \
                + f[i + n][q]
            if any(b.quotes_in(x, p, q) for x in lines):
                total += QUOTE_BONUS       # the kicker or subtitle quotes this story
            if total > best:
                best, how = total, ("stack", q, n)
    return best, how


def _stacks(b: _Board, i: int) -> list[tuple[int, ...]]:
    """The runs of group lines from line i that may be one story's head: a title with its
    kicker or plain subtitle (two lines, one a short phrase), or a title between its kicker
    and its subtitle (three lines, two short phrases around a title longer than a phrase)."""
    nh = len(b.heads)
    out = [(i, i + 1)] if i < nh and b.pairable[i] else []
    if i + 2 < nh:
        kicker, title, subtitle = (len(squash_spaces(b.heads[x])) for x in (i, i + 1, i + 2))
        if max(kicker, subtitle) <= PAIR_SHORT < title:
            out.append((i, i + 1, i + 2))
    return out


def _title_of(b: _Board, lines: tuple[int, ...], n: int) -> tuple[int, tuple[int, ...]]:
    """(title, the other lines) of group lines read as one story's head in segment n: of a
    kicker–title–subtitle stack the middle line; of two lines the one that quotes no clause
    of the story, and the longer one."""
    if len(lines) == 3:
        return lines[1], (lines[0], lines[2])
    i = lines[0]
    a, c = ((not b.quoted[x][n], len(squash_spaces(b.heads[x]))) for x in (i, i + 1))
    return (i, (i + 1,)) if a > c else (i + 1, (i,))


def _walk(b: _Board, f: list[list[float]], choice: dict[tuple[int, int], tuple]
          ) -> list[Plan]:
    """Follow the programme's chosen moves from the first head and atom: the stories found."""
    out, i, p = [], 0, 0
    while p < b.end and f[i][p] != NEG:
        how = choice.get((i, p))
        if how is None:
            break
        if how[0] == "skip":
            i += 1
        elif how[0] == "none":
            p = b.seg_end[p]
        elif how[0] == "head":
            q = how[1]
            n, k = b.atoms[p]
            out.append((i, n, k, k + (q - p), ()))
            i, p = i + 1, q
        else:
            q, size = how[1], how[2]
            n, k = b.atoms[p]
            title, others = _title_of(b, tuple(range(i, i + size)), n)
            out.append((title, n, k, k + (q - p), others))
            i, p = i + size, q
    return out


def solve(heads: list[str], segs: list) -> list[Plan]:
    """Headline texts (printed order) and segments (printed order, each with `.paras`) →
    [(head, segment, first paragraph, end paragraph, others)] for each story that gets a
    headline; a story whose range does not cover its whole segment is cut out of it. A group
    prints a story's kicker or plain subtitle as a line of its own, next to its title: two
    neighbouring lines, one a short phrase, may go to one story together, or three, a title
    between its kicker and subtitle — `others` are then the other lines (the title is the
    longer line that quotes no clause of the story; of three, the middle one)."""
    # (cuts are open even with no more headlines than stories: a photo printed without a
    # headline leaves one for a story that ran on into the next)
    atoms, hard, soft = _atoms(segs)
    if not atoms or not heads:
        return []
    b = _Board(heads, segs, atoms, hard, soft)
    end, nh = b.end, len(heads)
    f = [[NEG] * (end + 1) for _ in range(nh + 1)]
    choice: dict[tuple[int, int], tuple] = {}
    for i in range(nh, -1, -1):
        for p in range(end, -1, -1):
            if p == end:
                f[i][p] = 0.0
                continue
            if p not in hard and p not in soft:
                continue
            f[i][p], choice[(i, p)] = _best(b, f, i, p)
    return _settle(b, _walk(b, f, choice))


SETTLE_RATIO = 2.0       # how much more the paragraphs at a cut share with the other story
SETTLE_SPAN = 4          # paragraphs a cut may move across (a story may open on four of background)


def _settle(b: _Board, plan: list[Plan]
            ) -> list[Plan]:
    """Each cut the programme made inside a segment, moved across the paragraphs next to it
    (up to `SETTLE_SPAN`) when they speak of the other story: they share `SETTLE_RATIO` times
    more weighted words with the other story (its headline and the two paragraphs beyond them)
    than with their own (a story's last paragraphs name its people and things; the headline
    scores favour longer stories and do not see it). The paragraphs are weighed as one run, so
    two paragraphs of one story that the cut left on the wrong side do not vouch for each
    other; of the runs that qualify, the one whose words lean furthest to the other story is
    moved."""
    plan = list(plan)
    index = {a: pos for pos, a in enumerate(b.atoms)}

    def share(run: range, head: int, n: int, lo: int, hi: int) -> float:
        grams = set().union(*(b.grams[index[(n, k)]] for k in run))
        words = set().union(b.hgrams[head], *(b.grams[index[(n, k)]] for k in range(lo, hi)))
        return math.fsum(b.weight(t) for t in grams & words)

    for m in range(len(plan) - 1):
        i, n, k0, k1, o = plan[m]
        j, n2, k2, k3, o2 = plan[m + 1]
        if n2 != n or k2 != k1:
            continue                      # not two stories of one segment that meet at a cut
        best = None
        for span in range(1, SETTLE_SPAN + 1):
            for cut in (k1 + span, k1 - span):
                if not (k0 < cut < k3) or index[(n, cut)] not in b.soft:
                    continue
                run = range(min(cut, k1), max(cut, k1))
                # each side: its headline and the two paragraphs beyond the run
                up = share(run, i, n, max(k0, run.start - 2), run.start)
                down = share(run, j, n, run.stop, min(k3, run.stop + 2))
                mine, other = (down, up) if cut > k1 else (up, down)
                if other > SETTLE_RATIO * max(mine, 1e-9) and (best is None or other - mine > best[0]):
                    best = (other - mine, cut)
        if best is not None:
            plan[m], plan[m + 1] = (i, n, k0, best[1], o), (j, n2, best[1], k3, o2)
    return plan
