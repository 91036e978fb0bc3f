"""Find quotes by wording: full-text candidates from the database, re-ranked by rapidfuzz.

The user's text never reaches a full-text parser as syntax: it is cut into words (``\\w+``), and each word
is quoted as a literal term, so ``"``, ``AND``, ``*``, parentheses or ``NEAR`` are plain words. Terms are
OR-ed (a pasted quote with missing or extra words still shares most of its words), and each long word
also matches by its first letters, so a typo late in a word still finds it. The candidates are then
scored by rapidfuzz against the normalised quote text.

SQLite: the FTS5 table ``quote_fts``. PostgreSQL: ``to_tsvector('simple', text)`` and, when the
``pg_trgm`` extension is installed, trigram word similarity as a second source of candidates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rapidfuzz import fuzz, process
from sqlalchemy.orm import Session

from quotes.dedup import normalise
from quotes.store import models as m

# Candidates taken from the full-text index, best-ranked first, before rapidfuzz re-ranks them. A pasted
# quote's own row ranks in the first few by bm25/ts_rank on the dev set; 200 leaves room for typos.
CANDIDATES = 200
# Words of the query used as search terms; a pasted paragraph beyond that adds nothing but cost.
MAX_WORDS = 32
# Words this long also match by their first PREFIX_CHARS letters ("senapn" finds "senapan").
PREFIX_MIN_WORD = 5
PREFIX_CHARS = 4
# When the index yields fewer matches than asked for and the filtered quotes are at most this many, all
# of them are scored directly (a typo in the first letters of the only word still finds its quote).
# 20,000 quotes score in well under a second.
SCAN_MAX = 20_000
# Similarity (0-100) below which a candidate is not shown. Chosen on the seeds: a quote pasted with a
# typo, other punctuation or two words missing scores 90-100, a one-letter typo in a single word about 92;
# quotes that merely share a similar word ("senang" for "senapn") score 67-83.
SIMILARITY_MIN = 80.0

_WORD = re.compile(r"\w+", re.UNICODE)


class EmptyQuery(ValueError):
    """The search text contains no words (only punctuation or operators)."""


def words(text: str) -> list[str]:
    """The distinct lower-cased words of ``text``, in order, at most MAX_WORDS."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(text.lower()):
        seen.setdefault(word, None)
    return list(seen)[:MAX_WORDS]


def sqlite_match(terms: Sequence[str]) -> str:
    """An FTS5 MATCH expression: every word a quoted literal, long words also as a prefix, OR-ed."""
    parts: list[str] = []
    for word in terms:
        parts.append(_fts5_string(word))
        if len(word) >= PREFIX_MIN_WORD:
            parts.append(_fts5_string(word[:PREFIX_CHARS]) + "*")
    return " OR ".join(parts)


