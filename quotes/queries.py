"""Read-side queries: lookup, provenance and streaming of canonical quotes with their appearances.

Filters select quotes: a quote is in when at least one of its appearances meets every appearance filter
(outlet, dates, kind) and its speaker is the one asked for. A selected quote always comes with all its
appearances, so that its first appearance and relay history stay whole. User text only as parameters.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from rapidfuzz import fuzz, process
from sqlalchemy.orm import Session

from quotes import search
from quotes.dedup import normalise
from quotes.records import QuoteKind
from quotes.store import models as m

# Close names offered when a --speaker or --outlet matches nothing: at most this many, scoring at least
# SUGGEST_MIN (rapidfuzz WRatio on normalised names; "Peskof" -> "Dmitry Peskov" scores 86).
SUGGESTIONS = 3
SUGGEST_MIN = 60.0
# Rows fetched per round trip when streaming exports; relay chains are fetched per chunk.
STREAM_CHUNK = 1000


def _t(model: Any) -> sa.Table:
    return model.__table__


@dataclass(frozen=True)
class Filters:
    """What ``lookup``, ``export`` and ``iter_quotes`` select, besides the search text."""

    speaker: str | None = None
    outlet: str | None = None
    since: date | None = None
    until: date | None = None
    """Inclusive."""
    kind: QuoteKind | None = None


class NotFound(LookupError):
    """A speaker or outlet name matched nothing; ``suggestions`` are the closest known names."""

    def __init__(self, what: str, name: str, suggestions: Sequence[str]) -> None:
        self.what, self.name, self.suggestions = what, name, tuple(suggestions)
        hint = f"; did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"no such {what}: {name!r}{hint}")


@dataclass(frozen=True)
class AppearanceRow:
    article_id: str
    """The input ``id`` of the article (``article.doc_id``)."""
    url: str | None
    outlet: str | None
    published: datetime | None
    start: int
    end: int
    text: str
    kind: str
    cue: str | None
    via: tuple[str, ...]
    similarity: float
    appearance_id: int = 0
    title: str | None = None
    seen_at: datetime | None = None
    """``published``, or the ingestion time when the article has no date."""


@dataclass(frozen=True)
class QuoteResult:
    quote_id: int
    text: str
    speaker: str | None
    speaker_type: str | None
    first_seen: datetime | None
    appearances: tuple[AppearanceRow, ...]
    similarity: float | None = None


@dataclass(frozen=True)
class RelatedQuote:
    quote_id: int
    text: str
    speaker: str | None
    details: dict[str, Any] = field(default_factory=dict)
    """The link's other columns (relation, score...), as stored."""


def conditions(session: Session, filters: Filters) -> list[sa.ColumnElement[bool]]:
    """WHERE clauses on ``quote`` for ``filters``; raises NotFound for an unknown speaker or outlet."""
    q, a, ar, v = _t(m.Quote), _t(m.Appearance), _t(m.Article), _t(m.AppearanceVia)
    where: list[sa.ColumnElement[bool]] = []
    if filters.speaker:
        where.append(q.c.speaker_id.in_(speaker_ids(session, filters.speaker)))
    on_appearance: list[sa.ColumnElement[bool]] = []
    if filters.outlet:
        outlets = outlet_ids(session, filters.outlet)
        relayed = sa.select(v.c.appearance_id).where(v.c.appearance_id == a.c.id, v.c.outlet_id.in_(outlets))
        on_appearance.append(sa.or_(ar.c.outlet_id.in_(outlets), relayed.exists()))
    if filters.since:
        on_appearance.append(ar.c.published >= datetime.combine(filters.since, time()))
    if filters.until:
        on_appearance.append(ar.c.published < datetime.combine(filters.until + timedelta(days=1), time()))
    if filters.kind:
        on_appearance.append(a.c.kind == filters.kind)
    if on_appearance:
        where.append(
            sa.select(a.c.id)
            .select_from(a.join(ar, ar.c.id == a.c.article_id))
            .where(a.c.quote_id == q.c.id, *on_appearance)
            .exists()
        )
    return where


