"""The spaCy component that runs the quote rules over a ``Doc``.

``doc._.quotes`` receives :class:`quotes.records.Quote` records (character offsets into ``doc.text``),
``doc._.dateline`` the article's dateline, and ``doc.spans["quotes"]`` the quote spans that align with
tokens (for displaCy and for training).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from quotes import attribution
from quotes.extract.candidate import Candidate
from quotes.extract.direct import find_direct
from quotes.extract.indirect import find_indirect
from quotes.extract.relay import Relays, find_relays
from quotes.extract.resolver import AntecedentResolver, shipped_resolver
from quotes.extract.sentences import split_sentences
from quotes.outlets import registry
from quotes.records import Relay
from quotes.text import find_dateline, paragraphs

# ``publisher``: set by the caller before the pipeline runs (``Article.outlet``), so that the article's own
# outlet is never a relay even when the text has no dateline.
for _name, _default in (("quotes", None), ("dateline", None), ("skipped", None), ("publisher", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def find_candidates(text: str, *, publisher: str | None = None) -> list[Candidate]:
    """Every quote candidate in ``text``, before speaker resolution. Never raises on odd text."""
    candidates: list[Candidate] = []
    previous: Candidate | None = None
    interview: tuple[Relay, ...] = ()
    for paragraph in paragraphs(text):
        if paragraph.furniture:
            previous = None
            continue
        sentences = split_sentences(text, paragraph.start, paragraph.end)
        relays = {s: find_relays(text, s[0], s[1], publisher=publisher) for s in sentences}
        direct = list(find_direct(text, paragraph, sentences, publisher=publisher, previous=previous))
        taken = [(c.span.start - 1, c.span.end + 1) for c in direct]
        found = list(direct)
        for sentence in sentences:
            found.extend(find_indirect(text, sentence, relays[sentence], taken=taken))
        found = _without_overlaps(found)
        found, interview = _scope_relays(text, relays, found, previous, interview)
        candidates.extend(found)
        previous = found[-1] if found else None
    return _without_overlaps(candidates)


def _scope_relays(
    text: str,
    sentence_relays: dict[tuple[int, int], Relays],
    found: list[Candidate],
    previous: Candidate | None,
    interview: tuple[Relay, ...],
) -> tuple[list[Candidate], tuple[Relay, ...]]:
    """Relays reach beyond their own sentence: a relay named earlier in the paragraph (``Dilansir Reuters,
    ...``) covers the paragraph's later quotes, a continuation paragraph keeps its quote's chain, and an
    interview framing (``Dalam wawancara yang dikutip dari NME, ...``) covers the direct quotes that follow
    until another relay is named. Returns the candidates and the interview relay still in force."""
    scoped: list[Candidate] = []
    paragraph_relays: tuple[Relay, ...] = ()
    for sentence, found_relays in sentence_relays.items():
        own = [c for c in found if sentence[0] <= c.span.start < sentence[1] or (c.sentence == sentence)]
        relays = found_relays.chain
        framing = not own and re.search(
            r"\bwawancara|\binterview", text[sentence[0] : sentence[1]], re.IGNORECASE
        )
        if relays and framing:
            interview = relays  # "Dalam wawancara yang dikutip dari NME, ...": covers the quotes that follow
        elif relays:
            interview = ()
        for cand in own:
            if cand in scoped:
                continue
            if not cand.via:
                if cand.inherits and cand.mention is None and previous is not None and previous.via:
                    cand = replace(cand, via=previous.via)
                elif paragraph_relays:
                    cand = replace(cand, via=paragraph_relays)
                elif interview and cand.kind == "direct":
                    cand = replace(cand, via=interview)
            scoped.append(cand)
        if relays and all(c.rule.startswith("indirect.outlet") for c in own):
            paragraph_relays = relays  # "Dilansir Reuters, <what the outlet reports>. <quotes>"
    rest = [c for c in found if c not in scoped]
    return sorted(scoped + rest, key=lambda c: c.span.start), interview


def _without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the more confident of two overlapping candidates."""
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-c.confidence, c.span.start)):
        if all(cand.span.end <= k.span.start or k.span.end <= cand.span.start for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.span.start)


class QuoteExtractor:
    """Rule-based quote finder and attributor; uses the trained components' predictions when present."""

    def __init__(self, nlp: Language, name: str, *, lang: str, resolver: bool = False) -> None:
        self.name = name
        self.lang = lang
        self.use_entities = "ner" in nlp.pipe_names
        self.resolver: AntecedentResolver | None = shipped_resolver() if resolver and lang == "id" else None

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        dateline = find_dateline(text)
        written = doc._.publisher or (dateline.outlet if dateline else None)
        publisher = registry().canonical(written) if written else None
        candidates = find_candidates(text, publisher=publisher)
        entities = [(e.start_char, e.end_char, e.label_) for e in doc.ents] if self.use_entities else []
        doc._.quotes = attribution.resolve(text, candidates, entities, resolver=self.resolver)
        doc._.dateline = dateline
        doc._.skipped = []
        spans = []
        for quote in doc._.quotes:
            span = doc.char_span(quote.span.start, quote.span.end, label=quote.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["quotes"] = spans
        return doc


@Language.factory("quotes_extractor", default_config={"lang": "id", "resolver": False})
def make_quote_extractor(nlp: Language, name: str, lang: str, resolver: bool) -> QuoteExtractor:
    """``resolver``: use the trained antecedent resolver (``quotes/model/resolver/``) when it ships."""
    return QuoteExtractor(nlp, name, lang=lang, resolver=resolver)
