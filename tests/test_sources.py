"""Sources: files into Articles. Every test writes its own small files in tmp_path, with sentences
written for these tests, and reads them through the public ``read_articles``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.loaders.sources import article_from_text, parse_date, read_articles
from kg.model import Article, Rejection, content_hash

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
GOLD = Path("/work/shared/gold")

BODY = (
    "Menteri Luar Negeri Arunika Wibowo mengatakan bahwa perundingan dagang dengan Vietnam akan dilanjutkan pekan depan.\n"
    "\n"
    "“Kami berharap kesepakatan tercapai sebelum akhir tahun,” kata Arunika kepada wartawan di Hanoi."
)


@pytest.fixture
def tmp_path(tmp_path: Path) -> Path:
    # Sources are resolved absolute paths; a resolved tmp_path makes expected strings exact anywhere.
    return tmp_path.resolve()


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_bytes(text.encode("utf-8"))
    return path


def read_all(*paths: Path | str) -> list[Article | Rejection]:
    return list(read_articles([str(p) for p in paths]))


def one_article(tmp_path: Path, text: str, name: str = "berita.txt") -> Article:
    items = read_all(write(tmp_path / name, text))
    assert len(items) == 1
    assert isinstance(items[0], Article), items[0]
    return items[0]


# --- headline ------------------------------------------------------------------------------------


def test_headline_followed_by_blank_line_becomes_title(tmp_path):
    article = one_article(tmp_path, "Vietnam dan Indonesia Lanjutkan Perundingan Dagang\n\n" + BODY)
    assert article.title == "Vietnam dan Indonesia Lanjutkan Perundingan Dagang"
    assert article.text == BODY


def test_headline_followed_directly_by_body_becomes_title(tmp_path):
    article = one_article(tmp_path, "Perundingan Dagang Dilanjutkan\n" + BODY)
    assert article.title == "Perundingan Dagang Dilanjutkan"
    assert article.text.startswith("Menteri Luar Negeri Arunika Wibowo")


def test_first_sentence_is_not_a_headline(tmp_path):
    # Short but ends with a period: the body's first sentence, not a headline.
    article = one_article(tmp_path, "Perundingan dagang dilanjutkan.\n\n" + BODY)
    assert article.title is None
    assert article.text.startswith("Perundingan dagang dilanjutkan.")


def test_long_first_line_is_not_a_headline(tmp_path):
    first = " ".join(["kata"] * 30).capitalize()
    article = one_article(tmp_path, first + "\n\n" + BODY)
    assert article.title is None
    assert article.text.startswith(first)


def test_lone_line_is_body_not_headline(tmp_path):
    article = one_article(tmp_path, "Perundingan dagang dilanjutkan pekan depan")
    assert article.title is None
    assert article.text == "Perundingan dagang dilanjutkan pekan depan"


# --- dateline ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "dateline, iso",
    [
        ("Jum'at, 7 Mar 2025, 09:15 WIB", "2025-03-07"),
        ("Selasa, 4 Februari 2025 | 18:20 WITA", "2025-02-04"),
        ("Minggu (16/3/2025)", "2025-03-16"),
        ("2025-01-09", "2025-01-09"),
        ("Diperbarui: Rabu, 12 Nopember 2025 07.30 WIB", "2025-11-12"),
    ],
)
def test_dateline_becomes_published_and_leaves_the_body(tmp_path, dateline, iso):
    article = one_article(tmp_path, f"{dateline}\n\nPerundingan Dagang Dilanjutkan\n\n{BODY}")
    assert article.published == iso
    assert article.title == "Perundingan Dagang Dilanjutkan"
    assert article.text == BODY


def test_dateline_after_headline(tmp_path):
    article = one_article(tmp_path, f"Perundingan Dagang Dilanjutkan\nSenin, 3 Maret 2025 14:10 WIB\n\n{BODY}")
    assert (article.title, article.published) == ("Perundingan Dagang Dilanjutkan", "2025-03-03")
    assert article.text == BODY


def test_dateline_without_year_is_not_a_date(tmp_path):
    article = one_article(tmp_path, f"Senin, 3 Maret\n\n{BODY}")
    assert article.published is None


# --- source tag ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "opening, publisher, body_start",
    [
        ("KABARSELATAN.COM – ", "Kabarselatan.com", "Menteri Luar"),
        ("warta.example — ", "warta.example", "Menteri Luar"),
        ("SuaraPagi. ", "SuaraPagi", "Menteri Luar"),
        ("BERITAKITA.CO, Medan - ", "Beritakita.co", "Medan - Menteri Luar"),
        ("MEDAN, harian.example - ", "harian.example", "MEDAN - Menteri Luar"),
        ("Medan (KANTORWARTA) - ", "KANTORWARTA", "Medan - Menteri Luar"),
        ("Medan, Warta TV -- ", "Warta TV", "Medan -- Menteri Luar"),
        ("Medan, KWN Nusantara – ", "KWN Nusantara", "Medan – Menteri Luar"),
    ],
)
def test_source_tag_becomes_publisher(tmp_path, opening, publisher, body_start):
    article = one_article(tmp_path, opening + BODY)
    assert article.publisher == publisher
    assert article.text.startswith(body_start)
    assert article.text.endswith("kepada wartawan di Hanoi.")


def test_place_dateline_stays_in_the_body(tmp_path):
    article = one_article(tmp_path, "JAKARTA - " + BODY)
    assert article.publisher is None
    assert article.text == "JAKARTA - " + BODY


def test_place_and_region_dateline_stays_in_the_body(tmp_path):
    article = one_article(tmp_path, "Medan, Sumatera Utara - " + BODY)
    assert article.publisher is None
    assert article.text == "Medan, Sumatera Utara - " + BODY


def test_outlet_line_under_the_headline_and_comma_captions(tmp_path):
    text = (
        "Perundingan Dagang Dilanjutkan\n\nKWN News Indonesia\n\n3 Maret 2025\n\nSumber gambar, Kantor Foto\n\n"
        "Keterangan gambar, Para delegasi tiba di Hanoi.\n\n" + BODY + "\n"
    )
    article = one_article(tmp_path, text)
    assert (article.title, article.publisher, article.published) == ("Perundingan Dagang Dilanjutkan", "KWN News Indonesia", "2025-03-03")
    assert article.text == BODY


@pytest.mark.parametrize(
    "text, publisher, published, body",
    [
        pytest.param(
            "Perundingan Dagang Dilanjutkan\n\nNadia Prameswari\n\nSelasa, 4 Maret 2025 - 09:17:00 WIB\n\n"
            "Para delegasi tiba di Hanoi untuk putaran kedua perundingan. (Foto: Reuters)\n\n"
            "HANOI, harian.example - " + BODY + "\n",
            "harian.example", "2025-03-04",
            "Para delegasi tiba di Hanoi untuk putaran kedua perundingan. (Foto: Reuters)\n\nHANOI - " + BODY,
            id="byline-and-time",
        ),
        pytest.param(
            "Perundingan Dagang Dilanjutkan\nwartakita.example - Internasional\nNadia Prameswari • 4 Maret 2025 09:17\n\n"
            "Para delegasi tiba di Hanoi untuk putaran kedua perundingan. (Foto: AFP)\n\n"
            "Hanoi: " + BODY + "\n\n(Joko Santoso Prabowo)\n\nCek Berita dan Artikel yang lain di Mesin Berita\n",
            "wartakita.example", "2025-03-04",
            "Para delegasi tiba di Hanoi untuk putaran kedua perundingan. (Foto: AFP)\n\nHanoi: " + BODY,
            id="outlet-section-bullet-byline-colon-dateline",
        ),
    ],
)
def test_header_lines_above_the_dateline_are_dropped_and_the_caption_stays(tmp_path, text, publisher, published, body):
    article = one_article(tmp_path, text)
    assert (article.publisher, article.published) == (publisher, published)
    assert article.text == body


def test_writer_lines_and_editor_picks_are_furniture(tmp_path):
    text = (
        "Perundingan Dagang Dilanjutkan\n\nAuthor, Nadia Prameswari\nRole, Warta Siaran Indonesia\n4 Maret 2025\n\n"
        + BODY + "\n\nPilihan Editor: Harga Beras Naik Lagi di Tiga Provinsi\n\nBaca: Menteri Baru Dilantik Hari Ini\n\n"
        "Saksikan video di bawah ini:\n\nVideo: Delegasi Tiba di Hanoi\n"
    )
    article = one_article(tmp_path, text)
    assert article.published == "2025-03-04"
    assert article.text == BODY


def test_writer_dash_outlet_line_gives_publisher(tmp_path):
    text = "Perundingan Dagang Dilanjutkan\n\nNadia Prameswari - wartaKita\n\nJumat, 7 Mar 2025 13:47 WIB\n\nHanoi - " + BODY
    article = one_article(tmp_path, text)
    assert (article.publisher, article.published) == ("wartaKita", "2025-03-07")
    assert article.text == "Hanoi - " + BODY


def test_outlet_acronym_and_place_before_a_colon(tmp_path):
    article = one_article(tmp_path, "KWN, Medan: " + BODY)
    assert (article.publisher, article.text) == ("KWN", "Medan: " + BODY)


def test_outlet_tag_without_a_place_named_again_in_the_footer(tmp_path):
    text = "WARTA – " + BODY + "\n\nTags: Vietnam, Perdagangan\nWARTA.example\n"
    article = one_article(tmp_path, text)
    assert (article.publisher, article.text) == ("WARTA.example", BODY)


def test_keyword_and_category_lines_open_the_footer(tmp_path):
    for footer in ("Editor: Bayu Aji\nKeyword: Vietnam, Perdagangan\n", "Kategori: Internasional | harian.example\n"):
        assert one_article(tmp_path, BODY + "\n\n" + footer).text == BODY


@pytest.mark.parametrize(
    "header, iso",
    [
        ("Nadia Prameswari, Jurnalis-Rabu, 10 September 2025 |15:47 WIB", "2025-09-10"),
        ("Reporter : Nadia Prameswari | Selasa, 18 November 2025 10:24", "2025-11-18"),
        ("Update: 1 November 2025 17:42 WIB", "2025-11-01"),
        ("Oleh: Nadia Prameswari - 2 Mei 2025 16:10 WIB", "2025-05-02"),
    ],
)
def test_writer_and_posting_time_lines_under_the_headline(tmp_path, header, iso):
    text = f"Perundingan Dagang Dilanjutkan\n\n{header}\n\nHANOI - " + BODY
    article = one_article(tmp_path, text)
    assert (article.published, article.text) == (iso, "HANOI - " + BODY)


def test_writers_names_and_reporter_of_outlet_lines(tmp_path):
    for header, publisher in (("Nadia Prameswari | Bayu Aji", None), ("Laporan Wartawan harian.example, Nadia Prameswari", "harian.example")):
        article = one_article(tmp_path, f"Perundingan Dagang Dilanjutkan\n\n{header}\n\nHANOI - " + BODY)
        assert (article.publisher, article.text) == (publisher, "HANOI - " + BODY)


def test_closing_section_tag_and_read_more_lines_name_the_outlet(tmp_path):
    for footer, publisher in (("(harian.example - Politik)", "harian.example"), ("Simak berita terkini lainnya hanya di harian.example", "harian.example")):
        article = one_article(tmp_path, BODY + "\n\nBaca juga artikel terkait PERDAGANGAN atau tulisan lainnya dari Bayu Aji\n\n" + footer + "\n")
        assert (article.publisher, article.text) == (publisher, BODY)


@pytest.mark.parametrize("footer, publisher", [
    ("Lihat berita internasional lainnya hanya di WARTAnews.", "WARTAnews"),
    ("Simak update berita dan artikel lainnya di harian.example", "harian.example"),
    ("Artikel ini diadaptasi dari artikel KWN berbahasa Inggris.", "KWN"),
])
def test_closing_lines_that_name_the_outlet_or_the_edition_it_belongs_to(tmp_path, footer, publisher):
    article = one_article(tmp_path, BODY + "\n\n" + footer + "\n")
    assert (article.publisher, article.text) == (publisher, BODY)


def test_a_dateline_place_with_a_lower_case_particle(tmp_path):
    article = one_article(tmp_path, "Dar es Salaam (KWN) - " + BODY)
    assert (article.publisher, article.text) == ("KWN", "Dar es Salaam - " + BODY)


def test_writer_and_editor_lines_at_the_end_are_dropped_and_the_source_line_stays(tmp_path):
    article = one_article(tmp_path, BODY + "\n\nPenulis : Nadia Prameswari\nEditor : Bayu Aji\nSumber : Reuters, AFP\n")
    assert article.text == BODY + "\n\nSumber : Reuters, AFP"


def test_writer_name_alone_in_brackets_at_the_end_is_dropped(tmp_path):
    article = one_article(tmp_path, BODY + "\n\n(Nadia Dwi Prameswari)\n")
    assert article.text == BODY


def test_short_editor_label_is_dropped(tmp_path):
    article = one_article(tmp_path, "Perundingan Dagang Dilanjutkan\nRed: Nadia Prameswari\n\n" + BODY)
    assert article.text == BODY


def test_byline_gives_the_tag_its_proper_casing_and_is_dropped(tmp_path):
    article = one_article(tmp_path, "KABARSELATAN.COM – " + BODY + "\n(KabarSelatan.com, Nadia Prameswari)\n")
    assert article.publisher == "KabarSelatan.com"
    assert article.text.endswith("kepada wartawan di Hanoi.")
    assert "Nadia" not in article.text


def test_lone_outlet_line_at_the_end_is_publisher(tmp_path):
    article = one_article(tmp_path, BODY + "\nWartaTimur.id\n")
    assert article.publisher == "WartaTimur.id"
    assert article.text == BODY


def test_outlet_line_above_the_headline_is_publisher(tmp_path):
    article = one_article(tmp_path, "WartaTimur.id\nOleh: Bayu Aji\nPerundingan Dagang Dilanjutkan\n\n" + BODY)
    assert (article.publisher, article.title, article.text) == ("WartaTimur.id", "Perundingan Dagang Dilanjutkan", BODY)


@pytest.mark.parametrize("order", ["headline first", "outlet line first"])
def test_outlet_and_date_line_with_a_tagged_paragraph(tmp_path, order):
    headline, stamp = "Perundingan Dagang Dilanjutkan", "Warta.example - 14/03/2025, 11:05 WIB"
    top = f"{headline}\n\n{stamp}" if order == "headline first" else f"{stamp}\n{headline}"
    article = one_article(tmp_path, f"{top}\n\nMEDAN, WARTA.example - {BODY}")
    assert (article.title, article.publisher, article.published) == (headline, "Warta.example", "2025-03-14")
    assert article.text == "MEDAN - " + BODY


def test_bracketed_byline_alone_gives_publisher(tmp_path):
    article = one_article(tmp_path, BODY + "\n\n(warta.example/Joko Santoso)")
    assert article.publisher == "warta.example"
    assert article.text == BODY


# --- footer --------------------------------------------------------------------------------------


def test_trailing_bylines_tags_and_share_lines_are_dropped(tmp_path):
    footer = "\n\nRedaktur: Sinta Lestari\n\nPenulis: Bayu Aji\n\nEditor: Rina\n\nTag Terkait:\nVietnam\nPerdagangan\n\nBagikan:\n"
    article = one_article(tmp_path, BODY + footer)
    assert article.text == BODY
    assert article.publisher is None


def test_editor_initials_and_section_labels_at_the_end_are_dropped(tmp_path):
    article = one_article(tmp_path, BODY + "(abc/de)\n\nKABAR ASIA\n\nBERITA\n")
    assert article.text == BODY


def test_source_credits_and_photo_credits_stay(tmp_path):
    text = "Foto: Reuters/Ani Wijaya\n\n" + BODY + " XYZ/ABC/Q-7"
    article = one_article(tmp_path, text)
    assert article.text == text


def test_the_agencies_a_footer_names_as_sources_stay_as_the_last_line(tmp_path):
    article = one_article(tmp_path, BODY + "\n\nSumber : Reuters/ABC\nEditor: Bayu Aji\n(abc/de)\n")
    assert article.text == BODY + "\n\nSumber : Reuters/ABC"


def test_a_footer_source_line_naming_the_outlet_itself_goes(tmp_path):
    article = one_article(tmp_path, "KWN, Medan: " + BODY + "\n\nSumber: KWN\n")
    assert (article.publisher, article.text) == ("KWN", "Medan: " + BODY)


def test_a_section_writer_and_outlet_line_under_the_headline(tmp_path):
    text = "Perundingan Dagang Dilanjutkan\n\nNEWS - Nadia Prameswari, KWN Indonesia\n\nHanoi - " + BODY
    article = one_article(tmp_path, text)
    assert (article.publisher, article.text) == ("KWN Indonesia", "Hanoi - " + BODY)


@pytest.mark.parametrize("footer", [
    "[Gambas:Video KWN]\n",
    "Artikel Selanjutnya\nPanen Raya Dimulai Bulan Depan\n",
    'Simak Video "Video: Panen Raya Dimulai"\n',
])
def test_video_embeds_and_next_article_links_are_dropped(tmp_path, footer):
    assert one_article(tmp_path, BODY + "\n\n" + footer).text == BODY


def test_a_no_scraping_notice_under_the_copyright_line_is_footer(tmp_path):
    footer = ("Pewarta: Bayu Aji\nCopyright © KWN 2025\nDilarang keras mengambil konten, melakukan crawling atau pengindeksan "
              "otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita KWN.\n")
    assert one_article(tmp_path, BODY + "\n\n" + footer).text == BODY


def test_a_read_also_heading_without_a_colon_drops_its_list_of_links(tmp_path):
    first, second = BODY.split("\n\n")
    text = (f"{first}\n\nBaca Juga\n\nHarga Beras Naik di Pasar Induk\nPanen Raya Dimulai Bulan Depan\n\n"
            f"Perundingan Berlanjut\n\n{second}\n")
    assert one_article(tmp_path, text).text == f"{first}\n\nPerundingan Berlanjut\n\n{second}"


def test_read_also_lines_are_dropped_anywhere(tmp_path):
    first, second = BODY.split("\n\n")
    text = f"{first}\n\nBaca juga: Harga Beras Naik di Pasar Induk\n\n{second}\n\nBaca juga:\nPanen Raya Dimulai Bulan Depan\n"
    article = one_article(tmp_path, text)
    assert article.text == f"{first}\n\n{second}"


# --- lead-paragraph date -------------------------------------------------------------------------


def test_date_opening_a_lead_paragraph_gives_published(tmp_path):
    text = "pelita.example – " + BODY.replace("\n\n", "\n\nDilansir Reuters, Selasa (4/3/2025), ", 1)
    article = one_article(tmp_path, text)
    assert article.published == "2025-03-04"
    assert "Dilansir Reuters, Selasa (4/3/2025), “Kami" in article.text


def test_event_date_inside_a_sentence_is_not_published(tmp_path):
    text = "Pasukan penjaga perdamaian tiba di perbatasan pada Selasa (4/3/2025), kata pejabat militer.\n\n" + BODY
    assert one_article(tmp_path, text).published is None


def test_event_date_after_pada_is_not_published(tmp_path):
    text = "Pada Selasa (4/3/2025), pasukan penjaga perdamaian tiba di perbatasan.\n\n" + BODY
    assert one_article(tmp_path, text).published is None


# --- encodings -----------------------------------------------------------------------------------


def test_bom_and_crlf_are_normalised(tmp_path):
    text = "Perundingan Dagang Dilanjutkan\n\n" + BODY + "\n"
    plain = one_article(tmp_path / "a", text)
    windows = one_article(tmp_path / "b", "\ufeff" + text.replace("\n", "\r\n"))
    assert "\r" not in windows.text and "\ufeff" not in windows.text
    assert windows.title == plain.title == "Perundingan Dagang Dilanjutkan"
    assert windows.text == plain.text == BODY
    assert windows.id == plain.id == content_hash(text)


def test_file_without_extension_is_read_as_text(tmp_path):
    article = one_article(tmp_path, BODY, name="catatan")
    assert article.name == "catatan"
    assert article.text == BODY


# --- ids, keys, order ----------------------------------------------------------------------------


def test_ids_and_sources_are_stable_and_edits_change_the_id(tmp_path):
    path = write(tmp_path / "berita.txt", BODY)
    first, second = read_all(path), read_all(path)
    assert first == second
    assert first[0].source == str(path.resolve())
    assert first[0].name == "berita.txt"
    write(path, BODY + " Perundingan ditutup dengan makan malam.")
    edited = read_all(path)[0]
    assert edited.source == first[0].source
    assert edited.id != first[0].id


def test_folders_are_walked_recursively_in_sorted_order(tmp_path):
    for rel in ["b/2.txt", "b/1.txt", "a.txt", "c/d/x.txt", "b/sub/0.txt", ".tersembunyi/z.txt", "b/catatan.md"]:
        write(tmp_path / rel, BODY + " " + rel)
    names = [item.source for item in read_all(tmp_path)]
    expected = ["a.txt", "b/1.txt", "b/2.txt", "b/sub/0.txt", "c/d/x.txt"]
    assert names == [str((tmp_path / rel).resolve()) for rel in expected]


def test_a_file_reached_twice_is_read_once(tmp_path):
    path = write(tmp_path / "berita.txt", BODY)
    items = read_all(path, tmp_path, path)
    assert [item.source for item in items] == [str(path.resolve())]


def test_reading_is_streamed_one_file_at_a_time(tmp_path):
    first = write(tmp_path / "1.txt", BODY)
    second = write(tmp_path / "2.txt", BODY + " Tambahan.")
    stream = read_articles([str(first), str(second)])
    assert isinstance(next(stream), Article)
    second.unlink()  # not yet touched: the stream reads it only when asked for the next item
    assert next(stream) == Rejection(str(second.resolve()), "no such file or folder")


def test_string_path_is_one_path(tmp_path):
    path = write(tmp_path / "berita.txt", BODY)
    assert [a.source for a in read_articles(str(path))] == [str(path.resolve())]


# --- bad input -----------------------------------------------------------------------------------


def test_bad_inputs_each_get_one_line_and_the_batch_goes_on(tmp_path):
    good = write(tmp_path / "baik.txt", BODY)
    empty = write(tmp_path / "kosong.txt", "")
    blank = write(tmp_path / "spasi.txt", "  \n\n \r\n")
    binary = write(tmp_path / "gambar.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = write(tmp_path / "latin.txt", "Pertemuan di Montréal berjalan lancar.".encode("latin-1"))
    only_meta = write(tmp_path / "judul.txt", "Redaktur: Sinta Lestari\n\nBagikan:\n")
    missing = tmp_path / "tidak-ada.txt"
    no_articles = tmp_path / "kosong-folder"
    write(no_articles / "catatan.md", "bukan artikel")
    other = write(tmp_path / "data.csv", "a,b\n1,2\n")

    items = read_all(empty, missing, good, blank, binary, latin, only_meta, no_articles, other)
    lines = [str(item) if isinstance(item, Rejection) else "ARTICLE " + item.name for item in items]
    assert lines == [
        f"{empty}: empty file",
        f"{missing}: no such file or folder",
        "ARTICLE baik.txt",
        f"{blank}: empty file",
        f"{binary}: not UTF-8 text (binary or another encoding)",
        f"{latin}: not UTF-8 text (binary or another encoding)",
        f"{only_meta}: no article text (only a headline and metadata lines)",
        f"{no_articles}: no articles found (looked for .txt, .jsonl, .html, .htm and text files without extension)",
        f"{other}: not an article file (kg reads .txt, .jsonl, .html, .htm and text files without extension)",
    ]


def test_binary_file_without_extension_in_a_folder_is_rejected(tmp_path):
    write(tmp_path / "a.txt", BODY)
    blob = write(tmp_path / "blob", bytes(range(256)))
    items = read_all(tmp_path)
    assert isinstance(items[0], Article)
    assert items[1] == Rejection(str(blob), "not UTF-8 text (binary or another encoding)")


# --- JSON Lines ----------------------------------------------------------------------------------


def jsonl(path: Path, *rows: object) -> Path:
    lines = [row if isinstance(row, str) else json.dumps(row, ensure_ascii=False) for row in rows]
    return write(path, "\n".join(lines) + "\n")


def test_jsonl_articles_keys_and_fields(tmp_path):
    path = jsonl(
        tmp_path / "korpus.jsonl",
        {"id": "kb-1", "text": BODY, "title": "Perundingan Berlanjut", "url": "https://warta.example/1", "publisher": "Warta", "published": "7 Maret 2025"},
        "",
        {"text": "SuaraPagi. " + BODY, "url": "https://warta.example/2"},
        {"text": "Rabu, 5 Mar 2025\n\nJudul Yang Diangkat\n\n" + BODY},
        {"id": 42, "text": BODY, "published": "2025-03-01T08:00:00+07:00"},
    )
    items = read_all(path)
    assert all(isinstance(a, Article) for a in items), items
    first, second, third, fourth = items
    base = str(path.resolve())
    assert (first.source, first.name, first.title, first.url, first.publisher, first.published) == (
        f"{base}#kb-1", "kb-1", "Perundingan Berlanjut", "https://warta.example/1", "Warta", "2025-03-07")
    assert first.text == BODY
    assert (second.source, second.name, second.publisher, second.text) == (
        f"{base}#https://warta.example/2", "korpus.jsonl#line-3", "SuaraPagi", BODY)
    assert (third.source, third.name, third.title, third.published) == (
        f"{base}#line-4", "korpus.jsonl#line-4", "Judul Yang Diangkat", "2025-03-05")
    assert (fourth.source, fourth.name, fourth.published) == (f"{base}#42", "42", "2025-03-01")
    assert read_all(path) == items  # the same on every run


def test_jsonl_given_fields_win_over_lifted_ones(tmp_path):
    path = jsonl(tmp_path / "k.jsonl", {"text": "Rabu, 5 Mar 2025\n\nJudul Dari Teks\n\nSuaraPagi. " + BODY,
                                         "title": "Judul Dari Data", "publisher": "Suara Pagi", "published": "2025/03/06"})
    (article,) = read_all(path)
    assert (article.title, article.publisher, article.published) == ("Judul Dari Data", "Suara Pagi", "2025-03-06")
    assert article.text == BODY


def test_jsonl_edit_changes_id_but_not_source(tmp_path):
    path = jsonl(tmp_path / "k.jsonl", {"id": "x", "text": BODY})
    before = read_all(path)[0]
    jsonl(path, {"id": "x", "text": BODY, "title": "Judul Baru"})
    after = read_all(path)[0]
    assert after.source == before.source and after.id != before.id


def test_jsonl_bad_lines_are_rejected_one_by_one(tmp_path):
    path = write(
        tmp_path / "k.jsonl",
        "\n".join([
            json.dumps({"id": "a", "text": BODY}),
            '{"id": "b", "text": ',
            json.dumps(["bukan", "objek"]),
            json.dumps({"id": "c", "judul": "tanpa teks"}),
            json.dumps({"id": "d", "text": "   "}),
            json.dumps({"id": "e", "text": 12}),
            json.dumps({"id": "f", "text": BODY, "published": "kemarin"}),
            json.dumps({"id": "a", "text": BODY + " Lagi."}),
            json.dumps({"id": "g", "text": BODY, "title": ["x"]}),
        ]).encode("utf-8") + b"\n" + b'{"id": "h", "text": "Caf\xe9"}\n' + json.dumps({"id": "i", "text": BODY}).encode() + b"\n",
    )
    items = read_all(path)
    lines = [str(item) if isinstance(item, Rejection) else "ARTICLE " + item.name for item in items]
    assert lines == [
        "ARTICLE a",
        f"{path}: line 2: not valid JSON (Expecting value at column 21)",
        f"{path}: line 3: not a JSON object",
        f'{path}: line 4: no "text" field',
        f'{path}: line 5: "text" is empty',
        f'{path}: line 6: "text" is not a string',
        f'{path}: line 7: "published" is not a date ("kemarin")',
        f'{path}: line 8: id "a" already used on line 1; give each article its own',
        f'{path}: line 9: "title" is not a string',
        f"{path}: line 10: not UTF-8 text (binary or another encoding)",
        "ARTICLE i",
    ]


def test_jsonl_empty_and_binary_files(tmp_path):
    empty = write(tmp_path / "a.jsonl", "\n\n  \n")
    binary = write(tmp_path / "b.jsonl", b"\x00\x01\x02{}")
    assert read_all(empty, binary) == [
        Rejection(str(empty), "empty file"),
        Rejection(str(binary), "not UTF-8 text (binary or another encoding)"),
    ]


def test_jsonl_with_bom_and_crlf(tmp_path):
    path = write(tmp_path / "k.jsonl", "\ufeff" + json.dumps({"id": "w", "text": BODY.replace("\n", "\r\n")}) + "\r\n")
    (article,) = read_all(path)
    assert article.text == BODY


# --- HTML ----------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="{charset}">
<title>Pelabuhan Baru Dibuka Tahun Depan - Kabar Pesisir</title>
<meta property="og:site_name" content="Kabar Pesisir">
<meta property="og:url" content="https://kabarpesisir.example/berita/pelabuhan">
<meta property="article:published_time" content="2023-05-14T08:00:00+07:00">
<meta property="og:title" content="Pelabuhan Baru Dibuka Tahun Depan">
</head><body>
<nav><a href="/">Beranda</a> <a href="/dunia">Dunia</a> <a href="/olahraga">Olahraga</a></nav>
<article><h1>Pelabuhan Baru Dibuka Tahun Depan</h1>
<p>SURABAYA - Menteri Perhubungan Budi Santoso mengatakan bahwa pelabuhan baru di pesisir utara akan dibuka tahun depan untuk kapal kargo dari berbagai negara.</p>
<p>"Kami ingin pelabuhan ini menjadi pintu masuk utama perdagangan kawasan," kata Budi kepada wartawan di {city} pada hari Minggu.</p>
<p>Ia menambahkan bahwa pemerintah telah menyiapkan anggaran khusus untuk pembangunan jalan akses menuju pelabuhan tersebut.</p>
</article>
<footer>Hak cipta 2023 Kabar Pesisir. Semua hak dilindungi.</footer>
</body></html>
"""


