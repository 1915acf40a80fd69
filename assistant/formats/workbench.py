"""Spreadsheets in the phrase-export layout of Chinese chat workbenches (Qianniu etc.).

Layout: a header row ``快捷编码, 快捷短语, 快捷短语分组`` (code, body, group), then one
row per phrase.  Decisions:

* **Columns** are found by header name, in any order: the Chinese names, the English
  ones (``code``, ``body``/``text``/``phrase``, ``group``/``category``...) compared
  case-insensitively, BOM and surrounding blanks ignored.  Our richer optional
  columns are 标题, 关键词, 输出方式, 热键, 收藏 and ID.  Unknown columns are ignored
  and named in ``notes``; a missing code or body column is a :class:`FormatError`.
* **Cell text**: ``&#13;`` and ``&#10;`` (and the pair) mean a line break, ``&#44;`` a
  comma, as in workbench exports; real line breaks in quoted cells work too.  The
  text is otherwise verbatim: ``{{...}}`` in a cell is our variable syntax as typed.
  (So a phrase that literally contains ``&#44;`` reads back as a comma.)
* **Groups**: empty means 未分组; ``售后/退款`` is a nested path.  Writing does the
  reverse, so 未分组 is written as an empty group.
* **Row numbers** are the ones Excel shows: header row 1, first data row 2 (a CSV
  record with line breaks inside a cell still counts as one row).  Completely empty
  rows are skipped without a note.  Rows are not validated here: the importer applies
  the model rules and reports failures by row; only a 收藏 value that is neither yes
  nor no is rejected here, because a draft cannot carry it.
* **CSV encoding**: UTF-8 (BOM or not) first, then GB18030 (a superset of GBK), both
  strict; UTF-16 with a BOM (Excel's "Unicode text") is accepted.  Anything else is a
  :class:`FormatError`; charset-normalizer is only asked to name the likely encoding
  in that message.  (Known limit: Big5 or Shift-JIS text whose bytes happen to be valid
  GBK reads as mojibake; the import preview shows it.)  Tab-separated files are
  recognised from the header line.
* **Limits**: a file over 50 MB or a cell over 1,000,000 characters is refused as a
  whole (nobody's phrase sheet looks like that); per-script limits are the model's.
* **Writing**: UTF-8 with BOM so Excel opens it; columns 快捷编码, 快捷短语,
  快捷短语分组, 标题, 关键词, 输出方式, 热键, 收藏, ID.  ``workbench_only=True``
  writes only the first three, with ``&#13;``/``&#44;`` encoding, for re-import into
  the workbench.  Images cannot travel in a spreadsheet (use the pack format).
  Cells starting with ``=`` are written as text, never as formulas.  Control
  characters that the xlsx format forbids are dropped from xlsx cells.
* Writes go to a temp file in the same folder and are moved into place with
  ``os.replace``: a failed export never leaves a half file (:func:`atomic_target`).
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from pathlib import Path
from typing import Iterable

import charset_normalizer
import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils.exceptions import InvalidFileException

from assistant.errors import FormatError
from assistant.formats.base import ImageLoader, ParsedFile, Rejected, Row, atomic_target
from assistant.model import UNCATEGORISED, OutputMode, Script, ScriptDraft

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_CELL_CHARS = 1_000_000

# field -> header names accepted (compared casefolded); the first is the one we write.
_ALIASES = {
    "code": ("快捷编码", "编码", "code"),
    "body": ("快捷短语", "短语", "话术", "body", "text", "phrase"),
    "group": ("快捷短语分组", "分组", "group", "category"),
    "title": ("标题", "title"),
    "keywords": ("关键词", "keywords", "keyword"),
    "output": ("输出方式", "output", "output_mode"),
    "hotkey": ("热键", "hotkey"),
    "favourite": ("收藏", "favourite", "favorite"),
    "id": ("ID", "id"),
}
_FIELD_OF_HEADER = {name.casefold(): f for f, names in _ALIASES.items() for name in names}
WORKBENCH_FIELDS = ("code", "body", "group")
RICH_FIELDS = WORKBENCH_FIELDS + ("title", "keywords", "output", "hotkey", "favourite", "id")

OUTPUT_LABELS = {
    OutputMode.PASTE: "粘贴",
    OutputMode.PASTE_ENTER: "粘贴并发送",
    OutputMode.COPY: "仅复制",
    OutputMode.TYPE: "逐字输入",
}
_OUTPUT_OF_TEXT = {label: mode.value for mode, label in OUTPUT_LABELS.items()}
_OUTPUT_OF_TEXT.update({mode.value: mode.value for mode in OutputMode})
_YES = {"是", "1", "true", "yes", "y"}
_NO = {"否", "0", "false", "no", "n", ""}

_SIGNATURES = {
    b"PK\x03\x04": "a zip archive (an .xlsx workbook renamed?), not CSV text",
    b"\xd0\xcf\x11\xe0": "an old Excel .xls workbook; save it as .xlsx or CSV UTF-8",
    b"\x89PNG": "a PNG image, not a spreadsheet",
    b"%PDF": "a PDF document, not a spreadsheet",
}


# ---------------------------------------------------------------- reading

def read(path: Path) -> ParsedFile:
    """Read a workbench sheet, ``.xlsx`` or otherwise CSV, by extension."""
    path = Path(path)
    return read_xlsx(path) if path.suffix.lower() == ".xlsx" else read_csv(path)


def read_csv(path: Path) -> ParsedFile:
    path = Path(path)
    data = _read_bytes(path)
    text, encoding = _decode(path, data)
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if first_line.count("\t") > first_line.count(",") else ","
    if csv.field_size_limit() <= MAX_CELL_CHARS:
        csv.field_size_limit(MAX_CELL_CHARS + 1)  # cells are checked against the limit below
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        parsed = _parse_table(path, "csv", enumerate(reader, 1))
    except csv.Error as exc:
        raise FormatError(str(path), f"not readable as CSV near line {reader.line_num}: {exc}") from exc
    parsed.meta.update(encoding=encoding, delimiter="tab" if delimiter == "\t" else "comma")
    return parsed


def read_xlsx(path: Path) -> ParsedFile:
    """Read the first sheet; other sheets are named in ``notes``, never read silently."""
    path = Path(path)
    head = _read_bytes(path, head_only=True)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise FormatError(str(path), _SIGNATURES[b"\xd0\xcf\x11\xe0"])
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, InvalidFileException, OSError, ValueError) as exc:
        raise FormatError(str(path), f"not a readable .xlsx workbook (damaged or truncated?): {exc}") from exc
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some exporters write wrong dimensions: read every row
        parsed = _parse_table(path, "xlsx", enumerate(sheet.iter_rows(values_only=True), 1))
        others = [ws.title for ws in workbook.worksheets[1:]]
        if others:
            parsed.notes.append(f"only the first sheet '{sheet.title}' was read; ignored sheets: {', '.join(others)}")
        return parsed
    except FormatError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged XML inside the zip
        raise FormatError(str(path), f"not a readable .xlsx workbook (damaged?): {exc}") from exc
    finally:
        workbook.close()


def _read_bytes(path: Path, head_only: bool = False) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FormatError(str(path), f"{size // (1024 * 1024)} MB, larger than the 50 MB a script sheet may be")
        with path.open("rb") as handle:
            return handle.read(8) if head_only else handle.read()
    except OSError as exc:
        raise FormatError(str(path), f"cannot be read: {exc.strerror or exc}") from exc


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise FormatError(str(path), f"damaged UTF-16 text: {exc.reason}") from exc
    for signature, what in _SIGNATURES.items():
        if data.startswith(signature):
            raise FormatError(str(path), f"is {what}")
    if b"\x00" in data:
        raise FormatError(str(path), "holds binary data (NUL bytes), not spreadsheet text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        guess = charset_normalizer.from_bytes(data).best()
        hint = f" (it looks like {guess.encoding})" if guess is not None else ""
        raise FormatError(
            str(path),
            f"not UTF-8 or GBK/GB18030 text{hint}; first bad byte on line {line}. Save it as 'CSV UTF-8'",
            line=line,
        ) from exc


def _parse_table(path: Path, fmt: str, records: Iterable[tuple[int, Iterable]]) -> ParsedFile:
    parsed = ParsedFile(path=str(path), format=fmt)
    columns: dict[str, int] | None = None
    for number, values in records:
        cells = [_cell_text(v) for v in values]
        for cell in cells:
            if len(cell) > MAX_CELL_CHARS:
                raise FormatError(str(path), f"row {number} has a cell of {len(cell):,} characters, "
                                             f"more than {MAX_CELL_CHARS:,}: not a script sheet?", row=number)
        if not any(cell.strip() for cell in cells):
            continue
        if columns is None:
            columns = _map_header(path, cells, parsed.notes)
            continue
        row = _row_from_cells(number, [_decode_cell(c) for c in cells], columns)
        (parsed.rows if isinstance(row, Row) else parsed.rejected).append(row)
    if columns is None:
        raise FormatError(str(path), "is empty: no header row with 快捷编码 and 快捷短语")
    return parsed


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a code typed as a number in Excel: 1.0 -> "1"
    return value if isinstance(value, str) else str(value)


def _decode_cell(text: str) -> str:
    for entity, char in (("&#13;&#10;", "\n"), ("&#13;", "\n"), ("&#10;", "\n"), ("&#44;", ",")):
        text = text.replace(entity, char)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _encode_cell(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "&#13;").replace(",", "&#44;")


def _map_header(path: Path, cells: list[str], notes: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    unknown, repeated = [], []
    for index, raw in enumerate(cells):
        name = raw.replace("\ufeff", "").strip()
        field = _FIELD_OF_HEADER.get(name.casefold())
        if field is None:
            if name:
                unknown.append(name)
        elif field in columns:
            repeated.append(name)
        else:
            columns[field] = index
    missing = [f"{_ALIASES[f][0]} ({f})" for f in ("code", "body") if f not in columns]
    if missing:
        found = [c.replace("\ufeff", "").strip() for c in cells if c.strip()]
        raise FormatError(
            str(path),
            f"missing column(s) {', '.join(missing)}; the header row has: {', '.join(found) or 'nothing'}",
            missing=missing, found=found,
        )
    if unknown:
        notes.append(f"ignored unknown column(s): {', '.join(unknown)}")
    if repeated:
        notes.append(f"ignored repeated column(s) (the first one of each kind is read): {', '.join(repeated)}")
    return columns


def _row_from_cells(number: int, cells: list[str], columns: dict[str, int]) -> Row | Rejected:
    def cell(field: str) -> str:
        index = columns.get(field)
        return cells[index] if index is not None and index < len(cells) else ""

    favourite = cell("favourite").strip().casefold()
    if favourite not in _YES and favourite not in _NO:
        return Rejected(number, f"收藏 (favourite) '{cell('favourite').strip()}' is not 是/否, 1/0 or true/false",
                        "bad_favourite", {"value": cell("favourite").strip()})
    output = cell("output").strip()
    draft = ScriptDraft(
        code=cell("code").strip(),
        title=cell("title").strip(),
        body=cell("body"),
        category=cell("group").strip(),
        keywords=cell("keywords"),
        output_mode=_OUTPUT_OF_TEXT.get(output, _OUTPUT_OF_TEXT.get(output.casefold(), output)),
        hotkey=cell("hotkey").strip(),
        favourite=favourite in _YES,
        id=cell("id").strip() or None,
    )
    return Row(number, draft)


# ---------------------------------------------------------------- writing

def write_csv(path: Path, scripts: list[Script], images: ImageLoader, meta: dict | None = None,
              *, workbench_only: bool = False) -> None:
    fields = WORKBENCH_FIELDS if workbench_only else RICH_FIELDS
    with atomic_target(path) as tmp:
        with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([_ALIASES[f][0] for f in fields])
            for script in scripts:
                values = _values(script, fields)
                writer.writerow([_encode_cell(v) for v in values] if workbench_only else values)


def write_xlsx(path: Path, scripts: list[Script], images: ImageLoader, meta: dict | None = None,
               *, workbench_only: bool = False) -> None:
    fields = WORKBENCH_FIELDS if workbench_only else RICH_FIELDS
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("快捷短语")
    sheet.append([_ALIASES[f][0] for f in fields])
    for script in scripts:
        values = _values(script, fields)
        sheet.append([_text_cell(sheet, _encode_cell(v) if workbench_only else v) for v in values])
    with atomic_target(path) as tmp:
        workbook.save(tmp)


def _text_cell(sheet, value: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
    cell.data_type = "s"  # openpyxl would store '=...' as a formula
    return cell


def _values(script: Script, fields: tuple[str, ...]) -> list[str]:
    group = "" if script.category in ((), (UNCATEGORISED,)) else script.category_path
    everything = {
        "code": script.code,
        "body": script.body,
        "group": group,
        "title": script.title,
        "keywords": "，".join(script.keywords),
        "output": OUTPUT_LABELS[OutputMode(script.output_mode)],
        "hotkey": script.hotkey,
        "favourite": "是" if script.favourite else "否",
        "id": script.id,
    }
    return [everything[f] for f in fields]
