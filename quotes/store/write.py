"""Idempotent writes: articles, outlets, speakers, quotes, appearances and relay chains.

Re-ingesting an article with the same id, text and extractor version changes nothing. The same id with a
different text (or a newer extractor) is a new version: the article row is updated in place and its
appearances are replaced; quotes left without any appearance are deleted. Get-or-create uses
``INSERT .. ON CONFLICT DO NOTHING`` so that two writers never create the same outlet or speaker twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quotes import dedup, records
from quotes.outlets import registry
from quotes.store import db, speakers
from quotes.store import lookups as store_lookups
from quotes.store import models as m
from quotes.store.lookups import Lookups, StoredArticle

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


_outlet = m.Outlet.__table__  # type: ignore[attr-defined]
_speaker = m.Speaker.__table__  # type: ignore[attr-defined]
_quote = m.Quote.__table__  # type: ignore[attr-defined]
_appearance = m.Appearance.__table__  # type: ignore[attr-defined]
_via = m.AppearanceVia.__table__  # type: ignore[attr-defined]
_key = m.QuoteKey.__table__  # type: ignore[attr-defined]
_link = m.QuoteLink.__table__  # type: ignore[attr-defined]

# Statements of the write path, built once: SQLAlchemy then finds their compiled form in its cache
# instead of building and hashing a new statement per quote (most of the writer's time, measured).
_outlet_by_name = sa.select(_outlet.c.id).where(_outlet.c.name == sa.bindparam("name"))
_article_by_doc_id = sa.select(_article.c.id, _article.c.content_hash, _article.c.extractor).where(
    _article.c.doc_id == sa.bindparam("doc_id")
)
_insert_article = sa.insert(_article).returning(_article.c.id)
_set_known_type = (
    sa.update(_speaker)
    .where(_speaker.c.id == sa.bindparam("speaker_id"), _speaker.c.type == "unknown")
    .values(type=sa.bindparam("speaker_type"))
)
_insert_quote = sa.insert(_quote).returning(_quote.c.id)
_insert_appearances = sa.insert(_appearance).returning(_appearance.c.id, sort_by_parameter_order=True)
_insert_via = sa.insert(_via)
_shared = sa.func.count().label("shared")
_ranked = (
    sa.select(_key.c.quote_id, _shared)
    .where(_key.c.speaker_id == sa.bindparam("speaker"), _key.c.key.in_(sa.bindparam("keys", expanding=True)))
    .group_by(_key.c.quote_id)
    .order_by(_shared.desc(), _key.c.quote_id)
    .limit(dedup.MAX_CANDIDATES)
    .subquery("ranked")
)
_candidate_quotes = sa.select(_quote.c.id, _quote.c.text, _quote.c.first_seen, _ranked.c.shared).join_from(
    _ranked, _quote, _quote.c.id == _ranked.c.quote_id
)


def outlet_name(name: str) -> tuple[str, str]:
    """The canonical name and kind of the outlet called ``name`` (by the outlet registry)."""
    info = registry().lookup(name)
    return (info.name, info.kind) if info else (registry().canonical(name), "media")


def outlet_id(session: Session, name: str, *, lookups: Lookups | None = None) -> int:
    """The id of the outlet called ``name`` (canonicalised by the registry), created if new."""
    canonical, kind = outlet_name(name)
    found = lookups.outlet(canonical) if lookups is not None else None
    if found is not None:
        return found
    found = session.execute(_outlet_by_name, {"name": canonical}).scalar()
    if found is None:
        session.execute(db.insert_ignore(session, _outlet), {"name": canonical, "kind": kind})
        found = session.execute(_outlet_by_name, {"name": canonical}).scalar_one()
    if lookups is not None:
        lookups.outlets[canonical] = int(found)
    return int(found)


def speaker_id(session: Session, speaker: records.SpeakerRef, *, text: str = "") -> int | None:
    """The id of the stored speaker this article's speaker is (linked across articles), created if new."""
    found = speaker_link(session, speaker, text=text)
    return found.speaker_id if found else None


def speaker_link(
    session: Session, speaker: records.SpeakerRef, *, text: str = "", lookups: Lookups | None = None
) -> speakers.Link | None:
    """Link an article's speaker to a stored one (:func:`quotes.store.speakers.link`); a known type
    fills an unknown one and the mention as written is recorded."""
    lookups = Lookups() if lookups is None else lookups
    found = speakers.link(session, speaker, text=text, lookups=lookups)
    if found is None:
        return None
    if speaker.type != "unknown" and found.speaker_id not in lookups.typed:
        session.execute(_set_known_type, {"speaker_id": found.speaker_id, "speaker_type": speaker.type})
        lookups.typed.add(found.speaker_id)  # known now, whether it was unknown or not
        if lookups.names is not None:
            lookups.names.fill_type(found.speaker_id, speaker.type)
    if speaker.mention and speaker.mention.text != speaker.name:
        mention = (found.speaker_id, speaker.mention.text[:300])
        if mention not in lookups.mentions:
            speakers.record_mention(session, *mention, lookups=lookups)
            lookups.mentions.add(mention)
    return found


