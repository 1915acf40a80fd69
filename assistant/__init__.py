"""Kefu Assistant core: model, store, formats, search. Never imports Qt, ui/ or sync/."""

__version__ = "0.1.0"
