"""Lifting metadata out of an article's text: headline, dateline, source tag, trailing bylines.

News text copied from a page carries furniture around the story: a headline line, a dateline
(``Jum'at, 29 Nov 2024, 02:59 WIB``), the outlet's tag before the first sentence
(``TRIBUNNEWS.COM –``, ``EtIndonesia.``), and bylines, editor initials, tag lists and share
buttons after the last. These become ``title``, ``published`` and ``publisher`` or are dropped,
so the extractor never takes an outlet or an editor for an entity. Everything else stays verbatim,
including a place dateline (``NEW YORK -``), photo credits (``Foto: AFP/…``) and source credits
(``KBS/RFA/I-1``): those name places and organizations the text really cites.

The rules are about shapes (short line without a final period, a single token shaped like a
domain or CamelCase, an ALL-CAPS label), never about particular outlets; the word lists live in
``boilerplate.txt``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from kg.loaders.sources.dates import dateline_date, lead_date


@dataclass(frozen=True)
class Lifted:
    """The body left after lifting, with what was lifted."""

    body: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class _Boilerplate:
    anywhere_label: tuple[str, ...]
    anywhere_line: frozenset[str]
    edge_label: tuple[str, ...]
    footer_start: tuple[str, ...]
    footer_prefix: tuple[str, ...]


@lru_cache(maxsize=1)
def boilerplate() -> _Boilerplate:
    sections: dict[str, list[str]] = {}
    current = None
    for raw in files("kg.loaders.sources").joinpath("boilerplate.txt").read_text("utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line.casefold())
    return _Boilerplate(
        anywhere_label=tuple(sections.get("anywhere-label", ())),
        anywhere_line=frozenset(sections.get("anywhere-line", ())),
        edge_label=tuple(sections.get("edge-label", ())),
        footer_start=tuple(sections.get("footer-start", ())),
        footer_prefix=tuple(sections.get("footer-prefix", ())),
    )


# An outlet written as one token: a domain (TRIBUNNEWS.COM, mobic.store, NewsRoom.id) or a
# CamelCase brand (EtIndonesia, detikNews). A lone ALL-CAPS word is not enough: NEW YORK - is a place.
_DOMAIN = r"[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,10}"
_CAMEL = r"(?:[A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*|[A-Z]{2,}[a-z]{3,})"  # detikNews; SINDOnews, VIVAnews
_OUTLET = rf"(?:{_DOMAIN}|{_CAMEL})"
_PLACE = r"[A-Z][^\W\d_]*(?:[ -](?:(?:es|el|al|de|da|do|la)[ -])?[A-Z][^\W\d_]*){0,3}"  # Dar es Salaam
_DASH = r"\s*[–—-]{1,2}\s+"
# An outlet of capitalised words with an acronym among them (CNN Indonesia, BBC News Indonesia, Kompas TV).
# Only after a place and a comma: a lone ALL-CAPS line opener may be a place, and a bare run of
# capitalised words may be the story's subject.
_BRAND = r"(?:[A-Z][A-Za-z0-9]*\s+){0,3}[A-Z]{2,}[A-Za-z0-9]*(?:\s+[A-Z][A-Za-z0-9]*){0,3}"

_OUTLET_ONLY = re.compile(rf"^(?P<tag>{_OUTLET})\.?$")
# Tag forms at the start of the first paragraph, most specific first. A place named beside the tag
# stays in the body with its dash.
_COLON = r"\s*:\s+"
_TAG_FORMS = [
    re.compile(rf"^(?P<tag>{_OUTLET})\s*,\s*(?P<place>{_PLACE})(?P<dash>{_DASH})"),  # TEMPO.CO, Jakarta -
    re.compile(rf"^(?P<tag>{_OUTLET}|[A-Z]{{2,}})\s*,\s*(?P<place>{_PLACE})(?P<dash>{_COLON})"),  # KBRN, Jakarta:
    re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<tag>{_OUTLET})(?P<dash>{_DASH})"),  # JAKARTA, KOMPAS.com -
    re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<tag>{_BRAND})(?P<dash>{_DASH})"),  # Jakarta, CNN Indonesia --
    re.compile(rf"^(?P<place>{_PLACE})\s*\((?P<tag>[A-Z][A-Za-z0-9.]*)\)(?P<dash>{_DASH})"),  # Jakarta (ANTARA) -
    re.compile(rf"^(?P<tag>{_OUTLET}){_DASH}"),  # TRIBUNNEWS.COM –
    re.compile(rf"^(?P<tag>{_OUTLET})\.\s+(?=[A-Z“\"'‘])"),  # EtIndonesia. Baru-baru ini
]
# A dateline that opens the story: "DOHA - ", "PIKIRAN RAKYAT - ", "Bangkok - " before a sentence.
_DATELINE_OPENING = re.compile(rf"^[A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}}(?:\s*,\s*[A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}})?{_DASH}(?=[A-Z“\"])")
# "Abuja: Nigeria dan Niger ...": a dateline closed by a colon, one or two capitalised words before it.
_COLON_DATELINE = re.compile(r"^[A-Z][\w.]*(?: [A-Z][\w.]*)?:\s+(?=[A-Z“\"])")
_SECTION_NAME = re.compile(r"^[A-Z][a-z]+(?: [A-Z&][a-z]*){0,2}$")  # Internasional, Dunia, Luar Negeri
_OUTLET_OPENING = re.compile(rf"^(?P<tag>[A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}}){_DASH}")
_LINE_END_OUTLET = re.compile(rf"\s(?P<tag>{_DOMAIN}|(?<=\sdi\s){_CAMEL})\.?$")
# "Artikel ini diadaptasi dari artikel DW berbahasa Inggris": an edition names the outlet it belongs to
_ADAPTED_FROM = re.compile(r"^artikel ini diadaptasi dari (?:artikel )?(?P<tag>[A-Z][A-Za-z]+)\b", re.IGNORECASE)
_NAMES_BYLINE = re.compile(r"^[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,3}(?: \| [A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,3})+$")  # Nama | Nama
_OLEH = re.compile(r"^Oleh\s+[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,3}$")  # Oleh MAHDALENA SAFITRI
_REPORTER_OF = re.compile(rf"^Laporan (?:[Ww]artawan|[Rr]eporter) (?P<tag>{_OUTLET}),\s+[A-Z][\w'’. ]+$")
_BYLINE_DASH = re.compile(rf"^(?:[A-Z][\w'’.]*\s+){{1,4}}[–—-]\s+(?P<tag>{_OUTLET})$")  # Nama Penulis - detikNews
# A section, the writer and the outlet: "NEWS - Rizky Aditama, CNBC Indonesia"
_SECTION_BYLINE = re.compile(rf"^[A-Z]{{2,}}(?: [A-Z]{{2,}})?\s+[–—-]\s+(?:[A-Z][\w'’.]*\s?){{1,4}},\s+(?P<tag>{_OUTLET}|{_BRAND})$")
# The writer's role as some pages print it, which names the outlet: "Role, BBC News Indonesia", "Peran, BBC News Indonesia"
_ROLE_BYLINE = re.compile(rf"^(?:Role|Peran|Penulis)\s*,\s*(?:Tim\s+)?(?P<tag>{_BRAND}|{_OUTLET})$")  # Penulis, Tim BBC News Indonesia
# The page's breadcrumb, which opens with the outlet: "VIVA.co.id › Berita › Dunia"
_BREADCRUMB = re.compile(rf"^(?P<tag>{_OUTLET}|[A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}})\s*[›»>]\s*[A-Z]\w*(?:\s*[›»>]\s*[A-Z]\w*)*$")
# Page furniture in square brackets: "[Gambas:Video CNBC]", "[Gambas:Instagram]"
_BRACKETED_FURNITURE = re.compile(r"^\[[A-Za-z][\w ]{0,30}:[^\]]{0,80}\]$")
_BYLINE = re.compile(r"^\((?P<outlet>[^,()/]+?)(?:\s*[,/]\s*|\s+[–-]\s+)(?P<who>[^()]+)\)$")  # (Tribunnews.com, Nama), (tirto.id - Politik)
_INITIALS = re.compile(r"\s*\((?:[a-z]{1,6}\s*/\s*)+[a-z]{1,6}\)\s*$")  # (jhn/yn)
_NAME_ALONE = re.compile(r"^\((?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+\)$")  # (Rahma Dwi Safitri) on the last line
_INITIALS_ALONE = re.compile(r"(?:^|(?<=[.!?”\"]))\s*\([a-z]{2,6}\)\s*$")  # (rds) after the last sentence
_SECTION_LABEL = re.compile(r"^[A-Z][A-Z&'’ -]*[A-Z]$")  # FOKUS DUNIA, NEWS
_HEADLINE_END = (".", ",", ";", ":", "…")
# Picture credits and captions as some pages print them, with a comma: "Sumber gambar, Getty Images",
# "Keterangan gambar, Aparat keamanan berjaga ...", and the writer's lines of the same pages ("Author, Nama",
# "Role, BBC News Indonesia"). Not article text wherever they stand.
_CAPTION = re.compile(r"^(?:(?:sumber|keterangan)\s+(?:gambar|foto|video)|author|role|penulis|peran)\s*[,:]", re.IGNORECASE)
# The outlet's name on a line of its own under the headline ("BBC News Indonesia").
_BRAND_ONLY = re.compile(rf"^{_BRAND}$")
_CREDIT_WORDS = ("foto", "ilustrasi", "gambar", "video", "sumber", "keterangan")


_LABEL = re.compile(r"^([^\W\d_][^:]{0,30}?)\s*:")


def _label(line: str) -> str | None:
    """The casefolded label of a ``Label: value`` line, or None."""
    if ":" not in line[:40]:
        return None
    match = _LABEL.match(line)
    return match.group(1).casefold() if match else None


def _is_anywhere_line(line: str) -> bool:
    bp = boilerplate()
    stripped = line.strip()
    if len(stripped) <= 40 and stripped.casefold() in bp.anywhere_line:
        return True
    return _label(stripped) in bp.anywhere_label or _CAPTION.match(stripped) is not None or _BRACKETED_FURNITURE.match(stripped) is not None


def _is_edge_label(line: str) -> bool:
    stripped = line.strip()
    return _label(stripped) in boilerplate().edge_label and len(stripped.split()) <= 15


def _is_footer_start(line: str) -> bool:
    stripped = line.strip()
    labels = boilerplate().footer_start
    return stripped.casefold().rstrip(":").strip() in labels or _label(stripped) in labels


def _is_footer_prefix(line: str) -> bool:
    return line.strip().casefold().startswith(boilerplate().footer_prefix)


def _words(line: str) -> int:
    return len(line.split())


def _drop_anywhere(lines: list[str]) -> list[str]:
    kept: list[str] = []
    skip_link = dropped = False
    in_list = list_started = False  # under "Baca Juga" on a line of its own: a list of linked headlines
    for line in lines:
        if not line.strip():
            if in_list and list_started:
                in_list = False  # the list ends at a blank line; one may stand between the heading and the list
            # A dropped line leaves one paragraph break, not two.
            if not (dropped and (not kept or not kept[-1].strip())):
                kept.append(line)
            continue
        # The linked headline under a bare "Baca juga:" is short and has no final period.
        short_link = _words(line) <= 20 and not line.strip().endswith(".")
        if skip_link:
            skip_link = False
            if short_link:
                continue
        if in_list:
            if short_link:
                list_started = dropped = True
                continue
            in_list = False
        if _is_anywhere_line(line):
            label = _label(line.strip())
            skip_link = label is not None and not line.strip()[len(label) :].strip(" :")
            dropped = True
            continue
        if line.strip().casefold() in boilerplate().anywhere_label:
            in_list, list_started, dropped = True, False, True  # "Baca Juga" with no colon, over its links
            continue
        dropped = False
        kept.append(line)
    return kept


def _is_headline(line: str, rest: list[str]) -> bool:
    stripped = line.strip()
    if not stripped or _words(stripped) > 20 or len(stripped) > 200:
        return False
    if not (stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "“\"'‘"):
        return False
    if stripped.rstrip("”\"'’").endswith(_HEADLINE_END):
        return False
    if _label(stripped) in _CREDIT_WORDS or any(form.match(stripped) for form in _TAG_FORMS):
        return False
    return any(r.strip() for r in rest)  # a headline is followed by the body


def _outlet_casing(tag: str, *others: str | None) -> str:
    """The outlet's proper casing: as a byline or closing line writes it if one matches,
    else an ALL-CAPS domain in the usual form (TEMPO.CO -> Tempo.co)."""
    for other in others:
        if other and other.casefold() == tag.casefold():
            return other
    if re.fullmatch(_DOMAIN, tag) and tag.upper() == tag:
        name, _, tld = tag.partition(".")
        return name.capitalize() + "." + tld.lower()
    return tag


def _same_outlet(a: str, b: str) -> bool:
    a, b = a.casefold(), b.casefold()
    return a == b or a.split(".")[0] == b.split(".")[0]


# "DEN HAAG, RABU —": a dateline's day in capitals has the shape of an outlet's acronym
_WEEKDAYS = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu"})


def _match_tag(line: str) -> re.Match[str] | None:
    for form in _TAG_FORMS:
        match = form.match(line)
        if match and match.group("tag").casefold() not in _WEEKDAYS:
            return match
    return None


def lift(text: str, *, find_headline: bool = True) -> Lifted:
    """Split ``text`` (LF line ends) into metadata and body. ``find_headline=False`` when the
    title is known from elsewhere (an HTML page) and a short first line must stay in the body."""
    lines = [line.rstrip() for line in text.split("\n")]
    # the writer's role names the outlet before the line is dropped as a caption: "Role, BBC News Indonesia"
    role = next((m for line in lines[:10] if (m := _ROLE_BYLINE.match(line.strip()))), None)
    lines = _drop_anywhere(lines)
    title = published = None
    header_outlet = role.group("tag") if role else None

    # Header: a headline and a dateline in either order, and stray byline labels.
    i = 0
    for _ in range(6):
        while i < len(lines) and not lines[i].strip():
            i += 1
        if i >= len(lines):
            break
        line = lines[i]
        if _is_edge_label(line) or _NAMES_BYLINE.match(line.strip()) or _OLEH.match(line.strip()):
            # "Reporter : Nama | Selasa, 18 November 2025 10:24", "Nama Satu | Nama Dua": who wrote it and when
            published = published or _stamp_date(line)
            i += 1
            continue
        lone = _OUTLET_ONLY.match(line.strip())
        if lone:  # the outlet's name above the story, as some pages print it
            header_outlet = header_outlet or lone.group("tag")
            i += 1
            continue
        tagged = _match_tag(line.lstrip())
        if tagged and not tagged.groupdict().get("place"):
            rest = line.lstrip()[tagged.end() :]
            date = dateline_date(rest)
            if date:  # "Outlet - 12/03/2025, 10:15 WIB" above the story
                header_outlet = header_outlet or tagged.group("tag")
                published = published or date
                i += 1
                continue
            if _SECTION_NAME.match(rest.strip()):  # "Medcom.id - Internasional": the outlet and its section
                header_outlet = header_outlet or tagged.group("tag")
                i += 1
                continue
        date = dateline_date(line) or _stamp(line)
        if date:  # "Kamis, 2 Oktober 2025", "Nama, Jurnalis-Rabu, 10 September 2025 |15:47 WIB"
            published = published or date
            i += 1
            continue
        byline = (_BYLINE_DASH.match(line.strip()) or _REPORTER_OF.match(line.strip()) or _SECTION_BYLINE.match(line.strip())
                  or _BREADCRUMB.match(line.strip()))
        if byline:
            header_outlet = header_outlet or byline.group("tag")
            i += 1
            continue
        brand = (_BRAND_ONLY.match(line.strip()) if title is not None
                 and (header_outlet is None or _same_outlet(line.strip(), header_outlet)) else None)
        if brand:  # after the headline, a line of capitalised words with an acronym is the outlet
            header_outlet = header_outlet or brand.group(0)
            i += 1
            continue
        if find_headline and title is None and _is_headline(line, lines[i + 1 :]):
            title = line.strip()
            i += 1
            continue
        break
    body, furniture, at = _from_dateline(lines[i:])
    for line in furniture:
        published = published or _stamp_date(line)

    # Source tag at the start of the first paragraph. Some pages print "Outlet - <date>" on a
    # line of its own and tag the paragraph again: then the date is lifted and the tag read twice.
    tag = None
    for _ in range(2):
        while at < len(body) and not body[at].strip():
            body.pop(at)
        if at >= len(body):
            break
        first = body[at].lstrip()
        match = _match_tag(first)
        if not match:
            break
        tag = tag or match.group("tag")
        place = match.groupdict().get("place")
        rest = first[match.end() :]
        date = dateline_date(rest) if rest.strip() else None
        if rest.strip() and not date:
            body[at] = (place + match.group("dash") + rest) if place else rest
            break
        published = published or date
        body.pop(at)

    body, byline_outlet, closing_outlet = _lift_footer(body, tag)

    if tag:
        publisher = _outlet_casing(tag, byline_outlet, header_outlet, closing_outlet)
    else:
        publisher = byline_outlet or header_outlet or closing_outlet

    if tag is None and publisher and at < len(body):
        # the outlet's own tag opening the story without a place: "VIVA – Uni Eropa ..." from VIVA.co.id
        opening = _OUTLET_OPENING.match(body[at])
        if opening and _same_outlet(opening.group("tag"), publisher):
            body[at] = body[at][opening.end() :]

    if published is None:
        paragraphs = [line for line in body if line.strip()][:3]
        for paragraph in paragraphs:
            published = lead_date(paragraph.strip())
            if published:
                break

    return Lifted(body="\n".join(body).strip(), title=title, publisher=publisher, published=published)


_STAMP_PIECES = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+|,\s*|:\s+")  # "Nama • 18 September 2025 15:40"
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\bWI[BT]A?\b")


def _stamp_date(line: str) -> str | None:
    """The date in a short header line that may also name the writer or the section, or None."""
    stripped = line.strip()
    if _words(stripped) > 15:
        return None
    date = dateline_date(stripped)
    if date:
        return date
    pieces = [p for p in _STAMP_PIECES.split(stripped) if p]
    for a in range(len(pieces)):
        for b in range(a + 1, min(len(pieces), a + 3) + 1):
            date = dateline_date(" ".join(pieces[a:b]))
            if date:
                return date
    return None


def _stamp(line: str) -> str | None:
    """The date of a posting-time line, one with a clock time ("Kamis 02 Oktober 2025, 09:15 WIB"), with a
    byline or not; None for any other line."""
    return _stamp_date(line) if _CLOCK.search(line) else None


def _colon_dateline(line: str) -> bool:
    """ "Abuja: Nigeria dan Niger ...", but not a credit or caption label ("Foto: ...")."""
    return _COLON_DATELINE.match(line) is not None and line.split(":", 1)[0].strip().casefold() not in _CREDIT_WORDS


def _from_dateline(body: list[str]) -> tuple[list[str], list[str], int]:
    """(the body, the byline and date lines dropped from it, where the dateline now stands). Between the
    headline and the dateline that opens the story stand the page's byline ("Nadya Kurniasari"), the time of
    posting and a photo caption; the caption is text about the story and stays."""
    seen = 0
    for j, line in enumerate(body):
        stripped = line.strip()
        if not stripped:
            continue
        if _words(stripped) >= 10 and (_match_tag(stripped) or _DATELINE_OPENING.match(stripped) or _colon_dateline(stripped)):
            if not seen:
                break
            # a photo credit ("Foto: AFP/...") names the agency, which the text then cites: it stays
            short = [
                k for k in range(j)
                if body[k].strip() and (_words(body[k]) <= 4 and ":" not in body[k] or _stamp(body[k]) or dateline_date(body[k].strip())
                                        or _NAMES_BYLINE.match(body[k].strip()))
            ]
            kept = [x for k, x in enumerate(body[:j]) if k not in short and (x.strip() or k + 1 not in short)]
            return kept + body[j:], [body[k] for k in short], len(kept)
        seen += 1
        if seen > 6 or _words(stripped) > 60:  # a summary's bullets and a caption may stand before it (IDN Times)
            break
    return body, [], 0


def _lift_footer(body: list[str], tag: str | None) -> tuple[list[str], str | None, str | None]:
    """Drop the footer; return the body and the outlet named by a byline or a closing line."""
    body = list(body)

    # A footer label (Tag Terkait:, Bagikan:) and the short lines after it (the tags themselves).
    cut = None
    for j in range(len(body) - 1, max(-1, len(body) - 40), -1):
        line = body[j].strip()
        if _words(line) > 12:
            break
        if _is_footer_start(line):
            cut = j
    byline_outlet = closing_outlet = None
    if cut is not None:
        # the outlet's name may close the page under the tags ("Tags: ..." then "VIVA.co.id")
        closing_outlet = next((m.group("tag") for m in map(_OUTLET_ONLY.match, (x.strip() for x in body[cut:])) if m), None)
        del body[cut:]

    sources: list[str] = []
    while body:
        last = body[-1].strip()
        if _label(last) == "sumber" and not (tag and _same_outlet(last.split(":", 1)[1].strip(), tag)) and _words(last) <= 15:
            # "Sumber: Reuters, BBC": the agencies the article cites, which are entities; kept as the last line
            sources.insert(0, body.pop().strip())
            continue
        if last and _is_footer_prefix(last):
            # "Simak berita ... hanya di Okezone.com", "... hanya di SINDOnews", "diadaptasi dari artikel DW" name the outlet
            named = _LINE_END_OUTLET.search(last) or _ADAPTED_FROM.match(last)
            closing_outlet = closing_outlet or (named.group("tag") if named else None)
            body.pop()
            continue
        if not last or _is_edge_label(last) or _is_footer_start(last):
            body.pop()
            continue
        lone = _OUTLET_ONLY.match(last)
        if lone:
            closing_outlet = closing_outlet or lone.group("tag")
            body.pop()
            continue
        byline = _BYLINE.match(last)
        if byline:
            outlet = byline.group("outlet").strip()
            if re.fullmatch(_OUTLET, outlet) or (tag and _same_outlet(outlet, tag)):
                byline_outlet = byline_outlet or outlet
                body.pop()
                continue
        if (_SECTION_LABEL.match(last) and _words(last) <= 3) or _NAME_ALONE.match(last):
            body.pop()  # a section label, or the writer's name alone in brackets on the last line
            continue
        stripped = _INITIALS.sub("", body[-1])
        stripped = _INITIALS_ALONE.sub("", stripped)
        if stripped != body[-1]:
            body[-1] = stripped.rstrip()
            continue
        break
    if sources:
        body += ["", *sources]
    return body, byline_outlet, closing_outlet