def _article_values(
    article: records.Article, extraction: records.Extraction, session: Session, lookups: Lookups
) -> dict[str, Any]:
    publisher = publisher_of(article, extraction)
    return {
        "doc_id": article.id,
        "url": article.url,
        "title": article.title,
        "outlet_id": outlet_id(session, publisher, lookups=lookups) if publisher else None,
        "place": extraction.dateline.place if extraction.dateline else None,
        "published": article.published,
        "lang": article.lang or extraction.lang,
        "text": article.text,
        "content_hash": content_hash(article.text),
        "extractor": extraction.extractor,
        "ingested_at": m.utcnow(),
    }


def publisher_of(article: records.Article, extraction: records.Extraction) -> str | None:
    """The article's outlet: given, else from the dateline, else from the URL's domain."""
    publisher = article.outlet or (extraction.dateline.outlet if extraction.dateline else None)
    if publisher is None and article.url:
        found = registry().for_url(article.url)
        publisher = found.name if found else None
    return publisher


def prefetch(
    session: Session, lookups: Lookups, batch: Iterable[tuple[records.Article, records.Extraction]]
) -> None:
    """Read the stored articles, speakers and outlets a batch refers to, one query per kind."""
    pairs = list(batch)
    publishers = (publisher_of(a, e) for a, e in pairs)
    relays = (r.name for _, e in pairs for q in e.quotes for r in q.via)
    lookups_outlets = {outlet_name(n)[0] for n in (*publishers, *relays) if n}
    speakers.ensure_registry(session)
    store_lookups.prefetch(
        session,
        lookups,
        doc_ids=(a.id for a, _ in pairs),
        speakers=(
            speakers.stored_name(q.speaker.name)
            for _, e in pairs
            for q in e.quotes
            if q.speaker and q.speaker.name
        ),
        outlets=lookups_outlets,
    )


def save_extraction(
    session: Session,
    article: records.Article,
    extraction: records.Extraction,
    *,
    lookups: Lookups | None = None,
) -> SaveResult:
    """Store one article and its quotes inside the caller's transaction.

    ``lookups``: rows this transaction has already read (:func:`prefetch`); without it every name is
    looked up in the database.
    """
    lookups = Lookups() if lookups is None else lookups
    values = _article_values(article, extraction, session, lookups)
    if article.id in lookups.articles:
        existing = lookups.articles[article.id]
    else:
        row = session.execute(_article_by_doc_id, {"doc_id": article.id}).first()
        existing = StoredArticle(int(row.id), row.content_hash, row.extractor) if row else None
    if existing is not None:
        if existing.content_hash == values["content_hash"] and existing.extractor == extraction.extractor:
            return SaveResult("unchanged")
        _drop_appearances(session, existing.id)
        session.execute(sa.update(_article).where(_article.c.id == existing.id).values(**values))
        article_id, status = existing.id, "updated"
    else:
        article_id = int(session.execute(_insert_article, values).scalar_one())
        status = "new"
    lookups.articles[article.id] = StoredArticle(article_id, values["content_hash"], extraction.extractor)
    seen_at = article.published or values["ingested_at"]
    new = merged = 0
    appearances: list[dict[str, Any]] = []
    for quote in extraction.quotes:
        created = _save_quote(
            session, article_id, quote, extraction.extractor, seen_at, article.text, lookups, appearances
        )
        new += created
        merged += not created
    _flush_keys(session, lookups)
    speakers.flush_mentions(session, lookups)
    _insert_appearances_of(session, extraction.quotes, appearances, lookups)
    return SaveResult(status, quotes_new=new, quotes_merged=merged, appearances=len(extraction.quotes))  # type: ignore[arg-type]


