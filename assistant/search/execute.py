"""Running one query over the index: candidate sets per rank, then ranks best first.

Each term gets a :class:`Plan`: its candidate bitset for every rank (see
:mod:`.postings`), narrowed by what the previous query already ruled out
(:mod:`.narrow`).  Ranks are then produced in order; inside a rank, candidates are
visited in the final order (:mod:`.rank`) and verified by the matchers of
:mod:`.query`, and the run stops as soon as the page is full — a rank is only looked
at when the better ranks left room.  Each slot's verification is remembered for the
run (and its failures handed to the narrowing), so a script is never checked twice
for the same term and rank.
"""

from __future__ import annotations

from typing import Callable, Iterator

from assistant.search.bits import Members, from_slots, slots_of
from assistant.search.document import Doc
from assistant.search.query import (
    RANK_BODY, RANK_FUZZY, RANK_KEYWORDS, RANK_TITLE, RANKS, Match, ParsedQuery, Term, match_rank,
)

_WALK_BUDGET = 2048  # most steps an in-order walk of the library is expected to take
# Typo matches are looked for only when exact matching found fewer scripts than this:
# with a screenful of exact hits a typo reading is noise at the bottom of the list (the
# idea of Algolia's typoTolerance "min", softened), and 4-letter keystrokes stay cheap.
TYPOS_BELOW = 10


