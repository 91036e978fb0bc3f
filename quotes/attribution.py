"""Speaker resolution inside one article: mention as written -> canonical name and type.

- Names take the fullest form used in the article (``Putin`` -> ``Vladimir Putin``), titles and places
  stripped; acronyms introduced as ``Amerika Serikat (AS)`` resolve to the full name.
- Pronouns, ``-nya`` cues and continuation paragraphs go to the most recent speaker, else the most recent
  person named before them.
- Descriptions with a demonstrative (``Pria berusia 70 tahun itu``, ``pemimpin Korea Utara itu``) go to the
  person the article introduced with that role (``pemimpin Korea Utara Kim Jong Un``), else the subject
  of the previous sentences; other descriptions are their own canonical name (``Para pejabat Amerika``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, cast

from rapidfuzz import fuzz, process

from quotes.extract.candidate import Candidate
from quotes.extract.lexicon import lexicon
from quotes.extract.mentions import Mention, name_of
from quotes.outlets import registry
from quotes.records import SPEAKER_TYPES, Quote, SpeakerRef, SpeakerType
from quotes.speakers import load_registry

if TYPE_CHECKING:
    from quotes.extract.resolver import AntecedentResolver

_RUN = re.compile(r"[A-Z][\w'’\-]*(?:[ ]+(?:[A-Z][\w'’\-]*|bin|binti|van|de|al|el|da))*")
_ACRONYM = re.compile(r"\b([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){1,6})\s+\(([A-Z][A-Za-z]{1,9})\)")
_ORG = re.compile(
    r"^(?:kementerian|kemen\w+|badan|dinas|komisi|partai|pt|bank|universitas|pemerintah|pemkot|pemkab|pemprov|"
    r"kepolisian|polri|polda|polres|polsek|tni|dewan|mahkamah|pengadilan|kejaksaan|kejagung|dpr|dprd|mpr|kpk|bpk|"
    r"bps|bmkg|ojk|bi|klub|tim|federasi|asosiasi|persatuan|perhimpunan|lembaga|yayasan|organisasi|gedung\s+putih|"
    r"kremlin|pbb|nato|uni\s+eropa|who|unicef|fifa|uefa|pssi|afc|kpu|bawaslu|kantor|perusahaan|grup|group|"
    r"fc|the|institut|sekolah|rumah\s+sakit|rs|kbri|kedutaan|militer|angkatan|pasukan|pihak|manajemen|"
    r"departemen|department|ministry|police|government|company|inc|corp|studi|penelitian|survei|data|laporan)\b",
    re.IGNORECASE,
)
_DEMONSTRATIVE = re.compile(r"\b(?:itu|tersebut|ini)$", re.IGNORECASE)
# Subjects that are not people: "Hal itu", "Rekaman media", ... never a speaker's antecedent.
_NOT_PERSON_WORDS = frozenset(["hal", "rekaman", "pertemuan", "kunjungan"])


@dataclass
class _ArticleNames:
    runs: list[tuple[int, str]]
    """(offset, name without titles) of every capitalised run in the article."""
    acronyms: dict[str, str]
    roles: dict[str, str]
    """lower-cased role phrase -> the name it introduced (``pemimpin korea utara`` -> ``Kim Jong Un``)."""
    labels: dict[str, str]
    """name -> entity label (PER, ORG, LOC) from the trained recogniser, when it ran."""
    entities: tuple[Entity, ...] = ()


Entity = tuple[int, int, str]
"""(start, end, label) of a named entity predicted by the model."""


def _label_at(entities: Sequence[Entity], start: int, end: int) -> str | None:
    for e_start, e_end, label in entities:
        if e_start < end and start < e_end:
            return label
        if e_start >= end:
            break
    return None


def _names(text: str, entities: Sequence[Entity] = ()) -> _ArticleNames:
    lex = lexicon()
    runs: list[tuple[int, str]] = []
    roles: dict[str, str] = {}
    labels: dict[str, str] = {}
    headline_spans = _headlines(text)
    for match in _RUN.finditer(text):
        if any(a <= match.start() < b for a, b in headline_spans):
            continue
        name, _desc = name_of(match.group())
        if not name:
            continue
        if all(w.lower() in lex.titles | lex.places | lex.common for w in name.split()):
            continue
        offset = match.start() + match.group().rfind(name.split()[0])
        label = _label_at(entities, offset, offset + len(name)) if entities else None
        if label:
            labels.setdefault(name, label)
        runs.append((offset, name))
        # role phrase right before the name: "pemimpin Korea Utara Kim Jong Un", "juru bicara Kremlin Dmitry Peskov"
        role = _role_before(text[max(0, offset - 80) : offset].rstrip(" ,"))
        if role:
            roles.setdefault(role.lower(), name)
    acronyms = {m.group(2): name_of(m.group(1))[0] or m.group(1) for m in _ACRONYM.finditer(text)}
    return _ArticleNames(runs, acronyms, roles, labels, tuple(entities))


def _role_before(before: str) -> str | None:
    """The role phrase ending right before a name: ``... kata juru bicara Kremlin`` -> ``juru bicara Kremlin``."""
    lex = lexicon()
    words = before.split()[-6:]
    role_words = lex.roles | lex.titles
    last = max((k for k, w in enumerate(words) if w.lower() in role_words), default=None)
    if last is None or any(not w[:1].isupper() for w in words[last + 1 :]):
        return None  # what follows the role word must be its capitalised complement ("Korea Utara")
    first = last
    while first > 0 and words[first - 1].lower() in role_words:
        first -= 1
    return " ".join(words[first:])


def _headlines(text: str) -> list[tuple[int, int]]:
    """Lines written in title case (headlines, subheadings): their capitals say nothing about names."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().rstrip().endswith((".", "!", '"', "”")):
            continue  # a sentence, not a headline
        words = re.findall(r"[A-Za-z][\w'-]*", match.group())
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
            spans.append((match.start(), match.end()))
    return spans


