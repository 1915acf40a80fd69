"""Workbench spreadsheets (.csv / .xlsx): what an agent importing a Qianniu export sees."""

from __future__ import annotations

import csv
import os

import openpyxl
import pytest

from assistant.errors import FormatError
from assistant.formats import workbench
from assistant.model import UNCATEGORISED, OutputMode

from .conftest import assert_same, make_script, tiny_png

HEADER = "快捷编码,快捷短语,快捷短语分组"


def write_text(path, text: str, encoding: str) -> None:
    path.write_bytes(text.encode(encoding))


def make_xlsx(path, rows, extra_sheets=()) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "快捷短语"
    for row in rows:
        sheet.append(row)
    for name in extra_sheets:
        workbook.create_sheet(name)
    workbook.save(path)


# ---------------------------------------------------------------- reading CSV

def test_gbk_workbench_export_with_entities(tmp_path):
    path = tmp_path / "千牛快捷短语.csv"
    write_text(path, f"{HEADER}\r\n"
                     "购物金,亲&#44;购物金可以抵扣现金&#13;下单自动使用,售后/退款\r\n"
                     "hi,您好&#13;&#10;在的,\r\n"
                     "发货,亲，今天发货&#10;请耐心等待,物流\r\n", "gbk")
    parsed = workbench.read_csv(path)
    assert parsed.meta["encoding"] == "gb18030"
    assert [r.number for r in parsed.rows] == [2, 3, 4]
    first, second, third = (r.draft for r in parsed.rows)
    assert first.code == "购物金"
    assert first.body == "亲,购物金可以抵扣现金\n下单自动使用"
    assert first.validated().category == ("售后", "退款")
    assert second.body == "您好\n在的"
    assert second.validated().category == (UNCATEGORISED,)
    assert third.body == "亲，今天发货\n请耐心等待"
    assert parsed.rejected == [] and parsed.notes == []


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_utf8_with_and_without_bom(tmp_path, encoding):
    path = tmp_path / "phrases.csv"
    write_text(path, f"{HEADER}\nhi,您好😊 𠮷野家,问候\n", encoding)
    parsed = workbench.read_csv(path)
    draft = parsed.rows[0].draft
    assert (draft.code, draft.body, draft.category) == ("hi", "您好😊 𠮷野家", "问候")
    assert parsed.notes == []  # the BOM is not an unknown column


def test_tab_separated(tmp_path):
    path = tmp_path / "phrases.csv"
    write_text(path, "快捷编码\t快捷短语\t快捷短语分组\nhi\t您好, 在的\t问候\n", "utf-8")
    parsed = workbench.read_csv(path)
    assert parsed.meta["delimiter"] == "tab"
    assert parsed.rows[0].draft.body == "您好, 在的"


def test_utf16_unicode_text_from_excel(tmp_path):
    path = tmp_path / "unicode.txt.csv"
    path.write_bytes("快捷编码\t快捷短语\nhi\t您好\n".encode("utf-16"))
    assert workbench.read_csv(path).rows[0].draft.body == "您好"


def test_english_headers_any_case_and_blanks(tmp_path):
    path = tmp_path / "en.csv"
    write_text(path, " Code ,TEXT,Category,Title,Keywords,OUTPUT,hotkey,Favorite,id\n"
                     "hi,hello,Greetings/Morning,Hello,\"a,b\",paste_enter,F2,true,abc-1\n", "utf-8")
    draft = workbench.read_csv(path).rows[0].draft.validated()
    assert (draft.code, draft.body, draft.title) == ("hi", "hello", "Hello")
    assert draft.category == ("Greetings", "Morning")
    assert draft.keywords == ("a", "b")
    assert draft.output_mode == OutputMode.PASTE_ENTER
    assert (draft.hotkey, draft.favourite, draft.id) == ("F2", True, "abc-1")


def test_multiline_cells_keep_excel_row_numbers(tmp_path):
    path = tmp_path / "multi.csv"
    write_text(path, f'{HEADER}\n'
                     'a,"第一行\r\n第二行\n第三行",\n'
                     '\n'
                     ',,\n'
                     'b,next,\n', "utf-8")
    parsed = workbench.read_csv(path)
    assert [(r.number, r.draft.code) for r in parsed.rows] == [(2, "a"), (5, "b")]
    assert parsed.rows[0].draft.body == "第一行\n第二行\n第三行"


