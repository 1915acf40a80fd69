"""Bad content fails loudly, naming the file, the entry and the field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.content import ContentError, load_content
from assistant.content.load import resources_root
from assistant.drills import drills_from_pack, load_drills


@pytest.fixture
def root(tmp_path) -> Path:
    for folder in ("qa", "starter", "drills"):
        shutil.copytree(resources_root() / folder, tmp_path / folder)
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def error_of(root: Path) -> str:
    with pytest.raises(ContentError) as caught:
        load_content(root)
    return str(caught.value)


def test_the_copy_loads(root):
    assert len(load_content(root).entries) == len(load_content().entries)


def test_missing_part(root):
    edit(root / "qa" / "shouhou.yaml", "  never:\n  - 钱到没到我们管不了（推卸）\n  - 今天肯定到账（到账时间由平台和银行决定）\n", "")
    assert error_of(root) == "shouhou.yaml: entry 'sh-tk' (#12): 'never' is a required property"


def test_broken_variable(root):
    edit(root / "starter" / "shouhou.yaml", "银行卡通常需要1到{{天数=3}}个", "银行卡通常需要1到{{天数=3}个")
    assert error_of(root).startswith("shouhou.yaml: entry 'shtk': body: '{{' is never closed by '}}'")


def test_unknown_include(root):
    edit(root / "starter" / "shouhou.yaml", "{{@shdz}}", "{{@nosuch}}")
    assert "entry 'shth3': body: no script has the code 'nosuch'" in error_of(root)


def test_code_outside_the_scheme(root):
    edit(root / "starter" / "shouhou.yaml", "- code: shtk2\n", "- code: tk2\n")
    assert "shouhou.yaml: entry 'tk2'" in error_of(root) and "must be 'shtk'" in error_of(root)


def test_dangling_links(root):
    edit(root / "starter" / "shouhou.yaml", "  qa: sh-tk\n  title: 查看退款进度", "  qa: sh-nosuch\n  title: 查看退款进度")
    assert error_of(root) == "shouhou.yaml: entry 'shtk2' (#29): qa: no Q&A entry 'sh-nosuch'"


def test_related_must_list_own_scripts(root):
    edit(root / "qa" / "shouhou.yaml", "related: [shtk, shtk2, shtk3]", "related: [shtk, shtk2]")
    assert error_of(root) == "shouhou.yaml: entry 'sh-tk': related: must list its scripts ['shtk3']"


def test_duplicate_code_and_yaml_syntax(root):
    edit(root / "starter" / "guize.yaml", "- code: gzlx2\n", "- code: gzlx\n")
    assert "guize.yaml: entry 'gzlx' (#15): code: also used in guize.yaml" in error_of(root)
    (root / "starter" / "guize.yaml").write_text("scripts: [oops", encoding="utf-8")
    assert error_of(root).startswith(str(root / "starter" / "guize.yaml") + ": cannot be read")


def test_drill_with_an_unknown_code(root):
    edit(root / "drills" / "basic.yaml", "accept: [sqcz]", "accept: [sqzz]")
    with pytest.raises(ContentError, match=r"basic.yaml: drill 'd02' \(#2\): accept: no starter script \['sqzz'\]"):
        load_drills(root)


def test_pack_drill_errors_name_the_drill():
    with pytest.raises(ContentError, match=r"lib-1: drill 'x1' \(#1\): 'accept' is a required property"):
        drills_from_pack({"drills": [{"id": "x1", "message": "在吗", "difficulty": "easy"}]}, "lib-1")
