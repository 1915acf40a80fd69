"""Every situation is found the way a new hire looks for it, through the search engine."""

from __future__ import annotations

import pytest

from assistant.content import find_entries, load_content, qa_index, seed_builtin
from assistant.drills import load_drills
from assistant.search import SearchIndex
from assistant.search.pinyin import initials

TOP = 3


@pytest.fixture(scope="module")
def content():
    return load_content()


@pytest.fixture(scope="module")
def index(content):
    return qa_index(content)


def _position(found, entry_id):
    ids = [entry.id for entry in found]
    return ids.index(entry_id) if entry_id in ids else None


def test_every_situation_is_found_by_a_natural_chinese_query(content, index):
    misses = []
    for entry in content.entries:
        for query in entry.search:
            position = _position(find_entries(index, query, content), entry.id)
            if position is None or position >= TOP:
                misses.append((entry.id, query, position))
    assert misses == []


def test_every_situation_is_found_by_the_pinyin_initials_of_its_title(content, index):
    misses = []
    for entry in content.entries:
        query = initials(entry.title)
        hits = [hit.script.id for hit in index.search(query, limit=TOP)]
        if "qa:" + entry.id not in hits:
            misses.append((entry.id, entry.title, query))
    assert misses == []


def test_a_starter_code_finds_its_situation(content, index):
    found = find_entries(index, "shtk", content)
    assert found[0].id == "sh-tk"


def test_buyer_messages_of_the_drills_suggest_an_accepted_script(store):
    """The starter keywords serve suggestion (猜你想回): each drill's buyer message
    brings an accepted reply into the first five suggestions."""
    seed_builtin(store)
    index = SearchIndex(store.scripts())
    misses = []
    for drill in load_drills():
        codes = [hit.script.code for hit in index.suggest(drill.message, limit=5)]
        if not any(drill.accepts(code) for code in codes):
            misses.append((drill.id, drill.message, codes))
    assert misses == []
