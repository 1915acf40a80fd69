"""Counting user-perceived characters, the unit a Left-arrow press moves over.

A close, dependency-free approximation of Unicode extended grapheme clusters
(UAX #29): CR LF is one; combining marks, variation selectors, emoji skin tones and
tag characters join the character before; ZWJ joins the next one (👨‍👩‍👧 is one);
regional indicators pair up into flags (🇨🇳 is one).  Characters outside the BMP
(𠮷, 😀) are one, as in Python.  Hangul jamo sequences are not joined.
"""

from __future__ import annotations

import unicodedata

_ZWJ = "\u200d"


def _extends(char: str) -> bool:
    point = ord(char)
    return (
        unicodedata.category(char) in ("Mn", "Me", "Mc")
        or 0xFE00 <= point <= 0xFE0F
        or 0x1F3FB <= point <= 0x1F3FF
        or 0xE0020 <= point <= 0xE007F
        or char == _ZWJ
    )


def _regional(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def count(text: str) -> int:
    clusters, i, n = 0, 0, len(text)
    while i < n:
        char = text[i]
        i += 1
        clusters += 1
        if char == "\r" and i < n and text[i] == "\n":
            i += 1
            continue
        if char in "\r\n":
            continue
        if _regional(char) and i < n and _regional(text[i]):
            i += 1
        while i < n and _extends(text[i]):
            i += 2 if text[i] == _ZWJ and i + 1 < n else 1
    return clusters
