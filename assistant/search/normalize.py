"""Folding text for matching: one rule for the index and the query.

Decisions:

* A character is folded on its own: NFKC (full-width letters and digits become
  half-width, the ideographic space a plain space), then ``casefold``, then traditional
  to simplified Chinese.  Folding per character keeps the folded text aligned with the
  original, so the matched positions the UI lights up are positions in the original
  text.  The rare character whose NFKC form is longer than one character (``㈱``,
  ``ﬁ``) gets a position map (:func:`fold_with_map`).
* Traditional -> simplified uses OpenCC's ``t2s`` table when the ``opencc`` package is
  installed (the maintained OpenCC binding; ``opencc-python-reimplemented`` exposes the
  same API and works too).  It is applied character by character and only where it
  maps one character to one character, so ``發貨`` folds to ``发货`` and positions stay
  aligned.  Without it, traditional text still matches pinyin queries (pypinyin gives
  ``fa`` for both 發 and 发) but ``发货`` does not find ``發貨`` as a substring:
  :data:`HAS_T2S` tells which is in force.
* The per-character results are memoised in a ``str.translate`` table, so folding a
  body costs one C-level pass once the characters have been seen.
"""

from __future__ import annotations

import unicodedata


def _load_t2s():
    try:
        import opencc  # type: ignore
    except Exception:  # not installed, or a broken build: fall back to pinyin-only
        return None
    for config in ("t2s", "t2s.json"):
        try:
            converter = opencc.OpenCC(config)
            if converter.convert("發") == "发":
                return converter.convert
        except Exception:
            continue
    return None


_T2S = _load_t2s()
HAS_T2S: bool = _T2S is not None


def is_han(ch: str) -> bool:
    """True for CJK unified ideographs (the characters pinyin applies to)."""
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2EBEF
        or 0xF900 <= code <= 0xFAFF
    )


def _fold_one(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch).casefold()
    if _T2S is not None and any(is_han(c) for c in folded):
        out = []
        for c in folded:
            if is_han(c):
                simple = _T2S(c)
                out.append(simple if len(simple) == 1 else c)
            else:
                out.append(c)
        folded = "".join(out)
    return folded or ch


class _FoldTable(dict):
    """``str.translate`` table that computes and remembers each character's fold."""

    def __missing__(self, code: int) -> str:
        folded = _fold_one(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """The matching form of ``text`` (see the module docstring)."""
    if text.isascii():
        return text.lower()
    folded = text.translate(_TABLE)
    return text if folded == text else folded  # the index keeps one copy of unchanged text


def fold_with_map(text: str) -> tuple[str, tuple[int, ...] | None]:
    """``(folded, origin)``; ``origin[i]`` is the index in ``text`` of folded char ``i``.

    ``origin`` is ``None`` when the two are aligned one to one (almost always).
    """
    folded = fold(text)
    if len(folded) == len(text):
        return folded, None
    origin: list[int] = []
    for index, ch in enumerate(text):
        origin.extend([index] * len(_TABLE[ord(ch)] if not ch.isascii() else ch.lower()))
    return folded, tuple(origin)


def to_original(positions, origin: tuple[int, ...] | None) -> tuple[int, ...]:
    """Map positions in a folded text back to the original text."""
    if origin is None:
        return tuple(positions)
    return tuple(sorted({origin[p] for p in positions}))


def is_word_char(ch: str) -> bool:
    """ASCII letters and digits: what pinyin readings and Latin codes are made of."""
    return ch.isascii() and ch.isalnum()
