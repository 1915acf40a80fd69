"""A Qt text box standing in for a chat window built on Qt (as the Tk one is for Tk).
Prints "ready" once shown and writes its whole content to a file after every change.
A third argument, a number of seconds, makes it hang that long at its first change (a
busy program, late to look up the keys it was sent)."""

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTextEdit

app = QApplication(sys.argv)
box = QTextEdit()
box.setWindowTitle(sys.argv[2])
box.resize(400, 200)
dump_path = sys.argv[1]
stall = [float(sys.argv[3])] if len(sys.argv) > 3 else []


def dump():
    with open(dump_path + ".tmp", "w", encoding="utf-8") as f:
        f.write(box.toPlainText())
    os.replace(dump_path + ".tmp", dump_path)
    if stall:
        time.sleep(stall.pop())


box.textChanged.connect(dump)
box.show()
box.activateWindow()
box.setFocus()
QTimer.singleShot(300, lambda: print("ready", flush=True))
app.exec()
