"""From mentions to entities: who is who within one article.

* A capital city is its state when it acts ("Pyongyang menentang", "pasukan Pyongyang") and a place when it
  locates ("di Pyongyang").
* Surname and titled short mentions ("Austin", "Dubes Kim") join the full name they refer to; among several
  people sharing the name, a matching title wins, then the one most recently in the discourse (mentioned
  themselves, or alongside someone mentioned since). Kim Song, Kim Yong-hyun and Kim Jong-un never merge.
* "Name (SHORT)" and shorter forms of an organization's name ("Dewan Keamanan Nasional" beside "Dewan
  Keamanan Nasional Korea Selatan") join the fuller one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from kg.model import entity_id, normalise_name

from .mentions import EMBASSY_WORDS, FORMER, HOME_STATE, LOCATIVE, NAME_SUFFIXES, WHERE, Mention, closes_aside
from .tokens import Tok


@dataclass(eq=False)
class Cluster:
    type: str
    key: str
    mentions: list[Mention] = field(default_factory=list)
    iso2: str | None = None
    canonical: str | None = None  # a name fixed by knowledge (Babel state name, known organization)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        m.entity = self

    def take(self, other: Cluster) -> None:
        """Move all of another cluster's mentions here: the two name one entity."""
        for m in other.mentions:
            self.add(m)
        other.mentions.clear()


