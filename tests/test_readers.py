"""Reading input documents: formats, datelines, bad input with file and line."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from quotes.readers import ReadError, read_documents
from quotes.records import Article
from quotes.text import detect_language, find_dateline, paragraphs


def test_txt_article_keeps_whole_text_and_title(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Judul Berita\nJakarta - Isi berita.\n", encoding="utf-8")
    [doc] = list(read_documents([path]))
    assert isinstance(doc, Article)
    assert (doc.id, doc.title, doc.text) == ("x.txt", "Judul Berita", "Judul Berita\nJakarta - Isi berita.\n")


def test_jsonl_gz_and_directories(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    with gzip.open(tmp_path / "sub" / "a.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "g1", "text": "Teks satu.", "published": "2023-09-15"}) + "\n")
    docs = list(read_documents([tmp_path]))
    assert [d.id for d in docs if isinstance(d, Article)] == ["g1"]
    assert docs[0].published.isoformat() == "2023-09-15T00:00:00"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{oops", "malformed JSON"),
        ('{"text": "x"}', "missing 'id'"),
        ('{"id": "a"}', "missing 'text'"),
        ('{"id": "a", "text": ""}', "empty text"),
        ('{"id": "a", "text": 5}', "'text' must be a string"),
        ("[1, 2]", "not a JSON object"),
    ],
)
def test_bad_lines_name_file_and_line(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "ok", "text": "baik"}\n' + line + "\n", encoding="utf-8")
    docs = list(read_documents([path]))
    assert isinstance(docs[0], Article)
    assert isinstance(docs[1], ReadError)
    assert docs[1].where == f"{path}:2" and reason in docs[1].reason


def test_invalid_utf8_line_is_skipped_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "bad", "text": "\xff"}\n{"id": "ok", "text": "baik"}\n')
    docs = list(read_documents([path]))
    assert isinstance(docs[0], ReadError) and "UTF-8" in docs[0].reason
    assert isinstance(docs[1], Article)


@pytest.mark.parametrize(
    ("text", "outlet", "place"),
    [
        ("Judul\nTRIBUNNEWS.COM - Presiden Rusia", "TRIBUNNEWS.COM", None),
        ("Liputan6.com, Moskow - Kim Jong Un", "Liputan6.com", "Moskow"),
        ("Jakarta, CNN Indonesia -- Kepolisian Malaysia", "CNN Indonesia", "Jakarta"),
        ("Suara.com - Diluncurkan sekitar dua pekan lalu", "Suara.com", None),
        ("Kemarin hujan turun di Jakarta - sore hari.", None, None),
    ],
)
def test_datelines(text: str, outlet: str | None, place: str | None) -> None:
    found = find_dateline(text)
    assert (found.outlet if found else None, found.place if found else None) == (outlet, place)
    if found:
        assert text[found.span.start : found.span.end] == found.span.text


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Baca juga: Pasukan Ukraina Jiplak Taktik Rusia", True),
        ("Baca Juga", True),
        ("Advertisement", True),
        ("SCROLL TO CONTINUE WITH CONTENT", True),
        ("Simak juga video berikut", True),
        ("(manu/rer)", True),
        ("Baca berita ini sampai habis karena penting, katanya.", False),
        ("Putin juga memberi Kim sebuah sarung tangan.", False),
    ],
)
def test_furniture_lines(line: str, furniture: bool) -> None:
    [paragraph] = list(paragraphs(line))
    assert paragraph.furniture is furniture


def test_language_detection() -> None:
    assert detect_language("Presiden mengatakan bahwa pertemuan itu akan dilakukan di Jakarta.") == "id"
    assert detect_language("The president said that the meeting would be held in the capital.") == "en"
