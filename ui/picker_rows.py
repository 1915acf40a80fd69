"""The picker's result rows: a list model of search hits and the delegate that paints them.

Each row shows its number (Alt+1..9), the code, the title with the characters the
query matched lit (pinyin matches light the Chinese characters they spelled), the
category, a badge for the library it comes from, and on a second line a preview of
the text with its variables resolved.  Rows are painted, not built from widgets, so
a keystroke costs one model reset and a repaint of the visible rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from assistant.model import LibraryKind, Script

ROW_HEIGHT = 46
PAD = 8
LIT = QColor("#d9480f")  # matched characters: orange, bold
LIT_SELECTED = QColor("#ffe066")  # on the highlight: yellow, bold
BADGE_COLOURS = {
    LibraryKind.PERSONAL: QColor("#2f9e44"),
    LibraryKind.TEAM: QColor("#1c7ed6"),
    LibraryKind.CAMPAIGN: QColor("#e8590c"),
    LibraryKind.BUILTIN: QColor("#868e96"),
}


def badge_text(kind: LibraryKind | None) -> str:
    words = {
        LibraryKind.PERSONAL: QCoreApplication.translate("PickerRows", "personal"),
        LibraryKind.TEAM: QCoreApplication.translate("PickerRows", "team"),
        LibraryKind.CAMPAIGN: QCoreApplication.translate("PickerRows", "campaign"),
        LibraryKind.BUILTIN: QCoreApplication.translate("PickerRows", "built-in"),
    }
    return words.get(kind, "")


@dataclass(frozen=True)
class Row:
    script: Script
    lit: dict  # field ('code', 'title', 'category') -> frozenset of positions in that field's text
    kind: LibraryKind | None

    @classmethod
    def of(cls, hit, kind: LibraryKind | None) -> "Row":
        lit: dict[str, set[int]] = {}
        for match in hit.matches:
            lit.setdefault(match.field, set()).update(match.positions)
        return cls(hit.script, {field: frozenset(p) for field, p in lit.items()}, kind)


class PickerModel(QAbstractListModel):
    """Rows of the current result; previews arrive later (computed off the UI thread)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.previews: dict[str, str] = {}

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_previews(self, previews: dict[str, str]) -> None:
        self.previews.update(previews)
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def clear_previews(self) -> None:
        self.previews.clear()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.row() < len(self.rows):
            script = self.rows[index.row()].script
            return f"{script.code} {script.title}"  # what accessibility tools read
        return None


class PickerDelegate(QStyledItemDelegate):
    def __init__(self, model: PickerModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        if index.row() >= len(self.model.rows):
            return
        row = self.model.rows[index.row()]
        script = row.script
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(text_colour)
        muted.setAlpha(150)
        lit_colour = LIT_SELECTED if selected else LIT
        rect = option.rect.adjusted(PAD, 3, -PAD, -3)
        font = QFont(option.font)
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(font)
        line1 = rect.top() + metrics.ascent() + 2
        line2 = line1 + metrics.height() + 3

        # right side first: badge, then category, so the title gets what is left
        right = rect.right()
        badge = badge_text(row.kind)
        if badge:
            small = QFont(font)
            small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
            small_metrics = QFontMetrics(small)
            width = small_metrics.horizontalAdvance(badge) + 10
            box = QRect(right - width, rect.top() + 2, width, small_metrics.height() + 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BADGE_COLOURS.get(row.kind, QColor("#868e96")))
            painter.drawRoundedRect(box, 4, 4)
            painter.setFont(small)
            painter.setPen(QColor("white"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge)
            right = box.left() - 6
        category = "/".join(script.category)
        category_width = min(metrics.horizontalAdvance(category), rect.width() // 4)
        category_left = right - category_width
        draw_lit(painter, category_left, line1, category, row.lit.get("category", frozenset()), font, bold,
                 muted, lit_colour, right)

        x = rect.left()
        number = index.row() + 1
        painter.setFont(font)
        painter.setPen(muted)
        painter.drawText(x, line1, str(number) if number <= 9 else "")
        x += metrics.horizontalAdvance("9") + 8
        if script.favourite:
            painter.setPen(QColor("#f59f00") if not selected else text_colour)
            painter.drawText(x, line1, "★")
            x += metrics.horizontalAdvance("★") + 4
        if script.code:
            x = draw_lit(painter, x, line1, script.code, row.lit.get("code", frozenset()), bold, bold,
                         text_colour, lit_colour, category_left - 8) + 10
        draw_lit(painter, x, line1, script.title, row.lit.get("title", frozenset()), font, bold,
                 text_colour, lit_colour, category_left - 8)

        preview = self.model.previews.get(script.id)
        if preview is None:
            preview = script.body
        preview = " ".join(preview.split())
        left = rect.left() + metrics.horizontalAdvance("9") + 8
        painter.setFont(font)
        painter.setPen(muted)
        painter.drawText(left, line2, metrics.elidedText(preview, Qt.TextElideMode.ElideRight, rect.right() - left))
        painter.restore()


def draw_lit(painter: QPainter, x: int, baseline: int, text: str, lit: frozenset, font: QFont, lit_font: QFont,
             colour: QColor, lit_colour: QColor, limit: int) -> int:
    """Draw ``text`` from ``x`` with the characters at ``lit`` in bold colour; stop with
    an ellipsis at ``limit``.  Returns where the text ended."""
    plain, strong = QFontMetrics(font), QFontMetrics(lit_font)
    ellipsis = plain.horizontalAdvance("…")
    for at, ch in enumerate(text):
        on = at in lit
        width = (strong if on else plain).horizontalAdvance(ch)
        if x + width > limit - (ellipsis if at < len(text) - 1 else 0):
            painter.setFont(font)
            painter.setPen(colour)
            if x + ellipsis <= limit:
                painter.drawText(x, baseline, "…")
                x += ellipsis
            return x
        painter.setFont(lit_font if on else font)
        painter.setPen(lit_colour if on else colour)
        painter.drawText(x, baseline, ch)
        x += width
    return x