class Resolver:
    def __init__(self, gaz, cues: dict[str, tuple[str, str]], abbreviations: dict[str, str] | None = None,
                 place_alias_heads: frozenset[str] = frozenset(), seats: dict[str, str] | None = None):
        self.gaz = gaz
        self.cues = cues
        self.abbreviations = abbreviations or {}
        self.place_alias_heads = place_alias_heads
        self.seats = seats or {}
        # per resolver, so a renewed pipeline leaves nothing behind; names repeat across a corpus
        self._canonical_key = lru_cache(maxsize=4096)(self._canonical_key)
        self._written_key = lru_cache(maxsize=8192)(self._written_key)

    def _org_key(self, m: Mention, states: dict[int, Mention]) -> str:
        """The cluster key of an organization's name: a known body's canonical name, else its words with short
        forms spelled out and the states named inside it by their ISO code, so "Kemlu Korsel" and "Kementerian
        Luar Negeri Korea Selatan" are one body in an article. ``states`` holds the nested states by start."""
        if m.key != m.text:
            return self._canonical_key(m.key)
        inside = tuple((s.text, s.iso2) for x in range(m.start, m.end) if (s := states.get(x)) is not None and s.end <= m.end and s.iso2)
        return self._written_key(m.text, inside)

    def _canonical_key(self, name: str) -> str:
        # a known body's canonical name, with the state it closes on by its code: "Kementerian Luar Negeri RI"
        words = name.split()
        for k in (2, 1):
            state = self.gaz.state_by_form(" ".join(words[-k:])) if len(words) > k else None
            if state is not None:
                return self._spelled_out(" ".join(words[:-k])) + " " + state.iso2.lower()
        return self._spelled_out(name)

    def _written_key(self, text: str, states: tuple[tuple[str, str], ...]) -> str:
        words = normalise_name(text).split(" ")
        for form, iso2 in states:
            words = _replace_run(words, normalise_name(form).split(" "), iso2.lower())
        return self._spelled_out(" ".join(words))

    def _spelled_out(self, name: str) -> str:
        return " ".join(self.abbreviations.get(w, w) for w in normalise_name(name).split())

    def _speaks(self, m: Mention, toks: list[Tok]) -> bool:
        nxt = toks[m.end] if m.end < len(toks) else None
        prev = toks[m.start - 1] if m.start > 0 else None
        if nxt is not None and nxt.lower in self.cues and self.cues[nxt.lower][1] in ("pre", "both"):
            return not (prev is not None and prev.lower in WHERE)  # "di Naqoura mengatakan": no subject
        if prev is None or prev.lower not in self.cues:
            return False
        position = self.cues[prev.lower][1]
        # "kata Austin"; a cue that also comes before what is said speaks of its subject unless it follows
        # the words it attributes ("“...,” menegaskan Austin"), not "X menegaskan Eropa terbuka ..."
        before = toks[m.start - 2] if m.start > 1 else None
        if position == "both" and before is not None and before.text == "," and closes_aside(toks, m.start - 2):
            return False  # "Macron, dalam wawancara dengan TF1, mengatakan Eropa ...": the subject is before the aside
        return position == "post" or position == "both" and before is not None and before.text in (",", "”", '"', "’")

    def resolve(self, mentions: list[Mention], unnamed: list[Mention], toks: list[Tok]) -> list[Cluster]:
        clusters: dict[tuple[str, str], Cluster] = {}

        def cluster(type_: str, key: str, **kw) -> Cluster:
            c = clusters.get((type_, key))
            if c is None:
                c = clusters[(type_, key)] = Cluster(type_, key, **kw)
            return c

        singles: list[Mention] = []
        unknown: list[Mention] = []
        ordered = sorted(mentions, key=lambda m: m.start)
        by_start = {m.start: m for m in ordered}  # the last mention to start there, as the parenthetical merge wants
        by_end = {m.end: m for m in mentions}
        located: set[int] = set()  # unknown names where something happens: a person's only if named in full
        nested_states = {m.start: m for m in mentions if m.nested and m.type == "State"}
        bodies = [m for m in mentions if m.type == "Organization" and not m.nested and not m.tentative]
        for m in mentions:
            if m.type == "Place" and m.start > 0 and toks[m.start - 1].lower == "hari" and toks[m.start - 1].cap:
                continue  # "Hari Natal", "Hari Raya": a holiday, not the town of that name
            if m.type == "State":
                cluster("State", m.iso2, iso2=m.iso2, canonical=self.gaz.state(m.iso2).name).add(m)
            elif m.type == "Place" and m.capital and m.nested and any(o.start <= m.start and m.end <= o.end for o in bodies):
                continue  # a city inside a body's name names the body, not its state: "Kelompok Minsk", "Klub Paris"
            elif m.type == "Place" and m.capital:
                if _locative(toks, m) or m.place is not None and _dateline(toks, m) or _addressed(toks, m, by_start, by_end):
                    cluster("Place", _place_key(m)).add(m)
                elif m.text.casefold() in self.seats:
                    # "Brussel akan merespons": the body seated there speaks, not the state
                    body = self.seats[m.text.casefold()]
                    m.type, m.place, m.iso2 = "Organization", None, None
                    cluster("Organization", self._canonical_key(body), canonical=body).add(m)
                else:
                    m.type = "State"
                    cluster("State", m.iso2, iso2=m.iso2, canonical=self.gaz.state(m.iso2).name).add(m)
            elif m.type == "Place" and len(m.text.split()) == 1 and (not _locative(toks, m) or m.place is None):
                if _locative(toks, m):
                    located.add(id(m))
                # "Austin mengatakan": a city name may be the surname of someone the article names; decided
                # below, once all full names are known. So may a name no gazetteer knows after "di sekitar"
                # ("di sekitar Trump" after "Donald Trump").
                unknown.append(m)
            elif m.type == "Place":
                cluster("Place", _place_key(m)).add(m)
            elif m.type == "Organization":
                cluster("Organization", self._org_key(m, nested_states), canonical=m.key if m.key != m.text else None).add(m)
            elif m.type == "Person":
                if _is_full_name(m.text):
                    cluster("Person", normalise_name(m.text)).add(m)
                else:
                    singles.append(m)
            else:
                unknown.append(m)

        self._merge_parentheticals(ordered, by_start, toks)
        self._merge_bracketed_pairs(ordered, by_start, toks)
        self._merge_org_prefixes(clusters)
        _merge_name_parts(clusters)
        _people_named_like_places(clusters)
        _others_named_as_bodies(clusters)
        people = [c for c in clusters.values() if c.type == "Person" and c.mentions]
        for m in singles:
            target = self._person_for(m, people, mentions) or _nicknamed(m, toks, people)
            if target is None:
                target = cluster("Person", normalise_name(m.text))
                if target not in people:
                    people.append(target)
            target.add(m)
        # A lone capitalised word becomes an entity only if the article already knows it by that name.
        office_ends = {t.end for t in unnamed}  # "Gubernur Papua mengatakan": the region of an office, not a name
        for m in unknown:
            target = self._person_for(m, people, mentions) or _nicknamed(m, toks, people)
            if target is not None and id(m) in located and not any(" " in x.text for x in target.mentions):
                target = None
            if target is not None:
                m.type = "Person"
                m.place = None
                target.add(m)
                continue
            if (m.type == "Place" and not m.nested and self._speaks(m, toks)
                    and not (m.start in office_ends and m.place is not None and m.place.kind != "city")):
                # "Austin mengatakan", "kata Austin": places do not speak, so this is someone's name
                m.type, m.place = "Person", None
                target = cluster("Person", normalise_name(m.text))
                if target not in people:
                    people.append(target)
                target.add(m)
                continue
            if m.type == "Place":
                cluster("Place", _place_key(m)).add(m)
                continue
            for c in clusters.values():
                if c.type == "Organization" and any(x.text == m.text for x in c.mentions):
                    m.type = "Organization"
                    c.add(m)
                    break
        _hyphen_parts_of_places(clusters)
        _bare_names_of_bodies(clusters)
        _embassies_named_alone(clusters)
        _retype_unattested(clusters)
        self._merge_place_aliases(clusters)
        # Unnamed titles that are definite ("Utusan Korea Utara untuk PBB", not "seorang juru bicara") can
        # refer to the one named person holding that title in the article; statements use this.
        for t in unnamed:
            if t.indefinite or not t.title_canon:
                continue
            # the holder named before it: "Paus Leo XIV ... Paus mengajak ...", not Paus Fransiskus only further on; a
            # description that only a later holder's office fits means someone else ("Ekonom ... itu" before the economist
            # quoted further on)
            matches = [c for c in people if _holds_title(c, t) and any(x.start < t.start for x in c.mentions)]
            if len(matches) > 1 and toks[t.start].cap and not (t.end < len(toks) and toks[t.end].lower in ("itu", "tersebut")):
                # an office written with a capital and left unqualified in Indonesian copy is Indonesia's: "Kepala Negara
                # juga menyatakan" after "Presiden RI Prabowo Subianto" and "Presiden Brasil Lula" ("menteri itu" is
                # whoever was named last, for the statements to find)
                matches = [c for c in matches if any(x.affiliation is not None and x.affiliation.iso2 == HOME_STATE for x in c.mentions)]
            if len(matches) == 1:
                t.entity = matches[0]
        return [c for c in clusters.values() if c.mentions]

    # ------------------------------------------------------------------
    def _person_for(self, m: Mention, people: list[Cluster], mentions: list[Mention]) -> Cluster | None:
        word = _folded(m.text)
        candidates = [c for c in people if any(word in _name_words(x.text) for x in c.mentions if x is not m) and _full(c)]
        if not candidates:
            # people known by one name only ("Sugiono", "Putin") are the same person when named again
            candidates = [c for c in people if any(_folded(x.text) == word for x in c.mentions if x is not m)]
        if not candidates and len(word) >= 6:
            # a spelling one letter apart from the surname of someone named in full: "Zelensky" for "Zelenskyy"
            candidates = [c for c in people if _full(c) and any(_one_letter_apart(word, w) for x in c.mentions for w in _name_words(x.text))]
        if not candidates:
            return None
        if m.title_canon:
            titled = [c for c in candidates if _holds_title(c, m)]
            if titled:
                candidates = titled
        if len(candidates) > 1:
            # a bare surname is the father's when the son is written with "Jr." ("Trump", "Donald Trump Jr.")
            plain = [c for c in candidates if not any(x.text.split()[-1].rstrip(".").casefold() in NAME_SUFFIXES for x in c.mentions)]
            candidates = plain or candidates
        if len(candidates) == 1:
            return candidates[0]
        # Discourse recency: the candidate's own last mention before m, or the last mention before m of
        # someone named in the same sentence as the candidate ("Austin ... bersama rekannya Kim Yong-hyun").
        def recency(c: Cluster) -> tuple[int, int]:
            own = max((x.start for x in c.mentions if x.start < m.start), default=-1)
            companions = -1
            sents = {_sent_of(x) for x in c.mentions if x.start < m.start}
            for other in mentions:
                if other.entity is c or other.type != "Person" or other.start >= m.start or other.entity is None:
                    continue
                if any(_sent_of(y) in sents for y in getattr(other.entity, "mentions", [])):
                    companions = max(companions, other.start)
            return (max(own, companions), own)

        before = [c for c in candidates if any(x.start < m.start for x in c.mentions)]
        if before:
            return max(before, key=recency)
        return min(candidates, key=lambda c: min(x.start for x in c.mentions))

    def _merge_place_aliases(self, clusters: dict) -> None:
        """A place named with a head word that the bare name keeps naming ("Provinsi Zambales" ... "Zambales", "Jalur
        Gaza" ... "Gaza"), or a city named by its first word before a connector ("Rio de Janeiro" ... "Rio"), is one
        place under both names."""
        places = [c for c in clusters.values() if c.type == "Place" and c.mentions]
        if len(places) < 2:
            return
        by_name: dict[str, list[Cluster]] = {}
        for c in places:
            for m in c.mentions:
                by_name.setdefault(normalise_name(m.text), []).append(c)
        for full in places:
            if not full.mentions:
                continue
            words = normalise_name(full.mentions[0].text).split()
            bare = []
            for k in (2, 1):
                if len(words) > k and " ".join(words[:k]) in self.place_alias_heads:
                    bare.append(" ".join(words[k:]))
                    break
            if len(words) >= 3 and words[1] in ("de", "do", "da", "del", "dos", "das"):
                bare.append(words[0])
            for name in bare:
                for short in {id(c): c for c in by_name.get(name, [])}.values():
                    if short is not full and short.mentions and all(normalise_name(m.text) == name for m in short.mentions):
                        for m in short.mentions:
                            m.place = None  # the full name's gazetteer entry (or none) names the place, as it does alone
                        full.take(short)

    def _merge_parentheticals(self, ordered: list[Mention], by_start: dict[int, Mention], toks: list[Tok]) -> None:
        """"Federasi Bangsa-Bangsa (PBB)": the two names are one organization, known under the short form's key.
        ``ordered`` holds the mentions by start, ``by_start`` the last of them to start at each token."""
        for a in ordered:
            k = a.end
            if k + 2 < len(toks) and toks[k].text == "(" and k + 1 in by_start:
                b = by_start[k + 1]
                place_short = (a.type == "Place" and not a.capital and not a.nested and a.entity is not None and b.type in ("Organization", "Unknown")
                               and b.text.isupper())
                # not a name nested in the one before the bracket: "Pusat Meteorologi Khusus ASEAN (ASMC)" is not ASEAN
                if b.end + 2 < len(toks) and toks[b.end].text == "/" and b.end + 1 in by_start:
                    b = by_start[b.end + 1]  # "(Rapid Support Forces/RSF)": the short form names the body before
                if b.end < len(toks) and toks[b.end].text == ")" and (a.type == "Organization" and not a.nested and b.type in ("Organization", "Unknown") or place_short):
                    ca, cb = a.entity, b.entity
                    if place_short:  # "Bendungan Renaisans Agung Ethiopia (GERD)": the short form of a place, there and later
                        for x in list(cb.mentions) if cb is not None and cb is not ca else [b]:
                            x.type = "Place"
                            ca.add(x)
                        if cb is not None and cb is not ca:
                            cb.mentions.clear()
                    else:
                        _one_body(ca, b)

    def _merge_bracketed_pairs(self, ordered: list[Mention], by_start: dict[int, Mention], toks: list[Tok]) -> None:
        """"(Rapid Support Forces/RSF)": a body's name and its short form written together in a bracket are one body."""
        n = len(toks)
        for b in ordered:
            k = b.end
            if not (b.start > 0 and toks[b.start - 1].text == "(" and k + 2 < n and toks[k].text == "/" and k + 1 in by_start):
                continue
            c = by_start[k + 1]
            if c.end >= n or toks[c.end].text != ")" or c.type != "Organization" or b.type not in ("Organization", "Unknown"):
                continue
            if "".join(w[0] for w in b.text.split() if w[0].isupper()) != c.text.upper():
                continue  # the short form is made of the name's initials; "(AFP/REUTERS)" is a credit
            if c.entity is not None:
                _one_body(c.entity, b)

    def _merge_org_prefixes(self, clusters: dict) -> None:
        orgs = [c for c in clusters.values() if c.type == "Organization" and c.mentions]
        names = {id(c): [normalise_name(x.text).split() for x in c.mentions] + ([normalise_name(c.canonical).split()] if c.canonical else []) for c in orgs}
        for short in orgs:
            if not short.mentions:
                continue
            short_words = [normalise_name(x.text).split() for x in short.mentions]
            if short.canonical or any(len(w) < 2 for w in short_words):
                continue
            for full in orgs:
                if full is short or not full.mentions:
                    continue
                if all(any(len(fw) > len(sw) and fw[: len(sw)] == sw for fw in names[id(full)]) for sw in short_words):
                    full.take(short)
                    break