# A one-word name within this edit similarity (rapidfuzz ratio, 0-100) of a word of a longer name in the
# article is the same name misspelt ("Kaitisuk" / "Kiatisuk Senamuang"); 85 admits one transposition in
# an 8-letter name, and no pair of distinct surnames in the dev articles scores that high.
SPELLING_VARIANT_MIN = 85.0


def _spelling_variant(word: str, names: _ArticleNames) -> str:
    if len(word) < 5 or any(word in n.split() for _o, n in names.runs if len(n.split()) > 1):
        return word
    candidates = {w for _o, n in names.runs if len(n.split()) > 1 for w in n.split() if len(w) >= 5}
    found = process.extractOne(
        word, candidates, scorer=fuzz.ratio, processor=None, score_cutoff=SPELLING_VARIANT_MIN
    )
    return str(found[0]) if found else word


def _fullest(name: str, names: _ArticleNames) -> str:
    if name in names.acronyms:
        return names.acronyms[name]
    words = name.split()
    if len(words) == 1:
        words = [_spelling_variant(words[0], names)]
    best = " ".join(words)
    for _offset, candidate in names.runs:
        cwords = candidate.split()
        if len(cwords) <= len(best.split()) or len(cwords) > 5:
            continue
        if any(cwords[i : i + len(words)] == words for i in range(len(cwords) - len(words) + 1)):
            best = candidate
    return best


def speaker_type(name: str, mention: Mention | None, labels: dict[str, str] | None = None) -> SpeakerType:
    if registry().lookup(name):
        return "media"
    label = (labels or {}).get(name)
    if label == "ORG":
        return "organization"
    if label == "PER":
        return "person"
    if label == "LOC" and mention is None:
        return "unknown"  # a place: never the antecedent of "dia"
    if _ORG.match(name) or (name.isupper() and len(name) <= 6 and " " not in name):
        return "organization"
    if mention is not None and mention.plural:
        return "group"
    if mention is not None and mention.form == "description" and not mention.name:
        return "person" if (mention.description or "").split()[0].lower() in lexicon().roles else "unknown"
    return "person"


def _people_before(
    names: _ArticleNames, before: int, exclude: tuple[int, int] | None
) -> list[tuple[int, str]]:
    """(offset, name) of the people named before ``before``, outside ``exclude`` (the quote itself)."""
    return [
        (offset, name)
        for offset, name in names.runs
        if offset < before
        and not (exclude and exclude[0] <= offset < exclude[1])
        and speaker_type(name, None, names.labels) == "person"
    ]


