"""``{{@code}}``: inlining other scripts, recursively and cycle-safe.

Decisions:

* ``lookup(code)`` is the caller's (it knows libraries and precedence); it returns the
  body or None.  Codes are compared with :func:`assistant.model.code_key` (NFKC,
  case-insensitive) for cycle detection.
* An inlined script is parsed with the same grammar; its variables join the same
  questions (``{{客户}}`` inside and outside is one question) and its values come from
  the same sources.  Values are never parsed again, so text typed by the agent or
  copied from a buyer cannot inject tags.
* Depth: the text being rendered is depth 0; at most :data:`MAX_DEPTH` nested
  inclusions (a → b → c → d → e → f); a deeper one, or a code already on the chain, is
  a problem naming the chain (``a → b → a``).  At most :data:`MAX_INCLUDES` inclusions
  in all, so a text cannot blow up by including the same script again and again.
* Every problem found inside an inlined script is reported on the ``{{@code}}`` tag
  of the text being checked, the one place the editor can underline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.model import code_key

from .parse import Template, parse
from .parts import Broken, Include, Part, Problem

MAX_DEPTH = 5
MAX_INCLUDES = 100

Lookup = Callable[[str], "str | None"]


@dataclass(frozen=True)
class Placed:
    """A part of the flattened text: how deep it was inlined, through which top tag."""

    part: Part
    depth: int = 0
    via: Include | None = None  # the depth-0 {{@code}} it came through
    chain: tuple[str, ...] = ()  # codes from the top to the script holding the part


@dataclass
class Expansion:
    parts: list[Placed] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def add_problem(self, code: str, message: str, tag: Include) -> None:
        problem = Problem(code, message, tag.start, tag.end)
        if problem not in self.problems:
            self.problems.append(problem)


def expand(template: Template, lookup: Lookup | None, *, code: str | None = None) -> Expansion:
    """Flatten ``template``, inlining every ``{{@code}}`` that ``lookup`` resolves.

    With ``lookup`` None includes are left in place (a text checked without knowing the
    library); only an include of ``code`` itself is then found.  A failed include
    stays in the parts as the Include part.
    """
    result = Expansion()
    count = 0
    top = (code,) if code else ()

    def walk(tpl: Template, chain: tuple[str, ...], depth: int, via: Include | None) -> None:
        nonlocal count
        for part in tpl.parts:
            if isinstance(part, Broken) and via is not None:
                result.add_problem("include_problem", f"inlined script '{chain[-1]}' has a problem: "
                                   f"{part.problem.message}", via)
            if not isinstance(part, Include):
                result.parts.append(Placed(part, depth, via, chain))
                continue
            tag = via or part
            path = chain + (part.code,)
            if code_key(part.code) in {code_key(c) for c in chain}:
                result.add_problem("include_cycle", f"scripts include each other: {_path(path)}", tag)
            elif lookup is None:
                pass  # the library is not known here: the include is left as it is
            elif depth + 1 > MAX_DEPTH:
                result.add_problem("include_too_deep", f"inlining nests deeper than {MAX_DEPTH}: "
                                   f"{_path(path)}", tag)
            elif count >= MAX_INCLUDES:
                result.add_problem("include_too_many", f"more than {MAX_INCLUDES} inlined scripts", tag)
            else:
                body = lookup(part.code)
                if body is None:
                    where = f" (inlined through {_path(chain)})" if depth else ""
                    result.add_problem("unknown_code", f"no script has the code '{part.code}'{where}", tag)
                else:
                    count += 1
                    walk(parse(body), path, depth + 1, tag)
                    continue
            result.parts.append(Placed(part, depth, via, chain))

    walk(template, top, 0, None)
    return result


def _path(chain: tuple[str, ...]) -> str:
    return " → ".join(chain)
