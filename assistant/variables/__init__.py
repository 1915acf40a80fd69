"""The variables engine: one syntax across the product.  Pure Python, no Qt, no I/O.

Grammar
=======

A tag is ``{{`` … ``}}`` on one line; everything else is literal text.  Whitespace
around the name and around ``= : |`` is ignored, and the full-width forms an IME
types in Chinese mode (＝ ： ｜ ＋ － ＠) work like the ASCII ones.

=============================== ==============================================================
``{{客户}}``                     prompt variable: asked from the agent unless known
``{{客户=亲}}``                  with a default (``{{备注=}}``: default "", may stay empty)
``{{尺码:S|M|L|XL}}``            choices (the UI offers a list)
``{{尺码:S|M|L=M}}``             choices with a default (must be one of them)
``{{日期}}``                     today, ``%Y-%m-%d`` (2026-11-11)
``{{日期|%m月%d日}}``            any format after ``|`` (11月11日; ``%-m月%-d日`` → 11月3日)
``{{日期+3}}`` ``{{日期-1}}``    offset in days, also with a format: ``{{日期+3|%m月%d日}}``
``{{日期+3工作日}}``             offset in working days (Saturday and Sunday skipped)
``{{时间}}``                     now, ``%H:%M``; ``{{时间|%H点%M分}}``
``{{星期}}``                     星期一..星期日; takes offsets and formats like 日期 (``%a`` → 周三)
``{{剪贴板}}``                   the clipboard text the caller supplies (never read here)
``{{光标}}``                     where the caret is left after the paste; renders as nothing
``{{@code}}``                    the body of the script with that code, inlined (recursive)
``\\{{``                         a literal ``{{`` (the only escape)
=============================== ==============================================================

English aliases: ``date``, ``time``, ``weekday``, ``clipboard``, ``cursor``
(case-insensitive).  Format directives: :data:`builtins.DIRECTIVES` (locale-free; our own
implementation, not ``strftime``).

Literal text: single braces and stray closers pass through untouched (``{订单号}``,
``}}``, JSON such as ``{"a":{"b":1}}``).  Only ``{{`` opens a tag.  To write ``{{``
itself, write ``\\{{``; a backslash anywhere else is an ordinary character (so a
backslash cannot sit right before a live tag).  In a run of three or more opening
braces the tag starts at the last two: ``{{{订单号}}}`` is ``{`` + the value + ``}``.
A tag cannot span lines, contain ``{{`` or ``}}``, and a prompt name cannot contain
``{``, ``}`` or ``|``.  Repeated choices count once.  A name is compared after NFKC and trimming.  A name that is a
built-in name followed by ``+``/``-`` is always a day offset (``{{日期+x}}`` is a
problem, not a prompt).

Sources of a value (first wins): explicit values > team (pack) variables > built-in >
remembered > default; see :mod:`.resolve`.  A team or explicit value named like a
built-in replaces that built-in's tags (flagged when the tag has an offset or format).

API
===

* :func:`parse` (text) -> :class:`Template` (``.parts``, ``.problems``,
  ``.variables(values, team=, memory=, lookup=)``)
* :func:`check` (text, known_codes=, team_names=, lookup=, code=) -> [:class:`Problem`]
* :func:`render` (text, values, team=, clipboard=, lookup=, now=, memory=, code=)
  -> :class:`Rendered` (text, caret_from_end, caret_from_start, caret_index)
* :func:`preview` (same arguments) -> str, never raises, unknowns as 【客户】
* :func:`remember` (template, values, memory) stores entered values for next time
* :class:`VariableError` (code ``"variables"``, ``reason``, ``problems``, ``missing``)
"""

from __future__ import annotations

from .builtins import DIRECTIVES
from .check import check
from .errors import VariableError
from .include import MAX_DEPTH, MAX_INCLUDES
from .parse import Template, parse
from .parts import (
    Broken,
    Clipboard,
    Clock,
    Cursor,
    Include,
    Part,
    Problem,
    Prompt,
    Rendered,
    Text,
    Variable,
)
from .render import preview, render
from .resolve import remember, variables

__all__ = [
    "DIRECTIVES", "MAX_DEPTH", "MAX_INCLUDES", "Broken", "Clipboard", "Clock", "Cursor",
    "Include", "Part", "Problem", "Prompt", "Rendered", "Template", "Text", "Variable",
    "VariableError", "check", "parse", "preview", "remember", "render", "variables",
]
