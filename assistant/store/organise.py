"""Organising a library: categories, moving and trashing many scripts, copies, undo.

The library window's logic, without Qt.  Every operation runs in one store
transaction (all or nothing) and returns an :class:`Undo` that puts things back the
way they were; :class:`UndoStack` keeps the recent ones for Ctrl+Z.

Rules:

* A category is a path of names inside one library (``('售后', '退款')``).  Names
  follow ``model.normalize_category``; 未分组 (where scripts without a category live)
  cannot be renamed, moved or deleted.
* Renaming or moving a category onto a name its new parent already has is refused
  (:class:`ConflictError`), as is moving a category into itself or below itself, or
  deeper than ``MAX_CATEGORY_DEPTH``.
* Deleting a category never loses a script: its scripts (those of its subcategories
  too) move to the parent category (未分组 for a top-level one), or to the trash.
* Read-only libraries (team scripts for an agent, built-in, campaign packs) refuse
  every change with :class:`ReadOnlyError`; ``copy_to_library`` copies their scripts
  into a writable library instead.  A copy keeps the code unless the target already
  uses it, which is refused with the code named.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Iterable

from assistant.errors import ConflictError, NotFoundError, ValidationError
from assistant.model import (
    CATEGORY_SEPARATOR,
    MAX_CATEGORY_DEPTH,
    UNCATEGORISED,
    Script,
    ScriptDraft,
    ScriptState,
    code_key,
    normalize_category,
)
from assistant.store.store import Store

MAX_UNDO = 50


def draft_of(script: Script, **changes) -> ScriptDraft:
    """The draft that writes ``script`` back as it is (with ``changes``)."""
    fields = dict(code=script.code, title=script.title, body=script.body, category=script.category,
                  keywords=script.keywords, output_mode=script.output_mode, hotkey=script.hotkey,
                  image_hash=script.image_hash, image_position=script.image_position,
                  favourite=script.favourite)
    fields.update(changes)
    return ScriptDraft(**fields)


@dataclass
class Undo:
    """How to put back what one operation did.  ``kind``: move, trash, edit, category..."""

    kind: str
    count: int
    revert: Callable[[Store], None]


class UndoStack:
    def __init__(self, limit: int = MAX_UNDO) -> None:
        self._items: list[Undo] = []
        self.limit = limit

    def push(self, undo: Undo | None) -> None:
        if undo is not None:
            self._items = (self._items + [undo])[-self.limit:]

    def peek(self) -> Undo | None:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def undo(self, store: Store) -> Undo | None:
        """Revert the last operation (in one transaction); None when there is nothing to undo."""
        if not self._items:
            return None
        undo = self._items.pop()
        try:
            with store.transaction():
                undo.revert(store)
        except Exception:
            self._items.append(undo)  # not undone: it stays undoable
            raise
        return undo


# -- categories -----------------------------------------------------------------------
def category_paths(store: Store, library_id: str) -> list[tuple[str, ...]]:
    """Every category of a library, parents included, sorted; 未分组 always there."""
    paths = set(store.categories(library_id)) | {(UNCATEGORISED,)}
    for path in list(paths):
        paths.update(path[:i] for i in range(1, len(path)))
    return sorted(paths)


def _path(value: str | tuple[str, ...]) -> tuple[str, ...]:
    if isinstance(value, tuple):
        value = CATEGORY_SEPARATOR.join(value)
    return normalize_category(value)


def _name(name: str) -> str:
    parts = normalize_category(name)
    if len(parts) != 1 or not name.strip():
        raise ValidationError("category", f"'{name}' is not a single category name (no '/' and not empty)")
    return parts[0]


def _category_row(store: Store, library_id: str, path: tuple[str, ...]) -> dict:
    parent = ""
    row = None
    for name in path:
        rows = store.database.query(
            "SELECT id, parent_id, name FROM categories WHERE library_id = ? AND COALESCE(parent_id, '') = ? "
            "AND name = ?", (library_id, parent, name))
        if not rows:
            raise NotFoundError(f"no category '{CATEGORY_SEPARATOR.join(path)}' in this library")
        row = rows[0]
        parent = row["id"]
    return row


def _fixed(path: tuple[str, ...], action: str) -> None:
    if path == (UNCATEGORISED,):
        raise ValidationError("category", f"'{UNCATEGORISED}' holds the scripts without a category; "
                                          f"it cannot be {action}")


def _scripts_under(store: Store, library_id: str, path: tuple[str, ...],
                   state: ScriptState = ScriptState.ACTIVE) -> list[Script]:
    return [s for s in store.scripts(library_id, state) if s.category[:len(path)] == path]


def _touch(store: Store, scripts: Iterable[Script]) -> None:
    """Tell sync and the views that these scripts' category path changed."""
    now = store.clock()
    for script in scripts:
        store.database.execute("UPDATE scripts SET updated_at = ? WHERE id = ?", (now, script.id))
        store._queue(script.library_id, script.id, "upsert")
        store._touched(script.id, live=script.state == ScriptState.ACTIVE)


