"""Speakers in the database: registry loading, cross-article linking, aliases, recorded merges.

The rules are in :mod:`quotes.speakers`; this module applies them to the ``speaker`` and
``speaker_alias`` tables. A merge moves quotes, appearances, aliases and blocking keys from one speaker to
another, marks the merged speaker with ``merged_into_id`` (so new mentions of it follow), and records what
moved in ``speaker_merge`` so that ``unmerge`` can put everything back.
"""

from __future__ import annotations

import functools
import json
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quotes import records
from quotes.speakers import (
    CONFIDENCE,
    KnownSpeaker,
    LinkMethod,
    evidence,
    is_short_form,
    load_registry,
    name_key,
    plain_key,
    short_form_confidence,
    spelling_score,
)
from quotes.store import db
from quotes.store import lookups as store_lookups
from quotes.store import models as m
from quotes.store.lookups import Lookups, StoredSpeaker

# Alias kinds used to link speakers across articles (``mention`` aliases are only a record).
LINKING_KINDS = ("name", "role", "spelling")

_speaker = m.Speaker.__table__  # type: ignore[attr-defined]
_alias = m.SpeakerAlias.__table__  # type: ignore[attr-defined]
_quote = m.Quote.__table__  # type: ignore[attr-defined]
_appearance = m.Appearance.__table__  # type: ignore[attr-defined]
_key = m.QuoteKey.__table__  # type: ignore[attr-defined]
_merge = m.SpeakerMerge.__table__  # type: ignore[attr-defined]

_seeded: weakref.WeakSet[Any] = weakref.WeakSet()


class SpeakerError(Exception):
    """A speaker command cannot be carried out; the message says why."""


@dataclass(frozen=True)
class Link:
    speaker_id: int
    method: LinkMethod
    confidence: float


def _insert_ignore(session: Session, table: sa.Table, values: dict[str, Any]) -> None:
    session.execute(db.insert_ignore(session, table), values)


def load(session: Session, speakers: Iterable[KnownSpeaker]) -> int:
    """Insert registry speakers and their aliases (kind ``name``) and roles (kind ``role``); idempotent.

    Returns the number of alias rows the registry holds for the given speakers.
    """
    count = 0
    for known in speakers:
        _insert_ignore(
            session, _speaker, {"name": known.name, "type": known.type, "description": known.description}
        )
        sid = session.execute(sa.select(_speaker.c.id).where(_speaker.c.name == known.name)).scalar_one()
        for kind, names in (("name", known.aliases), ("role", known.roles)):
            for alias in names:
                _insert_ignore(session, _alias, {"speaker_id": sid, "alias": alias[:300], "kind": kind})
                count += 1
    return count


def ensure_registry(session: Session) -> None:
    """Load ``seeds/speakers.json`` once per engine (first use of a database, or after it was emptied)."""
    bind = session.get_bind()
    engine = getattr(bind, "engine", bind)
    if engine in _seeded:
        return
    registry = load_registry()
    names = [s.name for s in registry]
    if names:
        found = session.execute(
            sa.select(sa.func.count()).select_from(_speaker).where(_speaker.c.name.in_(names))
        ).scalar_one()
        if found < len(names):
            load(session, registry)
    _seeded.add(engine)


_merged_into = sa.select(_speaker.c.merged_into_id).where(_speaker.c.id == sa.bindparam("id"))
_by_name = sa.select(_speaker.c.id, _speaker.c.type, _speaker.c.merged_into_id).where(
    _speaker.c.name == sa.bindparam("name")
)


_by_alias = sa.select(_alias.c.speaker_id, _alias.c.kind).where(
    sa.func.lower(_alias.c.alias).in_(sa.bindparam("lowered", expanding=True)),
    _alias.c.kind.in_(LINKING_KINDS),
)
_created = sa.select(
    _speaker.c.id, _speaker.c.type, _speaker.c.merged_into_id, sa.func.lower(_speaker.c.name).label("lowered")
).where(_speaker.c.name == sa.bindparam("name"))


def _follow(session: Session, speaker_id: int) -> int:
    """The speaker that ``speaker_id`` is merged into, following the chain."""
    for _ in range(20):
        target = session.execute(_merged_into, {"id": speaker_id}).scalar()
        if target is None:
            return speaker_id
        speaker_id = int(target)
    return speaker_id


