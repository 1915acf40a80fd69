"""Pinyin readings and the syllable-aware matcher.

Readings come from pypinyin's per-character dictionary (every reading of a polyphone,
tone marks dropped, ``ü`` written ``v`` as agents type it — what ``pinyin(ch,
Style.NORMAL, heteronym=True)`` gives).  Only that dictionary is loaded, and only when
the first character is looked up: the whole ``pypinyin`` package would also load its
phrase dictionaries (~55 MiB, ~150 ms) that single characters never need.  First letters (the
``Style.FIRST_LETTER`` form) are the first letters of those readings.  Both are
memoised per character, so an index build calls pypinyin once per distinct character.

The matcher works over a *folded* text (see :mod:`.normalize`) seen as a row of
groups, one per character: a Han character's group holds its readings, an ASCII letter
or digit holds itself, anything else (punctuation, emoji, spaces) holds nothing and is
matched only by the same character typed literally.  A query is consumed left to right
over consecutive groups, each group taking one *piece* of the query:

* the character itself, typed literally (``催`` in ``催fh``);
* a whole reading (``cui``), the first letter of a reading (``c``), or the double
  initial ``zh``/``ch``/``sh`` — for every piece but the last;
* any non-empty prefix of a reading — for the last piece only (``cuifah``).

So ``cfh``, ``cuifahuo``, ``cuifh``, ``催fh`` and ``催fa`` all match 催发货, any reading
of a polyphone counts (``yinhang`` 银行, ``xingli`` 行李), and the matched groups are
the positions to light up.  ``cufh`` does not match 催发货: ``cu`` is neither the
whole reading nor the initial of 催.  The match starts at the leftmost possible group.

Typo tolerance (:func:`fuzzy_match`) compares a Latin query with the full pinyin that
starts at a group (any reading of each character), allowing one substitution,
insertion, deletion or transposition; the first two letters must be as typed (as
Lucene's ``prefix_length``), which keeps typo matches to candidates the index can name.
"""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.search.normalize import is_han, is_word_char

_DOUBLE_INITIALS = ("zh", "ch", "sh")
_READINGS: dict[str, tuple[str, ...]] = {}
_FIRSTS: dict[str, str] = {}
SYLLABLES: set[str] = set()  # every reading seen so far (each indexed text's readings are)
MAX_SYLLABLE = 6  # zhuang, chuang, shuang
_DICTIONARY: dict[str, str] | None = None


def _dictionary() -> dict[str, str]:
    """pypinyin's code point (as text) -> 'zhōng,zhòng' table, loaded on first use.

    Read from its JSON file: importing any ``pypinyin`` module runs the package's
    ``__init__``, which loads the phrase dictionaries.
    """
    global _DICTIONARY
    if _DICTIONARY is None:
        spec = importlib.util.find_spec("pypinyin")  # finds the package without running it
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("pypinyin is not installed")
        folder = Path(list(spec.submodule_search_locations)[0])
        _DICTIONARY = json.loads((folder / "pinyin_dict.json").read_text(encoding="utf-8"))
    return _DICTIONARY


def release_dictionary() -> None:
    """Drop the table (~6 MiB) once an index is built: every character seen so far keeps
    its memoised readings, and a new one loads the table again."""
    global _DICTIONARY
    _DICTIONARY = None


def _plain(reading: str) -> str:
    """'lǜ' -> 'lv', 'zhōng' -> 'zhong'; ê (a reading agents never type) -> ''."""
    decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v").replace("e\u0302", "")
    return "".join(c for c in decomposed if c.isascii() and c.isalpha()).lower()


def readings(ch: str) -> tuple[str, ...]:
    """All readings of a folded character ('' for none); memoised."""
    found = _READINGS.get(ch)
    if found is None:
        if is_word_char(ch):
            found = (ch,)
        elif is_han(ch) and str(ord(ch)) in _dictionary():
            found = tuple(dict.fromkeys(r for r in map(_plain, _dictionary()[str(ord(ch))].split(",")) if r))
            SYLLABLES.update(found)
        else:
            found = ()
        _READINGS[ch] = found
    return found


def firsts(ch: str) -> str:
    """The first letters of a character's readings, e.g. 行 -> 'xh'; memoised."""
    found = _FIRSTS.get(ch)
    if found is None:
        found = "".join(dict.fromkeys(r[0] for r in readings(ch)))
        _FIRSTS[ch] = found
    return found


