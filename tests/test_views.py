"""Views, the full-text declaration Datasette looks for, and the FTS triggers (issue 6)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import corpus
import pytest
import sqlalchemy as sa

from quotes.store import db

# Datasette's own detection (datasette/utils/__init__.py, detect_fts_sql), table name inlined.
DATASETTE_DETECT_FTS = """
select name from sqlite_master
    where rootpage = 0
    and (
        sql like '%VIRTUAL TABLE%USING FTS%content="quote"%'
        or sql like '%VIRTUAL TABLE%USING FTS%content=[quote]%'
        or (
            tbl_name = "quote"
            and sql like '%VIRTUAL TABLE%USING FTS%'
        )
    )
"""


def test_datasette_detects_quote_fts(sqlite_url: str, tmp_path: Path) -> None:
    corpus.build(sqlite_url)
    con = sqlite3.connect(tmp_path / "quotes.db")
    assert con.execute(DATASETTE_DETECT_FTS).fetchall() == [("quote_fts",)]
    [sql] = con.execute("SELECT sql FROM sqlite_master WHERE name = 'quote_fts'").fetchone()
    assert 'content="quote"' in sql and 'content_rowid="id"' in sql
    triggers = {
        r[0]
        for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'quote'")
    }
    assert triggers == {"quote_fts_ai", "quote_fts_ad", "quote_fts_au"}
    # the search Datasette runs for ?_search=senapan on the quote table
    found = con.execute(
        "SELECT id FROM quote WHERE rowid IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)",
        ("senapan",),
    ).fetchall()
    assert found == [(corpus.quote_id(sa.create_engine(sqlite_url), "Dmitry Peskov"),)]
    assert con.execute("INSERT INTO quote_fts(quote_fts) VALUES ('integrity-check')").rowcount != 0


def test_fts_backfills_quotes_stored_before_the_migration(sqlite_url: str) -> None:
    engine = db.make_engine(sqlite_url)
    db.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO quote (text, created_at) VALUES ('senapan lama', '2023-01-01')"))
    db.upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT rowid FROM quote_fts WHERE quote_fts MATCH 'lama'")).all() == [
            (1,)
        ]


def test_v_appearance_and_first_appearance(db_url: str) -> None:
    engine = corpus.build(db_url)
    kim = corpus.quote_id(engine, "Kim Jong Un")
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT outlet, via, via_origin, speaker, published_day FROM v_appearance WHERE quote_id = :q ORDER BY seen_at"
            ),
            {"q": kim},
        ).all()
        first = conn.execute(
            sa.text("SELECT doc_id, outlet FROM v_first_appearance WHERE quote_id = :q"), {"q": kim}
        ).all()
        n_first = conn.execute(sa.text("SELECT count(*) FROM v_first_appearance")).scalar_one()
        outlets = conn.execute(
            sa.text(
                "SELECT outlet, role, n_appearances FROM v_quote_outlets WHERE quote_id = :q ORDER BY role, outlet"
            ),
            {"q": kim},
        ).all()
    assert [(r.outlet, r.via, r.via_origin, r.speaker) for r in rows] == [
        ("Tribunnews", "KCNA", "KCNA", "Kim Jong Un"),
        ("Liputan6", "KCNA > Yonhap", "KCNA", "Kim Jong Un"),
        ("Kompas", None, None, "Kim Jong Un"),
    ]
    assert str(rows[0].published_day) == str(date(2023, 9, 13))
    assert first == [("tribun-kim", "Tribunnews")]
    assert n_first == 4
    assert [tuple(r) for r in outlets] == [
        ("Kompas", "publisher", 1),
        ("Liputan6", "publisher", 1),
        ("Tribunnews", "publisher", 1),
        ("KCNA", "relay", 2),
        ("Yonhap", "relay", 1),
    ]


@pytest.mark.parametrize("view", ["v_appearance", "v_first_appearance", "v_quote_outlets"])
def test_views_are_dropped_on_downgrade(db_url: str, view: str) -> None:
    engine = db.open_database(db_url)
    assert view in sa.inspect(engine).get_view_names()
    db.downgrade(engine, "0001")
    assert view not in sa.inspect(engine).get_view_names()
    assert not [t for t in sa.inspect(engine).get_table_names() if t.startswith("quote_fts")]


def test_postgres_migration_without_permission_for_pg_trgm(postgres_url: str) -> None:
    """A role that may not install extensions still gets the schema, and lookup works on tsvector."""
    import uuid

    from conftest import POSTGRES_URL
    from sqlalchemy.orm import Session

    from quotes import queries

    name = f"quotes_test_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE ROLE {name} LOGIN")
            conn.exec_driver_sql(f"CREATE DATABASE {name} OWNER postgres")
    except sa.exc.DBAPIError as exc:
        pytest.skip(f"cannot create a role and a database here: {exc.orig}")
    base = sa.engine.make_url(POSTGRES_URL).set(username=name, database=name)
    try:
        with sa.create_engine(base.set(username=admin.url.username)).connect() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA app AUTHORIZATION {name}")
            conn.commit()
        url = base.render_as_string(hide_password=False) + "?options=-csearch_path%3Dapp"
        engine = db.open_database(url)
        with engine.begin() as conn:
            assert (
                conn.exec_driver_sql("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'").scalar()
                == 0
            )
            conn.exec_driver_sql(
                "INSERT INTO quote (text, created_at) VALUES ('Putin memberi Kim senapan', now())"
            )
        assert db.current_revision(engine) == db.head_revision()
        with Session(engine) as session:
            assert [r.text for r in queries.lookup(session, "senapan Kim")] == ["Putin memberi Kim senapan"]
        engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {name}")
        admin.dispose()
