"""A campaign pack from a spreadsheet: workbench columns plus pack columns and sheets.

Layout (``.xlsx``; a ``.csv`` holds the scripts sheet only):

* **First sheet — the scripts**: the workbench columns (快捷编码, 快捷短语, 快捷短语分组 and
  the optional 标题, 关键词, 输出方式, 热键, 收藏, ID; see ``workbench.py``) plus the pack
  column **置顶** (``pinned``): 1, 2, 3 … puts that script at that place on top of the
  picker while the pack is valid; empty = not pinned.  A pinned script needs a
  快捷编码 (the pinned order names scripts by code).
* **Sheet 变量** (``variables``): columns 变量名 (``name``) and 值 (``value``): team
  variables, e.g. 券面额 / 50; scripts use them as ``{{券面额}}``.
* **Sheet 检查项** (``checklist``): column 检查项 (``item``): one readiness item per row.
* **Sheet 练习** (``drills``): columns 买家消息 (``message``), 答案编码 (``accept``: one or
  more codes separated by commas, 、 or spaces; each a 快捷编码 of the scripts sheet or of
  the starter library) and 难度 (``difficulty``: 简单/中等/困难 or easy/medium/hard; empty =
  中等): practice drills of the pack.  The score to reach (``drill_target``) is given
  on publishing (``kefu pack publish --drill-target 80``).

Decisions: every row is checked (the workbench reader's rules, the model rules, unique
codes, the pinned numbers, variable names) before anything is sent; problems are
collected as (sheet, row, reason) with the row number Excel shows, and any problem
refuses the whole pack (:class:`PackSheetError`), so nothing is published by half.
The pinned order travels in the pack metadata as ``pack.pinned`` (codes, in order).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import openpyxl

from assistant.errors import FormatError, ValidationError
from assistant.formats import workbench
from assistant.model import code_key

SCRIPTS_SHEET = "话术"
VARIABLES_SHEET = ("变量", "variables")
CHECKLIST_SHEET = ("检查项", "checklist")
PINNED_HEADERS = ("置顶", "pinned", "pin")
VARIABLE_HEADERS = {"name": ("变量名", "变量", "name"), "value": ("值", "value")}
CHECKLIST_HEADERS = ("检查项", "item")
DRILLS_SHEET = ("练习", "drills")
DRILL_HEADERS = {"message": ("买家消息", "message", "buyer message"),
                 "accept": ("答案编码", "accept", "accepted codes"),
                 "difficulty": ("难度", "difficulty")}


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int
    reason: str

    def __str__(self) -> str:
        return f"{self.sheet} row {self.row}: {self.reason}" if self.row else f"{self.sheet}: {self.reason}"


class PackSheetError(Exception):
    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = Path(path)
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems[:50])
        more = f"\n  … and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{self.path.name}: {len(problems)} problem(s), nothing was published:\n{lines}{more}")


def read(path: Path, name: str, starts_at: str | None = None, ends_at: str | None = None,
         notice: str = "", drill_target: float | None = None) -> dict:
    """A ``kefu-pack`` document ready to publish, or :class:`PackSheetError` listing every bad row."""
    path = Path(path)
    problems: list[Problem] = []
    try:
        parsed = workbench.read(path)
    except FormatError as exc:
        raise PackSheetError(path, [Problem(_first_sheet_name(path), 0, str(exc))]) from exc
    sheet = _first_sheet_name(path)
    pins = _pinned_cells(path)
    problems += [Problem(sheet, r.number, r.reason) for r in parsed.rejected]
    scripts, codes, pinned = [], {}, {}
    for row in parsed.rows:
        try:
            draft = row.draft.validated()
        except ValidationError as exc:
            problems.append(Problem(sheet, row.number, str(exc)))
            continue
        key = code_key(draft.code)
        if key and key in codes:
            problems.append(Problem(sheet, row.number, f"快捷编码 '{draft.code}' is also used on row {codes[key]}"))
            continue
        if key:
            codes[key] = row.number
        pin = pins.get(row.number, "").strip()
        if pin:
            if not pin.isdigit() or int(pin) < 1:
                problems.append(Problem(sheet, row.number, f"置顶 '{pin}' is not a whole number from 1"))
                continue
            if not draft.code:
                problems.append(Problem(sheet, row.number, "置顶 needs a 快捷编码 on the same row"))
                continue
            if int(pin) in pinned:
                problems.append(Problem(sheet, row.number, f"置顶 {pin} is also given on row {pinned[int(pin)][0]}"))
                continue
            pinned[int(pin)] = (row.number, draft.code)
        entry = {"code": draft.code, "title": draft.title, "body": draft.body, "category": list(draft.category),
                 "keywords": list(draft.keywords), "output_mode": draft.output_mode.value, "hotkey": draft.hotkey,
                 "favourite": draft.favourite}
        if draft.id:
            entry["id"] = draft.id
        scripts.append(entry)
    if not parsed.rows and not parsed.rejected:
        problems.append(Problem(sheet, 0, "no scripts: the sheet has a header but no rows"))
    variables, checklist, drills = {}, [], []
    if path.suffix.lower() == ".xlsx":
        variables, checklist = _pack_sheets(path, problems)
        drills = _drills_sheet(path, [s["code"] for s in scripts], problems)
    if drill_target is not None and not drills:
        problems.append(Problem(DRILLS_SHEET[0], 0, "a drill target needs drills: the sheet 练习 is missing or empty"))
    if problems:
        raise PackSheetError(path, problems)
    pack = {"notice": notice, "variables": variables, "checklist": checklist,
            "pinned": [code for _n, (_row, code) in sorted(pinned.items())]}
    if drills:
        pack["drills"] = drills
    if drill_target is not None:
        pack["drill_target"] = drill_target
    if starts_at:
        pack["starts_at"] = starts_at
    if ends_at:
        pack["ends_at"] = ends_at
    return {"format": "kefu-pack", "version": 1, "name": name, "pack": pack, "scripts": scripts}


def _first_sheet_name(path: Path) -> str:
    if path.suffix.lower() != ".xlsx":
        return path.name
    try:
        book = openpyxl.load_workbook(path, read_only=True)
    except Exception:
        return SCRIPTS_SHEET
    try:
        return book.worksheets[0].title
    finally:
        book.close()


def _cells(value) -> str:
    return workbench._cell_text(value).strip()


def _rows(path: Path, wanted: tuple[str, ...] | None, index: int | None = None):
    """(sheet title, [(row number, [cell text])]) of the named sheet (or the sheet at ``index``)."""
    if path.suffix.lower() != ".xlsx":
        import csv
        import io

        text, _encoding = workbench._decode(path, workbench._read_bytes(path))
        return path.name, list(enumerate(([c.strip() for c in r] for r in csv.reader(io.StringIO(text))), 1))
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheets = book.worksheets
        found = sheets[index] if index is not None else next(
            (ws for ws in sheets if ws.title.strip().casefold() in {w.casefold() for w in wanted}), None)
        if found is None:
            return None, []
        found.reset_dimensions()
        return found.title, [(n, [_cells(v) for v in values])
                             for n, values in enumerate(found.iter_rows(values_only=True), 1)]
    finally:
        book.close()


def _header(cells: list[str], names: tuple[str, ...]) -> int | None:
    folded = [c.replace("\ufeff", "").strip().casefold() for c in cells]
    return next((folded.index(n.casefold()) for n in names if n.casefold() in folded), None)


def _pinned_cells(path: Path) -> dict[int, str]:
    """Row number -> the 置顶 cell of the scripts sheet (empty when there is no such column)."""
    _title, rows = _rows(path, None, index=0)
    rows = [(n, cells) for n, cells in rows if any(cells)]
    if not rows:
        return {}
    column = _header(rows[0][1], PINNED_HEADERS)
    if column is None:
        return {}
    return {n: (cells[column] if column < len(cells) else "") for n, cells in rows[1:]}


def _pack_sheets(path: Path, problems: list[Problem]) -> tuple[dict, list]:
    variables: dict[str, str] = {}
    title, rows = _rows(path, VARIABLES_SHEET)
    rows = [(n, cells) for n, cells in rows if any(cells)]
    if rows:
        name_col, value_col = _header(rows[0][1], VARIABLE_HEADERS["name"]), _header(rows[0][1],
                                                                                   VARIABLE_HEADERS["value"])
        if name_col is None or value_col is None:
            problems.append(Problem(title, rows[0][0], "the header row needs 变量名 and 值"))
        else:
            seen: dict[str, int] = {}
            for n, cells in rows[1:]:
                name = cells[name_col] if name_col < len(cells) else ""
                value = cells[value_col] if value_col < len(cells) else ""
                if not name:
                    problems.append(Problem(title, n, "变量名 is empty"))
                elif any(ch in name for ch in "{}|") or len(name) > 40:
                    problems.append(Problem(title, n, f"变量名 '{name}' may not hold {{ }} | or exceed 40 characters"))
                elif name in seen:
                    problems.append(Problem(title, n, f"变量名 '{name}' is also given on row {seen[name]}"))
                else:
                    seen[name] = n
                    variables[name] = value
    checklist: list[str] = []
    title, rows = _rows(path, CHECKLIST_SHEET)
    rows = [(n, cells) for n, cells in rows if any(cells)]
    if rows:
        column = _header(rows[0][1], CHECKLIST_HEADERS)
        if column is None:
            problems.append(Problem(title, rows[0][0], "the header row needs 检查项"))
        else:
            for n, cells in rows[1:]:
                item = cells[column] if column < len(cells) else ""
                if not item:
                    continue
                if len(item) > 400:
                    problems.append(Problem(title, n, "检查项 is longer than 400 characters"))
                elif item in checklist:
                    problems.append(Problem(title, n, f"检查项 '{item[:40]}' is listed twice"))
                else:
                    checklist.append(item)
    return variables, checklist


def _drills_sheet(path: Path, codes: list[str], problems: list[Problem]) -> list[dict]:
    """The 练习 sheet as pack drills; a bad row is a problem naming its row number."""
    from assistant import drills as drill_core  # the drill rules live with the drills

    title, rows = _rows(path, DRILLS_SHEET)
    rows = [(n, cells) for n, cells in rows if any(cells)]
    if not rows:
        return []
    columns = {key: _header(rows[0][1], names) for key, names in DRILL_HEADERS.items()}
    if columns["message"] is None or columns["accept"] is None:
        problems.append(Problem(title, rows[0][0], "the header row needs 买家消息 and 答案编码 (and may have 难度)"))
        return []
    drills, numbers = [], []
    for n, cells in rows[1:]:
        cell = lambda key: cells[columns[key]] if columns[key] is not None and columns[key] < len(cells) else ""  # noqa: E731
        message, codes_text, level = cell("message"), cell("accept"), cell("difficulty")
        accept = drill_core.split_codes(codes_text)
        difficulty = drill_core.DIFFICULTY_WORDS.get(level.strip().casefold())
        if not message:
            problems.append(Problem(title, n, "买家消息 is empty"))
        elif not accept:
            problems.append(Problem(title, n, "答案编码 is empty: give the code(s) of the right reply"))
        elif difficulty is None:
            problems.append(Problem(title, n, f"难度 '{level}' is not 简单, 中等 or 困难"))
        else:
            drills.append({"message": message, "accept": accept, "difficulty": difficulty})
            numbers.append(n)
    for index, reason in drill_core.check_pack_drills({"drills": drills}, codes):
        problems.append(Problem(title, numbers[index - 1] if index else 0, reason))
    return drills