def piece_ends(query: str) -> list[int]:
    """Where the first piece of a strict match of ``query`` may end when more follows:
    after the first letter (an initial), after ``zh``/``ch``/``sh``, or after a whole
    syllable.  ``query`` starts with a Latin letter or digit."""
    ends = [1]
    for end in range(2, min(MAX_SYLLABLE, len(query) - 1) + 1):
        head = query[:end]
        if head in SYLLABLES or (end == 2 and head in _DOUBLE_INITIALS):
            ends.append(end)
    return ends


def initials(text: str) -> str:
    """The first letters of the first reading of each character (others dropped)."""
    return "".join(firsts(c)[:1] for c in text)


@lru_cache(maxsize=8192)
def sort_key(text: str) -> str:
    """A key that sorts Chinese names by pinyin (first reading), then by the text."""
    return "".join((readings(c) or (c,))[0] for c in text) + "\x00" + text


@dataclass(frozen=True)
class PinyinMatch:
    start: int  # first group (index in the folded text)
    end: int  # one past the last group
    kind: str  # 'pinyin_full' | 'pinyin_initials' | 'mixed' | 'substring'

    @property
    def positions(self) -> range:
        return range(self.start, self.end)


def match(text: str, query: str, anchored: bool = False) -> PinyinMatch | None:
    """Match a folded, space-free query against a folded text (see module docstring).

    ``anchored`` only tries a match that starts at the first character.
    """
    if not query or not text:
        return None
    first = query[0]
    n = len(text)
    if anchored:
        starts = [0]
    elif is_word_char(first):
        starts = [i for i in range(n) if first in firsts(text[i])]
    else:
        starts = []
        i = text.find(first)
        while i >= 0:
            starts.append(i)
            i = text.find(first, i + 1)
    for start in starts:
        pieces: list[str] = []
        end = _walk(text, n, query, len(query), start, 0, pieces, set())
        if end is not None:
            return PinyinMatch(start, end, _kind(pieces))
    return None


def _walk(text, n, q, qn, gi, qi, pieces, failed) -> int | None:
    """Depth-first walk; returns the end group when the whole query is consumed."""
    if qi == qn:
        return gi
    if gi >= n or (gi, qi) in failed:
        return None
    ch, c = text[gi], q[qi]
    if not is_word_char(c):
        if ch == c:
            pieces.append("literal")
            end = _walk(text, n, q, qn, gi + 1, qi + 1, pieces, failed)
            if end is not None:
                return end
            pieces.pop()
        failed.add((gi, qi))
        return None
    for r in readings(ch):
        if r[0] != c:
            continue
        length, limit = 1, min(len(r), qn - qi)
        while length < limit and r[length] == q[qi + length]:
            length += 1
        if qi + length == qn:  # the last piece: any prefix of a reading
            if length == len(r) and length > 1:
                pieces.append("full")
            elif length == 1 or (length == 2 and r[:2] in _DOUBLE_INITIALS):
                pieces.append("initial")
            else:
                pieces.append("prefix")
            return gi + 1
        options = []
        if length == len(r):
            options.append((length, "full" if len(r) > 1 else "initial"))
        if length >= 2 and r[:2] in _DOUBLE_INITIALS and len(r) > 2:
            options.append((2, "initial"))
        if len(r) > 1:
            options.append((1, "initial"))
        for size, kind in options:
            pieces.append(kind)
            end = _walk(text, n, q, qn, gi + 1, qi + size, pieces, failed)
            if end is not None:
                return end
            pieces.pop()
    failed.add((gi, qi))
    return None


def _kind(pieces: list[str]) -> str:
    letters = [p for p in pieces if p != "literal"]
    if not letters:
        return "substring"
    if len(letters) < len(pieces):
        return "mixed"
    if all(p == "initial" for p in letters):
        return "pinyin_initials"
    if all(p == "full" for p in letters[:-1]) and letters[-1] in ("full", "prefix"):
        return "pinyin_full"
    if all(p == "full" for p in letters[:-1]) and len(letters) > 1 and letters[-1] == "initial":
        return "pinyin_full"  # 'cuifah': whole syllables, then the start of the last
    return "mixed"


# -- keys for the index ------------------------------------------------------------------

