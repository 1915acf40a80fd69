"""The built-in starter library in the store, copying from it, and Q&A search documents.

Decisions:

* The built-in library has a FIXED id (:data:`BUILTIN_LIBRARY_ID`), and each starter
  script a fixed id derived from its code (uuid5 of :data:`SCRIPT_NAMESPACE` and the
  code key).  Every install therefore holds the same ids: usage statistics, favourites
  and a team's review figures stay attached to a script across app updates.
* :func:`seed_builtin` is idempotent and runs in ONE transaction: scripts missing
  from the store are added (or restored from the trash), changed ones updated,
  unchanged ones left alone (no write, no change notification), and scripts no longer
  in the content are moved to the trash of the built-in library.  The agent's own mark
  on a built-in script (favourite) survives an update.  When nothing changed, nothing
  is written.
* The library is read-only for everybody.  Until ``Store`` grows a seeding entry
  point (a keyword that lets this one call path write a read-only library), seeding
  lifts the flag with ``Store.set_library_meta`` inside its own transaction
  (:func:`_unlocked`) and sets it back before the commit, so no other connection ever
  sees it writable.  No SQL is written here.
* :func:`copy_to_library` copies scripts (typically built-in ones) into a writable
  library with new ids; a code the target already holds is reported, never
  overwritten.  A lead "replacing the starter library for the team" imports into the
  team library the same way.
* The Q&A browser searches entries with the same engine as the picker:
  :func:`qa_documents` turns each entry into a ``Script`` (never stored) whose
  keywords also hold its related codes, so typing ``shtk`` finds 退款多久到账.
"""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path
from dataclasses import dataclass

from assistant.content.load import Content, QAEntry, load_content
from assistant.errors import ReadOnlyError
from assistant.model import LibraryKind, Script, ScriptDraft, ScriptState, code_key
from assistant.store import Store

# uuid5(NAMESPACE_URL, "urn:kefu-assistant:library:builtin"); never change it
BUILTIN_LIBRARY_ID = "ccbda162-87c2-585c-9c34-3a5a22f9f3b3"
BUILTIN_LIBRARY_NAME = "入门话术库"
# uuid5(NAMESPACE_URL, "urn:kefu-assistant:builtin-script"); never change it
SCRIPT_NAMESPACE = uuid.UUID("2987339a-f1a6-51d5-8b3b-60aa659af67b")
QA_LIBRARY_ID = "builtin-qa"  # pseudo library of the Q&A search documents (never stored)
QA_ID_PREFIX = "qa:"


def builtin_script_id(code: str) -> str:
    return str(uuid.uuid5(SCRIPT_NAMESPACE, code_key(code)))


def builtin_library_scripts(content: Content | None = None) -> list[ScriptDraft]:
    """The starter library as validated drafts with their fixed ids, in content order."""
    content = content or load_content()
    return [
        ScriptDraft(
            id=builtin_script_id(s.code), code=s.code, title=s.title, body=s.body, category=s.category,
            keywords=s.keywords, output_mode=s.output_mode, extra={"qa": s.qa},
        ).validated()
        for s in content.scripts
    ]


@dataclass(frozen=True)
class SeedReport:
    added: tuple[str, ...] = ()  # codes
    updated: tuple[str, ...] = ()
    trashed: tuple[str, ...] = ()
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.trashed)


def seed_builtin(store: Store, content: Content | None = None) -> SeedReport:
    """Create or bring up to date the read-only built-in library (see module doc)."""
    drafts = builtin_library_scripts(content)
    with store.transaction():
        library = store.ensure_library(LibraryKind.BUILTIN, BUILTIN_LIBRARY_NAME, library_id=BUILTIN_LIBRARY_ID)
        if not library.read_only or library.name != BUILTIN_LIBRARY_NAME:
            store.set_library_meta(BUILTIN_LIBRARY_ID, BUILTIN_LIBRARY_NAME, read_only=True)
        stored = {s.id: s for state in (ScriptState.ACTIVE, ScriptState.TRASHED)
                  for s in store.scripts(BUILTIN_LIBRARY_ID, state=state)}
        wanted = {d.id for d in drafts}
        trash = [s for s in stored.values() if s.id not in wanted and s.state == ScriptState.ACTIVE]
        restore = [d for d in drafts if d.id in stored and stored[d.id].state == ScriptState.TRASHED]
        add = [d for d in drafts if d.id not in stored]
        update = [d for d in drafts if d.id in stored and not _same(stored[d.id], d)]
        unchanged = len(drafts) - len(add) - len(update)
        if trash or restore or add or update:
            with _unlocked(store):
                for script in trash:  # first, so a code moved to a new script is free
                    store.trash_script(script.id)
                for draft in restore:
                    store.restore_script(draft.id)
                for draft in update:
                    favourite = stored[draft.id].favourite
                    store.update_script(draft.id, _replace(draft, favourite=favourite))
                for draft in add:
                    store.add_script(BUILTIN_LIBRARY_ID, draft)
    return SeedReport(
        added=tuple(d.code for d in add), updated=tuple(d.code for d in update),
        trashed=tuple(s.code for s in trash), unchanged=unchanged,
    )