def test_html_main_text_and_metadata(tmp_path):
    path = write(tmp_path / "halaman.html", PAGE.format(charset="utf-8", city="Surabaya"))
    (article,) = read_all(path)
    assert isinstance(article, Article), article
    assert (article.title, article.publisher, article.published, article.url) == (
        "Pelabuhan Baru Dibuka Tahun Depan", "Kabar Pesisir", "2023-05-14", "https://kabarpesisir.example/berita/pelabuhan")
    assert article.text.startswith("SURABAYA - Menteri Perhubungan Budi Santoso")
    assert article.text.endswith("menuju pelabuhan tersebut.")
    assert "Beranda" not in article.text and "Hak cipta" not in article.text
    assert (article.source, article.name) == (str(path.resolve()), "halaman.html")


def test_html_in_a_declared_charset(tmp_path):
    path = write(tmp_path / "lama.htm", PAGE.format(charset="windows-1252", city="Montréal").encode("cp1252"))
    (article,) = read_all(path)
    assert isinstance(article, Article), article
    assert "di Montréal pada hari Minggu" in article.text


def test_html_without_article_text(tmp_path):
    path = write(tmp_path / "kosong.html", '<html><head><title>Beranda</title></head><body><nav><a href="/">Menu</a></nav></body></html>')
    assert read_all(path) == [Rejection(str(path), "no article text found in the HTML page")]


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, iso",
    [
        ("29 Nov 2024", "2024-11-29"),
        ("Kamis (31/10/2024)", "2024-10-31"),
        ("2024-11-29", "2024-11-29"),
        ("Jum’at, 1 Agustus 2025, 10:00 WIB", "2025-08-01"),
        ("November 3, 2023", "2023-11-03"),
        ("3-Agu-2023", "2023-08-03"),  # not a fast-path shape: dateparser reads it
        ("kemarin", None),  # relative: would depend on today
        ("31/02/2024", None),  # no such day
        ("Maret 2024", None),  # no day: never guessed
    ],
)
def test_parse_date(value, iso):
    assert parse_date(value) == iso


