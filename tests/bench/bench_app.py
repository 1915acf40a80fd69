"""Benchmark of the desktop app with a big library, under Xvfb.

    python tests/bench/bench_app.py [--size 10000] [--starts 3] [--samples 100] [--cycles 1000]

Figures (targets from issue 5):

* **cold start**: from spawning ``python`` to the app's event loop running with the
  tray (or, on a desktop without one, the library window) up — target ≤ 1.0 s; and
  when the search index is ready for the picker;
* **hotkey → picker visible**, warm: ``xdotool key ctrl+alt+k`` (a grabbed X11
  hotkey) until the picker's first paint — target ≤ 50 ms at p50; p99 too.  The time
  includes xdotool's own start-up, printed separately;
* **idle RSS** once the index is built — target ≤ 150 MB;
* **RSS after N picker open / type / close cycles** — no growth beyond noise.

The library (``--size`` scripts from ``bench_search.make_library`` in a team library,
every 50th in a campaign pack) is written once into a cached data folder under the
temp directory.  The app runs in a child process (``--child``) that reports over
stdout and takes commands on stdin.  Timing is printed, never asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if "--child" not in sys.argv:  # the child runs the checkout on its PYTHONPATH (--root)
    sys.path.insert(0, str(ROOT))

HOTKEY = "ctrl+alt+k"
QUERIES = ("tk", "退款", "cfh", "tuikuan", "fh", "发货时间", "wl", "yhq")


def _rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


# -- the app side ---------------------------------------------------------------------
def child() -> None:
    """The app as ``kefu`` runs it, plus probes: prints 'ready', 'indexed', 'shown' lines."""
    started = float(os.environ["KEFU_BENCH_SPAWNED"])
    from PySide6.QtCore import QEvent, QObject, QTimer

    try:
        from ui.app import launch
    except ImportError:  # an older checkout (--root): the same steps as its run()
        launch = _launch_as_run

    def say(*words) -> None:
        print(*words, flush=True)

    launched = launch()
    qt, app, _instance = launched
    picker = app.picker

    class FirstPaint(QObject):
        armed = True

        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Show:
                self.armed = True
            elif event.type() == QEvent.Type.Paint and self.armed:
                self.armed = False
                say("shown", time.time())
            return False

    probe = FirstPaint()
    picker.installEventFilter(probe)
    QTimer.singleShot(0, lambda: say("ready", time.time(), time.time() - started))

    def wait_index() -> None:
        if getattr(picker, "index", None) is not None:
            say("indexed", time.time())
        else:
            QTimer.singleShot(5, wait_index)

    QTimer.singleShot(0, wait_index)

    def cycles(count: int) -> None:
        for n in range(count):
            app.open_picker()
            picker.query.setText(QUERIES[n % len(QUERIES)])
            qt.processEvents()
            picker.hide()
            qt.processEvents()
        say("rss", _rss_mib())

    def command(line: str) -> None:
        word, _, rest = line.partition(" ")
        if word == "rss":
            say("rss", _rss_mib())
        elif word == "hide":
            picker.hide()
            qt.processEvents()
            say("hidden")
        elif word == "cycles":
            cycles(int(rest))
        elif word == "status":  # kB: VmRSS, RssAnon (private), RssFile (libraries, fonts: shared)
            say("status", *[line.split()[1] for line in open("/proc/self/status")
                            if line.split(":")[0] in ("VmRSS", "RssAnon", "RssFile")])
        elif word == "quit":
            qt.quit()

    def read_stdin() -> None:
        for line in sys.stdin:
            app.tasks.post(lambda line=line.strip(): command(line))
        app.tasks.post(qt.quit)

    threading.Thread(target=read_stdin, daemon=True).start()
    try:
        qt.exec()
    finally:
        app.close()


def _launch_as_run():
    """``ui.app.run()`` up to the event loop, for checkouts from before ``launch()``."""
    import logging

    from PySide6.QtWidgets import QApplication

    from assistant.core import open_core
    from assistant.paths import resolve_paths
    from ui.app import App

    logging.basicConfig(level=logging.INFO)
    qt = QApplication.instance() or QApplication(sys.argv)
    qt.setQuitOnLastWindowClosed(False)
    app = App(qt, open_core(resolve_paths(), starter=True))
    app.start()
    return qt, app, None


# -- the measuring side ---------------------------------------------------------------
def prepare_home(size: int, seed: int = 7) -> Path:
    """A data folder holding the starter library plus ``size`` generated scripts (cached)."""
    home = Path(tempfile.gettempdir()) / f"kefu-bench-app-{size}-{seed}"
    if (home / "ready").exists():
        return home
    shutil.rmtree(home, ignore_errors=True)
    os.environ["KEFU_HOME"] = str(home)
    from assistant.core import open_core
    from assistant.errors import ConflictError
    from assistant.model import LibraryKind, ScriptDraft
    from tests.bench.bench_search import make_library

    core = open_core(starter=True)
    store = core.store
    team = store.ensure_library(LibraryKind.TEAM, "客服团队")
    campaign = store.ensure_library(LibraryKind.CAMPAIGN, "双11活动")
    with store.transaction():
        for script in make_library(size, seed):
            target = campaign if script.library_id == "campaign" else team
            draft = ScriptDraft(code=script.code, title=script.title, body=script.body,
                                category="/".join(script.category), keywords=script.keywords,
                                favourite=script.favourite)
            try:
                store.add_script(target.id, draft)
            except ConflictError:  # a code that differs only in case: keep the script, without code
                store.add_script(target.id, replace(draft, code=""))
    core.settings.set("ui.welcome_shown", True)
    core.close()
    (home / "ready").touch()
    return home


class Child:
    def __init__(self, display: str, home: Path, run_home: Path, root: Path = ROOT) -> None:
        if run_home.exists():
            shutil.rmtree(run_home)
        shutil.copytree(home, run_home)
        env = {**os.environ, "KEFU_HOME": str(run_home), "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "PYTHONPATH": str(root)}
        self.spawned = time.time()
        env["KEFU_BENCH_SPAWNED"] = repr(self.spawned)
        self.proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--child"], env=env, cwd=root,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     text=True)

    def expect(self, word: str, timeout: float = 60) -> list[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError(f"the app ended before '{word}'")
            parts = line.split()
            if parts and parts[0] == word:
                return parts[1:]
        raise RuntimeError(f"no '{word}' within {timeout} s")

    def send(self, line: str) -> None:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def close(self) -> None:
        try:
            self.send("quit")
            self.proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


@contextlib.contextmanager
def system_tray(display: str, wanted: bool = True):
    """A system tray (trayer) on the display, as an agent's desktop has; yields whether
    there is one.  Without it the app shows its library window instead of a tray icon."""
    if not wanted or not shutil.which("trayer"):
        yield False
        return
    tray = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                             "--height", "24"], env={**os.environ, "DISPLAY": display},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.3)  # until it owns the tray selection
    try:
        yield True
    finally:
        tray.terminate()
        tray.wait(timeout=5)


def run_bench(size: int = 10000, starts: int = 3, samples: int = 100, cycles: int = 1000,
              idle_s: float = 2.0, tray: bool = True, root: Path = ROOT) -> dict:
    from tests.xserver import xvfb

    home = prepare_home(size)
    run_home = Path(tempfile.mkdtemp(prefix="kefu-bench-run-")) / "home"
    result: dict = {"size": size}
    with xvfb() as display, system_tray(display, tray) as result["tray"]:
        env = {**os.environ, "DISPLAY": display}
        ready, indexed = [], []
        for _ in range(starts):
            app = Child(display, home, run_home, root)
            ready.append(float(app.expect("ready")[0]) - app.spawned)
            indexed.append(float(app.expect("indexed")[0]) - app.spawned)
            app.close()
        result["cold_start_s"] = statistics.median(ready)
        result["index_ready_s"] = statistics.median(indexed)

        app = Child(display, home, run_home, root)
        app.expect("indexed")
        time.sleep(idle_s)
        app.send("status")
        rss, anon, files = (int(kb) / 1024 for kb in app.expect("status"))
        result.update(idle_rss_mib=rss, idle_anon_mib=anon, idle_file_mib=files)
        latencies = []
        for _ in range(samples):
            sent = time.time()
            subprocess.run(["xdotool", "key", HOTKEY], env=env, check=True)
            latencies.append((float(app.expect("shown", timeout=10)[0]) - sent) * 1000)
            app.send("hide")
            app.expect("hidden")
        result["hotkey_p50_ms"] = _pct(latencies, 0.5)
        result["hotkey_p99_ms"] = _pct(latencies, 0.99)
        spawn = []
        for _ in range(10):
            start = time.perf_counter()
            subprocess.run(["xdotool", "sleep", "0"], env=env, check=True)
            spawn.append((time.perf_counter() - start) * 1000)
        result["xdotool_ms"] = statistics.median(spawn)
        app.send("rss")
        result["rss_before_cycles_mib"] = float(app.expect("rss")[0])
        app.send(f"cycles {cycles}")
        result["rss_after_cycles_mib"] = float(app.expect("rss", timeout=600)[0])
        result["cycles"] = cycles
        app.close()
    shutil.rmtree(run_home.parent, ignore_errors=True)
    return result


def print_figures(result: dict) -> None:
    rows = (
        ("library", f"{result['size']:,} scripts", ""),
        ("system tray", "trayer" if result["tray"] else "none: the library window shows instead", ""),
        ("cold start → tray ready", f"{result['cold_start_s']:.2f} s", "≤ 1.0 s"),
        ("cold start → picker searchable", f"{result['index_ready_s']:.2f} s", ""),
        ("hotkey → picker visible p50 / p99", f"{result['hotkey_p50_ms']:.1f} / {result['hotkey_p99_ms']:.1f} ms "
                                             f"(xdotool itself {result['xdotool_ms']:.1f} ms)", "≤ 50 ms"),
        ("idle RSS", f"{result['idle_rss_mib']:.0f} MiB ({result['idle_anon_mib']:.0f} private, "
                     f"{result['idle_file_mib']:.0f} mapped files)", "≤ 150 MB"),
        (f"RSS after {result['cycles']:,} picker cycles",
         f"{result['rss_after_cycles_mib']:.0f} MiB (before {result['rss_before_cycles_mib']:.0f})", "no growth"),
    )
    print("| figure | measured | target |\n|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--starts", type=int, default=3)
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument("--cycles", type=int, default=1000)
    parser.add_argument("--no-tray", action="store_true", help="no system tray on the display")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose app is measured")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    if args.child:
        child()
        return
    result = run_bench(args.size, args.starts, args.samples, args.cycles, tray=not args.no_tray,
                       root=args.root)
    print_figures(result)
    if args.json:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
