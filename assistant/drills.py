"""Practice drills (训练): find the right reply to a buyer's message, fast.

A drill is plain data: a buyer's message, the codes accepted as an answer and a
difficulty.  The built-in drills live in ``resources/drills/*.yaml`` and answer with
starter-library codes; a lead adds drills to a pack in the pack object's
``drills`` list (:data:`PACK_DRILLS_FIELD`) and sets the score to reach in
``drill_target`` (:data:`PACK_TARGET_FIELD`).

Scoring, decided here (:func:`score`):

* a wrong answer (or giving up) scores 0, however fast;
* a right answer within :data:`FULL_SECONDS` (5 s) scores 100;
* after that the score falls linearly to :data:`FLOOR_SCORE` (40) at
  :data:`FLOOR_SECONDS` (30 s): ``round(100 - 60 * (t - 5) / 25)``;
* a right answer after 30 s still scores 40 — finding it slowly beats not finding it.

The time runs from the moment :meth:`DrillSession.next` shows the message to the
answer, on an injectable monotonic clock.  An answer is right when its code equals one
of the accepted codes (case-insensitively, like typed codes); choosing a script found
by search counts through that script's code, whichever library holds it.

Progress is kept per person in the store's ``drill_results`` table, one row per answer
(this module owns the table; writes go through ``store.transaction()``).  ``person``
is "" for the local agent; a shared training PC passes names.  Derived figures:

* best score per drill (the best of all attempts);
* overall score: the mean of best scores over a drill set, an unattempted drill
  counting 0 — so a person is only *ready* after trying every drill;
* weakest categories: categories by mean best score (unattempted = 0), lowest first.
  A drill's category is the top-level category (售前, 售后...) of its first accepted
  starter script; pack drills may name one (default :data:`PACK_CATEGORY`).
"""

from __future__ import annotations

import hashlib
import random
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from assistant.content.load import Content, ContentError, load_content, read_yaml, resources_root, schema_problem
from assistant.model import Script, code_key
from assistant.store import Store

DIFFICULTIES = ("easy", "medium", "hard")
FULL_SECONDS = 5.0
FLOOR_SECONDS = 30.0
FULL_SCORE = 100
FLOOR_SCORE = 40
DEFAULT_TARGET = 80
PACK_DRILLS_FIELD = "drills"
PACK_TARGET_FIELD = "drill_target"
PACK_CATEGORY = "活动"
WEAKEST_COUNT = 3
DRILL_ITEM = "练习达标 ≥ {} 分"  # the automatic checklist item of a pack with a drill target

DRILL_SCHEMA = {
    "type": "object",
    "required": ["id", "message", "accept", "difficulty"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": r"^[A-Za-z0-9_.\-]{1,40}$"},
        "message": {"type": "string", "minLength": 1, "maxLength": 500},
        "accept": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
        "difficulty": {"enum": list(DIFFICULTIES)},
        "category": {"type": "string", "minLength": 1},
    },
}

# How a lead may write a difficulty in a sheet or the console's table ("" = medium).
DIFFICULTY_WORDS = {"简单": "easy", "容易": "easy", "中等": "medium", "一般": "medium", "困难": "hard", "难": "hard",
                    "easy": "easy", "medium": "medium", "hard": "hard", "": "medium"}


def split_codes(text: str) -> list[str]:
    """Accepted codes typed in one cell: separated by commas, 、, semicolons or spaces."""
    return [code for code in re.split(r"[\s,，、;；]+", text or "") if code]


# In a pack a lead writes only message, accept and difficulty: the id (which keeps
# progress) defaults to a hash of the message, so reordering drills keeps results.
PACK_DRILL_SCHEMA = {**DRILL_SCHEMA, "required": ["message", "accept", "difficulty"]}


@dataclass(frozen=True)
class Drill:
    id: str
    message: str
    accept: tuple[str, ...]
    difficulty: str
    category: str = ""
    source: str = ""

    def accepts(self, code: str) -> bool:
        key = code_key(code or "")
        return bool(key) and any(code_key(accepted) == key for accepted in self.accept)


