"""Initial schema: outlet, article, speaker, speaker_alias, quote, appearance, appearance_via.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 02:30:53.363437
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "outlet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), server_default="media", nullable=False),
        sa.Column("domain", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outlet")),
        sa.UniqueConstraint("name", name=op.f("uq_outlet_name")),
    )
    op.create_table(
        "speaker",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("type", sa.String(length=20), server_default="unknown", nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "type IN ('person', 'organization', 'media', 'group', 'unknown')", name=op.f("ck_speaker_type")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker")),
        sa.UniqueConstraint("name", name=op.f("uq_speaker_name")),
    )
    op.create_table(
        "article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(length=500), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("outlet_id", sa.Integer(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("published", sa.DateTime(), nullable=True),
        sa.Column("lang", sa.String(length=8), server_default="id", nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("extractor", sa.String(length=100), nullable=False),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["outlet_id"], ["outlet.id"], name=op.f("fk_article_outlet_id_outlet"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article")),
        sa.UniqueConstraint("doc_id", name=op.f("uq_article_doc_id")),
    )
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_outlet_id"), ["outlet_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_article_published"), ["published"], unique=False)

    op.create_table(
        "quote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["speaker_id"], ["speaker.id"], name=op.f("fk_quote_speaker_id_speaker"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote")),
    )
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quote_first_seen"), ["first_seen"], unique=False)
        batch_op.create_index(batch_op.f("ix_quote_speaker_id"), ["speaker_id"], unique=False)

    op.create_table(
        "speaker_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), server_default="name", nullable=False),
        sa.ForeignKeyConstraint(
            ["speaker_id"],
            ["speaker.id"],
            name=op.f("fk_speaker_alias_speaker_id_speaker"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker_alias")),
        sa.UniqueConstraint("speaker_id", "alias", name=op.f("uq_speaker_alias_speaker_id_alias")),
    )
    with op.batch_alter_table("speaker_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_speaker_alias_alias"), ["alias"], unique=False)
        batch_op.create_index(batch_op.f("ix_speaker_alias_speaker_id"), ["speaker_id"], unique=False)

    op.create_table(
        "appearance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("cue", sa.String(length=200), nullable=True),
        sa.Column("cue_start", sa.Integer(), nullable=True),
        sa.Column("cue_end", sa.Integer(), nullable=True),
        sa.Column("speaker_id", sa.Integer(), nullable=True),
        sa.Column("speaker_mention", sa.String(length=500), nullable=True),
        sa.Column("speaker_start", sa.Integer(), nullable=True),
        sa.Column("speaker_end", sa.Integer(), nullable=True),
        sa.Column("addressee", sa.String(length=300), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("similarity", sa.Float(), server_default="1.0", nullable=False),
        sa.Column("rule", sa.String(length=100), nullable=False),
        sa.Column("extractor", sa.String(length=100), nullable=False),
        sa.CheckConstraint("kind IN ('direct', 'indirect', 'mixed')", name=op.f("ck_appearance_kind")),
        sa.CheckConstraint("confidence >= 0 AND confidence <= 1", name=op.f("ck_appearance_confidence")),
        sa.CheckConstraint("start_char >= 0 AND end_char > start_char", name=op.f("ck_appearance_offsets")),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"], name=op.f("fk_appearance_article_id_article"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["quote_id"], ["quote.id"], name=op.f("fk_appearance_quote_id_quote"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["speaker_id"], ["speaker.id"], name=op.f("fk_appearance_speaker_id_speaker"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appearance")),
        sa.UniqueConstraint(
            "article_id", "start_char", "end_char", name=op.f("uq_appearance_article_id_start_char_end_char")
        ),
    )
    with op.batch_alter_table("appearance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appearance_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appearance_quote_id"), ["quote_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appearance_speaker_id"), ["speaker_id"], unique=False)

    op.create_table(
        "appearance_via",
        sa.Column("appearance_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=False),
        sa.Column("mention", sa.String(length=300), nullable=True),
        sa.Column("start_char", sa.Integer(), nullable=True),
        sa.Column("end_char", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["appearance_id"],
            ["appearance.id"],
            name=op.f("fk_appearance_via_appearance_id_appearance"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["outlet_id"], ["outlet.id"], name=op.f("fk_appearance_via_outlet_id_outlet"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("appearance_id", "position", name=op.f("pk_appearance_via")),
    )
    with op.batch_alter_table("appearance_via", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appearance_via_outlet_id"), ["outlet_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("appearance_via", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appearance_via_outlet_id"))

    op.drop_table("appearance_via")
    with op.batch_alter_table("appearance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appearance_speaker_id"))
        batch_op.drop_index(batch_op.f("ix_appearance_quote_id"))
        batch_op.drop_index(batch_op.f("ix_appearance_article_id"))

    op.drop_table("appearance")
    with op.batch_alter_table("speaker_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_speaker_alias_speaker_id"))
        batch_op.drop_index(batch_op.f("ix_speaker_alias_alias"))

    op.drop_table("speaker_alias")
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quote_speaker_id"))
        batch_op.drop_index(batch_op.f("ix_quote_first_seen"))

    op.drop_table("quote")
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_published"))
        batch_op.drop_index(batch_op.f("ix_article_outlet_id"))

    op.drop_table("article")
    op.drop_table("speaker")
    op.drop_table("outlet")
