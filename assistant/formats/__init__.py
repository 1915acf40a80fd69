"""Import and export formats: pick one by name or by the file, read it, write it.

Readers return a :class:`~assistant.formats.base.ParsedFile`; they never touch the
database (the importer does).  Kinds are chosen by extension: ``.csv``/``.tsv``
workbench sheets, ``.xlsx``, ``.yml``/``.yaml`` Espanso; a ``.json`` file by its
content: ``"format": "kefu-pack"`` is our pack, a ``combos`` list is Beeftext.

Export formats: ``pack`` (.json, lossless), ``csv`` and ``xlsx`` (all columns),
``workbench-csv`` (the three workbench columns with ``&#13;``/``&#44;``, to go back into
Qianniu and similar).  Espanso and Beeftext are import-only.
"""

from __future__ import annotations

from pathlib import Path

from assistant.errors import FormatError
from assistant.formats import beeftext, espanso, packjson, workbench
from assistant.formats.base import ImageLoader, ParsedFile, Rejected, Row
from assistant.model import Script

# name -> what it is, for the CLI help.
FORMATS = {
    "pack": "Kefu pack JSON (.json): every field, images and campaign metadata; import and export",
    "csv": "spreadsheet CSV (.csv, UTF-8/GBK, comma or tab): workbench columns plus ours; import and export",
    "xlsx": "Excel workbook (.xlsx), same columns as csv; import and export",
    "workbench-csv": "CSV with only 快捷编码, 快捷短语, 快捷短语分组, for Qianniu and similar; import and export",
    "espanso": "Espanso match file (.yml/.yaml); import only",
    "beeftext": "Beeftext combo file (.json); import only",
}
READ_FORMATS = tuple(FORMATS)
WRITE_FORMATS = ("pack", "csv", "xlsx", "workbench-csv")

_BY_SUFFIX = {".csv": "csv", ".tsv": "csv", ".xlsx": "xlsx", ".yml": "espanso", ".yaml": "espanso"}
_WRITE_BY_SUFFIX = {".json": "pack", ".csv": "csv", ".xlsx": "xlsx"}

__all__ = ["FORMATS", "READ_FORMATS", "WRITE_FORMATS", "ImageLoader", "ParsedFile", "Rejected", "Row",
           "detect_format", "read", "write"]


def detect_format(path: Path) -> str:
    """The format name of a file to import; :class:`FormatError` when it is none we read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        return _json_kind(path, packjson.load_json(path))
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    if suffix == ".xls":
        raise FormatError(str(path), "old Excel .xls workbooks are not supported: save it as .xlsx or CSV UTF-8")
    raise FormatError(str(path), f"unknown kind of file '{suffix or path.name}'; "
                                 f"supported: .csv/.tsv, .xlsx, .json (Kefu pack or Beeftext), .yml/.yaml (Espanso)")


def read(path: Path, format: str | None = None) -> ParsedFile:
    """Read a file to import, of the given format name or detected from the file."""
    path = Path(path)
    if format is None and path.suffix.lower() == ".json":
        document = packjson.load_json(path)  # parsed once, for detection and reading
        if _json_kind(path, document) == "beeftext":
            return beeftext.parse_document(path, document)
        return packjson.parse_document(path, document)
    format = format or detect_format(path)
    if format in ("csv", "workbench-csv"):
        return workbench.read_csv(path)
    if format == "xlsx":
        return workbench.read_xlsx(path)
    if format == "pack":
        return packjson.read(path)
    if format == "espanso":
        return espanso.read(path)
    if format == "beeftext":
        return beeftext.read(path)
    raise FormatError(str(path), f"unknown format '{format}'; supported: {', '.join(READ_FORMATS)}")


def write(path: Path, scripts: list[Script], images: ImageLoader, format: str | None = None,
          meta: dict | None = None) -> None:
    """Export scripts; the format is the given name or comes from the extension."""
    path = Path(path)
    format = format or _WRITE_BY_SUFFIX.get(path.suffix.lower())
    if format == "pack":
        packjson.write(path, scripts, images, meta)
    elif format in ("csv", "workbench-csv"):
        workbench.write_csv(path, scripts, images, meta, workbench_only=format == "workbench-csv")
    elif format == "xlsx":
        workbench.write_xlsx(path, scripts, images, meta)
    else:
        raise FormatError(str(path), f"cannot export as '{format or path.suffix}'; "
                                     f"export formats: {', '.join(WRITE_FORMATS)} (.json, .csv, .xlsx)")


def _json_kind(path: Path, document: object) -> str:
    if isinstance(document, dict):
        if document.get("format") == packjson.FORMAT_NAME:
            return "pack"
        if isinstance(document.get("combos"), list):
            return "beeftext"
    raise FormatError(str(path), 'a JSON file that is neither a Kefu pack ("format": "kefu-pack") '
                                 "nor a Beeftext combo file (\"combos\")")
