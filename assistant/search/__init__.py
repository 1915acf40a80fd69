"""Search over the script library: an in-memory index patched on every change.

Public API::

    index = SearchIndex.attach(store)          # or SearchIndex(scripts, usage=..., ...)
    hits = index.search("cfh")                 # per keystroke; never touches the disk
    hits = index.suggest(buyer_message)        # likely replies to a buyer's message
    index.record_use(script_id)                # after a paste (frecency)
    field_text(hit.script, match.field)        # the text match.positions index into

See :mod:`.query` for the query syntax and ranks, :mod:`.pinyin` for pinyin matching,
:mod:`.normalize` for folding (full-width, case, traditional Chinese), :mod:`.rank`
for the order inside a rank and :mod:`.suggest` for suggestions.
"""

from assistant.search.document import FIELDS, KEYWORD_SEPARATOR, field_text
from assistant.search.index import SearchIndex
from assistant.search.normalize import HAS_T2S, fold
from assistant.search.query import (
    RANK_BODY, RANK_CODE_PREFIX, RANK_EXACT_CODE, RANK_FUZZY, RANK_KEYWORDS, RANK_TITLE, Hit, Match,
)

__all__ = [
    "FIELDS", "HAS_T2S", "KEYWORD_SEPARATOR", "Hit", "Match", "SearchIndex", "field_text", "fold",
    "RANK_EXACT_CODE", "RANK_CODE_PREFIX", "RANK_TITLE", "RANK_KEYWORDS", "RANK_BODY", "RANK_FUZZY",
]
