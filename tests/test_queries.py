"""Lookup, filters, provenance and streaming on real SQLite and PostgreSQL (issue 6)."""

from __future__ import annotations

from datetime import date

import corpus
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from quotes import queries, search
from quotes.queries import Filters, NotFound
from quotes.store import models as m


@pytest.fixture
def engine(db_url: str) -> sa.Engine:
    return corpus.build(db_url)


def _ids(engine: sa.Engine, text: str | None, **kwargs: object) -> list[int]:
    with Session(engine) as session:
        return [r.quote_id for r in queries.lookup(session, text, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # as stored, and with other punctuation and quote marks
        ("Kami akan selalu mendukung keputusan Presiden Putin dan kepemimpinan Rusia", "Kim Jong Un"),
        (
            "\u201ckami akan SELALU mendukung keputusan presiden Putin, dan kepemimpinan Rusia...\u201d",
            "Kim Jong Un",
        ),
        # a typo, two typos, missing words
        ("Kami akan selalu mendukng keputusan Presiden Putin", "Kim Jong Un"),
        ("Kami akn selalu mendukung keputusn Presiden Putin", "Kim Jong Un"),
        ("mendukung keputusan Putin", "Kim Jong Un"),
        ("Putin memberi Kim senapan berkualitas terbaik", "Dmitry Peskov"),
        ("senapan", "Dmitry Peskov"),
        ("senapn", "Dmitry Peskov"),
        ("snapan", "Dmitry Peskov"),  # typo in the first letters: found by the direct scan
        ("kerja sama militer Korea Utara", "Vladimir Putin"),
        # full-text syntax is only words
        ('"senapan"', "Dmitry Peskov"),
        ("senapan*", "Dmitry Peskov"),
        ("(senapan)", "Dmitry Peskov"),
        ('senapan" OR "', "Dmitry Peskov"),
        ("NEAR(senapan berkualitas)", "Dmitry Peskov"),
        ("Kami akan selalu mendukung keputusan Presiden Putin AND kepemimpinan", "Kim Jong Un"),
        ("senapan'; --", "Dmitry Peskov"),
        ("=HYPERLINK bohong besar", "Budi Santoso"),
    ],
)
def test_lookup_finds_the_quote_first(engine: sa.Engine, text: str, speaker: str) -> None:
    with Session(engine) as session:
        results = queries.lookup(session, text, limit=5)
    assert results, f"nothing found for {text!r}"
    assert results[0].speaker == speaker
    assert results[0].similarity is not None and results[0].similarity >= search.SIMILARITY_MIN / 100
    assert [r.similarity for r in results] == sorted((r.similarity for r in results), reverse=True)
    with engine.connect() as conn:  # the store is intact
        assert conn.execute(sa.text("SELECT count(*) FROM quote")).scalar_one() == 4


@pytest.mark.parametrize("text", ["", "   ", "*", '"" () *', "--;", "\u201c\u201d"])
def test_text_without_words_is_a_clear_error(engine: sa.Engine, text: str) -> None:
    with Session(engine) as session, pytest.raises(search.EmptyQuery, match="no words"):
        queries.lookup(session, text)


@pytest.mark.parametrize(
    "text", ["x'); DROP TABLE quote; --", "quote_fts MATCH '*'", "a OR 1=1", "' OR ''='"]
)
def test_sql_in_text_is_only_words(engine: sa.Engine, text: str) -> None:
    with Session(engine) as session:
        queries.lookup(session, text)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM quote")).scalar_one() == 4


def test_unrelated_text_finds_nothing(engine: sa.Engine) -> None:
    assert _ids(engine, "sepak bola Indonesia juara") == []


def test_lookup_result_carries_every_appearance_in_publication_order(engine: sa.Engine) -> None:
    with Session(engine) as session:
        [kim] = queries.lookup(session, "mendukung keputusan Presiden Putin", limit=1)
    assert kim.speaker_type == "person"
    assert [a.outlet for a in kim.appearances] == ["Tribunnews", "Liputan6", "Kompas"]
    assert [a.via for a in kim.appearances] == [("KCNA",), ("KCNA", "Yonhap"), ()]
    assert kim.first_seen is not None and kim.first_seen.date() == date(2023, 9, 13)
    assert kim.appearances[0].url == "https://www.tribunnews.com/internasional/2023/09/13/kim-putin"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(speaker="Peskov"), {"Dmitry Peskov"}),
        (Filters(speaker="dmitry peskov"), {"Dmitry Peskov"}),
        (Filters(speaker="Putin"), {"Vladimir Putin"}),
        (Filters(outlet="KCNA"), {"Kim Jong Un"}),  # a relay
        (Filters(outlet="Yonhap"), {"Kim Jong Un"}),
        (Filters(outlet="tribunnews"), {"Kim Jong Un", "Dmitry Peskov"}),  # a publisher
        (Filters(outlet="TASS"), {"Vladimir Putin"}),
        (Filters(since=date(2023, 9, 15)), {"Kim Jong Un", "Budi Santoso"}),
        (Filters(until=date(2023, 9, 12)), {"Vladimir Putin"}),
        (Filters(since=date(2023, 9, 14), until=date(2023, 9, 14)), {"Kim Jong Un", "Dmitry Peskov"}),
        (Filters(kind="mixed"), {"Dmitry Peskov"}),
        (Filters(kind="indirect"), {"Vladimir Putin"}),
        (Filters(outlet="Kompas", kind="direct", since=date(2023, 10, 1)), {"Budi Santoso"}),
        (Filters(outlet="KCNA", kind="mixed"), set()),
    ],
)
def test_filters_select_quotes(engine: sa.Engine, filters: Filters, expected: set[str]) -> None:
    with Session(engine) as session:
        found = {r.speaker for r in queries.lookup(session, None, filters=filters)}
        streamed = {r.speaker for r in queries.iter_quotes(session, filters)}
    assert found == streamed == expected


