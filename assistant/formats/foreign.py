"""Turning other snippet tools' text into our variables syntax (shared by the readers).

Every tag we write is checked by parsing it with our own variables engine, so a
converted script can never hold a tag our renderer would read differently.  An entry
that uses something we do not have raises :class:`Unsupported`: the reader rejects
that entry with the reason; :class:`Notes` collects what was kept but changed.
"""

from __future__ import annotations

import re

from assistant.variables import parse as parse_template
from assistant.variables.parts import Clock, Include, Prompt

LITERAL_BRACES = "\\{{"
_NOT_IN_PROMPT_NAME = re.compile(r"[{}|=:＝：｜\r\n]")


class Unsupported(Exception):
    """One entry uses something Kefu does not have: the entry is rejected with this reason."""


class Notes:
    """Collects notes: per-entry ones, and ones shared by many entries (listed by number)."""

    def __init__(self, noun: str, plural: str) -> None:
        self.noun, self.plural = noun, plural
        self.lines: list[str] = []
        self.shared: dict[str, list[int]] = {}

    def entry(self, number: int, text: str) -> None:
        self.lines.append(f"{self.noun} {number}: {text}")

    def add(self, text: str, number: int) -> None:
        self.shared.setdefault(text, []).append(number)

    def merge(self, other: "Notes") -> None:
        self.lines.extend(other.lines)
        for text, numbers in other.shared.items():
            self.shared.setdefault(text, []).extend(numbers)

    def render(self) -> list[str]:
        shared = []
        for text, numbers in self.shared.items():
            shown = ", ".join(str(n) for n in numbers[:10])
            more = f" and {len(numbers) - 10} more" if len(numbers) > 10 else ""
            shared.append(f"{text} ({self.plural} {shown}{more})")
        return shared + self.lines


def live_tag(token: re.Match, text: str) -> str:
    """Refuse a tag right after a backslash: our syntax would read ``\\{{`` as literal."""
    if text.startswith("{{") and token.start() and token.string[token.start() - 1] == "\\":
        raise Unsupported(f"a backslash comes right before {token.group(0)}: Kefu's syntax cannot write that")
    return text


def checked(body: str) -> str:
    """The converted body, if our variables engine reads it without a problem."""
    problems = parse_template(body).problems
    if problems:
        raise Unsupported(f"the converted text is not valid in Kefu's syntax: {problems[0].message}")
    return body


def tag(inner: str, kind: type) -> str | None:
    """``{{inner}}`` when our variables engine reads it as one ``kind`` part, else None."""
    text = "{{" + inner + "}}"
    parts = parse_template(text).parts
    return text if len(parts) == 1 and isinstance(parts[0], kind) else None


def include_tag(code: str) -> str:
    text = tag("@" + code, Include)
    if text is None:
        raise Unsupported(f"cannot refer to the script with code '{code}'")
    return text


def clock_tag(days: int, fmt: str, has_date: bool, has_time: bool) -> tuple[str, str | None]:
    """The tag for "now + days" in the strftime-like ``fmt``, and a note when inexact.

    Time-only formats ignore a whole-day shift (the time of day is the same).
    """
    if not has_date and not has_time:
        raise Unsupported(f"date format '{fmt}' has no date or time field")
    head = (f"日期{days:+d}" if days else "日期") if has_date else "时间"
    default = "%Y-%m-%d" if has_date else "%H:%M"
    exact = tag(head if fmt == default else f"{head}|{fmt}", Clock)
    if exact is not None:
        return exact, None
    plain = tag(head, Clock)
    if plain is None:
        raise Unsupported(f"a date offset of {days} days is out of range")
    text = f"{plain} {{{{时间}}}}" if has_date and has_time else plain
    return text, f"format '{fmt}' is not one Kefu knows; the default format is used"


def prompt_tag(name: str, choices=(), default: str | None = None) -> tuple[str, list[str]]:
    """A prompt tag ``{{name:a|b=default}}`` and notes on what could not be kept."""
    notes = []
    clean = " ".join(_NOT_IN_PROMPT_NAME.sub(" ", name).split()).lstrip("@")
    if not clean:
        raise Unsupported(f"prompt '{name}' has no usable name")
    if tag(clean, Prompt) is None:  # a built-in name such as date, or 日期+x
        clean = "输入" + clean
    if clean != name:
        notes.append(f"prompt '{name}' is named {{{{{clean}}}}} in Kefu")
    choices = [c.strip() for c in choices if c.strip()]
    inner = clean + (":" + "|".join(choices) if choices else "") + ("=" + default if default is not None else "")
    text = tag(inner, Prompt)
    if text is not None:  # a '|' or '=' inside a choice would silently change the list
        prompt = parse_template(text).parts[0]
        same_default = (prompt.default or "").strip() == (default or "").strip()
        if prompt.choices != tuple(dict.fromkeys(choices)) or not same_default:
            text = None
    if text is None:
        text = tag(clean, Prompt)
        if text is None:
            raise Unsupported(f"prompt '{name}' cannot be written in Kefu's syntax")
        kept = ([f"choices {' | '.join(choices)}"] if choices else []) + (
            [f"default '{default}'"] if default is not None else [])
        notes.append(f"prompt {text}: {' and '.join(kept)} not kept (not writable in Kefu's syntax)")
    return text, notes
