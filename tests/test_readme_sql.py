"""Every SQL example in the README runs on the seeds, on SQLite and PostgreSQL, and returns rows (issue 6).

```sql blocks must run on both backends; ```sqlite and ```postgresql blocks on that backend only.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest import ROOT, SEEDS

from quotes.ingest import ingest
from quotes.pipeline import Extractor
from quotes.store import db

_BLOCK = re.compile(r"^```(sql|sqlite|postgresql)\n(.*?)^```", re.MULTILINE | re.DOTALL)
SEED_FILES = [
    SEEDS / "000_bd68425c800e7118.txt",
    SEEDS / "003_3f66a729c15f01e3.txt",
    ROOT / "tests" / "data" / "relays.jsonl",
]


def readme_blocks() -> list[tuple[str, str]]:
    return [
        (m.group(1), m.group(2).strip()) for m in _BLOCK.finditer((ROOT / "README.md").read_text("utf-8"))
    ]


def test_readme_has_at_least_five_portable_examples() -> None:
    assert sum(1 for dialect, _ in readme_blocks() if dialect == "sql") >= 5


def test_readme_queries_run_on_the_seeds(db_url: str) -> None:
    engine = db.open_database(db_url)
    summary = ingest(engine, [Path(p) for p in SEED_FILES], extractor=Extractor())
    assert summary.skipped == 0 and summary.new == 5
    failures = []
    ran = 0
    for dialect, sql in readme_blocks():
        if dialect not in ("sql", engine.dialect.name):
            continue
        ran += 1
        try:
            with engine.connect() as conn:
                rows = conn.execute(sa.text(sql.rstrip(";").replace(":", r"\:"))).all()
        except sa.exc.DBAPIError as exc:
            failures.append(f"{sql}\n-> {exc.orig}")
            continue
        if not rows:
            failures.append(f"{sql}\n-> no rows on the seeds")
    assert ran >= 6
    assert not failures, "\n\n".join(failures)


def test_relay_chain_example_reads_origin_first(sqlite_url: str) -> None:
    engine = db.open_database(sqlite_url)
    ingest(engine, SEED_FILES[1:2], extractor=Extractor())
    with engine.connect() as conn:
        via = conn.execute(
            sa.text("SELECT via FROM v_appearance WHERE quote_text LIKE 'Ya, ada batasan%'")
        ).scalar()
    assert via == "Russia 1 > CNN"


@pytest.mark.parametrize("dialect", ["sql", "sqlite", "postgresql"])
def test_blocks_are_found(dialect: str) -> None:
    assert any(d == dialect for d, _ in readme_blocks())
