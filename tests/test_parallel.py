"""kg.parallel.extract_stream: parallel extraction gives exactly the serial result, in order.

The stand-in extractors below are module-level so worker processes can unpickle them; they let the
tests make one article fail, or kill its worker, on purpose. The equality test uses the real
Extractor on articles written for this test.
"""

from __future__ import annotations

import itertools
import os

import pytest

from kg.errors import KgError, UsageError
from kg.model import Article, Entity, GraphDocument, Rejection, content_hash, entity_id
from kg.parallel import CHUNKS_PER_WORKER, extract_stream

# Written for these tests, not taken from the example articles.
SPEAKERS = ["Ana Lima", "Tomas Berg", "Sari Wulandari", "Kofi Mensah", "Lena Novak", "Rahul Mehta"]
STATES = ["Brasil", "Swedia", "Indonesia", "Ghana", "Ceko", "India", "Jepang", "Kanada"]
TEMPLATES = [
    "“Kami mendukung perundingan damai antara {s1} dan {s2},” kata Menteri Luar Negeri {s1} {p} di Jakarta pada hari Selasa.",
    "{p} mengatakan bahwa {s2} harus menghentikan uji coba rudal di dekat perbatasan {s1}.",
    "Juru bicara PBB menyatakan bahwa delegasi {s1} akan tiba di Jenewa minggu depan untuk membahas bantuan pangan.",
    "Menurut {p}, kerja sama ekonomi dengan {s2} meningkat tajam sejak tahun lalu.",
    "“Tidak ada alasan untuk menunda pemilu,” ujar {p} kepada wartawan di {s2}.",
]


def make_article(i: int) -> Article:
    p, s1, s2 = SPEAKERS[i % len(SPEAKERS)], STATES[i % len(STATES)], STATES[(i * 3 + 1) % len(STATES)]
    sentences = [TEMPLATES[(i + k) % len(TEMPLATES)].format(p=p, s1=s1, s2=s2) for k in range(3 + i % 3)]
    text = "\n\n".join(sentences) + f"\n\nLaporan nomor {i} ditutup."
    return Article(id=content_hash(text), source=f"/tmp/articles/{i:03d}.txt", name=f"{i:03d}.txt", text=text)


class CapitalisedWords:
    """Stand-in extractor: one Person per capitalised word. Marker words make it fail."""

    def extract(self, article: Article) -> GraphDocument:
        if "MELEDAK" in article.text:
            raise ValueError("tanda MELEDAK ditemukan")
        if "MATIKAN" in article.text:
            os._exit(3)  # what a crash in native code or the OOM killer looks like to the parent
        words = sorted({w.strip(".,“”") for w in article.text.split() if w[:1].isupper()})
        entities = tuple(Entity(id=entity_id("Person", w), type="Person", name=w) for w in words if w)
        return GraphDocument(article=article, entities=entities)


def capitalised_words() -> CapitalisedWords:
    return CapitalisedWords()


def broken_factory() -> CapitalisedWords:
    raise RuntimeError("data file tidak ada")


def plain(i: int, text: str) -> Article:
    return Article(id=content_hash(text), source=f"mem:{i}", name=f"{i}", text=text)


def test_two_workers_give_exactly_the_serial_documents_with_the_real_extractor():
    articles = [make_article(i) for i in range(14)]

    serial = list(extract_stream(articles, workers=1))
    parallel = list(extract_stream(articles, workers=2, chunk_size=2))

    assert all(isinstance(d, GraphDocument) for d in serial)
    assert any(d.entities for d in serial), "the extractor found nothing; the comparison would be empty"
    assert parallel == serial
    assert [d.article.source for d in parallel] == [a.source for a in articles]


