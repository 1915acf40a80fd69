"""``kefu --self-test`` from the source tree: one line per check, non-zero with the reason."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from ui import self_test

ROOT = Path(__file__).parents[2]
CHECKS = ["qt-plugins", "qt-app", "translations", "content", "drills", "icons", "database", "input", "keyring"]


def test_kefu_self_test_passes_in_the_source_tree():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "ui", "--self-test"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[1] for line in lines[1:-1]] == CHECKS
    assert all(line.split()[0] in ("ok", "warn") for line in lines[1:-1])
    assert lines[-1] == "self-test passed"


def test_a_missing_translation_fails_with_the_reason(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr("ui.i18n.resource_path", lambda *parts: tmp_path.joinpath(*parts))
    out = io.StringIO()
    assert self_test.run(out) == 1
    lines = out.getvalue().splitlines()
    failing = [line for line in lines if line.startswith("FAIL")]
    assert len(failing) == 1 and failing[0].split()[1] == "translations"
    assert "zh_CN" in failing[0] and "kefu_zh_CN.ts" in failing[0]
    assert lines[-1] == "self-test FAILED: translations"


def test_a_missing_platform_plugin_fails_with_the_reason(qapp, monkeypatch):
    monkeypatch.setattr(self_test, "_plugin_file", lambda kind, name: None)
    out = io.StringIO()
    assert self_test.run(out) == 1
    assert "FAIL qt-plugins   platforms/offscreen plugin not found" in out.getvalue().splitlines()


def test_a_missing_input_backend_module_is_a_failure_not_a_warning(qapp, monkeypatch):
    monkeypatch.setattr("assistant.platform.session_kind", lambda environ=None: "x11")
    monkeypatch.setitem(sys.modules, "assistant.platform.x11", None)  # import fails, as in a bundle without Xlib
    out = io.StringIO()
    assert self_test.run(out) == 1
    assert any(line.startswith("FAIL input") and "x11 backend does not import" in line
               for line in out.getvalue().splitlines())


def test_without_a_console_the_report_goes_to_a_file(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)  # what a windowed Windows build gets
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert self_test.run() == 0
    report = (tmp_path / "kefu-self-test.txt").read_text(encoding="utf-8").splitlines()
    assert report[-1] == "self-test passed"