def _stored(session: Session, name: str, lookups: Lookups | None) -> StoredSpeaker | None:
    """The speaker called exactly ``name``, from ``lookups`` when this transaction has seen it."""
    if lookups is not None and (name in lookups.speakers or name in lookups.speakers_read):
        return lookups.speakers.get(name)
    row = session.execute(_by_name, {"name": name}).first()
    if row is None:
        return None
    found = StoredSpeaker(int(row.id), row.type, row.merged_into_id)
    if lookups is not None:
        lookups.add_speaker(name, found)
    return found


def _compatible(a: str, b: str) -> bool:
    return a == b or "unknown" in (a, b)


def _names_of(session: Session, speaker_id: int) -> list[str]:
    name = session.execute(sa.select(_speaker.c.name).where(_speaker.c.id == speaker_id)).scalar_one()
    aliases = session.execute(
        sa.select(_alias.c.alias).where(_alias.c.speaker_id == speaker_id, _alias.c.kind.in_(LINKING_KINDS))
    ).scalars()
    return [name, *aliases]


def _choose(
    session: Session, candidates: set[int], short: str, text: str
) -> tuple[int | None, LinkMethod | None]:
    """One candidate: it; several: the only one the article text points to, else none (ambiguous)."""
    if len(candidates) == 1:
        return next(iter(candidates)), None
    key = plain_key(short)
    pointed = [
        sid
        for sid in sorted(candidates)
        if evidence(text, [n for n in _names_of(session, sid) if plain_key(n) != key])
    ]
    if len(pointed) == 1:
        return pointed[0], "context"
    return None, "ambiguous"


def stored_name(name: str) -> str:
    """The form a speaker's name is stored and looked up in."""
    return name.strip()[:300]


def link(
    session: Session, speaker: records.SpeakerRef, *, text: str = "", lookups: Lookups | None = None
) -> Link | None:
    """The stored speaker an article's speaker is, created if new, with how it was linked.

    ``text`` is the article, used to choose between several candidates (``Kim``: is Kim Jong Un's role
    or full name in the article?). ``lookups``: speakers this transaction has already read, by name.
    """
    if not speaker.name:
        return None
    ensure_registry(session)
    name = stored_name(speaker.name)
    row = _stored(session, name, lookups)
    if row is not None:
        followed = row.id if row.merged_into_id is None else _follow(session, row.merged_into_id)
        return Link(followed, "exact", CONFIDENCE["exact"])
    key = name_key(name)
    lowered = {name.lower(), plain_key(name)}
    if lookups is not None:
        alias_rows = store_lookups.linking_aliases(session, lookups, LINKING_KINDS).matching(lowered)
    else:
        alias_rows = [tuple(r) for r in session.execute(_by_alias, {"lowered": list(lowered)})]
    by_alias = {_follow(session, int(sid)): kind for sid, kind in alias_rows}
    found: Link | str | None = None
    if by_alias:
        chosen, how = _choose(session, set(by_alias), name, text)
        if chosen is not None:
            method: LinkMethod = how or ("role" if by_alias[chosen] == "role" else "alias")
            return Link(chosen, method, CONFIDENCE[method])
        found = "ambiguous"
    elif key:
        found = _by_name_shape(session, speaker, name, key.split(), text, lookups)
    if isinstance(found, Link):
        return found
    how_new: LinkMethod = "ambiguous" if found == "ambiguous" else "new"
    return Link(_create(session, name, speaker.type, lookups), how_new, CONFIDENCE[how_new])


def _named_like(session: Session, pattern: str, lookups: Lookups | None) -> Sequence[Any]:
    """Unmerged speakers (id, name, type) whose lower-cased name matches the ``LIKE`` pattern."""
    if lookups is not None:
        return store_lookups.speaker_names(session, lookups).like(pattern)
    return list(
        session.execute(
            sa.select(_speaker.c.id, _speaker.c.name, _speaker.c.type).where(
                sa.func.lower(_speaker.c.name).like(pattern), _speaker.c.merged_into_id.is_(None)
            )
        ).all()
    )


