"""Data shipped with the app (Q&A, starter packs, icons, translations): no code."""

from importlib import resources as _resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """A file shipped in resources/ (works installed, editable and frozen)."""
    return Path(str(_resources.files(__name__).joinpath(*parts)))