def test_rich_columns_and_a_bad_favourite(tmp_path):
    path = tmp_path / "rich.csv"
    write_text(path, f"{HEADER},标题,关键词,输出方式,热键,收藏\n"
                     "tk,退款已处理,售后,退款标题,退款，退货,粘贴并发送,Ctrl+1,是\n"
                     "cp,复制,,,,仅复制,,否\n"
                     "ty,逐字,,,,逐字输入,,\n"
                     "bad,内容,,,,粘贴,,也许\n"
                     "odd,内容,,,,发射,,\n", "utf-8")
    parsed = workbench.read_csv(path)
    drafts = {r.draft.code: r.draft.validated() for r in parsed.rows if r.draft.code != "odd"}
    assert drafts["tk"].output_mode == OutputMode.PASTE_ENTER
    assert drafts["tk"].keywords == ("退款", "退货")
    assert drafts["tk"].favourite is True and drafts["tk"].hotkey == "Ctrl+1"
    assert drafts["cp"].output_mode == OutputMode.COPY and drafts["cp"].favourite is False
    assert drafts["ty"].output_mode == OutputMode.TYPE
    assert [(r.number, "也许" in r.reason) for r in parsed.rejected] == [(5, True)]
    odd = next(r for r in parsed.rows if r.draft.code == "odd")
    with pytest.raises(Exception, match="发射"):  # the importer reports it by row
        odd.draft.validated()


def test_duplicate_codes_stay_separate_rows(tmp_path):
    path = tmp_path / "dup.csv"
    write_text(path, f"{HEADER}\nhi,one,\nhi,two,\n", "utf-8")
    assert [(r.number, r.draft.body) for r in workbench.read_csv(path).rows] == [(2, "one"), (3, "two")]


def test_oversized_body_is_left_to_the_importer(tmp_path):
    path = tmp_path / "long.csv"
    write_text(path, f"{HEADER}\nlong,{'字' * 20_000},\n", "utf-8")
    assert len(workbench.read_csv(path).rows[0].draft.body) == 20_000


# ---------------------------------------------------------------- reading xlsx

def test_xlsx_with_unknown_columns_rich_columns_and_numbers(tmp_path):
    path = tmp_path / "导出.xlsx"
    make_xlsx(path, [
        ["快捷编码", "快捷短语", "备注", "快捷短语分组", "使用次数", "标题", "输出方式", "收藏"],
        ["购物金", "亲&#44;购物金&#13;可抵扣", "内部", "售后/退款", 12, "购物金", "粘贴并发送", "是"],
        [None, None, None, None, None, None, None, None],
        [123, "多行\n单元格😊𠮷", None, None, 3, None, None, None],
    ], extra_sheets=["说明"])
    parsed = workbench.read_xlsx(path)
    assert [r.number for r in parsed.rows] == [2, 4]
    first, second = (r.draft.validated() for r in parsed.rows)
    assert (first.code, first.body, first.category) == ("购物金", "亲,购物金\n可抵扣", ("售后", "退款"))
    assert first.output_mode == OutputMode.PASTE_ENTER and first.favourite
    assert (second.code, second.body) == ("123", "多行\n单元格😊𠮷")
    assert any("备注" in n and "使用次数" in n for n in parsed.notes)
    assert any("说明" in n for n in parsed.notes)


# ---------------------------------------------------------------- large files

def test_ten_thousand_rows_csv_and_xlsx(tmp_path):
    rows = [[f"c{i}", f"第{i}条回复,含逗号\n换行", f"组{i % 7}/子"] for i in range(10_000)]
    csv_path, xlsx_path = tmp_path / "big.csv", tmp_path / "big.xlsx"
    with csv_path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER.split(","))
        writer.writerows(rows)
    make_xlsx(xlsx_path, [HEADER.split(",")] + rows)
    for parsed in (workbench.read_csv(csv_path), workbench.read_xlsx(xlsx_path)):
        assert len(parsed.rows) == 10_000
        last = parsed.rows[-1]
        assert (last.number, last.draft.code, last.draft.body) == (10_001, "c9999", "第9999条回复,含逗号\n换行")
        assert last.draft.category == "组3/子"


# ---------------------------------------------------------------- round trips

@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip(tmp_path, sample_scripts, shelf, suffix):
    path = tmp_path / f"export{suffix}"
    writer = workbench.write_csv if suffix == ".csv" else workbench.write_xlsx
    writer(path, sample_scripts, shelf)
    parsed = workbench.read(path)
    assert parsed.rejected == [] and parsed.notes == []
    assert len(parsed.rows) == len(sample_scripts)
    for row, script in zip(parsed.rows, sample_scripts):
        assert_same(row.draft, script)


def test_csv_export_opens_in_excel_with_bom_and_our_columns(tmp_path, sample_scripts, shelf):
    path = tmp_path / "export.csv"
    workbench.write_csv(path, sample_scripts, shelf)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].decode("utf-8").splitlines()[0]
    assert header == "快捷编码,快捷短语,快捷短语分组,标题,关键词,输出方式,热键,收藏,ID"


def test_uncategorised_is_written_as_empty_group(tmp_path, shelf):
    path = tmp_path / "export.csv"
    workbench.write_csv(path, [make_script(category=(UNCATEGORISED,))], shelf)
    rows = list(csv.reader(path.read_text("utf-8-sig").splitlines()))
    assert rows[1][2] == ""


