"""Idempotent writes: articles, outlets, speakers, quotes, appearances and relay chains.

Re-ingesting an article with the same id, text and extractor version changes nothing. The same id with a
different text (or a newer extractor) is a new version: the article row is updated in place and its
appearances are replaced; quotes left without any appearance are deleted. Get-or-create uses
``INSERT .. ON CONFLICT DO NOTHING`` so that two writers never create the same outlet or speaker twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quotes import dedup, records
from quotes.outlets import registry
from quotes.store import models as m
from quotes.store import speakers

Status = Literal["new", "unchanged", "updated"]


@dataclass(frozen=True)
class SaveResult:
    status: Status
    quotes_new: int = 0
    quotes_merged: int = 0
    appearances: int = 0


_article = m.Article.__table__  # type: ignore[attr-defined]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def known_articles(session: Session, doc_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """``doc_id -> (content_hash, extractor)`` for the articles already stored."""
    ids = list(doc_ids)
    found: dict[str, tuple[str, str]] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        rows = session.execute(
            sa.select(_article.c.doc_id, _article.c.content_hash, _article.c.extractor).where(
                _article.c.doc_id.in_(chunk)
            )
        )
        found.update({doc_id: (digest, extractor) for doc_id, digest, extractor in rows})
    return found


def _insert_ignore(session: Session, table: sa.Table, values: dict[str, Any]) -> None:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(table).on_conflict_do_nothing(), values)
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(table).on_conflict_do_nothing(), values)
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise NotImplementedError(dialect)


def _insert_ignore_many(session: Session, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(table).values(rows).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(table).values(rows).on_conflict_do_nothing())


def outlet_id(session: Session, name: str) -> int:
    """The id of the outlet called ``name`` (canonicalised by the registry), created if new."""
    info = registry().lookup(name)
    canonical = info.name if info else registry().canonical(name)
    table = m.Outlet.__table__  # type: ignore[attr-defined]
    found = session.execute(sa.select(table.c.id).where(table.c.name == canonical)).scalar()
    if found is None:
        _insert_ignore(session, table, {"name": canonical, "kind": info.kind if info else "media"})
        found = session.execute(sa.select(table.c.id).where(table.c.name == canonical)).scalar_one()
    return int(found)


def speaker_id(session: Session, speaker: records.SpeakerRef, *, text: str = "") -> int | None:
    """The id of the stored speaker this article's speaker is (linked across articles), created if new."""
    found = speaker_link(session, speaker, text=text)
    return found.speaker_id if found else None


def speaker_link(session: Session, speaker: records.SpeakerRef, *, text: str = "") -> speakers.Link | None:
    """Link an article's speaker to a stored one (:func:`quotes.store.speakers.link`); a known type
    fills an unknown one and the mention as written is recorded."""
    found = speakers.link(session, speaker, text=text)
    if found is None:
        return None
    table = m.Speaker.__table__  # type: ignore[attr-defined]
    if speaker.type != "unknown":
        session.execute(
            sa.update(table)
            .where(table.c.id == found.speaker_id, table.c.type == "unknown")
            .values(type=speaker.type)
        )
    if speaker.mention and speaker.mention.text != speaker.name:
        speakers.record_mention(session, found.speaker_id, speaker.mention.text)
    return found


def _article_values(
    article: records.Article, extraction: records.Extraction, session: Session
) -> dict[str, Any]:
    publisher = article.outlet or (extraction.dateline.outlet if extraction.dateline else None)
    if publisher is None and article.url:
        found = registry().for_url(article.url)
        publisher = found.name if found else None
    return {
        "doc_id": article.id,
        "url": article.url,
        "title": article.title,
        "outlet_id": outlet_id(session, publisher) if publisher else None,
        "place": extraction.dateline.place if extraction.dateline else None,
        "published": article.published,
        "lang": article.lang or extraction.lang,
        "text": article.text,
        "content_hash": content_hash(article.text),
        "extractor": extraction.extractor,
        "ingested_at": m.utcnow(),
    }


