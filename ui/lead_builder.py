"""Lead console, first tab: build a pack (name, window, notice, team variables, checklist,
scripts with their 置顶 order, practice drills and their target) and publish it, as a new
pack or the next version of one.

Drills are a table (buyer's message, accepted codes, difficulty) that grows as rows are
filled; a difficulty may be written 简单/中等/困难 or easy/medium/hard (empty = medium).
The accepted codes are checked by the server on publishing (scripts of the pack or of
the starter library), which names a bad drill by its row.  Target 0 means none."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant import drills as drill_core
from assistant.model import Script
from ui.tasks import Tasks

PIN_COLUMN = 2


def _iso(edit: QDateTimeEdit) -> str:
    return edit.dateTime().toPython().astimezone().isoformat(timespec="seconds")


class PackBuilder(QWidget):
    published = Signal(object)  # the LibraryInfo of the published version

    def __init__(self, tasks: Tasks, publish: Callable[[dict, str | None], object],
                 load_scripts: Callable[[], list[Script]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.publish, self.load_scripts = tasks, publish, load_scripts
        self.current_pack: tuple[str, str] | None = None  # (id, name) chosen in the console
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Double 11 promotion"))
        now = datetime.now().replace(second=0, microsecond=0)
        self.starts = QDateTimeEdit(QDateTime(now))
        self.ends = QDateTimeEdit(QDateTime(now + timedelta(days=7)))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.notice = QLineEdit()
        self.notice.setPlaceholderText(self.tr("Shown to agents when the pack arrives"))
        self.variables = QTableWidget(3, 2)
        self.variables.setHorizontalHeaderLabels([self.tr("Variable"), self.tr("Value")])
        self.variables.horizontalHeader().setStretchLastSection(True)
        self.variables.itemChanged.connect(self._grow_variables)
        self.checklist = QPlainTextEdit()
        self.checklist.setPlaceholderText(self.tr("One readiness item per line"))
        self.scripts = QTableWidget(0, 3)
        self.scripts.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Title"), self.tr("Pinned")])
        self.scripts.horizontalHeader().setStretchLastSection(True)
        self.drills = QTableWidget(3, 3)
        self.drills.setHorizontalHeaderLabels([self.tr("Buyer's message"), self.tr("Accepted codes"),
                                               self.tr("Difficulty")])
        self.drills.horizontalHeader().setStretchLastSection(True)
        self.drills.setColumnWidth(0, 260)
        self.drills.itemChanged.connect(self._grow_drills)
        self.drill_target = QSpinBox()
        self.drill_target.setRange(0, 100)
        self.drill_target.setSpecialValueText(self.tr("none"))
        self.drill_target.setSuffix(self.tr(" points"))
        self.drill_target.setToolTip(self.tr("Agents whose practice score over these drills reaches the target get "
                                             "the checklist item 练习达标 ticked by their app."))
        self.as_next = QCheckBox()
        self.as_next.setEnabled(False)
        self.publish_button = QPushButton(self.tr("Publish"))
        self.publish_button.clicked.connect(self.submit)
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        window = QHBoxLayout()
        window.addWidget(self.starts)
        window.addWidget(QLabel("—"))
        window.addWidget(self.ends)
        window.addStretch()
        form.addRow(self.tr("Valid"), window)
        form.addRow(self.tr("Notice"), self.notice)
        form.addRow(self.tr("Team variables"), self.variables)
        form.addRow(self.tr("Checklist"), self.checklist)
        form.addRow(self.tr("Scripts (tick to include; pinned = 1, 2, 3…)"), self.scripts)
        form.addRow(self.tr("Practice drills"), self.drills)
        form.addRow(self.tr("Drill target"), self.drill_target)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.as_next)
        buttons.addStretch()
        buttons.addWidget(self.publish_button)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.set_current_pack(None)

    def _grow_variables(self, item: QTableWidgetItem) -> None:
        """Typing into the last row adds an empty one below: as many variables as needed."""
        if item.row() == self.variables.rowCount() - 1 and item.text().strip():
            self.variables.insertRow(self.variables.rowCount())

    def _grow_drills(self, item: QTableWidgetItem) -> None:
        if item.row() == self.drills.rowCount() - 1 and item.text().strip():
            self.drills.insertRow(self.drills.rowCount())

    def _drill_rows(self) -> list[dict]:
        """The drills table as pack drills; ValueError names the first bad row."""
        found = []
        for row in range(self.drills.rowCount()):
            message, codes, level = ((self.drills.item(row, c).text() if self.drills.item(row, c) else "").strip()
                                     for c in range(3))
            if not (message or codes or level):
                continue
            difficulty = drill_core.DIFFICULTY_WORDS.get(level.casefold())
            if not message or not drill_core.split_codes(codes):
                raise ValueError(self.tr("Drill row %1 needs a buyer's message and at least one accepted code.")
                                 .replace("%1", str(row + 1)))
            if difficulty is None:
                raise ValueError(self.tr("Drill row %1: difficulty “%2” is not easy, medium or hard.")
                                 .replace("%1", str(row + 1)).replace("%2", level))
            found.append({"message": message, "accept": drill_core.split_codes(codes), "difficulty": difficulty})
        return found

    def set_current_pack(self, pack: tuple[str, str] | None) -> None:
        self.current_pack = pack
        self.as_next.setEnabled(pack is not None)
        self.as_next.setChecked(pack is not None and self.as_next.isChecked())
        self.as_next.setText(self.tr("Publish as the next version of “%1”").replace("%1", pack[1]) if pack
                             else self.tr("Publish as the next version of the chosen pack"))

    def reload_scripts(self) -> None:
        self.tasks.run(self.load_scripts, self._show_scripts, self._failed)

    def _show_scripts(self, scripts: list[Script]) -> None:
        self.scripts.setRowCount(len(scripts))
        for row, script in enumerate(scripts):
            code = QTableWidgetItem(script.code)
            code.setFlags(code.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            code.setCheckState(Qt.CheckState.Unchecked)
            code.setData(Qt.ItemDataRole.UserRole, script)
            title = QTableWidgetItem(script.title)
            title.setFlags(title.flags() & ~Qt.ItemFlag.ItemIsEditable)
            code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.scripts.setItem(row, 0, code)
            self.scripts.setItem(row, 1, title)
            self.scripts.setItem(row, PIN_COLUMN, QTableWidgetItem(""))
        self.scripts.resizeColumnsToContents()

    def document(self) -> dict:
        """The pack as a kefu-pack document; ValueError names the first problem."""
        name = self.name.text().strip()
        if not name:
            raise ValueError(self.tr("Give the pack a name."))
        if self.ends.dateTime() <= self.starts.dateTime():
            raise ValueError(self.tr("The end of the window must be after its start."))
        variables = {}
        for row in range(self.variables.rowCount()):
            key = (self.variables.item(row, 0).text() if self.variables.item(row, 0) else "").strip()
            value = (self.variables.item(row, 1).text() if self.variables.item(row, 1) else "").strip()
            if key:
                variables[key] = value
            elif value:
                raise ValueError(self.tr("Variable row %1 has a value but no name.").replace("%1", str(row + 1)))
        scripts, pins = [], {}
        for row in range(self.scripts.rowCount()):
            code = self.scripts.item(row, 0)
            if code.checkState() != Qt.CheckState.Checked:
                continue
            script: Script = code.data(Qt.ItemDataRole.UserRole)
            pin = self.scripts.item(row, PIN_COLUMN).text().strip()
            if pin:
                if not pin.isdigit() or int(pin) < 1 or int(pin) in pins or not script.code:
                    raise ValueError(self.tr("Pinned place “%1” of script row %2 is not a free whole number "
                                             "(and a pinned script needs a code).")
                                     .replace("%1", pin).replace("%2", str(row + 1)))
                pins[int(pin)] = script.code
            scripts.append({"id": script.id, "code": script.code, "title": script.title, "body": script.body,
                            "category": list(script.category), "keywords": list(script.keywords),
                            "output_mode": script.output_mode.value, "hotkey": script.hotkey})
        if not scripts:
            raise ValueError(self.tr("Tick at least one script."))
        checklist = list(dict.fromkeys(x.strip() for x in self.checklist.toPlainText().splitlines() if x.strip()))
        drills = self._drill_rows()
        target = self.drill_target.value()
        if target and not drills:
            raise ValueError(self.tr("A drill target needs drills: add them to the table or set the target to none."))
        pack = {"starts_at": _iso(self.starts), "ends_at": _iso(self.ends), "notice": self.notice.text().strip(),
                "variables": variables, "checklist": checklist, "pinned": [code for _n, code in sorted(pins.items())]}
        if drills:
            pack.update(drills=drills, drill_target=target or None)
        return {"format": "kefu-pack", "version": 1, "name": name, "pack": pack, "scripts": scripts}

    def submit(self) -> None:
        try:
            document = self.document()
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        target = self.current_pack[0] if self.current_pack and self.as_next.isChecked() else None
        self.publish_button.setEnabled(False)
        self.status.setText(self.tr("Publishing…"))
        self.tasks.run(lambda: self.publish(document, target), self._done, self._failed)

    def _done(self, info) -> None:
        self.publish_button.setEnabled(True)
        self.status.setText(self.tr("Published “%1”, version %2, %n script(s).", "", info.pack.scripts)
                            .replace("%1", info.name).replace("%2", str(info.pack.version)))
        self.published.emit(info)

    def _failed(self, exc: Exception) -> None:
        self.publish_button.setEnabled(True)
        self.status.setText(self.tr("Not published: %1").replace("%1", getattr(exc, "message", str(exc))))