def add_category(store: Store, library_id: str, path: str | tuple[str, ...]) -> Undo:
    path = _path(path)
    with store.transaction():
        store._writable(library_id)
        existed = path in category_paths(store, library_id)
        if existed:
            raise ConflictError(f"category '{CATEGORY_SEPARATOR.join(path)}' already exists")
        store._category_id(library_id, path)

    def revert(s: Store) -> None:
        row = _category_row(s, library_id, path)
        if not _scripts_under(s, library_id, path) and not _scripts_under(s, library_id, path, ScriptState.TRASHED):
            s.database.execute("DELETE FROM categories WHERE id = ?", (row["id"],))

    return Undo("category", 1, revert)


def rename_category(store: Store, library_id: str, path: str | tuple[str, ...], new_name: str) -> Undo:
    path, new_name = _path(path), _name(new_name)
    _fixed(path, "renamed")
    if new_name == path[-1]:
        return Undo("category", 0, lambda s: None)
    return _relocate(store, library_id, path, path[:-1], new_name)


def move_category(store: Store, library_id: str, path: str | tuple[str, ...],
                  new_parent: str | tuple[str, ...] | None) -> Undo:
    """Move a category (with everything below it) under ``new_parent`` (None or () = top level)."""
    path = _path(path)
    parent = _path(new_parent) if new_parent else ()
    _fixed(path, "moved")
    if parent[:len(path)] == path:
        raise ValidationError("category", f"'{CATEGORY_SEPARATOR.join(path)}' cannot move into itself")
    if parent == path[:-1]:
        return Undo("category", 0, lambda s: None)
    return _relocate(store, library_id, path, parent, path[-1])


def _relocate(store: Store, library_id: str, path: tuple[str, ...], parent: tuple[str, ...], name: str) -> Undo:
    target = parent + (name,)
    with store.transaction():
        store._writable(library_id)
        row = _category_row(store, library_id, path)
        deepest = max(len(p) for p in category_paths(store, library_id) if p[:len(path)] == path)
        if deepest - len(path) + len(target) > MAX_CATEGORY_DEPTH:
            raise ValidationError("category", f"'{CATEGORY_SEPARATOR.join(target)}' would nest deeper "
                                              f"than {MAX_CATEGORY_DEPTH} levels")
        if target in category_paths(store, library_id):
            where = CATEGORY_SEPARATOR.join(parent) or "the top level"
            raise ConflictError(f"a category named '{name}' already exists in {where}")
        parent_id = store._category_id(library_id, parent) if parent else None
        store.database.execute("UPDATE categories SET parent_id = ?, name = ? WHERE id = ?",
                               (parent_id, name, row["id"]))
        moved = _scripts_under(store, library_id, target) + _scripts_under(
            store, library_id, target, ScriptState.TRASHED)
        _touch(store, moved)
    old_parent, old_name = path[:-1], path[-1]

    def revert(s: Store) -> None:
        current = _category_row(s, library_id, target)
        old_parent_id = s._category_id(library_id, old_parent) if old_parent else None
        s.database.execute("UPDATE categories SET parent_id = ?, name = ? WHERE id = ?",
                           (old_parent_id, old_name, current["id"]))
        _touch(s, _scripts_under(s, library_id, path) + _scripts_under(s, library_id, path, ScriptState.TRASHED))

    return Undo("category", 1, revert)


def delete_category(store: Store, library_id: str, path: str | tuple[str, ...], to_trash: bool = False) -> Undo:
    """Remove a category and its subcategories; their scripts go to the parent (or the trash)."""
    path = _path(path)
    _fixed(path, "deleted")
    parent = path[:-1] or (UNCATEGORISED,)
    with store.transaction():
        store._writable(library_id)
        row = _category_row(store, library_id, path)
        subtree = [p for p in category_paths(store, library_id) if p[:len(path)] == path]
        live = _scripts_under(store, library_id, path)
        trashed = _scripts_under(store, library_id, path, ScriptState.TRASHED)
        for script in live:
            if to_trash:
                store.trash_script(script.id)
            else:
                store.update_script(script.id, draft_of(script, category=parent))
        parent_id = store._category_id(library_id, parent)
        for script in trashed:  # restored later, they land in the parent
            store.database.execute("UPDATE scripts SET category_id = ? WHERE id = ?", (parent_id, script.id))
        store.database.execute("DELETE FROM categories WHERE id = ?", (row["id"],))

    def revert(s: Store) -> None:
        for sub in subtree:
            s._category_id(library_id, sub)
        for script in trashed:
            s.database.execute("UPDATE scripts SET category_id = ? WHERE id = ?",
                               (s._category_id(library_id, script.category), script.id))
        for script in live:
            if to_trash:
                s.restore_script(script.id)
            s.update_script(script.id, draft_of(s.get_script(script.id), category=script.category))

    return Undo("category", len(live), revert)