def _salient_person(
    names: _ArticleNames, before: int, *, exclude: tuple[int, int] | None = None
) -> str | None:
    """The person the article has talked about most up to ``before`` (counted by surname), ties to the latest.

    Names inside ``exclude`` (the quote itself) do not count: a quote's own words never name its speaker.
    """
    counts: dict[str, int] = {}
    latest: dict[str, int] = {}
    full: dict[str, str] = {}
    for offset, name in _people_before(names, before, exclude):
        if registry().lookup(name):
            continue
        key = name.split()[-1].lower()
        counts[key] = counts.get(key, 0) + 1
        latest[key] = offset
        if len(name) > len(full.get(key, "")):
            full[key] = name
    if not counts:
        return None
    key = max(counts, key=lambda k: (counts[k], latest[k]))
    return full[key]


def _recent_person(
    text: str, names: _ArticleNames, before: int, exclude: tuple[int, int] | None = None
) -> str | None:
    """The subject-most person named in the sentences just before ``before``."""
    window_start = max(0, text.rfind("\n", 0, max(0, before - 1)))
    sentence_start = max(text.rfind(". ", 0, before), window_start)
    prior = _people_before(names, before, exclude)
    if not prior:
        return None
    in_sentence = [n for o, n in prior if o >= sentence_start]
    if in_sentence:
        return in_sentence[0]
    prev_start = max(
        text.rfind(". ", 0, max(0, sentence_start - 1)), text.rfind("\n", 0, max(0, sentence_start - 1))
    )
    in_prev = [n for o, n in prior if prev_start <= o < sentence_start]
    return in_prev[0] if in_prev else prior[-1][1]


def resolve(
    text: str,
    candidates: Sequence[Candidate],
    entities: Sequence[Entity] = (),
    *,
    resolver: AntecedentResolver | None = None,
) -> list[Quote]:
    """Final quotes, in text order, with canonical speakers.

    ``entities`` (sorted, from the trained recogniser) sharpen names: a person entity inside a mention
    bounds the name, places are never speakers, and entity labels give speaker types. ``resolver`` (the
    trained antecedent ranker, ``quotes/extract/resolver.py``) re-decides pronouns and anaphoric
    descriptions.
    """
    names = _names(text, sorted(entities))
    quotes: list[Quote] = []
    last: SpeakerRef | None = None
    for cand in sorted(candidates, key=lambda c: c.span.start):
        speaker = _resolve_one(text, cand, names, last)
        if resolver is not None:
            speaker = resolver.revise(text, cand, speaker, names=names, earlier=quotes)
        if speaker is not None and speaker.name:
            last = SpeakerRef(speaker.name, speaker.type, None)
        quotes.append(
            Quote(
                span=cand.span,
                kind=cand.kind,
                speaker=speaker,
                cue=cand.cue,
                rule=cand.rule,
                confidence=cand.confidence,
                addressee=cand.addressee,
                via=cand.via,
            )
        )
    return quotes


