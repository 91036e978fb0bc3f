"""Scoring extracted quotes against gold annotations, as FORMAT.md section 3 defines it.

- Spans are compared after trimming whitespace, quotation marks and punctuation at both ends.
- A prediction matches a gold quote when their overlap is at least half the longer span; matching is
  one-to-one, best overlap first. Exact F1 counts only identical trimmed spans.
- Speaker accuracy: over matched pairs whose gold has a canonical name; names are compared as word sets
  (titles dropped), right when one contains the other.
- Quote+speaker F1: a match counts when its speaker is right; a gold quote with no canonical name is right
  only when the prediction names nobody either.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotes.outlets import registry
from quotes.records import Quote

if TYPE_CHECKING:
    from quotes.pipeline import Extractor

TITLE_WORDS = frozenset(
    [
        "presiden",
        "pak",
        "bapak",
        "bu",
        "ibu",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sir",
        "tuan",
        "nyonya",
        "sang",
        "saudara",
        "kapolri",
        "kapolda",
        "kapolres",
        "menteri",
        "gubernur",
        "bupati",
        "ketua",
        "wakil",
        "jenderal",
    ]
)


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    kind: str
    speaker: str | None
    via: tuple[str, ...]


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    speaker_total: int = 0
    speaker_right: int = 0
    quote_speaker_right: int = 0
    """Matches whose speaker is right: same name, or no name on either side."""
    kind_right: int = 0
    via_total: int = 0
    via_right: int = 0
    spurious_via: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True)
class Miss:
    """One error, for error analysis: a missed gold quote, a spurious prediction, a wrong speaker, or a
    missed or spurious relay (then the speaker fields hold the relay names)."""

    article_id: str
    what: str
    text: str
    gold_speaker: str | None = None
    predicted_speaker: str | None = None
    rule: str | None = None


@dataclass
class Report:
    counts: Counts = field(default_factory=Counts)
    documents: int = 0
    misses: list[Miss] = field(default_factory=list)

    def metrics(self) -> dict[str, float | int]:
        c = self.counts

        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        precision = c.matched / c.predicted if c.predicted else 0.0
        recall = c.matched / c.gold if c.gold else 0.0
        exact_p = c.exact / c.predicted if c.predicted else 0.0
        exact_r = c.exact / c.gold if c.gold else 0.0
        qs_p = c.quote_speaker_right / c.predicted if c.predicted else 0.0
        qs_r = c.quote_speaker_right / c.gold if c.gold else 0.0
        return {
            "documents": self.documents,
            "gold": c.gold,
            "predicted": c.predicted,
            "matched": c.matched,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1(precision, recall), 4),
            "exact_f1": round(f1(exact_p, exact_r), 4),
            "speaker_accuracy": round(c.speaker_right / c.speaker_total, 4) if c.speaker_total else 0.0,
            "quote_speaker_f1": round(f1(qs_p, qs_r), 4),
            "kind_accuracy": round(c.kind_right / c.matched, 4) if c.matched else 0.0,
            "via_recall": round(c.via_right / c.via_total, 4) if c.via_total else 0.0,
            "spurious_via": c.spurious_via,
        }


_TRIM = set(" \t\n\r\xa0\"'“”‘’„«»‟.,;:!?…-—–()[]")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets with whitespace, quotation marks and punctuation removed at both ends."""
    while start < end and (text[start] in _TRIM or unicodedata.category(text[start]).startswith(("P", "Z"))):
        start += 1
    while end > start and (
        text[end - 1] in _TRIM or unicodedata.category(text[end - 1]).startswith(("P", "Z"))
    ):
        end -= 1
    return start, end


def name_words(name: str | None) -> frozenset[str]:
    if not name:
        return frozenset()
    words = "".join(ch if ch.isalnum() else " " for ch in name.lower()).split()
    return frozenset(w for w in words if w not in TITLE_WORDS)


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    g, p = name_words(gold), name_words(predicted)
    return bool(g and p) and (g <= p or p <= g)


def gold_quotes(doc: dict[str, Any]) -> list[GoldQuote]:
    result = []
    for q in doc.get("quotes", []):
        speaker = q.get("speaker") or {}
        result.append(
            GoldQuote(
                q["start"],
                q["end"],
                q.get("kind", "direct"),
                speaker.get("name"),
                tuple(v if isinstance(v, str) else v.get("name", "") for v in q.get("via") or ()),
            )
        )
    return result