# -- many scripts at once ---------------------------------------------------------------
def move_scripts(store: Store, script_ids: Iterable[str], category: str | tuple[str, ...]) -> Undo:
    """Put scripts into a category of their own library (created when missing)."""
    category = _path(category)
    with store.transaction():
        before = store.get_scripts(list(script_ids))
        for script in before:
            store.update_script(script.id, draft_of(script, category=category))

    def revert(s: Store) -> None:
        for script in before:
            s.update_script(script.id, draft_of(s.get_script(script.id), category=script.category))

    return Undo("move", len(before), revert)


def trash_scripts(store: Store, script_ids: Iterable[str]) -> Undo:
    return _change_state(store, script_ids, ScriptState.ACTIVE, Store.trash_script, Store.restore_script, "trash")


def restore_scripts(store: Store, script_ids: Iterable[str]) -> Undo:
    return _change_state(store, script_ids, ScriptState.TRASHED, Store.restore_script, Store.trash_script, "restore")


def _change_state(store: Store, script_ids: Iterable[str], state: ScriptState, forward, backward, kind: str) -> Undo:
    """Apply ``forward`` to those scripts that are in ``state``; the undo applies ``backward``."""
    with store.transaction():
        scripts = [s for s in store.get_scripts(list(script_ids)) if s.state == state]
        for script in scripts:
            forward(store, script.id)

    def revert(s: Store) -> None:
        for script in scripts:
            backward(s, script.id)

    return Undo(kind, len(scripts), revert)


def purge_scripts(store: Store, script_ids: Iterable[str]) -> int:
    """Delete trashed scripts for good (tombstones stay for sync); no undo.  Returns how many.

    Scripts not in the trash (restored meanwhile) are left alone."""
    with store.transaction():
        scripts = [s for s in store.get_scripts(list(script_ids)) if s.state == ScriptState.TRASHED]
        for script in scripts:
            store.purge_script(script.id)
    return len(scripts)


def save_script(store: Store, library_id: str, script_id: str | None, draft: ScriptDraft,
                expected_version: str | None = None) -> tuple[Script, Undo]:
    """Add (``script_id`` None) or update a script; the undo removes the add or restores the edit.

    An update keeps the stored favourite mark (the editor has no such field) and, with
    ``expected_version``, is refused with ``ChangedElsewhereError`` when the script is no
    longer the version the editor loaded."""
    if script_id is None:
        script = store.add_script(library_id, draft)
        return script, Undo("add", 1, lambda s: s.trash_script(script.id))
    with store.transaction():
        before = store.get_script(script_id)
        script = store.update_script(script_id, replace(draft, favourite=before.favourite), expected_version)
    return script, Undo("edit", 1, lambda s: s.update_script(before.id, draft_of(before)))


def copy_to_library(store: Store, script_ids: Iterable[str], library_id: str) -> tuple[list[Script], Undo]:
    """Copy scripts (e.g. read-only team ones) into a writable library, codes kept."""
    copies: list[Script] = []
    with store.transaction():
        store._writable(library_id)
        for script in store.get_scripts(list(script_ids)):
            if script.code and store.find_by_code(script.code, library_id):
                raise ConflictError(f"code '{script.code}' is already used in the target library; "
                                    f"change or remove that script first", code_value=script.code)
            copies.append(store.add_script(library_id, draft_of(script, favourite=False)))

    def revert(s: Store) -> None:
        for copy in copies:
            s.trash_script(copy.id)

    return copies, Undo("copy", len(copies), revert)


# -- conflicts the editor warns about -----------------------------------------------------
@dataclass
class Conflicts:
    """What a draft's code and hotkey collide with.  ``same_library`` blocks saving."""

    same_library: list[Script] = field(default_factory=list)
    other_libraries: list[tuple[Script, str]] = field(default_factory=list)  # (script, library name)
    hotkey: list[Script] = field(default_factory=list)
    hotkey_setting: str = ""  # the app hotkey setting it equals, e.g. "hotkey.picker"


def find_conflicts(store: Store, library_id: str, script_id: str | None, code: str, hotkey: str,
                   app_hotkeys: dict[str, str] | None = None) -> Conflicts:
    found = Conflicts()
    if code.strip():
        names = {lib.id: lib.name for lib in store.libraries()}
        for holder in store.find_by_code(code):
            if holder.id == script_id:
                continue
            if holder.library_id == library_id:
                found.same_library.append(holder)
            else:
                found.other_libraries.append((holder, names.get(holder.library_id, "")))
    chord = _chord_key(hotkey)
    if chord:
        found.hotkey = [s for s in store.scripts() if s.id != script_id and _chord_key(s.hotkey) == chord]
        for key, value in (app_hotkeys or {}).items():
            if _chord_key(value) == chord:
                found.hotkey_setting = key
    return found


def _chord_key(chord: str) -> str:
    parts = [p.strip().casefold() for p in (chord or "").replace(" ", "").split("+") if p.strip()]
    return "+".join(sorted(parts[:-1]) + parts[-1:]) if parts else ""


def code_taken(store: Store, library_id: str, code: str, script_id: str | None) -> Script | None:
    key = code_key(code)
    if not key:
        return None
    return next((s for s in store.find_by_code(code, library_id) if s.id != script_id), None)
