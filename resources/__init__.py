"""Data shipped with the app (Q&A, starter packs, icons, translations): no code."""
