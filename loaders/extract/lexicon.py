"""Word lists the rules read: hand-kept data files for what no package has, plus the Indonesian vocabulary.

Everything is loaded once per process (``lexicon()`` is cached) and kept as plain sets and dicts, so the
per-article rules do only O(1) look-ups.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.lang.id.stop_words import STOP_WORDS as ID_STOP_WORDS

DATA = resources.files("kg.loaders.extract") / "data"


def _lines(name: str) -> list[list[str]]:
    """Rows of a data file: tab-separated fields, '#' comments and blank lines skipped."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([field.strip() for field in line.split("\t")])
    return rows


def _indonesian_vocabulary() -> frozenset[str]:
    """Common Indonesian word forms (lowercase), from spaCy's lemma lookup table (spacy-lookups-data).

    A capitalised word that is an ordinary Indonesian word ("Serangan", "Pejabat", "Kekhawatiran") is not
    a name; a word that is not in the vocabulary ("Nebenzya", "Kyslytsya") may be.
    """
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "id_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        table: dict[str, str] = json.load(fh)
    words = {w.lower() for w in table} | {w.lower() for w in table.values()}
    return frozenset(words | _passives(table) | {w.lower() for w in ID_STOP_WORDS})


def _passives(table: dict[str, str]) -> set[str]:
    """The passive forms of the table's active verbs, which it lacks: "mengutip" (kutip) gives "dikutip",
    "melaporkan" (lapor) "dilaporkan", "mewarnai" (warna) "diwarnai". Written with a capital at a sentence's start
    ("Dikutip dari ...", "Dilansir Reuters, ...") they are verbs, not names."""
    found = set()
    for form, lemma in table.items():
        form, lemma = form.lower(), lemma.lower()
        if not form.startswith("me") or len(lemma) < 3 or " " in lemma:
            continue
        suffix = "kan" if form.endswith("kan") and not lemma.endswith("kan") else "i" if form.endswith("i") and not lemma.endswith("i") else ""
        found.add("di" + lemma + suffix)
    return found


@lru_cache(maxsize=1)
def news_words() -> frozenset[str]:
    """Common words of international news that the lemma table lacks (``data/common_words.txt``): ordinary words, no
    names and no towns ("Pekan ini", "Mahkamah Agung Federal"). Read by the vocabulary and the gazetteer alike."""
    return frozenset(row[0].casefold() for row in _lines("common_words.txt"))


@dataclass(frozen=True)
class Lexicon:
    vocabulary: frozenset[str]
    stop_words: frozenset[str]
    cues: dict[str, tuple[str, str]]  # lowercase form -> (class, position), including generated -nya forms
    cue_bases: dict[str, str]  # generated form -> the base form it came from
    titles: dict[str, str]  # lowercase title phrase -> canonical
    local_offices: frozenset[str]  # titles of a town's or region's office: "wali kota", "gubernur"
    title_modifiers: frozenset[str]
    organizations: dict[str, str]  # surface form -> canonical organization name
    org_heads: frozenset[str]  # lowercase, possibly multi-word
    org_classifiers: frozenset[str]  # the heads that only classify a known name after them
    romance_heads: frozenset[str]  # Spanish, Portuguese, French heads: "Cámara ... de Comercio y Servicios"
    field_heads: frozenset[str]  # first words of heads that are also another body's field: "... Imigrasi dan Bea Cukai"
    org_context: frozenset[str]
    place_heads: dict[str, str]  # lowercase head -> "part" | "classifier"
    place_alias_heads: frozenset[str]  # heads the bare name is an alias after: "Provinsi Zambales" ... "Zambales"
    seats: dict[str, str]  # casefolded city -> the body it means as an actor: "brussel" -> "Uni Eropa"
    pronouns: frozenset[str]
    acronym_stoplist: frozenset[str]
    nominal_cues: frozenset[str]
    name_particles: frozenset[str]
    org_tails: frozenset[str]  # English head words that end an organization's name
    vessel_prefixes: frozenset[str]  # "BRP", "USS": a ship's name follows
    person_nouns: frozenset[str]  # "penulis", "petahana", "rezim": a person's name follows, without an office
    document_heads: frozenset[str]  # "statuta", "konvensi": a city after one is part of a treaty's name
    document_tails: frozenset[str]  # "agreement", "treaty": the English ones, which end the name
    org_nouns: frozenset[str]  # "organisasi", "partai": a name after one (and its description) is an organization's
    org_abbreviations: dict[str, str]  # "kemlu" -> "kementerian luar negeri", for telling two names of one body


# Post-position cues take these endings: "ujarnya", "imbuh dia", "kata mereka" (the last is plural and
# gives no single speaker, so only the singular ones are generated).
_NYA = "nya"
# Pre-position cues aimed at someone take "-nya" for that someone ("menuduhnya", "mendesaknya"), and the
# statement follows as it does after the bare verb.
_ADDRESSED = frozenset({"claim", "request", "warn"})


