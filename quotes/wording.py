"""Word-level differences between two wordings of one quote, for ``quotes show``."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

DiffOp = Literal["=", "-", "+"]


@dataclass(frozen=True)
class DiffPart:
    op: DiffOp
    """``=`` in both, ``-`` only in the old wording, ``+`` only in the new one."""
    text: str


def word_diff(old: str, new: str) -> list[DiffPart]:
    """The words of ``new`` against ``old``: kept, removed and added runs, in reading order.

    Words are whitespace-separated and compared as written, so changed punctuation shows too
    (``Rusia,`` vs ``Rusia!``).
    """
    a, b = old.split(), new.split()
    parts: list[DiffPart] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(DiffPart("=", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            parts.append(DiffPart("-", " ".join(a[i1:i2])))
        if j2 > j1:
            parts.append(DiffPart("+", " ".join(b[j1:j2])))
    return parts


def render(parts: list[DiffPart]) -> str:
    """``git diff --word-diff`` style: ``[-removed-]`` and ``{+added+}``."""
    shown = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}
    return " ".join(shown[part.op].format(part.text) for part in parts)
