"""Reading input documents: formats, datelines, bad input with file and line."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

import pytest

from quotes import readers
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


# Issue 7: bad input of every kind is reported with file and line, skipped, and the good documents kept.


def _good(doc_id: str) -> bytes:
    return (json.dumps({"id": doc_id, "text": f"Berita {doc_id}."}) + "\n").encode()


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        (b"{not json\n", "malformed JSON"),
        (b'{"text": "tanpa id"}\n', "missing 'id'"),
        (b'{"id": "x"}\n', "missing 'text'"),
        (b'{"id": "x", "text": "\\t \\n"}\n', "empty text"),
        (b'{"id": "x", "text": "\xc3\x28"}\n', "invalid UTF-8"),
        (b'{"id": "x", "text": "a\\u0000b"}\n', "binary data"),
        (json.dumps({"id": "big", "text": "kata " * 500_000}).encode() + b"\n", "more than the"),
        (b'{"id": "huge", "text": "' + b"x" * (readers.MAX_DOCUMENT_BYTES + 10) + b'"}\n', "longer than"),
    ],
    ids=["json", "id", "text", "empty", "utf8", "nul", "multi-mb", "runaway-line"],
)
def test_each_bad_line_is_reported_and_the_rest_kept(tmp_path: Path, bad_line: bytes, reason: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(_good("a") + bad_line + _good("b"))
    docs = list(read_documents([path]))
    assert [d.id for d in docs if isinstance(d, Article)] == ["a", "b"]
    [error] = [d for d in docs if isinstance(d, ReadError)]
    assert error.where == f"{path}:2" and reason in error.reason


def test_truncated_gzip_keeps_the_lines_before_the_cut(tmp_path: Path) -> None:
    whole = gzip.compress(b"".join(_good(f"d{i}") + b" " * 2000 + b"\n" for i in range(200)))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    docs = list(read_documents([path]))
    good = [d for d in docs if isinstance(d, Article)]
    assert good and [d.id for d in good] == [f"d{i}" for i in range(len(good))]
    assert isinstance(docs[-1], ReadError) and "truncated" in docs[-1].reason
    assert docs[-1].where.startswith(f"{path}:")


@pytest.mark.parametrize("name", ["junk.jsonl", "junk.txt", "junk.jsonl.gz", "notgzip.jsonl.gz"])
def test_binary_junk_is_one_error_per_file(tmp_path: Path, name: str) -> None:
    junk = bytes(range(256)) * 64
    path = tmp_path / name
    path.write_bytes(gzip.compress(junk) if name == "junk.jsonl.gz" else junk)
    [error] = list(read_documents([path, tmp_path / "missing.txt"]))[:-1]
    assert isinstance(error, ReadError) and error.where == str(path)


class _FirstChunkThenFail(io.RawIOBase):
    """A stream that delivers one chunk and then fails: proves documents are yielded as they arrive."""

    def __init__(self, chunk: bytes) -> None:
        self.chunk = chunk

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if not self.chunk:
            raise RuntimeError("read past the first chunk")
        n, self.chunk = len(self.chunk), b""
        buffer[:n] = _good("a") + _good("b")
        return n


def test_stdin_is_streamed_not_read_whole() -> None:
    documents = read_documents(["-"], stdin=io.BufferedReader(_FirstChunkThenFail(_good("a") + _good("b"))))
    assert [next(documents).id, next(documents).id] == ["a", "b"]  # type: ignore[union-attr]
    with pytest.raises(RuntimeError):
        next(documents)


@pytest.mark.parametrize(
    ("data", "ids"),
    [
        (b"\n\n" + _good("a") + _good("b"), ["a", "b"]),
        (b"Judul\nIsi berita yang panjang.\n", ["stdin"]),
    ],
)
def test_stdin_jsonl_or_one_article(data: bytes, ids: list[str]) -> None:
    docs = list(read_documents(["-"], stdin=io.BytesIO(data)))
    assert [d.id for d in docs if isinstance(d, Article)] == ids
    if ids == ["stdin"]:
        assert docs[0].text == data.decode()  # type: ignore[union-attr]
