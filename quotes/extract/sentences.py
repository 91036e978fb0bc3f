"""Sentence boundaries inside a paragraph, by rule (Indonesian abbreviations, initials, decimals).

Boundaries inside quotation marks are kept: a quoted passage of several sentences stays in the sentence
that carries its attribution, which is what attribution needs.
"""

from __future__ import annotations

import re

from quotes.extract.marks import pair_marks

_ABBREVIATIONS = frozenset(
    [
        "dr",
        "drs",
        "ir",
        "prof",
        "h",
        "hj",
        "st",
        "no",
        "jl",
        "jln",
        "tn",
        "ny",
        "sdr",
        "bpk",
        "kh",
        "dkk",
        "dll",
        "dsb",
        "tsb",
        "yth",
        "a.n",
        "u.p",
        "mr",
        "mrs",
        "sp",  # "dr Didik Librianto, Sp. OT": a specialist's degree after the name
        "ms",
        "vs",
        "sen",
        "gen",
        "rp",
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "sr",
        "kol",
        "mayjen",
        "brigjen",
        "letjen",
        "irjen",
        "kombes",
        "akbp",
        "ipda",
        "iptu",
        "aiptu",
        "bripka",
    ]
)
_END = re.compile(r"[.!?…]+[\"”’']*(?=\s+[\"“”'‘(\[]?[A-Z0-9])")


def abbreviation_dot(text: str, dot: int, start: int = 0) -> bool:
    """Whether the period at ``dot`` ends an abbreviation or an initial (``Dr.``, ``M. Tito``), not a sentence."""
    word = re.search(r"([\w.]+)$", text[start:dot])
    token = word.group(1).lower() if word else ""
    return text[dot] == "." and (token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()))


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (start, end) covering ``text[start:end]``, whitespace-trimmed."""
    quoted = [
        (q.open_mark, q.close_mark if q.close_mark is not None else q.end)
        for q in pair_marks(text, start, end)
    ]
    cuts = [start]
    for match in _END.finditer(text, start, end):
        boundary = match.end()
        if any(a < match.start() < b for a, b in quoted):
            continue
        if abbreviation_dot(text, match.start(), cuts[-1]):
            continue
        cuts.append(boundary)
    cuts.append(end)
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
    return spans
