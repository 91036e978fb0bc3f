"""SQLModel tables. Alembic (``migrations/``) owns the schema; these classes describe it.

The key decision: a ``quote`` is the deduplicated statement; an ``appearance`` is one occurrence of it in
one article, with offsets, wording, cue, relay chain and the extractor that found it.
"""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

# Stable constraint names, so that migrations can refer to them on every backend.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Outlet(SQLModel, table=True):
    """A publisher or relaying medium: Tribunnews, CNN, TASS, Russia 1."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=sa.Column(sa.String(200), nullable=False, unique=True))
    kind: str = Field(
        default="media", sa_column=sa.Column(sa.String(40), nullable=False, server_default="media")
    )
    domain: str | None = Field(default=None, sa_column=sa.Column(sa.String(200)))


class Article(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    doc_id: str = Field(sa_column=sa.Column(sa.String(500), nullable=False, unique=True))
    url: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    title: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    outlet_id: int | None = Field(
        default=None, sa_column=sa.Column(sa.ForeignKey("outlet.id", ondelete="SET NULL"), index=True)
    )
    place: str | None = Field(default=None, sa_column=sa.Column(sa.String(200)))
    published: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime, index=True))
    lang: str = Field(default="id", sa_column=sa.Column(sa.String(8), nullable=False, server_default="id"))
    text: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    content_hash: str = Field(sa_column=sa.Column(sa.String(64), nullable=False))
    extractor: str = Field(sa_column=sa.Column(sa.String(100), nullable=False))
    ingested_at: datetime = Field(default_factory=utcnow, sa_column=sa.Column(sa.DateTime, nullable=False))


class Speaker(SQLModel, table=True):
    """A canonical source: a person, an organisation, a news agency, a group."""

    __table_args__ = (
        sa.CheckConstraint("type IN ('person', 'organization', 'media', 'group', 'unknown')", name="type"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=sa.Column(sa.String(300), nullable=False, unique=True))
    type: str = Field(
        default="unknown", sa_column=sa.Column(sa.String(20), nullable=False, server_default="unknown")
    )
    description: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    merged_into_id: int | None = Field(
        default=None,
        sa_column=sa.Column(sa.ForeignKey("speaker.id", ondelete="SET NULL"), index=True),
    )
    """Set while the speaker is merged into another (``quotes speakers merge``); new mentions follow it."""


class SpeakerAlias(SQLModel, table=True):
    """Another way a speaker is written: a short name, a role (``juru bicara Kremlin``), a spelling.

    ``kind``: ``name`` and ``role`` (registry or ``quotes speakers alias``) and ``spelling`` (a variant
    linked by similarity) are used to link speakers across articles; ``mention`` records how an article
    wrote the speaker (``Putin``, ``dia``) and is never used for linking.
    """

    __tablename__ = "speaker_alias"
    __table_args__ = (sa.UniqueConstraint("speaker_id", "alias"),)

    id: int | None = Field(default=None, primary_key=True)
    speaker_id: int = Field(
        sa_column=sa.Column(sa.ForeignKey("speaker.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    alias: str = Field(sa_column=sa.Column(sa.String(300), nullable=False, index=True))
    kind: str = Field(
        default="name", sa_column=sa.Column(sa.String(20), nullable=False, server_default="name")
    )


class Quote(SQLModel, table=True):
    """The canonical, deduplicated statement."""

    id: int | None = Field(default=None, primary_key=True)
    speaker_id: int | None = Field(
        default=None, sa_column=sa.Column(sa.ForeignKey("speaker.id", ondelete="SET NULL"), index=True)
    )
    text: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    first_seen: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime, index=True))
    created_at: datetime = Field(default_factory=utcnow, sa_column=sa.Column(sa.DateTime, nullable=False))


class Appearance(SQLModel, table=True):
    """One occurrence of a quote in one article."""

    __table_args__ = (
        sa.UniqueConstraint("article_id", "start_char", "end_char"),
        sa.CheckConstraint("kind IN ('direct', 'indirect', 'mixed')", name="kind"),
        sa.CheckConstraint("start_char >= 0 AND end_char > start_char", name="offsets"),
        sa.CheckConstraint("confidence >= 0 AND confidence <= 1", name="confidence"),
    )

    id: int | None = Field(default=None, primary_key=True)
    quote_id: int = Field(
        sa_column=sa.Column(sa.ForeignKey("quote.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    article_id: int = Field(
        sa_column=sa.Column(sa.ForeignKey("article.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    start_char: int = Field(sa_column=sa.Column(sa.Integer, nullable=False))
    end_char: int = Field(sa_column=sa.Column(sa.Integer, nullable=False))
    text: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    kind: str = Field(sa_column=sa.Column(sa.String(10), nullable=False))
    cue: str | None = Field(default=None, sa_column=sa.Column(sa.String(200)))
    cue_start: int | None = Field(default=None, sa_column=sa.Column(sa.Integer))
    cue_end: int | None = Field(default=None, sa_column=sa.Column(sa.Integer))
    speaker_id: int | None = Field(
        default=None, sa_column=sa.Column(sa.ForeignKey("speaker.id", ondelete="SET NULL"), index=True)
    )
    speaker_mention: str | None = Field(default=None, sa_column=sa.Column(sa.String(500)))
    speaker_start: int | None = Field(default=None, sa_column=sa.Column(sa.Integer))
    speaker_end: int | None = Field(default=None, sa_column=sa.Column(sa.Integer))
    addressee: str | None = Field(default=None, sa_column=sa.Column(sa.String(300)))
    confidence: float = Field(sa_column=sa.Column(sa.Float, nullable=False))
    similarity: float = Field(
        default=1.0, sa_column=sa.Column(sa.Float, nullable=False, server_default="1.0")
    )
    speaker_link: str | None = Field(default=None, sa_column=sa.Column(sa.String(20)))
    """How the article's speaker was linked to the stored one: exact, alias, role, short, spelling, new."""
    speaker_confidence: float | None = Field(default=None, sa_column=sa.Column(sa.Float))
    rule: str = Field(sa_column=sa.Column(sa.String(100), nullable=False))
    extractor: str = Field(sa_column=sa.Column(sa.String(100), nullable=False))