def _one_body(named: Cluster, other: Mention) -> None:
    """``other`` (a body's mention, or an unknown name) names the body ``named``: it joins that cluster, or its own
    cluster and that one become one, under a known body's canonical name if either has it."""
    co = other.entity
    if co is None:
        other.type = "Organization"
        named.add(other)
    elif co is not named:
        keep, drop = (co, named) if co.canonical else (named, co)
        keep.take(drop)


def _merge_name_parts(clusters: dict) -> None:
    """A person named by the last words of another's full name is that person: "al-Assad" and "Lula da
    Silva" after "Bashar al-Assad" and "Luiz Inacio Lula da Silva"; so is one named by its first two words
    or more ("Sheikh Mohammed" for "Sheikh Mohammed bin Abdulrahman Al Thani"), or by its two names in the
    other order. Only when one name fits."""
    people = [c for c in clusters.values() if c.type == "Person" and c.mentions]
    words = {id(c): [normalise_name(x.text).split() for x in c.mentions] for c in people}

    def part_of(t: list[str], w: list[str]) -> bool:
        if w[-1].rstrip(".") in NAME_SUFFIXES and w[:-1] == t:
            return False  # "Donald Trump" and "Donald Trump Jr." are father and son
        return _name_part(t, w)

    def swapped(t: list[str], w: list[str]) -> bool:
        return len(t) == 2 and t == w[::-1] and t != w

    first = {id(c): min(x.start for x in c.mentions) for c in people}

    def fits_into(short: Cluster, c: Cluster) -> bool:
        tails, ws = words[id(short)], words[id(c)]
        if all(any(part_of(t, w) for w in ws) for t in tails):
            return True
        # the same two names in the other order, as East Asian names are written both ways ("Iwaya Takeshi"
        # after "Takeshi Iwaya"); the order met first names the person
        return first[id(c)] < first[id(short)] and all(any(swapped(t, w) for w in ws) for t in tails)

    for short in people:
        fits = [c for c in people if c is not short and c.mentions and fits_into(short, c)]
        if len(fits) == 1:
            fits[0].take(short)


