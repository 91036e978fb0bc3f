"""The trained speaker-antecedent resolver (issue 4): its cases, its weights, and its place in the pipeline."""

from __future__ import annotations

import json
import socket
import sys

import pytest
from conftest import ROOT, SEEDS

from quotes.evaluate import same_speaker
from quotes.extract.candidate import Candidate
from quotes.extract.mentions import Mention
from quotes.extract.resolver import (
    FEATURES,
    WEIGHTS_PATH,
    AntecedentResolver,
    anaphoric_kind,
    shipped_resolver,
)
from quotes.nlp import cached_pipeline, load_pipeline
from quotes.pipeline import Extractor
from quotes.readers import parse_document
from quotes.records import Span, SpeakerRef

CORPUS = ROOT.parent / "shared" / "corpus" / "indosum.jsonl.gz"
needs_weights = pytest.mark.skipif(
    not WEIGHTS_PATH.is_file(),
    reason="resolver weights not built (not shipped): python scripts/train_resolver.py, see quotes/model/resolver/",
)

PRODUCER = (
    "Penyanyi Miley Cyrus merilis lagu baru berjudul Malibu. Lagu itu ditulis bersama produser Oren Yoel.\n\n"
    '"Saya menyetir sendiri ke mana-mana, tapi hari itu saya memutuskan naik taksi," kenangnya.'
)
MILEY = (
    "Penyanyi Miley Cyrus merilis lagu baru berjudul Malibu. Lagu itu ditulis saat ia berada di California.\n\n"
    '"Saya menyetir sendiri ke mana-mana, tapi hari itu saya memutuskan naik taksi," kenangnya.'
)
KAMIS = (
    "Pelatih Persebaya Iwan Setiawan mengevaluasi fisik dan mental pemainnya usai laga perdana Liga 2 "
    "menghadapi Madiun Putra di Surabaya, Kamis (20/4).\n\n"
    '"Saya akui itu dan ke depan menjadi pekerjaan rumah," ujarnya.'
)
BLITAR = (
    "Mantan Gubernur DKI Jakarta Djarot Saiful Hidayat berencana menjenguk Basuki Tjahaja Purnama di Depok.\n\n"
    "Hari ini Djarot resmi mengakhiri masa jabatannya.\n\n"
    '"Insya Allah saya akan jenguk," ujarnya di Balai Kota, Minggu (15/10).\n\n'
    "Mantan Wali Kota Blitar itu mengatakan, tujuannya hanya untuk menjaga tali silaturahmi."
)
HEADING = (
    "Koreografer James Cousins mementaskan Rosalind di Jakarta.\n\n"
    "Menyerap Shakespeare\n\n"
    "Untuk produksi ini, Cousins mengaku tidak berusaha menceritakan kembali kisah Shakespeare.\n\n"
    '"Ketika kata-kata gagal berfungsi, bahasa tubuh kita terus berbicara," ujarnya.'
)
LAST_SPEAKER = (
    "Menteri Keuangan Sri Mulyani Indrawati bertemu Gubernur BI Agus Martowardojo di Jakarta.\n\n"
    '"Defisit akan tetap di bawah tiga persen," kata Sri Mulyani.\n\n'
    "Ia mengatakan belanja barang akan dipangkas tahun ini."
)
SWITCH = (
    "Presiden Joko Widodo membuka rapat kabinet bersama Menteri Perhubungan Budi Karya Sumadi.\n\n"
    '"Kita harus bergerak cepat," kata Jokowi.\n\n'
    'Budi Karya menjelaskan jalur mudik sudah siap. "Semua posko sudah kami siapkan," ujarnya.'
)


def _speaker_of(text: str, quoted: str, *, rules_only: bool) -> str | None:
    doc = cached_pipeline("id", rules_only)(text)
    quote = next(q for q in doc._.quotes if quoted in q.span.text)
    return quote.speaker.name if quote.speaker else None


