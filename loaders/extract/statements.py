"""Statements: what was said, by whom, with which cue, in which words.

Structures handled (each as a general rule over cue words, quotation marks and clause shape):

* ``“Q,” kata X.`` / ``“Q,” tambahnya.`` / ``CLAUSE, kata X.``  (cue after the words)
* ``X mengatakan (kepada Y) bahwa CLAUSE.`` / ``X mengatakan: “Q”`` / ``X meminta Y untuk ...``  (cue before)
* ``Menurut X, CLAUSE.`` / ``CLAUSE, menurut X.`` / ``... yang menurutnya CLAUSE``
* a quote that continues the previous speaker (next paragraph, or after ``“A,” kata X di Roma, “B.”``)
* shared subjects (``X mengatakan A, namun memperingatkan bahwa B``) and coordinated speakers
  (``AS dan Korea Selatan mengatakan``: one statement per named speaker)
* pronoun speakers (``dia``, ``ia``, ``-nya``) take the previous statement's speaker
* negated cues (``tidak menyangkal``) and purpose clauses (``untuk menyampaikan``) are not statements

Speakers that are unnamed (``seorang pejabat``, ``para ahli``, ``pihak berwenang``) give ``speaker=None``;
a definite title (``Utusan Korea Utara untuk PBB``) names the one person holding it in the article, if any.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import Lexicon
from .mentions import ADVERBS, PREPOSITIONS, SOURCE_OPENERS, VERB_PREFIXES, Mention, honorific
from .tokens import Columns, Tok

# Single curly quotes are some outlets' quotation marks (‘Kami siap,’ kata X); inside a double-quoted span they are
# a quote within the quote and change nothing.
OPEN_QUOTES = {"“": "”", "«": "»", "„": "”", "‘": "’"}
STRAIGHT = '"'
QUOTE_MARKS = frozenset(OPEN_QUOTES) | frozenset(OPEN_QUOTES.values()) | {STRAIGHT}
CLOSE_MARKS = frozenset({"”", "»", "’", STRAIGHT})
MENURUT = frozenset({"menurut", "menurutnya"})
# "Seperti dilaporkan Reuters, ...": opening a sentence, the source of what follows, as "Menurut X," is.
AS_REPORTED = frozenset({"dilaporkan", "diberitakan"})
# Head nouns of a description that means a news outlet: "Kantor berita itu melaporkan", "Harian tersebut menulis".
OUTLET_NOUNS = frozenset({"kantor", "media", "harian", "surat", "stasiun", "televisi", "situs", "portal", "majalah", "outlet"})
# "kedua negara", "ketiga pihak": the two or three named just before, or the speakers of the last joint statement
COUNTING = {"kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5}
# What a body issues; "Menurut laporan X" and "pernyataan X menyebutkan" give X as the source.
DOCUMENTS = frozenset({"laporan", "pernyataan", "keterangan", "rilis", "data", "survei", "hasil", "dokumen", "komunike", "hitungan",
                       "penghitungan", "perhitungan", "perkiraan", "catatan", "temuan", "analisis"})
NEGATORS = frozenset({"tidak", "tak", "belum", "bukan", "enggan", "tanpa"})
# Right before a cue, these make it an aim or a wish, not something said: "untuk memastikan", "ingin memastikan".
INTENT = frozenset({"untuk", "ingin", "hendak", "berusaha", "mencoba", "berupaya", "agar", "supaya"})
CONJUNCTIONS = frozenset({"dan", "namun", "tetapi", "tapi", "seraya", "sambil", "serta", "lalu", "kemudian", "sekaligus"})
# A two-word object ending in one of these points back at words reported earlier ("menyampaikan pesan
# serupa", "membantah tudingan tersebut"): it says nothing itself.
ANAPHORS = frozenset({"serupa", "senada", "tersebut", "itu", "ini", "sama"})
# Nouns for who speaks for a state or body, and means it: "Delegasi Rusia menyatakan"
DELEGATIONS = frozenset({"delegasi"})
# Cue classes that take a stand on something (reporting_verbs.tsv): their object alone is a statement
STANCES = frozenset({"deny", "confirm", "assess"})
# An object without a clause that is a courtesy or an exchange, not words reported: "meminta maaf atas ...",
# "menjawab pertanyaan anggota parlemen", "melaporkan hasilnya kepada ..."
EMPTY_OBJECTS = frozenset({"maaf", "pertanyaan", "hasilnya", "belasungkawa"})
# Words that open an adjunct of the speaking itself, right after a cue: "mengatakan kepada Reuters, ...".
ADJUNCT_HEADS = frozenset({"kepada", "dalam", "di", "pada", "saat", "ketika", "usai", "seusai", "setelah", "melalui", "lewat", "via"})
COMPLEMENTIZERS = frozenset({"bahwa", "jika", "supaya", "agar", "kalau", "apakah"})
TIME_WORDS = frozenset({"hari", "pekan", "minggu", "bulan", "tahun", "lalu", "sore", "pagi", "malam", "siang", "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "ini", "itu", "kemarin", "tanggal"})
CONTRASTIVE = frozenset({"namun", "tetapi", "tapi", "sedangkan", "padahal", "sementara"})
# Nouns of kinship that open an apposition naming someone else: "Hun Sen, ayah Hun Manet, menulis"
KINSHIP = frozenset({"ayah", "ibu", "putra", "putri", "anak", "istri", "suami", "kakak", "adik", "paman", "bibi", "cucu",
                     "keponakan", "menantu", "mertua", "saudara", "sepupu"})
# Words that open a time clause fronted before the subject ("Seusai pertemuan itu, Menteri X ..."), besides the
# prepositions that do ("setelah", "saat", "ketika": PREPOSITIONS)
TIME_OPENERS = frozenset({"sesudah", "seusai", "selepas", "begitu"})
# A subject is looked for after the last of these before the cue: "Hal ini terjadi ketika AS meminta ..."
SUBORDINATORS = frozenset({"ketika", "saat", "sejak", "setelah", "sebelum", "karena", "sementara", "sedangkan", "namun", "tetapi", "tapi", "sehingga", "meskipun", "walaupun", "padahal", "bila", "apabila", "jika", "kalau"})


@dataclass
class Quote:
    open: int  # token index of the opening mark
    close: int  # token index of the closing mark (or paragraph end)

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


@dataclass
class Said:
    """A statement before it is turned into a kg.model.Statement."""

    kind: str
    start: int  # token range of the text
    end: int
    cue: str | None
    cue_index: int | None
    speakers: list = field(default_factory=list)  # clusters; empty = unnamed speaker
    position: int = 0  # for ordering and pronoun look-back


class StatementFinder:
    def __init__(self, lex: Lexicon):
        # nouns that name a body and, with "itu"/"tersebut", point back at one: "kementerian itu", "blok tersebut"
        self._body_nouns = (frozenset(h for h in lex.org_heads if " " not in h) | frozenset(h for h in lex.org_nouns if " " not in h)
                            | {"blok", "junta", "kedutaan"})
        self.lex = lex
        self._triggers = frozenset(lex.cues) | MENURUT | AS_REPORTED | frozenset(lex.nominal_cues)

    def find(self, toks: list[Tok], columns: Columns, mentions: list[Mention], unnamed: list[Mention]) -> list[Said]:
        n = len(toks)
        lex = self.lex
        quotes = _quotes(toks, columns)
        in_quote = [None] * n
        for q in quotes:
            for k in range(q.open, min(q.close + 1, n)):
                in_quote[k] = q
        # Where each mention (and unnamed title) begins, for subject and speaker look-ups.
        at: dict[int, Mention] = {}
        for m in mentions:
            if m.nested or m.entity is None:
                continue
            at.setdefault(m.span_start, m)
            at.setdefault(m.start, m)
        titles_at = {t.span_start: t for t in unnamed}
        self._toks, self._at, self._titles_at, self._in_quote, self._quotes = toks, at, titles_at, in_quote, quotes
        self._mentions = mentions
        # per-article indexes: tokens inside a name (apposition commas included), and names by last token
        self._covered = {x for m in mentions if not m.nested for x in range(m.span_start, m.span_end)}
        self._bodies = {x for m in mentions if not m.nested and m.type in ("State", "Organization") for x in range(m.start, m.end)}
        self._by_last: dict[int, Mention] = {}
        self._places_by_last: dict[int, Mention] = {}
        for m in mentions:
            if not m.nested and m.entity is not None and m.type in ("Person", "State", "Organization"):
                self._by_last.setdefault(max(m.end, m.span_end) - 1, m)
            elif not m.nested and m.type == "Place":
                self._places_by_last[m.end - 1] = m

        said: list[Said] = []
        self._said = said  # the statements found so far, for a description that means the last body to speak
        consumed = [False] * n

        # the few tokens that can start a statement, found in one pass over the lower-case column
        lower = columns.lower
        triggers = self._triggers
        in_headings = columns.headings  # "Junta Minta Bantuan Lewat Naypyidaw" reports nothing
        hits = [k for k, w in enumerate(lower) if w in triggers and in_quote[k] is None and toks[k].para not in in_headings]
        cues = [k for k in hits if lower[k] in lex.cues]
        menurut = [k for k in hits if lower[k] in MENURUT or lower[k] in AS_REPORTED and _as_reported(toks, k)]
        nominal = [k for k in hits if lower[k] in lex.nominal_cues and self._nominal_speaker(k) is not None]
        self._nominal = set(nominal)
        events = sorted([(k, "cue") for k in cues] + [(k, "menurut") for k in menurut] + [(k, "nominal") for k in nominal])
        handled_quotes: set[int] = set()

        post_cues = {k for k in cues if self._post_position(k) and lex.cues[toks[k].lower][1] in ("post", "both")}
        # where the sentence of each post-position cue starts: a pre-position cue inside it belongs to it, except
        # under an agency's report, which relays what the speaker inside said ("X meminta ..., lapor VNA")
        post_clauses = [(p, _clause_start(toks, p, in_quote)) for p in post_cues if not self._relays(toks[p].lower)]
        for k, what in events:
            if consumed[k]:
                continue
            if what == "menurut":
                s = self._menurut(k, said)
                if s:
                    # a cue inside the words is theirs: "Menurutnya, pemilih akan menilai sendiri ..." reports once
                    for x in range(s.start, s.end):
                        consumed[x] = True
                    said.append(s)
                continue
            if what == "nominal":
                s = self._nominal_statement(k)
                if s:
                    for x in range(s.start, s.end):
                        consumed[x] = True
                    said.append(s)
                continue
            position = lex.cues[toks[k].lower][1]
            post = k in post_cues
            speaker_first = self._quote_then_speaker(k)
            if speaker_first is not None:
                q = self._in_quote[speaker_first.span_start - 1] or self._in_quote[speaker_first.span_start - 2]
                handled_quotes.add(id(q))
                a, b = q.inner
                s = Said("direct", a, _trim(toks, a, b), toks[k].text, k, [speaker_first.entity], position=a)
            elif post:
                s = self._post(k, said, handled_quotes)
            elif position in ("pre", "both"):
                # a cue inside words that a later ", kata X" attributes belongs to those words
                if any(p > k and start <= k for p, start in post_clauses):
                    continue
                if self._relative_aside(k):
                    continue
                s = self._pre(k, said, handled_quotes)
            else:
                s = None
            if s is None:
                continue
            for x in range(s.start, s.end):
                consumed[x] = True
            said.append(s)
            # "“A,” kata X di Roma kepada wartawan, “B.”": a quote opening later in the same sentence, after
            # the attribution, continues the same speaker with the same cue.
            if s.kind == "direct" and s.cue_index is not None and s.cue_index > s.end:
                for q in quotes:
                    if q.open > s.cue_index and toks[q.open].sent == toks[s.cue_index].sent and id(q) not in handled_quotes:
                        if any(lex.cues.get(toks[x].lower) for x in range(s.cue_index + 1, q.open) if in_quote[x] is None):
                            break
                        handled_quotes.add(id(q))
                        a, b = q.inner
                        said.append(Said("direct", a, _trim(toks, a, b), s.cue, s.cue_index, list(s.speakers), position=a))
                        break

        # A quote over several paragraphs leaves each but the last open and opens the next one again; the
        # attribution closes the last. Walked backwards so that a chain of paragraphs takes it from the last.
        starting = {s.start: s for s in said if s.kind == "direct"}
        for q in reversed(quotes):
            nxt = q.close + 1
            if (id(q) in handled_quotes or nxt >= n or not toks[q.close].newline or not _starts_paragraph(toks, q.open)
                    or in_quote[nxt] is None or in_quote[nxt].open != nxt or nxt + 1 not in starting):
                continue
            a, b = q.inner
            if b - a < 4 or any(consumed[x] for x in range(a, b)):
                continue
            later = starting[nxt + 1]
            s = Said("direct", a, _trim(toks, a, b), later.cue, later.cue_index, list(later.speakers), position=a)
            said.append(s)
            starting[a] = s
            handled_quotes.add(id(q))

        # Quotes nobody attributed: a paragraph-long quote right after a direct statement continues it, and
        # so does a quoted sentence right after the sentence that attributed one.
        for q in quotes:
            if id(q) in handled_quotes:
                continue
            a, b = q.inner
            if b - a < 4 or any(consumed[x] for x in range(a, b)):
                continue
            if q.open > 1 and toks[q.open - 1].text == ":" and not toks[q.open - 2].newline:
                # "al-Sudani mengirim pesan kepada faksi bersenjata: “...”": the words of the clause's subject
                speakers, _ = self._subject(q.open - 1, said)
                if speakers:
                    said.append(Said("direct", a, _trim(toks, a, b), None, None, speakers, position=a))
                    handled_quotes.add(id(q))
                    continue
            if q.open > 2 and toks[q.open - 1].text == "," and _verb(toks[q.open - 2]) and toks[q.open - 2].sent == toks[q.open].sent:
                # "Szijjártó melanjutkan, “...”": a verb no list holds, set before a quote like a reporting verb
                verb = q.open - 2
                speakers, _ = self._subject(verb, said)
                if speakers:
                    said.append(Said("direct", a, _trim(toks, a, b), toks[verb].text, verb, speakers, position=a))
                    handled_quotes.add(id(q))
                    continue
            attributed = self._demikian_nominal(q, said)
            if attributed is not None:
                cue_index, speakers = attributed
                said.append(Said("direct", a, _trim(toks, a, b), toks[cue_index].text, cue_index, speakers, position=a))
                handled_quotes.add(id(q))
                continue
            prev = [s for s in said if s.start < q.open]
            if not prev:
                continue
            last = max(prev, key=lambda s: s.end)
            if last.kind != "direct":
                continue
            cue: str | None
            cue_index: int | None
            if _starts_paragraph(toks, q.open):
                if toks[q.open].para - toks[max(last.start, 0)].para > 1:
                    continue
                cue, cue_index = None, None
            elif _right_after_attribution(toks, last, q):
                cue, cue_index = last.cue, last.cue_index  # one attribution for both parts
            else:
                continue
            said.append(Said("direct", a, _trim(toks, a, b), cue, cue_index, list(last.speakers), position=a))
            handled_quotes.add(id(q))
        said.sort(key=lambda s: (s.start, s.end))
        return said

    # ------------------------------------------------------------------ cue filters
    def _negated_or_purpose(self, toks: list[Tok], k: int) -> bool:
        for back in (1, 2):
            j = k - back
            if j < 0:
                break
            low = toks[j].lower
            if low in NEGATORS or (low in INTENT and back == 1):
                return True
        # "tak menyangkal atau mengkonfirmasi": the negation reaches over "atau"
        j = k - 1
        while j > 0 and toks[j].lower not in (".", ",") and k - j <= 4:
            if toks[j].lower == "atau" and toks[j - 1].lower in self.lex.cues and toks[j - 2].lower in NEGATORS:
                return True
            j -= 1
        return False

    def _post_position(self, k: int) -> bool:
        """The cue follows the words it attributes: right after a closing quote or a comma."""
        toks = self._toks
        if k == 0:
            return False
        prev = toks[k - 1].text
        if toks[k - 1].lower == "demikian" and k >= 2:
            prev = toks[k - 2].text  # "“...,” demikian disampaikan X"
        if prev not in CLOSE_MARKS and prev != ",":
            return False
        position = self.lex.cues[toks[k].lower][1]
        if position == "post" or toks[k].lower in self.lex.cue_bases:
            return True
        # "..., menambahkan bahwa ..." and "X, juru bicara Y, mengatakan ..." keep the cue before its clause;
        # only right after a quotation does a verb like "menambahkan X" name the speaker after it.
        if prev == "," and not (k >= 2 and toks[k - 2].text in CLOSE_MARKS):
            return False
        nxt = k + 1
        return nxt < len(toks) and (nxt in self._at or nxt in self._titles_at or toks[nxt].lower in self.lex.pronouns)

    def _quote_then_speaker(self, k: int) -> Mention | None:
        """"“Q,” Austin menambahkan." / "“Q,” Dewan X. dikatakan.": quote, speaker, then the cue."""
        toks = self._toks
        j = k - 1
        if j >= 0 and toks[j].text == ".":
            j -= 1
        m = self._by_last.get(j)
        if m is None:
            return None
        b = m.span_start - 1
        if b >= 0 and toks[b].text == ",":
            b -= 1
        if b >= 0 and toks[b].text in CLOSE_MARKS and self._in_quote[b] is not None:
            return m
        return None

    # ------------------------------------------------------------------ speakers
    def _speaker_after(self, k: int, said: list[Said]) -> tuple[list, bool]:
        """Speaker named right after a post cue: "kata X", "ujarnya", "imbuh dia". Returns (speakers, found)."""
        toks = self._toks
        lex = self.lex
        low = toks[k].lower
        if low in lex.cue_bases or low.endswith("nya") and low[:-3] in lex.cues:
            return self._pronoun(k, said), True
        j = k + 1
        n = len(toks)
        while j < n and (toks[j].lower in ("pula", "juga", "lagi", "oleh", "sang") or honorific(toks[j]) and toks[j].cap):
            j += 1  # "ujar Dr. Yasmine El-Sayed", "ujar sang raja"
        if j >= n:
            return [], False
        if toks[j].lower in lex.pronouns:
            return self._pronoun(k, said), True
        m = self._at.get(j)
        if m is not None and m.entity is not None and m.type in ("Person", "State", "Organization"):
            return [m.entity], True
        if toks[j].ctx:
            outlet = self._outlet_after(j)
            if outlet is not None:
                return [outlet], True  # "lapor kantor berita resmi Korut, Korean Central News Agency (KCNA)"
        t = self._titles_at.get(j)
        if t is not None and t.entity is not None:
            return [t.entity], True
        if t is not None:
            named = self._named_after_description(j, n)
            if named is not None:
                return [named], True
        # "tulis kementerian itu", "ujar peraih Nobel Perdamaian itu", "tegas diplomat asal Djibouti itu": a
        # description closed by a demonstrative
        y = self._demonstrative_at(j, min(n, j + 10))
        if t is not None and y is not None and (toks[y - 1].lower == "negara" or toks[y - 1].lower in self._body_nouns):
            return [], True  # "kata perwakilan negara tersebut": the demonstrative points at the state, not a person
        if y is not None:
            back = self._epithet(j, y + 1)
        elif toks[j - 1].lower == "sang":  # "ujar sang jenderal."
            back = self._epithet(j - 1, next((z for z in range(j, n) if not toks[z].alpha or toks[z].newline), n))
        else:
            back = None
        if back is not None:
            return [back], True
        return [], True

    def _relays_a_speaker(self, k: int) -> bool:
        """Whether the clause an agency reports at cue k opens with a named speaker and a cue of his own."""
        toks = self._toks
        x = k + 1
        if x < len(toks) and toks[x].text == ",":
            x += 1
        m = self._at.get(x)
        if m is None or m.entity is None or m.type not in ("Person", "State", "Organization"):
            return False
        y = max(m.end, m.span_end)
        return y < len(toks) and toks[y].lower in self.lex.cues and self.lex.cues[toks[y].lower][1] in ("pre", "both")

    def _relays(self, word: str) -> bool:
        """A cue of the "report" class ("lapor", "melaporkan"): an outlet relaying what it reports, whose clause
        may hold a speaker of its own ("X meminta ..., lapor VNA")."""
        cue = self.lex.cues.get(word)
        return cue is not None and cue[0] == "report"

    def _demikian_nominal(self, q: Quote, said: list[Said]):
        """“...,” demikian pernyataan ICRC.": the nominal cue after "demikian" and the named speaker after it; for
        "demikian (bunyi) pernyataan tersebut" or "... kementerian itu", the speakers of the statement reported last, a
        paragraph or two before. (cue index, speakers) or None."""
        toks = self._toks
        n = len(toks)
        x = q.close + 1
        if x < n and toks[x].text == ",":
            x += 1
        if x < n and toks[x].lower == "demikian" and x + 1 < n and toks[x + 1].lower == "bunyi":
            x += 1  # "demikian bunyi pernyataan tersebut"
        if x + 2 >= n or toks[x].lower not in ("demikian", "bunyi") or toks[x + 1].lower not in self.lex.nominal_cues:
            return None
        m = self._at.get(x + 2)
        if m is not None and m.entity is not None and m.type in ("Person", "State", "Organization"):
            return x + 1, [m.entity]
        y = self._demonstrative_at(x + 2, min(n, x + 5))
        if y is None or any(self._at.get(z) is not None for z in range(x + 2, y)):
            return None
        before = [s for s in said if s.start < q.open and s.speakers and toks[q.open].para - toks[max(s.start, 0)].para <= 2]
        if not before:
            return None
        return x + 1, list(max(before, key=lambda s: s.end).speakers)

    def _outlet_after(self, j: int):
        """The outlet that a description opening at j introduces ("kantor berita ANI", "kantor berita resmi Iran,
        IRNA"): the first organization within a few words, over its state and a comma."""
        toks = self._toks
        for y in range(j, min(len(toks), j + 8)):
            m = self._at.get(y)
            if m is not None and m.entity is not None:
                if m.type == "Organization":
                    return m.entity
                if m.type != "State":
                    return None
            if toks[y].newline or toks[y].text in (".", ";") or toks[y].sent != toks[j].sent:
                return None
        return None

    def _named_after_description(self, j: int, n: int):
        """The person named after a comma that closes an office's description: "kata Juru Bicara Kementerian Luar
        Negeri Qatar sekaligus penasihat perdana menteri, Majed Al-Ansari, dalam jumpa pers"."""
        toks = self._toks
        for y in range(j + 1, min(n - 1, j + 16)):
            t = toks[y]
            if t.newline or t.sent != toks[j].sent or self._in_quote[y] is not None or t.lower in self.lex.cues:
                return None
            if t.text == ",":
                m = self._at.get(y + 1)
                return m.entity if m is not None and m.type == "Person" else None
        return None

    def _demonstrative_at(self, x: int, b: int) -> int | None:
        """Where "itu"/"tersebut" closes a description that starts at x, looking before b; None if a quote,
        a cue, a comma, a full stop or a paragraph break comes first."""
        toks = self._toks
        for y in range(x, b):
            t = toks[y]
            if t.lower in ("itu", "tersebut"):
                return y
            if self._in_quote[y] is not None or t.lower in self.lex.cues or t.text in (",", ".") or t.newline:
                return None
        return None

    def _epithet(self, x: int, b: int):
        """"Diplomat asal Argentina itu", "peraih Nobel Perdamaian itu", "negara tersebut": a description
        closed by a demonstrative names who was named last: the last person (unless an unnamed official
        was spoken of since, "seorang pejabat ... Pejabat itu"), or for "negara" the last state. None if
        toks[x:b] is no such description."""
        toks = self._toks
        definite = toks[x].lower == "sang" and x + 1 < b
        if definite:
            x += 1
        y = self._demonstrative_at(x, b)
        if y is None and definite:
            # "sang jenderal menegaskan", "ujar sang diplomat": the article makes the description definite as
            # a demonstrative does; it ends at its last lower-case word
            y = x + 1  # where the demonstrative would stand
            while y < b and toks[y].alpha and not toks[y].cap and toks[y].lower not in ADVERBS and y - x < 3:
                y += 1
            if any(toks[z].alpha and not toks[z].stop and toks[z].lower not in ADVERBS for z in range(y, b)):
                return None
        # a relative clause may make it longer: "mantan komandan militer yang pernah dua kali memimpin kudeta pada 1987 itu"
        longest = 16 if y is not None and any(toks[z].lower == "yang" for z in range(x + 1, y)) else 8
        # after it only function words, or a first predicate the cue is coordinated with: "Senator asal New York tersebut
        # memberikan suara menolak dan menyebut"
        coordinated = (y is not None and y + 1 < b <= y + 6 and toks[b - 1].lower in ("dan", "serta") and not toks[y + 1].cap
                       and toks[y + 1].lower.startswith(VERB_PREFIXES)
                       and (x in self._titles_at or toks[x].lower in self.lex.person_nouns))
        if y is None or y == x or y - x > longest or not coordinated and any(toks[z].alpha and not toks[z].stop for z in range(y + 1, b)):
            return None
        for z in range(x + 1, y):
            if toks[z].lower == "yang":
                break  # "organisasi yang berbasis di Inggris itu": a relative clause, and the demonstrative closes it all
            if toks[z].lower in PREPOSITIONS:
                return None  # "serikat buruh terbesar di negara itu": the demonstrative is the place's, not the head's
        head = toks[x].lower
        if head in self._body_nouns and any((m := self._at.get(z)) is not None and m.type == "Organization" for z in range(x + 1, y)):
            return None  # "Kelompok yang juga dikenal dengan nama Ansarullah itu": the body it names, not the last one
        if head in ("sumber", "narasumber"):
            return None  # "sumber tersebut": a source is unnamed, whoever was named before it
        wanted = "State" if head == "negara" else "Organization" if head in self._body_nouns else "Person"
        named = [m for m in self._mentions if m.start < x and m.type == wanted and m.entity is not None and not m.nested
                 and self._in_quote[m.start] is None]
        if not named:
            return None
        if wanted == "Person" and any(named[-1].start < t.span_start < x and self._in_quote[t.span_start] is None
                                      and not self._office_as_modifier(t.span_start) for t in self._titles_at.values()):
            return None  # an official spoken of since (not in someone's quoted words) may be the one meant
        if wanted == "Organization":  # the body named last whose name starts with the same noun, if any
            same_head = [m for m in named if m.text.lower().startswith(head)]
            if not same_head and head not in OUTLET_NOUNS and y == x + 1:  # only the bare noun: "lembaga itu"
                # else the body that spoke last, just before: "Markas Koordinasi … menyatakan … Mereka berasal dari …
                # Angkatan Bersenjata Ukraina. “…,” kata lembaga itu"
                last = [s for s in self._said if s.cue_index is not None and s.cue_index < x]
                if last and toks[x].para - toks[last[-1].cue_index].para <= 2:
                    bodies = [e for e in last[-1].speakers if getattr(e, "type", None) == "Organization"]
                    if len(bodies) == 1:
                        return bodies[0]
            named = same_head or named
            # not an outlet cited as a source ("disiarkan stasiun televisi Al-Masirah"): "Kelompok ... itu" means a body
            # the article speaks of
            if head not in OUTLET_NOUNS:  # "Kantor berita itu" does mean the outlet
                named = [m for m in named if not (m.start > 0 and toks[m.start - 1].ctx)] or named
        if wanted == "Person":
            # the subject of the sentence before is meant over someone named later in it: "Egede menyuarakan
            # ... bersama Frederiksen. Pria berusia 37 tahun itu mengatakan"
            # the sentence before is looked for over quoted words in between: "Lamola lalu beralih ... “...” tegas
            # politikus ANC tersebut" means Lamola
            a = x
            plain = None  # the sentence before, once found
            while a > 0:
                t = a - 1
                if toks[t].sent != toks[x].sent and self._in_quote[t] is None and toks[t].alpha:
                    if plain is not None and toks[t].sent != plain:
                        break
                    plain = toks[t].sent
                a -= 1
            subject = self._subject_person_between(a, x)
            if subject is not None:
                return subject
        return named[-1].entity

    def _office_as_modifier(self, x: int) -> bool:
        """An office word at x that names nobody new: "sang jenderal" means who was named; in "kekebalan presiden",
        "istana perdana menteri" it qualifies the noun before it."""
        before = self._toks[x - 1]
        return before.lower == "sang" or before.alpha and not before.cap and not before.stop and before.lower not in self.lex.cues

    def _coordinated_subject_before(self, x: int, count: int) -> list | None:
        """The ``count`` speakers that the sentence before x opens with, joined by "dan" or commas ("Gedung Putih dan
        pemerintah Ukraina merilis pernyataan bersama."), after a fronted phrase; None if it opens otherwise."""
        toks = self._toks
        y = x - 1
        while y >= 0 and toks[y].sent == toks[x].sent:
            y -= 1
        if y < 0 or self._in_quote[y] is not None:
            return None
        a = y
        while a > 0 and toks[a - 1].sent == toks[y].sent and not toks[a - 1].newline:
            a -= 1
        for z in range(a, min(y, a + 10)):
            if toks[z].text == ",":
                if self._fronted_adjunct(z):
                    a = z + 1  # "Seusai pertemuan, ..."
                break
        found: list = []
        z = a
        while z <= y:
            if toks[z].lower in ("pemerintah", "pemerintahan") or found and toks[z].lower in ("dan", ","):
                z += 1
                continue
            m = self._at.get(z)
            if m is None or m.entity is None or m.type not in ("Person", "State", "Organization") or len(found) == count:
                break
            found.append(m.entity)
            z = max(m.end, m.span_end)
        return found if len(found) == count and len(set(map(id, found))) == count else None

    def _body_by_head(self, x: int, b: int):
        """A body's head noun alone as the subject ("Dalam putusannya, mahkamah menyatakan") means the body named last
        whose name starts with it ("Mahkamah Konstitusi Rumania"); None if there is none, or if more than the noun and
        adverbs stand before the cue."""
        toks = self._toks
        if toks[x].cap or any(toks[z].lower not in ADVERBS for z in range(x + 1, b)):
            return None
        head = toks[x].lower + " "
        named = [m for m in self._mentions if m.start < x and m.type == "Organization" and m.entity is not None and not m.nested
                 and m.text.lower().startswith(head) and self._in_quote[m.start] is None]
        return named[-1].entity if named else None

    def _pronoun(self, k: int, said: list[Said]) -> list:
        """A pronoun speaker is the previous statement's speaker; failing that, the last person named."""
        toks = self._toks
        before = [s for s in said if s.position < k or s.start < k]
        if before:
            last = max(before, key=lambda s: (s.cue_index if s.cue_index is not None else s.start))
            # someone who became the subject of a sentence since ("Di sisi lain, Grossi berupaya ... Ia
            # mengatakan") is who the pronoun means, not the last speaker
            since = max(last.end, last.cue_index if last.cue_index is not None else -1)
            subject = self._subject_person_between(since, k)
            if subject is not None:
                return [subject]
            if toks[k].para - toks[last.start].para <= 2:
                return list(last.speakers)
        people = [m for m in self._mentions if m.type == "Person" and m.entity is not None and m.start < k and self._in_quote[m.start] is None]
        if people:
            return [people[-1].entity]
        return []

    def _subject_person_between(self, a: int, b: int):
        """The last person named in a <= x < b as the first name of a sentence (only lower-case words and
        punctuation before it), outside quotes; None if there is none."""
        toks = self._toks
        found = None
        for m in self._mentions:
            if not (a <= m.start < b) or m.type != "Person" or m.entity is None or m.nested or self._in_quote[m.start] is not None:
                continue
            x = m.span_start - 1
            subject = True
            while x >= 0 and toks[x].sent == toks[m.start].sent and not toks[x].newline:
                t = toks[x]
                if t.text == "," and self._fronted_adjunct(x):
                    break  # "Di Jakarta, anggota DPR X menanggapi ...": X is the subject after a place or time
                if t.lower in self.lex.pronouns or (t.alpha and not t.stop and t.lower.startswith(VERB_PREFIXES)):
                    subject = False  # "Ia juga bertemu Kim": Kim is no subject
                    break
                if t.cap and t.alpha and not _sentence_opening(toks, x) and x not in self._bodies:
                    subject = False  # another name before it; a body is whose member or officer it is
                    break
                x -= 1
            if subject:
                found = m.entity
        return found

    def _fronted_adjunct(self, comma: int) -> bool:
        """The sentence opens with a preposition or a linking word and this comma closes that opening phrase:
        "Di Jakarta,", "Dalam pertemuan itu,", "Sementara itu,"; or a time clause does: "Tak lama setelah laporan itu
        terbit,"."""
        toks = self._toks
        x = comma
        while x > 0 and toks[x - 1].sent == toks[comma].sent and not toks[x - 1].newline:
            x -= 1
            if toks[x].text == "," and x < comma:
                return False
        first = toks[x].lower
        if first in ("tak", "tidak") and x + 2 < comma and toks[x + 1].lower == "lama":
            first = toks[x + 2].lower  # "Tak lama setelah wawancara itu terbit,"
        return comma - x <= 10 and (first in PREPOSITIONS or first in CONJUNCTIONS | CONTRASTIVE or first in TIME_OPENERS)

    def _subject(self, k: int, said: list[Said]) -> tuple[list, int | None]:
        """The speakers of a cue in preverbal position, and the token where the subject segment begins."""
        toks = self._toks
        sent = toks[k].sent
        before = toks[k - 1] if k > 0 else None
        if before is not None and before.lower in CONJUNCTIONS:
            earlier = self._earlier_in_sentence(said, k)
            if (earlier is not None and earlier.end >= k - 2 and earlier.cue_index is not None
                    and not any(toks[y].lower == "bahwa" for y in range(earlier.cue_index, k))):
                # "X menuduh ... dan menyerukan ...": the same speaker; after "bahwa" the words are the reported
                # clause's, which may have a subject of its own
                return list(earlier.speakers), k - 1
        if before is not None and before.alpha and not before.cap and before.lower.startswith("me") and not before.stop and before.lower not in self.lex.cues:
            k -= 1  # a verb that the cue completes ("menolak mengakui"): the subject stands before both
        # relative clause: "Kim Yong-hyun, yang mendesak ..."
        j = k - 1
        while j >= 0 and toks[j].lower in ("juga", "telah", "sudah", "pun", "lalu", "kemudian"):
            j -= 1
        if j >= 0 and toks[j].lower == "yang":
            j -= 1
            if j >= 0 and toks[j].text == ",":
                j -= 1
            for m in self._mentions:
                if not m.nested and m.entity is not None and m.span_start <= j < max(m.span_end, m.end) and m.type in ("Person", "State", "Organization"):
                    return [m.entity], m.span_start
            return [], None
        # segments separated by commas outside mention spans and quotes
        start = k
        while start > 0 and toks[start - 1].sent == sent and not toks[start - 1].newline:
            start -= 1
        covered = self._covered
        bounds = [start]
        x = start
        while x < k:
            q = self._in_quote[x]
            if q is not None:
                x = q.close + 1
                continue
            if toks[x].text in (",", ";", ":") and x not in covered and not self._list_comma(x):
                bounds.append(x + 1)
            x += 1
        segments = [(a, b) for a, b in zip(bounds, bounds[1:] + [k]) if a < b] or [(start, k)]
        for idx in range(len(segments) - 1, -1, -1):
            a, b = segments[idx]
            if idx > 0 and (toks[a].lower == "yang" or toks[a].lower in SOURCE_OPENERS
                            or toks[a].lower in PREPOSITIONS and (toks[b - 1].text == "," or not any(toks[y].lower in SUBORDINATORS for y in range(a, b)))):
                # "Harris, yang sedang berkunjung ke Manila, menegaskan", "Moskalkova, dikutip kantor berita TASS,
                # mengatakan", "Kedubes itu, melalui unggahan di Facebook, menuduh", "Kandice Ardiel, kepada wartawan di
                # Naqoura mengatakan": the subject is before it ("..., setelah AS mendesak" holds its own subject)
                continue
            # a subordinate clause holds the subject: "... pada hari yang sama ketika AS meminta ..."
            for y in range(b - 1, a - 1, -1):
                if (toks[y].lower in SUBORDINATORS and self._in_quote[y] is None and y not in self._covered
                        and not (y > a and toks[y - 1].lower == "yang")):
                    # (opening a relative clause it is the clause's: "Blok regional yang saat ini diketuai Madagaskar itu")
                    if y + 1 < b and _subjectless(toks[y + 1]):
                        break  # "Dubes X saat dikonfirmasi mengatakan", "ketika berbicara di Jenewa": no subject of its own
                    a = y + 1
                    break
            if idx > 0 and toks[a].lower in KINSHIP and toks[b - 1].text == ",":
                continue  # "Hun Sen, ayah Hun Manet, menulis": the apposition says whose father he is; he writes
            leading_conj = a < b and toks[a].lower in CONJUNCTIONS
            result = self._scan_segment(a, b, said)
            if result == [] and idx > 0 and toks[a].alpha and not toks[a].cap:
                # "Aljazair, tetangga utara Niger, juga menyatakan": a description in apposition to the name
                # before it; the name speaks
                pa, pb = segments[idx - 1]
                named = self._at.get(pa)
                if named is not None and named.entity is not None and named.type in ("Person", "State", "Organization"):
                    e = max(named.end, named.span_end)
                    if e + 2 < pb and toks[e].text == "(" and toks[e + 2].text == ")":
                        e += 3  # over its short form: "Dewan Nasional untuk Perlindungan Tanah Air (CNSP), sebutan ..."
                    if e + 1 >= pb:
                        return [named.entity], pa
            if result == [] and idx > 0 and toks[segments[idx - 1][0]].lower == "yang" and toks[a].alpha and not toks[a].cap:
                # a predicate after a relative clause set off by commas, with no noun of its own: "Hun Sen, yang
                # memimpin negara itu, turut hadir dan menyebut ...": the subject is before the clause
                continue
            if result is None:
                # nothing nominal here: shared subject with a statement earlier in the sentence, or look further back
                earlier = self._earlier_in_sentence(said, k)
                if earlier is not None and (leading_conj or all(toks[x].lower in CONJUNCTIONS or toks[x].stop or not toks[x].alpha for x in range(a, b))):
                    return list(earlier.speakers), a
                continue
            return _unique(result), a
        return [], None

    def _named_after(self, x: int, b: int, words: int, kind: str) -> int | None:
        """Where a named mention of this kind starts right after the noun at x, over at most ``words`` lower-case
        words that describe it, before b: "Pemerintah transisi Mali", "Organisasi kemanusiaan X", "Politisi oposisi X"."""
        toks = self._toks
        y = x + 1
        while y < min(b, x + 1 + words) and toks[y].alpha and not toks[y].cap and not toks[y].stop and self._at.get(y) is None:
            y += 1
        m = self._at.get(y) if y < b else None
        if m is not None and m.type == "State" and kind == "Organization":
            z = max(m.end, m.span_end)
            if z + 1 < b and toks[z].text == ",":
                # the body in apposition after its state: "Operator jaringan listrik Finlandia, Fingrid,"
                y, m = z + 1, self._at.get(z + 1)
            elif z < b and (after := self._at.get(z)) is not None and after.type == "Organization":
                y, m = z, after  # or right after it: "Perusahaan energi Hungaria MOL"
        return y if m is not None and m.type == kind and m.entity is not None else None

    def _called(self, x: int, b: int):
        """The person a common noun at x introduces with "bernama" a few words on, before b: "seorang relawan lokal
        bernama Thant Zin Oo"; or the body a group "menamakan diri"."""
        toks = self._toks
        for y in range(x + 1, min(b - 1, x + 5)):
            if toks[y].lower == "bernama":
                m = self._at.get(y + 1)
                return m.entity if m is not None and m.type == "Person" and m.entity is not None else None
            if toks[y].lower in ("menamakan", "menyebut") and y + 2 < b and toks[y + 1].lower in ("diri", "dirinya"):
                # "Sekelompok perwira yang menamakan diri Komando Tinggi Militer ... mengumumkan": the body they name
                m = self._at.get(y + 2)
                return m.entity if m is not None and m.type in ("Person", "Organization") and m.entity is not None else None
            if not (toks[y].alpha and not toks[y].cap):
                return None
        return None

    def _name_alone(self, x: int) -> bool:
        """A name at x that is the whole object: nothing but a time, a manner or the sentence's end after it
        ("mengakui Negara Palestina pada 21 September"), not the subject of a clause ("mengakui Kopenhagen terbuka")."""
        toks = self._toks
        if not toks[x].cap:
            return False
        m = self._at.get(x)
        y = max(m.end, m.span_end) if m is not None else x + 1
        while m is None and y < len(toks) and toks[y].cap and toks[y].alpha:
            y += 1
        return y >= len(toks) or toks[y].sent != toks[x].sent or toks[y].lower in ("pada", "sejak", "sebagai", "secara", ",", ".", ";")

    def _relative_aside(self, k: int) -> bool:
        """A cue inside a relative clause set off by commas before the main verb says nothing itself: "Seorang juru
        bicara, yang meminta namanya tidak disebutkan, mengatakan ..."."""
        toks = self._toks
        n = len(toks)
        x = k - 1
        while x >= 0 and k - x < 6 and toks[x].text != "," and toks[x].sent == toks[k].sent:
            if toks[x].lower == "yang":
                break
            x -= 1
        if x < 1 or toks[x].lower != "yang" or toks[x - 1].text != ",":
            return False
        y = k + 1
        while y < n and y - k < 12 and toks[y].sent == toks[k].sent and self._in_quote[y] is None:
            if toks[y].text == ",":
                z = y + 1
                while z < n and z - y <= 3 and toks[z].lower in ADVERBS:
                    z += 1
                return z < n and toks[z].lower in self.lex.cues and self.lex.cues[toks[z].lower][1] in ("pre", "both")
            y += 1
        return False

    def _apposed_name_closing(self, a: int, b: int):
        """The entity of a person named between commas at the end of the subject a..b, after its description."""
        toks = self._toks
        end = b - 1 if b - 1 > a and toks[b - 1].text == "," else b
        m = self._by_last.get(b - 1) or self._by_last.get(end - 1)  # the span may take in the closing comma
        if m is None or m.type != "Person" or m.entity is None or m.start <= a or toks[m.start - 1].text != ",":
            return None
        return m.entity

    def _untitled_name_closing(self, a: int, b: int):
        """The entity of a person named without an office of its own whose name ends the segment a..b."""
        for y in range(a, b):
            m = self._at.get(y)
            if m is not None and m.type == "Person" and m.entity is not None and m.span_start == m.start and m.end == b:
                return m.entity
        return None

    def _list_comma(self, x: int) -> bool:
        """A comma between two states or organizations in a list ("Brasil, Kolombia, dan Meksiko mendesak"), or two
        people each named with an office, the last one maybe after "dan"."""
        toks = self._toks
        y = x + 2 if x + 2 < len(toks) and toks[x + 1].lower in ("dan", "serta") else x + 1
        before, after = self._by_last.get(x - 1), self._at.get(y)
        bodies = ("State", "Organization")
        if (after is not None and after.type == "State" and y == x + 1 and x - 1 in self._places_by_last
                and max(after.end, after.span_end) < len(toks) and toks[max(after.end, after.span_end)].text == ","):
            return True  # a city and its state set off by commas: "... yang bermarkas di Munich, Jerman, menyebut"
        if before is None or after is None:
            return False
        if before.type == "Organization" and before.tentative and after.type == "Organization" and y == x + 1:
            return False  # "Kelompok tentara bayaran Rusia, Wagner Group, mengumumkan": the name of the body described
        if before.type == "Person" and after.type == "Person" and before.title and after.title:
            return True  # "Menlu Prancis A, menlu Jerman B, dan menlu Inggris C mendesak": each with an office
        if before.type not in bodies or after.type not in bodies:
            return False
        return not (before.start > 0 and toks[before.start - 1].ctx)  # "Dikutip dari Reuters, Washington ..."

    def _earlier_in_sentence(self, said: list[Said], k: int) -> Said | None:
        toks = self._toks
        same = [s for s in said if s.cue_index is not None and s.cue_index < k and toks[s.cue_index].sent == toks[k].sent]
        return same[-1] if same else None

    def _scan_segment(self, a: int, b: int, said: list[Said]) -> list | None:
        """First nominal element of a segment: entity mention(s), a title, a pronoun, or a common noun.
        Returns None when the segment has nothing nominal (only adverbials), [] for an unnamed subject."""
        toks = self._toks
        lex = self.lex
        x = a
        skip_next_np = False
        while x < b:
            t = toks[x]
            q = self._in_quote[x]
            if q is not None:
                x = q.close + 1
                continue
            m = self._at.get(x)
            if (m is not None and m.type == "Organization" and m.tentative and max(m.end, m.span_end) < b
                    and toks[max(m.end, m.span_end)].lower in ("itu", "tersebut")):
                # "badan PBB itu", "lembaga tersebut" described in lower case and closed by a demonstrative: the body
                # named before, not a body of that description
                epithet = self._epithet(x, b)
                if epithet is not None:
                    return [epithet]
            if m is not None:  # _at holds a mention only where its title or name begins
                if skip_next_np or m.type == "Place":
                    skip_next_np = False
                    x = max(m.end, m.span_end)
                    continue
                speakers = [m.entity]
                y = max(m.end, m.span_end)
                # coordination: "AS dan Korea Selatan", "Korea Selatan dan Amerika Serikat"
                while y < b and toks[y].lower in ("dan", "serta", "maupun", ","):
                    y += 1
                    if y < b and toks[y].text == "(" or toks[y].lower in ("dan", "serta"):
                        continue  # ", dan" ends a list: "Brasil, Kolombia, dan Meksiko"
                    nxt = self._at.get(y)
                    if nxt is not None and nxt.type in ("Person", "State", "Organization"):
                        speakers.append(nxt.entity)
                        y = max(nxt.end, nxt.span_end)
                        continue
                    break
                return [s for s in speakers if s is not None]
            title = self._titles_at.get(x)
            if title is not None:
                if skip_next_np:
                    skip_next_np = False
                    x = title.span_end
                    continue
                if title.entity is not None:
                    return [title.entity]
                holder = self._untitled_name_closing(title.span_end, b)
                if holder is not None:
                    # an office the title walk could not join to its holder, whose name closes the subject:
                    # "Presiden Liga Muslim Pakistan-Nawaz (PML-N) Shehbaz Sharif mengatakan"
                    return [holder]
                epithet = self._epithet(x, b)
                return [epithet] if epithet is not None else []
            low = t.lower
            if low in self._body_nouns:
                epithet = self._epithet(x, b) or self._body_by_head(x, b)
                if epithet is not None:
                    return [epithet]  # "Kelompok yang juga dikenal dengan nama Ansarullah itu menegaskan"
            if t.ctx:
                # "Kantor Berita Korea Selatan Yonhap": the outlet's own name, not its country, is the subject
                x += 1
                while x < b and toks[x].ctx:
                    x += 1
                sm = self._at.get(x)
                if sm is not None and sm.type == "State":
                    after = self._at.get(max(sm.end, sm.span_end))
                    if after is not None and after.type == "Organization":
                        x = after.start
                        continue
                # "Kantor berita resmi Korut, KCNA, melaporkan": the outlet named a few words on
                y = x
                while y < min(b, x + 6):
                    m2 = self._at.get(y)
                    if m2 is not None and m2.type == "Organization":
                        x = y
                        break
                    if m2 is not None and m2.type == "State":
                        y = max(m2.end, m2.span_end)
                        continue
                    if toks[y].text != "," and (toks[y].cap or not toks[y].alpha):
                        break
                    y += 1
                continue
            if low in lex.pronouns:
                return self._pronoun(x, said)
            if low in DOCUMENTS:
                y = x + 1
                while (y < min(b, x + 3) and toks[y].alpha and not toks[y].cap and not toks[y].ctx
                       and toks[y].lower not in ("pemerintah", "pemerintahan", "yang", "dan", "bahwa")):
                    y += 1  # "hitungan akhir kantor berita ANP", "laporan terbaru Kantor HAM PBB"
                if y < b and (self._at.get(y) is not None or toks[y].ctx or toks[y].lower in ("pemerintah", "pemerintahan")):
                    x = y  # "laporan Kantor HAM PBB", "pernyataan Kementerian Luar Negeri", "laporan kantor berita Yonhap",
                    continue  # "perkiraan pemerintah Chile": the body it comes from
            if low in ("pemerintah", "pemerintahan"):
                # "Pemerintah Brasil", and a movement that governs: "Pemerintah Taliban", "pemerintahan Houthi"
                y = self._named_after(x, b, 2, "State") or self._named_after(x, b, 0, "Organization")
                if y is not None:
                    x = y  # "Pemerintah Brasil (, Kolombia, dan Meksiko)", "Pemerintah transisi Mali": the state(s) after it
                    continue
            if low in DELEGATIONS:
                y = self._named_after(x, b, 0, "State") or self._named_after(x, b, 0, "Organization")
                if y is not None:
                    x = y  # "delegasi M23 yang kini bernaung ...", "Delegasi Rusia": the body or state it speaks for
                    continue
            if low in lex.org_nouns:
                y = self._named_after(x, b, 4, "Organization")
                if y is not None:
                    x = y  # "Organisasi kemanusiaan Grupa Granica", "Perusahaan minyak Chevron": the body named after it
                    continue
            if low in COUNTING and x + 1 < b and toks[x + 1].lower in ("negara", "pihak", "pemerintah", "pemimpin"):
                named = self._coordinated_subject_before(x, COUNTING[low])
                if named:
                    return named  # "Gedung Putih dan pemerintah Ukraina merilis ... Kedua pihak menyatakan"
                earlier = [s for s in said if s.cue_index is not None and s.cue_index < x and len(s.speakers) >= 2]
                if earlier:
                    return list(earlier[-1].speakers)  # "Ketiga negara juga menyebut": the three who spoke before
            if low in PREPOSITIONS:
                skip_next_np = True
                x += 1
                continue
            if not t.alpha or t.stop or low in TIME_WORDS or low in ADVERBS or low in CONJUNCTIONS or (low.endswith("nya") and not t.cap and low not in lex.vocabulary) or low in ("awalnya", "selanjutnya"):
                x += 1
                continue
            if skip_next_np:
                x += 1
                continue
            if t.cap and not t.vocab:
                x += 1
                continue
            if t.cap and x + 1 < b and (named_next := self._at.get(x + 1)) is not None and named_next.type == "Person":
                x += 1  # a name word that is also an ordinary word, before the rest of the name: "Abu Rudeineh juga mendesak"
                continue
            epithet = self._epithet(x, b)
            if epithet is not None:
                return [epithet]  # "Diplomat asal Argentina itu mengungkapkan", "Negara itu menyatakan"
            named = self._apposed_name_closing(x, b)
            if named is not None:
                return [named]  # "Adik perempuan Kim yang juga pejabat senior partai, Kim Yo-jong, menyebut"
            y = self._named_after(x, b, 3, "Person") if low in lex.person_nouns else None
            if y is not None:
                return [self._at[y].entity]  # "Politisi oposisi Luisa González dari Gerakan ... mengklaim": the person named
            holder = self._untitled_name_closing(x + 1, b) if low in lex.person_nouns else None
            if holder is not None:
                return [holder]  # "Pendiri lembaga kajian Global Trade Research Initiative (GTRI) Ajay Srivastava menilai"
            named = self._called(x, b)
            if named is not None:
                return [named]  # "seorang relawan lokal bernama Thant Zin Oo mengatakan"
            return []  # a common noun heads the subject: "pejabat", "para ahli", "sumber tersebut"
        return None

    # ------------------------------------------------------------------ statement shapes
    def _post(self, k: int, said: list[Said], handled_quotes: set) -> Said | None:
        toks = self._toks
        if self._negated_or_purpose(toks, k):
            return None
        speakers, _ = self._speaker_after(k, said)
        j = k - 1
        if toks[j].lower == "demikian":
            j -= 1
        if toks[j].text == ",":
            j -= 1
        # The words attributed end at j (inclusive).
        q = self._in_quote[j] if toks[j].text in CLOSE_MARKS else None
        if q is None and toks[j].text in CLOSE_MARKS and j > 0:
            q = self._in_quote[j - 1]
        if q is None and j >= 0 and toks[j].text == ",":
            q = self._in_quote[j - 1] if j > 0 else None
        sent_start = _clause_start(toks, k, self._in_quote)
        if q is not None:
            handled_quotes.add(id(q))
            a, b = q.inner
            clause_a = min(sent_start, q.open)
            if _starts_paragraph(toks, q.open) or q.open <= sent_start or _only_fillers(toks, sent_start, q.open):
                return Said("direct", a, _trim(toks, a, b), toks[k].text, k, speakers, position=a)
            # part of the clause is quoted: direct if the quote is most of it, else the whole clause
            clause_len = sum(1 for x in range(clause_a, q.close) if toks[x].alpha)
            quote_len = sum(1 for x in range(a, b) if toks[x].alpha)
            if quote_len * 2 >= clause_len:
                return Said("direct", a, _trim(toks, a, b), toks[k].text, k, speakers, position=a)
            return Said("indirect", clause_a, _trim(toks, clause_a, q.close + 1), toks[k].text, k, speakers, position=clause_a)
        a = sent_start
        b = _trim(toks, a, k)
        if b - a < 3:
            return self._inserted(k, a, speakers)
        if self._relays(toks[k].lower) and any(s.start < b and a < s.end for s in said):
            return None  # the agency relays a statement already found in its clause: "Menurut X, ..., lapor AFP"
        return Said("indirect", a, b, toks[k].text, k, speakers, position=a)

    def _inserted(self, k: int, a: int, speakers: list) -> Said | None:
        """An attribution set in after the subject: "Mesir, kata Sewilam, bergantung pada Nil ...". The words
        attributed are the predicate after the speaker's closing comma."""
        toks = self._toks
        n = len(toks)
        if not speakers or k < 2 or toks[k - 1].text != ",":
            return None
        x = k + 1
        while x < n and x - k <= 8 and toks[x].text != "," and toks[x].sent == toks[k].sent and self._in_quote[x] is None:
            x += 1
        if x + 1 >= n or toks[x].text != "," or self._in_quote[x + 1] is not None:
            return None  # a quote after it is the quote's own statement
        start = x + 1
        end = self._clause_end(start)
        b = _trim(toks, start, end)
        return Said("indirect", start, b, toks[k].text, k, speakers, position=a) if b - start >= 3 else None

    def _pre(self, k: int, said: list[Said], handled_quotes: set) -> Said | None:
        toks = self._toks
        n = len(toks)
        if self._negated_or_purpose(toks, k):
            return None
        if k + 1 < n and toks[k + 1].text == "-":
            return None  # "kata-kata"
        if self._relays(toks[k].lower) and self._relays_a_speaker(k):
            return None  # "SANA melaporkan, al-Sharaa menyampaikan ...": the words are his, told at his own cue
        speakers, seg = self._subject(k, said)
        if seg is None and not speakers:
            # no subject at all in the sentence: not a report ("Berbicara ...", a headline fragment)
            return None
        # "“Q,” Austin menambahkan." — the quote right before the subject is what was said
        if seg is not None:
            j = seg - 1
            while j >= 0 and toks[j].text in (",",):
                j -= 1
            if j >= 0 and toks[j].text in CLOSE_MARKS and self._in_quote[j] is not None and _starts_paragraph(toks, self._in_quote[j].open):
                q = self._in_quote[j]
                handled_quotes.add(id(q))
                a, b = q.inner
                return Said("direct", a, _trim(toks, a, b), toks[k].text, k, speakers, position=a)
        x = k + 1
        while x < n and toks[x].text in (":", ","):
            x += 1
        if x + 1 < n and toks[x - 1].text == ":" and toks[x].newline:
            x += 1  # "Kepada wartawan, ia mengatakan:" and the quote in a paragraph of its own
        # "X mengatakan: “Q”" — the quote opening here is the statement
        q = self._in_quote[x] if x < n else None
        if q is not None and q.open == x:
            handled_quotes.add(id(q))
            a, b = q.inner
            return Said("direct", a, _trim(toks, a, b), toks[k].text, k, speakers, position=k)
        # complementizer within the clause start: "mengatakan kepada DK PBB bahwa ...". It is looked for
        # across commas ("mengatakan dalam jumpa pers di Jenewa, Senin (4/3), bahwa ..."), so up to the
        # sentence end rather than the clause end, which a comma before a cue in the reported words cuts.
        a = x
        sent = toks[k].sent
        words = 0  # counted in words, so that a date "(12/3/2024)" costs no more than a word
        for y in range(x, min(n, x + 30)):
            if toks[y].sent != sent or toks[y].newline or words >= 14:
                break
            words += toks[y].alpha
            if y in self._nominal:
                return None  # "mengkonfirmasi pernyataan Korsel bahwa ...": Korsel's statement, told there
            if toks[y].lower == "bahwa" and self._in_quote[y] is None:
                a = y + 1
                break
            if toks[y].lower in self.lex.cues and y > x:
                break
        if a == x and toks[k].lower in RECOGNISING and x < n and (toks[x].lower in RECOGNISED or self._name_alone(x)):
            return None  # "mengakui Negara Palestina", "mengakui kemerdekaan Kosovo": an act of recognition, no words
        end = self._clause_end(a if a > x else k + 1)
        if a == x and x < n and toks[x].lower in COMPLEMENTIZERS - {"apakah"}:
            a = x + 1
        if a == x and x < n and toks[x].lower in ADJUNCT_HEADS:
            a = self._after_adjunct(x, end)
        while a < end and toks[a].text in (",", ":"):
            a += 1
        # "bahwa “...”" covering the rest of the sentence: the quote is the statement
        if a < n and toks[a].text in OPEN_QUOTES:
            q = self._in_quote[a]
            if q is not None and q.open == a and q.close + 1 >= _trim(toks, a, end):
                handled_quotes.add(id(q))
                qa, qb = q.inner
                return Said("direct", qa, _trim(toks, qa, qb), toks[k].text, k, speakers, position=k)
        b = _trim(toks, a, end)
        if (b - a < 2 or (b - a == 2 and toks[b - 1].lower in ANAPHORS and not self._stance_on_named_thing(k, a, b))
                or a == x and toks[a].lower in EMPTY_OBJECTS and toks[a + 1].lower not in ("karena", "sebab")):
            return None  # but "meminta maaf karena insiden itu terjadi di wilayahnya" gives the reason
        for q in self._quotes:
            if a <= q.open and q.close < b:
                handled_quotes.add(id(q))
        return Said("indirect", a, b, toks[k].text, k, speakers, position=k)

    def _stance_on_named_thing(self, k: int, a: int, b: int) -> bool:
        """A denial, confirmation or judgement whose whole object is a thing named before: "membantah tudingan
        tersebut", "mengecam langkah itu". That is a statement; "hal serupa", "mengatakan hal itu" repeat someone's
        words and are none."""
        return (self.lex.cues[self._toks[k].lower][0] in STANCES and self._toks[b - 1].lower in ("tersebut", "itu")
                and self._toks[a].alpha and not self._toks[a].cap and self._toks[a].lower != "hal")

    def _after_adjunct(self, x: int, end: int) -> int:
        """"mengatakan kepada Reuters, negaranya ...": where the words said begin after an adjunct of the
        speaking (to whom, where, when) closed by a comma, with a short date segment after it skipped
        ("di Jenewa, Senin (4/3), ..."). ``x`` when there is no such adjunct."""
        toks = self._toks
        a = x
        for y in range(x + 1, min(end, x + 16)):
            if self._in_quote[y] is not None or toks[y].lower in self.lex.cues or toks[y].lower == "bahwa":
                return x
            if toks[y].text == ",":
                a = y + 1
                break
        else:
            return x
        for y in range(a, min(end, a + 10)):  # "Senin (4/3),"
            if toks[y].text == ",":
                if sum(toks[z].alpha for z in range(a, y)) <= 1:
                    a = y + 1
                break
        return a if _trim(toks, a, end) - a >= 3 else x

    def _nominal_speaker(self, k: int) -> Mention | None:
        """"pernyataan Korsel (pekan lalu) bahwa": the named speaker right after the noun, with "bahwa" close by."""
        toks = self._toks
        m = self._at.get(k + 1)
        if m is None or m.type not in ("Person", "State", "Organization"):
            return None
        end = max(m.end, m.span_end)
        for y in range(end, min(len(toks), end + 5)):
            if toks[y].lower == "bahwa":
                return m
            if not toks[y].alpha or toks[y].lower in self.lex.cues:
                return None
        return None

    def _nominal_statement(self, k: int) -> Said | None:
        toks = self._toks
        m = self._nominal_speaker(k)
        y = max(m.end, m.span_end)
        while toks[y].lower != "bahwa":
            y += 1
        a = y + 1
        b = _trim(toks, a, self._clause_end(a))
        if b - a < 3:
            return None
        return Said("indirect", a, b, toks[k].text, k, [m.entity], position=k)

    def _menurut(self, k: int, said: list[Said]) -> Said | None:
        toks = self._toks
        n = len(toks)
        lex = self.lex
        if toks[k].lower == "menurutnya":
            speakers = self._pronoun(k, said)
            a = k + 1
            while a < n and toks[a].text == ",":
                a += 1
            b = _trim(toks, a, self._clause_end(a))
            return Said("indirect", a, b, toks[k].text, k, speakers, position=k) if b - a >= 2 else None
        # the source noun phrase: up to a comma or the end of its first name
        x = k + 1
        np_end = x
        while np_end < n and toks[np_end].text not in (",", ".") and not toks[np_end].newline and np_end - x < 8:
            m = self._at.get(np_end)
            if m is not None and not m.nested:
                np_end = max(m.end, m.span_end)
                if np_end + 1 < n and toks[np_end].lower in ("dari", "di"):
                    # where the source speaks from: "Seperti dilaporkan kantor berita Antara dari Islamabad, ..."
                    comma = next((y for y in range(np_end + 1, min(n, np_end + 5)) if toks[y].text in (",", ".")), None)
                    if comma is not None and toks[comma].text == ",":
                        np_end = comma
                if np_end + 1 < n and toks[np_end].lower in ("itu", "tersebut") and toks[np_end + 1].text == ",":
                    np_end += 1  # "Menurut pemimpin VVD itu, ...": the demonstrative closes the source
                if np_end < n and toks[np_end].text != ",":
                    break
                continue
            np_end += 1
        if np_end < n and toks[np_end].lower == "yang":
            # "Menurut laporan Kantor HAM PBB yang dirilis Februari lalu, ...": the clause belongs to the source
            y = np_end
            while y < n and y - np_end < 12 and toks[y].text not in (",", ".") and not toks[y].newline and self._in_quote[y] is None:
                y += 1
            if y < n and toks[y].text == ",":
                np_end = y
        result = self._scan_segment(x, np_end, said)
        speakers = result or []
        named = self._at.get(np_end + 1) if np_end + 1 < n and toks[np_end].text == "," else None
        if (named is not None and named.type == "Person" and named.entity is not None and named.end < n and toks[named.end].text == ","
                and not any(getattr(e, "type", None) == "Person" for e in speakers)):
            speakers, np_end = [named.entity], named.end  # "Menurut sekretaris pers Yunus, Shafiqul Alam, ...": the name
        if k > 0 and toks[k - 1].text == ",":
            a = _clause_start(toks, k, self._in_quote)
            if any(s.cue_index is not None and a <= s.cue_index < k for s in said):
                return None  # "“...,” kata X, menurut para perwira yang hadir": who relayed X's words, no statement
            b = _trim(toks, a, k)
            if b - a >= 3:
                return Said("indirect", a, b, toks[k].text, k, speakers, position=a)
            # "Namun, menurut X, ...": only a connective before it, so the statement follows
        a = np_end
        while a < n and toks[a].text == ",":
            a += 1
        end = self._clause_end(a)
        # "Menurut laporan dari X, Y mengatakan ...": a source phrase, not a statement of its own. The other cue
        # comes after a name opening the clause, or soon; one deep in a clause that opens otherwise is part of
        # what is reported ("Menurut X, jika ..., para hakim dapat membuat temuan dan melaporkannya kepada ...")
        opener = self._at.get(a)
        named_opening = opener is not None and opener.type in ("Person", "State", "Organization") or a in self._covered or a in self._titles_at
        reach = n if named_opening else a + 9
        y = a
        while y < min(n, reach) and toks[y].sent == toks[a].sent and not toks[y].newline:
            if toks[y].lower in lex.cues and self._in_quote[y] is None and not self._negated_or_purpose(toks, y):
                return None
            y += 1
        if any(self._in_quote[y] is not None for y in range(a, min(end, a + 1))):
            return None
        b = _trim(toks, a, end)
        return Said("indirect", a, b, toks[k].text, k, speakers, position=k) if b - a >= 3 else None

    def _clause_end(self, a: int) -> int:
        """End of the reported clause: the sentence end, or before a coordinated new cue (", namun
        memperingatkan", "dan mengatakan", ", menambahkan") or a trailing ", menurut X"."""
        toks = self._toks
        n = len(toks)
        lex = self.lex
        x = a
        sent = toks[a].sent if a < n else -1
        while x < n and toks[x].sent == sent and not toks[x].newline:
            q = self._in_quote[x]
            if q is not None and q.open == x:
                x = q.close + 1
                continue
            low = toks[x].lower
            if low in CONTRASTIVE and x > a and toks[x - 1].text == ",":
                return x - 1  # ", namun ia tidak memberikan rincian": a new clause, not what was reported
            if self._relays(low) and lex.cues[low][1] == "post" and x > a and toks[x - 1].text == ",":
                return x - 1  # ", lapor kantor berita X": the agency relaying it, not the words
            if toks[x].ctx and x > a and _ends_sentence_within(toks, x, 5) and (toks[x - 1].text == "," or toks[x - 1].lower in ("sebagaimana", "seperti") and toks[x - 2].text == ","):
                return x - 1 if toks[x - 1].text == "," else x - 2  # ", sebagaimana dikutip Xinhua": the source, not the words
            if ((low in lex.cues and lex.cues[low][1] in ("pre", "both") and not (x > 0 and toks[x - 1].lower in PREPOSITIONS))
                    or low in MENURUT):
                # (not a verb after a preposition, which reports nothing: "acuan dalam menilai risiko")
                # a new reporting clause starts at the nearest comma or conjunction before its cue:
                # "... , namun memperingatkan bahwa", "... , dan Washington mengatakan", "... dan mengatakan"
                for y in range(x - 1, max(a, x - 10) - 1, -1):
                    if self._in_quote[y] is not None:
                        break
                    if toks[y].text == "," or toks[y].lower in CONJUNCTIONS:
                        if toks[y].lower in CONJUNCTIONS and y - 1 >= a and toks[y - 1].text == ",":
                            y -= 1
                        if y > a:
                            return y
                        break
            x += 1
        return min(x, n)


# ---------------------------------------------------------------------- helpers
def _as_reported(toks: list[Tok], k: int) -> bool:
    """"Seperti dilaporkan Reuters," opening a sentence."""
    if k < 1 or toks[k - 1].lower not in ("seperti", "sebagaimana"):
        return False
    j = k - 1
    return j == 0 or toks[j - 1].newline or toks[j - 1].sent != toks[j].sent


def _quotes(toks: list[Tok], columns: Columns) -> list[Quote]:
    """Quoted spans: an opening mark to its closing mark, or to the end of the paragraph. Only quote marks
    and paragraph breaks can change anything, so only they are visited."""
    quotes: list[Quote] = []
    open_at: int | None = None
    closing = None
    marks = [k for k, w in enumerate(columns.lower) if w in QUOTE_MARKS]
    for k in sorted(marks + columns.breaks):
        t = toks[k]
        if t.newline:
            if open_at is not None:
                quotes.append(Quote(open_at, k))
            open_at = None
            continue
        if open_at is None:
            if t.text in OPEN_QUOTES:
                open_at, closing = k, OPEN_QUOTES[t.text]
            elif t.text == STRAIGHT:
                open_at, closing = k, STRAIGHT
            elif t.text == "”" and (k == 0 or toks[k - 1].newline or toks[k - 1].space) and not t.space and k + 1 < len(toks):
                open_at, closing = k, "”"  # print style that opens with the closing mark too: ”Kami siap.”
        elif t.text == closing or (closing == "”" and t.text == STRAIGHT):
            quotes.append(Quote(open_at, k))
            open_at = None
    if open_at is not None:
        quotes.append(Quote(open_at, len(toks)))
    return quotes


def _right_after_attribution(toks: list[Tok], last: Said, q: Quote) -> bool:
    """"“A,” kata X. “B.”": the quote opens the sentence right after the one whose cue attributed ``last``."""
    k = last.cue_index
    return (
        k is not None
        and k > last.end
        and toks[q.open - 1].sent != toks[q.open].sent
        and toks[k].sent == toks[q.open - 1].sent
        and toks[k].para == toks[q.open].para
    )


# "mengakui" both admits (a statement) and recognises a state or government (an act): with a name or one of these
# nouns right after it, it recognises.
RECOGNISING = frozenset({"mengakui"})
RECOGNISED = frozenset({"kedaulatan", "kemerdekaan", "negara", "pemerintahan", "pemerintah", "rezim", "keanggotaan"})


def _subjectless(t: Tok) -> bool:
    """A verb opening a clause without a subject of its own after "saat" or "ketika": a passive ("dikonfirmasi",
    "ditanya", "ditemui") or an intransitive ("berbicara", "berkunjung")."""
    return t.alpha and not t.cap and len(t.text) > 5 and t.lower.startswith(("di", "ber")) and not t.stop


def _verb(t: Tok) -> bool:
    """A lower-case word with an active verb's prefix: "melanjutkan", "menimpali", "berpesan"."""
    return t.alpha and not t.cap and len(t.text) > 5 and t.lower.startswith(("me", "ber"))


def _sentence_opening(toks: list[Tok], x: int) -> bool:
    """Token x opens its sentence (a paragraph's or sentence's first word)."""
    return x == 0 or toks[x - 1].newline or toks[x - 1].sent != toks[x].sent


def _starts_paragraph(toks: list[Tok], k: int) -> bool:
    return k == 0 or toks[k - 1].newline


def _clause_start(toks: list[Tok], k: int, in_quote) -> int:
    """Start of the sentence holding token k (quotes may hold sentence ends of their own)."""
    x = k
    sent = toks[k].sent
    while x > 0 and not toks[x - 1].newline:
        if toks[x - 1].sent != sent and in_quote[x - 1] is None and in_quote[x] is None:
            break
        x -= 1
    return x


def _ends_sentence_within(toks: list[Tok], x: int, distance: int) -> bool:
    for y in range(x + 1, min(len(toks), x + distance + 1)):
        if toks[y].newline or toks[y].sent != toks[x].sent:
            return True
    return x + distance >= len(toks)


def _only_fillers(toks: list[Tok], a: int, b: int) -> bool:
    return all(not toks[x].alpha or toks[x].stop for x in range(a, b))


def _trim(toks: list[Tok], a: int, b: int) -> int:
    """Drop trailing punctuation and whitespace so the text ends on a word (or a closing quote)."""
    b = min(b, len(toks))
    while b > a and (toks[b - 1].newline or toks[b - 1].text in (".", ",", ";", ":", "-", "–", "—") or not toks[b - 1].text.strip()):
        b -= 1
    return b


def _unique(items: list) -> list:
    out = []
    for x in items:
        if x is not None and all(x is not y for y in out):
            out.append(x)
    return out