def _name_part(t: list[str], w: list[str]) -> bool:
    """Whether the words t are the last words of the longer name w, or its first words when two or more."""
    return len(w) > len(t) and (w[-len(t):] == t or len(t) >= 2 and w[: len(t)] == t)


def _others_named_as_bodies(clusters: dict) -> None:
    """A name the article also writes as a body's is that body:
    - taken for a person's where it speaks, with no office ("partai penguasa Georgian Dream", then "Georgian Dream
      menuduh");
    - taken for a place's, if of two words or more ("Istana Malacanang menepis", then "Juru Bicara Istana Malacanang"),
      as "Brussel" acting for the EU leaves Brussel the city a place."""
    bodies = {normalise_name(m.text): c for c in clusters.values() if c.type == "Organization" for m in c.mentions}
    if not bodies:
        return
    for c in [c for c in clusters.values() if c.type in ("Person", "Place") and c.mentions]:
        names = {normalise_name(m.text) for m in c.mentions}
        if len(names) != 1:
            continue
        name = next(iter(names))
        if c.type == "Person" and any(m.title is not None for m in c.mentions) or c.type == "Place" and " " not in name:
            continue
        body = bodies.get(name)
        if body is not None:
            _join_as(body, c)


def _people_named_like_places(clusters: dict) -> None:
    """A place's name of two words or more that is the first or last words of a person named in full before it is
    that person named again: "Menurut Hassan Sheikh, ..." after "Presiden Somalia Hassan Sheikh Mohamud", though
    a village somewhere is called Hassan Sheikh."""
    people = [c for c in clusters.values() if c.type == "Person" and c.mentions]
    if not people:
        return
    for place in [c for c in clusters.values() if c.type == "Place" and c.mentions]:
        if any(m.capital or len(m.text.split()) < 2 for m in place.mentions):
            continue
        name = normalise_name(place.mentions[0].text)
        if any(normalise_name(m.text) != name for m in place.mentions):
            continue
        t = name.split()
        start = min(m.start for m in place.mentions)
        fits = [person for person in people
                if any(x.start < start and _name_part(t, normalise_name(x.text).split()) for x in person.mentions)]
        if len(fits) == 1:
            for m in place.mentions:
                m.type, m.place = "Person", None
            fits[0].take(place)


