"""The trained speaker-antecedent resolver: who ``dia``, ``ujarnya`` or ``pria itu`` refers to.

The rules (``quotes/attribution.py``) send a singular pronoun or ``-nya`` cue to the last speaker, else to
the person the article named most, and an anaphoric description to the last speaker or the subject of
the previous sentences. This module ranks every person named before the mention (and every earlier
speaker) with a log-linear model over article features: distances, recency, how often the candidate
was named and quoted, whether it was the subject of its sentence, inside a quote, after a place
preposition, introduced with the description's role. The weights are a small JSON file
(``quotes/model/resolver/weights.json``) trained by ``scripts/train_resolver.py`` on silver labels from
IndoSum; it runs only when the pipeline is not rules-only.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from quotes.extract.candidate import Candidate
from quotes.extract.lexicon import lexicon
from quotes.extract.sentences import split_sentences
from quotes.records import Quote, SpeakerRef, SpeakerType
from quotes.text import find_dateline, paragraphs

if TYPE_CHECKING:
    from quotes.attribution import _ArticleNames

WEIGHTS_PATH = Path(
    os.environ.get("QUOTES_RESOLVER")
    or Path(__file__).resolve().parents[1] / "model" / "resolver" / "weights.json"
)
"""The shipped weights; ``QUOTES_RESOLVER`` points at others (for experiments and ablations)."""

# Pronouns that refer to one person; "pihaknya", "mereka", "saya" keep the rules.
SINGULAR_PRONOUNS = frozenset(["dia", "ia", "beliau", "dirinya", "he", "she"])
# A name right after one of these is a place, an object or a companion, rarely the topic: "di Jakarta",
# "ke Arsenal", "bersama Ronaldo".
_PREPOSITIONS = frozenset(
    [
        "di",
        "ke",
        "dari",
        "pada",
        "dalam",
        "untuk",
        "dengan",
        "kepada",
        "bersama",
        "terhadap",
        "antara",
        "oleh",
    ]
)
_WORD_BEFORE = re.compile(r"([\w-]+)[\s,]*$")
_DEMONSTRATIVE_END = re.compile(r"\b(?:itu|tersebut|ini)$", re.IGNORECASE)
_RELATIVE_DEMONSTRATIVE = re.compile(r"\s+yang\b[^,.;:\"“”]{0,60}?\b(?:itu|tersebut|ini)\b")
# A line of fewer words than this, or without a full stop, is a subheading or a caption, not prose.
_SHORT_LINE_WORDS = 6

FEATURES: tuple[str, ...] = (
    "last_speaker",
    "last_speaker_same_paragraph",
    "speaker_count",
    "mention_count",
    "mention_share",
    "most_mentioned",
    "char_distance",
    "same_sentence",
    "previous_sentence",
    "same_paragraph",
    "previous_paragraph",
    "most_recent",
    "second_most_recent",
    "subject_last",
    "subject_any",
    "first_named",
    "inside_quote_last",
    "only_inside_quotes",
    "after_preposition_last",
    "after_preposition_share",
    "with_role",
    "multiword",
    "place_word",
    "org_like",
    "speaker_not_named",
    "not_person",
    "lowercase_elsewhere",
    "first_word_lowercase_elsewhere",
    "date_word",
    "short_line_only",
    "sentence_initial_only",
    "in_parentheses_last",
    "in_dateline",
    "rule_choice",
    "role_agrees",
    "description_x_last_speaker",
    "description_x_most_recent",
    "description_x_subject_last",
)

NER_FEATURES: tuple[str, ...] = ("ner_PER", "ner_ORG", "ner_LOC", "ner_none")
"""Entity label of the candidate's last mention, when an entity recogniser ran (measured, not shipped)."""


@dataclass(frozen=True)
class Antecedent:
    """One candidate for the mention: canonical name, type and feature values by name (absent = 0)."""

    name: str
    type: SpeakerType
    features: dict[str, float]


@dataclass(frozen=True)
class _Layout:
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]
    short_lines: tuple[tuple[int, int], ...]
    dateline_end: int
    lower_words: frozenset[str]
    """Words the article writes in lower case somewhere: a capitalised one is then an ordinary word."""

    def paragraph_of(self, offset: int) -> int:
        return _index_of(self.paragraphs, offset)

    def sentence_of(self, offset: int) -> int:
        return _index_of(self.sentences, offset)


