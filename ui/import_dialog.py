"""Import: pick a file, see the dry run row by row, then Apply (all or nothing).

Reading and planning (``transfer.plan_import``) and applying run on a worker; the
dialog shows a progress bar while they do, and the report before anything is written.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from assistant import formats, transfer
from assistant.model import Library
from assistant.store import Store
from ui.error_text import error_text
from ui.import_reasons import reason_text
from ui.retranslating import Retranslating
from ui.tasks import Tasks


class ImportDialog(Retranslating, QDialog):
    def __init__(self, store: Store, tasks: Tasks, libraries: list[Library], on_applied=None, parent=None) -> None:
        super().__init__(parent)
        self.store, self.tasks, self.on_applied = store, tasks, on_applied
        self.plan: transfer.ImportPlan | None = None
        self.path = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_file)
        self.library = QComboBox()
        for library in libraries:
            if not library.read_only:
                self.library.addItem(library.name, library.id)
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.dry_run)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.report = QTreeWidget()
        self.report.setRootIsDecorated(False)
        self.progress = QProgressBar()
        self.progress.hide()
        self.apply_button = QPushButton()
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        for button in (self.browse, self.apply_button, self.close_button):
            button.setAutoDefault(False)
        self.check_button.setDefault(True)  # Enter in the file field runs the dry run

        self.form = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        self.file_label, self.library_label = QLabel(), QLabel()
        self.file_label.setBuddy(self.path)
        self.library_label.setBuddy(self.library)
        self.form.addRow(self.file_label, file_row)
        self.form.addRow(self.library_label, self.library)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.resize(720, 480)
        self.retranslate()


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import scripts"))
        self.file_label.setText(self.tr("&File"))
        self.library_label.setText(self.tr("Into &library"))
        self.path.setPlaceholderText(
            self.tr(".csv / .xlsx workbench sheet, Kefu pack .json, Espanso .yml, Beeftext .json"))
        self.browse.setText(self.tr("&Browse…"))
        self.check_button.setText(self.tr("&Check file"))
        self.apply_button.setText(self.tr("&Apply"))
        self.close_button.setText(self.tr("Close"))
        self.report.setHeaderLabels([self.tr("Result"), self.tr("Row"), self.tr("Code"), self.tr("Details")])
        if self.plan is not None:
            self._show_plan(self.plan)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import scripts"), "",
                                              self.tr("Script files (*.csv *.tsv *.xlsx *.json *.yml *.yaml)"))
        if path:
            self.path.setText(path)
            self.dry_run()

    def _busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.progress.setRange(0, 0)
        self.check_button.setEnabled(not on)
        self.apply_button.setEnabled(not on and self._applicable())

    def _applicable(self) -> bool:
        return self.plan is not None and bool(self.plan.adds or self.plan.updates)

    def dry_run(self) -> None:
        path, library_id = self.path.text().strip(), self.library.currentData()
        if not path or library_id is None:
            return
        self.plan = None
        self.summary.setText(self.tr("Checking the file… nothing is written yet."))
        self.report.clear()
        self._busy(True)
        self.tasks.run(lambda: transfer.plan_import(self.store, formats.read(path), library_id),
                       self._planned, self._failed)

    def _planned(self, plan: transfer.ImportPlan) -> None:
        self.plan = plan
        self._busy(False)
        self._show_plan(plan)
        if self._applicable():
            self.apply_button.setDefault(True)
            self.apply_button.setFocus()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.summary.setText(self.tr("Nothing was imported: %1").replace("%1", error_text(error)))

    def _show_plan(self, plan: transfer.ImportPlan) -> None:
        self.summary.setText(self.tr("Dry run: %1 to add, %2 to update, %3 unchanged, %4 conflicts, %5 rejected. "
                                     "Nothing is written until you press Apply.")
                             .replace("%1", str(len(plan.adds))).replace("%2", str(len(plan.updates)))
                             .replace("%3", str(len(plan.unchanged))).replace("%4", str(len(plan.conflicts)))
                             .replace("%5", str(len(plan.rejected))))
        self.report.clear()
        rows = [(self.tr("Rejected"), r.number, "", reason_text(r.code, r.params, r.reason)) for r in plan.rejected]
        rows += [(self.tr("Conflict"), r.number, r.draft.code, reason_text(r.code, r.params, r.reason))
                 for r in plan.conflicts]
        rows += [(self.tr("Add"), r.number, r.draft.code, r.draft.title) for r in plan.adds]
        rows += [(self.tr("Update"), r.number, r.draft.code, r.draft.title) for r in plan.updates]
        rows += [(self.tr("Unchanged"), r.number, r.draft.code, r.draft.title) for r in plan.unchanged]
        for code in plan.clashes:
            rows.append((self.tr("Also elsewhere"), "", code, self.tr("this code also exists in another library")))
        for note in plan.notes:
            rows.append((self.tr("Note"), "", "", note))
        for kind, number, code, details in rows:
            self.report.addTopLevelItem(QTreeWidgetItem([kind, str(number), code, details]))
        for column in range(3):
            self.report.resizeColumnToContents(column)
        self.apply_button.setEnabled(self._applicable())

    def report_rows(self) -> list[tuple[str, str, str, str]]:
        items = (self.report.topLevelItem(i) for i in range(self.report.topLevelItemCount()))
        return [tuple(item.text(column) for column in range(4)) for item in items]

    def apply(self) -> None:
        if not self._applicable():
            return
        plan = self.plan
        self._busy(True)
        self.progress.setRange(0, len(plan.adds) + len(plan.updates))

        def progress(done: int, total: int) -> None:
            self.tasks.post(lambda: self.progress.setValue(done))

        self.tasks.run(lambda: transfer.apply_import(self.store, plan, progress), self._applied, self._failed)

    def _applied(self, counts: dict) -> None:
        self.plan = None
        self._busy(False)
        self.report.clear()
        self.summary.setText(self.tr("Imported: %1 added, %2 updated.")
                             .replace("%1", str(counts["added"])).replace("%2", str(counts["updated"])))
        self.close_button.setFocus()
        if self.on_applied:
            self.on_applied(counts)