def _nicknamed(m: Mention, toks: list[Tok], people: list[Cluster]) -> Cluster | None:
    """The person named in full last before a name given as a nickname: "Roy, sapaan akrabnya, menambahkan" after
    "Rolliansyah Soemirat"."""
    k = m.end
    if not (k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].lower in ("sapaan", "panggilan", "disapa", "dipanggil")):
        return None
    named = [(max(x.start for x in c.mentions if x.start < m.start), c) for c in people
             if _full(c) and any(x.start < m.start for x in c.mentions)]
    # a nickname is mostly cut from the name ("Roy" of "Rolliansyah"): such a person first, else the last one named
    cut = _folded(m.text)[:2]
    named = [p for p in named if any(w.startswith(cut) for x in p[1].mentions for w in _name_words(x.text))] or named
    return max(named, key=lambda p: p[0])[1] if named else None


def _hyphen_parts_of_places(clusters: dict) -> None:
    """A one-word name taken for a person, without an office, that is the last part of a place's hyphenated name in
    the article is that place: "Karabakh" after "wilayah Nagorno-Karabakh"."""
    ends: dict[str, list[Cluster]] = {}
    for c in clusters.values():
        if c.type == "Place":
            for x in c.mentions:
                if "-" in x.text[1:-1] and " " not in x.text:
                    ends.setdefault(x.text.rsplit("-", 1)[1], []).append(c)
    _lone_names_into(clusters, ends)


