"""Background work comes back on the UI thread, results and errors alike."""

import threading

from PySide6.QtCore import QThread

from ui.tasks import Tasks


def test_results_and_errors_come_back_on_the_ui_thread(qtbot):
    tasks = Tasks()
    ui_thread = QThread.currentThread()
    seen = []

    def boom():
        raise ValueError("disk full")

    tasks.run(lambda: threading.current_thread().name, on_done=lambda r: seen.append((r, QThread.currentThread())))
    tasks.run(boom, on_error=lambda e: seen.append((str(e), QThread.currentThread())))
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert {s[0] for s in seen} >= {"disk full"}
    assert any(s[0].startswith("kefu-work") for s in seen)
    assert all(thread is ui_thread for _, thread in seen)
    tasks.shutdown()


def test_a_worker_can_run_something_on_the_ui_thread_and_wait(qtbot):
    tasks = Tasks()
    ui_thread = QThread.currentThread()
    got = []
    tasks.run(lambda: tasks.call_on_ui(lambda: QThread.currentThread() is ui_thread), on_done=got.append)
    qtbot.waitUntil(lambda: got == [True])
    tasks.shutdown()


def test_work_asked_for_while_the_app_closes_is_dropped_not_raised(qtbot):
    tasks = Tasks()
    tasks.shutdown()
    ran = []
    future = tasks.run(lambda: ran.append(1), on_done=ran.append)
    assert future.cancelled() and ran == []
