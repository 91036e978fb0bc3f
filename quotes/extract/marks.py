"""Pairing quotation marks inside one paragraph, robust to the ways news text breaks them.

Handles straight and curly double marks, ``”`` used as an opening mark, mixed pairs (``“…"``), nesting
(a curly pair inside a straight one), stray marks, and quotes left open at the end of a paragraph (the
multi-paragraph convention). Only top-level pairs are returned; never raises.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

OPENING = {"“", "„", "«", "‟"}
CLOSING = {"”", "»"}
STRAIGHT = {'"'}
ALL_MARKS = OPENING | CLOSING | STRAIGHT | {"″"}

_BEFORE_OPEN = set(" \t\n([{:—–-/") | OPENING
_AFTER_CLOSE = set(" \t\n.,;:!?)]}…-—–/") | CLOSING | STRAIGHT


@dataclass(frozen=True)
class QuotedSpan:
    """Content between marks: ``start``/``end`` exclude the marks themselves."""

    open_mark: int
    start: int
    end: int
    close_mark: int | None
    """None when the quote runs to the end of the paragraph without a closing mark."""
    inner: tuple[tuple[int, int], ...] = ()
    """Nested quoted fragments (content offsets), e.g. a curly pair inside a straight one."""


Role = Literal["open", "close", "either"]


def _role(text: str, i: int, par_start: int, par_end: int) -> Role:
    ch = text[i]
    before = text[i - 1] if i > par_start else " "
    after = text[i + 1] if i + 1 < par_end else " "
    can_open = before in _BEFORE_OPEN and not after.isspace()
    can_close = after in _AFTER_CLOSE and not before.isspace()
    if ch in OPENING:
        return "open"
    if ch in CLOSING:
        # "”" used as an opening mark: at the paragraph start, or after a space and before a word.
        return "open" if can_open and not can_close else "close"
    if ch == "″":  # double prime: inch or seconds sign after a number, not a quote
        return "close"
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either"


def pair_marks(text: str, start: int, end: int) -> list[QuotedSpan]:
    """Top-level quoted spans in ``text[start:end]`` (one paragraph)."""
    marks: list[tuple[int, Role]] = []
    for i in range(start, end):
        ch = text[i]
        if ch in ALL_MARKS:
            if (
                ch in STRAIGHT
                and i > start
                and text[i - 1].isdigit()
                and (i + 1 >= end or not text[i + 1].isalpha())
            ):
                continue  # 5" screen, 65": a unit sign, not a quote
            marks.append((i, _role(text, i, start, end)))
    stack: list[int] = []  # positions of open marks
    inner: dict[int, list[tuple[int, int]]] = {}
    spans: list[QuotedSpan] = []
    for pos, role in marks:
        ch = text[pos]
        if role == "open" or (role == "either" and not stack):
            if stack and ch in STRAIGHT and text[stack[-1]] in STRAIGHT:
                role = "close"  # a straight mark cannot nest inside a straight pair: it closes it
            else:
                stack.append(pos)
                continue
        if not stack:
            continue  # stray closing mark: nothing to close (handled by the caller as a fragment)
        opener = stack.pop()
        if stack:
            inner.setdefault(stack[0], []).append((opener + 1, pos))
        else:
            spans.append(QuotedSpan(opener, opener + 1, pos, pos, tuple(inner.pop(opener, ()))))
    if stack:
        # The outermost quote never closes in this paragraph: it runs to the paragraph's end.
        opener = stack[0]
        content_end = end
        while content_end > opener + 1 and text[content_end - 1].isspace():
            content_end -= 1
        nested = [(s, e) for s, e in inner.pop(opener, [])]
        spans.append(QuotedSpan(opener, opener + 1, content_end, None, tuple(nested)))
    spans.sort(key=lambda s: s.open_mark)
    return [s for s in spans if s.end > s.start]


def stray_closers(text: str, start: int, end: int, spans: list[QuotedSpan]) -> list[int]:
    """Closing marks inside the paragraph that close nothing (their opening mark is missing)."""
    covered = [(s.open_mark, s.close_mark if s.close_mark is not None else s.end) for s in spans]
    result = []
    for i in range(start, end):
        if text[i] in CLOSING or text[i] in STRAIGHT:
            if any(a <= i <= b for a, b in covered):
                continue
            if _role(text, i, start, end) == "close":
                result.append(i)
    return result
