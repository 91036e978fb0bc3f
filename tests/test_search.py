"""Search text to full-text queries: only words reach the parser (issue 6). No database needed."""

from __future__ import annotations

import sqlite3

import pytest

from quotes import search


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Senapan, senapan!", ["senapan"]),
        ('"kim" AND (putin OR *)', ["kim", "and", "putin", "or"]),
        ("NEAR(kim putin, 2)", ["near", "kim", "putin", "2"]),
        ("kata-nya \u201cberkualitas\u201d", ["kata", "nya", "berkualitas"]),
        ("*()\"'", []),
    ],
)
def test_words(text: str, words: list[str]) -> None:
    assert search.words(text) == words


def test_words_are_capped() -> None:
    assert len(search.words(" ".join(f"w{i}" for i in range(100)))) == search.MAX_WORDS


@pytest.mark.parametrize(
    "text", ['"senapan" AND (kim OR *', "NEAR(a b)", "x:y", "^kim", "-senapan", "col:kim", "a NOT b", "{a b}"]
)
def test_sqlite_match_is_always_valid_fts5(text: str) -> None:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(text)")
    con.execute("INSERT INTO t VALUES ('senapan kim putin')")
    con.execute("SELECT * FROM t WHERE t MATCH ?", (search.sqlite_match(search.words(text)),)).fetchall()


def test_match_expressions() -> None:
    assert search.sqlite_match(["kim", "senapan"]) == '"kim" OR "senapan" OR "sena"*'
    assert search.pg_tsquery(["kim", "senapan"]) == "'kim' | 'senapan' | 'sena':*"


@pytest.mark.parametrize(
    ("query", "text", "low", "high"),
    [
        ("senapn", "Putin memberi Kim senapan produksi Rusia", 90, 100),
        ("senapn", "menerima undangan dengan senang hati", 0, 85),
        ("Putin memberi Kim senapan", "Putin memberi Kim senapan produksi Rusia", 100, 100),
        ("sepak bola", "Putin memberi Kim senapan produksi Rusia", 0, 60),
    ],
)
def test_quote_similarity(query: str, text: str, low: float, high: float) -> None:
    from quotes.dedup import normalise

    assert low <= search.quote_similarity(query, text, processor=normalise) <= high


@pytest.mark.parametrize("text", ["'kim' & !putin", "a:* | b", "<-> (x)", "don't \\ stop", "kim's"])
def test_pg_tsquery_is_always_valid(postgres_url: str, text: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(postgres_url)
    with engine.connect() as conn:
        conn.execute(sa.text("SELECT to_tsquery('simple', :q)"), {"q": search.pg_tsquery(search.words(text))})
    engine.dispose()