@dataclass(frozen=True)
class DrillResult:
    drill_id: str
    answer: str  # the code answered ("" when the agent gave up)
    correct: bool
    seconds: float
    score: int
    category: str


@dataclass(frozen=True)
class Progress:
    best: dict  # drill id -> best score (attempted drills only)
    attempts: int
    overall: float  # mean best score over the drill set, unattempted = 0
    by_category: dict  # category -> mean best score
    weakest: tuple[str, ...]  # lowest categories first


@dataclass(frozen=True)
class Readiness:
    ready: bool
    overall: float
    target: float
    unattempted: int


def score(correct: bool, seconds: float) -> int:
    """Points for one answer (see module doc for the formula)."""
    if not correct:
        return 0
    if seconds <= FULL_SECONDS:
        return FULL_SCORE
    if seconds >= FLOOR_SECONDS:
        return FLOOR_SCORE
    fraction = (seconds - FULL_SECONDS) / (FLOOR_SECONDS - FULL_SECONDS)
    return round(FULL_SCORE - (FULL_SCORE - FLOOR_SCORE) * fraction)


# -- loading ------------------------------------------------------------------------------

def _drill(item, source: str, number: int, id_prefix: str = "", category: str = "",
           schema: dict = DRILL_SCHEMA) -> Drill:
    name = item.get("id") if isinstance(item, dict) else None
    where = f"drill '{name}' (#{number})" if name else f"drill #{number}"
    problem = schema_problem(item, schema)
    if problem:
        raise ContentError(source, where, problem)
    drill_id = item.get("id") or "m" + hashlib.sha1(item["message"].strip().encode("utf-8")).hexdigest()[:12]
    return Drill(id=id_prefix + drill_id, message=item["message"].strip(), accept=tuple(item["accept"]),
                 difficulty=item["difficulty"], category=item.get("category", category), source=source)


def load_drills(root: Path | str | None = None, content: Content | None = None) -> list[Drill]:
    """The built-in drills; every accepted code must be a starter script (ContentError)."""
    root = Path(root) if root is not None else resources_root()
    content = content or load_content(root if root != resources_root() else None)
    drills: dict[str, Drill] = {}
    files = sorted((root / "drills").glob("*.yaml"))
    if not files:
        raise ContentError(str(root / "drills"), "", "holds no .yaml files")
    for path in files:
        for number, item in enumerate(read_yaml(path, "drills"), 1):
            drill = _drill(item, path.name, number)
            where = f"drill '{drill.id}' (#{number})"
            unknown = [code for code in drill.accept if not content.has_script(code)]
            if unknown:
                raise ContentError(path.name, where, f"accept: no starter script {unknown}")
            if drill.id in drills:
                raise ContentError(path.name, where, f"id: also used in {drills[drill.id].source}")
            category = drill.category or content.script(drill.accept[0]).category[0]
            drills[drill.id] = Drill(drill.id, drill.message, drill.accept, drill.difficulty, category, path.name)
    return list(drills.values())


def drills_from_pack(meta: dict, namespace: str = "pack") -> list[Drill]:
    """Drills from a pack object's ``drills`` list (none when absent).

    Ids are prefixed ``<namespace>:`` (pass the pack's library id) so they never mix
    with built-in ids or another pack's.  Accepted codes are not checked here (they
    usually name the pack's own scripts): see :func:`unknown_codes`.
    """
    items = (meta or {}).get(PACK_DRILLS_FIELD) or []
    if not isinstance(items, list):
        raise ContentError(namespace, "", f"'{PACK_DRILLS_FIELD}' must be a list")
    drills = [_drill(item, namespace, number, f"{namespace}:", PACK_CATEGORY, PACK_DRILL_SCHEMA)
              for number, item in enumerate(items, 1)]
    seen: set[str] = set()
    for number, drill in enumerate(drills, 1):
        if drill.id in seen:
            raise ContentError(namespace, f"drill '{drill.id}' (#{number})", "id: used twice")
        seen.add(drill.id)
    return drills


