"""Extraction: an Article in, a GraphDocument out. Never touches a database.

The spaCy pipeline is ``spacy.blank("id")`` plus four registered components::

    kg_sentences   sentence starts from final punctuation and paragraph breaks
    kg_mentions    names of people, states, organizations and places (gazetteers, shapes, context)
    kg_resolve     mentions grouped into entities (surnames, titles, capitals as states, short forms)
    kg_statements  quotes, reporting cues and speakers

Use :class:`Extractor` from code, or ``build_pipeline()`` for the bare spaCy ``Language``.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kg.model import Article, Entity, GraphDocument, Statement

from .gazetteer import get_gazetteer
from .lexicon import lexicon
from .mentions import Mention, MentionFinder
from .resolve import Cluster, Resolver, best_name, entity_key
from .statements import Said, StatementFinder
from .tokenizer import KgTokenizer  # noqa: F401  (registers the "kg_tokenizer" tokenizer)
from .tokens import Columns, Tok, sentence_starts

__all__ = ["Extractor", "build_pipeline", "to_gold"]


@dataclass
class Analysis:
    """What the components leave on ``doc._.kg`` for the next one."""

    toks: list[Tok]
    columns: Columns
    mentions: list[Mention]
    unnamed: list[Mention]
    clusters: list[Cluster] | None = None
    said: list[Said] | None = None


if not Doc.has_extension("kg"):
    Doc.set_extension("kg", default=None)

@Language.component("kg_sentences")
def kg_sentences(doc: Doc) -> Doc:
    """Sentence starts after . ? ! … (and a closing quote or bracket right after them) and at paragraph breaks.

    Set in one ``from_array`` call: assigning ``token.is_sent_start`` one by one re-checks the whole Doc's
    annotations on every assignment and costs more than the rest of the pipeline.
    """
    if len(doc):
        doc.from_array([SENT_START], numpy.array(sentence_starts(doc), dtype="int64").reshape(-1, 1).astype("uint64"))
    return doc


@Language.factory("kg_mentions")
def make_kg_mentions(nlp: Language, name: str):
    finder = MentionFinder(nlp, lexicon(), get_gazetteer())

    def kg_mentions(doc: Doc) -> Doc:
        mentions, unnamed, toks, columns = finder.find(doc)
        doc._.kg = Analysis(toks, columns, mentions, unnamed)
        return doc

    return kg_mentions


@Language.factory("kg_resolve")
def make_kg_resolve(nlp: Language, name: str):
    lex = lexicon()
    resolver = Resolver(get_gazetteer(), lex.cues, lex.org_abbreviations, lex.place_alias_heads, lex.seats)

    def kg_resolve(doc: Doc) -> Doc:
        a: Analysis = doc._.kg
        a.clusters = resolver.resolve(a.mentions, a.unnamed, a.toks)
        return doc

    return kg_resolve


@Language.factory("kg_statements")
def make_kg_statements(nlp: Language, name: str):
    finder = StatementFinder(lexicon())

    def kg_statements(doc: Doc) -> Doc:
        a: Analysis = doc._.kg
        a.said = finder.find(a.toks, a.columns, a.mentions, a.unnamed)
        return doc

    return kg_statements


def build_pipeline() -> Language:
    # spaCy's Indonesian tokenizer rules, with its 15,600 hyphenated words kept whole by a set rather than
    # as special cases: the same tokens, built in 0.2 s instead of 2.5 s (see tokenizer.py)
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "kg_tokenizer"}}})
    nlp.add_pipe("kg_sentences")
    nlp.add_pipe("kg_mentions")
    nlp.add_pipe("kg_resolve")
    nlp.add_pipe("kg_statements")
    return nlp


# spaCy's Vocab keeps an entry for every word form it has seen and never drops one, so over a long run
# it grows with every new name and number. Past this many entries the Extractor starts a fresh pipeline
# (0.15 s, the gazetteer is already in memory), which is how spaCy advises bounding it: a memory zone
# per article does the same but disables the tokenizer's cache and makes extraction four times slower.
VOCAB_LIMIT = 30_000


class Extractor:
    """Build once (loading gazetteers takes about a second), then call :meth:`extract` per article.

    An Extractor given its ``nlp`` uses that pipeline throughout; one that builds its own renews it
    whenever the vocabulary outgrows ``VOCAB_LIMIT``, so memory stays flat however many articles it reads."""

    def __init__(self, nlp: Language | None = None):
        self._owns_nlp = nlp is None
        self.nlp = nlp or build_pipeline()
        _settle(collect=False)

    def extract(self, article: Article) -> GraphDocument:
        if self._owns_nlp and len(self.nlp.vocab) > VOCAB_LIMIT:
            gc.unfreeze()  # the old pipeline must be collectable once replaced
            self.nlp = build_pipeline()
            _settle(collect=True)
        doc = self.nlp(article.text)
        return to_document(article, doc)

    def extract_many(self, articles: Iterable[Article]) -> Iterator[GraphDocument]:
        for article in articles:
            yield self.extract(article)


def _settle(collect: bool) -> None:
    """Move the objects alive now, above all the gazetteers, vocabulary and matchers of a new pipeline
    (about 100,000 container objects), into the collector's permanent generation. Extraction allocates many
    short-lived objects, and each full collection would otherwise walk that whole long-lived heap again:
    about a fifth of extraction time. They stay alive for the process anyway.

    A first build leaves a few hundred unreachable objects, not worth the tenth of a second of start-up a
    full collection takes to free them. A renewal unfreezes first and must ``collect``: the replaced
    pipeline is all garbage now, and freezing it would keep it for good."""
    if collect:
        gc.collect()
    gc.freeze()


# ---------------------------------------------------------------------- Doc -> GraphDocument
def to_document(article: Article, doc: Doc) -> GraphDocument:
    a: Analysis = doc._.kg
    speaking = {id(sp) for s in a.said or [] for sp in s.speakers if sp is not None}
    clusters = [
        c
        for c in a.clusters or []
        if c.type in ("Person", "State", "Organization", "Place")
        and c.mentions
        # a lower-case description ("angkatan bersenjata Rusia") is an entity only when it speaks
        and (id(c) in speaking or not all(m.tentative for m in c.mentions))
    ]
    clusters = _without_own_outlet(clusters, article.publisher)
    ids: dict[int, str] = {id(c): entity_key(c) for c in clusters}
    names = {id(c): best_name(c) for c in clusters}
    # Two clusters may land on one id (e.g. two spellings of one known organization): merge them here.
    merged: dict[str, list[Cluster]] = {}
    for c in clusters:
        merged.setdefault(ids[id(c)], []).append(c)
    states_here = {ids[id(c)] for c in clusters if c.type == "State"}
    entities: list[Entity] = []
    for eid, group in merged.items():
        first = group[0]
        mentions = [m for c in group for m in c.mentions]
        name = max((names[id(c)] for c in group), key=len) if first.type != "State" else names[id(first)]
        seen = {name.casefold()}
        aliases = []
        for m in sorted(mentions, key=lambda m: m.start):
            form = m.text
            if form.casefold() not in seen:
                seen.add(form.casefold())
                aliases.append(form)
        title = next((m.title for m in mentions if m.title), None) if first.type == "Person" else None
        affiliation = None
        if first.type == "Person":
            aff = next((m.affiliation for m in mentions if m.affiliation is not None and m.affiliation.entity is not None), None)
            if aff is not None and id(aff.entity) in ids:
                affiliation = ids[id(aff.entity)]
        place = next((m.place for m in mentions if m.place is not None), None) if first.type == "Place" else None
        located_in = place.country if place and place.country and place.country in states_here else None
        entities.append(
            Entity(
                id=eid,
                type=first.type,  # type: ignore[arg-type]
                name=name,
                aliases=tuple(aliases),
                mentions=len(mentions),
                title=title,
                affiliation=affiliation,
                iso2=first.iso2 if first.type == "State" else None,
                geonames_id=place.geonames_id if place else None,
                latitude=place.latitude if place else None,
                longitude=place.longitude if place else None,
                located_in=located_in,
            )
        )
    statements: list[Statement] = []
    toks = a.toks
    seen_statements: set[tuple[int, int, str | None]] = set()
    text = article.text
    named = sorted((m for m in a.mentions if m.entity is not None and id(m.entity) in ids), key=lambda m: m.start)
    named_starts = [m.start for m in named]
    for s in a.said or []:
        if s.end <= s.start:
            continue
        start = toks[s.start].idx
        last = toks[s.end - 1]
        end = last.idx + len(last.text)
        about: list[str] = []
        for m in named[bisect_left(named_starts, s.start) : bisect_left(named_starts, s.end)]:
            if m.end <= s.end:
                eid = ids[id(m.entity)]
                if eid not in about:
                    about.append(eid)
        sent_a, sent_b = _sentence_bounds(toks, s.start, s.end)
        speakers = [ids.get(id(sp)) for sp in s.speakers if sp is not None and id(sp) in ids] or [None]
        for speaker in speakers:
            key = (start, end, speaker)
            if key in seen_statements:
                continue
            seen_statements.add(key)
            statements.append(
                Statement(
                    id=Statement.make_id(article.id, start, end, speaker),
                    kind=s.kind,  # type: ignore[arg-type]
                    text=text[start:end],
                    start=start,
                    end=end,
                    cue=s.cue,
                    speaker=speaker,
                    about=tuple(about),
                    sentence=text[sent_a:sent_b],
                    sentence_start=sent_a,
                )
            )
    return GraphDocument(article=article, entities=tuple(entities), statements=tuple(statements))


def _outlet_key(name: str) -> str:
    """"Kompas.com", "KOMPAS", "kompas.com" alike; "IDN Times" and "IDNTimes" alike."""
    return re.sub(r"[^0-9a-z]", "", name.casefold().split(".")[0])


def _without_own_outlet(clusters: list[Cluster], publisher: str | None) -> list[Cluster]:
    """The article's own outlet is metadata, not an entity (GUIDELINES.md): "katanya kepada IDN Times" in an IDN
    Times article names no organization, nor does the "IDN" inside it."""
    if not publisher:
        return clusters
    # an Indonesian edition is its brand's: "kepada VOA" in VOA Indonesia, "kepada BBC" in BBC News Indonesia
    brand = re.sub(r"(?: News)? Indonesia$", "", publisher)
    own = {_outlet_key(publisher), _outlet_key(brand)}
    outlet = {id(c) for c in clusters if c.type == "Organization" and _outlet_key(best_name(c)) in own}
    if not outlet:
        return clusters
    spans = [(m.start, m.end) for c in clusters if id(c) in outlet for m in c.mentions]
    return [c for c in clusters
            if id(c) not in outlet
            and not (c.type == "Organization" and all(any(a <= m.start and m.end <= b for a, b in spans) for m in c.mentions))]


def _sentence_bounds(toks: list[Tok], a: int, b: int) -> tuple[int, int]:
    x = a
    while x > 0 and toks[x - 1].sent == toks[a].sent and not toks[x - 1].newline:
        x -= 1
    y = b
    while y < len(toks) and toks[y].sent == toks[b - 1].sent and not toks[y].newline:
        y += 1
    last = toks[y - 1]
    return toks[x].idx, last.idx + len(last.text)


# ---------------------------------------------------------------------- gold shape
def to_gold(doc: GraphDocument) -> dict[str, Any]:
    """The extraction document in the shape of GUIDELINES.md, plus ids and offsets."""
    by_id = {e.id: e for e in doc.entities}

    def name(eid: str | None) -> str | None:
        return by_id[eid].name if eid in by_id else None

    entities = []
    for e in doc.entities:
        row: dict[str, Any] = {"name": e.name, "type": e.type, "aliases": list(e.aliases)}
        if e.type == "Person":
            row["title"] = e.title
            row["affiliation"] = name(e.affiliation)
        row["id"] = e.id
        row["mentions"] = e.mentions
        entities.append(row)
    statements = [
        {
            "speaker": name(s.speaker),
            "kind": s.kind,
            "cue": s.cue,
            "text": s.text,
            "about": [name(x) for x in s.about],
            "id": s.id,
            "speaker_id": s.speaker,
            "start": s.start,
            "end": s.end,
        }
        for s in doc.statements
    ]
    art = doc.article
    return {
        "article": art.name,
        "title": art.title,
        "publisher": art.publisher,
        "published": art.published,
        "entities": entities,
        "statements": statements,
        "id": art.id,
        "source": art.source,
    }
