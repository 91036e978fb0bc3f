"""Speaker identity across articles (issue 5): name rules, linking in the store, recorded merges,
and incremental clustering through the blocking index, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from quotes import dedup, records
from quotes.speakers import is_short_form, load_registry, name_key, plain_key, spelling_score
from quotes.store import db, speakers
from quotes.store import models as m
from quotes.store.write import save_extraction


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("Putin", "Vladimir Putin", True),
        ("Presiden Putin", "Vladimir Putin", True),  # the title is not part of the name
        ("Jong Un", "Kim Jong Un", True),
        ("Kim Jong Un", "Kim Jong Un", False),
        ("Putin", "Peskov", False),
        ("Febri Diansyah", "KPK Febri Diansyah", True),
    ],
)
def test_short_form(short: str, long: str, expected: bool) -> None:
    assert is_short_form(short, long) is expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Dmitri Peskov", "Dmitry Peskov", True),
        ("Sergey Lavrov", "Sergei Lavrov", True),
        ("Agus Salim", "Agus Halim", False),  # a different first letter is a different name
        ("Kim", "Kin", False),  # too short to tell by spelling
        ("Joko Widodo", "Joko Widodo", False),  # identical is not a variant (exact match handles it)
        ("Retno Marsudi", "Retno Marsudi Putri", False),  # word counts differ
    ],
)
def test_spelling_variants(a: str, b: str, same: bool) -> None:
    assert (spelling_score(a, b) is not None) is same


def test_keys_for_names_and_roles() -> None:
    assert name_key("Pak Budi") == "budi"  # titles go for name matching
    assert plain_key("Presiden Rusia itu") == "presiden rusia"  # roles keep them


def _ref(name: str, type_: str = "person") -> records.SpeakerRef:
    return records.SpeakerRef(name, type_)  # type: ignore[arg-type]


def test_registry_is_loaded_with_aliases_and_roles(db_url: str) -> None:
    engine = db.open_database(db_url)
    with Session(engine) as session, session.begin():
        speakers.ensure_registry(session)
        names = set(session.execute(sa.select(m.Speaker.name)).scalars())  # type: ignore[call-overload]
        kinds = dict(
            session.execute(
                sa.select(m.SpeakerAlias.alias, m.SpeakerAlias.kind)  # type: ignore[call-overload]
            ).all()
        )
    assert {s.name for s in load_registry()} <= names
    assert {"Vladimir Putin", "Kim Jong Un", "Dmitry Peskov", "KCNA", "Amerika Serikat"} <= names
    assert kinds["juru bicara Kremlin"] == "role"
    assert kinds["Kantor Berita Pusat Korea"] == "name"
    assert kinds["AS"] == "name"


@pytest.mark.parametrize(
    ("name", "type_", "expected", "method"),
    [
        ("Vladimir Putin", "person", "Vladimir Putin", "exact"),
        ("Putin", "person", "Vladimir Putin", "alias"),
        ("Presiden Rusia", "person", "Vladimir Putin", "role"),
        ("juru bicara Kremlin", "person", "Dmitry Peskov", "role"),
        ("pemimpin Korea Utara itu", "person", "Kim Jong Un", "role"),
        ("Korean Central News Agency", "media", "KCNA", "alias"),
        ("Kantor Berita Pusat Korea", "media", "KCNA", "alias"),
        ("AS", "organization", "Amerika Serikat", "alias"),
        ("Jong Un", "person", "Kim Jong Un", "short"),
        ("Dimitry Peskov", "person", "Dmitry Peskov", "spelling"),
    ],
)
def test_link_known_speakers(db_url: str, name: str, type_: str, expected: str, method: str) -> None:
    engine = db.open_database(db_url)
    with Session(engine) as session, session.begin():
        found = speakers.link(session, _ref(name, type_))
        assert found is not None
        linked = session.execute(
            sa.select(m.Speaker.name).where(m.Speaker.id == found.speaker_id)  # type: ignore[call-overload]
        ).scalar_one()
    assert (linked, found.method) == (expected, method)
    assert 0 < found.confidence <= 1


def test_surname_alone_is_not_merged_when_two_people_share_it(db_url: str) -> None:
    engine = db.open_database(db_url)
    with Session(engine) as session, session.begin():
        kardashian = speakers.link(session, _ref("Kim Kardashian"))
        assert kardashian is not None and kardashian.method == "new"
        # no evidence in the article: "Kim" stays its own speaker, flagged ambiguous
        bare = speakers.link(session, _ref("Kim"), text="Kim mengatakan bahwa acara itu meriah.")
        assert bare is not None and bare.method == "ambiguous"
        assert bare.speaker_id not in (kardashian.speaker_id,)
        # two people called Agus: a bare "Agus" joins neither
        speakers.link(session, _ref("Agus Rahardjo"))
        speakers.link(session, _ref("Agus Salim"))
        agus = speakers.link(session, _ref("Agus"), text="Agus menegaskan hal itu.")
        assert agus is not None and agus.method == "ambiguous"


def test_context_chooses_between_candidates(db_url: str) -> None:
    engine = db.open_database(db_url)
    with Session(engine) as session, session.begin():
        speakers.link(session, _ref("Kim Kardashian"))
        kim_jong_un = speakers.link(session, _ref("Kim Jong Un"))
        found = speakers.link(
            session, _ref("Kim"), text="Kim, pemimpin Korea Utara, tiba di Vladivostok pada Selasa."
        )
    assert found is not None and kim_jong_un is not None
    assert (found.speaker_id, found.method) == (kim_jong_un.speaker_id, "context")


def test_fuller_form_of_one_known_name_is_linked(db_url: str) -> None:
    engine = db.open_database(db_url)
    with Session(engine) as session, session.begin():
        short = speakers.link(session, _ref("Febri Diansyah"))
        longer = speakers.link(session, _ref("KPK Febri Diansyah"))
        again = speakers.link(session, _ref("KPK Febri Diansyah"))
    assert short is not None and longer is not None and again is not None
    assert longer.speaker_id == short.speaker_id and longer.method == "longer"
    assert again.method == "alias"  # remembered


def test_mentions_are_recorded_but_never_link(db_url: str) -> None:
    engine = db.open_database(db_url)
    with Session(engine) as session, session.begin():
        budi = speakers.link(session, _ref("Budi Santoso"))
        assert budi is not None
        speakers.record_mention(session, budi.speaker_id, "dia")
        other = speakers.link(session, _ref("dia", "unknown"))
    assert other is not None and other.speaker_id != budi.speaker_id


TEXT_A = (
    'TRIBUNNEWS.COM - "Kami siap bertanding besok malam melawan Persib di Bandung," kata pelatih '
    "Shin Tae-yong kepada wartawan."
)
TEXT_B = (
    'Liputan6.com - "Kami siap bertanding besok malam melawan Persib di Bandung, dan kami akan menang," '
    "ujar Shin kepada wartawan."
)


def _save(engine: sa.Engine, doc_id: str, text: str, quote: str, speaker: str, day: int) -> None:
    start = text.index(quote)
    q = records.Quote(
        span=records.Span(start, start + len(quote), quote),
        kind="direct",
        speaker=records.SpeakerRef(speaker, "person"),
        cue=None,
        rule="test.v1",
        confidence=0.9,
    )
    article = records.Article(id=doc_id, text=text, published=datetime(2023, 9, day), lang="id")
    with Session(engine) as session, session.begin():
        save_extraction(session, article, records.Extraction(doc_id, (q,), "test-1"))


def _scalar(engine: sa.Engine, sql: str) -> object:
    with engine.connect() as conn:
        return conn.execute(sa.text(sql)).scalar_one()


def test_fragment_then_fuller_version_is_one_quote_with_fullest_text(db_url: str) -> None:
    engine = db.open_database(db_url)
    fragment = "Kami siap bertanding besok malam melawan Persib di Bandung"
    fuller = "Kami siap bertanding besok malam melawan Persib di Bandung, dan kami akan menang"
    _save(engine, "a", TEXT_A, fragment, "Shin Tae-yong", 14)
    _save(engine, "b", TEXT_B, fuller, "Shin", 13)  # short form of the known name, published earlier
    assert _scalar(engine, "SELECT count(*) FROM quote") == 1
    assert _scalar(engine, "SELECT text FROM quote") == fuller
    assert str(_scalar(engine, "SELECT first_seen FROM quote")).startswith("2023-09-13")
    assert _scalar(engine, "SELECT count(DISTINCT speaker_id) FROM appearance") == 1
    assert _scalar(engine, "SELECT count(*) FROM appearance WHERE speaker_link = 'short'") == 1


def test_same_words_from_another_speaker_are_never_merged(db_url: str) -> None:
    engine = db.open_database(db_url)
    quote = "Kami siap bertanding besok malam melawan Persib di Bandung"
    _save(engine, "a", TEXT_A, quote, "Shin Tae-yong", 14)
    _save(engine, "b", TEXT_A.replace("Shin Tae-yong", "Luis Milla"), quote, "Luis Milla", 14)
    assert _scalar(engine, "SELECT count(*) FROM quote") == 2


def test_related_quotes_are_linked_not_merged(db_url: str) -> None:
    engine = db.open_database(db_url)
    a = "KPU siap menyelenggarakan Pilkada dan Pemilu"
    b = "KPU siap melaksanakan Pilkada maupun Pemilu Nasional,"
    _save(engine, "a", f'"{a}" kata Arief Budiman.', a, "Arief Budiman", 1)
    _save(engine, "b", f'"{b}" kata Arief Budiman.', b, "Arief Budiman", 2)
    assert _scalar(engine, "SELECT count(*) FROM quote") == 2
    assert _scalar(engine, "SELECT count(*) FROM quote_link WHERE kind = 'related'") == 1


def test_ingest_scores_only_blocked_candidates(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 5: a new quote is compared with a bounded number of candidates, not all of the speaker's."""
    engine = db.open_database(db_url)
    for i in range(30):
        text = f"Pernyataan nomor {i} tentang anggaran daerah tahun {2000 + i} dan proyek jalan ke-{i}"
        _save(engine, f"d{i}", f'"{text}" kata Budi.', text, "Budi Santoso", 1)
    calls: list[str] = []
    real = dedup.decide
    monkeypatch.setattr(dedup, "decide", lambda a, b, **kw: calls.append(b) or real(a, b, **kw))
    text = "Kami akan membangun jembatan baru di Cikarang"
    _save(engine, "new", f'"{text}" kata Budi.', text, "Budi Santoso", 2)
    assert len(calls) <= dedup.MAX_CANDIDATES
    assert calls == []  # shares no content word with the 30 others


