"""Colours ``{{...}}`` tags in a script body and underlines the problems ``variables.check`` found."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

_TAG = re.compile(r"\{\{[^{}\n]*\}\}")


class VariableHighlighter(QSyntaxHighlighter):
    def __init__(self, document) -> None:
        super().__init__(document)
        self.tag_format = QTextCharFormat()
        self.tag_format.setForeground(QColor("#1565c0"))
        self.tag_format.setFontWeight(600)
        self.problem_format = QTextCharFormat()
        self.problem_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.problem_format.setUnderlineColor(QColor("#d32f2f"))
        self.problem_format.setBackground(QColor(211, 47, 47, 40))
        self.spans: list[tuple[int, int]] = []

    def set_problems(self, spans: list[tuple[int, int]]) -> None:
        if spans != self.spans:
            self.spans = spans
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for match in _TAG.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self.tag_format)
        block_start = self.currentBlock().position()
        block_end = block_start + len(text)
        for start, end in self.spans:
            start, end = max(start, block_start), min(max(end, start + 1), block_end)
            if start < end:
                for offset in range(start - block_start, end - block_start):
                    merged = QTextCharFormat(self.format(offset))
                    merged.merge(self.problem_format)
                    self.setFormat(offset, 1, merged)


def problem_text(code: str) -> str:
    """A translated sentence for a ``variables.Problem.code``."""
    texts = {
        "unclosed_tag": QCoreApplication.translate("VariableProblems", "{{ is not closed with }} on the same line"),
        "empty_tag": QCoreApplication.translate("VariableProblems", "empty variable {{}}"),
        "empty_name": QCoreApplication.translate("VariableProblems", "the variable has no name"),
        "bad_name":
            QCoreApplication.translate("VariableProblems", "a variable name cannot hold braces or control characters"),
        "bad_syntax":
            QCoreApplication.translate("VariableProblems", "malformed variable: '|' after a name (use ':' for choices, '=' for a default)"),  # noqa: E501
        "bad_offset": QCoreApplication.translate("VariableProblems", "the day offset is not valid (e.g. {{日期+3}})"),
        "bad_format": QCoreApplication.translate("VariableProblems", "the date or time format is not valid"),
        "builtin_args":
            QCoreApplication.translate("VariableProblems", "this built-in variable takes no default or choices"),
        "empty_choice": QCoreApplication.translate("VariableProblems", "an empty choice between '|'"),
        "default_not_in_choices":
            QCoreApplication.translate("VariableProblems", "the default is not one of the choices"),
        "empty_code": QCoreApplication.translate("VariableProblems", "{{@}} needs the code of a script"),
        "bad_code": QCoreApplication.translate("VariableProblems", "not a valid code after @"),
        "unknown_code": QCoreApplication.translate("VariableProblems", "no script has this code"),
        "include_cycle": QCoreApplication.translate("VariableProblems", "scripts include each other in a circle"),
        "include_too_deep":
            QCoreApplication.translate("VariableProblems", "scripts are included more than 5 levels deep"),
        "include_too_many": QCoreApplication.translate("VariableProblems", "more than 100 scripts are included"),
        "include_problem":
            QCoreApplication.translate("VariableProblems", "the included script has a problem of its own"),
        "duplicate_cursor": QCoreApplication.translate("VariableProblems", "{{光标}} may appear only once"),
        "conflicting_definition":
            QCoreApplication.translate("VariableProblems", "the same variable is defined twice with different defaults or choices"),  # noqa: E501
        "shadowed_builtin":
            QCoreApplication.translate("VariableProblems", "a team variable replaces this built-in, so its offset or format cannot apply"),  # noqa: E501
    }
    return texts.get(code, QCoreApplication.translate("VariableProblems", "problem in a variable"))