def _by_name_shape(
    session: Session,
    speaker: records.SpeakerRef,
    name: str,
    words: list[str],
    text: str,
    lookups: Lookups | None = None,
) -> Link | str | None:
    """Short form, fuller form or spelling variant of one known name; ``"ambiguous"`` when several fit."""
    rows = [r for r in _named_like(session, f"%{words[-1]}%", lookups) if _compatible(r.type, speaker.type)]
    shorter_of = {int(r.id) for r in rows if is_short_form(name, r.name)}
    if shorter_of:
        chosen, how = _choose(session, shorter_of, name, text)
        if chosen is None:
            return "ambiguous"
        confidence = CONFIDENCE["context"] if how == "context" else short_form_confidence(name)
        return Link(chosen, how or "short", confidence)
    fuller_of = {
        int(r.id) for r in rows if len(name_key(r.name).split()) >= 2 and is_short_form(r.name, name)
    }
    if len(fuller_of) == 1:
        chosen = next(iter(fuller_of))
        _add_linking_alias(session, chosen, name, "name", lookups)
        return Link(chosen, "longer", CONFIDENCE["longer"])
    if fuller_of:
        return "ambiguous"
    initial = words[0][0]
    spelled = _named_like(session, f"{initial}%", lookups)
    scored = [
        (score, int(r.id))
        for r in spelled
        if _compatible(r.type, speaker.type) and (score := spelling_score(name, r.name)) is not None
    ]
    if len(scored) == 1 or (scored and sorted(scored)[-1][0] > sorted(scored)[-2][0]):
        score, chosen = max(scored)
        _add_linking_alias(session, chosen, name, "spelling", lookups)
        return Link(chosen, "spelling", round(score * 0.9, 4))
    return None


def _add_linking_alias(
    session: Session, speaker_id: int, alias: str, kind: str, lookups: Lookups | None
) -> None:
    values = {"speaker_id": speaker_id, "alias": alias, "kind": kind}
    if lookups is not None:
        flush_mentions(session, lookups)
    if lookups is None or lookups.aliases is None:
        _insert_ignore(session, _alias, values)
        return
    stmt = db.insert_ignore(session, _alias).returning(_alias.c.id, sa.func.lower(_alias.c.alias))
    added = session.execute(stmt, values).first()  # None: the speaker already had this alias
    if added is not None:
        lookups.aliases.add(int(added[0]), speaker_id, kind, added[1])


def _inserted(session: Session, table: Literal["speaker", "alias"]) -> sa.Insert:
    """``INSERT .. ON CONFLICT DO NOTHING RETURNING`` the new row (none when it existed), built once."""
    return _inserted_in(session.get_bind().dialect.name, table)


@functools.cache
def _inserted_in(dialect: str, table: Literal["speaker", "alias"]) -> sa.Insert:
    insert = db.insert_for(dialect, _speaker if table == "speaker" else _alias)
    if table == "speaker":
        return insert.returning(*_created.selected_columns)
    return insert.returning(_alias.c.id, sa.func.lower(_alias.c.alias))


def _create(session: Session, name: str, type_: str, lookups: Lookups | None = None) -> int:
    row = session.execute(_inserted(session, "speaker"), {"name": name, "type": type_}).first()
    inserted = row is not None
    if row is None:  # a concurrent writer created it first
        row = session.execute(_created, {"name": name}).one()
    if lookups is not None:
        lookups.add_speaker(name, StoredSpeaker(int(row.id), row.type, row.merged_into_id))
        if inserted:
            lookups.keyless.add(int(row.id))
        if lookups.names is not None and row.merged_into_id is None:
            lookups.names.add(int(row.id), name, row.lowered, row.type)
    return int(row.id)


def record_mention(
    session: Session, speaker_id: int, mention: str, *, lookups: Lookups | None = None
) -> None:
    """Remember how an article wrote the speaker (kind ``mention``; never used for linking).

    With ``lookups`` the row is queued and inserted with the article's others by :func:`flush_mentions`
    (linking never reads mentions; another alias inserted meanwhile flushes them first, so that which
    kind a (speaker, alias) pair gets stays decided by the order of insertion)."""
    values = {"speaker_id": speaker_id, "alias": mention[:300], "kind": "mention"}
    if lookups is None:
        _insert_ignore(session, _alias, values)
    else:
        lookups.pending_mentions.append(values)


def flush_mentions(session: Session, lookups: Lookups) -> None:
    """Insert the queued ``mention`` aliases, in order, with one statement."""
    if lookups.pending_mentions:
        session.execute(db.insert_ignore(session, _alias), lookups.pending_mentions)
        lookups.pending_mentions.clear()


# --- commands: list, show, alias, merge, unmerge ---------------------------------------------------


@dataclass(frozen=True)
class SpeakerRow:
    id: int
    name: str
    type: str
    quotes: int
    appearances: int
    merged_into: str | None = None


@dataclass(frozen=True)
class SpeakerDetail:
    speaker: SpeakerRow
    description: str | None
    aliases: tuple[tuple[str, str], ...]
    """(alias, kind) pairs."""
    merges: tuple[tuple[int, str, str, bool], ...]
    """(merge id, kept name, merged name, undone) for merges involving this speaker."""
    top_quotes: tuple[tuple[int, str, int], ...]
    """(quote id, canonical text, appearances), most repeated first."""


