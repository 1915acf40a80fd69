"""Where a value comes from, the questions for the agent, and remembering answers.

Precedence for a name, first that has it wins:

1. explicit ``values`` (what the agent just entered);
2. ``team`` (variables of the active pack: a name found there is never asked);
3. the built-in (日期, 时间, 星期, 剪贴板), for built-in names only;
4. the remembered value in ``memory`` (prompt variables only; a remembered value that
   is not one of the choices is ignored);
5. the tag's default (``{{客户=亲}}``; ``{{备注=}}`` is a default of "", so the
   variable may be left empty).

Keys of ``values``, ``team`` and ``memory`` are compared after NFKC and trimming, and
English aliases of built-ins count as the Chinese name.  Memory is keyed by variable
name, shared by every script: the 客户 typed for one reply pre-fills the next one.
When a name appears several times, its default and choices come from the first tag
that gives them; ``check()`` flags two different definitions in one text.  Choices
guide the UI; an explicit value outside them is pasted as given (the UI decides
whether the list is strict), while a remembered one outside them is dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass

from . import builtins
from .include import Placed, expand
from .parts import Prompt, Variable


@dataclass
class Spec:
    name: str
    default: str | None = None
    choices: tuple[str, ...] = ()


def keyed(mapping: Mapping[str, str] | None) -> dict[str, str]:
    """``mapping`` with canonical keys (later duplicates lose to earlier ones)."""
    result: dict[str, str] = {}
    for key, value in (mapping or {}).items():
        result.setdefault(builtins.canonical(key), value)
    return result


def specs(parts: Iterable[Placed]) -> dict[str, Spec]:
    """Every prompt name, in order of first appearance, with its merged definition."""
    found: dict[str, Spec] = {}
    for placed in parts:
        part = placed.part
        if not isinstance(part, Prompt):
            continue
        spec = found.setdefault(part.name, Spec(part.name))
        if spec.default is None and spec.choices == () and (part.default is not None or part.choices):
            spec.default, spec.choices = part.default, part.choices
    return found


def remembered(spec: Spec, memory: Mapping[str, str] | None) -> str | None:
    value = (memory or {}).get(spec.name)
    if value is None or (spec.choices and value not in spec.choices):
        return None
    return value


def prompt_value(spec: Spec, values: Mapping[str, str], team: Mapping[str, str],
                 memory: Mapping[str, str] | None) -> str | None:
    """The value of a prompt variable by the precedence above, or None if unknown."""
    if spec.name in values:
        return values[spec.name]
    if spec.name in team:
        return team[spec.name]
    value = remembered(spec, memory)
    return value if value is not None else spec.default


def variables(template, values=None, *, team=None, memory=None, lookup=None, code=None) -> list[Variable]:
    """The questions for the agent: prompt variables not given by ``values`` or ``team``.

    In order of first appearance (inlined scripts included when ``lookup`` is given),
    one per name.  Never raises: a text with problems lists what it can.
    """
    values, team = keyed(values), keyed(team)
    return [
        Variable(spec.name, spec.default, spec.choices, remembered(spec, memory))
        for spec in specs(expand(template, lookup, code=code).parts).values()
        if spec.name not in values and spec.name not in team
    ]


def remember(template, values: Mapping[str, str], memory: MutableMapping[str, str], *,
             lookup=None, code=None) -> None:
    """Store the entered ``values`` of the template's prompt variables into ``memory``.

    Only prompt variables are stored (not built-ins, not names outside the template);
    a blank value is not stored, so it never erases a useful remembered one.  The
    caller persists ``memory``.
    """
    from .parse import Template, parse

    if not isinstance(template, Template):
        template = parse(template)
    values = keyed(values)
    for name in specs(expand(template, lookup, code=code).parts):
        value = values.get(name)
        if value is not None and value.strip():
            memory[name] = value
