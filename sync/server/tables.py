"""The server schema as SQLAlchemy Core tables (the Alembic versions create the same).

Decisions: ids are UUID strings; timestamps are ISO 8601 UTC strings of one fixed
format (so they compare as text on SQLite and PostgreSQL alike); JSON lives in TEXT
columns.  Scripts are keyed by (library, id), so one team can never touch another
team's rows by guessing an id.  Code uniqueness is checked by the push logic against
a batch's final state, not by an index, because a batch may legitimately swap codes.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

teams = Table(
    "teams", metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("created_at", String(40), nullable=False),
)

users = Table(
    "users", metadata,
    Column("id", String(36), primary_key=True),
    Column("team_id", String(36), ForeignKey("teams.id"), nullable=False, index=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("display_name", String(200), nullable=False, default=""),
    Column("password_hash", String(200), nullable=False),
    Column("role", String(10), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", String(40), nullable=False),
)

tokens = Table(
    "tokens", metadata,
    Column("hash", String(64), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id"), nullable=False, index=True),
    Column("device", String(100), nullable=False, default=""),
    Column("created_at", String(40), nullable=False),
    Column("expires_at", String(40), nullable=False),
    Column("revoked_at", String(40)),
)

invites = Table(
    "invites", metadata,
    Column("hash", String(64), primary_key=True),
    Column("team_id", String(36), ForeignKey("teams.id"), nullable=False),
    Column("role", String(10), nullable=False),
    Column("created_by", String(36), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("expires_at", String(40), nullable=False),
    Column("uses_left", Integer, nullable=False),
)

libraries = Table(
    "libraries", metadata,
    Column("id", String(36), primary_key=True),
    Column("team_id", String(36), ForeignKey("teams.id"), nullable=False, index=True),
    Column("kind", String(10), nullable=False),
    Column("owner_id", String(36), ForeignKey("users.id")),
    Column("name", String(200), nullable=False),
    Column("revision", BigInteger, nullable=False, default=0),
    Column("created_at", String(40), nullable=False),
    Column("pack_version", Integer, nullable=False, default=0),
    Column("pack_meta", Text, nullable=False, default="{}"),
    Column("published_at", String(40)),
    Column("published_by", String(36)),
    Column("script_count", Integer, nullable=False, default=0),
)

scripts = Table(
    "scripts", metadata,
    Column("library_id", String(36), ForeignKey("libraries.id"), primary_key=True),
    Column("id", String(36), primary_key=True),
    Column("code", String(64), nullable=False, default=""),
    Column("code_key", String(64), nullable=False, default=""),
    Column("title", String(400), nullable=False, default=""),
    Column("body", Text, nullable=False, default=""),
    Column("category", Text, nullable=False, default="[]"),
    Column("keywords", Text, nullable=False, default="[]"),
    Column("output_mode", String(16), nullable=False, default="paste"),
    Column("hotkey", String(64), nullable=False, default=""),
    Column("image_hash", String(64)),
    Column("image_position", String(8), nullable=False, default="before"),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("revision", BigInteger, nullable=False),
    Column("updated_at", String(40), nullable=False),
    Column("updated_by", String(36), nullable=False, default=""),
    Index("scripts_by_revision", "library_id", "revision"),
    Index("scripts_by_code", "library_id", "code_key"),
)

images = Table(
    "images", metadata,
    Column("team_id", String(36), ForeignKey("teams.id"), primary_key=True),
    Column("hash", String(64), primary_key=True),
    Column("mime", String(100), nullable=False),
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
)

idempotency = Table(
    "idempotency", metadata,
    Column("user_id", String(36), ForeignKey("users.id"), primary_key=True),
    Column("key", String(100), primary_key=True),
    Column("scope", String(80), nullable=False),
    Column("response", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)

usage = Table(
    "usage", metadata,
    Column("team_id", String(36), ForeignKey("teams.id"), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id"), primary_key=True),
    Column("script_id", String(36), primary_key=True),
    Column("hour", String(13), primary_key=True),
    Column("library_id", String(36), nullable=False),
    Column("count", Integer, nullable=False),
    Index("usage_by_team_hour", "team_id", "hour"),
)

receipts = Table(
    "receipts", metadata,
    Column("library_id", String(36), ForeignKey("libraries.id"), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id"), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("received_at", String(40), nullable=False),
)

# -- campaign packs: every published version, checklist ticks, last sync (migration 0002) --------
pack_versions = Table(
    "pack_versions", metadata,
    Column("library_id", String(36), ForeignKey("libraries.id"), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("meta", Text, nullable=False, default="{}"),
    Column("scripts", Text, nullable=False, default="[]"),
    Column("script_count", Integer, nullable=False, default=0),
    Column("published_at", String(40), nullable=False),
    Column("published_by", String(36), nullable=False, default=""),
    Column("note", String(200), nullable=False, default=""),
)

pack_ticks = Table(
    "pack_ticks", metadata,
    Column("library_id", String(36), ForeignKey("libraries.id"), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id"), primary_key=True),
    Column("item", String(400), primary_key=True),
    Column("ticked_at", String(40), nullable=False),
)

user_seen = Table(
    "user_seen", metadata,
    Column("user_id", String(36), ForeignKey("users.id"), primary_key=True),
    Column("seen_at", String(40), nullable=False),
)
