"""Full-text search over quote text and read-only views for fact-checkers.

SQLite: ``quote_fts``, an external-content FTS5 table over ``quote.text`` (``content="quote"``,
``content_rowid="id"``, declared so that Datasette detects it), kept in sync by triggers.
PostgreSQL: a GIN index on ``to_tsvector('simple', text)``, and, when the server lets us install
``pg_trgm``, a trigram index for typo-tolerant lookup (the extension is optional: without it, lookup
degrades to the ``tsvector`` search).

Views (``v_appearance``, ``v_first_appearance``, ``v_quote_outlets``) are documented in the README.

A later migration that rebuilds ``quote`` on SQLite (batch mode copies and renames the table) drops the
triggers with it and must recreate them (``create_sqlite_fts_triggers``).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 02:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_FTS = (
    "CREATE VIRTUAL TABLE quote_fts USING fts5("
    'text, content="quote", content_rowid="id", tokenize="unicode61 remove_diacritics 2")'
)
SQLITE_TRIGGERS = (
    """CREATE TRIGGER quote_fts_ai AFTER INSERT ON quote BEGIN
  INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
END""",
    """CREATE TRIGGER quote_fts_ad AFTER DELETE ON quote BEGIN
  INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
END""",
    """CREATE TRIGGER quote_fts_au AFTER UPDATE OF text ON quote BEGIN
  INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
END""",
)

# The relay chain as text, origin first: "Russia 1 > CNN". SQLite before 3.44 has no ORDER BY inside
# group_concat; an ordered subquery is the documented way to get a deterministic order.
_VIA = {
    "sqlite": """(SELECT group_concat(name, ' > ') FROM (
        SELECT o2.name AS name FROM appearance_via v2 JOIN outlet o2 ON o2.id = v2.outlet_id
        WHERE v2.appearance_id = a.id ORDER BY v2.position))""",
    "postgresql": """(SELECT string_agg(o2.name, ' > ' ORDER BY v2.position)
        FROM appearance_via v2 JOIN outlet o2 ON o2.id = v2.outlet_id WHERE v2.appearance_id = a.id)""",
}
_DAY = {"sqlite": "date(ar.published)", "postgresql": "CAST(ar.published AS DATE)"}

APPEARANCE_COLUMNS = (
    "appearance_id, quote_id, quote_text, speaker_id, speaker, speaker_type, text, kind, cue, "
    "doc_id, url, title, outlet, published, published_day, seen_at, via, via_origin, "
    "start_char, end_char, similarity, confidence, rule"
)


def _views(dialect: str) -> list[str]:
    return [
        f"""CREATE VIEW v_appearance AS
SELECT a.id AS appearance_id, a.quote_id AS quote_id, q.text AS quote_text,
       q.speaker_id AS speaker_id, s.name AS speaker, s.type AS speaker_type,
       a.text AS text, a.kind AS kind, a.cue AS cue,
       ar.doc_id AS doc_id, ar.url AS url, ar.title AS title, o.name AS outlet,
       ar.published AS published, {_DAY[dialect]} AS published_day,
       COALESCE(ar.published, ar.ingested_at) AS seen_at,
       {_VIA[dialect]} AS via,
       (SELECT o3.name FROM appearance_via v3 JOIN outlet o3 ON o3.id = v3.outlet_id
        WHERE v3.appearance_id = a.id AND v3.position = 0) AS via_origin,
       a.start_char AS start_char, a.end_char AS end_char, a.similarity AS similarity,
       a.confidence AS confidence, a.rule AS rule
FROM appearance a
JOIN quote q ON q.id = a.quote_id
JOIN article ar ON ar.id = a.article_id
LEFT JOIN speaker s ON s.id = q.speaker_id
LEFT JOIN outlet o ON o.id = ar.outlet_id""",
        f"""CREATE VIEW v_first_appearance AS
SELECT {APPEARANCE_COLUMNS} FROM (
  SELECT va.*, ROW_NUMBER() OVER (PARTITION BY va.quote_id ORDER BY va.seen_at, va.appearance_id) AS rn
  FROM v_appearance va
) ranked
WHERE rn = 1""",
        """CREATE VIEW v_quote_outlets AS
SELECT quote_id, outlet, role, COUNT(*) AS n_appearances, MIN(seen_at) AS first_seen FROM (
  SELECT a.quote_id AS quote_id, o.name AS outlet, 'publisher' AS role,
         COALESCE(ar.published, ar.ingested_at) AS seen_at
  FROM appearance a JOIN article ar ON ar.id = a.article_id JOIN outlet o ON o.id = ar.outlet_id
  UNION ALL
  SELECT a.quote_id, o.name, 'relay', COALESCE(ar.published, ar.ingested_at)
  FROM appearance a JOIN article ar ON ar.id = a.article_id
  JOIN appearance_via v ON v.appearance_id = a.id JOIN outlet o ON o.id = v.outlet_id
) carried
GROUP BY quote_id, outlet, role""",
    ]


def create_sqlite_fts_triggers() -> None:
    for trigger in SQLITE_TRIGGERS:
        op.execute(trigger)


def _postgres_trigram() -> None:
    """Install pg_trgm and a trigram index when the server allows it; otherwise carry on without."""
    conn = op.get_bind()
    schema = conn.exec_driver_sql(
        "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'"
    ).scalar()
    if schema is None:
        try:
            # In a savepoint, so that a refusal (no permission, extension not shipped) leaves the
            # migration's transaction usable. The public schema keeps the extension out of any one
            # application schema, which may be dropped with everything in it.
            with conn.begin_nested():
                conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
        except sa.exc.DBAPIError:
            return
        schema = conn.exec_driver_sql(
            "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'"
        ).scalar()
    if schema is not None:
        op.execute(f"CREATE INDEX quote_fts_trgm ON quote USING gin (text {schema}.gin_trgm_ops)")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(SQLITE_FTS)
        create_sqlite_fts_triggers()
        op.execute("INSERT INTO quote_fts(quote_fts) VALUES ('rebuild')")
    elif dialect == "postgresql":
        op.execute("CREATE INDEX quote_fts_tsv ON quote USING gin (to_tsvector('simple', text))")
        _postgres_trigram()
    for view in _views(dialect):
        op.execute(view)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for view in ("v_quote_outlets", "v_first_appearance", "v_appearance"):
        op.execute(f"DROP VIEW IF EXISTS {view}")
    if dialect == "sqlite":
        for trigger in ("quote_fts_ai", "quote_fts_ad", "quote_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS quote_fts")
    elif dialect == "postgresql":
        # pg_trgm stays: other schemas of the same database may use it.
        op.execute("DROP INDEX IF EXISTS quote_fts_trgm")
        op.execute("DROP INDEX IF EXISTS quote_fts_tsv")
