"""Dates in Indonesian (and English) news text, to ISO ``YYYY-MM-DD``.

Most dates in the corpus take a handful of shapes (``29 Nov 2024``, ``Kamis (31/10/2024)``,
``2024-11-29``), so a regular expression reads them in microseconds. dateparser is the fallback
for anything else: it costs a fraction of a second to import and initialise, so it is imported
only when the fast path fails, and it is told never to guess a missing day, month or year and
never to read relative phrases (``kemarin``) that would depend on today's date.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

# Month names and the abbreviations Indonesian outlets use (Agu/Agt/Ags, Nop/Nopember, Pebruari),
# plus English, which wire copy and HTML metadata often keep.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "januari jan january",
        "februari pebruari feb peb february",
        "maret mar march",
        "april apr",
        "mei may",
        "juni jun june",
        "juli jul july",
        "agustus agu agt ags aug august",
        "september sep sept",
        "oktober okt oct october",
        "november nopember nov nop",
        "desember des dec december",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

WEEKDAYS = frozenset(
    "senin selasa rabu kamis jumat jum'at sabtu minggu ahad "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)

_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# Each pattern names its parts; the earliest match in a string wins.
_YEAR = re.compile(r"(?<!\d)(?:19|20|21)\d{2}(?!\d)")
_PATTERNS = [
    re.compile(r"(?<![\d.])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<![\d./-])(?P<d>\d{1,2})([/.-])(?P<m>\d{1,2})\2(?P<y>\d{4})(?!\d)"),
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?P<mn>{_MONTH})\.?,?\s+(?P<y>\d{{4}})(?!\d)", re.IGNORECASE),
    re.compile(rf"\b(?P<mn>{_MONTH})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})(?!\d)", re.IGNORECASE),
]

# What may stand beside the date on a dateline: weekday, clock time, time zone, a few labels.
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b")
_ZONE = re.compile(r"\b(?:GMT|UTC)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}\b", re.IGNORECASE)
_DATELINE_WORDS = WEEKDAYS | frozenset(
    "wib wita wit pukul jam tanggal hari diterbitkan dipublikasikan diperbarui diunggah dimuat terbit "
    "published updated posted last on at am pm".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

# Words that open a time adverbial ("Pada Kamis, 31 Oktober 2024, ..."): a date after them is
# when something happened, not when the article was published.
_EVENT_OPENERS = frozenset(
    "pada sejak hingga sampai selama sebelum setelah sesudah jelang menjelang hari tanggal mulai awal akhir "
    "on since until before after".split()
)
_LEAD_PREFIX = re.compile(r"^(?:(?P<phrase>[^\W\d_][^,.;:!?()\[\]“”\"\n]{0,40}),\s*)?(?:(?P<wd>" + _WEEKDAY + r")\s*,?\s*)?\(?$", re.IGNORECASE)
_LEAD_SUFFIX = re.compile(r"^\)?\s*(?:[,–—-]|$)")


def _iso(y: str, m: int, d: str) -> str | None:
    try:
        day = _dt.date(int(y), m, int(d))
    except ValueError:
        return None
    if not 1900 <= day.year <= 2100:
        return None
    return day.isoformat()


def _plain(text: str) -> str:
    # Curly apostrophes (Jum’at) read as straight ones.
    return text.replace("’", "'").replace("‘", "'")


def find_date(text: str) -> tuple[str, int, int] | None:
    """The earliest full date (day, month and year) in ``text``: ``(iso, start, end)``, or None."""
    if not _YEAR.search(text):  # every full date has a four-digit year: a cheap test first
        return None
    text = _plain(text)
    best: tuple[str, int, int] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[1]:
                break
            parts = match.groupdict()
            month = _MONTHS[parts["mn"].lower()] if parts.get("mn") else int(parts["m"])
            iso = _iso(parts["y"], month, parts["d"])
            if iso:
                best = (iso, match.start(), match.end())
                break
    return best


def _only_dateline_words(rest: str) -> bool:
    rest = _ZONE.sub(" ", _TIME.sub(" ", rest))
    if re.search(r"\d", rest):
        return False
    return all(word.lower() in _DATELINE_WORDS for word in _WORD.findall(rest))


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser  # slow to import: only when the fast path could not read a date

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "DATE_ORDER": "DMY",
        "PARSERS": ["custom-formats", "absolute-time"],  # no "kemarin", no "3 hari lalu"
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return lambda text: dateparser.parse(text, languages=["id", "en"], settings=settings)


def _fallback(text: str) -> str | None:
    parsed = _dateparser()(text)
    if parsed is None or not 1900 <= parsed.year <= 2100:
        return None
    return parsed.date().isoformat()


def _date_shaped(text: str) -> bool:
    """Whether ``text`` holds a day, month and year in one of the fast path's shapes, valid or not.
    Such a text gets no second reading: dateparser cannot make ``44 Nov 2019`` a date either, and
    loading it costs more than extracting an article."""
    return any(pattern.search(text) for pattern in _PATTERNS)


def parse_date(value: str) -> str | None:
    """A date given as a value (a JSONL ``published`` field, an HTML meta tag) as ISO, or None."""
    value = _plain(value.strip())
    if not value:
        return None
    found = find_date(value)
    if found and _only_dateline_words(value[: found[1]] + " " + value[found[2] :]):
        return found[0]
    # ISO timestamps (2024-11-29T02:59:00+07:00) carry the date at the front.
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})[T ]", value)
    if iso:
        return _iso(iso.group(1), int(iso.group(2)), iso.group(3))
    if _date_shaped(value):
        return None
    return _fallback(value)


def dateline_date(line: str) -> str | None:
    """The date of a line that is nothing but a dateline (``Jum'at, 29 Nov 2024, 02:59 WIB``)."""
    line = _plain(line.strip())
    if not line or len(line) > 80:
        return None
    found = find_date(line)
    if found:
        if _only_dateline_words(line[: found[1]] + " " + line[found[2] :]):
            return found[0]
        return None
    # Rare shapes go to dateparser, but only for a short line that has a year at all.
    if len(line) <= 60 and len(line.split()) <= 8 and _YEAR.search(line) and not _date_shaped(line):
        return _fallback(line)
    return None


def lead_date(paragraph: str) -> str | None:
    """The date that opens a lead paragraph, as in ``Dikutip AFP, Kamis (31/10/2024), ...`` or
    ``JAKARTA, Kamis (31/10/2024) - ...``; None for a date inside the sentence or after ``Pada``."""
    head = _plain(paragraph[:120])
    found = find_date(head)
    if not found:
        return None
    iso, start, end = found
    prefix = _LEAD_PREFIX.match(head[:start])
    if not prefix or not _LEAD_SUFFIX.match(head[end:]):
        return None
    phrase = prefix.group("phrase")
    if phrase:
        words = phrase.split()
        if len(words) > 5 or words[0].lower() in _EVENT_OPENERS:
            return None
        if any(w.lower().strip("'") in WEEKDAYS or w.lower().strip(".") in _MONTHS for w in words):
            return None
    return iso
