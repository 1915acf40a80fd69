"""Parsing a query, and matching one term against one script's fields.

Query syntax (decided here):

* Terms are separated by white space (the ideographic space too); every term must
  match (AND).  A hit's rank is its *weakest* term's best field, so ``tk 退款`` ranks a
  script whose title holds 退款 above one whose body does.
* A term starting with ``@`` scopes the search to a category: it matches a category
  level that starts with it (``@售后``), or whose pinyin it spells from the start
  (``@sh``, ``@shouhou``).  ``@`` alone is ignored.
* The expansion prefix (default ``;``, also typed as full-width ``；``) in front of the
  first term is dropped: ``;tk1`` and ``tk1`` both find the script whose code is tk1.

Ranks, best first: ``0`` exact code, ``1`` code prefix, ``2`` title, ``3`` keywords,
``4`` body, ``5`` one typo (code, title or keywords).  Typo matches apply to Latin terms
of four letters or more, and only fill a short list: when exact matching found fewer
than ``execute.TYPOS_BELOW`` (10) scripts.  Title and keywords match by
substring or pinyin (:mod:`.pinyin`); the body by substring only — pinyin over bodies
would light up accidental initials all over long texts and cost a scan per keystroke.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.search import pinyin
from assistant.model import Script
from assistant.search.document import Doc
from assistant.search.normalize import fold, is_word_char, to_original

RANK_EXACT_CODE, RANK_CODE_PREFIX, RANK_TITLE, RANK_KEYWORDS, RANK_BODY, RANK_FUZZY = range(6)
RANKS = (RANK_EXACT_CODE, RANK_CODE_PREFIX, RANK_TITLE, RANK_KEYWORDS, RANK_BODY, RANK_FUZZY)
SCOPE_MARK = "@"


@dataclass(frozen=True)
class Match:
    """Why a script matched: the field, the matched positions in that field's original
    text (see :func:`assistant.search.field_text`), and how."""

    field: str  # 'code' | 'title' | 'keywords' | 'body' | 'category'
    positions: tuple[int, ...]
    kind: str  # 'exact_code' | 'code_prefix' | 'substring' | 'pinyin_full' | 'pinyin_initials' | 'mixed' | 'fuzzy'


@dataclass(frozen=True)
class Hit:
    """One result: the script, its rank, a score and why it matched (one match per
    term, then one per ``@`` scope)."""

    script: Script
    rank: int  # RANK_*: 0 exact code ... 5 one typo; 0 when browsing; for suggest() see .suggest
    score: float  # frecency (decayed use count) for search and browse; relevance for suggest()
    matches: tuple[Match, ...]


class Term:
    """One search term, folded, with what kinds of matching apply to it."""

    __slots__ = ("text", "all_word", "has_word", "fuzzy")

    def __init__(self, text: str) -> None:
        self.text = text
        flags = [is_word_char(c) for c in text]
        self.all_word = all(flags)
        self.has_word = any(flags)
        self.fuzzy = len(text) >= pinyin.FUZZY_MIN_LENGTH and self.all_word

    def __repr__(self) -> str:
        return f"Term({self.text!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Term) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[Term, ...]
    scopes: tuple[str, ...]
    key: str  # normalised form, used to recognise a query that extends the previous one


def parse_query(query: str, prefix: str = ";") -> ParsedQuery:
    words = fold(query or "").split()
    folded_prefix = fold(prefix or "")
    terms: list[Term] = []
    scopes: list[str] = []
    for index, word in enumerate(words):
        if word.startswith(SCOPE_MARK):
            if len(word) > 1:
                scopes.append(word[1:])
            continue
        if index == 0 and folded_prefix and word.startswith(folded_prefix):
            word = word[len(folded_prefix):]
        if word:
            terms.append(Term(word))
    key = " ".join([t.text for t in terms] + [SCOPE_MARK + s for s in scopes])
    return ParsedQuery(tuple(terms), tuple(scopes), key)


# -- matching one term against one field ----------------------------------------------

def match_code(doc: Doc, term: str, rank: int) -> Match | None:
    code = doc.code
    if not code:
        return None
    if rank == RANK_EXACT_CODE:
        if code == term:
            return Match("code", tuple(range(len(doc.script.code))), "exact_code")
    elif code.startswith(term) and code != term:
        return Match("code", _code_positions(doc, len(term)), "code_prefix")
    return None


def _code_positions(doc: Doc, length: int) -> tuple[int, ...]:
    return tuple(range(min(length, len(doc.script.code))))


def match_text(folded: str, origin, term: Term, field: str) -> Match | None:
    """Substring first, then pinyin (when the term holds Latin letters or digits)."""
    text = term.text
    at = folded.find(text)
    if at >= 0:
        return Match(field, to_original(range(at, at + len(text)), origin), "substring")
    if term.has_word:
        found = pinyin.match(folded, text)
        if found is not None:
            return Match(field, to_original(found.positions, origin), found.kind)
    return None


def match_body(doc: Doc, term: Term) -> Match | None:
    at = doc.body.find(term.text)
    if at < 0:
        return None
    return Match("body", to_original(range(at, at + len(term.text)), doc.body_origin), "substring")


def match_fuzzy(doc: Doc, term: Term) -> Match | None:
    text = term.text
    if doc.code:
        used = pinyin.within_one_edit(text, doc.code)
        if used > 0:
            return Match("code", _code_positions(doc, used), "fuzzy")
    for field, folded, origin in (("title", doc.title, doc.title_origin),
                                  ("keywords", doc.keywords, doc.keywords_origin)):
        found = pinyin.fuzzy_match(folded, text)
        if found is not None:
            return Match(field, to_original(found.positions, origin), "fuzzy")
    return None


def match_rank(doc: Doc, term: Term, rank: int) -> Match | None:
    if rank <= RANK_CODE_PREFIX:
        return match_code(doc, term.text, rank)
    if rank == RANK_TITLE:
        return match_text(doc.title, doc.title_origin, term, "title")
    if rank == RANK_KEYWORDS:
        return match_text(doc.keywords, doc.keywords_origin, term, "keywords") if doc.keywords else None
    if rank == RANK_BODY:
        return match_body(doc, term)
    return match_fuzzy(doc, term) if term.fuzzy else None


def match_scope(category: tuple[str, ...], original: tuple[str, ...], scope: str) -> Match | None:
    """A ``@scope`` term against a category path: positions in the path as shown
    (levels joined by '/'), or None."""
    offset = 0
    pinyin_ok = any(is_word_char(c) for c in scope)
    for level, shown in zip(category, original):
        if level.startswith(scope):
            return Match("category", tuple(range(offset, offset + min(len(scope), len(shown)))), "substring")
        if pinyin_ok:
            found = pinyin.match(level, scope, anchored=True)
            if found is not None:
                return Match("category", tuple(offset + p for p in found.positions if p < len(shown)), found.kind)
        offset += len(shown) + 1
    return None
