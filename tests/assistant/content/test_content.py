"""The shipped Q&A, starter library and drills: complete, linked, renderable, on style."""

from __future__ import annotations

import pytest

from assistant import variables
from assistant.content import PROMPTS, SCENES, lint, load_content, render_samples
from assistant.content.vocabulary import sample_values
from assistant.drills import DIFFICULTIES, load_drills
from assistant.model import code_key, validate_code


@pytest.fixture(scope="module")
def content():
    return load_content()


@pytest.fixture(scope="module")
def drills():
    return load_drills()


def test_counts(content, drills):
    assert len(content.entries) >= 60
    assert len(content.scripts) >= 200
    assert len(drills) >= 30


def test_every_entry_has_all_its_parts(content):
    for entry in content.entries:
        assert entry.id and entry.title and entry.applies, entry.id
        assert len(entry.category) >= 2, entry.id
        assert entry.check and entry.steps and entry.never and entry.keywords and entry.search, entry.id
        assert 2 <= len(entry.replies) <= 3, entry.id
        assert entry.related, entry.id
        for part in entry.check + entry.steps + entry.never + entry.replies:
            assert part.strip(), entry.id


def test_scenes_cover_what_new_hires_meet(content):
    scenes = {entry.category[0] for entry in content.entries}
    assert scenes == set(SCENES.values())
    titles = " ".join(entry.title for entry in content.entries)
    for topic in ("尺码", "讲价", "优惠券", "批量", "发货", "地址", "催发货", "缺货", "发票", "退货", "换", "质量",
                  "拍照", "退款", "物流", "补发", "投诉", "差评", "价保", "排队", "直播", "生气", "职业", "组长",
                  "3分钟", "30秒", "权限"):
        assert topic in titles, topic


def test_codes_are_unique_valid_and_follow_the_scheme(content):
    keys = [code_key(s.code) for s in content.scripts]
    assert len(keys) == len(set(keys))
    for script in content.scripts:
        assert validate_code(script.code) == script.code
        stem = script.qa.replace("-", "")
        assert script.code == stem or (script.code[:-1] == stem and script.code[-1] in "23456789"), script.code
        assert script.code[:2] in SCENES and SCENES[script.code[:2]] == script.category[0]


def test_every_text_checks_clean_with_known_codes(content):
    bodies = content.bodies()
    for entry in content.entries:
        for reply in entry.replies:
            assert variables.check(reply, known_codes=bodies) == [], (entry.id, reply)
    for script in content.scripts:
        assert variables.check(script.body, known_codes=bodies, code=script.code) == [], script.code


def test_every_prompt_is_in_the_vocabulary_and_every_text_renders(content):
    assert lint(content) == []
    bodies = content.bodies()
    for script in content.scripts:
        text = render_samples(script.body, bodies)
        assert text.strip() and "{{" not in text, script.code
    for name, (meaning, sample) in PROMPTS.items():
        assert meaning and sample, name


def test_includes_resolve(content):
    included = [s for s in content.scripts if "{{@" in s.body]
    assert included, "the starter library exercises {{@code}}"
    for script in included:
        rendered = render_samples(script.body, content.bodies())
        code = variables.parse(script.body).parts
        inner = next(p.code for p in code if isinstance(p, variables.Include))
        assert render_samples(content.script(inner).body, content.bodies()) in rendered


def test_sample_values_respect_choices(content):
    values = sample_values(content.script("sqcm2").body)
    assert values["尺码"] in ("S", "M", "L", "XL", "XXL") and values["版型"] == "宽松"


def test_related_links_resolve_both_ways(content):
    for entry in content.entries:
        for code in entry.related:
            assert content.has_script(code), (entry.id, code)
        own = {code_key(s.code) for s in content.scripts_for(entry.id)}
        assert own, entry.id
        assert own <= {code_key(c) for c in entry.related}, entry.id
    for script in content.scripts:
        entry = content.entry(script.qa)
        assert script.code in entry.related and script.category == entry.category


def test_no_empty_categories(content):
    for category in content.categories():
        entries = [e for e in content.entries if e.category == category]
        scripts = [s for s in content.scripts if s.category == category]
        assert entries and scripts, category
    assert {s.category for s in content.scripts} == set(content.categories())


def test_titles_are_unique_and_searchable_as_initials(content):
    titles = [e.title for e in content.entries]
    assert len(titles) == len(set(titles))
    for title in titles:
        assert all(ch.isalnum() for ch in title), f"{title}: no punctuation, so its initials can be typed"


def test_drills_are_well_formed(content, drills):
    ids = [d.id for d in drills]
    assert len(ids) == len(set(ids))
    assert {d.difficulty for d in drills} == set(DIFFICULTIES)
    for drill in drills:
        assert drill.message and drill.accept and drill.category in SCENES.values()
        for code in drill.accept:
            assert content.has_script(code), (drill.id, code)
    assert {d.category for d in drills} == set(SCENES.values())
