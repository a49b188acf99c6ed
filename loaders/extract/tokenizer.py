"""The tokenizer: spaCy's Indonesian tokenizer, the same tokens, built in a fraction of a second instead of 2.5 s.

``spacy.blank("id")`` registers about 15,600 hyphenated words ("anak-anak", "Asia-Pasifik") as special cases
so that its hyphen infix rule leaves them whole. Each special case is also a ``PhraseMatcher`` pattern, so the
tokenizer takes about 2.5 s to build (every process, every worker) and runs that matcher over every text.

Here those words are a frozen set read by ``token_match`` instead, which gives the same tokens for any
whitespace-delimited chunk (``token_match`` is consulted at the same points as the special cases). The one
thing the matcher did besides is merge such a word back when it sits glued to other text that the infix rules
split ("anak-anak/remaja"); :meth:`KgTokenizer.__call__` does that merge itself, for the few chunks where it
can apply. The other special cases (abbreviations, emoticons, units: a few hundred) stay spaCy special cases.
``tests/test_tokens.py`` checks the tokens equal spaCy's own on texts built to hit each of these paths; the
2,005 benchmark and example articles tokenise identically. One difference is known, found only by fuzzing: a
listed word glued into a longer hyphen chain and followed by a full stop that makes its last letter an
abbreviation ("X-Pdi-p."), where spaCy's matcher prefers the word and this tokenizer the abbreviation.

One difference is made on purpose: a capital letter with a full stop after a lower-case word, at the end of a
sentence ("di media sosial X. Ia ..."), is two tokens, the name and the stop; spaCy keeps it whole as an
initial, which hides the end of the sentence and the name.
"""

from __future__ import annotations

import bisect
import re
from typing import Callable

import spacy
from spacy.attrs import IDX, LENGTH, NORM
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

# A whitespace-delimited chunk with a hyphen in it: the only place a hyphenated word can need merging.
HYPHEN_CHUNK = re.compile(r"\S*-\S*")
# Words joined by hyphens ("anak-anak", "Asia-Pasifik"); emoticons such as ":-D" stay special cases.
HYPHENATED = re.compile(r"\w+(?:-\w+)+")
# A capital letter and a full stop after a lower-case word, before a new sentence or the paragraph's end:
# spaCy reads "X." as an initial ("Donald J. Trump"), but after a common noun it is a name that ends the
# sentence ("di media sosial X. Ia menulis ..."), so it is cut into the letter and the stop.
FINAL_LETTER = re.compile(r"(?<= )[A-Z]\.(?=[ \t]*(?:\n|$)|[ \t]+[A-Z“\"(])")


class KgTokenizer:
    """A spaCy ``Tokenizer`` plus the hyphenated-word merge; callable like one (text in, ``Doc`` out)."""

    def __init__(self, tokenizer: Tokenizer, words: frozenset[str], longest: int):
        self.tokenizer = tokenizer
        self.words = words  # hyphenated words spaCy keeps whole
        self.longest = longest  # most tokens the infix rules cut one of them into

    # spaCy reads these off nlp.tokenizer (e.g. Language.pipe, PhraseMatcher building patterns with .pipe).
    @property
    def vocab(self):
        return self.tokenizer.vocab

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        if "-" in text:
            spans = self._glued_words(doc, text)
            if spans:
                with doc.retokenize() as retokenizer:
                    for a, b in spans:
                        retokenizer.merge(doc[a:b])
        letters = [m.start() for m in FINAL_LETTER.finditer(text) if _after_common_word(text, m.start())]
        if letters:
            starts = doc.to_array([IDX]).tolist()
            with doc.retokenize() as retokenizer:
                for at in letters:
                    token = doc[bisect.bisect_left(starts, at)]
                    if token.idx == at and len(token) == 2:
                        retokenizer.split(token, [token.text[0], "."], heads=[(token, 1), (token, 1)])
        return doc

    def _glued_words(self, doc: Doc, text: str) -> list[tuple[int, int]]:
        """Token spans that spell one of the words inside a chunk the tokenizer split, chosen as spaCy's
        special-case matcher chooses (longest first, then the earlier start; a span that touches one already
        considered is dropped, as in spaCy's ``_filter_special_spans``)."""
        words = self.words
        chunks = [(m.start(), m.end()) for m in HYPHEN_CHUNK.finditer(text) if text[m.start() : m.end()] not in words]
        if not chunks:
            return []
        bounds = doc.to_array([IDX, LENGTH]).tolist()
        starts = [idx for idx, _ in bounds]
        found: list[tuple[int, int]] = []
        for c_start, c_end in chunks:
            a = bisect.bisect_left(starts, c_start)
            b = bisect.bisect_left(starts, c_end)
            for i in range(a, b):
                for j in range(i + 3, min(b, i + self.longest) + 1):
                    last = bounds[j - 1]
                    if text[starts[i] : last[0] + last[1]] in words:
                        found.append((i, j))
        if not found:
            return []
        found.sort(key=lambda s: (s[0] - s[1], s[0]))
        seen: set[int] = set()
        chosen = []
        for a, b in found:
            if a not in seen and b - 1 not in seen:
                chosen.append((a, b))
            seen.update(range(a, b))
        return sorted(chosen)


def _after_common_word(text: str, at: int) -> bool:
    """Whether the word before the space at ``at - 1`` is all lower-case letters ("sosial X.", not "Donald J.")."""
    word = text[max(text.rfind(" ", 0, at - 1), text.rfind("\n", 0, at - 1)) + 1 : at - 1]
    return word.isalpha() and word.islower()


def split_exceptions(exceptions: dict[str, list[dict]]) -> tuple[dict[str, list[dict]], frozenset[str]]:
    """(special cases spaCy keeps, hyphenated words that only need to stay whole)."""
    specials: dict[str, list[dict]] = {}
    words: set[str] = set()
    for chunk, substrings in exceptions.items():
        if len(substrings) == 1 and HYPHENATED.fullmatch(chunk) and not any(k in (NORM, "norm", "NORM") for k in substrings[0]):
            words.add(chunk)
        else:
            specials[chunk] = substrings
    return specials, frozenset(words)


@spacy.registry.tokenizers("kg_tokenizer")
def create_kg_tokenizer() -> Callable[[Language], KgTokenizer]:
    def make(nlp: Language) -> KgTokenizer:
        defaults = nlp.Defaults
        specials, words = split_exceptions(defaults.tokenizer_exceptions)
        prefix = compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None
        suffix = compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None
        infix = compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None
        base_match = defaults.token_match

        def token_match(chunk: str) -> object:
            return chunk in words or (base_match is not None and base_match(chunk))

        tokenizer = Tokenizer(
            nlp.vocab,
            rules=specials,
            prefix_search=prefix,
            suffix_search=suffix,
            infix_finditer=infix,
            token_match=token_match,
            url_match=defaults.url_match,
        )
        # how many pieces the infix rules cut a word into: "kupu-kupu" is 3, "Asia-Pasifik-Timur" 5
        longest = max(2 * w.count("-") + 1 for w in words) if words else 0
        return KgTokenizer(tokenizer, words, longest)

    return make
