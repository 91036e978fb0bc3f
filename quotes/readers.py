"""Read input documents: ``.txt`` articles, JSON Lines (optionally gzipped), saved HTML pages, stdin.

Each reader yields :class:`Article` or :class:`ReadError` in input order; a bad document never stops
the stream, and every error names its file and line.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any, cast

from quotes.records import Article
from quotes.text import detect_language

# Larger documents are skipped: no news article is this long, and a multi-megabyte "article" is almost
# always a mis-exported dump that would stall the pipeline.
MAX_TEXT_CHARS = 2_000_000
# A JSON line or one-document file is refused unread beyond this many bytes, so that a runaway line (a
# dump with no newlines, binary junk) never sits in memory: 2M characters of Indonesian are ~2 MB of
# UTF-8, and JSON escaping (``\u`` sequences) can at most triple that.
MAX_DOCUMENT_BYTES = 3 * MAX_TEXT_CHARS + 4096
# Bytes looked at to tell binary junk from text and JSON Lines from a plain article on stdin.
_SNIFF_BYTES = 8192
SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".json", ".html", ".htm")
# Data files that live next to articles in seeds/ but are not articles (the speaker registry, the
# annotated duplicate pairs): skipped when a directory is walked, read (and rejected) if named directly.
NOT_ARTICLES = frozenset(["speakers.json", "dedup_pairs.jsonl"])


@dataclass(frozen=True)
class ReadError:
    """A document that could not be read; ``where`` is ``file:line`` or ``file``."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


Document = Article | ReadError


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """Expand directories (recursively, sorted) into input files; ``-`` stands for stdin."""
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            yield path
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and _has_input_suffix(child)
                    and not child.name.startswith(".")
                    and child.name not in NOT_ARTICLES
                ):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield ReadError(str(raw), "no such file or directory")


def _has_input_suffix(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def read_documents(paths: Iterable[str | Path], *, stdin: IO[bytes] | None = None) -> Iterator[Document]:
    """All documents under ``paths``, in order, streamed: one JSON line in memory at a time."""
    for path in iter_paths(paths):
        if isinstance(path, ReadError):
            yield path
        elif str(path) == "-":
            yield from read_stream(stdin or sys.stdin.buffer, "<stdin>")
        else:
            yield from read_file(path)


def read_file(path: Path) -> Iterator[Document]:
    name = path.name.lower()
    try:
        with path.open("rb") as raw:
            if name.endswith(".gz"):
                with gzip.GzipFile(fileobj=raw) as unzipped:
                    yield from _read_opened(cast(IO[bytes], unzipped), name[:-3], str(path))
            else:
                yield from _read_opened(raw, name, str(path))
    except OSError as exc:
        yield ReadError(str(path), f"cannot read: {exc.strerror or exc}")


def _read_opened(stream: IO[bytes], name: str, where: str) -> Iterator[Document]:
    head = _peek(stream, where)
    if isinstance(head, ReadError):
        yield head
    elif b"\x00" in head:
        yield ReadError(where, "binary data (NUL bytes), not text")
    elif name.endswith((".jsonl", ".json")):
        yield from read_jsonl(stream, where)
    else:
        data = _read_whole(stream, where)
        if isinstance(data, ReadError):
            yield data
        elif name.endswith((".html", ".htm")):
            yield read_html(data, where, doc_id=Path(where).name)
        else:
            yield read_txt(data, where, doc_id=Path(where).name)


def _peek(stream: IO[bytes], where: str) -> bytes | ReadError:
    """The first bytes of ``stream`` without consuming them (gzip and buffered files both peek)."""
    try:
        return stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]  # type: ignore[attr-defined]
    except (OSError, EOFError) as exc:
        return ReadError(where, f"not a valid gzip file: {exc}")


def _read_whole(stream: IO[bytes], where: str) -> bytes | ReadError:
    """A one-document file, refused unread beyond :data:`MAX_DOCUMENT_BYTES` so memory stays bounded."""
    try:
        data = stream.read(MAX_DOCUMENT_BYTES + 1)
    except (OSError, EOFError) as exc:
        return ReadError(where, f"corrupt or truncated file: {exc}")
    if len(data) > MAX_DOCUMENT_BYTES:
        return ReadError(where, f"document larger than {MAX_DOCUMENT_BYTES:,} bytes")
    return data


def read_stream(stream: IO[bytes], where: str) -> Iterator[Document]:
    """Standard input: JSON Lines if the first non-blank character is ``{``, else one ``.txt`` article."""
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[type-var]
    head = b""
    while not head.strip():
        line = buffered.readline(_SNIFF_BYTES)
        if not line:
            break
        head += line
    rest = io.BufferedReader(_Chained(head, buffered))
    if head.lstrip()[:1] == b"{":
        yield from read_jsonl(rest, where)
    else:
        data = _read_whole(rest, where)
        yield data if isinstance(data, ReadError) else read_txt(data, where, doc_id="stdin")


