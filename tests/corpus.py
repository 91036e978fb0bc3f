"""A small hand-built store for query and export tests: no extractor, exact known content.

Kim Jong Un's statement appears three times (Liputan6 stored first but published second, relayed
KCNA > Yonhap; Tribunnews first, relayed by KCNA; Kompas last with a changed word), Peskov's rifle quote
once, and a quote whose text starts with a spreadsheet formula character.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quotes import records
from quotes.store.write import save_extraction

KIM = "Kami akan selalu mendukung keputusan Presiden Putin dan kepemimpinan Rusia,"
KIM_BANG = "Kami akan selalu mendukung keputusan Presiden Putin dan kepemimpinan Rusia!"
KIM_KOMPAS = "Kami akan selalu mendukung semua keputusan Presiden Putin dan kepemimpinan Rusia,"
PESKOV = "Putin memberi Kim senapan produksi Rusia \u201cberkualitas terbaik,\u201d"
FORMULA = '=HYPERLINK("http://evil") itu bohong besar, kata saya kepada kalian semua'
PUTIN = "Rusia mempertimbangkan sejumlah kerja sama militer dengan Korea Utara"

# (doc_id, outlet, published, url, sentence template with {q}, quote, speaker, type, kind, cue, via)
ARTICLES = [
    (
        "liputan6-kim",
        "Liputan6",
        datetime(2023, 9, 14, 10, 30),
        "https://www.liputan6.com/global/read/2023/09/14/kim",
        'Liputan6.com, Pyongyang - "{q}" ujar Kim Jong Un, dikutip dari KCNA melalui Yonhap.',
        KIM_BANG,
        "Kim Jong Un",
        "person",
        "direct",
        "ujar",
        ("KCNA", "Yonhap"),
    ),
    (
        "tribun-kim",
        "Tribunnews",
        datetime(2023, 9, 13, 8, 0),
        "https://www.tribunnews.com/internasional/2023/09/13/kim-putin",
        'TRIBUNNEWS.COM - "{q}" kata Kim Jong Un seperti dilansir KCNA.',
        KIM,
        "Kim Jong Un",
        "person",
        "direct",
        "kata",
        ("KCNA",),
    ),
    (
        "kompas-kim",
        "Kompas",
        datetime(2023, 9, 15, 7, 0),
        "https://www.kompas.com/global/2023/09/15/kim",
        'KOMPAS.com - "{q}" kata Kim Jong Un kepada wartawan.',
        KIM_KOMPAS,
        "Kim Jong Un",
        "person",
        "direct",
        "kata",
        (),
    ),
    (
        "tribun-peskov",
        "Tribunnews",
        datetime(2023, 9, 14, 9, 0),
        "https://www.tribunnews.com/internasional/2023/09/14/senapan",
        "TRIBUNNEWS.COM - Juru bicara Kremlin mengatakan {q} kata Dmitry Peskov.",
        PESKOV,
        "Dmitry Peskov",
        "person",
        "mixed",
        "kata",
        (),
    ),
    (
        "kompas-formula",
        "Kompas",
        datetime(2023, 10, 1, 12, 0),
        "https://www.kompas.com/x/2023/10/01/formula",
        'KOMPAS.com - "{q}" kata Budi Santoso.',
        FORMULA,
        "Budi Santoso",
        "person",
        "direct",
        "kata",
        (),
    ),
    (
        "tass-putin",
        "TASS",
        datetime(2023, 9, 12, 6, 0),
        None,
        "MOSKOW - Presiden Vladimir Putin mengatakan bahwa {q}.",
        PUTIN,
        "Vladimir Putin",
        "person",
        "indirect",
        "mengatakan",
        (),
    ),
]


def build(url: str) -> sa.Engine:
    """Open (migrating) the database at ``url`` and store the articles above."""
    from quotes.store import db

    engine = db.open_database(url)
    with Session(engine) as session, session.begin():
        for doc_id, outlet, published, link, template, quote, speaker, kind_, kind, cue, via in ARTICLES:
            text = template.format(q=quote)
            start = text.index(quote)
            cue_at = text.index(cue, start + len(quote)) if kind != "indirect" else text.index(cue)
            mention = "Peskov" if speaker == "Dmitry Peskov" else speaker  # an alias to look up by
            name_at = text.index(mention)
            article = records.Article(
                id=doc_id, text=text, outlet=outlet, published=published, url=link, lang="id", title=doc_id
            )
            found = records.Quote(
                span=records.Span(start, start + len(quote), quote),
                kind=kind,  # type: ignore[arg-type]
                speaker=records.SpeakerRef(
                    speaker,
                    kind_,  # type: ignore[arg-type]
                    records.Span(name_at, name_at + len(mention), mention),
                ),
                cue=records.Span(cue_at, cue_at + len(cue), cue),
                rule="test.v1",
                confidence=0.9,
                via=tuple(records.Relay(name) for name in via),
            )
            extraction = records.Extraction(article_id=doc_id, quotes=(found,), extractor="test-1")
            save_extraction(session, article, extraction)
    return engine


def quote_id(engine: sa.Engine, speaker: str) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(
                sa.text("SELECT q.id FROM quote q JOIN speaker s ON s.id = q.speaker_id WHERE s.name = :n"),
                {"n": speaker},
            ).scalar_one()
        )