def _index_of(spans: Sequence[tuple[int, int]], offset: int) -> int:
    found = 0
    for k, (start, _end) in enumerate(spans):
        if start > offset:
            break
        found = k
    return found


@lru_cache(maxsize=8)
def _layout(text: str) -> _Layout:
    paras = tuple((p.start, p.end) for p in paragraphs(text))
    sentences = tuple(s for start, end in paras for s in split_sentences(text, start, end))
    short = tuple(
        (start, end)
        for start, end in paras
        if len(text[start:end].split()) < _SHORT_LINE_WORDS
        or not text[start:end].rstrip().endswith((".", '"', "”"))
    )
    dateline = find_dateline(text)
    lower = frozenset(w for w in re.findall(r"\b[a-z][a-z-]+\b", text))
    return _Layout(paras, sentences or ((0, len(text)),), short, dateline.span.end if dateline else 0, lower)


@dataclass(frozen=True)
class _Run:
    """One mention of a person by name, with what does not depend on the quote being resolved."""

    offset: int
    name: str
    """The fullest form of the name in the article."""
    subject: bool
    after_preposition: bool
    role_words: frozenset[str]
    short_line: bool
    sentence_initial: bool
    in_parentheses: bool


_runs_cache: list[tuple[object, tuple[_Run, ...]]] = []


def _person_runs(text: str, names: _ArticleNames) -> tuple[_Run, ...]:
    """Every person-typed name run of the article, computed once per article (``names`` is built once
    per article by ``attribution.resolve``; the last article's runs are kept)."""
    if _runs_cache and _runs_cache[0][0] is names:
        return _runs_cache[0][1]
    from quotes.attribution import _fullest, _role_before, speaker_type

    layout = _layout(text)
    first_run_in_sentence: dict[int, int] = {}
    for offset, _name in names.runs:
        first_run_in_sentence.setdefault(layout.sentence_of(offset), offset)
    runs = []
    for offset, raw in names.runs:
        full = _fullest(raw, names)
        if speaker_type(full, None, names.labels) != "person":
            continue
        word = _WORD_BEFORE.search(text, max(0, offset - 30), offset)
        role = _role_before(text[max(0, offset - 80) : offset].rstrip(" ,"))
        sentence = layout.sentence_of(offset)
        runs.append(
            _Run(
                offset=offset,
                name=full,
                subject=first_run_in_sentence.get(sentence) == offset,
                after_preposition=bool(word) and word.group(1).lower() in _PREPOSITIONS,  # type: ignore[union-attr]
                role_words=frozenset(role.lower().split()) if role else frozenset(),
                short_line=any(a <= offset < b for a, b in layout.short_lines),
                sentence_initial=layout.sentences[sentence][0] == offset and " " not in full,
                in_parentheses=text[max(0, offset - 1) : offset] == "(",
            )
        )
    _runs_cache[:] = [(names, tuple(runs))]
    return tuple(runs)


def anaphoric_kind(text: str, cand: Candidate, rule_speaker: SpeakerRef | None) -> str | None:
    """``pronoun`` or ``description`` when the resolver decides this quote's speaker, else None.

    Singular pronouns and ``-nya`` cues always; descriptions when they point back with a demonstrative
    (``pria itu``, ``pria yang akrab disapa RA itu``) and the rules read them as a named person. A bare
    ``Polisi`` or ``Sumber`` is a source in its own right, not an anaphor.
    """
    mention = cand.mention
    if mention is None or mention.plural:
        return None
    if mention.form == "clitic" or (
        mention.form == "pronoun" and mention.span.text.lower() in SINGULAR_PRONOUNS
    ):
        return "pronoun"
    if mention.form == "description" and rule_speaker is not None and rule_speaker.name:
        description = (mention.description or mention.span.text).strip()
        pointing = _DEMONSTRATIVE_END.search(mention.span.text) or _RELATIVE_DEMONSTRATIVE.match(
            text, mention.span.end
        )
        if pointing and rule_speaker.name != description and rule_speaker.type == "person":
            return "description"
    return None


