"""Schema migrations of the local library database.

``MIGRATIONS[n]`` turns a database at schema version ``n`` into version ``n + 1``.
Each runs inside one transaction together with the ``PRAGMA user_version`` bump, so a
kill in the middle leaves the old schema intact (SQLite DDL is transactional).
Never edit a released step: add a new one.
"""

from __future__ import annotations

V1 = """
CREATE TABLE libraries (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('personal', 'team', 'builtin', 'campaign')),
    name        TEXT NOT NULL,
    read_only   INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);

CREATE TABLE categories (
    id          TEXT PRIMARY KEY,
    library_id  TEXT NOT NULL REFERENCES libraries(id) ON DELETE CASCADE,
    parent_id   TEXT REFERENCES categories(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX categories_unique_name
    ON categories (library_id, COALESCE(parent_id, ''), name);

CREATE TABLE images (
    hash        TEXT PRIMARY KEY,
    mime        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    data        BLOB NOT NULL
);

CREATE TABLE scripts (
    id              TEXT PRIMARY KEY,
    library_id      TEXT NOT NULL REFERENCES libraries(id) ON DELETE CASCADE,
    category_id     TEXT REFERENCES categories(id) ON DELETE SET NULL,
    code            TEXT NOT NULL DEFAULT '',
    code_key        TEXT NOT NULL DEFAULT '',
    title           TEXT NOT NULL,
    body            TEXT NOT NULL,
    keywords        TEXT NOT NULL DEFAULT '[]',
    output_mode     TEXT NOT NULL DEFAULT 'paste'
                    CHECK (output_mode IN ('paste', 'paste_enter', 'copy', 'type')),
    hotkey          TEXT NOT NULL DEFAULT '',
    image_hash      TEXT REFERENCES images(hash),
    image_position  TEXT NOT NULL DEFAULT 'before' CHECK (image_position IN ('before', 'after')),
    favourite       INTEGER NOT NULL DEFAULT 0,
    state           TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'trashed', 'purged')),
    trashed_at      TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX scripts_unique_live_code
    ON scripts (library_id, code_key) WHERE state = 'active' AND code_key != '';
CREATE INDEX scripts_by_library ON scripts (library_id, state);

CREATE TABLE packs (
    library_id  TEXT PRIMARY KEY REFERENCES libraries(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    starts_at   TEXT,
    ends_at     TEXT,
    notice      TEXT NOT NULL DEFAULT '',
    variables   TEXT NOT NULL DEFAULT '{}',
    checklist   TEXT NOT NULL DEFAULT '[]',
    published_at TEXT
);

CREATE TABLE usage_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    script_id   TEXT NOT NULL,
    library_id  TEXT NOT NULL,
    used_at     TEXT NOT NULL,
    source      TEXT NOT NULL DEFAULT 'picker',
    app         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX usage_by_script ON usage_events (script_id, used_at);

CREATE TABLE settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);

CREATE TABLE sync_state (
    library_id  TEXT PRIMARY KEY REFERENCES libraries(id) ON DELETE CASCADE,
    revision    INTEGER NOT NULL DEFAULT 0,
    synced_at   TEXT,
    error       TEXT
);

CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    key         TEXT NOT NULL UNIQUE,
    library_id  TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    payload     TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX outbox_by_entity ON outbox (entity, entity_id);
"""

MIGRATIONS: tuple[str, ...] = (V1,)

# Practice drills (assistant/drills.py): one row per answer, per person on this device.
DRILL_RESULTS = """
CREATE TABLE drill_results (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    person      TEXT NOT NULL DEFAULT '',
    drill_id    TEXT NOT NULL,
    category    TEXT NOT NULL DEFAULT '',
    answer      TEXT NOT NULL DEFAULT '',
    correct     INTEGER NOT NULL,
    seconds     REAL NOT NULL,
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    answered_at TEXT NOT NULL
);
CREATE INDEX drill_results_by_person ON drill_results (person, drill_id);
"""
MIGRATIONS += (DRILL_RESULTS,)

SCHEMA_VERSION = len(MIGRATIONS)
