"""The tokenizer and the per-token facts: kg's tokenizer must give spaCy's own Indonesian tokens, and the
facts and sentences the rules read must be what the text says. Sentences are written for these tests."""

from __future__ import annotations

import random

import pytest
import spacy

from kg.loaders.extract import build_pipeline
from kg.loaders.extract.tokenizer import split_exceptions
from kg.loaders.extract.tokens import WordFacts, sentence_starts


@pytest.fixture(scope="module")
def spacy_tokenizer():
    return spacy.blank("id").tokenizer


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def tokens(tokenizer, text: str) -> list[tuple[str, int, str]]:
    return [(t.text, t.idx, t.whitespace_) for t in tokenizer(text)]


SENTENCES = [
    "Anak-anak di Asia-Pasifik bermain bola, kata Wakil Ketua DPR-RI.",
    "(Anak-anak) “berlari-lari”, lalu mata-mata/agen-agen pulang.",
    "Kim Jong-un bertemu pejabat Indo-Pasifik di Seoul; suhu 30°C. dan a.n. Menlu.",
    "Ia tersenyum :-D lalu pergi :-) ke luar negeri (-8 hari).",
    "Sebanyak 1.000-2.000 orang—termasuk warga-warga asing—berkumpul di Jl. Thamrin.",
    "Kata-katanya: “Tidak-tidak!” ujar anak-anaknya kepada ANAK-ANAK di pulau-pulau.",
    "Laporan AS-Korea Selatan menyebut kapal-kapal perang di Laut China Selatan.",
    "\n\nParagraf baru -- dengan tanda hubung - dan tab\tdi sini.\n",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_same_tokens_as_spacy(nlp, spacy_tokenizer, text):
    assert tokens(nlp.tokenizer, text) == tokens(spacy_tokenizer, text)


def test_same_tokens_as_spacy_on_glued_hyphenated_words(nlp, spacy_tokenizer):
    """Listed hyphenated words glued to punctuation and to each other: the paths where spaCy's special-case
    matcher (and here the tokenizer's own merge) decides."""
    words = sorted(split_exceptions(spacy.blank("id").Defaults.tokenizer_exceptions)[1])
    glue = ["/", "'", "“", "”", "(", ")", ",", ":", "—", "?", "’s", "nya", "2"]
    rnd = random.Random(7)
    texts = []
    for _ in range(3000):
        w, v = rnd.choice(words), rnd.choice(words)
        texts.append(f"Kata {rnd.choice(glue)}{w}{rnd.choice(glue)}{v if rnd.random() < 0.4 else ''} lalu {v}-{w.lower()} pergi.")
    differ = [t for t in texts if tokens(nlp.tokenizer, t) != tokens(spacy_tokenizer, t)]
    assert differ == []


def test_hyphenated_words_are_a_set_not_special_cases():
    exceptions = spacy.blank("id").Defaults.tokenizer_exceptions
    specials, words = split_exceptions(exceptions)
    assert "anak-anak" in words and "Anak-Anak" in words
    assert ":-D" in specials and "a.n." in specials  # emoticons and abbreviations stay spaCy special cases
    assert len(specials) + len(words) == len(exceptions)
    assert len(specials) < 1000


def test_glued_word_is_merged(nlp):
    assert [t.text for t in nlp.tokenizer("mata-mata/agen")] == ["mata-mata", "/", "agen"]
    assert [t.text for t in nlp.tokenizer("Jong-un")] == ["Jong", "-", "un"]  # not a listed word: split


def test_sentence_starts(nlp):
    doc = nlp.make_doc("Ia datang. “Kami siap.” Lalu pergi!\n\nBaru (lagi).")
    starts = [t.text for t, s in zip(doc, sentence_starts(doc)) if s == 1]
    assert starts == ["Ia", "“", "Lalu", "\n\n", "Baru"]  # the closing ” stays with its sentence


def test_sentence_start_after_closing_quote_goes_to_the_next_word(nlp):
    doc = nlp.make_doc("“Kami siap.” Ia pergi.")
    assert [t.text for t, s in zip(doc, sentence_starts(doc)) if s == 1] == ["“", "Ia"]


def test_straight_quote_after_a_space_opens_the_next_sentence(nlp):
    doc = nlp.make_doc('Ia menyerukan damai. "Kami siap," katanya. Ia pergi."')
    assert [t.text for t, s in zip(doc, sentence_starts(doc)) if s == 1] == ["Ia", '"', "Ia"]


def test_a_letter_and_stop_after_a_common_word_is_the_end_of_a_sentence(nlp, spacy_tokenizer):
    text = "Ia menulis di media sosial X. Pesan itu dibaca Donald J. Trump di platform X.\nLalu vitamin C. Kami pergi."
    assert [t.text for t in nlp.tokenizer(text)] == [
        "Ia", "menulis", "di", "media", "sosial", "X", ".", "Pesan", "itu", "dibaca", "Donald", "J.", "Trump", "di",
        "platform", "X", ".", "\n", "Lalu", "vitamin", "C", ".", "Kami", "pergi", ".",
    ]
    assert [t.text for t in spacy_tokenizer(text)][5] == "X."  # spaCy reads it as an initial
    doc = nlp.make_doc(text)
    assert [t.text for t, s in zip(doc, sentence_starts(doc)) if s == 1] == ["Ia", "Pesan", "\n", "Lalu", "Kami"]


def test_a_stop_before_a_lower_case_word_does_not_end_the_sentence(nlp):
    doc = nlp.make_doc("Presiden Daniel Ortega Jr. mengatakan hal itu. Ia pergi.")
    assert [t.text for t, s in zip(doc, sentence_starts(doc)) if s == 1] == ["Presiden", "Ia"]


def test_token_facts_and_columns(nlp):
    doc = nlp("Menlu AS tiba di Jakarta.\n\nIa bertemu anak-anak.")
    facts = WordFacts(frozenset({"tiba", "di", "ia", "bertemu", "anak-anak"}), frozenset({"di", "ia"}))
    toks, columns = facts.tokens(doc, ctx={1})
    assert [t.text for t in toks] == [t.text for t in doc]
    assert [t.idx for t in toks] == [t.idx for t in doc]
    by_text = {t.text: t for t in toks}
    assert by_text["AS"].upper and by_text["AS"].cap and not by_text["AS"].vocab
    assert by_text["anak-anak"].alpha and by_text["anak-anak"].vocab and not by_text["anak-anak"].cap
    assert by_text["di"].stop and not by_text["Jakarta"].space and by_text["tiba"].space
    assert toks[1].ctx and not toks[0].ctx
    assert by_text["\n\n"].newline
    assert [t.sent for t in toks] == [0] * 6 + [1] + [2] * 4  # the break after "." is a sentence of its own
    assert [t.para for t in toks] == [0] * 7 + [1] * 4
    assert columns.caps == [0, 1, 4, 7]
    assert columns.breaks == [6]
    assert columns.lower[7] == "ia"


def test_empty_text(nlp):
    doc = nlp("")
    assert sentence_starts(doc) == []
    assert WordFacts(frozenset(), frozenset()).tokens(doc) == ([], ((), [], [], frozenset()))