def antecedents(
    text: str,
    names: _ArticleNames,
    *,
    before: int,
    exclude: tuple[int, int],
    earlier: Sequence[Quote],
    kind: str,
    description: str | None = None,
    rule_choice: str | None = None,
    entities: Sequence[tuple[int, int, str]] = (),
) -> list[Antecedent]:
    """Every person named before ``before`` (outside ``exclude``, the quote itself) and every earlier
    speaker, with features. ``earlier`` are the article's quotes before this one, speakers resolved.
    ``entities`` (start, end, label) from an entity recogniser add ``ner_*`` features (an experiment;
    the shipped weights do not use them)."""
    layout = _layout(text)
    lex = lexicon()
    quote_spans = [(q.span.start, q.span.end) for q in earlier]
    here_sentence = layout.sentence_of(before)
    here_paragraph = layout.paragraph_of(before)

    # name -> list of (offset, inside a quote, subject, after a preposition, with a role) per mention
    seen: dict[str, list[tuple[int, bool, bool, bool, bool]]] = {}
    kinds: dict[str, SpeakerType] = {}
    roles: dict[str, set[str]] = {}
    traits: dict[str, list[tuple[bool, bool, bool]]] = {}
    for run in _person_runs(text, names):
        if run.offset >= before or exclude[0] <= run.offset < exclude[1]:
            continue
        full = run.name
        kinds[full] = "person"
        inside = any(a <= run.offset < b for a, b in quote_spans)
        if run.role_words:
            roles.setdefault(full, set()).update(run.role_words)
        seen.setdefault(full, []).append(
            (run.offset, inside, run.subject, run.after_preposition, bool(run.role_words))
        )
        traits.setdefault(full, []).append((run.short_line, run.sentence_initial, run.in_parentheses))

    spoken: dict[str, int] = {}
    for quote in earlier:
        if quote.speaker is not None and quote.speaker.name:
            spoken[quote.speaker.name] = spoken.get(quote.speaker.name, 0) + 1
            if quote.speaker.type != "media":
                kinds.setdefault(quote.speaker.name, quote.speaker.type)
            if quote.speaker.name[:1].islower():  # an unnamed source ("sumber lain"): its words are its role
                roles.setdefault(quote.speaker.name, set()).update(quote.speaker.name.lower().split())
    last = next((q for q in reversed(earlier) if q.speaker is not None and q.speaker.name), None)
    last_name = last.speaker.name if last is not None and last.speaker is not None else None
    last_same_paragraph = last is not None and layout.paragraph_of(last.span.start) == here_paragraph

    total_mentions = sum(len(v) for v in seen.values()) or 1
    counts = {name: len(seen.get(name, ())) for name in kinds}
    most = max(counts.values(), default=0)
    latest = {name: max((o for o, *_ in seen.get(name, ())), default=-1) for name in kinds}
    order = sorted((o, n) for n, o in latest.items() if o >= 0)
    most_recent = order[-1][1] if order else None
    second_recent = order[-2][1] if len(order) > 1 else None
    first_named = min(seen, key=lambda n: seen[n][0][0]) if seen else None
    head_words = set((description or "").lower().split()) - {"itu", "tersebut", "ini", "sang", "si"}

    result = []
    for name, kind_of in kinds.items():
        mentions = seen.get(name, [])
        last_offset = latest[name]
        values: dict[str, float] = {
            "last_speaker": float(name == last_name),
            "last_speaker_same_paragraph": float(name == last_name and last_same_paragraph),
            "speaker_count": math.log1p(spoken.get(name, 0)),
            "mention_count": math.log1p(len(mentions)),
            "mention_share": len(mentions) / total_mentions,
            "most_mentioned": float(bool(mentions) and counts[name] == most),
            "speaker_not_named": float(not mentions),
            "not_person": float(kind_of != "person"),
            "first_named": float(name == first_named),
            "multiword": float(len(name.split()) > 1),
            "place_word": float(any(w.lower() in lex.places for w in name.split())),
            "org_like": float(name.isupper() and len(name) <= 6),
            "lowercase_elsewhere": float(all(w.lower() in layout.lower_words for w in name.split())),
            "first_word_lowercase_elsewhere": float(
                len(name.split()) > 1 and name.split()[0].lower() in layout.lower_words
            ),
            "date_word": float(any(w.lower() in lexicon().dates for w in name.split())),
            "rule_choice": float(name == rule_choice),
            "role_agrees": float(bool(head_words & roles.get(name, set()))),
        }
        if mentions:
            _o, inside, subject, after_prep, _role = mentions[-1]
            sentence = layout.sentence_of(last_offset)
            paragraph = layout.paragraph_of(last_offset)
            values.update(
                {
                    "char_distance": math.log1p(max(0, before - last_offset)) / 8.0,
                    "same_sentence": float(sentence == here_sentence),
                    "previous_sentence": float(sentence == here_sentence - 1),
                    "same_paragraph": float(paragraph == here_paragraph),
                    "previous_paragraph": float(paragraph == here_paragraph - 1),
                    "most_recent": float(name == most_recent),
                    "second_most_recent": float(name == second_recent),
                    "subject_last": float(subject),
                    "subject_any": float(any(m[2] for m in mentions)),
                    "inside_quote_last": float(inside),
                    "only_inside_quotes": float(all(m[1] for m in mentions)),
                    "after_preposition_last": float(after_prep),
                    "after_preposition_share": sum(m[3] for m in mentions) / len(mentions),
                    "with_role": float(any(m[4] for m in mentions)),
                    "short_line_only": float(all(t[0] for t in traits[name])),
                    "sentence_initial_only": float(all(t[1] for t in traits[name])),
                    "in_parentheses_last": float(traits[name][-1][2]),
                    "in_dateline": float(last_offset < layout.dateline_end),
                }
            )
        else:
            values["char_distance"] = 1.5
        if kind == "description":
            values["description_x_last_speaker"] = values["last_speaker"]
            values["description_x_most_recent"] = values.get("most_recent", 0.0)
            values["description_x_subject_last"] = values.get("subject_last", 0.0)
        if entities and mentions:
            label = _label_at(entities, last_offset, last_offset + len(name))
            values.update({f"ner_{label}": 1.0} if label else {"ner_none": 1.0})
        result.append(Antecedent(name, kind_of, values))
    return result