@needs_weights
@pytest.mark.parametrize(
    "text, quoted, expected, rules_answer",
    [
        pytest.param(MILEY, "menyetir", "Miley Cyrus", "Miley Cyrus", id="place-is-not-antecedent"),
        pytest.param(KAMIS, "Saya akui", "Iwan Setiawan", "Madiun Putra", id="day-name-is-not-antecedent"),
        pytest.param(
            BLITAR,
            "menjaga tali",
            "Djarot Saiful Hidayat",
            "Djarot Saiful Hidayat",
            id="description-not-place",
        ),
        pytest.param(HEADING, "bahasa tubuh", "James Cousins", "James Cousins", id="subheading-skipped"),
        pytest.param(LAST_SPEAKER, "belanja barang", "Sri Mulyani", "Sri Mulyani", id="last-speaker"),
        pytest.param(SWITCH, "posko", "Budi Karya Sumadi", "Budi Karya Sumadi", id="new-speaker-then-clitic"),
    ],
)
def test_resolver_finds_the_antecedent(text: str, quoted: str, expected: str, rules_answer: str) -> None:
    """With the model the expected speaker; rules only, their answer (measured when the resolver was
    written, the salience count picked a capitalised non-person in the first three; the rules have since
    learnt places and day names, and still miss the club in the second)."""
    assert same_speaker(expected, _speaker_of(text, quoted, rules_only=False))
    assert same_speaker(rules_answer, _speaker_of(text, quoted, rules_only=True))


def _mention(text: str, phrase: str, form: str, *, plural: bool = False) -> Mention:
    start = text.index(phrase)
    return Mention(Span(start, start + len(phrase), phrase), form, None, phrase, plural=plural)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text, phrase, form, plural, rule_name, expected",
    [
        ('"Ya," ujarnya.', "ujarnya", "clitic", False, "Budi", "pronoun"),
        ('"Ya," kata dia.', "dia", "pronoun", False, "Budi", "pronoun"),
        ('"Ya," kata mereka.', "mereka", "pronoun", True, None, None),
        ('"Ya," kata pihaknya.', "pihaknya", "pronoun", False, "Polri", None),
        ('"Ya," kata pria itu.', "pria itu", "description", False, "Budi", "description"),
        ('"Ya," kata pria yang akrab disapa RA itu.', "pria", "description", False, "Budi", "description"),
        ('"Ya," kata Polisi.', "Polisi", "description", False, "Budi", None),
        ('"Ya," kata pria itu.', "pria itu", "description", False, "pria itu", None),
    ],
)
def test_which_mentions_the_resolver_decides(
    text: str, phrase: str, form: str, plural: bool, rule_name: str | None, expected: str | None
) -> None:
    cand = Candidate(
        Span(1, 3, "Ya"), "direct", "test", 1.0, mention=_mention(text, phrase, form, plural=plural)
    )
    rule = SpeakerRef(rule_name, "person") if rule_name else None
    assert anaphoric_kind(text, cand, rule) == expected


@needs_weights
def test_weights_load_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the resolver must load without network access")

    monkeypatch.setattr(socket, "socket", no_network)
    shipped_resolver.cache_clear()
    resolver = shipped_resolver()
    assert resolver is not None, f"no weights at {WEIGHTS_PATH}"
    assert WEIGHTS_PATH.stat().st_size < 40 * 1024 * 1024
    data = json.loads(WEIGHTS_PATH.read_text("utf-8"))
    assert data["features"] == list(FEATURES)
    nlp = load_pipeline("id", rules_only=False)
    assert nlp.meta["quotes_extractor"].endswith(f"model:{resolver.name}-{resolver.version}")
    assert load_pipeline("id", rules_only=True).meta["quotes_extractor"].endswith("model:none")


def test_weights_are_checked_against_the_features() -> None:
    with pytest.raises(ValueError, match="unknown features"):
        AntecedentResolver({"shoe_size": 1.0}, name="x", version="0")


def test_licence_and_metrics_are_committed() -> None:
    folder = ROOT / "quotes" / "model" / "resolver"
    assert "CC BY-SA 4.0" in (folder / "README.md").read_text("utf-8")
    metrics = json.loads((folder / "metrics.json").read_text("utf-8"))
    held_out = metrics["held_out/all"]
    assert held_out["model_accuracy"] > held_out["rules_accuracy"]