def target_from_pack(meta: dict, default: float = DEFAULT_TARGET) -> float:
    """The pack's ``drill_target`` (0-100), or ``default``."""
    value = (meta or {}).get(PACK_TARGET_FIELD, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
        raise ContentError("pack", "", f"'{PACK_TARGET_FIELD}' must be a number from 0 to 100, not {value!r}")
    return float(value)


def pack_target(meta: dict) -> float | None:
    """The pack's drill target, or None when it sets none (or has no drills to reach it with)."""
    if (meta or {}).get(PACK_TARGET_FIELD) is None or not (meta or {}).get(PACK_DRILLS_FIELD):
        return None
    return target_from_pack(meta)


def drill_item(target: float) -> str:
    """The automatic checklist item of a pack whose drill target is ``target``."""
    return DRILL_ITEM.format(f"{target:g}")


def pack_checklist(meta: dict) -> list[str]:
    """The pack's checklist as agents and the board see it: the lead's items, then the drill item."""
    items = [str(item) for item in (meta or {}).get("checklist") or []]
    try:
        target = pack_target(meta)
    except ContentError:  # refused at publish; an old bad value never breaks the checklist
        target = None
    if target is not None and drill_item(target) not in items:
        items.append(drill_item(target))
    return items


def check_pack_drills(meta: dict, pack_codes: Iterable[str], content: Content | None = None) -> list[tuple[int, str]]:
    """Problems of a pack's drills as (drill number, reason); number 0 = the field as a whole.

    An accepted code must be a script of the pack (``pack_codes``) or of the starter library.
    """
    meta = meta or {}
    problems: list[tuple[int, str]] = []
    if meta.get(PACK_TARGET_FIELD) is not None:
        try:
            target_from_pack(meta)
        except ContentError as exc:
            problems.append((0, str(exc).removeprefix("pack: ")))
    items = meta.get(PACK_DRILLS_FIELD)
    if meta.get(PACK_TARGET_FIELD) is not None and not items:
        problems.append((0, f"'{PACK_TARGET_FIELD}' needs drills to reach it"))
    if items is None:
        return problems
    if not isinstance(items, list):
        return problems + [(0, f"'{PACK_DRILLS_FIELD}' must be a list")]
    codes = {code_key(c) for c in pack_codes if c}
    content = content or load_content()
    seen: dict[str, int] = {}
    for number, item in enumerate(items, 1):
        problem = schema_problem(item, PACK_DRILL_SCHEMA)
        if problem:
            problems.append((number, problem))
            continue
        drill = _drill(item, "pack", number, schema=PACK_DRILL_SCHEMA)
        if drill.id in seen:
            problems.append((number, f"the same drill as drill {seen[drill.id]}"))
            continue
        seen[drill.id] = number
        unknown = [c for c in drill.accept if code_key(c) not in codes and not content.has_script(c)]
        if unknown:
            problems.append((number, f"accepted code(s) {', '.join(unknown)}: no such script in the pack "
                                     f"or the starter library"))
    return problems


def unknown_codes(drills: Iterable[Drill], store: Store) -> dict[str, list[str]]:
    """drill id -> accepted codes no live script holds (a lead checks a pack with it)."""
    missing = {}
    for drill in drills:
        codes = [code for code in drill.accept if not store.find_by_code(code)]
        if codes:
            missing[drill.id] = codes
    return missing


# -- a session ------------------------------------------------------------------------------

class DrillSession:
    """One practice run: :meth:`next` shows a drill, :meth:`answer` scores and records it.

    ``order``: "given" (default), "shuffled" (with ``rng``) or "weakest" (drills with the
    lowest best score first, unattempted before attempted).
    """

    def __init__(self, store: Store, drills: Iterable[Drill], *, person: str = "",
                 clock: Callable[[], float] = time.monotonic, order: str = "given",
                 rng: random.Random | None = None) -> None:
        self.store = store
        self.person = person
        self.clock = clock
        self.drills = list(drills)
        if order == "shuffled":
            (rng or random.Random()).shuffle(self.drills)
        elif order == "weakest":
            best = progress(store, self.drills, person).best
            self.drills.sort(key=lambda d: (d.id in best, best.get(d.id, 0)))
        elif order != "given":
            raise ValueError(f"order must be given, shuffled or weakest, not {order!r}")
        self.results: list[DrillResult] = []
        self._position = 0
        self._current: Drill | None = None
        self._shown_at = 0.0

    @property
    def current(self) -> Drill | None:
        return self._current

    @property
    def finished(self) -> bool:
        return self._current is None and self._position >= len(self.drills)

    def next(self) -> Drill | None:
        """Show the next drill (its clock starts now); None when the session is over."""
        if self._position >= len(self.drills):
            self._current = None
            return None
        self._current = self.drills[self._position]
        self._position += 1
        self._shown_at = self.clock()
        return self._current

    def answer(self, answer: str | Script | None) -> DrillResult:
        """Answer the current drill with a code, a chosen script, or None to give up."""
        drill = self._current
        if drill is None:
            raise RuntimeError("no drill is shown: call next() first")
        seconds = max(0.0, self.clock() - self._shown_at)
        code = answer.code if isinstance(answer, Script) else (answer or "")
        code = re.sub(r"^[;；]", "", code.strip())  # the expansion prefix typed out of habit
        correct = drill.accepts(code)
        result = DrillResult(drill.id, code, correct, round(seconds, 3), score(correct, seconds), drill.category)
        record(self.store, result, self.person)
        self.results.append(result)
        self._current = None
        return result

    @property
    def total(self) -> int:
        return sum(r.score for r in self.results)


# -- progress in the store ------------------------------------------------------------------

def record(store: Store, result: DrillResult, person: str = "") -> None:
    with store.transaction():
        store.database.execute(
            "INSERT INTO drill_results (person, drill_id, category, answer, correct, seconds, score, answered_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (person, result.drill_id, result.category, result.answer, int(result.correct), result.seconds,
             result.score, store.clock()),
        )


