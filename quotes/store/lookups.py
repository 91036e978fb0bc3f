"""What one write transaction has already read or written: article, speaker and outlet rows by name.

The single writer stores a batch of articles in one transaction under the writer lock; looking up each
quote's speaker and each relay's outlet with its own ``SELECT`` was most of its cost. :func:`prefetch`
reads the batch's articles, speakers and outlets with one ``SELECT .. IN`` each, and the write path keeps
these dictionaries up to date as it inserts and updates rows. A name missing from them is looked up in the
database as before, so they only ever save queries.

Validity: an entry is what this transaction sees, so it lives no longer than the transaction. Only
outlet ids outlive it (:class:`OutletIds`): outlets are never deleted or renamed, and an id is kept only
after the transaction that read or created it has committed. When a savepoint rolls back (an article that
hit a constraint), :meth:`Lookups.forget` drops everything, since entries written inside it are gone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quotes.store import models as m

_article = m.Article.__table__  # type: ignore[attr-defined]
_speaker = m.Speaker.__table__  # type: ignore[attr-defined]
_outlet = m.Outlet.__table__  # type: ignore[attr-defined]
_alias = m.SpeakerAlias.__table__  # type: ignore[attr-defined]

# Names per ``IN (...)`` list: well below SQLite's 32,766 bound parameters and PostgreSQL's 65,535.
_CHUNK = 500

_articles_by_doc_id = sa.select(
    _article.c.doc_id, _article.c.id, _article.c.content_hash, _article.c.extractor
).where(_article.c.doc_id.in_(sa.bindparam("names", expanding=True)))
_speakers_by_name = sa.select(
    _speaker.c.name, _speaker.c.id, _speaker.c.type, _speaker.c.merged_into_id
).where(_speaker.c.name.in_(sa.bindparam("names", expanding=True)))
_unmerged_speakers = sa.select(
    _speaker.c.id, _speaker.c.name, sa.func.lower(_speaker.c.name).label("lowered"), _speaker.c.type
).where(_speaker.c.merged_into_id.is_(None))
_aliases_of_kinds = sa.select(
    _alias.c.id, _alias.c.speaker_id, _alias.c.kind, sa.func.lower(_alias.c.alias).label("lowered")
).where(_alias.c.kind.in_(sa.bindparam("kinds", expanding=True)))
_outlets_by_name = sa.select(_outlet.c.name, _outlet.c.id).where(
    _outlet.c.name.in_(sa.bindparam("names", expanding=True))
)


@dataclass(frozen=True)
class StoredArticle:
    id: int
    content_hash: str
    extractor: str


@dataclass(frozen=True)
class StoredSpeaker:
    id: int
    type: str
    merged_into_id: int | None


class NamedSpeaker(NamedTuple):  # a tuple: thousands are built per batch
    id: int
    name: str
    type: str


@lru_cache(maxsize=4096)
def _like_regex(pattern: str) -> re.Pattern[str]:
    """SQL ``LIKE`` ``pattern`` (``%``, ``_``; no escape character) as a regular expression."""
    return re.compile(
        "".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in pattern), re.DOTALL
    )


class SpeakerNames:
    """The unmerged speakers as this transaction sees them, searched as ``lower(name) LIKE pattern``.

    Linking a new name by its shape (short form, fuller form, spelling variant) scanned the speaker table
    twice; here the names are read once per transaction, lower-cased by the database itself (SQLite's
    ``lower`` folds ASCII only, PostgreSQL's follows its locale) and matched by the same pattern, so the
    candidates are exactly the ones the query finds. The write path adds the speakers it creates and the
    types it fills in.
    """

    # Names added since the joined text was built are searched one by one; past this many (and a quarter
    # of all names, so that rebuilding stays linear overall), it is rebuilt.
    _REBUILD_AFTER = 200

    def __init__(self, rows: Iterable[tuple[int, str, str, str]]) -> None:
        self._speakers: list[NamedSpeaker] = []
        self._lowered: list[str] = []
        self._index: dict[int, int] = {}
        self._by_initial: dict[str, list[int]] = {}
        self._text = ""  # lower-cased names joined by NUL characters, the first ``_joined`` of them
        self._starts: list[int] = []
        self._joined = 0
        for id_, name, lowered, type_ in rows:
            if id_ not in self._index:
                self._index[id_] = len(self._speakers)
                self._speakers.append(NamedSpeaker(id_, name, type_))
                self._lowered.append(lowered)
        for at, lowered in enumerate(self._lowered):
            self._by_initial.setdefault(lowered[:1], []).append(at)
        self._join()

    def add(self, id_: int, name: str, lowered: str, type_: str) -> None:
        if id_ in self._index:
            return
        at = len(self._speakers)
        self._index[id_] = at
        self._speakers.append(NamedSpeaker(id_, name, type_))
        self._lowered.append(lowered)
        self._by_initial.setdefault(lowered[:1], []).append(at)
        if at - self._joined >= max(self._REBUILD_AFTER, self._joined // 4):
            self._join()

    def _join(self) -> None:
        self._text = "\x00".join(self._lowered)
        self._starts, offset = [], 0
        for lowered in self._lowered:
            self._starts.append(offset)
            offset += len(lowered) + 1
        self._joined = len(self._lowered)

    def fill_type(self, id_: int, type_: str) -> None:
        """``UPDATE speaker SET type = :type WHERE id = :id AND type = 'unknown'``, as seen here."""
        at = self._index.get(id_)
        if at is not None and self._speakers[at].type == "unknown":
            self._speakers[at] = NamedSpeaker(id_, self._speakers[at].name, type_)

    def like(self, pattern: str) -> list[NamedSpeaker]:
        """The speakers whose lower-cased name matches the ``LIKE`` pattern."""
        inner = pattern[1:-1]
        if len(pattern) > 2 and pattern[0] == pattern[-1] == "%" and not ("%" in inner or "_" in inner):
            found = self._containing(inner)
        elif len(pattern) == 2 and pattern[1] == "%" and pattern[0] not in "%_":
            found = self._by_initial.get(pattern[0], [])
        else:
            regex = _like_regex(pattern)
            found = [i for i, lowered in enumerate(self._lowered) if regex.fullmatch(lowered)]
        return [self._speakers[i] for i in found]

    def _containing(self, part: str) -> list[int]:
        found = []
        at = self._text.find(part)
        while at >= 0:
            i = bisect.bisect_right(self._starts, at) - 1
            found.append(i)
            next_name = self._starts[i + 1] if i + 1 < len(self._starts) else len(self._text)
            at = self._text.find(part, next_name)
        found.extend(i for i in range(self._joined, len(self._lowered)) if part in self._lowered[i])
        return found


class LinkingAliases:
    """Aliases used for linking (``name``, ``role``, ``spelling``) by the database's ``lower(alias)``.

    Looking a name up by ``lower(alias) IN (...)`` scanned the alias table for every new name; here the
    linking aliases are read once per transaction, and matches come back in id order, the order of that
    scan. The write path adds the aliases it inserts.
    """

    def __init__(self, rows: Iterable[tuple[int, int, str, str]]) -> None:
        self._by_lowered: dict[str, list[tuple[int, int, str]]] = {}
        for id_, speaker_id, kind, lowered in rows:
            self.add(id_, speaker_id, kind, lowered)

    def add(self, id_: int, speaker_id: int, kind: str, lowered: str) -> None:
        self._by_lowered.setdefault(lowered, []).append((id_, speaker_id, kind))

    def matching(self, lowered: Iterable[str]) -> list[tuple[int, str]]:
        """``(speaker_id, kind)`` of the aliases whose lower-cased form is one of ``lowered``."""
        found = sorted(row for key in set(lowered) for row in self._by_lowered.get(key, ()))
        return [(speaker_id, kind) for _, speaker_id, kind in found]


@dataclass
class OutletIds:
    """Outlet ids by canonical name, committed ones only: valid for a whole run (outlets never change)."""

    committed: dict[str, int] = field(default_factory=dict)


@dataclass
class Lookups:
    """Rows this transaction has seen, by name; see the module docstring for when they are valid."""

    outlet_ids: OutletIds = field(default_factory=OutletIds)
    articles: dict[str, StoredArticle | None] = field(default_factory=dict)
    """``doc_id`` -> the stored article, or None when it was not stored when looked up."""
    speakers: dict[str, StoredSpeaker] = field(default_factory=dict)
    """Exact speaker name -> row."""
    typed: set[int] = field(default_factory=set)
    """Speakers whose type is known not to be ``unknown`` (so an update of an unknown type is a no-op)."""
    mentions: set[tuple[int, str]] = field(default_factory=set)
    """``(speaker id, mention)`` aliases already recorded."""
    outlets: dict[str, int] = field(default_factory=dict)
    """Canonical outlet name -> id, including ones created by this transaction."""
    speakers_read: set[str] = field(default_factory=set)
    """Names looked up by :func:`prefetch`: one missing from ``speakers`` was not stored."""
    keyless: set[int] = field(default_factory=set)
    """Speakers this transaction created and has indexed no quote of: no near-duplicate candidates."""
    pending_mentions: list[dict[str, Any]] = field(default_factory=list)
    """``mention`` aliases to insert, in order, before the next other alias and at the article's end."""
    pending_keys: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    """Blocking keys to insert, by speaker: before that speaker's next candidate search and at the
    article's end."""
    names: SpeakerNames | None = None
    """Every unmerged speaker, read when a name first needs linking by its shape."""
    aliases: LinkingAliases | None = None
    """Every linking alias, read when a name is first not found as it is written."""

    def __post_init__(self) -> None:
        self.outlets.update(self.outlet_ids.committed)

    def outlet(self, canonical: str) -> int | None:
        return self.outlets.get(canonical)

    def add_speaker(self, name: str, row: StoredSpeaker) -> None:
        self.speakers[name] = row
        if row.type != "unknown":
            self.typed.add(row.id)

    def forget(self) -> None:
        """A savepoint rolled back: rows written inside it are gone, so trust nothing read since."""
        self.articles.clear()
        self.speakers.clear()
        self.typed.clear()
        self.mentions.clear()
        self.outlets = dict(self.outlet_ids.committed)
        self.speakers_read.clear()
        self.keyless.clear()
        self.pending_mentions.clear()
        self.pending_keys.clear()
        self.names = None
        self.aliases = None

    def committed(self) -> None:
        """The transaction committed: its outlet ids are now valid for the rest of the run."""
        self.outlet_ids.committed.update(self.outlets)


def speaker_names(session: Session, lookups: Lookups) -> SpeakerNames:
    """The transaction's :class:`SpeakerNames`, read on first use."""
    if lookups.names is None:
        rows = session.execute(_unmerged_speakers)
        lookups.names = SpeakerNames((int(r.id), r.name, r.lowered, r.type) for r in rows)
    return lookups.names


def linking_aliases(session: Session, lookups: Lookups, kinds: Iterable[str]) -> LinkingAliases:
    """The transaction's :class:`LinkingAliases` (aliases of the given kinds), read on first use."""
    if lookups.aliases is None:
        rows = session.execute(_aliases_of_kinds, {"kinds": list(kinds)})
        lookups.aliases = LinkingAliases((int(r.id), int(r.speaker_id), r.kind, r.lowered) for r in rows)
    return lookups.aliases


def _chunks(names: Iterable[str]) -> Iterable[list[str]]:
    unique = sorted(set(names))
    for start in range(0, len(unique), _CHUNK):
        yield unique[start : start + _CHUNK]


def prefetch(
    session: Session,
    lookups: Lookups,
    *,
    doc_ids: Iterable[str] = (),
    speakers: Iterable[str] = (),
    outlets: Iterable[str] = (),
) -> None:
    """Read the given articles, speakers (exact names) and outlets (canonical names), one query per kind."""
    for chunk in _chunks(doc_ids):
        lookups.articles.update(dict.fromkeys(chunk))
        for doc_id, id_, digest, extractor in session.execute(_articles_by_doc_id, {"names": chunk}):
            lookups.articles[doc_id] = StoredArticle(int(id_), digest, extractor)
    speakers = set(speakers)
    lookups.speakers_read.update(speakers)
    for chunk in _chunks(speakers):
        for name, id_, type_, merged in session.execute(_speakers_by_name, {"names": chunk}):
            lookups.add_speaker(name, StoredSpeaker(int(id_), type_, merged))
    for chunk in _chunks(n for n in outlets if n not in lookups.outlets):
        for name, id_ in session.execute(_outlets_by_name, {"names": chunk}):
            lookups.outlets[name] = int(id_)
