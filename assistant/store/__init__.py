"""The local SQLite store: see store.py for the API and database.py for durability."""

from assistant.store.store import Change, Store

__all__ = ["Change", "Store"]