def _dates_read_in_a_fresh_process(folder) -> tuple[list[str | None], bool]:
    """The published dates of a folder's articles, read in a new interpreter, and whether that loaded dateparser."""
    code = (
        "import json, sys; from kg.loaders.sources import read_articles;"
        f"items = list(read_articles([{str(folder)!r}]));"
        "print(json.dumps([a.published for a in items])); print('dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    return json.loads(out[0]), out[1] == "True"


def test_common_dates_do_not_need_dateparser(tmp_path):
    write(tmp_path / "a.txt", "Jum'at, 7 Mar 2025, 09:15 WIB\n\n" + BODY)
    write(tmp_path / "b.txt", "Dilansir Reuters, Selasa (4/3/2025), " + BODY)
    assert _dates_read_in_a_fresh_process(tmp_path) == (["2025-03-07", "2025-03-04"], False)


def test_impossible_dates_in_a_known_shape_do_not_load_dateparser(tmp_path):
    # No reader makes a day 44 a date; loading dateparser to find that out costs half a second.
    write(tmp_path / "a.txt", "Jum'at, 44 Nov 2019, 79:28 WIB\n\n" + BODY)
    assert _dates_read_in_a_fresh_process(tmp_path) == ([None], False)
    assert parse_date("44/11/2019") is None


def test_article_from_text_for_notebooks():
    article = article_from_text("SuaraPagi. " + BODY, source="catatan", name="catatan")
    assert (article.publisher, article.text, article.id) == ("SuaraPagi", BODY, content_hash("SuaraPagi. " + BODY))


# --- the user's corpus ---------------------------------------------------------------------------


@pytest.mark.skipif(not GOLD.is_dir(), reason="gold annotations not present")
def test_example_articles_match_gold_metadata():
    articles = [a for a in read_articles([str(EXAMPLES)])]
    assert all(isinstance(a, Article) for a in articles)
    got = {a.name: (a.title, a.publisher, a.published) for a in articles}
    want = {}
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        want[gold["article"]] = (gold["title"], gold["publisher"], gold["published"])
    assert got == want


@pytest.mark.parametrize("role", ["Role, KWN News Indonesia", "Peran, KWN News Indonesia"])
def test_the_writer_s_role_names_the_outlet(tmp_path, role):
    text = f"Perundingan Dagang Dilanjutkan\n\nPenulis, Nadia Prameswari\n{role}\n4 Maret 2025\n\n" + BODY + "\n"
    article = one_article(tmp_path, text)
    assert (article.publisher, article.published) == ("KWN News Indonesia", "2025-03-04")
    assert article.text == BODY


def test_a_writing_team_of_the_outlet_names_it_and_the_outlet_line_goes(tmp_path):
    text = ("Perundingan Dagang Dilanjutkan\nKWN News Indonesia\n\nInformasi artikel\nPenulis, Tim KWN News Indonesia\n"
            "4 Maret 2025\n\n" + BODY + "\n")
    article = one_article(tmp_path, text)
    assert (article.publisher, article.published) == ("KWN News Indonesia", "2025-03-04")
    assert article.text == BODY


@pytest.mark.parametrize("crumb, outlet", [("wartakita.example › Berita › Dunia", "wartakita.example"),
                                           ("Warta Kita > Internasional", "Warta Kita")])
def test_a_breadcrumb_names_the_outlet(tmp_path, crumb, outlet):
    text = f"Perundingan Dagang Dilanjutkan\n{crumb}\n\n" + BODY + "\n"
    article = one_article(tmp_path, text)
    assert article.publisher == outlet
    assert article.text == BODY


def test_a_tag_after_a_summary_and_a_caption(tmp_path):
    text = (
        "Perundingan Dagang Dilanjutkan\nPenulis: Nadia Prameswari\n4 Maret 2025\n\nIntinya sih...\n"
        "- Perundingan putaran kedua digelar di Hanoi.\n- Kedua negara menargetkan kesepakatan tahun ini.\n"
        "- Tarif baja masih menjadi ganjalan.\n\nPara delegasi tiba di Hanoi. (Dok. Kemlu)\n\n"
        "Jakarta, KWN Times - " + BODY + "\n"
    )
    assert one_article(tmp_path, text).publisher == "KWN Times"


def test_a_day_in_capitals_after_a_place_is_no_outlet(tmp_path):
    text = "Perundingan Dagang Dilanjutkan\n\nOleh NADIA PRAMESWARI\n\nHANOI, SELASA — " + BODY + "\n"
    article = one_article(tmp_path, text)
    assert article.publisher is None
    assert article.text == "HANOI, SELASA — " + BODY
