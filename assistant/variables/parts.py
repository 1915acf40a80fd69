"""The data the engine works on: parsed parts, problems, variables, render results.

Every part keeps its ``start``/``end`` character span in the source text (Python
string indices, braces included) so the editor can underline it.  All are frozen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a text.  ``code`` is stable (the UI translates it)."""

    code: str
    message: str
    start: int
    end: int

    def __str__(self) -> str:
        return f"{self.message} (characters {self.start}-{self.end})"


@dataclass(frozen=True)
class Text:
    """Literal text, escapes already applied (``\\{{`` became ``{{``)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Prompt:
    """``{{客户}}``, ``{{客户=亲}}``, ``{{尺码:S|M|L=M}}``: a value asked from the agent."""

    name: str
    default: str | None
    choices: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True)
class Clock:
    """``{{日期}}``, ``{{时间}}``, ``{{星期}}`` with an optional day offset and format."""

    name: str  # canonical Chinese name: 日期, 时间 or 星期
    offset: int  # days, or working days when ``workdays``
    workdays: bool
    format: str  # the format used (the built-in default when none was written)
    custom: bool  # True when the tag wrote an offset or a format
    start: int
    end: int


@dataclass(frozen=True)
class Clipboard:
    """``{{剪贴板}}``: the clipboard text the caller supplies."""

    start: int
    end: int


@dataclass(frozen=True)
class Cursor:
    """``{{光标}}``: where the caret is left after the paste.  Renders as nothing."""

    start: int
    end: int


@dataclass(frozen=True)
class Include:
    """``{{@code}}``: another script's body, inlined."""

    code: str
    start: int
    end: int


@dataclass(frozen=True)
class Broken:
    """A malformed tag, kept verbatim (``source``) with the problem it has."""

    source: str
    problem: Problem
    start: int
    end: int


Part = Union[Text, Prompt, Clock, Clipboard, Cursor, Include, Broken]


@dataclass(frozen=True)
class Variable:
    """One question for the agent.

    ``remembered`` is the last value entered for this name (only when still usable:
    one of the choices, if there are choices).  It is a pre-fill, never an answer:
    the UI must still show the question, because the last value may belong to the
    previous buyer.
    """

    name: str
    default: str | None = None
    choices: tuple[str, ...] = ()
    remembered: str | None = None

    @property
    def initial(self) -> str | None:
        """What the input should start with: the remembered value, else the default."""
        return self.remembered if self.remembered is not None else self.default


@dataclass(frozen=True)
class Rendered:
    """The text to paste and where the caret goes.

    Caret offsets count user-perceived characters (grapheme clusters: an emoji with
    a skin tone, a flag, a ZWJ family, CR LF each count once), because a paste
    backend moves the caret with one Left press per character.  ``caret_index`` is
    the same place as a Python string index into ``text`` (for a preview widget).
    All three are None when the text has no ``{{光标}}``.
    """

    text: str
    caret_from_end: int | None = None
    caret_from_start: int | None = None
    caret_index: int | None = field(default=None)
