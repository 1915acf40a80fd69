"""Suggest replies for a buyer's message (猜你想回).

Score of a script, decided here:

* **Keyword hits** (关键词命中): every script keyword found in the message adds
  ``KEYWORD_WEIGHT * len(keyword)`` — a lead's keywords are explicit triggers, and a
  longer keyword (什么时候发货) is stronger evidence than a short one (亲).
* **Text overlap**: each distinct character bigram of the message found in the title
  adds ``TITLE_WEIGHT * idf``, found in the body ``BODY_WEIGHT * idf``, where
  ``idf = log(1 + N / (1 + df))`` and ``df`` is the size of the bigram's candidate set
  — common bigrams (您好) count for little, rare ones (拦截) for much.
* Candidates are the scripts with a keyword hit, the scripts whose title or keywords
  hold a message bigram, and the scripts whose body holds a bigram that is not common
  (in at most :data:`BODY_POOL_FRACTION` of the library); a script whose only overlap
  is a common body bigram is not worth suggesting.
* Ties go by the usual order (campaign, favourite, frecency, stable).  ``Hit.rank`` is
  the field of the strongest evidence (keywords 3, title 2, body 4); ``Hit.matches``
  light up the keywords, title and body characters that overlap.
"""

from __future__ import annotations

import math

from assistant.search.bits import slots_of
from assistant.search.normalize import fold, is_han, is_word_char, to_original
from assistant.search.query import RANK_BODY, RANK_KEYWORDS, RANK_TITLE, Hit, Match

KEYWORD_WEIGHT = 3.0
TITLE_WEIGHT = 2.0
BODY_WEIGHT = 1.0
BODY_POOL_FRACTION = 0.05


def _meaningful(ch: str) -> bool:
    return is_han(ch) or is_word_char(ch)


def message_bigrams(text: str) -> list[str]:
    seen: dict[str, None] = {}
    for i in range(len(text) - 1):
        pair = text[i:i + 2]
        if _meaningful(pair[0]) and _meaningful(pair[1]):
            seen.setdefault(pair)
    return list(seen)


def suggest(index, message: str, limit: int = 10) -> list:
    postings = index.postings
    live = max(1, len(index))
    text = fold(message or "")
    scores: dict[int, float] = {}
    evidence: dict[int, dict[str, list]] = {}

    def credit(slot: int, amount: float, field: str, item) -> None:
        scores[slot] = scores.get(slot, 0.0) + amount
        evidence.setdefault(slot, {}).setdefault(field, []).append(item)

    for i, ch in enumerate(text):
        for keyword in postings.keyword_heads.get(ch, ()):
            if text.startswith(keyword, i):
                for slot in slots_of(postings.keywords.get(keyword, 0)):
                    credit(slot, KEYWORD_WEIGHT * len(keyword), "keywords", keyword)

    docs = index._docs
    for pair in message_bigrams(text):
        chars = postings.title.chars
        short = chars.get(pair[0], 0) & chars.get(pair[1], 0)
        if short:
            idf = math.log(1 + live / (1 + short.bit_count()))
            for slot in slots_of(short):
                if pair in docs[slot].title:
                    credit(slot, TITLE_WEIGHT * idf, "title", pair)
        if pair[0] in postings.stop_chars and pair[1] in postings.stop_chars:
            continue
        body = postings.body_candidates(pair)
        count = body.bit_count()
        if not count or count > BODY_POOL_FRACTION * live:
            continue
        idf = math.log(1 + live / (1 + count))
        for slot in slots_of(body):
            if pair in docs[slot].body:
                credit(slot, BODY_WEIGHT * idf, "body", pair)

    order_of = index._ordering.order_of
    ranked = sorted(scores, key=lambda s: (-scores[s], order_of[s]))[:limit]
    hits = []
    for slot in ranked:
        doc = docs[slot]
        found = evidence[slot]
        matches = []
        if "keywords" in found:
            matches.append(Match("keywords", _positions(doc.keywords, doc.keywords_origin, found["keywords"]),
                                 "substring"))
        if "title" in found:
            matches.append(Match("title", _positions(doc.title, doc.title_origin, found["title"]), "substring"))
        if "body" in found:
            matches.append(Match("body", _positions(doc.body, doc.body_origin, found["body"]), "substring"))
        rank = RANK_KEYWORDS if "keywords" in found else RANK_TITLE if "title" in found else RANK_BODY
        hits.append(Hit(doc.script, rank, round(scores[slot], 4), tuple(matches)))
    return hits


def _positions(folded: str, origin, pieces: list[str]) -> tuple[int, ...]:
    found: set[int] = set()
    for piece in dict.fromkeys(pieces):
        at = folded.find(piece)
        while at >= 0:
            found.update(range(at, at + len(piece)))
            at = folded.find(piece, at + 1)
    return to_original(sorted(found), origin)
