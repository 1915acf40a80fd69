"""Screenshots of every window, in Chinese and English, under Xvfb.

    python tests/screenshots.py [--only picker-tk] [--out tests/screenshots]

Starts its own Xvfb (tests/xserver.py), with a system tray (trayer) when installed,
fills a temporary data folder with the starter library plus a few personal, team and
campaign scripts, then opens each entry of ``WINDOWS`` in each language and saves
``<name>-<language>.png`` (the folder is git-ignored).  To add a window, add one line
to ``WINDOWS``: a name and a function that takes the :class:`Scene` and returns the
widget to grab (shown and ready).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "tests" / "screenshots"


class Scene:
    """The running pieces every window needs, made once: core, index, translations."""

    def __init__(self, qt) -> None:
        from assistant.core import open_core
        from assistant.model import LibraryKind, ScriptDraft
        from assistant.search import SearchIndex
        from ui.i18n import Translations
        from ui.store_bridge import StoreBridge
        from ui.tasks import Tasks

        self.qt = qt
        self.core = open_core(starter=True)
        store = self.core.store
        personal = store.personal_library()
        team = store.ensure_library(LibraryKind.TEAM, "客服团队")
        campaign = store.ensure_library(LibraryKind.CAMPAIGN, "双11活动")
        samples = (
            (personal, "tk", "退款说明", "亲，退款会在审核通过后 1-3 个工作日原路返回，请您留意～", "售后/退款", True),
            (personal, "tkjd", "退款进度查询", "您好，您的退款预计{{天数=3}}个工作日内到账，{{客服名}}会帮您跟进。", "售后/退款", False),
            (team, "cfh", "催发货安抚", "亲，仓库已经在加急处理了，48 小时内一定为您发出～", "售中/物流", False),
            (campaign, "sy11", "双11预售尾款说明", "双11预售商品付尾款后按顺序发货，尾款时间 11 月 1 日 20:00 开始。", "活动/双11", False),
        )
        for library, code, title, body, category, favourite in samples:
            store.add_script(library.id, ScriptDraft(code=code, title=title, body=body, category=category,
                                                     favourite=favourite, keywords=("退款",) if "退款" in title else ()))
        store.set_pack_meta(campaign.id, {
            "name": "双11活动", "version": 2, "starts_at": "2026-11-01T00:00:00+08:00",
            "ends_at": "2026-11-12T23:59:59+08:00", "notice": "尾款时间以页面为准，有疑问先看活动规则。",
            "variables": {"券面额": "30元", "满减门槛": "299元"},
            "checklist": ["话术已导入", "自动回复已测试", "排班已确认"]})
        self.tasks = Tasks()
        self.bridge = StoreBridge(store, self.tasks)
        self.index = SearchIndex.attach(store)
        self.translations = Translations(self.core.paths.cache)

    def settle(self, seconds: float = 0.3) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.qt.processEvents()
            time.sleep(0.01)

    def close(self) -> None:
        if getattr(self, "panels", None) is not None:
            self.panels.close()
        self.index.detach()
        self.bridge.close()
        self.tasks.shutdown()
        self.core.close()


def picker(query: str = "", suggest: str | None = None) -> Callable[[Scene], object]:
    def make(scene: Scene):
        from PySide6.QtGui import QGuiApplication

        from assistant.compose import Composer
        from ui.picker import Picker

        shown = Picker(scene.index, preview=Composer(scene.core.store).preview, tasks=scene.tasks,
                       store=scene.core.store)
        shown.popup()
        shown.query.setText(query)
        if suggest is not None:
            QGuiApplication.clipboard().setText(suggest)
            shown.toggle_suggest()
        return shown
    return make


def tray_menu(scene: Scene):
    from ui.tray import Tray

    tray = Tray()
    tray.show_sync_state("synced")
    tray.set_lead(True)
    tray.show()
    tray.menu.popup(tray.menu.pos())
    scene.keep = tray  # the menu lives as long as its tray
    return tray.menu


def welcome(scene: Scene):
    from ui.welcome import Welcome

    shown = Welcome(scene.core.settings.get("hotkey.picker"))
    shown.set_scripts(len(scene.index))
    shown.show()
    return shown


def library(scene: Scene):
    from ui.library_window import LibraryWindow

    shown = LibraryWindow(scene.core, scene.index, scene.bridge)
    shown.show()
    return shown


def panel(show: str) -> Callable[[Scene], object]:
    """A window the app opens through ui.panels.Panels (show_qa, show_settings ...)."""
    def make(scene: Scene):
        from ui.app import LazyTokenStore
        from ui.panels import Panels

        if getattr(scene, "panels", None) is None:
            scene.panels = Panels(scene.core, scene.index, scene.tasks, scene.translations,
                                  LazyTokenStore(scene.core.paths.config))
        return getattr(scene.panels, show)()
    return make


def settings_page(row: int) -> Callable[[Scene], object]:
    """The settings window on one of its pages (0 general ... 3 paste)."""
    def make(scene: Scene):
        shown = panel("show_settings")(scene)
        shown.nav.setCurrentRow(row)
        return shown
    return make


def packs(scene: Scene):
    from ui.pack_views import PackArchiveWindow

    shown = PackArchiveWindow(scene.tasks, scene.core.store, lambda _pack, _ticked: None)
    shown.show()
    return shown


# name -> how to open it; one line per window
WINDOWS: list[tuple[str, Callable[[Scene], object]]] = [
    ("picker-empty", picker()),
    ("picker-code", picker("tk")),
    ("picker-pinyin", picker("tuikuan")),
    ("picker-suggest", picker(suggest="你好，我的退款什么时候到账？")),
    ("tray-menu", tray_menu),
    ("welcome", welcome),
    ("library", library),
    ("qa", panel("show_qa")),
    ("drills", panel("show_drills")),
    ("stats", panel("show_stats")),
    ("settings", panel("show_settings")),
    ("settings-paste", settings_page(3)),
    ("packs", packs),
]


def take(out: Path, only: str | None = None) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    qt = QApplication.instance() or QApplication([])
    scene = Scene(qt)
    saved = []
    try:
        for language in ("zh_CN", "en"):
            scene.translations.switch(language)
            for name, make in WINDOWS:
                if only and name != only:
                    continue
                widget = make(scene)
                scene.settle()
                path = out / f"{name}-{language}.png"
                widget.grab().save(str(path))
                saved.append(path)
                widget.hide()  # panels reopen their window: hidden, not closed
    finally:
        scene.close()
    return saved


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="one window name from WINDOWS")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    from tests.bench.bench_app import system_tray
    from tests.xserver import xvfb

    os.environ["KEFU_HOME"] = tempfile.mkdtemp(prefix="kefu-screenshots-")
    with xvfb() as display, system_tray(display):
        os.environ["DISPLAY"] = display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        for path in take(args.out, args.only):
            print(path)


if __name__ == "__main__":
    main()
