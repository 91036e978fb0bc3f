"""Per-transaction lookups of the write path (issue 7): they must find exactly what the queries find."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from quotes import records
from quotes.store import db, speakers
from quotes.store import lookups as store_lookups
from quotes.store import models as m
from quotes.store.lookups import Lookups, OutletIds

_speaker = m.Speaker.__table__  # type: ignore[attr-defined]

NAMES = [
    "Joko Widodo",
    "JOKO Susilo",
    "José Mourinho",
    "ÖZIL Mesut",
    "Ali_Akbar",
    "Alia",
    "Kim Jong Un",
    "Kim Kardashian",
    "Hasyim Asy'ari",
    "100% Persen",
    "ali",
]
PATTERNS = [
    "%joko%",
    "%jose%",
    "%josé%",
    "%özil%",
    "%ali%",
    "%i_a%",
    "j%",
    "k%",
    "ö%",
    "_%",
    "%%",
    "%100%",
    "a%",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_speaker_names_match_like(db_url: str, pattern: str) -> None:
    engine = db.open_database(db_url)
    with Session(engine) as session, session.begin():
        for name in NAMES[:6]:
            session.execute(sa.insert(_speaker).values(name=name, type="person"))
        lookups = Lookups()
        names = store_lookups.speaker_names(session, lookups)
        for name in NAMES[6:]:  # added after the names were read, as the write path does
            speakers._create(session, name, "unknown", lookups)
        by_sql = {
            r.id
            for r in session.execute(
                sa.select(_speaker.c.id).where(
                    sa.func.lower(_speaker.c.name).like(pattern), _speaker.c.merged_into_id.is_(None)
                )
            )
        }
        assert {s.id for s in names.like(pattern)} == by_sql


def test_linking_with_lookups_equals_without(db_url: str) -> None:
    """The same mentions linked through per-transaction lookups and through queries alone."""
    mentions = ["Kim Jong Un", "Kim", "Jong Un", "Presiden Jokowi", "Joko Widodo", "Widodo", "Dmitri Peskov"]

    def run(use_lookups: bool) -> list[tuple[str, str | None, str]]:
        engine = db.open_database(db_url)
        out = []
        with Session(engine) as session, session.begin():
            lookups = Lookups(OutletIds()) if use_lookups else None
            for name in mentions:
                ref = records.SpeakerRef(name, "person")
                link = speakers.link(session, ref, text="Kim Jong Un berkata.", lookups=lookups)
                assert link is not None
                row = session.execute(sa.select(_speaker.c.name).where(_speaker.c.id == link.speaker_id))
                out.append((name, row.scalar(), link.method))
            session.rollback()
        return out

    assert run(True) == run(False)