def _bare_names_of_bodies(clusters: dict) -> None:
    """A one-word name taken for a person, without an office, that is the second word of a body's two-word name in the
    article is that body: "Polisario mengatakan" after "Front Polisario", "Pertamina" after "PT Pertamina (Persero)"."""
    bodies: dict[str, list[Cluster]] = {}
    for c in clusters.values():
        if c.type == "Organization":
            for x in c.mentions:
                words = x.text.removesuffix(" (Persero)").split()
                if len(words) == 2 and words[0][:1].isupper() and words[1][:1].isupper():
                    bodies.setdefault(words[1], []).append(c)
    _lone_names_into(clusters, bodies)


def _embassies_named_alone(clusters: dict) -> None:
    """An embassy's or consulate's short form alone ("KBRI juga berkoordinasi") after the article names one such mission
    in full ("KBRI Phnom Penh") is that mission."""
    full: dict[str, list[Cluster]] = {}
    for c in clusters.values():
        if c.type == "Organization":
            for x in c.mentions:
                words = x.text.split()
                if len(words) >= 2 and words[0].lower() in EMBASSY_WORDS:
                    full.setdefault(words[0].lower(), []).append(c)
    for c in [c for c in clusters.values() if c.type == "Organization" and c.mentions]:
        names = {m.text.lower() for m in c.mentions}
        if len(names) == 1 and (word := next(iter(names))) in full:
            targets = {id(t): t for t in full[word] if t is not c}
            if len(targets) == 1:
                next(iter(targets.values())).take(c)


def _lone_names_into(clusters: dict, keyed: dict[str, list[Cluster]]) -> None:
    """Each person known by one name only, without an office, whose name ``keyed`` gives one place or body for, is that
    place or body."""
    if not keyed:
        return
    for c in [c for c in clusters.values() if c.type == "Person" and c.mentions]:
        names = {m.text for m in c.mentions}
        targets = {id(t): t for t in keyed.get(next(iter(names)), [])}
        if len(names) == 1 and len(targets) == 1 and all(m.title is None for m in c.mentions):
            _join_as(next(iter(targets.values())), c)


def _join_as(target: Cluster, c: Cluster) -> None:
    """The mentions of ``c``, taken for a person by their shape, name the place or body ``target``: of its type, and no
    longer tentative."""
    for m in c.mentions:
        m.type, m.tentative = target.type, False
    target.take(c)


def _full(c: Cluster) -> bool:
    return any(_is_full_name(x.text) for x in c.mentions)


# Both are asked of every name in the article for every lone name: cached, as names repeat within an
# article and across a day's news; small bounds, as a long run meets ever more names.
@lru_cache(maxsize=8192)
def _is_full_name(text: str) -> bool:
    return len(text.split()) >= 2 or "-" in text