def test_without_weights_the_default_pipeline_is_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("quotes.extract.component.shipped_resolver", lambda: None)
    monkeypatch.setattr("quotes.nlp.shipped_resolver", lambda: None)
    nlp = load_pipeline("id", rules_only=False)
    assert nlp.get_pipe("quotes_extractor").resolver is None  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text, quoted, weights, expected",
    [
        pytest.param(PRODUCER, "menyetir", {"first_named": 1.0}, "Miley Cyrus", id="first-named-person"),
        pytest.param(PRODUCER, "menyetir", {"most_recent": 1.0}, "Oren Yoel", id="most-recent"),
        pytest.param(SWITCH, "posko", {"last_speaker": 1.0}, "Budi Karya Sumadi", id="last-speaker"),
        pytest.param(SWITCH, "posko", {"first_named": 1.0}, "Joko Widodo", id="first-named"),
    ],
)
def test_revise_takes_the_best_scored_antecedent(
    text: str, quoted: str, weights: dict[str, float], expected: str
) -> None:
    """The ranking mechanics with hand-set weights (no trained model needed): the resolver's choice
    replaces the rules' answer, the mention as written stays."""
    from quotes import attribution
    from quotes.extract.component import find_candidates

    resolver = AntecedentResolver(weights, name="hand", version="0")
    quotes = attribution.resolve(text, find_candidates(text), resolver=resolver)
    quote = next(q for q in quotes if quoted in q.span.text)
    assert quote.speaker is not None and quote.speaker.name == expected
    assert quote.speaker.mention is not None and quote.speaker.mention.text.islower()


@needs_weights
@pytest.mark.parametrize("gold", ["gold.jsonl", "dev/tune_a.jsonl", "dev/tune_b.jsonl"])
def test_rules_only_differs_only_through_the_resolver(gold: str) -> None:
    """Same quotes, spans, kinds, cues, relays and rules; only speakers of anaphoric or continuation
    quotes may differ, and the stored extractor version names the model."""
    with_model, rules = Extractor(rules_only=False), Extractor(rules_only=True)
    for number, line in enumerate((SEEDS / gold).read_text("utf-8").splitlines(), 1):
        article = parse_document(json.loads(line), f"{gold}:{number}")
        a, b = with_model.extract(article), rules.extract(article)  # type: ignore[arg-type]
        assert "speaker-resolver" in a.extractor and b.extractor.endswith("model:none")
        assert [(q.span, q.kind, q.cue, q.via, q.rule) for q in a.quotes] == [
            (q.span, q.kind, q.cue, q.via, q.rule) for q in b.quotes
        ]
        for qa, qb in zip(a.quotes, b.quotes):
            if qa.speaker != qb.speaker:
                mention = qa.speaker.mention if qa.speaker else None
                assert mention is None or mention.text[:1].islower() or mention.text in ("Ia", "Dia")


def test_silver_examples_label_the_named_person() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_resolver import FEATURES as TRAINED_FEATURES
    from train_resolver import silver_examples

    text = (
        "Menteri Keuangan Sri Mulyani Indrawati bertemu Gubernur BI Agus Martowardojo di Jakarta.\n\n"
        '"Inflasi terkendali," kata Agus Martowardojo.\n\n'
        '"Defisit akan tetap di bawah tiga persen," kata Sri Mulyani.'
    )
    examples = list(silver_examples(text))
    assert TRAINED_FEATURES == FEATURES
    assert examples, "the second quote names a person introduced earlier among others"
    kind, features, gold, _rule = examples[-1]
    assert kind == "pronoun" and len(features) >= 2
    assert features[gold][FEATURES.index("multiword")] == 1.0


@pytest.mark.skipif(not CORPUS.is_file(), reason=f"needs the IndoSum corpus at {CORPUS}")
def test_training_never_reads_the_evaluation_articles() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_resolver import excluded_ids, read_corpus

    skip = excluded_ids()
    for path in (SEEDS / "dev").glob("*.jsonl"):
        for line in path.read_text("utf-8").splitlines():
            assert json.loads(line)["id"] in skip
    in_corpus = sum(doc["id"] in skip for doc in read_corpus(CORPUS))
    assert in_corpus >= 54  # the 54 dev articles are IndoSum articles
