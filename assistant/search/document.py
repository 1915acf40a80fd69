"""What the index keeps per script: folded fields and the keys it is filed under.

Fields and the text their highlight positions refer to (:func:`field_text`):

========== =========================================================
code       ``script.code``
title      ``script.title``
keywords   ``" ".join(script.keywords)`` (keywords never hold spaces)
body       ``script.body``
category   ``script.category_path`` (levels joined by ``/``)
========== =========================================================
"""

from __future__ import annotations

from functools import lru_cache

from assistant.model import CATEGORY_SEPARATOR, Script
from assistant.search.normalize import fold, fold_with_map
from assistant.search.pinyin import readings, sort_key

KEYWORD_SEPARATOR = " "
FIELDS = ("code", "title", "keywords", "body", "category")


def field_text(script: Script, field: str) -> str:
    """The original text a :class:`Match`'s positions index into."""
    if field == "code":
        return script.code
    if field == "title":
        return script.title
    if field == "keywords":
        return KEYWORD_SEPARATOR.join(script.keywords)
    if field == "body":
        return script.body
    if field == "category":
        return script.category_path
    raise ValueError(f"unknown field {field!r}")


@lru_cache(maxsize=8192)
def _folded_path(category: tuple[str, ...]) -> tuple[str, ...]:
    """Category paths repeat across thousands of scripts: one folded copy each."""
    return tuple(fold(level) for level in category)


@lru_cache(maxsize=8192)
def _sorted_path(category: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sort_key(level) for level in category)


class Doc:
    """One indexed script (``slot`` is its number inside the index)."""

    __slots__ = (
        "slot", "script", "code", "title", "title_origin", "keywords", "keywords_origin",
        "body", "body_origin", "category", "stable_key", "browse_key",
    )

    def __init__(self, slot: int, script: Script) -> None:
        self.slot = slot
        self.script = script
        self.code = fold(script.code)
        self.title, self.title_origin = fold_with_map(script.title)
        self.keywords, self.keywords_origin = fold_with_map(KEYWORD_SEPARATOR.join(script.keywords))
        self.body, self.body_origin = fold_with_map(script.body)
        self.category = _folded_path(script.category)
        self.stable_key = (self.code == "", self.code, self.title, script.id)
        self.browse_key = (_sorted_path(self.category), self.stable_key)

    def title_chars(self) -> set[str]:
        chars = set(self.title)
        chars.discard(" ")
        return chars

    def keyword_chars(self) -> set[str]:
        chars = set(self.keywords)
        chars.discard(" ")
        return chars

    def body_chars(self) -> set[str]:
        chars = set(self.body)
        for blank in (" ", "\n", "\t"):
            chars.discard(blank)
        return chars

    def pinyin_letters(self) -> set[str]:
        """Every letter or digit of the readings of the title and keywords."""
        letters: set[str] = set()
        for ch in set(self.title) | set(self.keywords):
            for reading in readings(ch):
                letters.update(reading)
        return letters

    def keyword_list(self) -> list[str]:
        return self.keywords.split(KEYWORD_SEPARATOR) if self.keywords else []

    def category_path(self) -> str:
        return CATEGORY_SEPARATOR.join(self.category)