def _label_at(entities: Sequence[tuple[int, int, str]], start: int, end: int) -> str | None:
    return next((label for s, e, label in entities if s < end and start < e), None)


def rule_choice(
    names: _ArticleNames, earlier: Sequence[Quote], *, before: int, exclude: tuple[int, int]
) -> str | None:
    """What the rules answer for a singular pronoun here: the last person speaker, else the most named
    person (the ``_resolve_one`` pronoun branch), as a feature the model may follow or overrule."""
    from quotes.attribution import _salient_person

    last = next((q.speaker for q in reversed(earlier) if q.speaker is not None and q.speaker.name), None)
    if last is not None and last.type == "person":
        return last.name
    return _salient_person(names, before, exclude=exclude)


class AntecedentResolver:
    """Log-linear ranker over antecedents; ``revise`` replaces the rules' answer for anaphoric mentions."""

    def __init__(self, weights: dict[str, float], *, name: str, version: str) -> None:
        unknown = set(weights) - set(FEATURES) - set(NER_FEATURES)
        if unknown:
            raise ValueError(f"weights for unknown features: {sorted(unknown)}")
        self.weights = dict(weights)
        self.name = name
        self.version = version

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> AntecedentResolver:
        data = json.loads(path.read_text("utf-8"))
        weights = dict(zip(data["features"], data["weights"], strict=True))
        return cls(weights, name=data["name"], version=data["version"])

    def score(self, candidate: Antecedent) -> float:
        return sum(w * candidate.features.get(f, 0.0) for f, w in self.weights.items())

    def revise(
        self,
        text: str,
        cand: Candidate,
        speaker: SpeakerRef | None,
        *,
        names: _ArticleNames,
        earlier: Sequence[Quote],
    ) -> SpeakerRef | None:
        """The model's speaker for an anaphoric mention, else ``speaker`` (the rules' answer) unchanged."""
        kind = anaphoric_kind(text, cand, speaker)
        if kind is None or cand.mention is None:
            return speaker
        mention = cand.mention
        before = min(cand.span.start, mention.span.start)
        exclude = (cand.span.start, cand.span.end)
        options = antecedents(
            text,
            names,
            before=before,
            exclude=exclude,
            earlier=earlier,
            kind=kind,
            description=mention.description if kind == "description" else None,
            rule_choice=speaker.name if speaker is not None else None,
        )
        if not options:
            return speaker
        best = max(options, key=self.score)
        if speaker is not None and speaker.name == best.name:
            return speaker
        return (
            SpeakerRef(best.name, best.type, mention.span)
            if speaker is None
            else replace(speaker, name=best.name, type=best.type)
        )


@lru_cache(maxsize=1)
def shipped_resolver() -> AntecedentResolver | None:
    """The resolver whose weights ship in the package, or None when they are absent."""
    return AntecedentResolver.load(WEIGHTS_PATH) if WEIGHTS_PATH.is_file() else None
