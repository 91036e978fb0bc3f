"""Read-side queries: lookup of canonical quotes with their appearances. User text only as parameters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from rapidfuzz import fuzz
from sqlalchemy.orm import Session

from quotes.dedup import normalise
from quotes.store import models as m


@dataclass(frozen=True)
class AppearanceRow:
    article_id: str
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


@dataclass(frozen=True)
class QuoteResult:
    quote_id: int
    text: str
    speaker: str | None
    speaker_type: str | None
    first_seen: datetime | None
    appearances: tuple[AppearanceRow, ...]
    similarity: float | None = None


def lookup(
    session: Session,
    text: str | None = None,
    *,
    speaker: str | None = None,
    limit: int = 20,
) -> list[QuoteResult]:
    """Canonical quotes whose words contain ``text`` (every word, any order), best match first."""
    q, s = m.Quote.__table__, m.Speaker.__table__  # type: ignore[attr-defined]
    stmt = sa.select(q.c.id, q.c.text, q.c.first_seen, s.c.name, s.c.type).select_from(
        q.outerjoin(s, q.c.speaker_id == s.c.id)
    )
    words = normalise(text).split() if text else []
    for word in words:
        stmt = stmt.where(sa.func.lower(q.c.text).contains(word, autoescape=True))
    if speaker:
        stmt = stmt.where(sa.func.lower(s.c.name).contains(speaker.lower(), autoescape=True))
    rows = session.execute(stmt.limit(max(limit * 5, 100))).all()
    scored = []
    for row in rows:
        similarity = (
            fuzz.partial_ratio(normalise(text), normalise(row.text), processor=None) / 100 if text else None
        )
        scored.append((similarity, row))
    scored.sort(key=lambda item: (-(item[0] or 0), item[1].id))
    return [
        QuoteResult(row.id, row.text, row.name, row.type, row.first_seen, appearances(session, row.id), sim)
        for sim, row in scored[:limit]
    ]


def appearances(session: Session, quote_id: int) -> tuple[AppearanceRow, ...]:
    a, ar, o = m.Appearance.__table__, m.Article.__table__, m.Outlet.__table__  # type: ignore[attr-defined]
    v = m.AppearanceVia.__table__  # type: ignore[attr-defined]
    rows = session.execute(
        sa.select(
            a.c.id,
            ar.c.doc_id,
            ar.c.url,
            o.c.name.label("outlet"),
            ar.c.published,
            a.c.start_char,
            a.c.end_char,
            a.c.text,
            a.c.kind,
            a.c.cue,
            a.c.similarity,
            ar.c.ingested_at,
        )
        .select_from(a.join(ar, a.c.article_id == ar.c.id).outerjoin(o, ar.c.outlet_id == o.c.id))
        .where(a.c.quote_id == quote_id)
        .order_by(sa.func.coalesce(ar.c.published, ar.c.ingested_at), a.c.id)
    ).all()
    result = []
    for row in rows:
        via = (
            session.execute(
                sa.select(o.c.name)
                .select_from(v.join(o, v.c.outlet_id == o.c.id))
                .where(v.c.appearance_id == row.id)
                .order_by(v.c.position)
            )
            .scalars()
            .all()
        )
        result.append(
            AppearanceRow(
                row.doc_id,
                row.url,
                row.outlet,
                row.published,
                row.start_char,
                row.end_char,
                row.text,
                row.kind,
                row.cue,
                tuple(via),
                row.similarity,
            )
        )
    return tuple(result)