@lru_cache(maxsize=8192)
def _name_words(text: str) -> frozenset[str]:
    text = _folded(text)
    return frozenset({w for w in text.replace("-", " - ").split() if w != "-"} | set(text.split()))


# Letters that two transliterations of one name swap: "Pashinian" and "Pashinyan"
TRANSLITERATED = frozenset({frozenset("iy"), frozenset("jy"), frozenset("ck"), frozenset("sz")})


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter added or dropped ("zelensky" and "zelenskyy", "medvedev" and "medvedyev"), or swapped for the one
    another transliteration writes ("pashinian" and "pashinyan")."""
    if len(a) == len(b) and len(a) >= 6:
        diff = [(x, y) for x, y in zip(a, b) if x != y]
        return len(diff) == 1 and frozenset(diff[0]) in TRANSLITERATED
    if abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < 6:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1:]


@lru_cache(maxsize=8192)
def _folded(text: str) -> str:
    """Case- and accent-free: "Vucic" is "Vučić" written without its accents."""
    if text.isascii():
        return text.casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def _holds_title(c: Cluster, m: Mention) -> bool:
    """Whether the person of cluster c holds the office named by m ("Dubes Kim", "Utusan Korea Utara untuk
    PBB"): same office (or one containing it, "wakil duta besar" vs "duta besar"), and, when m names whom the
    office is for, the person is known for that state or organization and for no other."""
    if not m.title_canon:
        return False
    former = _former(m)
    same_office = any(
        x.title_canon and (x.title_canon == m.title_canon or m.title_canon in x.title_canon or x.title_canon in m.title_canon)
        and _former(x) == former  # "mantan perdana menteri Estonia" is not the prime minister named before
        for x in c.mentions
    )
    if not same_office:
        return False
    if m.affiliation is None:
        return True
    known = [x.affiliation for x in c.mentions if x.affiliation is not None]
    if not known:
        return True
    return any(_same_body(a, m.affiliation) for a in known)


def _former(m: Mention) -> bool:
    return bool(m.title) and m.title.casefold().split(" ", 1)[0] in FORMER


def _same_body(a: Mention, b: Mention) -> bool:
    if a.iso2 and b.iso2:
        return a.iso2 == b.iso2
    return normalise_name(a.key) == normalise_name(b.key)


def _sent_of(m: Mention) -> int:
    return m.sent


def _place_key(m: Mention) -> str:
    """A place's cluster key: its GeoNames id where the gazetteer knows it, else its normalised name."""
    return str(m.place.geonames_id) if m.place and m.place.geonames_id else normalise_name(m.text)


# Words of a journey, before "dari X ke Y": the places it goes from and to.
JOURNEY_WORDS = frozenset({"terbang", "berangkat", "bertolak", "melaju", "berlayar", "penerbangan", "perjalanan", "rute", "pulang",
                           "dievakuasi", "diterbangkan", "dipulangkan", "mengungsi", "melarikan", "kabur", "pindah", "bergerak"})


def _locative(toks: list[Tok], m: Mention) -> bool:
    k = m.start - 1
    if k >= 0 and toks[k].lower == "dari" and toks[k].cap and (k == 0 or toks[k - 1].sent != toks[k].sent or toks[k - 1].newline):
        # "Dari Moskow, juru bicara ... mengatakan": where the words come from, opening the sentence
        return m.end < len(toks) and toks[m.end].text == ","
    if (k >= 0 and toks[k].lower == "dari" and m.end < len(toks) and toks[m.end].lower in ("ke", "menuju")
            and any(toks[x].lower in JOURNEY_WORDS for x in range(max(0, k - 4), k))):
        return True  # "terbang dari Baku menuju Grozny": a journey's start; not "pengakuan dari Taipei ke Beijing"
    return k >= 0 and toks[k].lower in LOCATIVE


def _addressed(toks: list[Tok], m: Mention, by_start: dict[int, Mention], by_end: dict[int, Mention]) -> bool:
    """A capital written as part of an address is where something is, not its state acting: after a named place
    ("di Istana Perdamaian, Den Haag", "Lapangan Sukhbaatar, Ulaanbaatar") or before its own state ("Ulaanbaatar,
    Mongolia")."""
    if m.start >= 2 and toks[m.start - 1].text == ",":
        before = by_end.get(m.start - 1)
        if before is not None and before.type == "Place" and not before.capital:
            return True
    if m.end + 1 < len(toks) and toks[m.end].text == ",":
        after = by_start.get(m.end + 1)
        if after is not None and after.type == "State" and after.iso2 == m.iso2:
            return True
    return False


def _dateline(toks: list[Tok], m: Mention) -> bool:
    """A place opening a paragraph as a dateline: "MOSKOW -", "Kairo, Senin (4/3) -", "SEOUL, Korea Selatan", "PORT
    SUDAN/ADDIS ABABA —".
    "Tel Aviv, di sisi lain, menegaskan" opens a sentence with its subject instead."""
    k = m.end
    a = m.start
    if a > 1 and toks[a - 1].text == "/" and toks[a - 2].upper:
        a -= 2  # the second of two places in capitals: "PORT SUDAN/ADDIS ABABA —"
        while a > 0 and toks[a - 1].upper and not toks[a - 1].newline:
            a -= 1
    if not (a == 0 or toks[a - 1].newline) or k >= len(toks):
        return False
    if toks[k].text in ("-", "–", "—") or toks[k].text == ":" and k + 1 < len(toks) and toks[k + 1].cap:
        return True  # "MOSKOW -", "Jakarta: Mantan Presiden ..."
    if toks[k].text != ",":
        return False
    if all(toks[x].upper or not toks[x].alpha for x in range(m.start, m.end)):
        return True  # a place in capitals
    end = min(len(toks), k + 10)
    return any(toks[x].text in ("-", "–", "—", "--") and toks[x].space for x in range(k + 1, end) if not toks[x].newline)


def entity_key(c: Cluster) -> str:
    """The stable id of a cluster's entity across articles (see kg.model.entity_id)."""
    if c.type == "State":
        return entity_id("State", c.canonical or c.key, iso2=c.iso2)
    if c.type == "Place":
        place = next((m.place for m in c.mentions if m.place is not None), None)
        return entity_id("Place", c.mentions[0].text, geonames_id=place.geonames_id if place else None)
    if c.type == "Organization":
        return entity_id("Organization", c.canonical or best_name(c))
    return entity_id(c.type, best_name(c))


def best_name(c: Cluster) -> str:
    """The fullest form the article uses (the Indonesian common name for states)."""
    if c.type == "State" and c.canonical:
        return c.canonical
    forms = [m.text for m in c.mentions]
    if c.type == "Person":
        return max(forms, key=lambda f: (len(f.split()) + f.count("-"), len(f)))
    if c.type == "Place":
        place = next((m.place for m in c.mentions if m.place is not None), None)
        written = [f for f in forms if not f.isupper()]
        if written:
            return written[0]
        return place.name if place else forms[0].title()
    best = max(forms, key=len)
    return best[0].upper() + best[1:]


def _retype_unattested(clusters: dict[tuple[str, str], Cluster]) -> None:
    """A name taken for a person by its shape alone (every mention tentative), which the article also gives as a
    place or a body, is that place or body: "kota Birnin Konni" then "di Illela dan Birnin Konni"; "Sungai Syr
    Darya" then "Air Syr Darya"; "partai Georgian Dream" then "Georgian Dream". The other form may carry one or
    two head words before the name."""
    others = [c for c in clusters.values() if c.type in ("Place", "Organization") and c.mentions]
    if not others:
        return
    for c in list(clusters.values()):
        if c.type != "Person" or not c.mentions or not all(m.tentative for m in c.mentions):
            continue
        names = {m.text.casefold() for m in c.mentions}
        target = next((o for o in others if any(_same_or_headed(x.text.casefold(), names) for x in o.mentions)), None)
        if target is None:
            continue
        _join_as(target, c)


def _same_or_headed(form: str, names: set[str]) -> bool:
    if form in names:
        return True
    words = form.split()
    return any(" ".join(words[k:]) in names for k in (1, 2) if k < len(words))


def _replace_run(words: list[str], run: list[str], by: str) -> list[str]:
    """``words`` with each whole-word occurrence of ``run`` replaced by the one word ``by``, left to right (what a
    regex bounded by whitespace would do, without compiling one per state form)."""
    k = len(run)
    if not k or run == [""]:
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i : i + k] == run:
            out.append(by)
            i += k
        else:
            out.append(words[i])
            i += 1
    return out
