"""Speaker identity and near-duplicate index: quote_key, quote_link, speaker_merge, link confidence.

- ``quote_key``: blocking index (speaker, content-word hash) -> quote, for incremental clustering;
  existing quotes are indexed here.
- ``quote_link``: scored "related" links between quotes of one speaker (paraphrase, translation).
- ``speaker_merge`` and ``speaker.merged_into_id``: recorded, reversible speaker merges.
- ``appearance.speaker_link`` / ``speaker_confidence``: how an article's speaker was linked.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 03:02:12.165394
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "speaker_merge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kept_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("moved", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["kept_id"], ["speaker.id"], name=op.f("fk_speaker_merge_kept_id_speaker"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["merged_id"], ["speaker.id"], name=op.f("fk_speaker_merge_merged_id_speaker"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker_merge")),
    )
    with op.batch_alter_table("speaker_merge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_speaker_merge_kept_id"), ["kept_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_speaker_merge_merged_id"), ["merged_id"], unique=False)

    op.create_table(
        "quote_key",
        sa.Column("speaker_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.BigInteger(), nullable=False),
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["quote_id"], ["quote.id"], name=op.f("fk_quote_key_quote_id_quote"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["speaker_id"], ["speaker.id"], name=op.f("fk_quote_key_speaker_id_speaker"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("speaker_id", "key", "quote_id", name=op.f("pk_quote_key")),
    )
    with op.batch_alter_table("quote_key", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quote_key_quote_id"), ["quote_id"], unique=False)

    op.create_table(
        "quote_link",
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), server_default="related", nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("quote_id < other_id", name=op.f("ck_quote_link_ordered")),
        sa.CheckConstraint("score >= 0 AND score <= 1", name=op.f("ck_quote_link_score")),
        sa.ForeignKeyConstraint(
            ["other_id"], ["quote.id"], name=op.f("fk_quote_link_other_id_quote"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["quote_id"], ["quote.id"], name=op.f("fk_quote_link_quote_id_quote"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("quote_id", "other_id", name=op.f("pk_quote_link")),
    )
    with op.batch_alter_table("quote_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quote_link_other_id"), ["other_id"], unique=False)

    with op.batch_alter_table("appearance", schema=None) as batch_op:
        batch_op.add_column(sa.Column("speaker_link", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("speaker_confidence", sa.Float(), nullable=True))

    with op.batch_alter_table("speaker", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_speaker_merged_into_id"), ["merged_into_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_speaker_merged_into_id_speaker"),
            "speaker",
            ["merged_into_id"],
            ["id"],
            ondelete="SET NULL",
        )

    _index_existing_quotes()


def _index_existing_quotes() -> None:
    """Blocking keys for the quotes stored before this revision (same function as new inserts use)."""
    from quotes.dedup import keys

    conn = op.get_bind()
    quote_key = sa.table(
        "quote_key",
        sa.column("speaker_id", sa.Integer),
        sa.column("key", sa.BigInteger),
        sa.column("quote_id", sa.Integer),
    )
    rows = conn.execute(sa.text("SELECT id, speaker_id, text FROM quote WHERE speaker_id IS NOT NULL")).all()
    batch = []
    for quote_id, speaker_id, text in rows:
        batch.extend({"speaker_id": speaker_id, "key": k, "quote_id": quote_id} for k in keys(text))
    if batch:
        op.bulk_insert(quote_key, batch)


def downgrade() -> None:
    with op.batch_alter_table("speaker", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_speaker_merged_into_id_speaker"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_speaker_merged_into_id"))
        batch_op.drop_column("merged_into_id")

    with op.batch_alter_table("appearance", schema=None) as batch_op:
        batch_op.drop_column("speaker_confidence")
        batch_op.drop_column("speaker_link")

    with op.batch_alter_table("quote_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quote_link_other_id"))

    op.drop_table("quote_link")
    with op.batch_alter_table("quote_key", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quote_key_quote_id"))

    op.drop_table("quote_key")
    with op.batch_alter_table("speaker_merge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_speaker_merge_merged_id"))
        batch_op.drop_index(batch_op.f("ix_speaker_merge_kept_id"))

    op.drop_table("speaker_merge")