def save_extraction(session: Session, article: records.Article, extraction: records.Extraction) -> SaveResult:
    """Store one article and its quotes inside the caller's transaction."""
    table = m.Article.__table__  # type: ignore[attr-defined]
    values = _article_values(article, extraction, session)
    existing = session.execute(
        sa.select(table.c.id, table.c.content_hash, table.c.extractor).where(table.c.doc_id == article.id)
    ).first()
    if existing is not None:
        if existing.content_hash == values["content_hash"] and existing.extractor == extraction.extractor:
            return SaveResult("unchanged")
        _drop_appearances(session, existing.id)
        session.execute(sa.update(table).where(table.c.id == existing.id).values(**values))
        article_id, status = int(existing.id), "updated"
    else:
        article_id = int(
            session.execute(sa.insert(table).values(**values).returning(table.c.id)).scalar_one()
        )
        status = "new"
    seen_at = article.published or values["ingested_at"]
    new = merged = 0
    for quote in extraction.quotes:
        created = _save_quote(session, article_id, quote, extraction.extractor, seen_at, article.text)
        new += created
        merged += not created
    return SaveResult(status, quotes_new=new, quotes_merged=merged, appearances=len(extraction.quotes))  # type: ignore[arg-type]


def _save_quote(
    session: Session, article_id: int, quote: records.Quote, extractor: str, seen_at: Any, text: str
) -> bool:
    """Add one appearance, joining an existing quote when it is a near-duplicate; True if the quote is new.

    Candidates come from the blocking index (``quote_key``): only the same speaker's quotes that share
    enough content words are read and scored, never all of the speaker's quotes.
    """
    quotes_t = m.Quote.__table__  # type: ignore[attr-defined]
    linked = speaker_link(session, quote.speaker, text=text) if quote.speaker else None
    speaker = linked.speaker_id if linked else None
    wording = quote.span.text
    quote_keys = dedup.keys(wording)
    target: tuple[float, Any] | None = None
    also: list[Any] = []
    related: list[tuple[int, float]] = []
    for row in _candidates(session, speaker, quote_keys) if speaker is not None else []:
        days = (seen_at - row.first_seen).total_seconds() / 86400 if seen_at and row.first_seen else None
        verdict = dedup.decide(wording, row.text, days_apart=days)
        if verdict.decision == "merge":
            if target is None or verdict.score > target[0]:
                if target is not None:
                    also.append(target[1])
                target = (verdict.score, row)
            else:
                also.append(row)
        elif verdict.decision == "related":
            related.append((int(row.id), verdict.score))
    if target is None:
        quote_id = session.execute(
            sa.insert(quotes_t)
            .values(speaker_id=speaker, text=wording, first_seen=seen_at, created_at=m.utcnow())
            .returning(quotes_t.c.id)
        ).scalar_one()
        similarity, created = 1.0, True
    else:
        similarity, row = target
        quote_id = int(row.id)
        canonical, first_seen = row.text, row.first_seen
        for other in also:  # the new wording bridges two quotes (two fragments of it): one quote now
            _absorb(session, quote_id, other, speaker)
            canonical = other.text if dedup.is_fuller(other.text, canonical) else canonical
            first_seen = min(filter(None, (first_seen, other.first_seen)), default=None)
        updates: dict[str, Any] = {}
        if first_seen is None or (seen_at is not None and seen_at < first_seen):
            first_seen = seen_at
        if first_seen != row.first_seen:
            updates["first_seen"] = first_seen
        canonical = wording if dedup.is_fuller(wording, canonical) else canonical
        if canonical != row.text:
            updates["text"] = canonical
        if updates:
            session.execute(sa.update(quotes_t).where(quotes_t.c.id == quote_id).values(**updates))
        created = False
    if speaker is not None:
        _index(session, speaker, quote_id, quote_keys)
        _link_related(session, quote_id, related)
    appearance_t = m.Appearance.__table__  # type: ignore[attr-defined]
    appearance_id = session.execute(
        sa.insert(appearance_t).returning(appearance_t.c.id),
        dict(
            quote_id=quote_id,
            article_id=article_id,
            start_char=quote.span.start,
            end_char=quote.span.end,
            text=quote.span.text,
            kind=quote.kind,
            cue=quote.cue.text[:200] if quote.cue else None,
            cue_start=quote.cue.start if quote.cue else None,
            cue_end=quote.cue.end if quote.cue else None,
            speaker_id=speaker,
            speaker_mention=quote.speaker.mention.text[:500]
            if quote.speaker and quote.speaker.mention
            else None,
            speaker_start=quote.speaker.mention.start if quote.speaker and quote.speaker.mention else None,
            speaker_end=quote.speaker.mention.end if quote.speaker and quote.speaker.mention else None,
            addressee=quote.addressee.text[:300] if quote.addressee else None,
            confidence=quote.confidence,
            similarity=similarity,
            speaker_link=linked.method if linked else None,
            speaker_confidence=linked.confidence if linked else None,
            rule=quote.rule,
            extractor=extractor,
        ),
    ).scalar_one()
    via_t = m.AppearanceVia.__table__  # type: ignore[attr-defined]
    for position, relay in enumerate(quote.via):
        session.execute(
            sa.insert(via_t),
            dict(
                appearance_id=appearance_id,
                position=position,
                outlet_id=outlet_id(session, relay.name),
                mention=relay.mention.text[:300] if relay.mention else None,
                start_char=relay.mention.start if relay.mention else None,
                end_char=relay.mention.end if relay.mention else None,
            ),
        )
    return created


