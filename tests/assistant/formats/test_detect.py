"""Choosing the format: by extension, and for .json by content."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import assistant.formats as formats
from assistant.errors import FormatError

from .conftest import assert_same


@pytest.mark.parametrize("name, content, expected", [
    ("a.csv", "快捷编码,快捷短语\n", "csv"),
    ("a.TSV", "快捷编码\t快捷短语\n", "csv"),
    ("a.yml", "matches: []\n", "espanso"),
    ("a.yaml", "matches: []\n", "espanso"),
    ("pack.json", '{"format": "kefu-pack", "version": 1, "scripts": []}', "pack"),
    ("combos.json", '{"combos": [], "groups": []}', "beeftext"),
])
def test_detect_format(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert formats.detect_format(path) == expected
    assert formats.read(path).format == expected


def test_unknown_kinds_list_what_is_supported(tmp_path):
    for name in ("notes.docx", "README"):
        path = tmp_path / name
        path.write_bytes(b"x")
        with pytest.raises(FormatError, match=rf"{name}: unknown kind of file.*\.csv.*\.xlsx.*\.json.*\.yml"):
            formats.detect_format(path)
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(FormatError, match=r"\.xls workbooks are not supported"):
        formats.read(old)


def test_json_of_another_kind(tmp_path):
    path = tmp_path / "package.json"
    path.write_text(json.dumps({"name": "x", "version": "1.0"}), encoding="utf-8")
    with pytest.raises(FormatError, match="package.json: a JSON file that is neither a Kefu pack"):
        formats.read(path)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": ', encoding="utf-8")
    with pytest.raises(FormatError, match="broken.json: invalid JSON at line 1"):
        formats.read(broken)


def test_explicit_format_overrides_the_extension(tmp_path):
    path = tmp_path / "phrases.txt"
    path.write_text("快捷编码,快捷短语\nhi,您好\n", encoding="utf-8")
    assert formats.read(path, format="csv").rows[0].draft.body == "您好"
    with pytest.raises(FormatError, match="unknown format 'docx'"):
        formats.read(path, format="docx")


@pytest.mark.parametrize("name, fmt", [("out.json", None), ("out.csv", None), ("out.xlsx", None),
                                       ("qianniu.csv", "workbench-csv"), ("pack.data", "pack")])
def test_write_then_read(tmp_path, sample_scripts, shelf, name, fmt):
    path = tmp_path / name
    formats.write(path, sample_scripts, shelf, format=fmt, meta={"name": "导出"})
    read_format = "pack" if fmt == "pack" else None
    parsed = formats.read(path, format=read_format)
    assert len(parsed.rows) == len(sample_scripts)
    for row, script in zip(parsed.rows, sample_scripts):
        if fmt == "workbench-csv":
            assert (row.draft.code, row.draft.validated().body) == (script.code, script.body.replace("\r\n", "\n"))
        else:
            assert_same(row.draft, script)


def test_write_refuses_unknown_formats(tmp_path, sample_scripts, shelf):
    with pytest.raises(FormatError, match="cannot export as '.yml'.*pack, csv, xlsx, workbench-csv"):
        formats.write(tmp_path / "out.yml", sample_scripts, shelf)


def test_formats_listing_for_cli_help():
    assert set(formats.WRITE_FORMATS) <= set(formats.FORMATS)
    assert {"pack", "csv", "xlsx", "workbench-csv", "espanso", "beeftext"} == set(formats.FORMATS)


def test_formats_do_not_import_qt():
    code = "import sys, assistant.formats; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
