"""Text preparation that never shifts offsets: paragraphs, page furniture, datelines, language.

Everything here returns offsets into the unmodified article text. Furniture (``Baca juga: ...``,
``Advertisement``) is not deleted, only marked, so the extractor can skip it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quotes.records import Dateline, Span

# Lines that belong to the web page, not to the article. Whole-line patterns, case-insensitive.
_FURNITURE = re.compile(
    r"""^\s*(?:
        baca\s+(?:juga|pula|selengkapnya)\b.*
      | simak\s+(?:juga|selengkapnya)\b.*
      | lihat\s+juga\b.*
      | tonton\s+(?:juga|video)\b.*
      | advertisement
      | scroll\s+to\s+continue\s+with\s+content
      | artikel\s+ini\s+telah\s+tayang\b.*
      | (?:foto|video|sumber|editor|penulis|reporter|laporan\s+wartawan)\s*:.*
      | \[?(?:gambas|video)\s*:.*
      | (?:\(|\[)[a-z]{1,5}(?:/[a-z]{1,5})*(?:\)|\])
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# "TRIBUNNEWS.COM -", "Liputan6.com, Moskow -", "Jakarta, CNN Indonesia --", "JAKARTA, KOMPAS.com -",
# "Suara.com -", "Merdeka.com -", "MOSKOW (AFP) -". The dash may be -, --, – or —.
_DATELINE = re.compile(
    r"""^(?P<all>
        (?:(?P<place1>[A-Z][A-Za-z .'-]{1,40}?)\s*(?:,\s*|(?=\()))?
        \(?(?P<outlet>[A-Za-z][\w.]*\.(?i:com|co\.id|id|net|org)(?:\.[a-z]{2})?|CNN\s+Indonesia|Antara(?:news)?|ANTARA\s+News|Rimanews|Poskotanews|Pos\s+Kota|kumparan)\)?
        (?:\s*,\s*(?P<place2>[A-Z][A-Za-z .'-]{1,40}?))?
        \s*(?:--|-|–|—)\s
    )""",
    re.VERBOSE,
)

_ID_WORDS = frozenset(
    [
        "yang",
        "dan",
        "di",
        "ini",
        "itu",
        "dengan",
        "untuk",
        "tidak",
        "dari",
        "dalam",
        "akan",
        "pada",
        "juga",
        "ke",
        "karena",
        "tersebut",
        "bisa",
        "ada",
        "mereka",
        "kata",
        "telah",
        "sudah",
        "saat",
        "oleh",
        "atau",
        "lebih",
        "menjadi",
        "kami",
        "kita",
        "adalah",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "that",
        "for",
        "it",
        "with",
        "was",
        "on",
        "as",
        "be",
        "by",
        "this",
        "are",
        "from",
        "at",
        "have",
        "has",
        "said",
        "not",
        "they",
        "will",
        "an",
        "which",
        "would",
        "been",
        "were",
        "their",
    ]
)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph (one line of the text) and whether it is page furniture."""

    start: int
    end: int
    furniture: bool


def paragraphs(text: str) -> Iterator[Paragraph]:
    """Every non-blank line of ``text`` with its offsets, flagged when it is page furniture. A hard-wrapped
    line (it ends inside a sentence and the next line goes on in lower case) is joined to the next one,
    so that a quote wrapped over lines stays in one paragraph."""
    start = end = -1
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if not line.strip():
            continue
        if start >= 0 and _wrapped(text, end, match.start()):
            end = match.end()
            continue
        if start >= 0:
            yield Paragraph(start, end, bool(_FURNITURE.match(text[start:end])))
        start, end = match.start(), match.end()
    if start >= 0:
        yield Paragraph(start, end, bool(_FURNITURE.match(text[start:end])))


def _wrapped(text: str, line_end: int, next_start: int) -> bool:
    """One newline between a line ending in a word or comma and a line starting in lower case."""
    if text[line_end:next_start] != "\n":
        return False
    last, first = text[line_end - 1], text[next_start]
    return (last.isalnum() or last == ",") and first.islower()


def find_dateline(text: str, *, search_chars: int = 400) -> Dateline | None:
    """The dateline at the start of the body (first or second line), with outlet and place."""
    offset = 0
    for line in text[:search_chars].split("\n")[:3]:
        match = _DATELINE.match(line)
        if match:
            outlet = match.group("outlet")
            place = match.group("place1") or match.group("place2")
            start, end = offset + match.start("all"), offset + match.end("all")
            return Dateline(
                span=Span(start, end, text[start:end]),
                outlet=outlet,
                place=place.strip() if place else None,
            )
        offset += len(line) + 1
    return None


def detect_language(text: str) -> str:
    """``id`` or ``en``, by counting frequent function words; Indonesian when in doubt."""
    words = re.findall(r"[a-z]+", text[:5000].lower())
    id_hits = sum(word in _ID_WORDS for word in words)
    en_hits = sum(word in _EN_WORDS for word in words)
    return "en" if en_hits > 2 * id_hits and en_hits >= 3 else "id"