def _candidates(session: Session, speaker: int, quote_keys: frozenset[int]) -> list[Any]:
    """The speaker's quotes sharing enough blocking keys with a new wording, best first."""
    if not quote_keys:
        return []
    key_t, quotes_t = m.QuoteKey.__table__, m.Quote.__table__  # type: ignore[attr-defined]
    shared = sa.func.count().label("shared")
    ranked = (
        sa.select(key_t.c.quote_id, shared)
        .where(key_t.c.speaker_id == speaker, key_t.c.key.in_(list(quote_keys)))
        .group_by(key_t.c.quote_id)
        .order_by(shared.desc(), key_t.c.quote_id)
        .limit(dedup.MAX_CANDIDATES)
    )
    hits = {
        int(r.quote_id): int(r.shared)
        for r in session.execute(ranked)
        if dedup.shared_enough(r.shared, len(quote_keys))
    }
    if not hits:
        return []
    rows = session.execute(
        sa.select(quotes_t.c.id, quotes_t.c.text, quotes_t.c.first_seen).where(quotes_t.c.id.in_(list(hits)))
    ).all()
    return sorted(rows, key=lambda r: (-hits[int(r.id)], r.id))


def _index(session: Session, speaker: int, quote_id: int, quote_keys: Iterable[int]) -> None:
    """Add a wording's keys to the blocking index (keys already there are kept)."""
    rows = [{"speaker_id": speaker, "key": k, "quote_id": quote_id} for k in quote_keys]
    if rows:
        _insert_ignore_many(session, m.QuoteKey.__table__, rows)  # type: ignore[attr-defined]


def _link_related(session: Session, quote_id: int, related: list[tuple[int, float]]) -> None:
    rows = [
        {
            "quote_id": min(quote_id, other),
            "other_id": max(quote_id, other),
            "kind": "related",
            "score": score,
            "created_at": m.utcnow(),
        }
        for other, score in related
        if other != quote_id
    ]
    if rows:
        _insert_ignore_many(session, m.QuoteLink.__table__, rows)  # type: ignore[attr-defined]


def _absorb(session: Session, quote_id: int, other: Any, speaker: int | None) -> None:
    """Move every appearance of quote ``other`` to ``quote_id`` and delete ``other``."""
    appearance_t, quotes_t = m.Appearance.__table__, m.Quote.__table__  # type: ignore[attr-defined]
    session.execute(
        sa.update(appearance_t).where(appearance_t.c.quote_id == other.id).values(quote_id=quote_id)
    )
    if speaker is not None:
        _index(session, speaker, quote_id, dedup.keys(other.text))
    session.execute(sa.delete(quotes_t).where(quotes_t.c.id == other.id))


def _drop_appearances(session: Session, article_id: int) -> None:
    """Remove an article's appearances and the quotes that no other article keeps alive."""
    appearance_t = m.Appearance.__table__  # type: ignore[attr-defined]
    quotes_t = m.Quote.__table__  # type: ignore[attr-defined]
    quote_ids = (
        session.execute(
            sa.select(appearance_t.c.quote_id).where(appearance_t.c.article_id == article_id).distinct()
        )
        .scalars()
        .all()
    )
    session.execute(sa.delete(appearance_t).where(appearance_t.c.article_id == article_id))
    if quote_ids:
        orphaned = sa.select(appearance_t.c.id).where(appearance_t.c.quote_id == quotes_t.c.id).exists()
        session.execute(sa.delete(quotes_t).where(quotes_t.c.id.in_(quote_ids), ~orphaned))