def _counts() -> Any:
    quotes = (
        sa.select(_quote.c.speaker_id, sa.func.count().label("n")).group_by(_quote.c.speaker_id).subquery("q")
    )
    apps = (
        sa.select(_appearance.c.speaker_id, sa.func.count().label("n"))
        .group_by(_appearance.c.speaker_id)
        .subquery("a")
    )
    return quotes, apps


def list_speakers(
    session: Session, *, like: str | None = None, include_merged: bool = False, limit: int | None = None
) -> list[SpeakerRow]:
    """Speakers with their quote and appearance counts, most quoted first."""
    ensure_registry(session)
    quotes, apps = _counts()
    target = _speaker.alias("target")
    stmt = (
        sa.select(
            _speaker.c.id,
            _speaker.c.name,
            _speaker.c.type,
            sa.func.coalesce(quotes.c.n, 0).label("quotes"),
            sa.func.coalesce(apps.c.n, 0).label("appearances"),
            target.c.name.label("merged_into"),
        )
        .select_from(
            _speaker.outerjoin(quotes, quotes.c.speaker_id == _speaker.c.id)
            .outerjoin(apps, apps.c.speaker_id == _speaker.c.id)
            .outerjoin(target, target.c.id == _speaker.c.merged_into_id)
        )
        .order_by(sa.desc("appearances"), sa.desc("quotes"), _speaker.c.name)
    )
    if not include_merged:
        stmt = stmt.where(_speaker.c.merged_into_id.is_(None))
    if like:
        stmt = stmt.where(sa.func.lower(_speaker.c.name).contains(like.lower(), autoescape=True))
    if limit:
        stmt = stmt.limit(limit)
    return [SpeakerRow(*row) for row in session.execute(stmt).all()]


def find(session: Session, name: str) -> int:
    """The id of the speaker called ``name`` (exact, then a linking alias, then a unique partial name)."""
    ensure_registry(session)
    row = session.execute(sa.select(_speaker.c.id).where(_speaker.c.name == name)).scalar()
    if row is not None:
        return int(row)
    ids = set(
        session.execute(
            sa.select(_alias.c.speaker_id).where(
                sa.func.lower(_alias.c.alias) == name.lower(), _alias.c.kind.in_(LINKING_KINDS)
            )
        ).scalars()
    )
    if len(ids) == 1:
        return int(ids.pop())
    partial = session.execute(
        sa.select(_speaker.c.id, _speaker.c.name).where(
            sa.func.lower(_speaker.c.name).contains(name.lower(), autoescape=True)
        )
    ).all()
    if len(partial) == 1:
        return int(partial[0].id)
    if not partial and not ids:
        raise SpeakerError(f"no speaker called {name!r}")
    options = ", ".join(sorted(r.name for r in partial)[:8])
    raise SpeakerError(f"{name!r} is ambiguous: {options}; use the full name")


def show(session: Session, name: str, *, top: int = 5) -> SpeakerDetail:
    sid = find(session, name)
    [row] = [r for r in list_speakers(session, include_merged=True) if r.id == sid]
    description = session.execute(sa.select(_speaker.c.description).where(_speaker.c.id == sid)).scalar()
    aliases = tuple(
        (r.alias, r.kind)
        for r in session.execute(
            sa.select(_alias.c.alias, _alias.c.kind)
            .where(_alias.c.speaker_id == sid)
            .order_by(_alias.c.kind, _alias.c.alias)
        )
    )
    kept, merged = _speaker.alias("kept"), _speaker.alias("merged")
    merges = tuple(
        (int(r.id), r.kept, r.merged, r.undone_at is not None)
        for r in session.execute(
            sa.select(
                _merge.c.id, kept.c.name.label("kept"), merged.c.name.label("merged"), _merge.c.undone_at
            )
            .select_from(
                _merge.join(kept, kept.c.id == _merge.c.kept_id).join(
                    merged, merged.c.id == _merge.c.merged_id
                )
            )
            .where(sa.or_(_merge.c.kept_id == sid, _merge.c.merged_id == sid))
            .order_by(_merge.c.id)
        )
    )
    n = sa.func.count(_appearance.c.id)
    top_quotes = tuple(
        (int(r.id), r.text, int(r.n))
        for r in session.execute(
            sa.select(_quote.c.id, _quote.c.text, n.label("n"))
            .select_from(_quote.outerjoin(_appearance, _appearance.c.quote_id == _quote.c.id))
            .where(_quote.c.speaker_id == sid)
            .group_by(_quote.c.id, _quote.c.text)
            .order_by(n.desc(), _quote.c.id)
            .limit(top)
        )
    )
    return SpeakerDetail(row, description, aliases, merges, top_quotes)