@pytest.mark.parametrize("start_method", ["fork", "forkserver"])
def test_rejections_pass_through_in_their_place(start_method):
    items: list[Article | Rejection] = []
    for i in range(11):
        items.append(plain(i, f"Berita {i} dari Oslo dan Lima."))
        if i % 4 == 0:
            items.append(Rejection(f"mem:bad{i}", "the file is empty"))

    serial = list(extract_stream(items, workers=1, extractor_factory=capitalised_words))
    parallel = list(extract_stream(items, workers=2, extractor_factory=capitalised_words, chunk_size=3, start_method=start_method))

    assert parallel == serial
    assert [r.source if isinstance(r, Rejection) else r.article.source for r in parallel] == [
        it.source for it in items
    ]
    assert [r for r in parallel if isinstance(r, Rejection)] == [it for it in items if isinstance(it, Rejection)]


@pytest.mark.parametrize("workers", [1, 2])
def test_an_article_whose_extraction_raises_becomes_a_rejection(workers):
    items = [plain(0, "Pagi di Oslo."), plain(1, "Ini MELEDAK di Lima."), plain(2, "Sore di Quito.")]

    out = list(extract_stream(items, workers=workers, extractor_factory=capitalised_words, chunk_size=1))

    assert out[1] == Rejection("mem:1", "extraction failed: ValueError: tanda MELEDAK ditemukan")
    assert [d.article.source for d in (out[0], out[2])] == ["mem:0", "mem:2"]
    assert {e.name for e in out[2].entities} == {"Sore", "Quito"}


def test_a_worker_that_dies_costs_only_its_own_article():
    items = [plain(i, f"Kabar {i} dari Oslo.") for i in range(10)]
    items[4] = plain(4, "Kabar MATIKAN dari Lima.")

    out = list(extract_stream(items, workers=2, extractor_factory=capitalised_words, chunk_size=2))

    assert out[4] == Rejection("mem:4", "extraction failed: the worker process extracting it died (killed or out of memory)")
    others = [r for i, r in enumerate(out) if i != 4]
    assert all(isinstance(r, GraphDocument) for r in others)
    assert [r.article.source for r in others] == [f"mem:{i}" for i in range(10) if i != 4]


def test_an_extractor_that_cannot_start_in_a_worker_is_one_clear_error():
    with pytest.raises(KgError) as caught:
        list(extract_stream([plain(0, "Oslo.")], workers=2, extractor_factory=broken_factory))
    assert str(caught.value) == (
        "The extractor could not start in a worker process: RuntimeError: data file tidak ada. "
        "Run with --workers 1 to see the full error."
    )


def test_work_in_flight_is_bounded_so_memory_stays_flat():
    consumed = 0

    def endless_enough():
        nonlocal consumed
        for i in itertools.count():
            consumed += 1
            yield plain(i, f"Kabar {i} dari Oslo.")
            if i > 100_000:
                return

    stream = extract_stream(endless_enough(), workers=2, extractor_factory=capitalised_words, chunk_size=2)
    first = list(itertools.islice(stream, 5))
    stream.close()

    assert [d.article.source for d in first] == [f"mem:{i}" for i in range(5)]
    # the window of chunks in flight, plus the chunk being filled
    assert consumed <= (2 * CHUNKS_PER_WORKER + 1) * 2 + 5


def test_serial_extraction_builds_the_extractor_once_and_only_when_needed():
    built = []

    def counting_factory():
        built.append(1)
        return CapitalisedWords()

    rejections_only = [Rejection("mem:a", "the file is empty"), Rejection("mem:b", "not UTF-8")]
    assert list(extract_stream(rejections_only, extractor_factory=counting_factory)) == rejections_only
    assert built == []

    out = list(extract_stream([plain(i, f"Hari {i} di Oslo.") for i in range(6)], extractor_factory=counting_factory))
    assert len(out) == 6 and built == [1]


def test_zero_workers_is_a_usage_error():
    with pytest.raises(UsageError) as caught:
        extract_stream([], workers=0)
    assert str(caught.value) == "workers must be 1 or more, not 0."