def score_document(
    text: str, gold: Sequence[GoldQuote], predicted: Sequence[Quote], *, article_id: str = ""
) -> Report:
    report = Report(documents=1)
    c = report.counts
    c.gold, c.predicted = len(gold), len(predicted)
    g_spans = [trim(text, g.start, g.end) for g in gold]
    p_spans = [trim(text, p.span.start, p.span.end) for p in predicted]
    pairs = []
    for gi, (gs, ge) in enumerate(g_spans):
        for pi, (ps, pe) in enumerate(p_spans):
            overlap = min(ge, pe) - max(gs, ps)
            longer = max(ge - gs, pe - ps)
            if overlap > 0 and longer > 0 and overlap * 2 >= longer:
                pairs.append((overlap, -abs(gs - ps) - abs(ge - pe), gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _overlap, _closeness, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = gold[gi], predicted[pi]
        c.matched += 1
        c.exact += g_spans[gi] == p_spans[pi]
        c.kind_right += g.kind == p.kind
        predicted_name = p.speaker.name if p.speaker else None
        if not g.speaker and not predicted_name:
            c.quote_speaker_right += 1
        if g.speaker:
            c.speaker_total += 1
            if same_speaker(g.speaker, predicted_name):
                c.speaker_right += 1
                c.quote_speaker_right += 1
            else:
                report.misses.append(
                    Miss(article_id, "wrong speaker", p.span.text[:120], g.speaker, predicted_name, p.rule)
                )
        predicted_via = {outlet_key(v.name) for v in p.via}
        shown = ", ".join(v.name for v in p.via) or None
        if g.via:
            c.via_total += 1
            if outlet_key(g.via[-1]) in predicted_via:
                c.via_right += 1
            else:
                report.misses.append(
                    Miss(article_id, "missed via", p.span.text[:120], g.via[-1], shown, p.rule)
                )
        elif predicted_via:
            c.spurious_via += 1
            report.misses.append(Miss(article_id, "spurious via", p.span.text[:120], None, shown, p.rule))
    for gi, g in enumerate(gold):
        if gi not in used_g:
            report.misses.append(Miss(article_id, f"missed {g.kind}", text[g.start : g.end][:120], g.speaker))
    for pi, p in enumerate(predicted):
        if pi not in used_p:
            report.misses.append(
                Miss(
                    article_id,
                    f"spurious {p.kind}",
                    p.span.text[:120],
                    None,
                    p.speaker.name if p.speaker else None,
                    p.rule,
                )
            )
    return report


def outlet_key(name: str) -> str:
    """Outlets compare by their registered name: ``detikcom`` and ``Detik`` are one outlet."""
    return registry().canonical(name).lower()


def merge(reports: Iterable[Report]) -> Report:
    total = Report()
    for report in reports:
        total.counts.add(report.counts)
        total.documents += report.documents
        total.misses.extend(report.misses)
    return total


def format_table(name: str, metrics: dict[str, float | int]) -> str:
    rows = [
        ("documents", metrics["documents"]),
        ("gold / predicted / matched", f"{metrics['gold']} / {metrics['predicted']} / {metrics['matched']}"),
        ("precision", f"{metrics['precision']:.3f}"),
        ("recall", f"{metrics['recall']:.3f}"),
        ("F1", f"{metrics['f1']:.3f}"),
        ("exact F1", f"{metrics['exact_f1']:.3f}"),
        ("speaker accuracy", f"{metrics['speaker_accuracy']:.3f}"),
        ("quote+speaker F1", f"{metrics['quote_speaker_f1']:.3f}"),
        ("kind accuracy", f"{metrics['kind_accuracy']:.3f}"),
        ("via recall", f"{metrics['via_recall']:.3f}"),
        ("spurious via", metrics["spurious_via"]),
    ]
    width = max(len(label) for label, _ in rows)
    lines = [name, "-" * max(len(name), width + 12)]
    lines += [f"{label:<{width}}  {value}" for label, value in rows]
    return "\n".join(lines)


def metrics_json(results: dict[str, Report]) -> str:
    return json.dumps({name: report.metrics() for name, report in results.items()}, indent=2)


def evaluate_files(paths: Sequence[Path], *, extractor: Extractor) -> dict[str, Report]:
    """Run the extractor over every gold file; one report per file, plus ``total`` over all of them."""
    from quotes.readers import parse_document

    results: dict[str, Report] = {}
    for path in paths:
        reports = []
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            doc = json.loads(line)
            article = parse_document(doc, f"{path}:{number}")
            if not hasattr(article, "text"):
                raise ValueError(f"{path}:{number}: not a valid gold document: {article}")
            extraction = extractor.extract(article)  # type: ignore[arg-type]
            reports.append(
                score_document(doc["text"], gold_quotes(doc), extraction.quotes, article_id=doc["id"])
            )
        results[str(path)] = merge(reports)
    if len(paths) > 1:
        results["total"] = merge(results.values())
    return results
