"""The Linux bundle: built with PyInstaller from installer/kefu.spec, then its own
``kefu --self-test`` run headless.  Skipped only when KEFU_SKIP_BUNDLE=1 (README, tests)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
SKIP = os.environ.get("KEFU_SKIP_BUNDLE") == "1"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SKIP, reason="KEFU_SKIP_BUNDLE=1: the PyInstaller bundle is not built"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the suite builds the Linux bundle"),
    pytest.mark.timeout(900),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is missing: pip install -e '.[test]' (or set KEFU_SKIP_BUNDLE=1 to skip on purpose)")
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                             "--distpath", str(out / "dist"), "--workpath", str(out / "build"),
                             str(ROOT / "installer" / "kefu.spec")],
                            cwd=ROOT, capture_output=True, text=True, timeout=840)
    assert result.returncode == 0, result.stderr[-4000:]
    folder = out / "dist" / "kefu"
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return folder, len(files), sum(p.stat().st_size for p in files), time.monotonic() - started


def self_test(folder: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH")}
    env.update(QT_QPA_PLATFORM="offscreen", KEFU_HOME=str(tmp_path / "home"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    return subprocess.run([str(folder / "kefu"), "--self-test"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=180)


def test_the_linux_bundle_passes_its_self_test_headless(bundle, tmp_path, capsys):
    folder, count, size, seconds = bundle
    with capsys.disabled():
        print(f"\nLinux bundle {folder}: {size / 2**20:.0f} MiB in {count} files, built in {seconds:.0f} s")
    result = self_test(folder, tmp_path)
    with capsys.disabled():
        print(result.stdout, end="")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(bundle " in result.stdout.splitlines()[0]  # really the frozen app, not the source tree
    assert result.stdout.splitlines()[-1] == "self-test passed"
    assert not (tmp_path / "home").exists()  # the self-test never touches the user's data


def test_on_an_x_display_the_bundle_loads_xcb_and_the_x11_input_backend(bundle, x_display, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    env.update(DISPLAY=x_display, KEFU_HOME=str(tmp_path / "home"))
    result = subprocess.run([str(bundle[0] / "kefu"), "--self-test"], env=env, capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = {line.split()[1]: line for line in result.stdout.splitlines()[1:-1]}
    assert lines["qt-app"].startswith("ok") and "platform xcb" in lines["qt-app"]
    assert lines["input"].startswith("ok") and "x11 backend" in lines["input"], result.stdout


def test_the_bundle_has_the_data_and_not_the_server(bundle):
    internal = bundle[0] / "_internal"
    for name in ("resources/translations/kefu_zh_CN.qm", "resources/translations/kefu_en.qm",
                 "resources/icons/kefu.svg", "resources/drills/basic.yaml", "resources/qa/tongyong.yaml",
                 "resources/starter/tongyong.yaml"):
        assert (internal / name).is_file(), name
    assert not list(internal.glob("resources/translations/*.ts"))  # compiled at build time instead
    for server_only in ("fastapi", "uvicorn", "sqlalchemy", "alembic", "psycopg", "sync/server"):
        assert not (internal / server_only).exists(), server_only


def test_the_bundled_cli_works(bundle, tmp_path):
    env = dict(os.environ, KEFU_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([str(bundle[0] / "kefu"), "search", "退款", "--limit", "3"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3 and "退款" in result.stdout  # the starter library, searched


def test_a_bundle_without_translations_fails_its_self_test_with_the_reason(bundle, tmp_path):
    broken = tmp_path / "kefu"
    shutil.copytree(bundle[0], broken, symlinks=True)
    shutil.rmtree(broken / "_internal" / "resources" / "translations")
    result = self_test(broken, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    failing = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    assert len(failing) == 1 and failing[0].split()[1] == "translations", result.stdout
    assert "kefu_zh_CN" in failing[0]
    assert result.stdout.splitlines()[-1] == "self-test FAILED: translations"


def test_install_sh_puts_the_bundle_in_the_menu_and_uninstall_keeps_the_data(bundle, tmp_path):
    prefix, data = tmp_path / "prefix", tmp_path / "home" / "data"
    data.mkdir(parents=True)
    (data / "library.db").write_text("the agent's library")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(PREFIX=str(prefix), HOME=str(tmp_path / "home"), KEFU_HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    script = str(ROOT / "installer" / "linux" / "install.sh")
    result = subprocess.run(["sh", script, str(bundle[0])], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    app = prefix / "lib" / "kefu-assistant"
    desktop = (prefix / "share" / "applications" / "kefu-assistant.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app}/kefu"' in desktop and "Name[zh_CN]=客服助手" in desktop
    assert (prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / "kefu-assistant.svg").read_text().startswith("<")
    assert (prefix / "bin" / "kefu").resolve() == (app / "kefu").resolve()

    result = subprocess.run(["sh", script, "--uninstall"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert not app.exists() and not (prefix / "bin" / "kefu").exists()
    assert (data / "library.db").read_text() == "the agent's library"