def _resolve_one(
    text: str, cand: Candidate, names: _ArticleNames, last: SpeakerRef | None
) -> SpeakerRef | None:
    mention = cand.mention
    if mention is None:
        if cand.inherits and last is not None:
            return SpeakerRef(last.name, last.type, None)
        return None
    if mention.form in ("name", "description") and mention.span.text in _known_aliases():
        canonical, kind = _known_aliases()[mention.span.text]
        return SpeakerRef(canonical, kind, mention.span)
    person = _person_entity(mention, names)
    if person is not None:
        full = _fullest(person, names)
        return SpeakerRef(full, "person", mention.span)
    if mention.form == "name" and mention.name:
        outlet = registry().lookup(mention.name)
        if outlet is not None:
            return SpeakerRef(outlet.name, "media", mention.span)
        full = _fullest(mention.name, names)
        if full in _known_aliases():
            canonical, kind = _known_aliases()[full]
            return SpeakerRef(canonical, kind, mention.span)
        return SpeakerRef(full, speaker_type(full, mention, names.labels), mention.span)
    exclude = (cand.span.start, cand.span.end)
    if mention.form in ("pronoun", "clitic"):
        if mention.plural:
            return SpeakerRef(None, "group", mention.span)
        # "pihaknya" may be an institution; "dia", "ia", "-nya" are people, never the outlet last cited.
        wanted = (
            ("person", "organization", "media")
            if mention.span.text.lower().startswith("pihak")
            else ("person",)
        )
        if last is not None and last.name and last.type in wanted:
            return SpeakerRef(last.name, last.type, mention.span)
        person = _salient_person(names, mention.span.start, exclude=exclude)
        return SpeakerRef(person, "person" if person else "unknown", mention.span)
    description = (mention.description or mention.span.text).strip()
    low = description.lower()
    for role, name in names.roles.items():
        if low.startswith(role) or re.sub(r"\s+(?:itu|tersebut|ini)$", "", low) == role:
            return SpeakerRef(name, speaker_type(name, None, names.labels), mention.span)
    if low.split()[0] in ("seorang", "salah", "sebuah", "beberapa", "sejumlah"):
        # "seorang petinggi pabrikan asal Korea Selatan itu": an unnamed source is its own description
        return SpeakerRef(description, speaker_type(description, mention, names.labels), mention.span)
    antecedent = _antecedent_phrase(text, low, mention.span.start)
    if antecedent:
        return SpeakerRef(antecedent, speaker_type(antecedent, mention), mention.span)
    anaphoric = _DEMONSTRATIVE.search(description) or low in lexicon().roles
    if anaphoric and low.split()[0] not in _NOT_PERSON_WORDS and not mention.plural:
        person = _recent_person(text, names, mention.span.start, exclude)
        if last is not None and last.name and last.type == "person":
            person = last.name
        person = person or _salient_person(names, mention.span.start, exclude=exclude)
        if person:
            return SpeakerRef(_fullest(person, names), "person", mention.span)
    return SpeakerRef(description, speaker_type(description, mention), mention.span)


def _person_entity(mention: Mention, names: _ArticleNames) -> str | None:
    """The name of a person entity the model found inside the mention, titles stripped, if it differs
    from what the rules read (``Brand Director Advan Andy Gusena`` -> ``Andy Gusena``)."""
    if not names.entities or mention.form != "name":
        return None
    span = mention.span
    people = [
        (s, e) for s, e, label in names.entities if label == "PER" and span.start <= s and e <= span.end
    ]
    if not people:
        return None
    start, end = people[-1]
    name = name_of(mention.span.text[start - span.start : end - span.start])[0]
    if not name or name == mention.name or (mention.name and name in mention.name.split()):
        return None
    return name


def _antecedent_phrase(text: str, description: str, before: int) -> str | None:
    """``tamu tersebut`` refers back to ``salah satu tamu hotel``: an earlier indefinite phrase with the same
    head noun names the unnamed speaker."""
    words = description.split()
    if len(words) < 2 or words[-1] not in ("itu", "tersebut", "ini"):
        return None
    head = words[1] if words[0] in ("sang", "si", "para") and len(words) > 2 else words[0]
    pattern = re.compile(
        r"\b((?:salah\s+(?:satu|seorang)|seorang|sebuah|seekor)\s+"
        + re.escape(head)
        + r"(?:\s+[a-z]\w*){0,4})",
        re.IGNORECASE,
    )
    found = max(pattern.finditer(text, 0, before), key=lambda m: m.start(), default=None)
    if found is None:
        return None
    phrase = re.split(r"\s(?:yang|dan|bersama|dengan|di|ke|dari|untuk|itu|tersebut)\b", found.group(1))[0]
    return phrase.strip()


@cache
def _known_aliases() -> dict[str, tuple[str, SpeakerType]]:
    """Registry names and aliases (``AS`` -> ``Amerika Serikat``), exact spelling; roles are left to the
    store's cross-article linking, because who holds a role changes over time."""
    known: dict[str, tuple[str, SpeakerType]] = {}
    for speaker in load_registry():
        kind = cast(SpeakerType, speaker.type if speaker.type in SPEAKER_TYPES else "unknown")
        for alias in (speaker.name, *speaker.aliases):
            known.setdefault(alias, (speaker.name, kind))
    return known
