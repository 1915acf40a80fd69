"""Qt calls that return nothing must not eat references to None.

PySide6 6.12.0 did: each QClipboard.mimeData() on an empty clipboard, each
QListWidget.currentItem() on an empty list, took one reference from None, and the
app died ("deallocating None") after a few hundred pastes.  This guards upgrades.
"""

import sys

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QListWidget


def test_null_returns_leave_none_alone(qtbot):
    empty = QListWidget()
    qtbot.addWidget(empty)
    QGuiApplication.clipboard().clear()
    calls = (empty.currentItem, lambda: empty.item(99), QApplication.activeWindow,
             lambda: QGuiApplication.screenAt(QPoint(-99999, -99999)), QGuiApplication.clipboard().mimeData)
    before = sys.getrefcount(None)
    for _ in range(200):
        for call in calls:
            call()
    assert sys.getrefcount(None) - before > -50, "this PySide6 release under-counts None: pin another"