class Execution:
    """One query against one index (``scope``: a bitset, or None for no ``@`` scope)."""

    def __init__(self, index, parsed: ParsedQuery, scope: int | None) -> None:
        self.index = index
        self.parsed = parsed
        self.terms = parsed.terms
        self.scope = scope
        self.ordering = index._ordering
        self.state: dict[int, list] = {}
        self.plans = [self._plan(position, term) for position, term in enumerate(parsed.terms)]

    def run(self, limit: int) -> list[tuple[Doc, int, list[Match]]]:
        """Up to ``limit`` hits as (doc, rank, one match per term), best first."""
        docs = self.index._docs
        found: list[tuple[Doc, int, list[Match]]] = []
        emitted = 0
        for rank in RANKS:
            if rank == RANK_FUZZY and (len(found) >= TYPOS_BELOW or not any(t.fuzzy for t in self.terms)):
                break
            candidates = self.scope if self.scope is not None else self.index.postings.live
            for plan in self.plans:
                candidates &= plan.upto(rank)
            for slot in self._tier(rank, candidates & ~emitted, limit - len(found)):
                result = self._evaluate(docs[slot], rank)
                if result is None or result[0] != rank:
                    continue
                emitted |= 1 << slot
                found.append((docs[slot], rank, result[1]))
                if len(found) >= limit:
                    break
            if len(found) >= limit:
                break
        self.index._narrowing.remember(self.parsed, self.state)
        return found

    def _evaluate(self, doc: Doc, max_rank: int) -> tuple[int, list] | None:
        """Each term's best (rank, match) up to ``max_rank``; remembered per slot as
        ``[ranks checked up to, rank found, match]`` per term."""
        state, terms = self.state, self.terms
        per_term = state.get(doc.slot)
        if per_term is None:
            per_term = state[doc.slot] = [[-1, None, None] for _ in terms]
        worst, matches = 0, []
        slot = doc.slot
        for term, plan, memo in zip(terms, self.plans, per_term):
            if memo[1] is None and memo[0] < max_rank:
                for rank in range(memo[0] + 1, max_rank + 1):
                    if slot not in plan.members(rank):
                        continue
                    found = match_rank(doc, term, rank)
                    if found is not None:
                        memo[1], memo[2] = rank, found
                        break
                memo[0] = max_rank
            if memo[1] is None or memo[1] > max_rank:
                return None
            worst = max(worst, memo[1])
            matches.append(memo[2])
        return worst, matches

    def _tier(self, rank: int, candidates: int, wanted: int) -> Iterator[int]:
        """The slots of a candidate bitset in final order, cheap misses dropped.

        When the page would fill within ``_WALK_BUDGET`` steps of walking the library in
        order (many candidates), the library is walked and candidates tested as they
        come.  Otherwise, or after four times the expected steps (candidates that mostly
        fail), the (rest of the) set is filtered in bulk by :meth:`_prefilter` and
        sorted by ``order_of``: one cheap pass, not one full evaluation per member.
        """
        count = candidates.bit_count()
        if not count:
            return
        check = self._prefilter(rank)
        expected = wanted * len(self.index) // count  # steps to fill the page if all match
        if expected <= _WALK_BUDGET:
            members = Members(candidates)
            walked: list[int] = []
            budget = max(4 * expected, 256)
            for slot in self.ordering.walk():
                if slot in members and (check is None or check(slot)):
                    yield slot
                walked.append(slot)
                if len(walked) >= budget:
                    break
            else:
                return
            candidates &= ~from_slots(walked)
        chosen = slots_of(candidates)
        if check is not None:
            bulk = getattr(check, "bulk", None)
            chosen = bulk(chosen) if bulk is not None else [slot for slot in chosen if check(slot)]
        chosen.sort(key=self.ordering.order_of.__getitem__)
        yield from chosen

    def _prefilter(self, rank: int) -> Callable[[int], bool] | None:
        """A cheap necessary test for "every term matches at ``rank`` or better", or None
        when it would test nothing beyond the candidate sets themselves."""
        terms, plans = self.terms, self.plans
        if rank < RANK_TITLE or rank == RANK_FUZZY:
            return None
        if rank < RANK_BODY and all(term.has_word for term in terms):
            return None
        docs = self.index._docs
        if len(terms) == 1 and not (rank < RANK_BODY and terms[0].has_word):
            # ranks better than this one are exhausted, so only this rank's field can match
            text = terms[0].text
            field = self.index._texts[rank]

            def bulk(slots: list[int]) -> list[int]:
                return [slot for slot in slots if text in field[slot]]

            def single(slot: int) -> bool:
                return text in field[slot]

            single.bulk = bulk
            return single
        tests = []
        keywords = rank >= RANK_KEYWORDS
        for term, plan in zip(terms, plans):
            codes = Members(plan.get(0) | plan.get(1))
            short = None
            if term.has_word:
                short = Members(plan.get(RANK_TITLE) | (plan.get(RANK_KEYWORDS) if keywords else 0))
            tests.append((term.text, codes, short))
        body = rank >= RANK_BODY

        def check(slot: int) -> bool:
            doc = docs[slot]
            for text, codes, short in tests:
                if slot in codes:
                    continue
                if short is not None:
                    if slot in short:
                        continue
                elif text in doc.title or (keywords and text in doc.keywords):
                    continue
                if body and text in doc.body:
                    continue
                return False
            return True

        return check

    def _plan(self, index: int, term: Term) -> "Plan":
        text, parsed = term.text, self.parsed
        postings, narrowing, codes = self.index.postings, self.index._narrowing, self.index._codes
        exact = _bits(codes.equal(text))
        prefixed = _bits(codes.prefixed(text))
        title = narrowing.narrow(parsed, index, "title", postings.title.candidates(text))
        keywords = narrowing.narrow(parsed, index, "keywords", postings.keyword_keys.candidates(text))
        fuzzy = 0
        if term.fuzzy:
            fuzzy = _bits(codes.prefixed(text[:2])) | postings.fuzzy_candidates(text)
            fuzzy = narrowing.narrow(parsed, index, "fuzzy", fuzzy)

        def body() -> int:
            return narrowing.narrow(parsed, index, "body", postings.body_candidates(text))

        return Plan([exact, prefixed, title, keywords, None, fuzzy], body)


class Plan:
    """A term's candidate bitsets by rank; the body's is worked out only when a query
    gets as far as the body rank."""

    __slots__ = ("sets", "_body", "_members")

    def __init__(self, sets: list, body: Callable[[], int]) -> None:
        self.sets = sets
        self._body = body
        self._members: dict[int, Members] = {}

    def get(self, rank: int) -> int:
        if rank == RANK_BODY and self._body is not None:
            self.sets[RANK_BODY] = self._body()
            self._body = None
        return self.sets[rank]

    def upto(self, rank: int) -> int:
        bits = 0
        for index in range(rank + 1):
            bits |= self.get(index)
        return bits

    def members(self, rank: int) -> Members:
        found = self._members.get(rank)
        if found is None:
            found = self._members[rank] = Members(self.get(rank))
        return found


def _bits(slots: list[int]) -> int:
    if len(slots) < 8:
        bits = 0
        for slot in slots:
            bits |= 1 << slot
        return bits
    return from_slots(slots)
