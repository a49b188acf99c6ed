"""The gazetteer's and the organization list's names as lookup tables for the mention finder's n-gram walk.

About 63,000 forms are sorted into exact (short forms and acronyms, matched as written) and case-folded
ones, every form is cut where a word ends into the prefixes that let the walk stop early, and the longest
forms are tokenised to bound the walk. That is a third of a second of every process's start-up, so the
tables are kept in the disk cache (cache.py) under a hash of everything they are built from, like the
gazetteer itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .cache import cached, fingerprint

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .lexicon import Lexicon


@dataclass(frozen=True)
class NameForms:
    exact: dict[str, str]  # form as written -> label (PLACE, CAPITAL, STATE, ORG)
    lower: dict[str, str]  # lower-cased form -> label
    prefixes: frozenset[str]  # every lower-cased form cut before and after each space or hyphen
    max_words: int  # tokens in the longest form, at most 8
    calendar: frozenset[str]  # day and month names: capitalised, never names


def name_forms(lex: Lexicon, gaz: Gazetteer, tokenize: Callable[[str], object]) -> NameForms:
    """The tables for ``lex`` and ``gaz``, from the disk cache when they were built before from the same inputs."""
    from .gazetteer import BUILD_PACKAGES, build_inputs

    here = Path(__file__)
    key = fingerprint([*build_inputs(), here, here.with_name("lexicon.py"), here.with_name("tokenizer.py")], BUILD_PACKAGES)
    return cached("name-forms", key, lambda: build_name_forms(lex, gaz, tokenize))


def build_name_forms(lex: Lexicon, gaz: Gazetteer, tokenize: Callable[[str], object]) -> NameForms:
    exact: dict[str, str] = {}
    lower: dict[str, str] = {}
    for label, forms in (
        ("PLACE", gaz.place_forms()),
        ("CAPITAL", gaz.capital_forms()),
        ("STATE", gaz.state_forms()),
        ("ORG", lex.organizations),
    ):  # later labels win a shared form: ORG > STATE > CAPITAL > PLACE
        for form in forms:
            if is_short_form(form):
                exact[form] = label
            else:
                lower[form.lower()] = label
    # Every lower-cased form cut where a word ends, so the n-gram walk stops as soon as nothing can match.
    prefixes: set[str] = set()
    for form in list(lower) + [f.lower() for f in exact]:
        for k, ch in enumerate(form):
            if ch in " -":
                prefixes.add(form[:k])
                prefixes.add(form[: k + 1])
    longest = sorted(list(lower) + list(exact), key=len)[-200:]
    max_words = min(8, max(len(tokenize(f)) for f in longest))  # type: ignore[arg-type]
    return NameForms(exact, lower, frozenset(prefixes), max_words, calendar_words())


def is_short_form(form: str) -> bool:
    """Acronyms and short forms are matched case-sensitively: AS, DPRK, DK PBB, Korut."""
    letters = form.replace(" ", "").replace("-", "")
    return len(letters) <= 4 or form.isupper() or any(w.isupper() and len(w) > 1 for w in form.split())


def calendar_words() -> frozenset[str]:
    """Day and month names (Indonesian and English, from CLDR via Babel): capitalised, never names."""
    from babel import Locale

    words: set[str] = set()
    for code in ("id", "en"):
        loc = Locale.parse(code)
        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                words.update(v.lower().rstrip(".") for v in loc.days[ctx][width].values())
                words.update(v.lower().rstrip(".") for v in loc.months[ctx][width].values())
    words.update({"jum'at", "jumat"})
    return frozenset(words)
