"""The store on real SQLite and PostgreSQL: write, read back, idempotency, versions, foreign keys."""

from __future__ import annotations

from datetime import datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from quotes import records
from quotes.queries import lookup
from quotes.speakers import load_registry
from quotes.store import db
from quotes.store import models as m
from quotes.store.write import save_extraction

TEXT = (
    'TRIBUNNEWS.COM - "Kami siap bertanding besok malam," kata pelatih Timnas Shin Tae-yong kepada wartawan.'
)


def _article(text: str = TEXT, doc_id: str = "a1") -> records.Article:
    return records.Article(
        id=doc_id, text=text, outlet="Tribunnews", published=datetime(2023, 9, 14), lang="id"
    )


def _extraction(text: str = TEXT, doc_id: str = "a1", version: str = "test-1") -> records.Extraction:
    start = text.index("Kami")
    end = text.index(",", start)
    quote = records.Quote(
        span=records.Span(start, end, text[start:end]),
        kind="direct",
        speaker=records.SpeakerRef(
            "Shin Tae-yong",
            "person",
            records.Span(text.index("Shin"), text.index(" kepada"), "Shin Tae-yong"),
        ),
        cue=records.Span(text.index("kata"), text.index("kata") + 4, "kata"),
        rule="direct.cue_after.v1",
        confidence=0.95,
        via=(records.Relay("CNN"), records.Relay("Reuters")),
    )
    return records.Extraction(article_id=doc_id, quotes=(quote,), extractor=version)


def _count(engine: sa.Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_store_and_read_back(db_url: str) -> None:
    engine = db.open_database(db_url)
    with Session(engine) as session, session.begin():
        result = save_extraction(session, _article(), _extraction())
    assert (result.status, result.quotes_new) == ("new", 1)
    with Session(engine) as session:
        [found] = lookup(session, "siap bertanding")
    assert found.speaker == "Shin Tae-yong"
    assert found.first_seen == datetime(2023, 9, 14)
    [appearance] = found.appearances
    assert appearance.outlet == "Tribunnews"
    assert appearance.via == ("CNN", "Reuters")
    assert TEXT[appearance.start : appearance.end] == appearance.text


def test_same_article_twice_changes_nothing(db_url: str) -> None:
    engine = db.open_database(db_url)
    for _ in range(2):
        with Session(engine) as session, session.begin():
            save_extraction(session, _article(), _extraction())
    counts = [_count(engine, t) for t in ("article", "quote", "appearance", "appearance_via", "speaker")]
    assert counts == [1, 1, 1, 2, 1 + len(load_registry())]  # the registry's speakers are loaded too


def test_changed_text_replaces_appearances(db_url: str) -> None:
    engine = db.open_database(db_url)
    with Session(engine) as session, session.begin():
        save_extraction(session, _article(), _extraction())
    changed = TEXT.replace("besok malam", "lusa")
    with Session(engine) as session, session.begin():
        result = save_extraction(session, _article(changed), _extraction(changed))
    assert result.status == "updated"
    assert [_count(engine, t) for t in ("article", "appearance")] == [1, 1]
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT text FROM quote")).scalar_one() == "Kami siap bertanding lusa"


def test_same_statement_in_two_articles_is_one_quote(db_url: str) -> None:
    engine = db.open_database(db_url)
    other = TEXT.replace("TRIBUNNEWS.COM", "Liputan6.com").replace("malam,", "malam!,")
    with Session(engine) as session, session.begin():
        save_extraction(session, _article(), _extraction())
        result = save_extraction(session, _article(other, "a2"), _extraction(other, "a2"))
    assert result.quotes_merged == 1
    assert (_count(engine, "quote"), _count(engine, "appearance")) == (1, 2)


def test_foreign_keys_refuse_orphans(db_url: str) -> None:
    engine = db.open_database(db_url)
    with pytest.raises(sa.exc.IntegrityError), Session(engine) as session, session.begin():
        session.execute(
            sa.insert(m.Appearance.__table__).values(  # type: ignore[attr-defined]
                quote_id=999,
                article_id=999,
                start_char=0,
                end_char=5,
                text="x",
                kind="direct",
                confidence=0.5,
                rule="r",
                extractor="e",
            )
        )


def test_check_constraints_refuse_bad_kind(db_url: str) -> None:
    engine = db.open_database(db_url)
    with Session(engine) as session, session.begin():
        save_extraction(session, _article(), _extraction())
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        conn.execute(sa.text("UPDATE appearance SET kind = 'rumour'"))
