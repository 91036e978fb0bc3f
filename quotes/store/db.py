"""Engines, sessions and migrations.

A database is selected by URL: ``--db``, else ``QUOTES_DATABASE_URL``, else ``sqlite:///quotes.db`` in the
working directory. A new database is migrated to the newest revision on first use.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

DEFAULT_URL = "sqlite:///quotes.db"
ENV_VAR = "QUOTES_DATABASE_URL"

# Seconds a SQLite writer waits for another one's lock before giving up with "database is locked": an
# ingest batch holds the lock for about a second, so 30 s only runs out when something else (a stuck
# process, a long manual transaction) holds the file. ``QUOTES_SQLITE_BUSY_TIMEOUT`` overrides it.
SQLITE_BUSY_TIMEOUT_S = 30
BUSY_TIMEOUT_ENV_VAR = "QUOTES_SQLITE_BUSY_TIMEOUT"
# Arbitrary constant key for the PostgreSQL advisory lock held while migrating, so that two processes
# starting on a new database do not both create the tables.
_MIGRATION_LOCK_KEY = 7_265_014
# Key of the transaction-level advisory lock every ingest batch takes on PostgreSQL: writers take turns,
# so two ``quotes ingest`` runs never both decide that a quote is new (near-duplicate matching cannot be a
# unique constraint). Extraction, the expensive part, still runs in parallel.
_WRITER_LOCK_KEY = 7_265_015


# Objects that migrations create by hand (full-text tables, their shadow tables and indexes, views) and
# that autogenerate must neither drop nor compare.
IGNORED_PREFIXES = ("quote_fts", "v_")


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic autogenerate filter: skip the hand-made objects above."""
    return not (type_ in ("table", "index") and name is not None and name.startswith(IGNORED_PREFIXES))


class DatabaseError(Exception):
    """A database could not be opened or migrated; the message says why in a user's terms."""


class DatabaseLocked(DatabaseError):
    """Another process held the SQLite file's write lock for longer than the busy timeout."""


def busy_timeout_s() -> float:
    """The SQLite busy timeout in seconds: :data:`SQLITE_BUSY_TIMEOUT_S` unless the environment says."""
    override = os.environ.get(BUSY_TIMEOUT_ENV_VAR)
    return float(override) if override else SQLITE_BUSY_TIMEOUT_S


def database_url(url: str | None = None) -> str:
    """The URL to use: the explicit one, the environment's, or the default SQLite file."""
    chosen = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    if chosen.startswith("postgresql://") or chosen.startswith("postgres://"):
        # Use psycopg 3, the driver we depend on, rather than SQLAlchemy's default psycopg2.
        chosen = "postgresql+psycopg://" + chosen.split("://", 1)[1]
    return chosen


def migrations_dir() -> Path:
    """The Alembic script directory (``migrations/`` at the repository root)."""
    override = os.environ.get("QUOTES_MIGRATIONS")
    path = Path(override) if override else Path(__file__).resolve().parents[2] / "migrations"
    if not (path / "env.py").is_file():
        raise DatabaseError(
            f"Alembic migrations not found at {path}; install quotes from its source tree "
            "(pip install -e .) or set QUOTES_MIGRATIONS to the migrations directory"
        )
    return path


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_s() * 1000)}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str | None = None) -> Engine:
    """An engine for ``url``, with foreign keys enforced and WAL on SQLite."""
    resolved = database_url(url)
    kwargs: dict[str, Any] = {"future": True}
    if resolved.startswith("sqlite"):
        kwargs["connect_args"] = {"timeout": busy_timeout_s()}
    engine = sa.create_engine(resolved, **kwargs)
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _on_sqlite_connect)
    return engine


def lock_for_writing(session: Session) -> None:
    """Make the session's transaction the only writer until it ends; call it first in the transaction.

    SQLite: ``BEGIN IMMEDIATE`` takes the write lock up front (waiting up to the busy timeout), so the
    transaction's reads and writes see one state and the batch commits whole. PostgreSQL: a
    transaction-level advisory lock, released at commit or rollback.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        try:
            session.execute(sa.text("BEGIN IMMEDIATE"))
        except sa.exc.OperationalError as exc:
            if "locked" in str(exc.orig) or "busy" in str(exc.orig):
                raise DatabaseLocked(
                    f"the SQLite database {session.get_bind().engine.url.database} is locked by another process "
                    f"(waited {busy_timeout_s():g} s). Wait for it to finish, or use PostgreSQL for "
                    f"concurrent writers; batches already committed are kept, so re-running completes "
                    f"the ingest."
                ) from exc
            raise
    elif dialect == "postgresql":
        session.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _WRITER_LOCK_KEY})


@functools.cache
def insert_for(dialect: str, table: sa.Table) -> sa.Insert:
    """``INSERT .. ON CONFLICT DO NOTHING`` into ``table`` for the named dialect, built once."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing()
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(table).on_conflict_do_nothing()
    raise NotImplementedError(dialect)  # pragma: no cover - only SQLite and PostgreSQL are supported


def insert_ignore(session: Session, table: sa.Table) -> sa.Insert:
    """``INSERT .. ON CONFLICT DO NOTHING`` into ``table``, for ``session.execute(stmt, rows)``; built once
    per dialect and table, so that SQLAlchemy's compiled cache serves every later call."""
    return insert_for(session.get_bind().dialect.name, table)


def alembic_config(engine: Engine | None = None, url: str | None = None) -> Config:
    """An Alembic config pointing at ``migrations/``; the engine or URL is passed to ``env.py``."""
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        cfg.attributes["engine"] = engine
    cfg.set_main_option("sqlalchemy.url", database_url(url).replace("%", "%%"))
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision``; on PostgreSQL under an advisory lock so concurrent starts are safe."""
    cfg = alembic_config(engine)
    if engine.dialect.name == "postgresql":
        with engine.connect() as lock_conn:
            lock_conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK_KEY})
            try:
                command.upgrade(cfg, revision)
            finally:
                lock_conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK_KEY})
                lock_conn.commit()
    else:
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)


def open_database(url: str | None = None, *, migrate: bool = True) -> Engine:
    """Open (and, on first use, create and migrate) the database at ``url``."""
    engine = make_engine(url)
    try:
        if migrate and current_revision(engine) != head_revision():
            upgrade(engine)
    except sa.exc.OperationalError as exc:
        raise DatabaseError(f"cannot open database {engine.url!r}: {exc.orig}") from exc
    return engine