def add_alias(session: Session, name: str, alias: str, *, kind: str = "name") -> int:
    """Record ``alias`` (kind ``name`` or ``role``) for the speaker ``name``; returns the speaker id."""
    if kind not in ("name", "role"):
        raise SpeakerError(f"alias kind must be 'name' or 'role', not {kind!r}")
    sid = find(session, name)
    _insert_ignore(session, _alias, {"speaker_id": sid, "alias": alias.strip()[:300], "kind": kind})
    session.execute(
        sa.update(_alias).where(_alias.c.speaker_id == sid, _alias.c.alias == alias.strip()).values(kind=kind)
    )
    return sid


def merge(session: Session, keep: str, other: str) -> int:
    """Merge speaker ``other`` into ``keep``; returns the merge id (for ``unmerge``)."""
    kept_id, merged_id = find(session, keep), find(session, other)
    if kept_id == merged_id:
        raise SpeakerError("a speaker cannot be merged into itself")
    if _follow(session, kept_id) != kept_id:
        raise SpeakerError(f"{keep!r} is itself merged into another speaker; merge into that one")
    moved = {
        "quotes": _ids(session, _quote, _quote.c.speaker_id == merged_id),
        "appearances": _ids(session, _appearance, _appearance.c.speaker_id == merged_id),
        "aliases": _ids(session, _alias, _alias.c.speaker_id == merged_id),
    }
    # Aliases the kept speaker already has would violate (speaker_id, alias): leave those behind.
    existing = set(
        session.execute(
            sa.select(sa.func.lower(_alias.c.alias)).where(_alias.c.speaker_id == kept_id)
        ).scalars()
    )
    movable = [
        int(r.id)
        for r in session.execute(
            sa.select(_alias.c.id, _alias.c.alias).where(_alias.c.id.in_(moved["aliases"]))
        )
        if r.alias.lower() not in existing
    ]
    moved["aliases"] = movable
    _reassign(session, moved, kept_id)
    session.execute(sa.update(_speaker).where(_speaker.c.id == merged_id).values(merged_into_id=kept_id))
    return int(
        session.execute(
            sa.insert(_merge)
            .values(kept_id=kept_id, merged_id=merged_id, moved=json.dumps(moved), created_at=m.utcnow())
            .returning(_merge.c.id)
        ).scalar_one()
    )


def unmerge(session: Session, merge_id: int) -> tuple[str, str]:
    """Undo a recorded merge: move back what it moved; returns (kept name, restored name)."""
    row = session.execute(sa.select(_merge).where(_merge.c.id == merge_id)).first()
    if row is None:
        raise SpeakerError(f"no merge with id {merge_id}")
    if row.undone_at is not None:
        raise SpeakerError(f"merge {merge_id} was already undone")
    moved = json.loads(row.moved)
    merged_id = row.merged_id
    _reassign(session, moved, merged_id)
    session.execute(sa.update(_speaker).where(_speaker.c.id == merged_id).values(merged_into_id=None))
    session.execute(sa.update(_merge).where(_merge.c.id == merge_id).values(undone_at=m.utcnow()))
    names: dict[int, str] = dict(
        session.execute(
            sa.select(_speaker.c.id, _speaker.c.name).where(_speaker.c.id.in_([row.kept_id, merged_id]))
        ).all()
    )
    return names[row.kept_id], names[merged_id]


def _reassign(session: Session, moved: dict[str, list[int]], speaker_id: int) -> None:
    """Give the recorded quotes (with their blocking keys), appearances and aliases to ``speaker_id``:
    the one move that both a merge and its undo make, in opposite directions."""
    if moved["quotes"]:
        session.execute(
            sa.update(_quote).where(_quote.c.id.in_(moved["quotes"])).values(speaker_id=speaker_id)
        )
        # Keys that the target already has for a moved quote cannot clash (quote ids differ).
        session.execute(
            sa.update(_key).where(_key.c.quote_id.in_(moved["quotes"])).values(speaker_id=speaker_id)
        )
    if moved["appearances"]:
        session.execute(
            sa.update(_appearance)
            .where(_appearance.c.id.in_(moved["appearances"]))
            .values(speaker_id=speaker_id)
        )
    if moved["aliases"]:
        session.execute(
            sa.update(_alias).where(_alias.c.id.in_(moved["aliases"])).values(speaker_id=speaker_id)
        )


def _ids(session: Session, table: sa.Table, where: Any) -> list[int]:
    return [int(i) for i in session.execute(sa.select(table.c.id).where(where)).scalars()]
