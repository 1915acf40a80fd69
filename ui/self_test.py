"""``kefu --self-test``: does this build have everything it needs to run?

Meant for a frozen bundle (a missing Qt plugin, translation or data file shows up here
instead of as a crash on an agent's PC), and works the same from the source tree.  One
line per check (``ok`` / ``warn`` / ``FAIL`` + what was found); exit status 1 when any
check failed, the reason on its line.  ``warn`` is for what the machine lacks, not the
build (no X display, so no hotkeys): the build is still fine.

Nothing here touches the user's data: the database check opens a throw-away store.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Callable

from assistant import __version__


class CheckFailed(Exception):
    """The reason a check failed, in one line."""


class MachineLacks(Exception):
    """Not a fault of the build, but the user should know."""


PLATFORM_PLUGINS = {"linux": ["offscreen", "xcb"], "win32": ["offscreen", "windows"], "darwin": ["offscreen", "cocoa"]}


def _os() -> str:
    return "win32" if sys.platform.startswith("win") else sys.platform if sys.platform == "darwin" else "linux"


def _plugin_file(kind: str, name: str) -> Path | None:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    folders = [*QCoreApplication.libraryPaths(), QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)]
    for folder in folders:
        for candidate in sorted(Path(folder, kind).glob(f"*q{name}.*")):
            if candidate.suffix in (".so", ".dll", ".dylib"):
                return candidate
    return None


def _load_plugin(kind: str, name: str) -> str | None:
    """None when the plugin loads, else why not."""
    from PySide6.QtCore import QPluginLoader

    path = _plugin_file(kind, name)
    if path is None:
        return f"{kind}/{name} plugin not found"
    loader = QPluginLoader(str(path))
    if not loader.load():
        return f"{path.name} does not load: {loader.errorString()}"
    return None


def check_qt_plugins() -> str:
    loaded, problems = [], []
    for name in PLATFORM_PLUGINS[_os()]:
        problem = _load_plugin("platforms", name)
        if problem is None:
            loaded.append(name)
        elif name == "xcb" and not os.environ.get("DISPLAY"):
            problems.append(f"{problem} (no display here, so not needed now)")
        else:
            raise CheckFailed(problem)
    wanted = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if wanted and wanted not in loaded:
        problem = _load_plugin("platforms", wanted)
        if problem:
            raise CheckFailed(f"QT_QPA_PLATFORM={wanted}: {problem}")
        loaded.append(wanted)
    if problems:
        raise MachineLacks("loads " + ", ".join(loaded) + "; " + "; ".join(problems))
    return "loads " + ", ".join(loaded)


def check_translations(cache: Path) -> str:
    from PySide6.QtCore import QTranslator

    from resources import resource_path
    from ui.i18n import LANGUAGES, build_qm

    found = []
    for language in LANGUAGES:
        ts = resource_path("translations", f"kefu_{language}.ts")
        if not ts.exists() and not ts.with_suffix(".qm").exists():
            raise CheckFailed(f"{language}: neither {ts.with_suffix('.qm')} nor {ts.name} is in this build")
        try:
            qm = build_qm(language, cache)
        except (OSError, ValueError) as exc:
            raise CheckFailed(f"{language}: no compiled translation and none can be built ({exc})") from None
        translator = QTranslator()
        if not translator.load(str(qm)) or translator.isEmpty():
            raise CheckFailed(f"{language}: {qm} does not load as a Qt translation")
        found.append(f"{language} ({qm.name})")
    return ", ".join(found)


def check_content() -> str:
    from assistant.content.load import load_content, resources_root

    content = load_content()
    if not content.entries or not content.scripts:
        raise CheckFailed(f"Q&A or starter library empty in {resources_root()}")
    return f"{len(content.entries)} Q&A entries, {len(content.scripts)} starter scripts"


def check_drills() -> str:
    from assistant.drills import load_drills

    return f"{len(load_drills())} drills"


def check_icons() -> str:
    from PySide6.QtGui import QIcon, QImageReader

    from resources import resource_path

    if b"svg" not in [bytes(f) for f in QImageReader.supportedImageFormats()]:
        raise CheckFailed("Qt cannot read SVG (imageformats/qsvg plugin missing)")
    names = ["kefu.svg", "kefu-paused.svg"]
    for name in names:
        path = resource_path("icons", name)
        if not path.exists():
            raise CheckFailed(f"{path} is missing")
        if QIcon(str(path)).pixmap(32, 32).isNull():
            raise CheckFailed(f"{path} does not draw")
    return ", ".join(names)


def check_database(folder: Path) -> str:
    from assistant.core import open_core
    from assistant.paths import AppPaths

    core = open_core(AppPaths.under(folder / "home"), starter=True)
    try:
        count = len(core.store.scripts())
        if count == 0:
            raise CheckFailed("a new database got no starter scripts")
        return f"a new library opens with {count} starter scripts"
    finally:
        core.close()


def check_input() -> str:
    from assistant.platform import create_desktop, session_kind
    from assistant.platform.base import PlatformUnsupported

    kind = session_kind()
    module = {"x11": "assistant.platform.x11", "windows": "assistant.platform.windows",
              "wayland": "assistant.platform.wayland", "macos": "assistant.platform.macos"}.get(kind)
    if module:
        try:
            __import__(module)
        except ImportError as exc:  # the build lacks it: a real fault
            raise CheckFailed(f"the {kind} backend does not import: {exc}") from None
    try:
        desktop = create_desktop(kind)
    except PlatformUnsupported as exc:
        raise MachineLacks(f"no hotkeys or pasting on this session: {exc}") from None
    try:
        extra = "" if desktop.can_inject else " (cannot type into other programs: picker and copy only)"
        return f"{desktop.name} backend{extra}"
    finally:
        desktop.hotkeys.close()


def check_keyring() -> str:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise MachineLacks("no OS keyring: a sign-in token is kept in a file only you can read")
    return f"sign-in tokens go to {type(backend).__module__}.{type(backend).__name__}"


def checks(folder: Path) -> list[tuple[str, Callable[[], str]]]:
    return [
        ("qt-plugins", check_qt_plugins),
        ("qt-app", _start_qt),
        ("translations", lambda: check_translations(folder / "cache")),
        ("content", check_content),
        ("drills", check_drills),
        ("icons", check_icons),
        ("database", lambda: check_database(folder)),
        ("input", check_input),
        ("keyring", check_keyring),
    ]


def _start_qt() -> str:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "kefu", "--self-test"])
    _start_qt.app = app  # kept alive for the checks that draw
    return f"platform {QGuiApplication.platformName()}"


def run(out=None) -> int:
    if out is None and sys.stdout is None:  # a windowed build started without a console (Windows)
        with open(Path(tempfile.gettempdir()) / "kefu-self-test.txt", "w", encoding="utf-8") as report:
            return run(report)
    out = out or sys.stdout
    where = f"bundle {Path(sys.executable).parent}" if getattr(sys, "frozen", False) else f"source {Path(__file__).parents[1]}"
    print(f"kefu {__version__} self-test ({where})", file=out, flush=True)
    failed = []
    with tempfile.TemporaryDirectory(prefix="kefu-self-test-") as folder:
        for name, check in checks(Path(folder)):
            try:
                status, detail = "ok", check()
            except MachineLacks as exc:
                status, detail = "warn", str(exc)
            except CheckFailed as exc:
                status, detail = "FAIL", str(exc)
            except Exception as exc:  # anything else a broken build raises
                status, detail = "FAIL", f"{type(exc).__name__}: {exc}"
            if status == "FAIL":
                failed.append(name)
            print(f"{status:<4} {name:<12} {detail}", file=out, flush=True)
    if failed:
        print(f"self-test FAILED: {', '.join(failed)}", file=out, flush=True)
        return 1
    print("self-test passed", file=out, flush=True)
    return 0


def main() -> int:
    return run()