def prefix_keys(text: str) -> tuple[set[str], set[str], set[str], set[str]]:
    """The 1-, 2- and 3-letter query prefixes that can start a match in ``text``, and
    the first two letters of every full-pinyin spelling that starts at a group.

    A match of a Latin query starts at some group, so its first one, two and three
    letters are among these keys: the index uses them to name the matches of a short
    query exactly, and a tight superset for a longer one.  A typo match (first two
    letters as typed) starts with one of the spelling keys.
    """
    n = len(text)
    groups = [readings(ch) for ch in text]
    heads = [firsts(ch) for ch in text]
    twos: list[set[str]] = [set() for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        following = heads[i + 1] if i + 1 < n else ""
        for r in groups[i]:
            if len(r) > 1:
                twos[i].add(r[:2])
            for f in following:
                twos[i].add(r[0] + f)
    one: set[str] = set()
    two: set[str] = set()
    three: set[str] = set()
    spelled: set[str] = set()
    for i in range(n):
        two |= twos[i]
        following = heads[i + 1] if i + 1 < n else ""
        for r in groups[i]:
            one.add(r[0])
            if len(r) > 1:
                spelled.add(r[:2])
            else:
                for f in following:
                    spelled.add(r + f)
            if len(r) > 2:
                three.add(r[:3])
            double = r[:2] if len(r) == 2 or (len(r) > 2 and r[:2] in _DOUBLE_INITIALS) else ""
            if double:
                for f in following:
                    three.add(double + f)
            if i + 1 < n:
                for key in twos[i + 1]:
                    three.add(r[0] + key)
    return one, two, three, spelled


# -- typo tolerance ----------------------------------------------------------------------

FUZZY_MIN_LENGTH = 4
_FUZZY_EXACT_PREFIX = 2
_MAX_SPELLINGS = 16


def within_one_edit(query: str, target: str) -> int:
    """Length of the prefix of ``target`` within one edit of ``query``, or -1.

    One substitution, insertion, deletion or transposition (Damerau); the first
    ``_FUZZY_EXACT_PREFIX`` letters must be equal.  An exact prefix counts too (0 edits).
    """
    qn, tn = len(query), len(target)
    i = 0
    while i < qn and i < tn and query[i] == target[i]:
        i += 1
    if i == qn:
        return qn
    if i < _FUZZY_EXACT_PREFIX:
        return -1
    rest_q = query[i + 1:]
    if target.startswith(rest_q, i + 1) and i < tn:  # substitution
        return qn
    if target.startswith(rest_q, i):  # the query has an extra letter
        return qn - 1
    if target.startswith(query[i:], i + 1):  # the query lacks a letter
        return qn + 1
    if (i + 1 < qn and i + 1 < tn and query[i] == target[i + 1] and query[i + 1] == target[i]
            and target.startswith(query[i + 2:], i + 2)):
        return qn
    return -1


def fuzzy_match(text: str, query: str) -> PinyinMatch | None:
    """A Latin query within one edit of the full pinyin starting at some group."""
    qn = len(query)
    if qn < FUZZY_MIN_LENGTH:
        return None
    q0, q1 = query[0], query[1]
    n = len(text)
    for start in range(n):
        if q0 not in firsts(text[start]):
            continue
        viable = False
        for r in readings(text[start]):
            if r[0] == q0 and ((len(r) > 1 and r[1] == q1)
                               or (len(r) == 1 and start + 1 < n and q1 in firsts(text[start + 1]))):
                viable = True
                break
        if not viable:
            continue
        for spelling, ends in _spellings(text, n, start, qn + 1):
            used = within_one_edit(query, spelling)
            if used > 0:
                groups = 1
                while groups < len(ends) and ends[groups - 1] < used:
                    groups += 1
                return PinyinMatch(start, start + groups, "fuzzy")
    return None


def _spellings(text: str, n: int, start: int, need: int):
    """Full-pinyin spellings from ``start``, at least ``need`` letters long (or up to the
    end of the run of characters that have readings), with the letter count after each
    group; at most ``_MAX_SPELLINGS`` of them."""
    out: list[tuple[str, list[int]]] = []
    stack = [(start, "", ())]
    while stack and len(out) < _MAX_SPELLINGS:
        gi, spelled, ends = stack.pop()
        rs = readings(text[gi]) if gi < n else ()
        if len(spelled) >= need or not rs:
            if spelled:
                out.append((spelled, list(ends)))
            continue
        for r in reversed(rs):
            stack.append((gi + 1, spelled + r, ends + (len(spelled) + len(r),)))
    return out