def _fts5_string(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def pg_tsquery(terms: Sequence[str]) -> str:
    """A ``to_tsquery`` expression with the same meaning as ``sqlite_match``."""
    parts: list[str] = []
    for word in terms:
        parts.append(_tsquery_lexeme(word))
        if len(word) >= PREFIX_MIN_WORD:
            parts.append(_tsquery_lexeme(word[:PREFIX_CHARS]) + ":*")
    return " | ".join(parts)


def _tsquery_lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def quote_similarity(
    query: str, text: str, *, processor: Any = None, score_cutoff: float | None = None
) -> float:
    """0-100: how well ``query`` matches ``text``.

    ``token_set_ratio`` forgives missing or extra words in a pasted quote. The best ``ratio`` against a
    run of as many words of ``text`` as the query has (or one more) forgives a typo in a short query
    inside a long quote ("senapn" scores 92 against "senapan", 67 against "senang"). The better counts.
    """
    if processor is not None:
        query, text = processor(query), processor(text)
    score = fuzz.token_set_ratio(query, text)
    wanted, tokens = len(query.split()), text.split()
    for size in (wanted, wanted + 1):
        if size >= len(tokens):
            score = max(score, fuzz.ratio(query, " ".join(tokens)))
            break
        for start in range(len(tokens) - size + 1):
            score = max(score, fuzz.ratio(query, " ".join(tokens[start : start + size])))
    return score if score_cutoff is None or score >= score_cutoff else 0.0


@dataclass(frozen=True)
class Hit:
    quote_id: int
    similarity: float
    """0-1."""


def find(
    session: Session,
    text: str,
    *,
    conditions: Sequence[sa.ColumnElement[bool]] = (),
    limit: int = 20,
) -> list[Hit]:
    """The quotes best matching ``text`` among those meeting ``conditions``, best first."""
    terms = words(text)
    if not terms:
        raise EmptyQuery(f"nothing to search for in {text!r}: it has no words")
    candidates = _index_candidates(session, terms, text, conditions)
    hits = rerank(text, candidates)
    if len(hits) < limit and _count(session, conditions) <= SCAN_MAX:
        hits = rerank(text, _all_quotes(session, conditions))
    return hits[:limit]


def rerank(text: str, candidates: dict[int, str]) -> list[Hit]:
    """Score candidates against ``text``; ties go to the closer whole wording, then the older quote."""
    query = normalise(text)
    found = process.extract(
        query,
        candidates,
        scorer=quote_similarity,
        processor=normalise,
        score_cutoff=SIMILARITY_MIN,
        limit=None,
    )
    ranked = sorted(
        found,
        key=lambda item: (-item[1], -fuzz.ratio(query, normalise(item[0])), item[2]),
    )
    return [Hit(int(quote_id), round(score / 100, 4)) for _text, score, quote_id in ranked]


def _quote_table() -> sa.Table:
    return m.Quote.__table__  # type: ignore[attr-defined]


def _index_candidates(
    session: Session, terms: list[str], text: str, conditions: Sequence[sa.ColumnElement[bool]]
) -> dict[int, str]:
    q = _quote_table()
    dialect = session.get_bind().dialect.name
    found: dict[int, str] = {}
    if dialect == "sqlite":
        fts = sa.table("quote_fts", sa.column("rowid"))
        stmt = (
            sa.select(q.c.id, q.c.text)
            .select_from(q.join(fts, fts.c.rowid == q.c.id))
            .where(sa.text("quote_fts MATCH :fts_query").bindparams(fts_query=sqlite_match(terms)))
            .where(*conditions)
            .order_by(sa.text("quote_fts.rank"))
            .limit(CANDIDATES)
        )
        found.update((row[0], row[1]) for row in session.execute(stmt))
    elif dialect == "postgresql":
        vector = sa.func.to_tsvector(sa.literal_column("'simple'"), q.c.text)
        query = sa.func.to_tsquery(sa.literal_column("'simple'"), sa.bindparam("tsq", pg_tsquery(terms)))
        stmt = (
            sa.select(q.c.id, q.c.text)
            .where(vector.op("@@")(query), *conditions)
            .order_by(sa.func.ts_rank(vector, query).desc(), q.c.id)
            .limit(CANDIDATES)
        )
        found.update((row[0], row[1]) for row in session.execute(stmt))
        schema = trigram_schema(session)
        if schema is not None:
            found.update(_trigram_candidates(session, schema, text, conditions))
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise NotImplementedError(dialect)
    return found


def trigram_schema(session: Session) -> str | None:
    """The schema holding pg_trgm, or None when the extension is not installed."""
    return session.execute(
        sa.text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'pg_trgm'"
        )
    ).scalar()


def _trigram_candidates(
    session: Session, schema: str, text: str, conditions: Sequence[sa.ColumnElement[bool]]
) -> dict[int, str]:
    # ``schema`` comes from the catalogue, never from the user, and is quoted as an identifier.
    q = _quote_table()
    quoted = session.get_bind().dialect.identifier_preparer.quote_identifier(schema)
    query: sa.BindParameter[str] = sa.bindparam("trgm_query", text[:1000])
    # word_similarity lives in the extension's schema, which may not be on the search_path.
    similarity = sa.func.word_similarity(query, q.c.text)
    similarity.packagenames = (sa.sql.quoted_name(schema, True),)
    stmt = (
        sa.select(q.c.id, q.c.text)
        .where(query.op(f"OPERATOR({quoted}.<%)")(q.c.text), *conditions)
        .order_by(similarity.desc(), q.c.id)
        .limit(CANDIDATES)
    )
    return {row[0]: row[1] for row in session.execute(stmt)}


def _count(session: Session, conditions: Sequence[sa.ColumnElement[bool]]) -> int:
    q = _quote_table()
    return int(session.execute(sa.select(sa.func.count()).select_from(q).where(*conditions)).scalar_one())


def _all_quotes(session: Session, conditions: Sequence[sa.ColumnElement[bool]]) -> dict[int, str]:
    q = _quote_table()
    return {row[0]: row[1] for row in session.execute(sa.select(q.c.id, q.c.text).where(*conditions))}