def test_merge_and_unmerge_are_recorded_and_reversible(db_url: str) -> None:
    engine = db.open_database(db_url)
    quote = "Kami siap bertanding besok malam melawan Persib di Bandung"
    _save(engine, "a", TEXT_A, quote, "Shin Tae-yong", 14)
    _save(engine, "b", TEXT_A.replace("Shin Tae-yong", "STY"), quote, "STY", 14)
    before = _scalar(engine, "SELECT count(*) FROM quote")
    with Session(engine) as session, session.begin():
        merge_id = speakers.merge(session, "Shin Tae-yong", "STY")
    assert _scalar(engine, "SELECT count(DISTINCT speaker_id) FROM appearance") == 1
    assert _scalar(engine, "SELECT merged_into_id IS NOT NULL FROM speaker WHERE name = 'STY'") in (1, True)
    # a later mention of the merged name follows the merge
    with Session(engine) as session, session.begin():
        follow = speakers.link(session, _ref("STY"))
        kept = speakers.find(session, "Shin Tae-yong")
    assert follow is not None and follow.speaker_id == kept
    with Session(engine) as session, session.begin():
        assert speakers.unmerge(session, merge_id) == ("Shin Tae-yong", "STY")
    assert _scalar(engine, "SELECT count(DISTINCT speaker_id) FROM appearance") == 2
    assert _scalar(engine, "SELECT count(*) FROM quote") == before
    assert _scalar(engine, "SELECT undone_at IS NOT NULL FROM speaker_merge") in (1, True)
    with pytest.raises(speakers.SpeakerError), Session(engine) as session, session.begin():
        speakers.unmerge(session, merge_id)
