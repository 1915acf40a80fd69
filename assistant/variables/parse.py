"""Text -> :class:`Template`: the scanner and the tag grammar (see the package docstring).

Parsing never fails: a malformed tag becomes a :class:`Broken` part carrying its
:class:`Problem`, so the editor can list every problem at once and the preview can
show the tag verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.errors import ValidationError
from assistant.model import validate_code

from . import builtins
from .parts import (
    Broken,
    Clipboard,
    Clock,
    Cursor,
    Include,
    Part,
    Problem,
    Prompt,
    Text,
    Variable,
)

_OPEN = re.compile(r"\\\{\{|\{\{")  # an escaped or a real tag opener
_STOP = re.compile(r"\}\}|\\?\{\{|[\r\n]")  # what ends a tag's body (only "}}" closes it)
_OPERATOR = re.compile(r"[=:|＝：｜]")
_EQUALS = re.compile(r"[=＝]")
_PIPE = re.compile(r"[|｜]")
_BAD_NAME_CHARS = re.compile(r"[{}\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Template:
    """A parsed text: its ``source`` and its ``parts`` in order."""

    source: str
    parts: tuple[Part, ...]

    @property
    def problems(self) -> list[Problem]:
        """The problems found by parsing alone (``check()`` finds more)."""
        return [part.problem for part in self.parts if isinstance(part, Broken)]

    def variables(self, values=None, *, team=None, memory=None, lookup=None, code=None) -> list[Variable]:
        """The questions for the agent; see :func:`assistant.variables.resolve.variables`."""
        from .resolve import variables

        return variables(self, values, team=team, memory=memory, lookup=lookup, code=code)


def parse(text: str) -> Template:
    parts: list[Part] = []
    literal: list[str] = []
    literal_start = 0
    i, n = 0, len(text)

    def flush(end: int) -> None:
        nonlocal literal, literal_start
        joined = "".join(literal)
        if joined:
            parts.append(Text(joined, literal_start, end))
        literal = []

    while i < n:
        found = _OPEN.search(text, i)
        if not found:
            literal.append(text[i:])
            break
        literal.append(text[i: found.start()])
        if found.group() != "{{":
            literal.append("{{")
            i = found.end()
            continue
        open_at = found.start()
        while open_at + 2 < n and text[open_at + 2] == "{":  # "{{{x}}}" is "{" + tag + "}"
            literal.append("{")
            open_at += 1
        flush(open_at)
        stop = _STOP.search(text, open_at + 2)
        if stop and stop.group() == "}}":
            end = stop.end()
            parts.append(_tag(text[open_at + 2: stop.start()], open_at, end, text[open_at:end]))
        else:
            end = stop.start() if stop else n
            problem = Problem("unclosed_tag", "'{{' is never closed by '}}' on the same line; "
                              "write \\{{ for literal braces", open_at, end)
            parts.append(Broken(text[open_at:end], problem, open_at, end))
        i = literal_start = end
    flush(n)
    return Template(text, tuple(parts))


def _tag(body: str, start: int, end: int, source: str) -> Part:
    def broken(code: str, message: str) -> Broken:
        return Broken(source, Problem(code, message, start, end), start, end)

    body = body.strip()
    if not body:
        return broken("empty_tag", "empty tag {{}}: write a name inside the braces")
    if body[0] in "@＠":
        code = body[1:].strip()
        if not code:
            return broken("empty_code", "{{@}} names no script code")
        try:
            validate_code(code)
        except ValidationError as error:
            return broken("bad_code", f"'{code}' cannot be a script code ({error})")
        return Include(code, start, end)

    operator = _OPERATOR.search(body)
    head = body[: operator.start()] if operator else body
    rest = body[operator.end():] if operator else ""
    op = (operator.group() if operator else "").translate(str.maketrans("＝：｜", "=:|"))

    split = builtins.split_builtin(head)
    if split:
        name, offset_text = split
        try:
            offset, workdays = builtins.parse_offset(name, offset_text)
        except ValueError as error:
            return broken("bad_offset", str(error))
        if op in ("=", ":"):
            return broken("builtin_args", f"{name} is a built-in: it takes no default or choices")
        if name in builtins.DEFAULT_FORMATS:
            fmt = rest.strip() if op == "|" else builtins.DEFAULT_FORMATS[name]
            reason = builtins.format_problem(fmt)
            if reason:
                return broken("bad_format", reason)
            return Clock(name, offset, workdays, fmt, bool(op or offset_text), start, end)
        if op:
            return broken("builtin_args", f"{name} is a built-in: it takes no format or options")
        return Clipboard(start, end) if name == builtins.CLIPBOARD else Cursor(start, end)

    name = head.strip()
    if not name:
        return broken("empty_name", "the variable has no name before '=' or ':'")
    if _BAD_NAME_CHARS.search(name):
        return broken("bad_name", f"variable name '{name}' holds a brace or a control character")
    if op == "|":
        return broken("bad_syntax", f"'|' after '{name}': write {name}=默认 for a default "
                                    f"or {name}:甲|乙 for choices")
    if op == "=":
        return Prompt(builtins.canonical(name), rest.strip(), (), start, end)
    if op != ":":
        return Prompt(builtins.canonical(name), None, (), start, end)
    equals = _EQUALS.search(rest)
    options_text = rest[: equals.start()] if equals else rest
    default = rest[equals.end():].strip() if equals else None
    choices = [option.strip() for option in _PIPE.split(options_text)]
    if any(not option for option in choices):
        return broken("empty_choice", f"choices of '{name}' include an empty option")
    choices = list(dict.fromkeys(choices))
    if default is not None and default not in choices:
        return broken("default_not_in_choices", f"default '{default}' of '{name}' is not one of "
                                                f"its choices: {' | '.join(choices)}")
    return Prompt(builtins.canonical(name), default, tuple(choices), start, end)