class AppearanceVia(SQLModel, table=True):
    """One link of an appearance's relay chain; ``position`` 0 is the origin."""

    __tablename__ = "appearance_via"

    appearance_id: int = Field(
        sa_column=sa.Column(
            sa.ForeignKey("appearance.id", ondelete="CASCADE"), primary_key=True, nullable=False
        )
    )
    position: int = Field(sa_column=sa.Column(sa.Integer, primary_key=True, nullable=False))
    outlet_id: int = Field(
        sa_column=sa.Column(sa.ForeignKey("outlet.id", ondelete="RESTRICT"), nullable=False, index=True)
    )
    mention: str | None = Field(default=None, sa_column=sa.Column(sa.String(300)))
    start_char: int | None = Field(default=None, sa_column=sa.Column(sa.Integer))
    end_char: int | None = Field(default=None, sa_column=sa.Column(sa.Integer))


class QuoteKey(SQLModel, table=True):
    """Blocking index for incremental near-duplicate detection: one row per content word of a quote.

    Scoped by speaker, so that a new quote is only ever compared with the same speaker's quotes that share
    its words; the keys of every wording that joined a quote stay, so later variants find it too.
    """

    __tablename__ = "quote_key"

    speaker_id: int = Field(
        sa_column=sa.Column(sa.ForeignKey("speaker.id", ondelete="CASCADE"), primary_key=True, nullable=False)
    )
    key: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, nullable=False))
    quote_id: int = Field(
        sa_column=sa.Column(
            sa.ForeignKey("quote.id", ondelete="CASCADE"), primary_key=True, nullable=False, index=True
        )
    )


class QuoteLink(SQLModel, table=True):
    """Weaker kinship between two quotes of one speaker (paraphrase, direct vs indirect, translation)."""

    __tablename__ = "quote_link"
    __table_args__ = (
        sa.CheckConstraint("quote_id < other_id", name="ordered"),
        sa.CheckConstraint("score >= 0 AND score <= 1", name="score"),
    )

    quote_id: int = Field(
        sa_column=sa.Column(sa.ForeignKey("quote.id", ondelete="CASCADE"), primary_key=True, nullable=False)
    )
    other_id: int = Field(
        sa_column=sa.Column(
            sa.ForeignKey("quote.id", ondelete="CASCADE"), primary_key=True, nullable=False, index=True
        )
    )
    kind: str = Field(
        default="related",
        sa_column=sa.Column(sa.String(20), nullable=False, server_default="related"),
    )
    score: float = Field(sa_column=sa.Column(sa.Float, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_column=sa.Column(sa.DateTime, nullable=False))


class SpeakerMerge(SQLModel, table=True):
    """A recorded merge of one speaker into another, with what moved, so that it can be undone."""

    __tablename__ = "speaker_merge"

    id: int | None = Field(default=None, primary_key=True)
    kept_id: int = Field(
        sa_column=sa.Column(sa.ForeignKey("speaker.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    merged_id: int = Field(
        sa_column=sa.Column(sa.ForeignKey("speaker.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    moved: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    """JSON: the ids of the quotes, appearances and aliases moved, to move back on undo."""
    created_at: datetime = Field(default_factory=utcnow, sa_column=sa.Column(sa.DateTime, nullable=False))
    undone_at: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime))
