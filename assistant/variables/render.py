"""``render()`` for the paste, ``preview()`` for the picker.

Decisions:

* ``render`` refuses any text ``check()`` would flag (with the codes known through
  ``lookup``; without a lookup every ``{{@code}}`` is unknown), then refuses when a
  prompt variable has no value (``reason="missing"``, the names listed in order) or
  ``{{剪贴板}}`` is used and no clipboard text was supplied.  It never pastes a guess.
* Values are inserted verbatim, never parsed again: a buyer's text containing
  ``{{光标}}`` pasted through ``{{剪贴板}}`` stays literal.  Line breaks are not
  converted (the paste backend does that per OS).
* ``{{光标}}``: with several (through inlined scripts), the outermost wins, then the
  first.  Offsets are grapheme counts, see :class:`~assistant.variables.parts.Rendered`.
* ``now`` defaults to the local ``datetime.now()``; tests and the caller pass one.
* ``preview`` never raises: unknown prompts show as 【客户】, a missing clipboard as
  【剪贴板】, an include it cannot inline as 【@code】, a malformed tag verbatim.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from . import builtins, graphemes
from .check import analyse
from .errors import VariableError
from .include import Lookup, Placed, expand
from .parse import Template, parse
from .parts import Broken, Clipboard, Clock, Cursor, Include, Prompt, Rendered, Text
from .resolve import keyed, prompt_value, specs

_EMPTY: Mapping[str, str] = {}


def render(
    text: str | Template,
    values: Mapping[str, str] = _EMPTY,
    *,
    team: Mapping[str, str] | None = None,
    clipboard: str | Callable[[], str | None] | None = None,
    lookup: Lookup | None = None,
    now: datetime | None = None,
    memory: Mapping[str, str] | None = None,
    code: str | None = None,
) -> Rendered:
    """The text to paste, every variable filled, and the caret position.

    ``clipboard`` may be a function: it is called only when the text uses {{剪贴板}}
    (reading another program's clipboard costs round trips to it on every paste).

    Raises :class:`VariableError` (reason ``problems``, ``missing`` or
    ``no_clipboard``).  ``code`` is the code of the script rendered (for cycles).
    """
    template = text if isinstance(text, Template) else parse(text)
    values, team = keyed(values), keyed(team)
    expansion, problems = analyse(template, lookup=lookup or _nothing, code=code,
                                  override_names=set(values) | set(team))
    if problems:
        listed = "; ".join(str(problem) for problem in sorted(set(problems), key=lambda p: p.start))
        raise VariableError(f"the text has problems: {listed}", reason="problems", problems=problems)
    filled: dict[str, str] = {}
    missing = []
    for name, spec in specs(expansion.parts).items():
        value = prompt_value(spec, values, team, memory)
        if value is None:
            missing.append(name)
        else:
            filled[name] = value
    if missing:
        raise VariableError(f"no value for {', '.join(missing)}", reason="missing", missing=missing)
    clipboard = values.get(builtins.CLIPBOARD, team.get(builtins.CLIPBOARD, clipboard))
    uses_clipboard = any(isinstance(p.part, Clipboard) for p in expansion.parts)
    if callable(clipboard):
        clipboard = clipboard() if uses_clipboard else None
    if clipboard is None and uses_clipboard:
        raise VariableError("the text uses {{剪贴板}} but no clipboard text was supplied",
                            reason="no_clipboard")

    def fill(part) -> str:
        if isinstance(part, Prompt):
            return filled[part.name]
        if isinstance(part, Clipboard):
            return clipboard
        return _clock(part, values, team, now)

    return _assemble(expansion.parts, fill)


def preview(
    text: str | Template,
    values: Mapping[str, str] | None = None,
    *,
    team: Mapping[str, str] | None = None,
    clipboard: str | None = None,
    lookup: Lookup | None = None,
    now: datetime | None = None,
    memory: Mapping[str, str] | None = None,
    code: str | None = None,
) -> str:
    """What would be pasted, as far as it is known; never raises (see module doc)."""
    try:
        template = text if isinstance(text, Template) else parse(text)
        values, team = keyed(values), keyed(team)
        parts = expand(template, _safe(lookup) if lookup else _nothing, code=code).parts
        known = specs(parts)
        clip = values.get(builtins.CLIPBOARD, team.get(builtins.CLIPBOARD, clipboard))

        def fill(part) -> str:
            if isinstance(part, Prompt):
                value = prompt_value(known[part.name], values, team, memory)
                return f"【{part.name}】" if value is None else value
            if isinstance(part, Clipboard):
                return f"【{builtins.CLIPBOARD}】" if clip is None else clip
            if isinstance(part, Include):
                return f"【@{part.code}】"
            if isinstance(part, Broken):
                return part.source
            return _clock(part, values, team, now)

        return _assemble(parts, fill).text
    except Exception:  # noqa: BLE001 - a preview must never take the picker down
        return text.source if isinstance(text, Template) else str(text)


def _clock(part: Clock, values: Mapping[str, str], team: Mapping[str, str], now: datetime | None) -> str:
    for source in (values, team):
        if part.name in source:
            return source[part.name]
    moment = builtins.shift(now or datetime.now(), part.offset, part.workdays)
    return builtins.format_clock(moment, part.format)


def _assemble(parts: list[Placed], fill) -> Rendered:
    pieces: list[str] = []
    length = 0
    caret: tuple[int, int] | None = None  # (depth, index)
    for placed in parts:
        part = placed.part
        if isinstance(part, Cursor):
            if caret is None or placed.depth < caret[0]:
                caret = (placed.depth, length)
            continue
        piece = part.text if isinstance(part, Text) else fill(part)
        pieces.append(piece)
        length += len(piece)
    text = "".join(pieces)
    if caret is None:
        return Rendered(text)
    index = caret[1]
    return Rendered(text, graphemes.count(text[index:]), graphemes.count(text[:index]), index)


def _nothing(code: str) -> None:
    return None


def _safe(lookup: Lookup) -> Lookup:
    def safe(code: str) -> str | None:
        try:
            return lookup(code)
        except Exception:  # noqa: BLE001 - preview only
            return None

    return safe