def speaker_ids(session: Session, name: str) -> list[int]:
    """Speakers called ``name``, having it as an alias, or whose name contains it (case-insensitive)."""
    s, al = _t(m.Speaker), _t(m.SpeakerAlias)
    wanted = name.strip().lower()
    ids = (
        session.execute(
            sa.select(s.c.id).where(
                sa.or_(
                    sa.func.lower(s.c.name).contains(wanted, autoescape=True),
                    s.c.id.in_(sa.select(al.c.speaker_id).where(sa.func.lower(al.c.alias) == wanted)),
                )
            )
        )
        .scalars()
        .all()
    )
    if not ids:
        names = session.execute(sa.select(s.c.name)).scalars().all()
        raise NotFound("speaker", name, suggest(name, names))
    return list(ids)


def outlet_ids(session: Session, name: str) -> list[int]:
    """Outlets called ``name``, whose name contains it, or with this domain (case-insensitive)."""
    o = _t(m.Outlet)
    wanted = name.strip().lower()
    ids = (
        session.execute(
            sa.select(o.c.id).where(
                sa.or_(
                    sa.func.lower(o.c.name).contains(wanted, autoescape=True),
                    sa.func.lower(o.c.domain) == wanted,
                )
            )
        )
        .scalars()
        .all()
    )
    if not ids:
        names = session.execute(sa.select(o.c.name)).scalars().all()
        raise NotFound("outlet", name, suggest(name, names))
    return list(ids)


def suggest(name: str, known: Sequence[str]) -> list[str]:
    """The known names closest to ``name``."""
    found = process.extract(
        name,
        list(known),
        scorer=fuzz.WRatio,
        processor=normalise,
        score_cutoff=SUGGEST_MIN,
        limit=SUGGESTIONS,
    )
    return [choice for choice, _score, _index in found]


def lookup(
    session: Session,
    text: str | None = None,
    *,
    filters: Filters | None = None,
    speaker: str | None = None,
    limit: int = 20,
) -> list[QuoteResult]:
    """Canonical quotes matching ``text`` (best first, with a similarity) and ``filters`` (newest first).

    Raises ``search.EmptyQuery`` for a text without words and ``NotFound`` for unknown names.
    """
    if filters is None:
        filters = Filters(speaker=speaker)
    where = conditions(session, filters)
    if text is not None:
        hits = search.find(session, text, conditions=where, limit=limit)
        scores: dict[int, float | None] = {hit.quote_id: hit.similarity for hit in hits}
    else:
        q = _t(m.Quote)
        ids = (
            session.execute(
                sa.select(q.c.id).where(*where).order_by(q.c.first_seen.desc(), q.c.id.desc()).limit(limit)
            )
            .scalars()
            .all()
        )
        scores = dict.fromkeys(ids)
    found = {result.quote_id: result for result in quotes_by_id(session, list(scores))}
    return [
        replace(found[quote_id], similarity=score) for quote_id, score in scores.items() if quote_id in found
    ]


def quote(session: Session, quote_id: int) -> QuoteResult | None:
    """One canonical quote with every appearance, or None."""
    found = quotes_by_id(session, [quote_id])
    return found[0] if found else None


def quotes_by_id(session: Session, quote_ids: Sequence[int]) -> list[QuoteResult]:
    """The given quotes with their appearances, in id order."""
    if not quote_ids:
        return []
    q = _t(m.Quote)
    return list(_stream(session, q.c.id.in_(list(quote_ids))))


def iter_quotes(
    session: Session, filters: Filters | None = None, *, chunk: int = STREAM_CHUNK
) -> Iterator[QuoteResult]:
    """Every selected quote with its appearances, by quote id, streamed: memory holds one chunk of rows."""
    where = conditions(session, filters or Filters())
    return _stream(session, sa.and_(sa.true(), *where), chunk=chunk)


def count_appearances(session: Session, filters: Filters | None = None) -> int:
    """How many appearance rows ``iter_quotes`` will produce (for a progress bar)."""
    q, a = _t(m.Quote), _t(m.Appearance)
    where = conditions(session, filters or Filters())
    stmt = sa.select(sa.func.count()).select_from(a.join(q, q.c.id == a.c.quote_id)).where(*where)
    return int(session.execute(stmt).scalar_one())


