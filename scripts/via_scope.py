#!/usr/bin/env python
"""Via recall split by where the gold relay is named: in the quote's own paragraph, or only earlier.

Annotators differ most on how far a relay reaches (a relay that opens the story: every quote of the
article, or its own sentence only). This separates what the extractor misses from what it reads
differently::

    python scripts/via_scope.py seeds/dev/unseen.jsonl
    python scripts/via_scope.py seeds/dev/tune_*.jsonl

Matching is the evaluation's (overlap of at least half the longer trimmed span); an outlet counts as
named in a paragraph when the last word of the gold relay's name (its first five letters) occurs there.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quotes.evaluate import outlet_key, trim  # noqa: E402
from quotes.pipeline import Extractor  # noqa: E402
from quotes.records import Article, Quote  # noqa: E402


def _matched(text: str, gold: dict, predicted: list[Quote]) -> Quote | None:
    gs, ge = trim(text, gold["start"], gold["end"])
    for quote in predicted:
        ps, pe = trim(text, quote.span.start, quote.span.end)
        overlap = min(ge, pe) - max(gs, ps)
        if overlap > 0 and overlap * 2 >= max(ge - gs, pe - ps):
            return quote
    return None


def _paragraph(text: str, start: int, end: int) -> str:
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first : last if last != -1 else len(text)]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gold", nargs="+", type=Path)
    args = parser.parse_args()
    extractor = Extractor(rules_only=True)
    counts: Counter[tuple[str, bool]] = Counter()
    for path in args.gold:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            text = doc["text"]
            extraction = extractor.extract(Article(id=doc["id"], text=text, outlet=doc.get("outlet")))
            for gold in doc.get("quotes", []):
                if not gold.get("via"):
                    continue
                quote = _matched(text, gold, list(extraction.quotes))
                if quote is None:
                    continue
                relay = gold["via"][-1]
                key = relay.split()[-1].lower()[:5]
                where = (
                    "paragraph" if key in _paragraph(text, gold["start"], gold["end"]).lower() else "earlier"
                )
                counts[(where, outlet_key(relay) in {outlet_key(v.name) for v in quote.via})] += 1
    for where in ("paragraph", "earlier"):
        found, total = counts[(where, True)], counts[(where, True)] + counts[(where, False)]
        print(f"relay named {where:9}  {found}/{total} relayed quotes found")


if __name__ == "__main__":
    main()