class _Chained(io.RawIOBase):
    """Bytes already read, then the rest of a stream: lets stdin be sniffed without buffering it all."""

    def __init__(self, head: bytes, tail: IO[bytes]) -> None:
        self._head, self._tail = head, tail

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n], self._head = self._head[:n], self._head[n:]
            return n
        read = getattr(self._tail, "read1", self._tail.read)  # what is there now: a pipe may be live
        data = read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _decode(data: bytes, where: str) -> str | ReadError:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ReadError(where, f"invalid UTF-8 at byte {exc.start}")
    if "\x00" in text:
        return ReadError(where, "binary data (NUL bytes), not text")
    return text


def _check_text(text: str, where: str) -> ReadError | None:
    if not text.strip():
        return ReadError(where, "empty text")
    if len(text) > MAX_TEXT_CHARS:
        return ReadError(
            where, f"text has {len(text):,} characters, more than the {MAX_TEXT_CHARS:,} allowed"
        )
    return None


def read_txt(data: bytes, where: str, *, doc_id: str) -> Document:
    """A seeds-style article: the title on the first line, the body after; the id is the file name.

    The stored text is the whole file, title line included, so offsets match the file as written.
    """
    text = _decode(data, where)
    if isinstance(text, ReadError):
        return text
    problem = _check_text(text, where)
    if problem:
        return problem
    first_line = text.split("\n", 1)[0].strip()
    return Article(
        id=doc_id,
        text=text,
        title=first_line or None,
        lang=detect_language(text),
        source=where,
    )


def read_jsonl(stream: IO[bytes] | bytes, where: str) -> Iterator[Document]:
    """One document per line, read line by line; a line over :data:`MAX_DOCUMENT_BYTES` is skipped unread.

    A truncated or corrupt gzip stream ends the file with an error naming the last good line; the
    documents before it are kept.
    """
    lines = io.BytesIO(stream) if isinstance(stream, bytes) else stream
    if not hasattr(lines, "peek"):
        lines = io.BufferedReader(lines)  # type: ignore[type-var]
    number = 0
    while True:
        number += 1
        line_where = f"{where}:{number}"
        try:
            raw = lines.readline(MAX_DOCUMENT_BYTES + 1)
            if len(raw) > MAX_DOCUMENT_BYTES and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # skip the rest of the line in bounded chunks
                    raw = lines.readline(_SNIFF_BYTES)
                yield ReadError(line_where, f"line longer than {MAX_DOCUMENT_BYTES:,} bytes")
                continue
        except (OSError, EOFError) as exc:
            yield ReadError(line_where, f"corrupt or truncated file, reading stopped: {exc}")
            return
        if not raw:
            return
        if not raw.strip():
            continue
        line = _decode(raw, line_where)
        if isinstance(line, ReadError):
            yield line
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(line_where, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        yield parse_document(obj, line_where)


def parse_document(obj: object, where: str) -> Document:
    """A FORMAT.md section 1 object (``id`` and ``text`` required) as an :class:`Article`."""
    if not isinstance(obj, dict):
        return ReadError(where, "not a JSON object")
    doc_id, text = obj.get("id"), obj.get("text")
    if doc_id is None or (isinstance(doc_id, str) and not doc_id.strip()):
        return ReadError(where, "missing 'id'")
    if not isinstance(doc_id, (str, int)):
        return ReadError(where, "'id' must be a string")
    if text is None:
        return ReadError(where, f"article {doc_id!r}: missing 'text'")
    if not isinstance(text, str):
        return ReadError(where, f"article {doc_id!r}: 'text' must be a string")
    if "\x00" in text:
        return ReadError(where, f"article {doc_id!r}: binary data (NUL bytes) in 'text'")
    problem = _check_text(text, where)
    if problem:
        return ReadError(where, f"article {doc_id!r}: {problem.reason}")
    published = obj.get("published")
    parsed_date = parse_date(published) if isinstance(published, str) else None
    lang = obj.get("lang")
    return Article(
        id=str(doc_id),
        text=text,
        title=_optional_str(obj.get("title")),
        url=_optional_str(obj.get("url")),
        outlet=_optional_str(obj.get("outlet")),
        published=parsed_date,
        lang=lang if lang in ("id", "en") else detect_language(text),
        source=where,
    )


def _optional_str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def parse_date(value: str) -> datetime | None:
    """ISO dates and datetimes (``2023-09-15``, ``2023-09-15T08:30:00+07:00``), naive UTC; else None."""
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(timezone.utc).replace(tzinfo=None)
    return parsed


def read_html(data: bytes, where: str, *, doc_id: str) -> Document:
    """A saved web page: main text, title, date and site name extracted with trafilatura."""
    import trafilatura

    try:
        html = data.decode("utf-8", errors="replace")
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many kinds of parser errors on broken pages
        return ReadError(where, f"cannot parse HTML: {exc}")
    if extracted is None:
        return ReadError(where, "no article text found in the HTML page")
    result = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = result.get("text") or ""
    problem = _check_text(text, where)
    if problem:
        return problem
    date = result.get("date")
    return Article(
        id=doc_id,
        text=text,
        title=result.get("title"),
        url=result.get("url"),
        outlet=result.get("sitename"),
        published=parse_date(date) if isinstance(date, str) else None,
        lang=detect_language(text),
        source=where,
    )
