"""Inverted indexes (bitsets, see :mod:`.bits`): which slots hold a character, a pinyin
prefix, a keyword or a category.

* ``title`` and ``keyword_keys`` (:class:`TextKeys`), one each for the title and the
  keywords: character -> slots, and ``py[1]``, ``py[2]``, ``py[3]``: the one-, two-
  and three-letter Latin query prefixes that can start a match (pinyin readings,
  initials, Latin letters and digits).  For a query of up to three letters these sets
  *are* the matches of that field; for a longer one a tight superset
  (:meth:`TextKeys.candidates`).  Kept per field so the title rank never verifies a
  script that only a keyword matches.
* ``spelled`` / ``letters``: the first two letters of every full-pinyin spelling, and
  every letter of the readings — the candidates for a typo match.
* ``body_chars``: character -> slots whose body holds it.  Characters found in more than
  :data:`STOP_FRACTION` of the bodies when the index is built (的, 亲, 您 ...) are not
  filed: a set naming most of the library prunes nothing and costs memory, and such a
  query is served by walking the library in order (see ``SearchIndex._tier``).
* ``body_pairs``: two adjacent characters -> slots, for pairs of *common* characters
  only (each in more than :data:`COMMON_FRACTION` of the bodies at build time).  Two
  common characters appear together in thousands of bodies while the pair itself is
  often rare (后还) — intersecting their sets would leave thousands to verify.  Pairs
  with a rarer character need no entry: that character's own set is already small.
* ``categories``: folded category path -> slots (for ``@`` scopes).
* ``keywords`` / ``keyword_heads``: folded keyword -> slots, and first character ->
  keywords, so a buyer's message is scanned for keywords in one pass.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.search.bits import BitIndex, Collector, from_slots
from assistant.search.document import Doc
from assistant.search.normalize import is_word_char
from assistant.search.pinyin import MAX_SYLLABLE, SYLLABLES, firsts, piece_ends, prefix_keys

STOP_FRACTION = 0.25
COMMON_FRACTION = 0.10
STOP_MIN_SCRIPTS = 2000  # below this every character is filed and no pair is


_RUNS: dict[frozenset, re.Pattern] = {}


def _pairs(body: str, common: frozenset[str]) -> set[str]:
    """Adjacent pairs of common characters (a regex finds the runs of common ones)."""
    runs = _RUNS.get(common)
    if runs is None:
        _RUNS.clear()
        runs = _RUNS[common] = re.compile("[" + "".join(re.escape(c) for c in sorted(common)) + "]{2,}")
    pairs: set[str] = set()
    for run in runs.findall(body):
        pairs.update(map(str.__add__, run, run[1:]))
    return pairs


@lru_cache(maxsize=65536)
def _keyword_keys(keyword: str) -> tuple[frozenset[str], ...]:
    """Keywords come from a small vocabulary (退款, 发货 ...): their keys are cached."""
    return tuple(frozenset(keys) for keys in prefix_keys(keyword))


class TextKeys:
    """Characters and pinyin prefixes of one short field (title or keywords)."""

    def __init__(self) -> None:
        self.chars = BitIndex()
        self.py = {1: BitIndex(), 2: BitIndex(), 3: BitIndex()}

    def add(self, chars: set[str], py: tuple[set[str], ...], slot: int) -> None:
        self.chars.add(chars, slot)
        for length in (1, 2, 3):
            self.py[length].add(py[length - 1], slot)

    def discard(self, chars: set[str], py: tuple[set[str], ...], slot: int) -> None:
        self.chars.discard(chars, slot)
        for length in (1, 2, 3):
            self.py[length].discard(py[length - 1], slot)

    def candidates(self, text: str) -> int:
        """Slots whose field may match ``text`` (exact up to three letters).

        A match starts at a group, so the first three letters are a ``py[3]`` key there;
        if the query goes on past the first group, the rest matches from the next group,
        after a first piece that is an initial, ``zh``/``ch``/``sh`` or a whole syllable
        (:func:`.pinyin.piece_ends`), and the first letter followed by the rest's first
        two letters is a key at the same group (an initial may stand for any first
        piece).  Applied recursively this names tight candidates for long pinyin
        (``cuifahuo``) and mixed (``催fh``) queries from bitsets alone.
        """
        return self._starting(text, {}) if text else 0

    def _starting(self, text: str, memo: dict) -> int:
        found = memo.get(text)
        if found is not None:
            return found
        if not is_word_char(text[0]):
            bits = self.chars.get(text[0], 0)
            if bits and len(text) > 1:
                bits &= self._starting(text[1:], memo)
            memo[text] = bits
            return bits
        lead = 1
        while lead < len(text) and lead < 3 and is_word_char(text[lead]):
            lead += 1
        bits = self.py[lead].get(text[:lead], 0)
        if bits and len(text) > lead:
            bits &= self._continued(text, bits, memo)
        for ch in set(text):
            if not bits:
                break
            if not is_word_char(ch):
                bits &= self.chars.get(ch, 0)
        memo[text] = bits
        return bits

    def _continued(self, text: str, bits: int, memo: dict) -> int:
        if len(text) <= MAX_SYLLABLE and text.isalpha() and any(s.startswith(text) for s in SYLLABLES):
            return bits  # the whole query may sit inside one reading
        rest = 0
        for end in piece_ends(text):
            # the first piece ends at `end`; its initial followed by the rest is then a
            # match at the same group too, which ties the two parts together
            tied = text[0] + text[end:end + 2]
            width = 1
            while width < len(tied) and is_word_char(tied[width]):
                width += 1
            if width > 1:
                part = self.py[width].get(tied[:width], 0)
            elif firsts(text[end]):  # a Chinese character typed as itself
                part = 0
                for first in firsts(text[end]):
                    part |= self.py[2].get(text[0] + first, 0)
            else:
                part = bits
            if part:
                rest |= part & self._starting(text[end:], memo)
            if rest == bits:
                break
        return rest


class Postings:
    def __init__(self) -> None:
        self.live = 0  # every live slot
        self.title = TextKeys()
        self.keyword_keys = TextKeys()
        self.spelled = BitIndex()  # first two letters of full-pinyin spellings (typos)
        self.letters = BitIndex()  # letter or digit -> slots whose title/keyword pinyin holds it
        self.body_chars = BitIndex()
        self.categories = BitIndex()  # folded category path -> slots
        self.keywords = BitIndex()  # folded keyword -> slots (for suggestions)
        self.keyword_heads: dict[str, set[str]] = {}  # first character -> keywords
        self.stop_chars: frozenset[str] = frozenset()
        self.body_pairs = BitIndex()
        self.common_chars: frozenset[str] = frozenset()

    @staticmethod
    def _short(doc: Doc):
        title = prefix_keys(doc.title)
        keywords = doc.keyword_list()
        if len(keywords) == 1:
            return title, _keyword_keys(keywords[0])
        words: tuple[set[str], ...] = (set(), set(), set(), set())
        for keyword in keywords:
            for mine, more in zip(words, _keyword_keys(keyword)):
                mine |= more
        return title, words

    @classmethod
    def build(cls, docs: list[Doc]) -> "Postings":
        """One pass over the scripts; each script's keys are dropped as soon as they are
        filed, so the build's peak memory stays near the finished index's."""
        postings = cls()
        big = len(docs) >= STOP_MIN_SCRIPTS
        body = Collector()
        for doc in docs:
            body.add(doc.body_chars(), doc.slot)
        postings.body_chars = body.finish(int(STOP_FRACTION * len(docs)) if big else None)
        postings.stop_chars = frozenset(postings.body_chars.dropped)
        if big:
            common = COMMON_FRACTION * len(docs)
            postings.common_chars = postings.stop_chars | frozenset(
                ch for ch, bits in postings.body_chars.items() if bits.bit_count() > common)
        names = ("title_chars", "title1", "title2", "title3", "keyword_chars", "keyword1", "keyword2",
                 "keyword3", "spelled", "letters", "categories", "keywords", "pairs")
        collect = {name: Collector() for name in names}
        for doc in docs:
            slot = doc.slot
            title, words = cls._short(doc)
            collect["title_chars"].add(doc.title_chars(), slot)
            collect["keyword_chars"].add(doc.keyword_chars(), slot)
            for length in (1, 2, 3):
                collect[f"title{length}"].add(title[length - 1], slot)
                collect[f"keyword{length}"].add(words[length - 1], slot)
            collect["spelled"].add(title[3] | words[3], slot)
            collect["letters"].add(doc.pinyin_letters(), slot)
            collect["categories"].add((doc.category,), slot)
            collect["keywords"].add(doc.keyword_list(), slot)
            if postings.common_chars:
                collect["pairs"].add(_pairs(doc.body, postings.common_chars), slot)
        # many keys of these name a handful of scripts: kept as slot numbers (see CompactBitIndex)
        sparse = {"title_chars", "keyword_chars", "title2", "title3", "keyword2", "keyword3", "pairs", "categories",
                  "keywords", "spelled"}
        done = {name: collector.finish(compact=name in sparse) for name, collector in collect.items()}
        for keys, prefix in ((postings.title, "title"), (postings.keyword_keys, "keyword")):
            keys.chars = done[f"{prefix}_chars"]
            keys.py = {length: done[f"{prefix}{length}"] for length in (1, 2, 3)}
        postings.spelled, postings.letters = done["spelled"], done["letters"]
        postings.categories, postings.keywords = done["categories"], done["keywords"]
        postings.body_pairs = done["pairs"]
        for keyword in postings.keywords:
            postings.keyword_heads.setdefault(keyword[0], set()).add(keyword)
        postings.live = from_slots([doc.slot for doc in docs])
        return postings

    def add(self, doc: Doc) -> None:
        slot = doc.slot
        self.live |= 1 << slot
        title, words = self._short(doc)
        self.title.add(doc.title_chars(), title, slot)
        self.keyword_keys.add(doc.keyword_chars(), words, slot)
        self.spelled.add(title[3] | words[3], slot)
        self.letters.add(doc.pinyin_letters(), slot)
        self.categories.add((doc.category,), slot)
        for keyword in doc.keyword_list():
            self.keyword_heads.setdefault(keyword[0], set()).add(keyword)
        self.keywords.add(doc.keyword_list(), slot)
        self.body_chars.add(doc.body_chars() - self.stop_chars, slot)
        if self.common_chars:
            self.body_pairs.add(_pairs(doc.body, self.common_chars), slot)

    def remove(self, doc: Doc) -> None:
        slot = doc.slot
        self.live &= ~(1 << slot)
        title, words = self._short(doc)
        self.title.discard(doc.title_chars(), title, slot)
        self.keyword_keys.discard(doc.keyword_chars(), words, slot)
        self.spelled.discard(title[3] | words[3], slot)
        self.letters.discard(doc.pinyin_letters(), slot)
        self.categories.discard((doc.category,), slot)
        self.keywords.discard(doc.keyword_list(), slot)
        for keyword in doc.keyword_list():
            if keyword not in self.keywords:
                heads = self.keyword_heads.get(keyword[0])
                if heads is not None:
                    heads.discard(keyword)
                    if not heads:
                        del self.keyword_heads[keyword[0]]
        self.body_chars.discard(doc.body_chars() - self.stop_chars, slot)
        if self.common_chars:
            self.body_pairs.discard(_pairs(doc.body, self.common_chars), slot)

    # -- candidates (bitsets) --------------------------------------------------------------
    def body_candidates(self, text: str) -> int:
        """Slots whose body may hold ``text`` (a superset)."""
        bits = self.live
        for ch in set(text):
            if ch not in self.stop_chars:
                bits &= self.body_chars.get(ch, 0)
                if not bits:
                    return 0
        common = self.common_chars
        for i in range(len(text) - 1):
            if text[i] in common and text[i + 1] in common:
                bits &= self.body_pairs.get(text[i:i + 2], 0)
                if not bits:
                    return 0
        return bits

    def fuzzy_candidates(self, text: str) -> int:
        """Title/keyword slots that may be within one typo of ``text``.

        The first two letters are as typed, so such a match starts at a group where a
        full-pinyin spelling begins with ``text[:2]`` (the typo may replace or push in
        the third letter, so three-letter keys would miss some); and one typo leaves at
        most one distinct letter of the rest absent from the script's pinyin.
        """
        bits = self.spelled.get(text[:2], 0)
        rest = [self.letters.get(ch, 0) for ch in set(text[2:]) if ch not in text[:2]]
        if bits and len(rest) > 1:
            allowed = 0
            for skip in range(len(rest)):
                others = bits
                for index, letter in enumerate(rest):
                    if index != skip:
                        others &= letter
                allowed |= others
            bits = allowed
        return bits
