"""Exports for fact-checkers, exactly as FORMAT.md section 4, on SQLite and PostgreSQL (issue 6)."""

from __future__ import annotations

import csv
import io
import json

import corpus
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from quotes import export, queries
from quotes.queries import Filters

QUOTE_KEYS = {"quote_id", "text", "speaker", "first_seen", "n_appearances", "appearances"}
APPEARANCE_KEYS = {
    "article_id",
    "url",
    "outlet",
    "published",
    "start",
    "end",
    "text",
    "kind",
    "cue",
    "via",
    "similarity",
}


@pytest.fixture
def engine(db_url: str) -> sa.Engine:
    return corpus.build(db_url)


def _export(engine: sa.Engine, fmt: str, filters: Filters | None = None) -> str:
    out = io.StringIO()
    with Session(engine) as session:
        export.write_export(queries.iter_quotes(session, filters), out, fmt=fmt)  # type: ignore[arg-type]
    return out.getvalue()


def test_jsonl_one_line_per_quote_exact_shape(engine: sa.Engine) -> None:
    lines = [json.loads(line) for line in _export(engine, "jsonl").splitlines()]
    assert len(lines) == 4
    for item in lines:
        assert set(item) == QUOTE_KEYS
        assert set(item["speaker"]) == {"name", "type"}
        assert item["n_appearances"] == len(item["appearances"])
        for app in item["appearances"]:
            assert set(app) == APPEARANCE_KEYS
    kim = next(item for item in lines if item["speaker"]["name"] == "Kim Jong Un")
    assert kim["quote_id"] == corpus.quote_id(engine, "Kim Jong Un")
    assert kim["first_seen"] == "2023-09-13"
    assert [a["article_id"] for a in kim["appearances"]] == ["tribun-kim", "liputan6-kim", "kompas-kim"]
    assert [a["published"] for a in kim["appearances"]] == ["2023-09-13", "2023-09-14", "2023-09-15"]
    first = kim["appearances"][0]
    assert first == {
        "article_id": "tribun-kim",
        "url": "https://www.tribunnews.com/internasional/2023/09/13/kim-putin",
        "outlet": "Tribunnews",
        "published": "2023-09-13",
        "start": 18,
        "end": 18 + len(corpus.KIM),
        "text": corpus.KIM,
        "kind": "direct",
        "cue": "kata",
        "via": ["KCNA"],
        "similarity": first["similarity"],
    }
    assert kim["appearances"][1]["via"] == ["KCNA", "Yonhap"]
    assert 0 < kim["appearances"][2]["similarity"] < 1


def test_jsonl_respects_filters(engine: sa.Engine) -> None:
    lines = _export(engine, "jsonl", Filters(outlet="KCNA")).splitlines()
    [kim] = [json.loads(line) for line in lines]
    assert kim["n_appearances"] == 3  # the quote keeps its whole history


def test_csv_one_row_per_appearance_with_header(engine: sa.Engine) -> None:
    text = _export(engine, "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == export.CSV_COLUMNS
    body = [dict(zip(rows[0], row)) for row in rows[1:]]
    assert len(body) == 6
    kim = [row for row in body if row["speaker"] == "Kim Jong Un"]
    assert [row["outlet"] for row in kim] == ["Tribunnews", "Liputan6", "Kompas"]
    assert {row["quote_id"] for row in kim} == {str(corpus.quote_id(engine, "Kim Jong Un"))}
    assert {row["quote_text"] for row in kim} == {corpus.KIM_KOMPAS}
    assert {row["n_appearances"] for row in kim} == {"3"}
    assert kim[1]["via"] == "KCNA > Yonhap"
    assert kim[0]["published"] == "2023-09-13" and kim[0]["start"] == "18"
    peskov = next(row for row in body if row["speaker"] == "Dmitry Peskov")
    assert peskov["text"] == corpus.PESKOV  # curly quotes survive, UTF-8


def test_csv_cells_never_start_a_formula(engine: sa.Engine) -> None:
    rows = list(csv.reader(io.StringIO(_export(engine, "csv"))))
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    budi = next(row for row in rows if row[2] == "Budi Santoso")
    assert budi[1] == "'" + corpus.FORMULA and budi[12] == "'" + corpus.FORMULA


def test_jsonld_claims_for_claimreview(engine: sa.Engine) -> None:
    doc = json.loads(_export(engine, "jsonld"))
    assert doc["@context"] == "https://schema.org"
    claims = doc["@graph"]
    assert len(claims) == 4 and all(claim["@type"] == "Claim" for claim in claims)
    kim = next(claim for claim in claims if claim["author"]["name"] == "Kim Jong Un")
    assert kim["author"] == {"@type": "Person", "name": "Kim Jong Un"}
    assert kim["text"] == corpus.KIM_KOMPAS
    assert kim["datePublished"] == "2023-09-13"
    assert kim["@id"] == f"#quote-{kim['identifier']}"
    assert kim["firstAppearance"] == {
        "@type": "NewsArticle",
        "identifier": "tribun-kim",
        "url": "https://www.tribunnews.com/internasional/2023/09/13/kim-putin",
        "headline": "tribun-kim",
        "publisher": {"@type": "Organization", "name": "Tribunnews"},
        "datePublished": "2023-09-13",
    }
    assert [work["publisher"]["name"] for work in kim["appearance"]] == ["Tribunnews", "Liputan6", "Kompas"]
    putin = next(claim for claim in claims if claim["author"]["name"] == "Vladimir Putin")
    assert "url" not in putin["firstAppearance"]  # no URL known: omitted, not null


@pytest.mark.parametrize(
    ("speaker_type", "schema_type"),
    [
        ("person", "Person"),
        ("media", "Organization"),
        ("organization", "Organization"),
        ("group", "Organization"),
    ],
)
def test_jsonld_author_type(speaker_type: str, schema_type: str) -> None:
    result = queries.QuoteResult(1, "x", "KCNA", speaker_type, None, ())
    assert export.claim_jsonld(result)["author"]["@type"] == schema_type


@pytest.mark.parametrize("fmt", export.EXPORT_FORMATS)
def test_empty_selection_is_still_valid(engine: sa.Engine, fmt: str) -> None:
    text = _export(engine, fmt, Filters(kind="mixed", outlet="KCNA"))
    if fmt == "jsonl":
        assert text == ""
    elif fmt == "csv":
        assert list(csv.reader(io.StringIO(text))) == [list(export.CSV_COLUMNS)]
    else:
        assert json.loads(text)["@graph"] == []


def test_export_streams_rather_than_loading_everything(engine: sa.Engine) -> None:
    """The writer pulls quotes one at a time: it has written the first before the second is read."""
    seen: list[str] = []
    out = io.StringIO()

    def quotes_reading():  # type: ignore[no-untyped-def]
        with Session(engine) as session:
            for result in queries.iter_quotes(session, chunk=2):
                seen.append(out.getvalue())
                yield result

    export.write_export(quotes_reading(), out, fmt="jsonl")
    assert seen[0] == "" and seen[1].count("\n") == 1 and seen[3].count("\n") == 3
