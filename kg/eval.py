"""Score extraction against gold annotations, exactly as ``GUIDELINES.md`` ("Scoring") says.

Both sides are documents in the gold shape::

    {"article", "title", "publisher", "published",
     "entities":   [{"name", "type", "aliases", "title"?, "affiliation"?}],
     "statements": [{"speaker", "kind", "cue", "text", "about"}]}

Predictions may carry extra fields (offsets, ids); they are ignored. Documents are paired by
``article`` (the file name). A gold article without a prediction counts as all missed; a prediction
without gold is ignored and named in a note.

Definitions (all names compared casefolded, with runs of whitespace collapsed):

Statements
    Tokens are runs of word characters (``\\w+``) of the casefolded text, so punctuation is dropped.
    A predicted and a gold statement *match* when the multiset intersection of their tokens holds
    at least half of the shorter text's tokens (``2 * overlap >= min(len_a, len_b)``; a text
    without tokens matches nothing). Within an article the matching is one-to-one and maximal: a
    maximum-cardinality bipartite matching, so no greedy choice can cost a match. Among the
    maximal matchings the one with the highest total Dice overlap (``2 * overlap / (len_a +
    len_b)``) wins, then the one with the most correct speakers, so two gold statements with the
    same text and different speakers (a shared reporting clause) pair with the predictions that
    name those speakers. ``statements``: tp = matched pairs, pred = predicted, gold = gold.

Attributed statements (found *and* speaker correct)
    A speaker is resolved to its name set: the speaker string plus the name and aliases of every
    entity in the same document whose name (failing that, an alias) equals it; a speaker not in
    the entity list stands for itself. A matched pair has a correct speaker when the predicted and
    gold name sets intersect. Gold statements with ``speaker: null`` are ignored for speaker
    scoring:

    - tp   = matched pairs whose gold speaker is not null and whose speaker is correct;
    - gold = gold statements whose speaker is not null (attributed recall = tp / gold);
    - pred = predicted statements whose speaker is not null, except those matched to a gold
      statement whose speaker is null (attributed precision = tp / pred).

Entities
    Per article, a predicted entity matches a gold entity of the same type when their name sets
    (name plus aliases) intersect; one-to-one, maximum cardinality (ties: same canonical name
    first, then the larger intersection). Reported over all types and per type (Person, State,
    Organization, Place, and any other type that occurs).

About
    Over matched statement pairs only: each about item resolves to a name set through its own
    document's entity list, exactly like a speaker (an item not in the list stands for itself);
    items of one statement that resolve to the same entity count once. A predicted item matches a
    gold item when their name sets intersect; one-to-one, maximum cardinality. tp = matched
    (statement, entity) pairs, pred/gold = the items of the matched statements on each side.

Precision = tp / pred, recall = tp / gold, F1 = 2·tp / (pred + gold), micro-averaged: counts are
summed over articles before dividing. A zero denominator gives 0.0, except when pred and gold are
both 0 because there was nothing to find (no gold statements, no gold entities of a type, no about
items in any gold statement): then 1.0. About counts that are empty because no statement matched
read 0.0.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import InputError, UsageError
from kg.model import ENTITY_TYPES

_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_QUANTUM = 10_000  # Dice overlaps are compared to 4 decimals: exact ties stay ties, as they must


# --------------------------------------------------------------------------------------------
# Report dataclasses


@dataclass(frozen=True)
class Score:
    """Counts of one measure; precision, recall and F1 follow from them."""

    tp: int = 0
    pred: int = 0
    gold: int = 0
    # P, R and F1 when pred and gold are both 0: 1.0 when there was nothing to find, 0.0 when
    # the counts are empty only because nothing was matched (about pairs of unfound statements)
    if_empty: float = 1.0

    @property
    def precision(self) -> float:
        if self.pred == 0:
            return self.if_empty if self.gold == 0 else 0.0
        return self.tp / self.pred

    @property
    def recall(self) -> float:
        if self.gold == 0:
            return self.if_empty if self.pred == 0 else 0.0
        return self.tp / self.gold

    @property
    def f1(self) -> float:
        if self.pred + self.gold == 0:
            return self.if_empty
        return 2 * self.tp / (self.pred + self.gold)

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.pred + other.pred, self.gold + other.gold, min(self.if_empty, other.if_empty))

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "pred": self.pred,
            "gold": self.gold,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class StatementRef:
    """A statement as shown in an error listing.

    For a missed gold statement, ``nearest`` is the unmatched prediction sharing the most of its
    tokens (when it shares at least a quarter of the shorter text): usually a boundary error.
    """

    speaker: str | None
    text: str
    nearest: str | None = None
    nearest_overlap: float = 0.0  # shared tokens / tokens of the shorter text

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"speaker": self.speaker, "text": self.text}
        if self.nearest is not None:
            out["nearest"] = {"text": self.nearest, "overlap": round(self.nearest_overlap, 4)}
        return out


@dataclass(frozen=True)
class WrongSpeaker:
    gold: str
    predicted: str | None
    text: str  # the gold statement's text

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "predicted": self.predicted, "text": self.text}


@dataclass(frozen=True)
class EntityRef:
    type: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "name": self.name}


@dataclass(frozen=True)
class WrongType:
    """A gold entity the prediction found under another type (counted as missed and spurious)."""

    name: str  # gold name
    gold_type: str
    predicted_name: str
    predicted_type: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "gold_type": self.gold_type, "predicted_name": self.predicted_name, "predicted_type": self.predicted_type}


@dataclass(frozen=True)
class AboutDiff:
    """About items of one matched statement that only one side has."""

    text: str  # the gold statement's text
    missing: tuple[str, ...]  # gold names the prediction lacks
    extra: tuple[str, ...]  # predicted names gold lacks

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "missing": list(self.missing), "extra": list(self.extra)}


@dataclass(frozen=True)
class ArticleErrors:
    """Everything one article got wrong, for reading (``kg eval --errors``).

    ``missed_entities``/``spurious_entities`` leave out the entities listed in ``wrong_type``, which
    the scores count as both missed and spurious.
    """

    missed_statements: tuple[StatementRef, ...] = ()
    spurious_statements: tuple[StatementRef, ...] = ()
    wrong_speakers: tuple[WrongSpeaker, ...] = ()
    missed_entities: tuple[EntityRef, ...] = ()
    spurious_entities: tuple[EntityRef, ...] = ()
    wrong_type: tuple[WrongType, ...] = ()
    about: tuple[AboutDiff, ...] = ()

    def __bool__(self) -> bool:
        return any(getattr(self, f) for f in self.__dataclass_fields__)

    def to_dict(self) -> dict[str, Any]:
        return {name: [item.to_dict() for item in getattr(self, name)] for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class Scores:
    """The measures GUIDELINES.md reports, for one article or summed over all of them."""

    statements: Score = Score()
    attributed: Score = Score()
    entities: Score = Score()
    entities_by_type: tuple[tuple[str, Score], ...] = ()  # (type, score), the four types first
    about: Score = Score()

    def by_type(self) -> dict[str, Score]:
        return dict(self.entities_by_type)

    def __add__(self, other: Scores) -> Scores:
        mine, theirs = self.by_type(), other.by_type()
        types = _ordered_types([*mine, *theirs])
        return Scores(
            statements=self.statements + other.statements,
            attributed=self.attributed + other.attributed,
            entities=self.entities + other.entities,
            entities_by_type=tuple((t, mine.get(t, Score()) + theirs.get(t, Score())) for t in types),
            about=self.about + other.about,
        )

    def rows(self) -> list[tuple[str, Score]]:
        """(label, score) in reporting order; per-type rows are indented under ``entities``."""
        return [
            ("statements", self.statements),
            ("attributed", self.attributed),
            ("entities", self.entities),
            *((f"  {t}", s) for t, s in self.entities_by_type),
            ("about", self.about),
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "statements": self.statements.to_dict(),
            "attributed": self.attributed.to_dict(),
            "entities": self.entities.to_dict(),
            "entities_by_type": {t: s.to_dict() for t, s in self.entities_by_type},
            "about": self.about.to_dict(),
        }


@dataclass(frozen=True)
class ArticleReport:
    article: str
    scores: Scores
    errors: ArticleErrors
    predicted: bool = True  # False: gold without a prediction, scored as all missed


@dataclass(frozen=True)
class EvalReport:
    """The result of :func:`score`: micro-averaged totals, the per-article breakdown, and notes."""

    total: Scores
    articles: tuple[ArticleReport, ...] = ()
    notes: tuple[str, ...] = ()

    def to_dict(self, *, per_article: bool = True, errors: bool = True) -> dict[str, Any]:
        """JSON-ready. ``per_article`` adds each article's scores, ``errors`` each article's errors."""
        out: dict[str, Any] = {"articles": len(self.articles), **self.total.to_dict(), "notes": list(self.notes)}
        if per_article or errors:
            items = []
            for a in self.articles:
                item: dict[str, Any] = {"article": a.article, "predicted": a.predicted}
                if per_article:
                    item.update(a.scores.to_dict())
                if errors:
                    item["errors"] = a.errors.to_dict()
                items.append(item)
            out["per_article"] = items
        return out


# --------------------------------------------------------------------------------------------
# Loading


def _is_document(value: Any) -> bool:
    return isinstance(value, dict) and ("entities" in value or "statements" in value)


def load_gold(folder: str | Path) -> dict[str, dict]:
    """Every ``*.json`` gold file in ``folder``, keyed by its ``article`` (the article's file name).

    A file without ``article`` is keyed by its own name with ``.txt`` for ``.json``, as GUIDELINES.md
    names them.
    """
    path = Path(folder)
    if not path.is_dir():
        raise UsageError(f"gold folder {folder} does not exist or is not a folder: give the folder that holds the gold *.json files")
    files = sorted(p for p in path.glob("*.json") if p.is_file())
    if not files:
        raise UsageError(f"no gold files (*.json) in {folder}: give the folder that holds the gold annotations")
    gold: dict[str, dict] = {}
    for file in files:
        try:
            doc = json.loads(file.read_text(encoding="utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(str(file), f"not valid JSON ({exc}): fix or remove the file") from None
        if not _is_document(doc):
            raise InputError(str(file), 'not a gold document: expected an object with "entities" and "statements"')
        name = doc.get("article") or f"{file.stem}.txt"
        if name in gold:
            raise InputError(str(file), f"annotates {name}, which another gold file already annotates: keep one")
        gold[name] = doc
    return gold


def _prediction_records(path: Path) -> list[dict] | None:
    """The documents of a ``.jsonl``/``.json`` file of predictions, or None when it holds articles."""
    if path.suffix.lower() not in (".jsonl", ".json") or not path.is_file():
        return None
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None  # let the article reader report it
    if path.suffix.lower() == ".json":
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            return None
        return [value] if _is_document(value) else None
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    if not lines:
        return None
    try:
        first = json.loads(lines[0][1])
    except json.JSONDecodeError:
        return None
    if not _is_document(first):
        return None  # JSON Lines of articles
    records = []
    for n, line in lines:
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}", f"not valid JSON ({exc.msg}): regenerate the predictions with kg extract") from None
        if not _is_document(value):
            raise InputError(f"{path}:{n}", 'not an extraction document: expected "entities" and "statements"')
        records.append(value)
    return records


def collect_predictions(paths: Iterable[str | Path]) -> tuple[dict[str, dict], tuple[str, ...]]:
    """Predictions keyed by article name, and notes on what was skipped.

    A ``.jsonl`` (or ``.json``) whose records carry ``entities``/``statements`` is read as
    predictions (``kg extract`` output); every other path is read as articles with
    :func:`kg.loaders.sources.read_articles` and extracted with the project's extractor.
    """
    predicted: dict[str, dict] = {}
    notes: list[str] = []
    article_paths: list[str] = []

    def add(doc: dict, where: str) -> None:
        name = doc.get("article") or ""
        if not name:
            notes.append(f'{where}: a prediction without "article" cannot be paired with gold; skipped')
            return
        if name in predicted:
            notes.append(f"{where}: a second prediction for {name}; the last one is scored")
        predicted[name] = doc

    for raw in paths:
        path = Path(raw)
        records = _prediction_records(path)
        if records is None:
            article_paths.append(str(raw))
            continue
        for doc in records:
            add(doc, str(path))

    if article_paths:
        # Imported here so scoring saved predictions never pays for building the spaCy pipeline.
        try:
            from kg.loaders.extract import Extractor, to_gold
            from kg.loaders.sources import read_articles
        except ImportError as exc:
            raise UsageError(f"cannot extract {_names_list(article_paths)}: the extractor is not installed ({exc}); score a .jsonl written by kg extract instead") from None
        from kg.model import Rejection

        extractor: Any = None
        for item in read_articles(article_paths):
            if isinstance(item, Rejection):
                notes.append(f"{item}; not scored")
                continue
            if extractor is None:
                extractor = Extractor()
            try:
                doc = to_gold(extractor.extract(item))
            except Exception as exc:  # a bug on one article must not hide the scores of the others
                notes.append(f"{item.source}: extraction failed ({type(exc).__name__}: {exc}); scored as extracting nothing")
                doc = {"entities": [], "statements": []}
            doc.setdefault("article", item.name)
            add(doc, item.source)
    return predicted, tuple(notes)


# --------------------------------------------------------------------------------------------
# Matching helpers


def _norm(name: Any) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", str(name)).casefold()).strip()


def _tokens(text: Any) -> Counter[str]:
    return Counter(_TOKEN.findall(unicodedata.normalize("NFC", str(text or "")).casefold()))


def _max_matching(n_left: int, n_right: int, weights: Mapping[tuple[int, int], tuple[int, ...]], bounds: Sequence[int]) -> list[tuple[int, int]]:
    """A maximum-cardinality one-to-one matching over the candidate pairs in ``weights``.

    Among the maximum matchings, the one whose summed weight tuples are lexicographically largest
    wins. The tuples (non-negative ints, component i at most ``bounds[i]``) are packed into one
    integer so that no sum of lower components can outweigh one unit of a higher one; integers keep
    networkx's blossom algorithm exact.
    """
    if not weights:
        return []
    size = min(n_left, n_right)
    scales = [1] * len(bounds)
    for i in range(len(bounds) - 2, -1, -1):
        scales[i] = scales[i + 1] * (size * bounds[i + 1] + 1)
    graph = nx.Graph()
    for (i, j), w in weights.items():
        graph.add_edge(("l", i), ("r", j), weight=1 + sum(c * s for c, s in zip(w, scales)))
    pairs = []
    for a, b in nx.max_weight_matching(graph, maxcardinality=True):
        left, right = (a, b) if a[0] == "l" else (b, a)
        pairs.append((left[1], right[1]))
    return sorted(pairs)


class _Names:
    """Resolves names through one document's entity list to casefolded name sets."""

    def __init__(self, entities: Sequence[Mapping[str, Any]]):
        self.sets: list[frozenset[str]] = []
        self.by_name: dict[str, list[int]] = {}
        self.by_alias: dict[str, list[int]] = {}
        for index, entity in enumerate(entities):
            name = _norm(entity.get("name") or "")
            aliases = {_norm(a) for a in entity.get("aliases") or () if a}
            self.sets.append(frozenset(n for n in {name, *aliases} if n))
            if name:
                self.by_name.setdefault(name, []).append(index)
            for alias in aliases - {name}:
                if alias:
                    self.by_alias.setdefault(alias, []).append(index)

    def resolve(self, name: Any) -> tuple[Any, frozenset[str]]:
        """(a key identifying the entity, its name set); unknown names stand for themselves."""
        key = _norm(name)
        hits = self.by_name.get(key) or self.by_alias.get(key)
        if not hits:
            return ("name", key), frozenset({key}) if key else frozenset()
        return ("entity", tuple(hits)), frozenset().union(*(self.sets[i] for i in hits))


def _entities_of(doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [e for e in doc.get("entities") or () if isinstance(e, Mapping)]


def _statements_of(doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [s for s in doc.get("statements") or () if isinstance(s, Mapping)]


def _ordered_types(types: Iterable[str]) -> list[str]:
    seen = list(dict.fromkeys(types))
    return list(ENTITY_TYPES) + sorted(t for t in seen if t not in ENTITY_TYPES)


# --------------------------------------------------------------------------------------------
# Scoring


def _score_article(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> tuple[Scores, ArticleErrors]:
    g_names, p_names = _Names(_entities_of(gold)), _Names(_entities_of(pred))
    g_stmts, p_stmts = _statements_of(gold), _statements_of(pred)
    pairs, statements, attributed, stmt_errors = _score_statements(g_stmts, p_stmts, g_names, p_names)
    about, about_diffs = _score_about(g_stmts, p_stmts, pairs, g_names, p_names)
    entities, entities_by_type, ent_errors = _score_entities(_entities_of(gold), _entities_of(pred), g_names, p_names)
    errors = replace(stmt_errors, about=about_diffs, **ent_errors)
    return Scores(statements, attributed, entities, entities_by_type, about), errors


def _speaker_set(statement: Mapping[str, Any], names: _Names) -> frozenset[str] | None:
    """The speaker's name set, or None for an unnamed speaker."""
    return names.resolve(statement.get("speaker"))[1] or None if statement.get("speaker") else None


def _score_statements(
    g_stmts: list[Mapping[str, Any]], p_stmts: list[Mapping[str, Any]], g_names: _Names, p_names: _Names
) -> tuple[list[tuple[int, int]], Score, Score, ArticleErrors]:
    """The matched (gold, predicted) index pairs, the statements and attributed scores, the errors."""
    g_tokens = [_tokens(s.get("text")) for s in g_stmts]
    p_tokens = [_tokens(s.get("text")) for s in p_stmts]
    g_speaker = [_speaker_set(s, g_names) for s in g_stmts]
    p_speaker = [_speaker_set(s, p_names) for s in p_stmts]

    # Candidate pairs by the half-overlap rule, then one maximal matching over them.
    candidates: dict[tuple[int, int], tuple[int, ...]] = {}
    for i, gt in enumerate(g_tokens):
        for j, pt in enumerate(p_tokens):
            g_len, p_len = gt.total(), pt.total()
            shorter = min(g_len, p_len)
            overlap = (gt & pt).total()
            if shorter and 2 * overlap >= shorter:
                dice = round(_QUANTUM * 2 * overlap / (g_len + p_len))
                same_speaker = int(bool(g_speaker[i] and p_speaker[j] and g_speaker[i] & p_speaker[j]))
                candidates[(i, j)] = (dice, same_speaker)
    pairs = _max_matching(len(g_stmts), len(p_stmts), candidates, bounds=(_QUANTUM, 1))
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}

    correct = 0
    wrong_speakers: list[WrongSpeaker] = []
    for i, j in pairs:
        if g_speaker[i] is None:
            continue
        if p_speaker[j] and g_speaker[i] & p_speaker[j]:
            correct += 1
        else:
            wrong_speakers.append(WrongSpeaker(str(g_stmts[i].get("speaker")), p_stmts[j].get("speaker") or None, str(g_stmts[i].get("text") or "")))
    matched_to_null_gold = {j for i, j in pairs if g_speaker[i] is None}
    attributed = Score(
        correct,
        sum(1 for j, sp in enumerate(p_speaker) if sp is not None and j not in matched_to_null_gold),
        sum(1 for sp in g_speaker if sp is not None),
    )

    missed: list[StatementRef] = []
    for i, st in enumerate(g_stmts):
        if i in matched_g:
            continue
        near_j, near_ratio = None, 0.0
        for j, pt in enumerate(p_tokens):
            shorter = min(g_tokens[i].total(), pt.total())
            ratio = (g_tokens[i] & pt).total() / shorter if shorter else 0.0
            if j not in matched_p and ratio >= 0.25 and ratio > near_ratio:
                near_j, near_ratio = j, ratio
        nearest = str(p_stmts[near_j].get("text") or "") if near_j is not None else None
        missed.append(StatementRef(st.get("speaker"), str(st.get("text") or ""), nearest, near_ratio))
    errors = ArticleErrors(
        missed_statements=tuple(missed),
        spurious_statements=tuple(StatementRef(s.get("speaker"), str(s.get("text") or "")) for j, s in enumerate(p_stmts) if j not in matched_p),
        wrong_speakers=tuple(wrong_speakers),
    )
    return pairs, Score(len(pairs), len(p_stmts), len(g_stmts)), attributed, errors


def _score_about(
    g_stmts: list[Mapping[str, Any]], p_stmts: list[Mapping[str, Any]], pairs: list[tuple[int, int]], g_names: _Names, p_names: _Names
) -> tuple[Score, tuple[AboutDiff, ...]]:
    """(statement, entity) items of the matched statements, matched one-to-one by name-set overlap."""
    # When no statement matched although gold statements name entities, the empty count must
    # read 0.0, not "nothing to find".
    has_gold_about = any(_about_items(st, g_names) for st in g_stmts)
    about = Score(if_empty=0.0 if has_gold_about else 1.0)
    diffs: list[AboutDiff] = []
    for i, j in pairs:
        g_items = _about_items(g_stmts[i], g_names)
        p_items = _about_items(p_stmts[j], p_names)
        # ties: the larger name-set intersection, i.e. the likelier same entity
        weights = {
            (a, b): (len(gs & ps),)
            for a, (_, gs) in enumerate(g_items)
            for b, (_, ps) in enumerate(p_items)
            if gs & ps
        }
        item_pairs = _max_matching(len(g_items), len(p_items), weights, bounds=(max((len(gs) for _, gs in g_items), default=1),))
        about += Score(len(item_pairs), len(p_items), len(g_items))
        hit_g = {a for a, _ in item_pairs}
        hit_p = {b for _, b in item_pairs}
        missing = tuple(label for a, (label, _) in enumerate(g_items) if a not in hit_g)
        extra = tuple(label for b, (label, _) in enumerate(p_items) if b not in hit_p)
        if missing or extra:
            diffs.append(AboutDiff(str(g_stmts[i].get("text") or ""), missing, extra))
    return about, tuple(diffs)


def _score_entities(
    g_ents: list[Mapping[str, Any]], p_ents: list[Mapping[str, Any]], g_names: _Names, p_names: _Names
) -> tuple[Score, tuple[tuple[str, Score], ...], dict[str, tuple[Any, ...]]]:
    """Same type and intersecting name sets, one-to-one: overall, per type, and the error fields."""
    weights: dict[tuple[int, int], tuple[int, ...]] = {}
    for i, ge in enumerate(g_ents):
        for j, pe in enumerate(p_ents):
            common = g_names.sets[i] & p_names.sets[j]
            if common and ge.get("type") == pe.get("type"):
                # ties: the same canonical name first, then the larger intersection
                weights[(i, j)] = (int(_norm(ge.get("name") or "") == _norm(pe.get("name") or "")), len(common))
    # an intersection is never larger than the gold entity's own name set
    pairs = _max_matching(len(g_ents), len(p_ents), weights, bounds=(1, max((len(gs) for gs in g_names.sets), default=1)))
    types = _ordered_types([str(e.get("type")) for e in [*g_ents, *p_ents]])
    tp_by_type = Counter(str(g_ents[i].get("type")) for i, _ in pairs)
    g_by_type = Counter(str(e.get("type")) for e in g_ents)
    p_by_type = Counter(str(e.get("type")) for e in p_ents)
    by_type = tuple((t, Score(tp_by_type[t], p_by_type[t], g_by_type[t])) for t in types)

    # Unmatched entities that share a name across types are shown as one "wrong type" line.
    hit_g = {i for i, _ in pairs}
    hit_p = {j for _, j in pairs}
    wrong_type: list[WrongType] = []
    for i, ge in enumerate(g_ents):
        if i in hit_g:
            continue
        for j, pe in enumerate(p_ents):
            if j not in hit_p and g_names.sets[i] & p_names.sets[j]:
                wrong_type.append(WrongType(str(ge.get("name")), str(ge.get("type")), str(pe.get("name")), str(pe.get("type"))))
                hit_g.add(i)
                hit_p.add(j)
                break
    errors = {
        "missed_entities": tuple(EntityRef(str(e.get("type")), str(e.get("name"))) for i, e in enumerate(g_ents) if i not in hit_g),
        "spurious_entities": tuple(EntityRef(str(e.get("type")), str(e.get("name"))) for j, e in enumerate(p_ents) if j not in hit_p),
        "wrong_type": tuple(wrong_type),
    }
    return Score(len(pairs), len(p_ents), len(g_ents)), by_type, errors


def _about_items(statement: Mapping[str, Any], names: _Names) -> list[tuple[str, frozenset[str]]]:
    """(as written, name set) per distinct entity the statement is about, in the order given."""
    items: dict[Any, tuple[str, frozenset[str]]] = {}
    for raw in statement.get("about") or ():
        if not raw:
            continue
        key, name_set = names.resolve(raw)
        if name_set:
            items.setdefault(key, (str(raw), name_set))
    return list(items.values())


def score(gold: Mapping[str, dict], predicted: Mapping[str, dict]) -> EvalReport:
    """Score ``predicted`` against ``gold`` (both keyed by article name); see the module docstring."""
    articles = []
    total = Scores(entities_by_type=tuple((t, Score()) for t in ENTITY_TYPES))
    for name in sorted(gold):
        pred = predicted.get(name)
        scores, errors = _score_article(gold[name], pred if pred is not None else {})
        articles.append(ArticleReport(name, scores, errors, predicted=pred is not None))
        total = total + scores
    notes = []
    unpredicted = [a.article for a in articles if not a.predicted]
    if unpredicted:
        notes.append(f"{_count(len(unpredicted), 'gold article')} without a prediction, counted as all missed: {_names_list(unpredicted)}")
    ungolded = sorted(n for n in predicted if n not in gold)
    if ungolded:
        notes.append(f"{_count(len(ungolded), 'predicted article')} without gold, ignored: {_names_list(ungolded)}")
    return EvalReport(total, tuple(articles), tuple(notes))


def with_notes(report: EvalReport, notes: Iterable[str]) -> EvalReport:
    """The same report with ``notes`` placed before its own (for what the caller skipped)."""
    return replace(report, notes=(*notes, *report.notes))


def evaluate(gold_dir: str | Path, paths: Iterable[str | Path]) -> EvalReport:
    """``kg eval`` as one call: load gold, read or extract the predictions, score."""
    gold = load_gold(gold_dir)
    predicted, notes = collect_predictions(paths)
    return with_notes(score(gold, predicted), notes)


# --------------------------------------------------------------------------------------------
# Formatting


def _count(n: int, noun: str, plural: str | None = None) -> str:
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def _names_list(names: Sequence[str], limit: int = 5) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _short(text: str, width: int = 90) -> str:
    """Head and tail of a long text: boundary errors show at either end."""
    text = _SPACE.sub(" ", text).strip()
    if len(text) <= width:
        return text
    tail = width // 3
    return text[: width - tail - 3].rstrip() + " … " + text[-tail:].lstrip()


def format_scores(scores: Scores) -> str:
    """The aligned table of one set of scores: measure, tp, pred, gold, P, R, F1."""
    rows = scores.rows()
    label_width = max(len("measure"), *(len(label) for label, _ in rows))
    header = f"{'measure':<{label_width}}  {'tp':>5} {'pred':>5} {'gold':>5}  {'P':>5}  {'R':>5}  {'F1':>5}"
    lines = [header]
    for label, s in rows:
        lines.append(f"{label:<{label_width}}  {s.tp:>5} {s.pred:>5} {s.gold:>5}  {s.precision:5.3f}  {s.recall:5.3f}  {s.f1:5.3f}")
    return "\n".join(lines)


def format_per_article(report: EvalReport) -> str:
    """One row per article: F1 and tp/pred/gold of each measure."""
    measures = ("statements", "attributed", "entities", "about")
    cells = [[a.article + ("" if a.predicted else " (no prediction)")] + [
        f"{getattr(a.scores, m).f1:5.3f} {getattr(a.scores, m).tp}/{getattr(a.scores, m).pred}/{getattr(a.scores, m).gold}" for m in measures
    ] for a in report.articles]
    header = ["article", *measures]
    widths = [max(len(row[k]) for row in [header, *cells]) for k in range(len(header))]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "Per article (F1 tp/pred/gold)\n" + "\n".join(lines)


def format_errors(report: EvalReport) -> str:
    """Per article, what was missed, spurious or wrong, one compact line each."""
    blocks = []
    for a in report.articles:
        e, s = a.errors, a.scores
        if not a.predicted:
            blocks.append(f"== {a.article}  no prediction: all {_count(s.statements.gold, 'statement')}"
                          f" and {_count(s.entities.gold, 'entity', 'entities')} missed")
            continue
        if not e:
            continue
        lines = [f"== {a.article}"
                 + f"  statements {s.statements.tp}/{s.statements.pred}/{s.statements.gold}"
                 + f"  attributed {s.attributed.tp}/{s.attributed.pred}/{s.attributed.gold}"
                 + f"  entities {s.entities.tp}/{s.entities.pred}/{s.entities.gold}"
                 + f"  about {s.about.tp}/{s.about.pred}/{s.about.gold}"]
        for ref in e.missed_statements:
            lines.append(f"  missed      [{ref.speaker or '-'}] {_short(ref.text)}")
            if ref.nearest is not None:
                lines.append(f"    nearest   ({ref.nearest_overlap:.0%} shared) {_short(ref.nearest)}")
        for ref in e.spurious_statements:
            lines.append(f"  spurious    [{ref.speaker or '-'}] {_short(ref.text)}")
        for w in e.wrong_speakers:
            lines.append(f"  speaker     gold {w.gold} / predicted {w.predicted or '-'}: {_short(w.text, 70)}")
        if e.missed_entities:
            lines.append("  missed ent  " + "; ".join(f"{r.type} {r.name}" for r in e.missed_entities))
        if e.spurious_entities:
            lines.append("  extra ent   " + "; ".join(f"{r.type} {r.name}" for r in e.spurious_entities))
        for t in e.wrong_type:
            as_name = "" if _norm(t.predicted_name) == _norm(t.name) else f" as {t.predicted_name}"
            lines.append(f"  wrong type  {t.name}: gold {t.gold_type}, predicted {t.predicted_type}{as_name}")
        for d in e.about:
            parts = ([f"missing {', '.join(d.missing)}"] if d.missing else []) + ([f"extra {', '.join(d.extra)}"] if d.extra else [])
            lines.append(f"  about       {'; '.join(parts)}: {_short(d.text, 60)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) if blocks else "No errors."


def format_report(report: EvalReport, *, per_article: bool = False, errors: bool = False) -> str:
    """The totals as an aligned table, then notes; optionally per-article rows and error listings."""
    parts = [f"{_count(len(report.articles), 'article')} scored (micro-averaged)\n" + format_scores(report.total)]
    if per_article:
        parts.append(format_per_article(report))
    if errors:
        parts.append(format_errors(report))
    if report.notes:
        parts.append("\n".join(f"Note: {n}" for n in report.notes))
    return "\n\n".join(parts)