def _same(script: Script, draft: ScriptDraft) -> bool:
    return (script.state == ScriptState.ACTIVE and script.code == draft.code and script.title == draft.title
            and script.body == draft.body and script.category == draft.category
            and script.keywords == draft.keywords and script.output_mode == draft.output_mode)


def _replace(draft: ScriptDraft, **changes) -> ScriptDraft:
    from dataclasses import replace

    return replace(draft, **changes)


@contextlib.contextmanager
def _unlocked(store: Store):
    """INTERIM: lift the read-only flag of the built-in library inside the caller's
    transaction (an error rolls the whole transaction back, flag included).  To be
    replaced by a Store seeding API."""
    assert store.database.in_transaction, "only inside store.transaction()"
    store.set_library_meta(BUILTIN_LIBRARY_ID, BUILTIN_LIBRARY_NAME, read_only=False)
    yield
    store.set_library_meta(BUILTIN_LIBRARY_ID, BUILTIN_LIBRARY_NAME, read_only=True)


# -- copying ------------------------------------------------------------------------------

@dataclass(frozen=True)
class CopyReport:
    copied: tuple[Script, ...]  # the new scripts in the target library
    skipped: tuple[tuple[Script, Script], ...]  # (source script, the target's script holding its code)


def copy_to_library(store: Store, script_ids, target_library_id: str) -> CopyReport:
    """Copy scripts into ``target_library_id`` in one transaction (see module doc).

    Raises NotFoundError for an unknown script or library, ReadOnlyError when the target
    is read-only (nothing is copied then).
    """
    ids = list(dict.fromkeys(script_ids))
    copied: list[Script] = []
    skipped: list[tuple[Script, Script]] = []
    with store.transaction():
        target = store.library(target_library_id)
        if target.read_only:
            raise ReadOnlyError(f"library '{target.name}' is read-only", library=target.name)
        sources = [store.get_script(script_id) for script_id in ids]
        for source in sources:
            holders = store.find_by_code(source.code, target_library_id) if source.code else []
            if holders:
                skipped.append((source, holders[0]))
                continue
            copied.append(store.add_script(target_library_id, ScriptDraft(
                code=source.code, title=source.title, body=source.body, category=source.category,
                keywords=source.keywords, output_mode=source.output_mode, image_hash=source.image_hash,
                image_position=source.image_position,
            )))
    return CopyReport(tuple(copied), tuple(skipped))


# -- Q&A as search documents -----------------------------------------------------------

def qa_documents(content: Content | None = None) -> list[Script]:
    """Each Q&A entry as a ``Script`` for :class:`assistant.search.SearchIndex`."""
    content = content or load_content()
    return [_document(entry) for entry in content.entries]


def _document(entry: QAEntry) -> Script:
    body = "\n".join((entry.applies, *entry.check, *entry.steps, *entry.replies))
    keywords = tuple(dict.fromkeys(entry.keywords + entry.related))
    return Script(id=QA_ID_PREFIX + entry.id, library_id=QA_LIBRARY_ID, code="", title=entry.title, body=body,
                  category=entry.category, keywords=keywords)


def qa_index(content: Content | None = None):
    """A :class:`~assistant.search.SearchIndex` over the Q&A entries."""
    from assistant.search import SearchIndex

    return SearchIndex(qa_documents(content))


def find_entries(index, query: str, content: Content | None = None, limit: int = 10) -> list[QAEntry]:
    """Q&A entries for what an agent typed, best first.

    The picker's search comes first (codes, Chinese substrings, pinyin, initials), then
    the suggestion scoring of the same index fills the rest, so a natural phrase such as
    买家骂人 finds 买家辱骂 even though no text holds it verbatim.
    """
    content = content or load_content()
    found: dict[str, None] = {}
    for hit in index.search(query, limit=limit) + index.suggest(query, limit=limit):
        found.setdefault(hit.script.id)
    return [entry_of_id(script_id, content) for script_id in list(found)[:limit]]


def entry_of_id(document_id: str, content: Content | None = None) -> QAEntry:
    content = content or load_content()
    return content.entry(document_id.removeprefix(QA_ID_PREFIX))


def entry_of(document: Script, content: Content | None = None) -> QAEntry:
    """The Q&A entry a search hit from :func:`qa_documents` stands for."""
    content = content or load_content()
    return content.entry(document.id.removeprefix(QA_ID_PREFIX))


CONTENT_HASH_KEY = "builtin.content_hash"


def content_fingerprint(root=None) -> str:
    """A hash of the shipped content files: cheap enough to check at every start."""
    import hashlib

    from assistant.content.load import resources_root

    folder = Path(root) if root else resources_root()
    digest = hashlib.sha256()
    for path in sorted(folder.glob("starter/*.yaml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_builtin(store: Store) -> SeedReport | None:
    """Seed or update the built-in library when the shipped content changed (first start,
    app update); otherwise only a hash of the files is computed."""
    fingerprint = content_fingerprint()
    if store.get_setting(CONTENT_HASH_KEY) == fingerprint:
        return None
    with store.transaction():
        report = seed_builtin(store)
        store.set_setting(CONTENT_HASH_KEY, fingerprint)
    return report
