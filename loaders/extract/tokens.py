"""Per-token facts for the rules, and sentence starts, without building a spaCy ``Token`` per token.

Every rule reads token facts (lower case, capitalised, an ordinary word ...), so they are computed once per
article here. Two things keep this cheap, and it is the hot path of extraction:

* the facts of a word *form* are computed once per process and cached by the form's hash (forms repeat
  across a corpus), so an article costs one ``Doc.to_array`` call, a ``map`` over the cache and a ``zip``;
* the per-token records are named tuples built from those columns by C code, not objects built one by one
  in a Python loop.

Sentence starts walk only the tokens that can change a sentence (final punctuation, closing quotes,
whitespace); the ordinary words between them are skipped over in one step.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Callable, NamedTuple

import numpy
from spacy.attrs import IDX, ORTH, SENT_START, SPACY
from spacy.tokens import Doc

SENTENCE_FINAL = frozenset({".", "?", "!", "…", "…."})
CLOSERS = frozenset({"”", '"', "’", ")", "»"})

# What a token can do to a sentence: nothing, end it, close a quote or bracket after its end, be a space, or
# (an academic degree written with stops) end it when a comma sets it after a name: "kata Ratna, M.Si. Lalu".
WORD, FINAL, CLOSER, SPACE, BREAK, DEGREE = 0, 1, 2, 3, 4, 5
_DEGREE = re.compile(r"(?:[A-Z][a-z]{0,2}\.){2,3}")  # M.Si., S.H., Ph.D., M.A.

# Caches keyed by a form's hash grow with the vocabulary of the corpus: bounded, so memory stays flat.
# A news article brings a few new forms (names, numbers), so this many is thousands of articles' worth;
# emptying a full cache costs the next few articles a little recomputation.
CACHE_LIMIT = 30_000


class Tok(NamedTuple):
    """The facts the rules read about one token."""

    i: int
    text: str
    lower: str
    idx: int
    cap: bool  # starts with an uppercase letter
    upper: bool  # all uppercase letters, 2+ letters
    alpha: bool
    vocab: bool  # an ordinary Indonesian word or function word
    stop: bool
    space: bool  # followed by whitespace
    newline: bool  # a paragraph break token
    sent: int
    para: int
    ctx: bool  # inside a phrase like "kantor berita" that introduces a cited outlet


class Columns(NamedTuple):
    """Whole-article views of the same facts, for rules that look for a few tokens among many."""

    lower: tuple[str, ...]
    caps: list[int]  # positions of capitalised tokens: where any name can start
    breaks: list[int]  # positions of paragraph-break tokens
    headings: frozenset[int] = frozenset()  # paragraphs that are subheadings (see ``headings``)


_make_tok: Callable[[tuple], Tok] = partial(tuple.__new__, Tok)  # type: ignore[arg-type]


def _kind(text: str) -> int:
    if not text.strip():
        return BREAK if "\n" in text else SPACE
    if text in SENTENCE_FINAL:
        return FINAL
    if text in CLOSERS:
        return CLOSER
    if _DEGREE.fullmatch(text):
        return DEGREE
    return WORD


_kinds: dict[int, int] = {}


def sentence_starts(doc: Doc) -> list[int]:
    """SENT_START values (1 or -1) for each token: a sentence starts after . ? ! … (and a closing quote or
    bracket glued to them) and after a paragraph break; a space token right there starts it too."""
    n = len(doc)
    if not n:
        return []
    columns = doc.to_array([ORTH, SPACY])
    orths = columns[:, 0].tolist()
    spaced = columns[:, 1].tolist()  # whether each token is followed by whitespace
    kinds = _kinds
    if len(kinds) > CACHE_LIMIT:
        kinds.clear()
    strings = doc.vocab.strings
    for orth in set(orths).difference(kinds):
        kinds[orth] = _kind(strings[orth])
    kind = list(map(kinds.__getitem__, orths))
    stop = strings["."]
    starts = [-1] * n
    start_next = True
    last = -1  # the last token looked at
    comma = strings[","]
    for i in [i for i, k in enumerate(kind) if k]:
        k = kind[i]
        if k == DEGREE:
            if i == 0 or orths[i - 1] != comma or i + 1 < n and not strings[orths[i + 1]][:1].isupper():
                continue  # an initial or abbreviation inside the sentence ("M.Si., mengatakan"): an ordinary word
            k = FINAL
        if i > last + 1:  # ordinary words last+1 .. i-1: the first starts a sentence if one is due
            # but not a lower-case word right after a full stop: the stop ended an abbreviation the
            # tokenizer cut off ("Marcos Jr. mengatakan"), as sentences start with a capital
            if start_next and not (last >= 0 and orths[last] == stop and strings[orths[last + 1]][:1].islower()):
                starts[last + 1] = 1
            start_next = False
        if k == SPACE or k == BREAK:
            if start_next:
                starts[i] = 1
            start_next = start_next or k == BREAK
        elif not (k == CLOSER and start_next and i > 0 and not spaced[i - 1]):
            # a closing mark right after the sentence end belongs to that sentence ('kata dia."'); after a
            # space it opens the next one ('diri. "Dialog ...'), as a straight quote can do either
            if start_next:
                starts[i] = 1
            start_next = k == FINAL
        last = i
    if last + 1 < n and start_next:
        starts[last + 1] = 1
    return starts


class WordFacts:
    """Builds the per-token records of a Doc; ``vocabulary`` and ``stop_words`` are lower-case forms."""

    def __init__(self, vocabulary: frozenset[str] | set[str], stop_words: frozenset[str] | set[str]):
        self.vocabulary = vocabulary
        self.stop_words = stop_words
        self._facts: dict[int, tuple] = {}

    def of(self, text: str) -> tuple:
        """(text, lower, cap, upper, alpha, vocab, stop, newline) of one word form."""
        if not text.strip():
            return (text, text, False, False, False, True, True, "\n" in text)
        low = text.lower()
        # reduplicated and hyphenated words are single tokens in spaCy's Indonesian tokenizer ("mata-mata")
        alpha = text.isalpha() or (text.replace("-", "").isalpha() and "-" in text[1:-1])
        return (
            text,
            low,
            text[0].isupper(),
            alpha and len(text) >= 2 and text.isupper(),
            alpha,
            low in self.vocabulary,
            low in self.stop_words,
            False,
        )

    def tokens(self, doc: Doc, ctx: set[int] | frozenset[int] = frozenset()) -> tuple[list[Tok], Columns]:
        """One record per token, and the columns. Sentences are the ones kg_sentences set; a paragraph break
        always ends one. ``ctx`` holds the positions inside outlet-introducing phrases."""
        n = len(doc)
        if not n:
            return [], Columns((), [], [])
        facts = self._facts
        if len(facts) > CACHE_LIMIT:
            facts.clear()
        columns = doc.to_array([ORTH, SPACY, IDX, SENT_START])
        orths = columns[:, 0].tolist()
        strings = doc.vocab.strings
        for orth in set(orths).difference(facts):
            facts[orth] = self.of(strings[orth])
        texts, lowers, caps, uppers, alphas, vocabs, stops, newlines = zip(*map(facts.__getitem__, orths))
        newline = numpy.array(newlines, dtype=bool)
        # a sentence starts where kg_sentences said so, or right after a paragraph break
        begins = columns[:, 3].astype("int64") == 1
        begins[0] = True
        begins[1:] |= newline[:-1]
        sents = (numpy.cumsum(begins) - 1).tolist()
        paras = (numpy.cumsum(newline) - newline).tolist()
        spaces = list(map(bool, columns[:, 1].tolist()))
        in_ctx = [False] * n
        for k in ctx:
            in_ctx[k] = True
        rows = list(map(_make_tok, zip(
            range(n), texts, lowers, columns[:, 2].tolist(), caps, uppers, alphas, vocabs, stops, spaces,
            newlines, sents, paras, in_ctx,
        )))
        cap_at = numpy.flatnonzero(numpy.array(caps, dtype=bool)).tolist()
        breaks = numpy.flatnonzero(newline).tolist()
        return rows, Columns(lowers, cap_at, breaks, headings(rows, breaks))


def headings(toks: list[Tok], breaks: list[int]) -> frozenset[int]:
    """The paragraphs (their ``para`` numbers) that are subheadings inside the text: short, without a closing stop,
    nearly every word capitalised ("Beijing Ogah Ada Blok", "Junta Minta Bantuan Lewat Naypyidaw"). Capitals there
    mark no names and the verbs report nothing."""
    found: set[int] = set()
    for a, b in zip([0] + [x + 1 for x in breaks], breaks + [len(toks)]):
        if not 2 <= b - a <= 14:
            continue
        last = toks[b - 1]
        if last.text in SENTENCE_FINAL or last.text in CLOSERS or last.text in (":", ",", ";"):
            continue
        words = [t for t in toks[a:b] if t.alpha]
        capitalised = sum(t.cap for t in words)
        if len(words) >= 3 and capitalised >= 3 and capitalised * 4 >= len(words) * 3:
            found.add(toks[a].para)
    return frozenset(found)
