"""The desktop app's start: builds the core, shows the library window.

This is the first slice (issue 2): a window that lists and searches the library.  The
tray, picker, hotkeys and settings arrive with issues 4 and 5.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from assistant.core import open_core
from ui.library_window import LibraryWindow
from ui.tasks import run_in_background

log = logging.getLogger(__name__)

BACKUP_CHECK_MS = 60 * 60 * 1000  # look once an hour whether the daily backup is due


def run() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Kefu Assistant")
    core = open_core()
    window = LibraryWindow(core)
    window.show()

    def backup_if_due() -> None:  # daily backups while the app runs for days
        run_in_background(core.backups.maybe_backup,
                          on_error=lambda exc: log.error("automatic backup failed: %s", exc))

    backup_if_due()
    timer = QTimer(app)
    timer.timeout.connect(backup_if_due)
    timer.start(BACKUP_CHECK_MS)
    try:
        return app.exec()
    finally:
        core.close()