def history(store: Store, person: str = "") -> list[dict]:
    """Every recorded answer of ``person``, oldest first."""
    return store.database.query("SELECT * FROM drill_results WHERE person = ? ORDER BY id", (person,))


def people(store: Store) -> list[str]:
    return [r["person"] for r in store.database.query("SELECT DISTINCT person FROM drill_results ORDER BY person")]


def progress(store: Store, drills: Iterable[Drill] | None = None, person: str = "") -> Progress:
    """Best scores, overall score and weakest categories over ``drills`` (default: built-in)."""
    drills = list(load_drills() if drills is None else drills)
    rows = store.database.query(
        "SELECT drill_id, MAX(score) AS best, COUNT(*) AS n FROM drill_results WHERE person = ? GROUP BY drill_id",
        (person,))
    known = {d.id for d in drills}
    best = {r["drill_id"]: int(r["best"]) for r in rows if r["drill_id"] in known}
    attempts = sum(r["n"] for r in rows if r["drill_id"] in known)
    overall = sum(best.values()) / len(drills) if drills else 0.0
    scores: dict[str, list[int]] = {}
    for drill in drills:
        scores.setdefault(drill.category, []).append(best.get(drill.id, 0))
    by_category = {category: sum(values) / len(values) for category, values in scores.items()}
    weakest = tuple(sorted(by_category, key=lambda c: (by_category[c], c))[:WEAKEST_COUNT])
    return Progress(best, attempts, round(overall, 2), by_category, weakest)


def readiness(store: Store, target: float = DEFAULT_TARGET, drills: Iterable[Drill] | None = None,
              person: str = "") -> Readiness:
    """Whether ``person``'s overall score over ``drills`` (default: built-in) meets ``target``."""
    drills = list(load_drills() if drills is None else drills)
    found = progress(store, drills, person)
    return Readiness(found.overall >= target, found.overall, float(target), len(drills) - len(found.best))
