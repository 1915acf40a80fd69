"""``check()``: every problem of a text, with spans, for the editor to underline.

Any name is a valid prompt (a typo in a name just asks a differently named question),
so names are not guessed at.  Flagged, each with a stable ``code``:

======================== =========================================================
unclosed_tag             ``{{`` with no ``}}`` on the same line
empty_tag                ``{{}}``
empty_name               ``{{=亲}}``, ``{{:S|M}}``
bad_name                 a brace or control character in a name
bad_syntax               ``{{客户|亲}}`` ('|' after a prompt name)
bad_offset               ``{{日期+x}}``, ``{{时间+1}}``, an offset beyond 3660 days
bad_format               unknown directive, lone %, empty format, no directive
builtin_args             ``{{光标=1}}``, ``{{日期:a|b}}``, ``{{剪贴板|x}}``
empty_choice             ``{{尺码:S||M}}``
default_not_in_choices   ``{{尺码:S|M=XL}}``
empty_code / bad_code    ``{{@}}``, ``{{@a b}}``
unknown_code             ``{{@code}}`` that no script has (when the codes are known)
include_cycle            ``a → b → a``
include_too_deep         more than 5 nested inclusions (the chain is named)
include_too_many         more than 100 inclusions in all
include_problem          an inlined script has a problem of its own
duplicate_cursor         a second ``{{光标}}`` in the same text
conflicting_definition   ``{{客户=亲}}`` … ``{{客户=您}}`` in the same text
shadowed_builtin         ``{{日期+3}}`` while a team variable 日期 replaces the built-in
                         (the team value cannot honour the offset or format)
======================== =========================================================

Spans cover the whole tag, braces included (for problems inside an inlined script,
the ``{{@code}}`` tag that inlines it).  Problems are sorted by position.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from assistant.model import code_key

from . import builtins
from .include import Expansion, Lookup, expand
from .parse import Template, parse
from .parts import Clock, Cursor, Include, Problem, Prompt


def check(
    text: str | Template,
    *,
    known_codes: Collection[str] | Mapping[str, str] | None = None,
    team_names: Iterable[str] = (),
    lookup: Lookup | None = None,
    code: str | None = None,
) -> list[Problem]:
    """The problems of ``text``; an empty list means it renders (given its values).

    ``known_codes``: the codes that exist (only existence is checked), or a mapping
    code -> body (inlined scripts are then checked too, cycles found); ``lookup``
    does the same as a function and wins over ``known_codes``.  ``team_names``: the
    names the active pack defines.  ``code``: the code of the script being edited, so
    that including itself (directly or through others) is a cycle.
    """
    template = text if isinstance(text, Template) else parse(text)
    if lookup is None and isinstance(known_codes, Mapping):
        bodies = {code_key(key): body for key, body in known_codes.items()}
        lookup = lambda wanted: bodies.get(code_key(wanted))  # noqa: E731
    expansion, problems = analyse(template, lookup=lookup, override_names=team_names, code=code)
    if lookup is None and known_codes is not None:
        keys = {code_key(known) for known in known_codes}
        for placed in expansion.parts:
            part = placed.part
            if isinstance(part, Include) and code_key(part.code) not in keys:
                problems.append(Problem("unknown_code", f"no script has the code '{part.code}'",
                                        part.start, part.end))
    return sorted(set(problems), key=lambda p: (p.start, p.end, p.code))


def analyse(
    template: Template,
    *,
    lookup: Lookup | None,
    override_names: Iterable[str] = (),
    code: str | None = None,
) -> tuple[Expansion, list[Problem]]:
    """Expand ``template`` and collect its problems (render and check share this)."""
    expansion = expand(template, lookup, code=code)
    problems = template.problems + expansion.problems
    overrides = {builtins.canonical(name) for name in override_names}
    cursor_seen = False
    definitions: dict[str, Prompt] = {}
    for placed in expansion.parts:
        part = placed.part
        if placed.depth == 0 and isinstance(part, Cursor):
            if cursor_seen:
                problems.append(Problem("duplicate_cursor", "{{光标}} appears more than once; "
                                        "the caret can be left in one place only", part.start, part.end))
            cursor_seen = True
        if placed.depth == 0 and isinstance(part, Prompt) and (part.default is not None or part.choices):
            first = definitions.setdefault(part.name, part)
            if (first.default, first.choices) != (part.default, part.choices):
                problems.append(Problem("conflicting_definition", f"'{part.name}' is defined twice "
                                        "with different defaults or choices", part.start, part.end))
        if isinstance(part, Clock) and part.custom and part.name in overrides:
            where = placed.via or part
            problems.append(Problem("shadowed_builtin", f"a team variable named {part.name} replaces "
                                    "the built-in, so this tag's offset or format cannot apply",
                                    where.start, where.end))
    return expansion, problems