def _currency_codes() -> frozenset[str]:
    """ISO 4217 codes (USD, EUR, IDR) from pycountry: amounts are written with them, and they are all capitals
    like an organization's acronym."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    cues: dict[str, tuple[str, str]] = {}
    cue_bases: dict[str, str] = {}
    for form, cls, position in _lines("reporting_verbs.tsv"):
        cues[form] = (cls, position)
        if position in ("post", "both") and not form.endswith(_NYA):
            cues[form + _NYA] = (cls, "post")
            cue_bases[form + _NYA] = form
        elif position == "pre" and cls in _ADDRESSED:
            cues[form + _NYA] = (cls, "pre")  # "ICC menuduhnya melakukan ...": the verb and whom it is aimed at
    org_heads = _lines("org_heads.txt")
    organizations: dict[str, str] = {}
    for row in _lines("organizations.tsv"):
        name = row[0]
        organizations[name] = name
        if len(row) > 1 and row[1]:
            for alias in row[1].split("|"):
                if alias.strip():
                    organizations[alias.strip()] = name
    title_rows = _lines("titles.tsv")
    titles = {row[0]: row[1] for row in title_rows}
    local_offices = {row[0] for row in title_rows if row[2:] == ["local"]}
    # every office has its deputy: "wakil juru bicara", "wakil gubernur", "wakil wali kota"; a deputy's office
    # ("wakil presiden", "wapres") has none
    for form, canonical in list(titles.items()):
        if not form.startswith("wakil ") and not canonical.startswith("wakil "):
            titles.setdefault(f"wakil {form}", f"wakil {canonical}")
            if form in local_offices:
                local_offices.add(f"wakil {form}")
        # and its assistant: "Asisten Menteri Luar Negeri AS", "Asisten Direktur Jenderal NSC"
        titles.setdefault(f"asisten {form}", f"asisten {canonical}")
    place_rows = _lines("place_heads.tsv")
    document_rows = _lines("document_heads.txt")
    place_heads = {row[0]: row[1] for row in place_rows}
    title_modifiers = frozenset(row[0] for row in _lines("title_modifiers.txt"))
    # The words of our own Indonesian phrase lists are Indonesian words, whether or not the lemma table has them
    # ("negeri" of "Menteri Luar Negeri"): written with a capital inside an office, they are no name.
    person_nouns = frozenset(row[0] for row in _lines("person_nouns.txt"))
    org_nouns = frozenset(row[0] for row in _lines("org_nouns.txt"))
    phrase_words = {w for phrase in [*titles, *title_modifiers, *place_heads, *(row[0] for row in org_heads), *person_nouns, *org_nouns]
                    for w in phrase.split()}
    return Lexicon(
        vocabulary=_indonesian_vocabulary() | phrase_words | news_words(),
        stop_words=frozenset(w.lower() for w in ID_STOP_WORDS),
        cues=cues,
        cue_bases=cue_bases,
        titles=titles,
        local_offices=frozenset(local_offices),
        title_modifiers=title_modifiers,
        organizations=organizations,
        org_heads=frozenset(row[0] for row in org_heads),
        org_classifiers=frozenset(row[0] for row in org_heads if row[1:] == ["classifier"]),
        romance_heads=frozenset(row[0] for row in org_heads if row[1:] == ["romance"]),
        field_heads=frozenset(row[0].split()[0] for row in org_heads if row[1:] == ["field"]),
        org_context=frozenset(row[0] for row in _lines("org_context.txt")),
        place_heads=place_heads,
        place_alias_heads=frozenset(row[0] for row in place_rows if row[2:] == ["same"]),
        seats={row[0].casefold(): row[1] for row in _lines("seat_metonyms.tsv")},
        pronouns=frozenset(row[0] for row in _lines("pronouns.txt")),
        acronym_stoplist=frozenset(row[0] for row in _lines("acronym_stoplist.txt")) | _currency_codes(),
        nominal_cues=frozenset(row[0] for row in _lines("nominal_cues.txt")),
        name_particles=frozenset(row[0] for row in _lines("name_particles.txt")),
        org_tails=frozenset(row[0] for row in _lines("org_tails.txt")),
        vessel_prefixes=frozenset(row[0] for row in _lines("vessel_prefixes.txt")),
        person_nouns=person_nouns,
        org_nouns=org_nouns,
        org_abbreviations={short: words for short, words in _lines("org_abbreviations.tsv")},
        document_heads=frozenset(row[0] for row in document_rows),
        document_tails=frozenset(row[0] for row in document_rows if row[1:] == ["last"]),
    )