def _stream(
    session: Session, where: sa.ColumnElement[bool], *, chunk: int = STREAM_CHUNK
) -> Iterator[QuoteResult]:
    q, s, a, ar, o = _t(m.Quote), _t(m.Speaker), _t(m.Appearance), _t(m.Article), _t(m.Outlet)
    seen_at = sa.func.coalesce(ar.c.published, ar.c.ingested_at)
    stmt = (
        sa.select(
            q.c.id.label("quote_id"),
            q.c.text.label("quote_text"),
            q.c.first_seen,
            s.c.name.label("speaker"),
            s.c.type.label("speaker_type"),
            a.c.id.label("appearance_id"),
            ar.c.doc_id,
            ar.c.url,
            ar.c.title,
            o.c.name.label("outlet"),
            ar.c.published,
            seen_at.label("seen_at"),
            a.c.start_char,
            a.c.end_char,
            a.c.text,
            a.c.kind,
            a.c.cue,
            a.c.similarity,
        )
        .select_from(
            q.outerjoin(s, s.c.id == q.c.speaker_id)
            .outerjoin(a, a.c.quote_id == q.c.id)
            .outerjoin(ar, ar.c.id == a.c.article_id)
            .outerjoin(o, o.c.id == ar.c.outlet_id)
        )
        .where(where)
        .order_by(q.c.id, seen_at, a.c.id)
        .execution_options(yield_per=chunk)
    )
    current: Any = None
    appearances: list[AppearanceRow] = []
    for rows in session.execute(stmt).partitions():
        via = _via(session, [row.appearance_id for row in rows if row.appearance_id is not None])
        for row in rows:
            if current is not None and row.quote_id != current.quote_id:
                yield _result(current, appearances)
                appearances = []
            current = row
            if row.appearance_id is not None:
                appearances.append(_appearance(row, via.get(row.appearance_id, ())))
    if current is not None:
        yield _result(current, appearances)


def _via(session: Session, appearance_ids: list[int]) -> dict[int, tuple[str, ...]]:
    if not appearance_ids:
        return {}
    v, o = _t(m.AppearanceVia), _t(m.Outlet)
    chains: dict[int, list[str]] = {}
    rows = session.execute(
        sa.select(v.c.appearance_id, o.c.name)
        .select_from(v.join(o, o.c.id == v.c.outlet_id))
        .where(v.c.appearance_id.in_(appearance_ids))
        .order_by(v.c.appearance_id, v.c.position)
    )
    for appearance_id, name in rows:
        chains.setdefault(appearance_id, []).append(name)
    return {key: tuple(names) for key, names in chains.items()}


def _appearance(row: Any, via: tuple[str, ...]) -> AppearanceRow:
    return AppearanceRow(
        article_id=row.doc_id,
        url=row.url,
        outlet=row.outlet,
        published=row.published,
        start=row.start_char,
        end=row.end_char,
        text=row.text,
        kind=row.kind,
        cue=row.cue,
        via=via,
        similarity=row.similarity,
        appearance_id=row.appearance_id,
        title=row.title,
        seen_at=_datetime(row.seen_at),
    )


def _datetime(value: Any) -> datetime | None:
    # COALESCE hides the column type from SQLite's driver: it returns the stored text.
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _result(row: Any, appearances: list[AppearanceRow]) -> QuoteResult:
    return QuoteResult(
        quote_id=row.quote_id,
        text=row.quote_text,
        speaker=row.speaker,
        speaker_type=row.speaker_type,
        first_seen=row.first_seen,
        appearances=tuple(appearances),
    )


def related(session: Session, quote_id: int) -> list[RelatedQuote]:
    """Quotes linked to ``quote_id`` in ``quote_link`` (paraphrase, direct vs indirect, translation),
    strongest link first; ``details`` carries the link's kind and score."""
    link, q, s = _t(m.QuoteLink), _t(m.Quote), _t(m.Speaker)
    other = sa.case((link.c.quote_id == quote_id, link.c.other_id), else_=link.c.quote_id)
    rows = session.execute(
        sa.select(q.c.id, q.c.text, s.c.name, link.c.kind, link.c.score)
        .select_from(link.join(q, q.c.id == other).outerjoin(s, s.c.id == q.c.speaker_id))
        .where(sa.or_(link.c.quote_id == quote_id, link.c.other_id == quote_id))
        .order_by(link.c.score.desc(), q.c.id)
    ).all()
    return [RelatedQuote(row.id, row.text, row.name, {"kind": row.kind, "score": row.score}) for row in rows]
