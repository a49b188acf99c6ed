"""`kg eval`: scoring as GUIDELINES.md defines it, on hand-made documents, the gold folder, and the CLI."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import InputError, UsageError
from kg.eval import EvalReport, Score, format_report, load_gold, score

GOLD_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "gold"


def ent(name: str, type_: str, *aliases: str) -> dict:
    return {"name": name, "type": type_, "aliases": list(aliases)}


def stmt(speaker: str | None, text: str, *about: str, kind: str = "indirect", cue: str = "mengatakan") -> dict:
    return {"speaker": speaker, "kind": kind, "cue": cue, "text": text, "about": list(about)}


def doc(article: str, entities: list[dict], statements: list[dict]) -> dict:
    return {"article": article, "title": None, "publisher": None, "published": None, "entities": entities, "statements": statements}


def one(gold_doc: dict, pred_doc: dict | None) -> EvalReport:
    return score({gold_doc["article"]: gold_doc}, {} if pred_doc is None else {pred_doc["article"]: pred_doc})


def counts(s: Score) -> tuple[int, int, int]:
    return (s.tp, s.pred, s.gold)


# A small world of our own: an invented minister, states and places.
GOLD = doc(
    "a.txt",
    [
        ent("Maria Santos", "Person", "Santos"),
        ent("Republik Selatan", "State", "RS", "Kota Perak"),
        ent("Negeri Awan", "State"),
        ent("Dewan Pantai", "Organization"),
        ent("Teluk Biru", "Place"),
    ],
    [
        stmt("Maria Santos", "Republik Selatan tidak akan menarik kapal dari Teluk Biru", "Republik Selatan", "Teluk Biru"),
        stmt("Republik Selatan", "perundingan dengan Negeri Awan ditunda sampai musim hujan", "Negeri Awan"),
        stmt(None, "Dewan Pantai sedang menyiapkan laporan baru", "Dewan Pantai"),
    ],
)


# --------------------------------------------------------------------------------------------
# Statements: the half-overlap rule and one-to-one matching


@pytest.mark.parametrize(
    ("gold_text", "pred_text", "found"),
    [
        # shorter side 4 tokens: 2 shared is exactly half -> found; 1 shared is not
        ("nelayan menolak aturan baru", "nelayan menolak hal yang lain", True),
        ("nelayan menolak aturan baru", "nelayan diam saja sekarang", False),
        # shorter side 3 tokens: 2 shared (>= 1.5) -> found, 1 shared -> not
        ("harga beras naik", "harga beras turun drastis minggu ini", True),
        ("harga beras naik", "harga gula turun drastis minggu ini", False),
        # case and punctuation do not count; tokens are word characters
        ("“Kami SIAP, kata mereka!”", "kami siap kata mereka", True),
        # a multiset: one shared 'yang' is one token however often the other side repeats it
        ("yang yang yang lain", "yang satu dua tiga", False),
        # a text without word characters matches nothing
        ("…", "…", False),
    ],
)
def test_half_overlap_rule(gold_text: str, pred_text: str, found: bool) -> None:
    report = one(doc("t.txt", [], [stmt(None, gold_text)]), doc("t.txt", [], [stmt(None, pred_text)]))
    assert counts(report.total.statements) == (int(found), 1, 1)


def test_each_gold_statement_matches_at_most_one_prediction() -> None:
    gold = doc("t.txt", [], [stmt(None, "pelabuhan itu ditutup selama tiga hari")])
    pred = doc("t.txt", [], [stmt(None, "pelabuhan itu ditutup selama tiga hari"), stmt(None, "pelabuhan itu ditutup selama tiga hari")])
    report = one(gold, pred)
    assert counts(report.total.statements) == (1, 2, 1)
    assert len(report.articles[0].errors.spurious_statements) == 1


def test_matching_is_maximal_where_greedy_by_overlap_would_lose_a_match() -> None:
    # P1 covers G1 fully (greedy takes that pair first) but also half of G2; P2 only half of G1.
    # Greedy would leave G2 and P2 unmatched; the maximal matching pairs P1-G2 and P2-G1.
    gold = doc("t.txt", [], [stmt(None, "presiden menolak usulan gencatan"), stmt(None, "senjata itu terlalu lemah")])
    pred = doc("t.txt", [], [stmt(None, "presiden menolak usulan gencatan senjata itu"), stmt(None, "presiden menolak tawaran baru")])
    assert counts(one(gold, pred).total.statements) == (2, 2, 2)


def test_more_matches_beat_one_closer_match() -> None:
    # P1 is G1 plus one word, so that word makes it match the two-word G2 too; P2 shares just
    # half of G1. The single pair P1-G1 overlaps more than P1-G2 and P2-G1 together, yet two
    # matches are what the rule asks for.
    long_text = ("pemerintah kota itu memutuskan menunda pembangunan jalan tol baru di sepanjang "
                 "pantai utara karena protes keras dari warga desa nelayan setempat")
    gold = doc("t.txt", [], [stmt(None, long_text), stmt(None, "kemarin sore")])
    pred = doc("t.txt", [], [
        stmt(None, long_text + " kemarin"),
        stmt(None, "pemerintah kota itu memutuskan menunda pembangunan jalan tol baru di sepanjang "
                   "wilayah barat demi menghemat anggaran yang sudah sangat terbatas tahun ini"),
    ])
    assert counts(one(gold, pred).total.statements) == (2, 2, 2)


@pytest.mark.parametrize("order", list(itertools.permutations(["Negeri Awan", "Republik Selatan", "Dewan Pantai"])))
def test_identical_texts_pair_by_speaker(order: tuple[str, ...]) -> None:
    # one reporting clause shared by three speakers: gold lists it three times, so does the
    # prediction, in any order; the matching must not cross the speakers
    entities = [ent("Negeri Awan", "State"), ent("Republik Selatan", "State"), ent("Dewan Pantai", "Organization")]
    text = "latihan gabungan akan diperpanjang"
    gold = doc("t.txt", entities, [stmt(name, text) for name in ("Negeri Awan", "Republik Selatan", "Dewan Pantai")])
    pred = doc("t.txt", entities, [stmt(name, text) for name in order])
    report = one(gold, pred)
    assert counts(report.total.attributed) == (3, 3, 3)
    assert report.articles[0].errors.wrong_speakers == ()


def test_better_overlap_wins_among_maximal_matchings() -> None:
    gold = doc("t.txt", [], [stmt(None, "kapal patroli berlayar ke utara pagi ini")])
    pred = doc("t.txt", [], [stmt(None, "kapal patroli berlayar"), stmt(None, "kapal patroli berlayar ke utara pagi ini")])
    report = one(gold, pred)
    assert [s.text for s in report.articles[0].errors.spurious_statements] == ["kapal patroli berlayar"]


# --------------------------------------------------------------------------------------------
# Speakers


def test_speaker_matches_through_aliases_on_either_side() -> None:
    gold = doc("t.txt", [ent("Maria Santos", "Person", "Santos")], [stmt("Maria Santos", "anggaran pertahanan harus dinaikkan tahun depan")])
    by_surname = doc("t.txt", [ent("Santos", "Person")], [stmt("Santos", "anggaran pertahanan harus dinaikkan tahun depan")])
    by_own_alias = doc("t.txt", [ent("M. Santos", "Person", "Santos")], [stmt("M. Santos", "anggaran pertahanan harus dinaikkan tahun depan")])
    not_in_list = doc("t.txt", [], [stmt("santos", "anggaran pertahanan harus dinaikkan tahun depan")])
    other_person = doc("t.txt", [ent("Carlos Santos", "Person")], [stmt("Carlos Santos", "anggaran pertahanan harus dinaikkan tahun depan")])
    assert counts(one(gold, by_surname).total.attributed) == (1, 1, 1)
    assert counts(one(gold, by_own_alias).total.attributed) == (1, 1, 1)
    assert counts(one(gold, not_in_list).total.attributed) == (1, 1, 1)
    wrong = one(gold, other_person)
    assert counts(wrong.total.attributed) == (0, 1, 1)
    assert counts(wrong.total.statements) == (1, 1, 1)
    [w] = wrong.articles[0].errors.wrong_speakers
    assert (w.gold, w.predicted) == ("Maria Santos", "Carlos Santos")


def test_null_gold_speakers_are_left_out_of_speaker_scoring() -> None:
    gold = doc(
        "t.txt",
        [ent("Maria Santos", "Person")],
        [
            stmt(None, "jembatan itu akan dibuka kembali bulan depan"),
            stmt("Maria Santos", "pajak ekspor ikan akan dihapus"),
            stmt("Maria Santos", "pemerintah tidak pernah menerima surat itu"),
        ],
    )
    pred = doc(
        "t.txt",
        [ent("Maria Santos", "Person"), ent("Dewan Pantai", "Organization")],
        [
            stmt("Dewan Pantai", "jembatan itu akan dibuka kembali bulan depan"),  # gold speaker null: not scored
            stmt("Maria Santos", "pajak ekspor ikan akan dihapus"),  # correct
            stmt(None, "pemerintah tidak pernah menerima surat itu"),  # found, no speaker: a recall miss
            stmt("Maria Santos", "semua nelayan akan mendapat bantuan"),  # spurious with a speaker
        ],
    )
    report = one(gold, pred)
    assert counts(report.total.statements) == (3, 4, 3)
    # gold with a speaker: 2; predictions with a speaker, less the one matched to a null gold: 2
    assert counts(report.total.attributed) == (1, 2, 2)
    assert report.total.attributed.precision == 0.5
    assert report.total.attributed.recall == 0.5
    assert [(w.gold, w.predicted) for w in report.articles[0].errors.wrong_speakers] == [("Maria Santos", None)]


# --------------------------------------------------------------------------------------------
# Entities


def test_entity_types_must_agree_and_figures_are_per_type() -> None:
    gold = doc("t.txt", [ent("Maria Santos", "Person", "Santos"), ent("Kota Perak", "Place"), ent("Dewan Pantai", "Organization"), ent("Negeri Awan", "State")], [])
    pred = doc(
        "t.txt",
        [
            ent("Santos", "Person"),  # alias match
            ent("Kota Perak", "Organization"),  # right name, wrong type
            ent("dewan pantai", "Organization"),  # casefolded match
            ent("Negeri Hujan", "State"),  # spurious
        ],
        [],
    )
    report = one(gold, pred)
    by_type = report.total.by_type()
    assert counts(report.total.entities) == (2, 4, 4)
    assert counts(by_type["Person"]) == (1, 1, 1)
    assert counts(by_type["Organization"]) == (1, 2, 1)
    assert counts(by_type["State"]) == (0, 1, 1)
    assert counts(by_type["Place"]) == (0, 0, 1)
    errors = report.articles[0].errors
    assert [(t.name, t.gold_type, t.predicted_type) for t in errors.wrong_type] == [("Kota Perak", "Place", "Organization")]
    assert [(e.type, e.name) for e in errors.missed_entities] == [("State", "Negeri Awan")]
    assert [(e.type, e.name) for e in errors.spurious_entities] == [("State", "Negeri Hujan")]


def test_entities_match_one_to_one() -> None:
    # two predicted entities share the gold entity's alias: only one of them can be it
    gold = doc("t.txt", [ent("Republik Selatan", "State", "RS")], [])
    pred = doc("t.txt", [ent("RS", "State"), ent("Republik Selatan", "State")], [])
    report = one(gold, pred)
    assert counts(report.total.entities) == (1, 2, 1)
    assert [e.name for e in report.articles[0].errors.spurious_entities] == ["RS"]


# --------------------------------------------------------------------------------------------
# About


def test_about_resolves_through_each_documents_aliases() -> None:
    text = "RS akan mengirim kapal ke Teluk Biru dan Negeri Awan"
    gold = doc("t.txt", [ent("Republik Selatan", "State", "RS"), ent("Teluk Biru", "Place"), ent("Negeri Awan", "State")],
               [stmt(None, text, "Republik Selatan", "Teluk Biru", "Negeri Awan")])
    pred = doc("t.txt", [ent("RS", "State"), ent("Teluk Biru", "Place", "Biru")],
               [stmt(None, text,
                     "RS",  # the prediction's own name, an alias in gold
                     "Biru", "Teluk Biru",  # two forms of one predicted entity count once
                     "Negeri Awan",  # not in the predicted list: stands for itself
                     "Dewan Pantai")])  # extra
    report = one(gold, pred)
    assert counts(report.total.about) == (3, 4, 3)
    [diff] = report.articles[0].errors.about
    assert (diff.missing, diff.extra) == ((), ("Dewan Pantai",))


def test_about_counts_only_matched_statements() -> None:
    gold = doc("t.txt", [ent("Negeri Awan", "State")], [stmt(None, "Negeri Awan menutup perbatasan", "Negeri Awan"), stmt(None, "hujan turun sepanjang malam")])
    pred = doc("t.txt", [ent("Negeri Awan", "State")], [stmt(None, "hujan turun sepanjang malam", "Negeri Awan")])
    assert counts(one(gold, pred).total.about) == (0, 1, 0)


# --------------------------------------------------------------------------------------------
# Whole reports


def test_perfect_prediction_scores_one_everywhere() -> None:
    report = one(GOLD, json.loads(json.dumps(GOLD)))
    for label, s in report.total.rows():
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0), label
    assert counts(report.total.attributed) == (2, 2, 2)
    assert counts(report.total.about) == (4, 4, 4)
    assert not report.articles[0].errors


def test_empty_and_missing_predictions_score_zero() -> None:
    empty = one(GOLD, doc("a.txt", [], []))
    missing = one(GOLD, None)
    for report in (empty, missing):
        assert counts(report.total.statements) == (0, 0, 3)
        assert counts(report.total.attributed) == (0, 0, 2)
        assert counts(report.total.entities) == (0, 0, 5)
        # no statement matched although gold statements name entities: 0, not "nothing to find"
        assert report.total.about.f1 == 0.0
        assert report.total.statements.f1 == 0.0
    assert missing.notes == ("1 gold article without a prediction, counted as all missed: a.txt",)
    assert empty.notes == ()


def test_scores_are_micro_averaged_and_unpaired_predictions_noted() -> None:
    gold_b = doc("b.txt", [ent("Teluk Biru", "Place")], [stmt(None, "air laut di teluk itu naik")])
    pred_b = doc("b.txt", [ent("Teluk Biru", "Place"), ent("Kota Perak", "Place")], [])
    stray = doc("c.txt", [ent("Negeri Awan", "State")], [])
    report = score({"a.txt": GOLD, "b.txt": gold_b}, {"a.txt": GOLD, "b.txt": pred_b, "c.txt": stray})
    assert counts(report.total.statements) == (3, 3, 4)
    assert counts(report.total.entities) == (6, 7, 6)
    assert counts(report.total.by_type()["Place"]) == (2, 3, 2)
    assert report.notes == ("1 predicted article without gold, ignored: c.txt",)
    assert [a.article for a in report.articles] == ["a.txt", "b.txt"]


def test_score_conventions_for_zero_denominators() -> None:
    assert (Score(0, 0, 0).precision, Score(0, 0, 0).f1) == (1.0, 1.0)
    assert (Score(0, 2, 0).precision, Score(0, 2, 0).recall, Score(0, 2, 0).f1) == (0.0, 0.0, 0.0)
    assert (Score(0, 0, 2).precision, Score(0, 0, 2).recall) == (0.0, 0.0)
    assert Score(3, 4, 6).f1 == pytest.approx(0.6)


def test_to_dict_and_table() -> None:
    pred = json.loads(json.dumps(GOLD))
    pred["statements"] = pred["statements"][:2]
    report = one(GOLD, pred)
    data = report.to_dict()
    assert data["statements"] == {"tp": 2, "pred": 2, "gold": 3, "precision": 1.0, "recall": 0.6667, "f1": 0.8}
    assert set(data["entities_by_type"]) == {"Person", "State", "Organization", "Place"}
    assert data["per_article"][0]["errors"]["missed_statements"] == [{"speaker": None, "text": "Dewan Pantai sedang menyiapkan laporan baru"}]
    assert "per_article" not in report.to_dict(per_article=False, errors=False)
    table = format_report(report).splitlines()
    assert table[1].split() == ["measure", "tp", "pred", "gold", "P", "R", "F1"]
    assert table[2].split() == ["statements", "2", "2", "3", "1.000", "0.667", "0.800"]
    # the columns line up: every row has its F1 in the same place
    assert len({len(line) for line in table[1:10]}) == 1


# --------------------------------------------------------------------------------------------
# Gold files


def test_load_gold_needs_gold_files(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as err:
        load_gold(tmp_path)
    assert str(err.value) == f"no gold files (*.json) in {tmp_path}: give the folder that holds the gold annotations"
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError) as bad:
        load_gold(tmp_path)
    assert bad.value.source == str(tmp_path / "x.json")


def test_load_gold_keys_by_article(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (tmp_path / "two.json").write_text(json.dumps({"entities": [], "statements": []}), encoding="utf-8")
    assert sorted(load_gold(tmp_path)) == ["a.txt", "two.txt"]


@pytest.mark.skipif(not GOLD_DIR.is_dir(), reason=f"no gold folder at {GOLD_DIR}")
def test_gold_folder_against_itself_scores_one() -> None:
    gold = load_gold(GOLD_DIR)
    assert len(gold) >= 1
    report = score(gold, json.loads(json.dumps(gold)))
    for label, s in report.total.rows():
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0), label
        assert s.tp == s.gold, label
    assert report.total.statements.gold == sum(len(d["statements"]) for d in gold.values())
    assert not any(a.errors for a in report.articles)


# --------------------------------------------------------------------------------------------
# CLI


def write_case(tmp_path: Path) -> tuple[Path, Path]:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "a.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    pred = json.loads(json.dumps(GOLD))
    pred["statements"][0]["speaker"] = "Negeri Awan"  # wrong speaker
    pred["statements"].pop()  # missed null-speaker statement
    pred["entities"].append(ent("Pulau Garam", "Place"))  # spurious
    stray = doc("zz.txt", [], [])
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in (pred, stray)) + "\n", encoding="utf-8")
    return gold_dir, predictions


def test_cli_scores_jsonl_predictions(tmp_path: Path) -> None:
    gold_dir, predictions = write_case(tmp_path)
    result = CliRunner().invoke(cli, ["eval", str(gold_dir), str(predictions)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "1 article scored (micro-averaged)"
    rows = {line.split()[0]: line.split()[1:] for line in lines[2:10]}
    assert rows["statements"] == ["2", "2", "3", "1.000", "0.667", "0.800"]
    assert rows["attributed"] == ["1", "2", "2", "0.500", "0.500", "0.500"]
    assert rows["entities"] == ["5", "6", "5", "0.833", "1.000", "0.909"]
    assert rows["Place"] == ["1", "2", "1", "0.500", "1.000", "0.667"]
    assert "Note: 1 predicted article without gold, ignored: zz.txt" in lines


def test_cli_json_per_article_and_errors(tmp_path: Path) -> None:
    gold_dir, predictions = write_case(tmp_path)
    result = CliRunner().invoke(cli, ["eval", str(gold_dir), str(predictions), "--json", "--per-article", "--errors"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["attributed"]["tp"] == 1
    [article] = data["per_article"]
    assert article["article"] == "a.txt"
    assert article["entities_by_type"]["Place"]["pred"] == 2
    assert article["errors"]["wrong_speakers"] == [{"gold": "Maria Santos", "predicted": "Negeri Awan", "text": GOLD["statements"][0]["text"]}]
    assert article["errors"]["spurious_entities"] == [{"type": "Place", "name": "Pulau Garam"}]

    readable = CliRunner().invoke(cli, ["eval", str(gold_dir), str(predictions), "--errors", "--per-article"])
    assert readable.exit_code == 0, readable.output
    out = readable.output.splitlines()
    assert "  speaker     gold Maria Santos / predicted Negeri Awan: Republik Selatan tidak akan menarik kapal dari Teluk Biru" in out
    assert "  missed      [-] Dewan Pantai sedang menyiapkan laporan baru" in out
    assert "  extra ent   Place Pulau Garam" in out
    assert any(line.startswith("a.txt ") and "0.800 2/2/3" in line for line in out)


def test_cli_gold_dir_without_gold_files(tmp_path: Path) -> None:
    _, predictions = write_case(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(cli, ["eval", str(empty), str(predictions)])
    assert result.exit_code == 2
    assert result.output == f"Error: no gold files (*.json) in {empty}: give the folder that holds the gold annotations\n"


def test_cli_extracts_articles(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "berita.txt").write_text(
        "Menteri Luar Negeri Negeri Awan, Maria Santos, mengatakan bahwa perundingan dengan Republik Selatan akan dilanjutkan.\n\n"
        "“Kami tidak akan mundur,” kata Santos kepada wartawan di Kota Perak.\n",
        encoding="utf-8",
    )
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold = doc(
        "berita.txt",
        [ent("Maria Santos", "Person", "Santos"), ent("Negeri Awan", "State"), ent("Republik Selatan", "State"), ent("Kota Perak", "Place")],
        [
            stmt("Maria Santos", "perundingan dengan Republik Selatan akan dilanjutkan", "Republik Selatan"),
            stmt("Maria Santos", "Kami tidak akan mundur,", kind="direct", cue="kata"),
        ],
    )
    (gold_dir / "berita.json").write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold_dir), str(articles), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["notes"] == []  # the extracted article paired with its gold file
    assert (data["statements"]["gold"], data["entities"]["gold"]) == (2, 4)
    assert data["statements"]["pred"] >= 1


def test_an_article_whose_extraction_fails_is_scored_as_extracting_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.eval import collect_predictions
    from kg.loaders.extract import Extractor

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Menteri Luar Negeri Negeri Awan, Maria Santos, mengatakan bahwa perundingan berlanjut.\n", encoding="utf-8")
    (articles / "b.txt").write_text("Presiden Republik Selatan, Ana Lima, mengatakan bahwa pelabuhan ditutup.\n", encoding="utf-8")
    real = Extractor.extract

    def extract(self, article):  # a bug that only one article triggers
        if article.name == "a.txt":
            raise ValueError("boom")
        return real(self, article)

    monkeypatch.setattr(Extractor, "extract", extract)
    predicted, notes = collect_predictions([articles])
    assert predicted["a.txt"] == {"entities": [], "statements": [], "article": "a.txt"}
    assert predicted["b.txt"]["statements"]
    assert notes == (f"{articles / 'a.txt'}: extraction failed (ValueError: boom); scored as extracting nothing",)


def test_collect_predictions_reads_jsonl_and_json_and_refuses_broken_lines(tmp_path: Path) -> None:
    from kg.eval import _prediction_records, collect_predictions

    jsonl = tmp_path / "pred.jsonl"
    jsonl.write_text(json.dumps(GOLD) + "\n\n" + json.dumps(doc("b.txt", [], [])) + "\n", encoding="utf-8")
    single = tmp_path / "c.json"
    single.write_text(json.dumps(doc("c.txt", [], [])), encoding="utf-8")
    predicted, notes = collect_predictions([jsonl, single])
    assert sorted(predicted) == ["a.txt", "b.txt", "c.txt"]
    assert notes == ()

    # JSON Lines of articles (no entities/statements) are not predictions: they go to the article reader
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "x", "text": "Sebuah berita pendek."}) + "\n", encoding="utf-8")
    assert _prediction_records(articles) is None

    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(GOLD) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        collect_predictions([broken])
    assert err.value.source == f"{broken}:2"