def test_workbench_only_export_goes_back_into_the_workbench(tmp_path, sample_scripts, shelf):
    path = tmp_path / "qianniu.csv"
    workbench.write_csv(path, sample_scripts, shelf, workbench_only=True)
    text = path.read_text("utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == HEADER
    assert len(lines) == len(sample_scripts) + 1  # every phrase on one line
    assert "&#13;" in text and "&#44;" in text
    parsed = workbench.read_csv(path)
    for row, script in zip(parsed.rows, sample_scripts):
        draft = row.draft.validated()
        assert (draft.code, draft.body, draft.category) == (
            script.code, script.body.replace("\r\n", "\n"), script.category)


def test_image_only_scripts_export_without_the_image(tmp_path, shelf):
    digest = shelf.put(tiny_png())
    path = tmp_path / "export.xlsx"
    workbench.write_xlsx(path, [make_script(body="", image_hash=digest)], shelf)
    assert workbench.read_xlsx(path).rows[0].draft.body == ""


def test_failed_export_leaves_the_old_file_and_no_temp(tmp_path, shelf):
    path = tmp_path / "export.csv"
    path.write_text("old content", encoding="utf-8")
    broken = make_script().with_changes(output_mode="bogus")
    with pytest.raises(ValueError):
        workbench.write_csv(path, [make_script(), broken], shelf)
    assert path.read_text(encoding="utf-8") == "old content"
    assert os.listdir(tmp_path) == ["export.csv"]


# ---------------------------------------------------------------- damaged files

def test_latin1_and_shift_jis_are_refused_by_name(tmp_path):
    for name, data in [("latin1.csv", b"code,body\ncaf\xe9,cr\xe8me\n"),
                       ("sjis.csv", "code,body\nｱ,ｲｳ\n".encode("shift_jis"))]:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(UnicodeDecodeError):
            data.decode("gb18030")
        with pytest.raises(FormatError) as caught:
            workbench.read_csv(path)
        message = str(caught.value)
        assert name in message and "not UTF-8 or GBK/GB18030 text" in message
        assert "line 2" in message


def test_random_bytes_and_png_renamed_csv(tmp_path):
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(FormatError, match="junk.csv.*binary"):
        workbench.read_csv(junk)
    png = tmp_path / "picture.csv"
    png.write_bytes(tiny_png())
    with pytest.raises(FormatError, match="picture.csv.*PNG"):
        workbench.read_csv(png)


def test_xlsx_renamed_csv_says_so(tmp_path):
    path = tmp_path / "book.xlsx"
    make_xlsx(path, [HEADER.split(",")])
    renamed = tmp_path / "book.csv"
    path.rename(renamed)
    with pytest.raises(FormatError, match="xlsx"):
        workbench.read_csv(renamed)


def test_missing_columns_are_named_with_what_was_found(tmp_path):
    path = tmp_path / "wrong.csv"
    write_text(path, "编号,内容说明,分组\n1,hello,\n", "utf-8")
    with pytest.raises(FormatError) as caught:
        workbench.read_csv(path)
    message = str(caught.value)
    assert "wrong.csv" in message and "快捷编码" in message and "快捷短语" in message
    assert "编号, 内容说明, 分组" in message
    assert caught.value.details["found"] == ["编号", "内容说明", "分组"]


def test_missing_body_column_only(tmp_path):
    path = tmp_path / "nobody.csv"
    write_text(path, "快捷编码,快捷短语分组\nhi,问候\n", "utf-8")
    with pytest.raises(FormatError, match=r"missing column\(s\) 快捷短语 \(body\)"):
        workbench.read_csv(path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(FormatError, match="empty.csv.*empty"):
        workbench.read_csv(path)


def test_truncated_xlsx(tmp_path):
    path = tmp_path / "cut.xlsx"
    make_xlsx(path, [HEADER.split(","), ["hi", "您好", ""]])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(FormatError, match="cut.xlsx.*xlsx"):
        workbench.read_xlsx(path)


def test_csv_named_xlsx(tmp_path):
    path = tmp_path / "text.xlsx"
    write_text(path, f"{HEADER}\nhi,hello,\n", "utf-8")
    with pytest.raises(FormatError, match="text.xlsx"):
        workbench.read_xlsx(path)


def test_huge_file_and_huge_cell_are_refused(tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    write_text(path, f"{HEADER}\nhi,{'x' * 500},\n", "utf-8")
    monkeypatch.setattr(workbench, "MAX_CELL_CHARS", 100)
    with pytest.raises(FormatError, match="row 2 has a cell of 500 characters"):
        workbench.read_csv(path)
    monkeypatch.setattr(workbench, "MAX_FILE_BYTES", 100)
    with pytest.raises(FormatError, match="larger than the 50 MB"):
        workbench.read_csv(path)
