"""Built-in content for new hires: the Q&A of standard situations and the starter library.

Public API::

    content = load_content()                 # QAEntry / StarterScript, validated, cached
    content.entries, content.scripts, content.entry("sh-tk"), content.script("shtk")
    builtin_library_scripts()                # -> [ScriptDraft] with fixed ids
    seed_builtin(store)                      # -> SeedReport; idempotent, one transaction
    copy_to_library(store, ids, library_id)  # -> CopyReport (existing codes reported)
    qa_documents()                           # Q&A entries as Scripts for SearchIndex
    find_entries(qa_index(), "买家骂人")       # Q&A search: picker search, then suggestion
    lint(content)                            # style problems (vocabulary, banned words, render)

Content lives in ``resources/qa`` and ``resources/starter`` (see their README and
docs/content.md); :mod:`.load` documents the rules, :mod:`.builtin` the store side.
"""

from assistant.content.builtin import (
    BUILTIN_LIBRARY_ID, BUILTIN_LIBRARY_NAME, CopyReport, SeedReport, builtin_library_scripts,
    builtin_script_id, copy_to_library, ensure_builtin, entry_of, find_entries, qa_documents, qa_index,
    seed_builtin,
)
from assistant.content.load import SCENES, Content, ContentError, QAEntry, StarterScript, load_content
from assistant.content.vocabulary import PROMPTS, lint, render_samples, sample_values

__all__ = [
    "BUILTIN_LIBRARY_ID", "BUILTIN_LIBRARY_NAME", "PROMPTS", "SCENES", "Content", "ContentError", "CopyReport",
    "QAEntry", "SeedReport", "StarterScript", "builtin_library_scripts", "builtin_script_id", "copy_to_library",
    "ensure_builtin", "entry_of", "find_entries", "lint", "load_content", "qa_documents", "qa_index", "render_samples", "sample_values", "seed_builtin",
]
