"""Settings page: the library's backups — list, back up now, restore (after asking)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from ui.retranslating import Retranslating

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsPage(Retranslating, QWidget):
    def __init__(self, core, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.tasks = core, tasks
        self.backups: list | None = None
        self.list = QListWidget()
        self.create_button, self.restore_button = QPushButton(), QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.create_button.clicked.connect(self.create)
        self.restore_button.clicked.connect(self.restore)
        self.list.itemActivated.connect(lambda _item: self.restore())
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.create_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore…"))
        self._show()

    def reload(self) -> None:
        self.tasks.run(self.core.backups.list, on_done=self._loaded)

    def _loaded(self, backups) -> None:
        self.backups = backups
        self._show()

    def _show(self) -> None:
        self.list.clear()
        for backup in self.backups or ():
            made = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            kind = (self.tr("automatic") if backup.automatic else self.tr("before a restore")
                    if backup.label == "pre-restore" else self.tr("made by hand"))
            item = QListWidgetItem(f"{made}  ·  {kind}  ·  {backup.path.name}")
            item.setData(PATH_ROLE, str(backup.path))
            self.list.addItem(item)
        self.restore_button.setEnabled(bool(self.backups))
        self.list.setToolTip(str(self.core.backups.folder))
        if self.backups == [] and not self.status.text():
            self.status.setText(self.tr("No backups yet: one is made automatically every day, or now with the "
                                        "button."))

    def create(self) -> None:
        def done(backup) -> None:
            self.status.setText(self.tr("Backed up to %1").replace("%1", backup.path.name))
            self.reload()

        self.tasks.run(lambda: self.core.backups.create("manual"), on_done=done,
                       on_error=lambda exc: self.status.setText(self.tr("Backup failed: %1").replace("%1", str(exc))))

    def confirm(self, name: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr("Replace your whole library with the backup %1?\n"
                    "Your library as it is now is backed up first, so this can be undone.").replace("%1", name))
        return answer == QMessageBox.StandardButton.Yes

    def restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.status.setText(self.tr("Choose a backup in the list first."))
            return
        path = item.data(PATH_ROLE)
        if not self.confirm(item.text()):
            return

        def done(safety) -> None:
            self.status.setText(self.tr("Restored. Your library from before is kept as %1").replace(
                "%1", safety.path.name))
            self.reload()

        self.tasks.run(lambda: self.core.backups.restore(path), on_done=done,
                       on_error=lambda exc: self.status.setText(self.tr("Restore failed: %1").replace("%1", str(exc))))
