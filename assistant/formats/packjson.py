"""The product's own pack format (``kefu-pack``): versioned JSON, lossless.

A file looks like::

    {"format": "kefu-pack", "version": 1, "name": "双11", "exported_at": "2024-11-01T08:00:00+00:00",
     "pack": {"starts_at": ..., "ends_at": ..., "notice": ..., "variables": {"券面额": "50"},
              "checklist": ["..."]},
     "scripts": [{"id": ..., "code": "tk", "title": ..., "body": ..., "category": ["售后", "退款"],
                  "keywords": [...], "output_mode": "paste", "hotkey": "", "favourite": false,
                  "image": {"mime": "image/png", "data": "<base64>", "sha256": "<hex>"} | null,
                  "image_position": "before"}]}

Its structure is the JSON Schema (draft 2020-12) in ``pack.schema.json`` beside this
module.  Decisions:

* The file as a whole is refused (:class:`FormatError`) when it is not JSON, not an
  object, not ``"format": "kefu-pack"``, made by a newer version (``version`` above
  :data:`SUPPORTED_VERSION`), or when the schema fails outside ``scripts[i]``.
* A schema failure inside one script entry rejects only that entry: number = its
  1-based index in ``scripts``, reason = field path and the schema message.  So does
  an image whose base64 is broken or whose SHA-256 does not match its bytes.
* Structure only: model rules (code syntax, body length...) are the importer's job.
* ``pack.drills`` (practice drills) and ``pack.drill_target`` travel in the pack
  object; one bad drill does not refuse the file here: publishing checks every drill
  and names it by number (``assistant.drills.check_pack_drills``).
* Unknown fields are ignored and named in ``notes``; unknown keys inside ``pack`` are
  campaign metadata and are kept as they are.
* ``meta`` (both ways): ``{"name", "exported_at", "pack": {...}}``; the reader adds
  ``"version"``.  The writer fills ``exported_at`` with the current UTC time when absent.
* The image mime type is handed to the importer as ``draft.extra["image_mime"]``.
* Round trip is lossless: every field of a script (id, category path, image bytes,
  favourite, output mode...) comes back equal.  The writer validates its own output
  against the schema before writing, so it never writes a pack it could not read.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path

import jsonschema

from assistant.errors import FormatError
from assistant.formats.base import ImageLoader, ParsedFile, Rejected, Row, atomic_target
from assistant.model import Script, ScriptDraft

FORMAT_NAME = "kefu-pack"
SUPPORTED_VERSION = 1
MAX_PACK_BYTES = 200 * 1024 * 1024  # images travel inside, base64: bigger than a sheet


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(resources.files("assistant.formats").joinpath("pack.schema.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(schema())


def read(path: Path) -> ParsedFile:
    path = Path(path)
    return parse_document(path, load_json(path))


def parse_document(path: Path, document: object) -> ParsedFile:
    """Validate an already parsed JSON document as a pack and map its scripts."""
    check_kind(path, document)
    parsed = ParsedFile(path=str(path), format="pack")
    bad_entries: dict[int, list[str]] = {}
    for error in _validator().iter_errors(document):
        where = list(error.absolute_path)
        if where[:2] == ["pack", "drills"] and len(where) > 2:
            continue  # a bad drill is reported by its number when the pack is checked (drills.check_pack_drills)
        if len(where) >= 2 and where[0] == "scripts" and isinstance(where[1], int):
            field = _field_path(where[2:]) if len(where) > 2 else "entry"
            bad_entries.setdefault(where[1], []).append(f"{field}: {_short(error.message)}")
        else:
            raise FormatError(str(path), f"not a valid kefu-pack: {_field_path(where)}: {_short(error.message)}")

    known_top = set(schema()["properties"])
    known_fields = set(schema()["$defs"]["script"]["properties"])
    unknown_top = sorted(set(document) - known_top)
    if unknown_top:
        parsed.notes.append(f"ignored unknown top-level field(s): {', '.join(unknown_top)}")
    unknown_fields: dict[str, list[int]] = {}
    for index, entry in enumerate(document["scripts"]):
        number = index + 1
        if index in bad_entries:
            detail = "; ".join(bad_entries[index])
            parsed.rejected.append(Rejected(number, detail, "bad_entry", {"detail": detail}))
            continue
        for key in sorted(set(entry) - known_fields):
            unknown_fields.setdefault(key, []).append(number)
        result = _draft(number, entry)
        (parsed.rows if isinstance(result, Row) else parsed.rejected).append(result)
    for key, numbers in unknown_fields.items():
        parsed.notes.append(f"ignored unknown field '{key}' in script(s) {_numbers(numbers)}")
    parsed.meta = {
        "name": document.get("name", ""),
        "exported_at": document.get("exported_at", ""),
        "version": document["version"],
        "pack": dict(document.get("pack") or {}),
    }
    return parsed


def load_json(path: Path) -> object:
    """Parse a JSON file; every failure is a :class:`FormatError` naming the file."""
    try:
        size = path.stat().st_size
        if size > MAX_PACK_BYTES:
            raise FormatError(str(path), f"{size // (1024 * 1024)} MB, larger than the 200 MB a pack may be")
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise FormatError(str(path), f"cannot be read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise FormatError(str(path), "not UTF-8 text, so not a JSON file") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(str(path), f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                          line=exc.lineno) from exc


def check_kind(path: Path, document: object) -> None:
    """Refuse JSON that is not a kefu-pack this version can read, saying what it is."""
    if not isinstance(document, dict):
        raise FormatError(str(path), 'not a kefu-pack: expected a JSON object with "format": "kefu-pack"')
    kind = document.get("format")
    if kind != FORMAT_NAME:
        hint = " (it looks like a Beeftext file)" if "combos" in document else ""
        raise FormatError(str(path), f'not a kefu-pack: "format" is {json.dumps(kind, ensure_ascii=False)}, '
                                     f'expected "{FORMAT_NAME}"{hint}')
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > SUPPORTED_VERSION:
        raise FormatError(str(path), f"made by a newer version of Kefu Assistant (pack version {version}; "
                                     f"this one reads up to {SUPPORTED_VERSION}): update the app",
                          version=version)


def _draft(number: int, entry: dict) -> Row | Rejected:
    image = image_hash = None
    extra = {}
    if entry.get("image"):
        try:
            image = base64.b64decode(entry["image"]["data"], validate=True)
        except (binascii.Error, ValueError):
            return Rejected(number, "image.data: not valid base64", "bad_image", {"detail": "image.data"})
        image_hash = hashlib.sha256(image).hexdigest()
        if image_hash != entry["image"]["sha256"]:
            return Rejected(number, "image.sha256: does not match the image data (damaged file?)", "bad_image",
                            {"detail": "image.sha256"})
        extra["image_mime"] = entry["image"]["mime"]
    category = entry.get("category", ())
    draft = ScriptDraft(
        id=entry.get("id") or None,
        code=entry.get("code", ""),
        title=entry.get("title", ""),
        body=entry["body"],
        category=tuple(category) if isinstance(category, list) else category,
        keywords=tuple(entry.get("keywords", ())),
        output_mode=entry.get("output_mode", "paste"),
        hotkey=entry.get("hotkey", ""),
        favourite=entry.get("favourite", False),
        image=image,
        image_hash=image_hash,
        image_position=entry.get("image_position", "before"),
        extra=extra,
    )
    return Row(number, draft)


def write(path: Path, scripts: list[Script], images: ImageLoader, meta: dict | None = None) -> None:
    meta = meta or {}
    document = {
        "format": FORMAT_NAME,
        "version": SUPPORTED_VERSION,
        "name": meta.get("name", ""),
        "exported_at": meta.get("exported_at") or datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    if meta.get("pack"):
        document["pack"] = meta["pack"]
    document["scripts"] = [_entry(script, images) for script in scripts]
    error = jsonschema.exceptions.best_match(_validator().iter_errors(document))
    if error is not None:  # a bug or bad meta: never write a pack we could not read back
        raise ValueError(f"refusing to write an invalid pack: {_field_path(list(error.absolute_path))}: "
                         f"{_short(error.message)}")
    text = json.dumps(document, ensure_ascii=False, indent=2)
    with atomic_target(path) as tmp:
        tmp.write_text(text + "\n", encoding="utf-8")


def _entry(script: Script, images: ImageLoader) -> dict:
    image = None
    if script.image_hash:
        data, mime = images(script.image_hash)
        image = {"mime": mime, "data": base64.b64encode(data).decode("ascii"),
                 "sha256": hashlib.sha256(data).hexdigest()}
    return {
        "id": script.id,
        "code": script.code,
        "title": script.title,
        "body": script.body,
        "category": list(script.category),
        "keywords": list(script.keywords),
        "output_mode": getattr(script.output_mode, "value", script.output_mode),
        "hotkey": script.hotkey,
        "favourite": script.favourite,
        "image": image,
        "image_position": getattr(script.image_position, "value", script.image_position),
    }


def _field_path(parts: list) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def _short(message: str, limit: int = 200) -> str:
    return message if len(message) <= limit else message[: limit - 1] + "…"


def _numbers(numbers: list[int], shown: int = 10) -> str:
    text = ", ".join(str(n) for n in numbers[:shown])
    return text + (f" and {len(numbers) - shown} more" if len(numbers) > shown else "")
