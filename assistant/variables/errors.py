"""The one error the variables engine raises: :class:`VariableError`.

``reason`` says which kind of refusal it is, so the UI can react without parsing the
message:

* ``"problems"``     the text (or a script it inlines) has problems; ``problems`` holds
  the :class:`~assistant.variables.parts.Problem` list, the same one ``check()`` returns.
* ``"missing"``      prompt variables have no value; ``missing`` lists their names in
  order of first appearance (the UI asks for them, then renders again).
* ``"no_clipboard"`` the text uses ``{{剪贴板}}`` but the caller supplied no clipboard text.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.errors import KefuError


class VariableError(KefuError):
    code = "variables"

    def __init__(
        self,
        message: str,
        *,
        reason: str,
        problems: Iterable[object] = (),
        missing: Iterable[str] = (),
        **details: object,
    ) -> None:
        problems, missing = tuple(problems), tuple(missing)
        super().__init__(message, reason=reason, problems=problems, missing=missing, **details)
        self.reason = reason
        self.problems = problems
        self.missing = missing
