"""From a chosen script to a paste job: variables asked, filled, remembered.

``questions(script)`` lists what the agent must be asked (prompts not known from team
variables); the UI asks, then ``compose(script, answers, clipboard)`` renders the text
with the same lookup rules as a typed code (``{{@code}}`` follows
model.LIBRARY_PRECEDENCE), loads the image, remembers the answers for next time and
returns the :class:`~assistant.paste.PasteJob`.  Remembered values live in the store
(key ``variables.memory``), so they survive restarts and travel in backups.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable, Mapping

from assistant import variables
from assistant.model import ImagePosition, Script
from assistant.paste import PasteJob
from assistant.store import Store

MEMORY_KEY = "variables.memory"


class Composer:
    def __init__(self, store: Store, team_variables: Callable[[], Mapping[str, str]] = dict,
                 now: Callable[[], datetime] = datetime.now) -> None:
        self.store = store
        self.team_variables = team_variables
        self.now = now

    def lookup(self, code: str) -> str | None:
        holders = self.store.find_by_code(code)
        return holders[0].body if holders else None

    def questions(self, script: Script) -> list[variables.Variable]:
        template = variables.parse(script.body)
        return template.variables(team=self.team_variables(), memory=self._memory(), lookup=self.lookup,
                                  code=script.code or None)

    def problems(self, script: Script) -> list[variables.Problem]:
        return variables.check(script.body, lookup=self.lookup, team_names=tuple(self.team_variables()),
                               code=script.code or None)

    def preview(self, script: Script, clipboard: str | None = None) -> str:
        return variables.preview(script.body, team=self.team_variables(), clipboard=clipboard,
                                 lookup=self.lookup, now=self.now(), memory=self._memory(),
                                 code=script.code or None)

    def compose(self, script: Script, answers: Mapping[str, str] | None = None,
                clipboard: str | Callable[[], str | None] | None = None) -> PasteJob:
        """Raises VariableError when something is missing or the text has problems.

        ``clipboard`` (text, or a function giving it) is read only for {{剪贴板}}."""
        answers = dict(answers or {})
        rendered = variables.render(script.body, answers, team=self.team_variables(), clipboard=clipboard,
                                    lookup=self.lookup, now=self.now(), memory=self._memory(),
                                    code=script.code or None)
        if answers:
            memory = self._memory()
            variables.remember(script.body, answers, memory, lookup=self.lookup, code=script.code or None)
            self.store.set_setting(MEMORY_KEY, memory)
        image = self.store.image(script.image_hash)[0] if script.image_hash else None
        return PasteJob(
            text=rendered.text,
            mode=script.output_mode,
            image=image,
            image_first=script.image_position == ImagePosition.BEFORE_TEXT,
            caret_from_end=rendered.caret_from_end,
        )

    def _memory(self) -> dict[str, str]:
        return dict(self.store.get_setting(MEMORY_KEY, {}) or {})
