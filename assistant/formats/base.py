"""What every import format hands to the importer, and what every exporter gets.

A reader turns a file into a :class:`ParsedFile`: one :class:`Row` per entry it could
map (a :class:`~assistant.model.ScriptDraft`, not yet validated: the importer applies
the model rules and reports failures by row number), the entries it could not map at
all (:class:`Rejected`), and :attr:`ParsedFile.notes` for everything it ignored, named
(unknown columns, Espanso features we do not have...).  Nothing is dropped silently.

A reader raises :class:`~assistant.errors.FormatError` when the file as a whole cannot
be read (wrong encoding, binary junk, truncated archive, missing required columns).
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from assistant.model import ScriptDraft


@dataclass(frozen=True)
class Row:
    number: int  # as the user sees it: spreadsheet row (header = 1), or 1-based entry index
    draft: ScriptDraft


@dataclass(frozen=True)
class Rejected:
    """A row that cannot be imported.  ``reason`` is the English sentence (CLI, logs);
    ``code`` and ``params`` say the same for the UI to translate (see REJECTION_CODES)."""

    number: int
    reason: str
    code: str = "other"
    params: dict = field(default_factory=dict, hash=False, compare=False)


# The stable codes of Rejected / transfer.PlannedRow, with the params each one carries.
REJECTION_CODES = {
    "invalid": "a model rule: field, problem (too_long, empty, bad_characters...), value?, limit?",
    "code_repeated": "code, first_row: the file already has this code on an earlier row",
    "in_trash": "title: the row updates a script that sits in the trash",
    "code_taken": "code, title: the code belongs to another script of the library",
    "unsupported": "detail (English): the entry uses a feature Kefu does not have",
    "bad_favourite": "value: the favourite cell is not yes/no",
    "bad_entry": "detail (English): the entry breaks the pack schema",
    "bad_image": "detail (English): the embedded image is damaged",
    "other": "only the English reason",
}


@dataclass
class ParsedFile:
    path: str
    format: str
    rows: list[Row] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)  # e.g. a pack's name and version


# Exporters get the scripts and a way to fetch image bytes by hash: (bytes, mime).
ImageLoader = Callable[[str], tuple[bytes, str]]


@contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """Yield a temp path beside ``path``; on success fsync it and move it over ``path``."""
    path = Path(path)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDWR)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