def test_filters_combine_with_text(engine: sa.Engine) -> None:
    assert _ids(engine, "senapan", filters=Filters(speaker="Kim")) == []
    assert len(_ids(engine, "senapan", filters=Filters(speaker="Peskov"))) == 1


@pytest.mark.parametrize(
    ("filters", "what", "suggestion"),
    [
        (Filters(speaker="Peskof"), "speaker", "Dmitry Peskov"),
        (Filters(speaker="Kim Jong Il"), "speaker", "Kim Jong Un"),
        (Filters(outlet="Liputan 6"), "outlet", "Liputan6"),
        (Filters(outlet="KCAN"), "outlet", "KCNA"),
    ],
)
def test_unknown_names_raise_with_suggestions(
    engine: sa.Engine, filters: Filters, what: str, suggestion: str
) -> None:
    with Session(engine) as session, pytest.raises(NotFound) as caught:
        queries.lookup(session, "senapan", filters=filters)
    assert caught.value.what == what
    assert suggestion in caught.value.suggestions
    assert str(caught.value).startswith(f"no such {what}: ")


def test_like_wildcards_in_names_are_literal(engine: sa.Engine) -> None:
    with Session(engine) as session, pytest.raises(NotFound):
        queries.lookup(session, None, filters=Filters(speaker="%"))


def test_without_text_newest_first_and_limited(engine: sa.Engine) -> None:
    with Session(engine) as session:
        results = queries.lookup(session, None, limit=2)
    assert [r.speaker for r in results] == ["Budi Santoso", "Dmitry Peskov"]
    assert all(r.similarity is None for r in results)


def test_search_index_follows_quote_changes(engine: sa.Engine) -> None:
    """The SQLite triggers (and PostgreSQL's expression index) keep search in step with quote.text."""
    peskov = corpus.quote_id(engine, "Dmitry Peskov")
    with engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE quote SET text = 'Senjata api otomatis buatan Tula' WHERE id = :i"), {"i": peskov}
        )
    assert _ids(engine, "otomatis buatan Tula") == [peskov]
    assert peskov not in _ids(engine, "berkualitas terbaik produksi")
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM quote WHERE id = :i"), {"i": peskov})
    assert _ids(engine, "otomatis buatan Tula") == []


def test_index_alone_finds_the_quote_without_the_scan(engine: sa.Engine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(search, "SCAN_MAX", 0)
    assert len(_ids(engine, "Kami akn selalu mendukung keputusn Presiden Putin")) == 1
    assert len(_ids(engine, "senapn")) == 1


def test_postgres_without_pg_trgm_degrades_to_tsvector(postgres_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    engine = corpus.build(postgres_url)
    monkeypatch.setattr(search, "trigram_schema", lambda session: None)
    monkeypatch.setattr(search, "SCAN_MAX", 0)
    assert len(_ids(engine, "Putin memberi Kim senapan berkualitas terbaik")) == 1


def test_postgres_trigram_candidates_when_installed(postgres_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    engine = corpus.build(postgres_url)
    with Session(engine) as session:
        schema = search.trigram_schema(session)
        if schema is None:
            pytest.skip("pg_trgm is not installed on this server")
        found = search._trigram_candidates(session, schema, "snapan produksi Rusia", [])
    assert corpus.quote_id(engine, "Dmitry Peskov") in found


def test_streaming_in_small_chunks_gives_the_same_quotes(engine: sa.Engine) -> None:
    with Session(engine) as session:
        whole = list(queries.iter_quotes(session))
        chunked = list(queries.iter_quotes(session, chunk=1))
        assert queries.count_appearances(session) == sum(len(r.appearances) for r in whole) == 6
    assert whole == chunked
    assert [r.quote_id for r in whole] == sorted(r.quote_id for r in whole)


def test_related_quotes_come_from_quote_link_strongest_first(engine: sa.Engine) -> None:
    kim, peskov = corpus.quote_id(engine, "Kim Jong Un"), corpus.quote_id(engine, "Dmitry Peskov")
    putin = corpus.quote_id(engine, "Vladimir Putin")
    with Session(engine) as session:
        assert queries.related(session, kim) == []
    link = m.QuoteLink.__table__  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(link.delete())
        conn.execute(
            link.insert().values(
                quote_id=min(kim, peskov), other_id=max(kim, peskov), score=0.6, created_at=m.utcnow()
            )
        )
        conn.execute(
            link.insert().values(
                quote_id=min(kim, putin), other_id=max(kim, putin), score=0.8, created_at=m.utcnow()
            )
        )
    with Session(engine) as session:
        found = queries.related(session, kim)
    assert [(r.quote_id, r.details) for r in found] == [
        (putin, {"kind": "related", "score": 0.8}),
        (peskov, {"kind": "related", "score": 0.6}),
    ]
    assert found[1].speaker == "Dmitry Peskov"