def _save_quote(
    session: Session,
    article_id: int,
    quote: records.Quote,
    extractor: str,
    seen_at: Any,
    text: str,
    lookups: Lookups,
    appearances: list[dict[str, Any]],
) -> bool:
    """Add one appearance to ``appearances`` (inserted with the article's others), joining an existing
    quote when it is a near-duplicate; True if the quote is new.

    Candidates come from the blocking index (``quote_key``): only the same speaker's quotes that share
    enough content words are read and scored, never all of the speaker's quotes.
    """
    linked = speaker_link(session, quote.speaker, text=text, lookups=lookups) if quote.speaker else None
    speaker = linked.speaker_id if linked else None
    wording = quote.span.text
    quote_keys = dedup.keys(wording)
    target: tuple[float, Any] | None = None
    also: list[Any] = []
    related: list[tuple[int, float]] = []
    # a speaker created by this transaction has no stored quotes to compare with until it indexes one
    searched = speaker is not None and speaker not in lookups.keyless
    if searched and speaker in lookups.pending_keys:
        _flush_keys(session, lookups)
    for row in _candidates(session, speaker, quote_keys) if searched and speaker is not None else []:
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
            _insert_quote,
            {"speaker_id": speaker, "text": wording, "first_seen": seen_at, "created_at": m.utcnow()},
        ).scalar_one()
        similarity, created = 1.0, True
    else:
        similarity, row = target
        quote_id = int(row.id)
        canonical, first_seen = row.text, row.first_seen
        for other in also:  # the new wording bridges two quotes (two fragments of it): one quote now
            _flush_keys(session, lookups)  # deleting ``other`` deletes its keys: queued ones too
            _absorb(session, quote_id, other, speaker, appearances)
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
            session.execute(sa.update(_quote).where(_quote.c.id == quote_id).values(**updates))
        created = False
    if speaker is not None:
        lookups.pending_keys.setdefault(speaker, []).extend(_key_rows(speaker, quote_id, quote_keys))
        lookups.keyless.discard(speaker)
        _link_related(session, quote_id, related)
    mention = quote.speaker.mention if quote.speaker else None
    appearances.append(
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
            speaker_mention=mention.text[:500] if mention else None,
            speaker_start=mention.start if mention else None,
            speaker_end=mention.end if mention else None,
            addressee=quote.addressee.text[:300] if quote.addressee else None,
            confidence=quote.confidence,
            similarity=similarity,
            speaker_link=linked.method if linked else None,
            speaker_confidence=linked.confidence if linked else None,
            rule=quote.rule,
            extractor=extractor,
        )
    )
    return created


def _insert_appearances_of(
    session: Session, quotes: Sequence[records.Quote], appearances: list[dict[str, Any]], lookups: Lookups
) -> None:
    """Insert an article's appearances (one statement), then their relay chains."""
    if not appearances:
        return
    if not any(quote.via for quote in quotes):
        session.execute(sa.insert(_appearance), appearances)
        return
    ids = session.execute(_insert_appearances, appearances).scalars().all()
    chains = [
        dict(
            appearance_id=appearance_id,
            position=position,
            outlet_id=outlet_id(session, relay.name, lookups=lookups),
            mention=relay.mention.text[:300] if relay.mention else None,
            start_char=relay.mention.start if relay.mention else None,
            end_char=relay.mention.end if relay.mention else None,
        )
        for appearance_id, quote in zip(ids, quotes)
        for position, relay in enumerate(quote.via)
    ]
    session.execute(_insert_via, chains)


def _candidates(session: Session, speaker: int, quote_keys: frozenset[int]) -> list[Any]:
    """The speaker's quotes sharing enough blocking keys with a new wording, best first."""
    if not quote_keys:
        return []
    rows = session.execute(_candidate_quotes, {"speaker": speaker, "keys": list(quote_keys)}).all()
    return sorted(
        (r for r in rows if dedup.shared_enough(r.shared, len(quote_keys))), key=lambda r: (-r.shared, r.id)
    )


def _key_rows(speaker: int, quote_id: int, quote_keys: Iterable[int]) -> list[dict[str, Any]]:
    return [{"speaker_id": speaker, "key": k, "quote_id": quote_id} for k in quote_keys]


def _index(session: Session, speaker: int, quote_id: int, quote_keys: Iterable[int]) -> None:
    """Add a wording's keys to the blocking index (keys already there are kept)."""
    rows = _key_rows(speaker, quote_id, quote_keys)
    if rows:
        session.execute(db.insert_ignore(session, _key), rows)


def _flush_keys(session: Session, lookups: Lookups) -> None:
    """Insert the queued blocking keys of every speaker, with one statement."""
    rows = [row for queued in lookups.pending_keys.values() for row in queued]
    lookups.pending_keys.clear()
    if rows:
        session.execute(db.insert_ignore(session, _key), rows)


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
        session.execute(db.insert_ignore(session, _link), rows)


def _absorb(
    session: Session, quote_id: int, other: Any, speaker: int | None, pending: list[dict[str, Any]]
) -> None:
    """Move every appearance of quote ``other`` (stored, or ``pending`` insertion) to ``quote_id`` and
    delete ``other``."""
    session.execute(
        sa.update(_appearance).where(_appearance.c.quote_id == other.id).values(quote_id=quote_id)
    )
    for appearance in pending:
        if appearance["quote_id"] == other.id:
            appearance["quote_id"] = quote_id
    if speaker is not None:
        _index(session, speaker, quote_id, dedup.keys(other.text))
    session.execute(sa.delete(_quote).where(_quote.c.id == other.id))


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
