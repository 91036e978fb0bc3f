"""Scoring rules of FORMAT.md section 3 on hand-made predictions."""

from __future__ import annotations

import pytest

from quotes.evaluate import GoldQuote, same_speaker, score_document, trim
from quotes.records import Quote, Relay, Span, SpeakerRef

TEXT = '"Kami siap bertanding besok malam," kata Budi. Menurut Ani, tim itu kuat.'


def q(start: int, end: int, name: str | None, via: tuple[str, ...] = (), kind: str = "direct") -> Quote:
    return Quote(
        span=Span(start, end, TEXT[start:end]),
        kind=kind,  # type: ignore[arg-type]
        speaker=SpeakerRef(name) if name else None,
        cue=None,
        rule="test",
        confidence=1.0,
        via=tuple(Relay(v) for v in via),
    )


@pytest.mark.parametrize(
    ("gold", "predicted", "right"),
    [
        ("Dmitry Peskov", "Peskov", True),
        ("Peskov", "Dmitry Peskov", True),
        ("Presiden Vladimir Putin", "Vladimir Putin", True),
        ("Kim Jong Un", "Putin", False),
        ("Kim Jong Un", None, False),
    ],
)
def test_speaker_names_compare_as_word_sets(gold: str, predicted: str | None, right: bool) -> None:
    assert same_speaker(gold, predicted) is right


def test_trim_drops_marks_and_punctuation() -> None:
    assert TEXT[slice(*trim(TEXT, 0, 36))] == "Kami siap bertanding besok malam"


def test_match_needs_half_the_longer_span_and_is_one_to_one() -> None:
    gold = [GoldQuote(1, 34, "direct", "Budi", ()), GoldQuote(58, 72, "indirect", "Ani", ())]
    predicted = [q(0, 36, "Budi"), q(1, 10, "Budi"), q(58, 66, "Ani", kind="indirect")]
    metrics = score_document(TEXT, gold, predicted).metrics()
    assert (metrics["matched"], metrics["precision"], metrics["recall"]) == (
        2,
        pytest.approx(2 / 3, abs=1e-3),
        1.0,
    )
    assert metrics["exact_f1"] == pytest.approx(0.4, abs=1e-3)
    assert metrics["speaker_accuracy"] == 1.0


def test_via_recall_uses_the_nearest_relay() -> None:
    gold = [GoldQuote(1, 34, "direct", "Budi", ("Russia 1", "CNN"))]
    assert score_document(TEXT, gold, [q(1, 34, "Budi", ("CNN",))]).metrics()["via_recall"] == 1.0
    assert score_document(TEXT, gold, [q(1, 34, "Budi", ("Russia 1",))]).metrics()["via_recall"] == 0.0


def test_unnamed_gold_speaker_is_right_only_when_nobody_is_predicted() -> None:
    gold = [GoldQuote(1, 34, "mixed", None, ())]
    assert score_document(TEXT, gold, [q(1, 34, None)]).metrics()["quote_speaker_f1"] == 1.0
    assert score_document(TEXT, gold, [q(1, 34, "Budi")]).metrics()["quote_speaker_f1"] == 0.0


def test_via_names_compare_through_the_outlet_registry_and_misses_are_listed() -> None:
    gold = [GoldQuote(1, 34, "direct", "Budi", ("detikcom",))]
    assert score_document(TEXT, gold, [q(1, 34, "Budi", ("Detik",))]).metrics()["via_recall"] == 1.0
    report = score_document(TEXT, gold, [q(1, 34, "Budi", ("Kompas",))], article_id="a")
    assert [(m.what, m.gold_speaker, m.predicted_speaker) for m in report.misses] == [
        ("missed via", "detikcom", "Kompas")
    ]
    spurious = score_document(TEXT, [GoldQuote(1, 34, "direct", "Budi", ())], [q(1, 34, "Budi", ("CNN",))])
    assert [m.what for m in spurious.misses] == ["spurious via"]
