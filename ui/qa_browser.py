"""The Q&A browser for new hires: standard situations, what to do, and replies to send.

Left: a search box (the picker's engine over the Q&A entries: Chinese, pinyin,
initials) above the scenario tree (scene → topic → situation), or the hits while a
query is typed.  Right: the chosen situation — when it applies, what to check first,
the steps, what never to say, related codes — and its reference replies.  Variables
of the replies get one field each; the replies show what would be sent.

Keyboard: type to search, Enter opens the best hit, ↓ goes into the list; in the
replies, ↑/↓ choose, Enter (or Alt+1..3 from anywhere) pastes (``paste_requested``: the app pastes into the chat
window that was active before), Ctrl+C copies.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSplitter,
    QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from assistant import variables
from assistant.content import QAEntry, find_entries, load_content, qa_index
from ui.retranslating import Retranslating

ENTRY_ROLE = Qt.ItemDataRole.UserRole


def _load():
    content = load_content()
    return content, qa_index(content)


class QABrowser(Retranslating, QWidget):
    paste_requested = Signal(str)
    copied = Signal(str)

    def __init__(self, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = self.index = None
        self.entry: QAEntry | None = None
        self.fields: dict[str, QLineEdit] = {}
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.values_form = QFormLayout()
        self.replies = QListWidget()
        self.replies.setWordWrap(True)
        self.replies.setAlternatingRowColors(True)
        self.replies.setMaximumHeight(200)
        self.replies_heading = QLabel()
        self.replies_heading.setStyleSheet("font-weight: bold;")
        self.paste_button, self.copy_button = QPushButton(), QPushButton()
        self.status = QLabel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.query)
        left_layout.addWidget(self.tree)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 3)
        right_layout.addWidget(self.replies_heading)
        right_layout.addLayout(self.values_form)
        right_layout.addWidget(self.replies, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.paste_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        self.resize(980, 640)

        self.query.textChanged.connect(self._search)
        self.query.returnPressed.connect(self._open_best)
        self.query.installEventFilter(self)
        self.tree.currentItemChanged.connect(lambda item, _old: self._show_item(item))
        self.tree.itemActivated.connect(lambda _item, _col: self.replies.setFocus())
        self.replies.itemActivated.connect(lambda _item: self.paste_current())
        self.paste_button.clicked.connect(self.paste_current)
        self.copy_button.clicked.connect(self.copy_current)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.replies, self.copy_current)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        for number in range(1, 4):  # Alt+1..3: paste that reply at once, from anywhere in the window
            QShortcut(QKeySequence(f"Alt+{number}"), self, lambda n=number: self.paste_reply(n - 1))
        self.retranslate()
        tasks.run(_load, on_done=self._loaded)

    # -- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kefu Assistant — Q&A for new agents"))
        self.query.setPlaceholderText(self.tr("Search situations: Chinese, pinyin or initials"))
        self.replies_heading.setText(
            self.tr("Reference replies: fill in the fields; Enter or Alt+1..3 pastes, Ctrl+C copies"))
        self.paste_button.setText(self.tr("Paste into chat (Enter)"))
        self.copy_button.setText(self.tr("Copy (Ctrl+C)"))
        if self.content is None:
            self.status.setText(self.tr("Loading…"))
        self._render_entry()

    # -- tree and search ----------------------------------------------------------------
    def _loaded(self, loaded) -> None:
        self.content, self.index = loaded
        self.status.clear()
        self._search(self.query.text())

    def _search(self, text: str) -> None:
        if self.content is None:
            return
        self.tree.clear()
        if text.strip():
            for entry in find_entries(self.index, text, self.content):
                self.tree.addTopLevelItem(self._entry_item(entry, show_category=True))
            if self.tree.topLevelItemCount() == 0:
                self.status.setText(self.tr("No situation matches “%1”").replace("%1", text))
            else:
                self.status.clear()
            return
        self.status.clear()
        scenes: dict[str, QTreeWidgetItem] = {}
        topics: dict[tuple, QTreeWidgetItem] = {}
        for category in self.content.categories():
            scene = scenes.get(category[0])
            if scene is None:
                scene = scenes[category[0]] = QTreeWidgetItem([category[0]])
                self.tree.addTopLevelItem(scene)
            topics[category] = QTreeWidgetItem(scene, ["/".join(category[1:])])
        for entry in self.content.entries:
            topics[entry.category].addChild(self._entry_item(entry))
        self.tree.expandAll()

    def _entry_item(self, entry: QAEntry, show_category: bool = False) -> QTreeWidgetItem:
        label = f"{entry.title}  ·  {entry.category_path}" if show_category else entry.title
        item = QTreeWidgetItem([label])
        item.setData(0, ENTRY_ROLE, entry.id)
        item.setToolTip(0, entry.applies)
        return item

    def _open_best(self) -> None:
        if self.tree.topLevelItemCount():
            first = self.tree.topLevelItem(0)
            self.tree.setCurrentItem(first)
            if first.data(0, ENTRY_ROLE):
                self.replies.setFocus()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self.tree.setFocus()
            if self.tree.currentItem() is None and self.tree.topLevelItemCount():
                self.tree.setCurrentItem(self.tree.topLevelItem(0))
            return True
        return super().eventFilter(watched, event)

    def show_entry(self, entry_id: str) -> None:
        self.entry = self.content.entry(entry_id)
        self._build_fields()
        self._render_entry()

    def _show_item(self, item: QTreeWidgetItem | None) -> None:
        entry_id = item.data(0, ENTRY_ROLE) if item is not None else None
        if entry_id:
            self.show_entry(entry_id)

    # -- the entry ----------------------------------------------------------------------
    def _build_fields(self) -> None:
        while self.values_form.rowCount():
            self.values_form.removeRow(0)
        self.fields = {}
        names: dict[str, str] = {}
        for reply in self.entry.replies:
            for variable in variables.parse(reply).variables():
                names.setdefault(variable.name, variable.default or "")
        previous = self.details
        for name, default in names.items():
            field = QLineEdit(default)
            field.setPlaceholderText(name)
            field.textChanged.connect(lambda _text: self._render_replies())
            self.fields[name] = field
            self.values_form.addRow(name, field)
            QWidget.setTabOrder(previous, field)
            previous = field
        QWidget.setTabOrder(previous, self.replies)

    def _render_entry(self) -> None:
        entry = self.entry
        if entry is None:
            hint = self.tr("Choose a situation on the left.")
            self.details.setHtml("<p>" + html.escape(hint) + "</p>")
            self._render_replies()
            return
        related = []
        for code in entry.related:
            title = self.content.script(code).title if self.content.has_script(code) else ""
            related.append(f"{code} — {title}" if title else code)
        sections = (
            (self.tr("When it applies"), "p", [entry.applies]),
            (self.tr("Check first"), "ul", entry.check),
            (self.tr("Steps"), "ol", entry.steps),
            (self.tr("Never say"), "ul", entry.never),
            (self.tr("Related codes"), "ul", related),
        )
        parts = [f"<h2>{html.escape(entry.title)}</h2><p style='color:gray'>{html.escape(entry.category_path)}</p>"]
        for heading, kind, lines in sections:
            parts.append(f"<h3>{html.escape(heading)}</h3>")
            if kind == "p":
                parts.append("".join(f"<p>{html.escape(line)}</p>" for line in lines))
            else:
                parts.append(f"<{kind}>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + f"</{kind}>")
        self.details.setHtml("".join(parts))
        self._render_replies()

    def reply_text(self, number: int) -> str:
        """Reply ``number`` as it would be sent: filled fields used, the rest left as 【name】."""
        values = {name: field.text() for name, field in self.fields.items() if field.text()}
        return variables.preview(self.entry.replies[number], values,
                                 lookup=lambda code: self.content.script(code).body
                                 if self.content.has_script(code) else None)

    def _render_replies(self) -> None:
        row = max(self.replies.currentRow(), 0)
        self.replies.clear()
        if self.entry is None:
            return
        for number in range(len(self.entry.replies)):
            text = self.reply_text(number)
            item = QListWidgetItem(self.tr("Reply %1: %2").replace("%1", str(number + 1)).replace("%2", text))
            item.setData(ENTRY_ROLE, number)
            self.replies.addItem(item)
        self.replies.setCurrentRow(min(row, self.replies.count() - 1))

    def _current(self) -> str | None:
        item = self.replies.currentItem()
        return self.reply_text(item.data(ENTRY_ROLE)) if item is not None and self.entry else None

    def paste_reply(self, number: int) -> None:
        if self.entry is not None and number < len(self.entry.replies):
            self.replies.setCurrentRow(number)
            self.paste_current()

    def paste_current(self) -> None:
        text = self._current()
        if text:
            self.paste_requested.emit(text)
            self.status.setText(self.tr("Sent to the chat window"))

    def copy_current(self) -> None:
        text = self._current()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.copied.emit(text)
            self.status.setText(self.tr("Copied"))
