"""Reading and validating the built-in content: Q&A entries and starter scripts.

Decisions:

* Content is data (``resources/qa/*.yaml``, ``resources/starter/*.yaml``), read with
  ``yaml.safe_load`` and never written by the app.  Every file is checked entry by
  entry against a JSON Schema first, then against the model rules and the links
  between entries; the first problem raises :class:`ContentError` naming the file,
  the entry (id and position) and the field.  Content that loads is usable: every
  link resolves and every variable tag parses.
* **Ids and codes.**  A Q&A id is ``<scene>-<mnemonic>`` (``sh-tk``: 售后 退款); the
  scene prefix fixes the top-level category (:data:`SCENES`).  A starter script's code
  is the id without the dash plus an optional variant digit 2-9 (``shtk``, ``shtk2``),
  so knowing the situation is knowing the code.  See ``resources/starter/README.md``.
* A starter script takes its category from its Q&A entry (the starter library's tree
  is the Q&A tree).  A script may repeat ``category``; it must then be the same.
* An entry's ``related`` names starter codes; every script must be listed by its own
  entry (so the Q&A always shows its scripts), and may be listed by others too.
* Variables are checked with :func:`assistant.variables.check`, the codes of the
  starter library known (``{{@code}}`` must name one of them).  Which prompt names
  are acceptable is a content-style question: see :mod:`.vocabulary`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import jsonschema
import yaml

from assistant import variables
from assistant.errors import KefuError, ValidationError
from assistant.model import OutputMode, code_key, normalize_category, normalize_keywords, validate_code

#: scene prefix -> top-level category.  The order is the order the Q&A browser shows.
SCENES = {
    "ty": "通用", "sq": "售前", "sz": "售中", "sh": "售后", "dc": "大促", "qx": "情绪", "gz": "规则与工具",
}
ID_RE = re.compile(r"^([a-z]{2})-([a-z]{1,6})$")
VARIANT_RE = re.compile(r"^[2-9]?$")

_TEXTS = {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}
QA_SCHEMA = {
    "type": "object",
    "required": ["id", "category", "title", "applies", "check", "steps", "never", "keywords", "search",
                 "replies", "related"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": ID_RE.pattern},
        "category": {"type": "string", "minLength": 1},
        "title": {"type": "string", "minLength": 2, "maxLength": 30},
        "applies": {"type": "string", "minLength": 4},
        "check": _TEXTS,
        "steps": {**_TEXTS, "minItems": 2},
        "never": _TEXTS,
        "keywords": _TEXTS,
        "search": _TEXTS,
        "replies": {**_TEXTS, "minItems": 2, "maxItems": 3},
        "related": _TEXTS,
    },
}
SCRIPT_SCHEMA = {
    "type": "object",
    "required": ["code", "qa", "title", "keywords", "body"],
    "additionalProperties": False,
    "properties": {
        "code": {"type": "string", "minLength": 1},
        "qa": {"type": "string", "pattern": ID_RE.pattern},
        "title": {"type": "string", "minLength": 2, "maxLength": 30},
        "keywords": _TEXTS,
        "body": {"type": "string", "minLength": 1},
        "category": {"type": "string"},
        "output_mode": {"enum": [mode.value for mode in OutputMode]},
    },
}


class ContentError(KefuError):
    """Built-in content (or a lead's drill list) breaks a rule; names file, entry and field."""

    code = "bad_content"

    def __init__(self, source: str, where: str, message: str) -> None:
        super().__init__(f"{source}: {where}: {message}" if where else f"{source}: {message}",
                         source=source, where=where)
        self.source = source
        self.where = where


@dataclass(frozen=True)
class QAEntry:
    """One standard situation of the built-in Q&A (see docs/content.md for the fields)."""

    id: str
    category: tuple[str, ...]
    title: str
    applies: str  # when it applies
    check: tuple[str, ...]  # what to check first
    steps: tuple[str, ...]
    never: tuple[str, ...]  # what never to say, each with why
    replies: tuple[str, ...]  # reference replies, with variables
    related: tuple[str, ...]  # starter codes
    keywords: tuple[str, ...]
    search: tuple[str, ...]  # natural queries an agent types to find it (tested)
    source: str = ""

    @property
    def scene(self) -> str:
        return self.id.split("-", 1)[0]

    @property
    def category_path(self) -> str:
        return "/".join(self.category)


@dataclass(frozen=True)
class StarterScript:
    """One script of the starter library, linked to its Q&A entry."""

    code: str
    qa: str
    title: str
    body: str
    category: tuple[str, ...]
    keywords: tuple[str, ...]
    output_mode: OutputMode = OutputMode.PASTE
    source: str = ""


@dataclass(frozen=True)
class Content:
    entries: tuple[QAEntry, ...]
    scripts: tuple[StarterScript, ...]
    _entries: dict = field(default_factory=dict, repr=False, compare=False)
    _scripts: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._entries.update((e.id, e) for e in self.entries)
        self._scripts.update((code_key(s.code), s) for s in self.scripts)

    def entry(self, entry_id: str) -> QAEntry:
        return self._entries[entry_id]

    def script(self, code: str) -> StarterScript:
        return self._scripts[code_key(code)]

    def has_script(self, code: str) -> bool:
        return code_key(code) in self._scripts

    def scripts_for(self, entry_id: str) -> list[StarterScript]:
        """The scripts that belong to an entry (its own, not the ones it merely relates to)."""
        return [s for s in self.scripts if s.qa == entry_id]

    def categories(self) -> list[tuple[str, ...]]:
        seen = dict.fromkeys(e.category for e in self.entries)
        order = list(SCENES.values())
        return sorted(seen, key=lambda c: (order.index(c[0]), list(seen).index(c)))

    def bodies(self) -> dict[str, str]:
        """code -> body, the lookup ``{{@code}}`` resolves against."""
        return {s.code: s.body for s in self.scripts}


def resources_root() -> Path:
    import resources

    return Path(resources.__file__).parent


@functools.lru_cache(maxsize=4)
def load_content(root: Path | str | None = None) -> Content:
    """Q&A and starter scripts from ``root`` (default: the shipped ``resources/``).

    Cached: the content is read-only.  Raises :class:`ContentError`.
    """
    root = Path(root) if root is not None else resources_root()
    entries = _load_entries(root / "qa")
    scripts = _load_scripts(root / "starter", {e.id: e for e in entries})
    content = Content(tuple(entries), tuple(scripts))
    _check_links(content)
    _check_variables(content)
    return content


def read_yaml(path: Path, key: str) -> list:
    """The list under ``key`` of a YAML file, or ContentError naming the file."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ContentError(str(path), "", f"cannot be read ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise ContentError(str(path), "", f"must be a mapping with a list under '{key}'")
    return data[key]


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster
_VALIDATORS: dict[int, jsonschema.Draft202012Validator] = {}


def schema_problem(item, schema: dict) -> str | None:
    validator = _VALIDATORS.get(id(schema))
    if validator is None:
        validator = _VALIDATORS[id(schema)] = jsonschema.Draft202012Validator(schema)
    error = jsonschema.exceptions.best_match(validator.iter_errors(item))
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path)
    return f"{where}: {error.message}" if where else error.message


def _where(item, number: int, key: str) -> str:
    name = item.get(key) if isinstance(item, dict) else None
    return f"entry '{name}' (#{number})" if name else f"entry #{number}"


def _files(folder: Path) -> list[Path]:
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise ContentError(str(folder), "", "holds no .yaml files")
    return files


def _load_entries(folder: Path) -> list[QAEntry]:
    entries: dict[str, QAEntry] = {}
    for path in _files(folder):
        for number, item in enumerate(read_yaml(path, "entries"), 1):
            where = _where(item, number, "id")
            problem = schema_problem(item, QA_SCHEMA)
            if problem:
                raise ContentError(path.name, where, problem)
            scene = ID_RE.match(item["id"]).group(1)
            if scene not in SCENES:
                raise ContentError(path.name, where, f"id: unknown scene prefix '{scene}' (one of {', '.join(SCENES)})")
            try:
                category = normalize_category(item["category"])
                keywords = normalize_keywords(item["keywords"])
            except ValidationError as exc:
                raise ContentError(path.name, where, str(exc)) from exc
            if category[0] != SCENES[scene] or len(category) < 2:
                raise ContentError(path.name, where, f"category: must be {SCENES[scene]}/<topic> for the "
                                                     f"prefix '{scene}'")
            if item["id"] in entries:
                raise ContentError(path.name, where, f"id: also used in {entries[item['id']].source}")
            entries[item["id"]] = QAEntry(
                id=item["id"], category=category, title=item["title"].strip(), applies=item["applies"].strip(),
                check=tuple(item["check"]), steps=tuple(item["steps"]), never=tuple(item["never"]),
                replies=tuple(item["replies"]), related=tuple(item["related"]), keywords=keywords,
                search=tuple(item["search"]), source=path.name,
            )
    return list(entries.values())


def _load_scripts(folder: Path, entries: dict[str, QAEntry]) -> list[StarterScript]:
    scripts: dict[str, StarterScript] = {}
    for path in _files(folder):
        for number, item in enumerate(read_yaml(path, "scripts"), 1):
            where = _where(item, number, "code")
            problem = schema_problem(item, SCRIPT_SCHEMA)
            if problem:
                raise ContentError(path.name, where, problem)
            entry = entries.get(item["qa"])
            if entry is None:
                raise ContentError(path.name, where, f"qa: no Q&A entry '{item['qa']}'")
            try:
                code = validate_code(item["code"])
                keywords = normalize_keywords(item["keywords"])
                category = normalize_category(item.get("category") or entry.category_path)
            except ValidationError as exc:
                raise ContentError(path.name, where, str(exc)) from exc
            stem = entry.id.replace("-", "")
            if not (code.startswith(stem) and VARIANT_RE.match(code[len(stem):])):
                raise ContentError(path.name, where, f"code: must be '{stem}' or '{stem}2'..'{stem}9' "
                                                     f"(its Q&A entry is {entry.id})")
            if category != entry.category:
                raise ContentError(path.name, where, f"category: must be {entry.category_path} like its entry")
            if code_key(code) in scripts:
                raise ContentError(path.name, where, f"code: also used in {scripts[code_key(code)].source}")
            scripts[code_key(code)] = StarterScript(
                code=code, qa=entry.id, title=item["title"].strip(), body=item["body"], category=category,
                keywords=keywords, output_mode=OutputMode(item.get("output_mode", OutputMode.PASTE.value)),
                source=path.name,
            )
    return list(scripts.values())


def _check_links(content: Content) -> None:
    for entry in content.entries:
        for code in entry.related:
            if not content.has_script(code):
                raise ContentError(entry.source, f"entry '{entry.id}'", f"related: no starter script '{code}'")
        own = [s.code for s in content.scripts_for(entry.id)]
        if not own:
            raise ContentError(entry.source, f"entry '{entry.id}'", "has no starter script (qa: " + entry.id + ")")
        missing = [code for code in own if code_key(code) not in {code_key(c) for c in entry.related}]
        if missing:
            raise ContentError(entry.source, f"entry '{entry.id}'", f"related: must list its scripts {missing}")


def _check_variables(content: Content) -> None:
    bodies = content.bodies()
    for entry in content.entries:
        for number, reply in enumerate(entry.replies, 1):
            problems = variables.check(reply, known_codes=bodies)
            if problems:
                raise ContentError(entry.source, f"entry '{entry.id}'", f"replies/{number}: {problems[0]}")
    for script in content.scripts:
        problems = variables.check(script.body, known_codes=bodies, code=script.code)
        if problems:
            raise ContentError(script.source, f"entry '{script.code}'", f"body: {problems[0]}")
