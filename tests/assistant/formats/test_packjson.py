"""The kefu-pack JSON format: lossless round trip, schema, and damaged files."""

from __future__ import annotations

import base64
import hashlib
import json
import os

import jsonschema
import pytest

from assistant.errors import FormatError
from assistant.formats import packjson
from assistant.model import ImagePosition

from .conftest import assert_same, make_script, tiny_png

META = {
    "name": "双11 活动包",
    "exported_at": "2024-11-01T08:00:00+00:00",
    "pack": {
        "starts_at": "2024-11-10T20:00:00+08:00",
        "ends_at": "2024-11-12T02:00:00+08:00",
        "notice": "今晚 0 点开抢，注意库存话术",
        "variables": {"活动截止时间": "11月12日 02:00", "券面额": 50},
        "checklist": ["确认券面额", "确认发货时间"],
    },
}


def write_doc(path, document) -> None:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def pack_doc(*scripts) -> dict:
    return {"format": "kefu-pack", "version": 1, "name": "t", "scripts": list(scripts)}


def test_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(packjson.schema())


def test_round_trip_is_lossless(tmp_path, sample_scripts, shelf):
    png = tiny_png()
    digest = shelf.put(png)
    scripts = sample_scripts + [make_script(code="pic", body="", image_hash=digest,
                                            image_position=ImagePosition.AFTER_TEXT, favourite=True)]
    path = tmp_path / "双11.json"
    packjson.write(path, scripts, shelf, META)
    parsed = packjson.read(path)
    assert parsed.rejected == [] and parsed.notes == []
    assert [r.number for r in parsed.rows] == list(range(1, len(scripts) + 1))
    for row, script in zip(parsed.rows, scripts):
        assert_same(row.draft, script)
        assert row.draft.validated().image_position == script.image_position
    image_draft = parsed.rows[-1].draft
    assert image_draft.image == png and image_draft.image_hash == digest
    assert image_draft.extra["image_mime"] == "image/png"
    assert parsed.meta == {**META, "version": 1}


def test_written_file_is_readable_json_in_chinese(tmp_path, sample_scripts, shelf):
    path = tmp_path / "pack.json"
    packjson.write(path, sample_scripts, shelf)
    text = path.read_text("utf-8")
    assert "购物金" in text  # not \\u escapes: a lead can read and diff it
    document = json.loads(text)
    assert document["format"] == "kefu-pack" and document["version"] == 1
    assert document["exported_at"]  # filled in when the caller gave none
    assert document["scripts"][0]["category"] == ["售后", "退款"]


def test_bad_entries_are_rejected_by_number_and_field(tmp_path):
    path = tmp_path / "pack.json"
    write_doc(path, pack_doc(
        {"code": "ok", "body": "fine"},
        {"code": "fav", "body": "x", "favourite": "yes"},
        {"code": "nobody"},
        "not an object",
        {"code": "kw", "body": "x", "keywords": ["a", 5], "output_mode": "shout"},
    ))
    parsed = packjson.read(path)
    assert [r.number for r in parsed.rows] == [1]
    reasons = {r.number: r.reason for r in parsed.rejected}
    assert set(reasons) == {2, 3, 4, 5}
    assert reasons[2].startswith("favourite:") and "boolean" in reasons[2]
    assert "'body' is a required property" in reasons[3]
    assert reasons[4].startswith("entry:")
    assert "keywords[1]" in reasons[5] and "output_mode" in reasons[5]


def test_image_checksum_and_base64_are_checked(tmp_path):
    png = tiny_png()
    good = {"mime": "image/png", "data": base64.b64encode(png).decode(), "sha256": hashlib.sha256(png).hexdigest()}
    path = tmp_path / "pack.json"
    write_doc(path, pack_doc(
        {"body": "", "image": good},
        {"body": "", "image": {**good, "sha256": "0" * 64}},
        {"body": "", "image": {**good, "data": "@@not base64@@"}},
        {"body": "x", "image": None},
    ))
    parsed = packjson.read(path)
    assert [r.number for r in parsed.rows] == [1, 4]
    reasons = {r.number: r.reason for r in parsed.rejected}
    assert "sha256" in reasons[2] and "base64" in reasons[3]


def test_category_as_path_string_and_unknown_fields_noted(tmp_path):
    path = tmp_path / "pack.json"
    write_doc(path, {**pack_doc({"code": "a", "body": "x", "category": "售后/退款", "favorite": True}),
                     "author": "lead"})
    parsed = packjson.read(path)
    assert parsed.rows[0].draft.validated().category == ("售后", "退款")
    assert any("favorite" in n and "1" in n for n in parsed.notes)
    assert any("author" in n for n in parsed.notes)


@pytest.mark.parametrize("text, expected", [
    ('{"format": "kefu-pack", "version": 1, "scripts": [', r"invalid JSON at line 1"),
    ('{\n  "format": "kefu-pack",\n  "version": 1,\n  "scripts": [],,\n}', r"invalid JSON at line 4"),
    ('[1, 2, 3]', r"not a kefu-pack"),
    ('{"format": "other", "version": 1, "scripts": []}', r'"format" is "other"'),
    ('{"combos": [], "groups": []}', r"looks like a Beeftext file"),
    ('{"format": "kefu-pack", "version": 7, "scripts": []}', r"made by a newer version"),
    ('{"format": "kefu-pack", "version": 1, "scripts": {}}', r"scripts: .* not of type 'array'"),
    ('{"format": "kefu-pack", "version": 1}', r"'scripts' is a required property"),
    ('{"format": "kefu-pack", "version": 1, "scripts": [], "pack": {"checklist": "x"}}', r"pack.checklist"),
])
def test_damaged_or_foreign_json_is_refused_by_name(tmp_path, text, expected):
    path = tmp_path / "活动包.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormatError, match=expected) as caught:
        packjson.read(path)
    assert "活动包.json" in str(caught.value)


def test_binary_json_is_refused(tmp_path):
    path = tmp_path / "pack.json"
    path.write_bytes(tiny_png())
    with pytest.raises(FormatError, match="pack.json.*not UTF-8"):
        packjson.read(path)


def test_failed_export_leaves_no_file(tmp_path, shelf):
    path = tmp_path / "pack.json"
    with pytest.raises(KeyError):
        packjson.write(path, [make_script(image_hash="f" * 64)], shelf)  # image missing from the store
    assert os.listdir(tmp_path) == []


def test_writer_refuses_bad_metadata(tmp_path, shelf):
    with pytest.raises(ValueError, match="pack.checklist"):
        packjson.write(tmp_path / "p.json", [make_script()], shelf, {"pack": {"checklist": "not a list"}})
    assert os.listdir(tmp_path) == []
