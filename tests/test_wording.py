"""Word-level diff of two wordings (issue 6)."""

from __future__ import annotations

import pytest

from quotes.wording import DiffPart, render, word_diff


@pytest.mark.parametrize(
    ("old", "new", "shown"),
    [
        ("Kami siap bertanding", "Kami siap bertanding", "Kami siap bertanding"),
        (
            "Kami siap bertanding besok,",
            "Kami siap bertanding besok!",
            "Kami siap bertanding [-besok,-] {+besok!+}",
        ),
        (
            "Kami akan mendukung Putin",
            "Kami akan selalu mendukung Putin",
            "Kami akan {+selalu+} mendukung Putin",
        ),
        ("Kami akan selalu mendukung Putin", "Kami mendukung Putin", "Kami [-akan selalu-] mendukung Putin"),
        ("", "Kami", "{+Kami+}"),
    ],
)
def test_word_diff(old: str, new: str, shown: str) -> None:
    assert render(word_diff(old, new)) == shown


def test_parts_rebuild_both_wordings() -> None:
    old, new = "Rusia mematuhi semua pembatasan ini", "Rusia selalu mematuhi pembatasan itu"
    parts = word_diff(old, new)
    assert " ".join(p.text for p in parts if p.op != "+") == old
    assert " ".join(p.text for p in parts if p.op != "-") == new
    assert DiffPart("+", "selalu") in parts
