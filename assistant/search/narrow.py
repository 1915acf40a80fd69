"""Incremental narrowing: a query that extends the previous one skips what already failed.

Matching is monotone: if ``fah`` does not match a title, ``fahuo`` cannot either (a
substring, a pinyin alignment and a one-typo alignment of the longer term all contain
one of the shorter term).  So after every search the index remembers, per term, the
slots the term was checked against and failed — for the title, the keywords, the
body and the typo rank — and the next query removes them from its candidates when its term
at the same position starts with the remembered one.  Failures accumulate while the
agent keeps typing, so a long sparse query only re-checks what is still possible.
Any change to the index forgets everything.
"""

from __future__ import annotations

from assistant.search.bits import from_slots
from assistant.search.query import RANK_BODY, RANK_FUZZY, RANK_KEYWORDS, RANK_TITLE

FIELDS = ("title", "keywords", "body", "fuzzy")


class Narrowing:
    def __init__(self) -> None:
        self._terms: tuple[str, ...] = ()
        self._fails: list[dict[str, int]] = []

    def clear(self) -> None:
        self._terms = ()
        self._fails = []

    def _inherited(self, parsed, index: int) -> dict[str, int] | None:
        if index < len(self._terms) and index < len(parsed.terms):
            if parsed.terms[index].text.startswith(self._terms[index]):
                return self._fails[index]
        return None

    def narrow(self, parsed, index: int, field: str, candidates: int) -> int:
        fails = self._inherited(parsed, index)
        if fails:
            failed = fails.get(field, 0)
            if failed:
                return candidates & ~failed
        return candidates

    def remember(self, parsed, state: dict[int, list]) -> None:
        """Record this search's failures (``state``: slot -> per-term memo
        ``[ranks checked up to, rank found, match]``)."""
        fails: list[dict[str, int]] = []
        for index, term in enumerate(parsed.terms):
            failed: dict[str, list[int]] = {field: [] for field in FIELDS}
            for slot, memos in state.items():
                checked, found, _ = memos[index]
                missed = found is None
                if checked >= RANK_TITLE and (missed or found > RANK_TITLE):
                    failed["title"].append(slot)
                if checked >= RANK_KEYWORDS and (missed or found > RANK_KEYWORDS):
                    failed["keywords"].append(slot)
                if checked >= RANK_BODY and (missed or found > RANK_BODY):
                    failed["body"].append(slot)
                if checked >= RANK_FUZZY and missed:
                    failed["fuzzy"].append(slot)
            inherited = self._inherited(parsed, index) or {}
            fails.append({field: inherited.get(field, 0) | from_slots(slots) for field, slots in failed.items()})
        self._terms = tuple(term.text for term in parsed.terms)
        self._fails = fails
