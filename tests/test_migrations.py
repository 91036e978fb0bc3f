"""Alembic owns the schema: up, down, up again on empty databases, and models agree with migrations."""

from __future__ import annotations

import subprocess
import sys

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from quotes.store import (
    db,
    models,  # noqa: F401
)

EXPECTED_TABLES = {
    "outlet",
    "article",
    "speaker",
    "speaker_alias",
    "quote",
    "appearance",
    "appearance_via",
    "quote_key",
    "quote_link",
    "speaker_merge",
}


def _tables(engine: sa.Engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names()) - {"alembic_version"}


def test_upgrade_downgrade_upgrade_and_no_drift(db_url: str) -> None:
    engine = db.make_engine(db_url)
    db.upgrade(engine)
    assert _tables(engine) >= EXPECTED_TABLES
    db.downgrade(engine, "base")
    assert not {t for t in _tables(engine) if not t.startswith("quote_fts")}
    db.upgrade(engine)
    assert db.current_revision(engine) == db.head_revision()
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"include_object": db.include_object, "compare_type": True}
        )
        diff = compare_metadata(ctx, SQLModel.metadata)
    assert diff == [], f"models and migrations disagree: {diff}"
    engine.dispose()


def test_new_database_is_migrated_on_first_use(sqlite_url: str) -> None:
    engine = db.open_database(sqlite_url)
    assert _tables(engine) >= EXPECTED_TABLES
    assert db.current_revision(engine) == db.head_revision()


def test_sqlite_enforces_foreign_keys_and_wal(sqlite_url: str) -> None:
    engine = db.open_database(sqlite_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_plain_alembic_upgrade_from_repo_root(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from conftest import ROOT

    url = f"sqlite:///{tmp_path / 'plain.db'}"
    result = subprocess.run(
        [sys.executable, "-m", "alembic", "-x", f"db={url}", "upgrade", "head"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert _tables(sa.create_engine(url)) >= EXPECTED_TABLES


def test_0002_indexes_quotes_stored_before_it(sqlite_url: str) -> None:
    """Issue 5: upgrading a database that already holds quotes fills the blocking index for them."""
    engine = db.make_engine(sqlite_url)
    db.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO speaker (name, type) VALUES ('Budi', 'person')"))
        conn.execute(
            sa.text(
                "INSERT INTO quote (speaker_id, text, created_at) "
                "VALUES (1, 'Kami siap bertanding besok malam', '2023-01-01')"
            )
        )
    db.upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM quote_key WHERE quote_id = 1")).scalar_one() == 4
    db.downgrade(engine, "0001")
    assert "quote_key" not in _tables(engine)
