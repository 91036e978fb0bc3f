"""Direct quotes: text between quotation marks, and who the attribution next to it names.

Attribution patterns, in the order tried (rule ids in brackets):
- ``"...," kata X`` / ``"...," tuturnya`` / ``"...," Putin menambahkan`` after the quote [direct.cue_after]
- ``X mengatakan: "..."`` / ``Menurut X, "..."`` before it [direct.cue_before]
- ``Pria itu menyambut kawannya dengan pepatah lama: "..."``: a colon introduces it [direct.colon]
- the second half of a split quote, or a paragraph that continues the previous quote [direct.continuation]
Quoted fragments inside a reported clause are left to the indirect rules (they become *mixed* quotes);
short unattributed fragments (titles, scare quotes) are not quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quotes.extract import mentions
from quotes.extract.candidate import Candidate
from quotes.extract.lexicon import lexicon
from quotes.extract.marks import QuotedSpan, pair_marks, stray_closers
from quotes.extract.relay import find_relays
from quotes.extract.sentences import abbreviation_dot
from quotes.records import QuoteKind, Span
from quotes.text import Paragraph

# An unattributed quoted passage shorter than this many words is a title or a scare quote, not speech.
MIN_UNATTRIBUTED_WORDS = 5
# A quote with a cue right next to it may be short ("Bagus," kata dia), but one word is a term.
MIN_ATTRIBUTED_WORDS = 2

_SPEECH_CLASSES = ("speech", "clitic", "report", "passive", "directive")
_WORD = re.compile(r"[\w][\w'’\-]*")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _cue_at(text: str, pos: int, limit: int) -> tuple[Span, str] | None:
    """The cue word starting at ``pos`` (after spaces), with its class."""
    match = _WORD.match(text, pos)
    if not match or match.start() >= limit:
        return None
    cls = lexicon().cue_class(match.group())
    if cls in _SPEECH_CLASSES:
        return Span(match.start(), match.end(), match.group()), cls
    return None


def _sentence_end(text: str, pos: int, limit: int) -> int:
    """End of the attribution that follows a closing mark: up to the next sentence end or opening mark."""
    at = pos
    while True:
        match = _ATTRIBUTION_END.search(text, at, limit)
        if match is None:
            return limit
        if abbreviation_dot(text, match.start(), pos) and re.match(
            r"\.\s+[A-Z]", text[match.start() : limit]
        ):
            at = match.end()  # "kata Kapolri Jenderal Polisi M. Tito Karnavian": an initial
            continue
        title = _TITLE_IN_ATTRIBUTION.match(text, match.start(), limit)
        if title is None:
            return match.start()
        at = title.end()  # 'kata Project Manager "Yes I Do", Amrullah': a short title inside the attribution


_ATTRIBUTION_END = re.compile(r"[.!?](?=\s|$)|[“\"]")


# A short quoted name followed by a comma: part of the attribution's role, not the next quote.
_TITLE_IN_ATTRIBUTION = re.compile(r"[“\"](?:[^\s“”\".,!?]+\s){0,4}[^\s“”\".,!?]+[”\"],")


def _after(text: str, quote: QuotedSpan, limit: int) -> tuple[Span, mentions.Mention | None, int] | None:
    """``"...," kata X`` / ``"...," tuturnya`` / ``"...," X menambahkan`` after the closing mark."""
    assert quote.close_mark is not None
    pos = quote.close_mark + 1
    gap = re.match(r"[\s,.]*", text[pos:limit])
    pos += gap.end() if gap else 0
    if pos >= limit or not text[pos].isalpha():
        return None
    tail_end = _sentence_end(text, pos, limit)
    found = _cue_at(text, pos, limit)
    if found and text[pos].islower() or (found and found[1] == "clitic"):
        cue, cls = found
        if cls == "clitic" or cue.text.lower().endswith("nya") and cls == "passive":
            return cue, mentions.Mention(cue, "clitic", None), tail_end
        mention = mentions.after_cue(text, cue.end, tail_end)
        if mention is not None:
            return cue, mention, tail_end
    # "X menambahkan" / "dia menambahkan": a short subject, then a meN-/ber- verb. Base verbs ("kata",
    # "ujar") precede their subject, so "... itu mengucap kata" is not an attribution.
    first = text[pos : pos + 40].split()[0].lower() if text[pos : pos + 40].split() else ""
    if not (text[pos].isupper() or first in mentions.PRONOUNS):
        return None
    words = list(_WORD.finditer(text, pos, tail_end))[:7]
    for index, word in enumerate(words[1:], 1):
        word_class = lexicon().cue_class(word.group())
        if word_class == "report" or (
            word_class == "speech" and word.group().lower() in ("said", "says", "told", "added")
        ):
            mention = mentions.before_cue(text, pos, word.start())
            if mention is not None and index <= 6:
                return Span(word.start(), word.end(), word.group()), mention, tail_end
            break
        if word_class is not None:
            break
    return None


def _before(
    text: str, quote: QuotedSpan, sentence_start: int
) -> tuple[Span | None, mentions.Mention | None, str] | None:
    """``X mengatakan: "..."``, ``kata X, "..."``, ``Menurut X, "..."``, or any colon introduction."""
    head = text[sentence_start : quote.open_mark]
    stripped = head.rstrip()
    if not stripped:
        return None
    ends_colon = stripped.endswith(":")
    ends_comma = stripped.endswith(",")
    if not (ends_colon or ends_comma or _cue_right_before(stripped)):
        return None
    core_end = sentence_start + len(stripped) - (1 if ends_colon or ends_comma else 0)
    words = list(_WORD.finditer(text, sentence_start, core_end))
    for word in reversed(words):
        cls = lexicon().cue_class(word.group())
        if cls is None or cls == "passive":
            continue
        if word.group().lower() in ("menurut", "menurutnya", "according"):
            if word.group().lower() == "menurutnya":
                return (
                    Span(word.start(), word.end(), word.group()),
                    mentions.Mention(Span(word.start(), word.end(), word.group()), "clitic", None),
                    "direct.cue_before.v1",
                )
            mention = mentions.after_cue(text, word.end(), core_end)
            return Span(word.start(), word.end(), word.group()), mention, "direct.cue_before.v1"
        if cls == "clitic":
            return (
                Span(word.start(), word.end(), word.group()),
                mentions.Mention(Span(word.start(), word.end(), word.group()), "clitic", None),
                "direct.cue_before.v1",
            )
        if cls == "according":
            continue
        # Between the cue and the mark only an addressee, a topic ("berkomentar soal sekuel itu") or "bahwa"
        # may stand.
        between = text[word.end() : core_end].strip(" ,")
        if between and not re.fullmatch(
            r"(?:kepada\s+[\w\s]+|(?:soal|tentang|mengenai|terkait)\s+[^,\"“”]{1,60}|bahwa|that|singkat|tegas|lagi|pula)",
            between,
            re.I,
        ):
            if cls == "speech" and word.start() >= sentence_start:
                mention = mentions.after_cue(text, word.end(), core_end)
                if mention is not None:
                    return Span(word.start(), word.end(), word.group()), mention, "direct.cue_before.v1"
            continue
        if text[word.start()].islower() and cls in ("speech",) and word.start() > sentence_start:
            # "kata X, ..." with X after the cue
            mention = mentions.after_cue(text, word.end(), core_end)
            if mention is not None:
                return Span(word.start(), word.end(), word.group()), mention, "direct.cue_before.v1"
        mention = mentions.before_cue(text, sentence_start, word.start())
        return Span(word.start(), word.end(), word.group()), mention, "direct.cue_before.v1"
    if ends_colon:
        # "Pria berusia 70 tahun itu menyambut kawannya dengan pepatah lama:" -- the subject is the speaker.
        verbs = [w for w in words if w.start() > sentence_start and re.match(r"me[a-z]{3,}", w.group())]
        verbs = verbs or [
            w for w in words if w.start() > sentence_start and re.match(r"ber[a-z]{3,}", w.group())
        ]
        verb = verbs[0] if verbs else None
        if verb is not None:
            mention = mentions.before_cue(text, sentence_start, verb.start())
            if mention is not None:
                cue = Span(verb.start(), core_end, text[verb.start() : core_end])
                return cue, mention, "direct.colon.v1"
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cue_right_before(head: str) -> bool:
    """``Conte menambahkan "..."``, ``dengan mengatakan "..."``: a speech or report verb right before the mark
    introduces a direct quote."""
    words = list(_WORD.finditer(head))
    if not words or words[-1].end() != len(head) or not words[-1].group()[0].islower():
        return False
    cue = words[-1].group().lower()
    before = {w.group().lower() for w in words[-3:-1]}
    previous = words[-2].group().lower() if len(words) > 1 else ""
    # not "yang dia sebut "...", "dukungan Washington yang menyatakan "..."": a fragment inside a clause;
    # not "menyebut dengan jelas "..."": an adverb; not "mengucap kata "...": the noun "word"
    cls = lexicon().cue_class(cue)
    return (
        cls in ("speech", "report")
        and cue not in _NAMING
        and "yang" not in before
        and not (cls == "speech" and previous in ("dengan", "secara", "lebih", "sangat", "cukup"))
        and not (cue == "kata" and re.match(r"me[a-z]{3,}", previous))
    )


_NAMING = frozenset(["sebut", "menyebut", "menyebutnya", "disebut", "menamai", "menjuluki", "dijuluki"])


def _governed_by_clause_cue(text: str, sentence_start: int, open_mark: int) -> bool:
    """A quoted fragment in mid-clause after a report verb (``menyebut ... "kontroversial"``) is part of a
    mixed quote, handled by the indirect rules."""
    head = text[sentence_start:open_mark]
    if head.rstrip().endswith((":", ",")) or not head.strip() or _cue_right_before(head.rstrip()):
        return False
    return any(
        lexicon().cue_class(w.group()) in ("report", "directive", "according", "passive")
        or w.group().lower() in ("bahwa", "disebutkan", "menyebutnya")
        for w in _WORD.finditer(head)
    )


def _truncate_unclosed(text: str, quote: QuotedSpan) -> tuple[QuotedSpan, bool]:
    """An opening mark that never closes, followed in the paragraph by ``,” kata X``: the quote ends at that
    cue (the seed's ``"Putin memberi Kim ... “berkualitas terbaik,” kata ...``). Returns the new span and
    whether it ends in a nested fragment (a mixed quote)."""
    for match in re.finditer(r"([,.!?]?[”\"]?)\s+(?=(\w+))", text[quote.start : quote.end]):
        word = match.group(2)
        cls = lexicon().cue_class(word)
        if cls in ("speech", "clitic") and match.group(1) and word[0].islower():
            end = quote.start + match.start() + len(match.group(1))
            mixed = any(e <= end <= e + 2 for _s, e in quote.inner)
            return QuotedSpan(
                quote.open_mark, quote.start, end, end - 1 if mixed else None, quote.inner
            ), mixed
    return quote, False


def find_direct(
    text: str,
    paragraph: Paragraph,
    sentences: list[tuple[int, int]],
    *,
    publisher: str | None,
    previous: Candidate | None,
) -> Iterator[Candidate]:
    """Direct (and quote-mark-delimited mixed) quotes of one paragraph (split into ``sentences``), in order.

    ``previous`` is the last quote of the preceding paragraph, for continuation paragraphs.
    """
    quotes = pair_marks(text, paragraph.start, paragraph.end)
    # A closing mark with no opening mark at the paragraph start: the opening mark was dropped.
    if not quotes or quotes[0].open_mark > paragraph.start:
        strays = stray_closers(text, paragraph.start, paragraph.end, quotes)
        if (
            strays
            and (not quotes or strays[0] < quotes[0].open_mark)
            and _after_cue_follows(text, strays[0], paragraph.end)
        ):
            quotes.insert(0, QuotedSpan(paragraph.start - 1, paragraph.start, strays[0], strays[0]))
    last: Candidate | None = None
    for quote in quotes:
        mixed = False
        if quote.close_mark is None:
            quote, mixed = _truncate_unclosed(text, quote)
        start, end = _trim(text, quote.start, quote.end)
        if end <= start:
            continue
        sentence_start = next(
            (a for a, b in sentences if a <= max(quote.open_mark, paragraph.start) < b), paragraph.start
        )
        sentence_end = next(
            (b for a, b in sentences if a <= max(quote.open_mark, paragraph.start) < b), paragraph.end
        )
        content = text[start:end]
        cue = mention = None
        rule = ""
        confidence = 0.0
        inherits = False
        relay_end = sentence_end
        close = quote.close_mark if quote.close_mark is not None else (end if mixed else None)
        after = None
        if close is not None and close < paragraph.end:
            probe = QuotedSpan(quote.open_mark, start, end, close if not mixed else end - 1)
            after = _after(text, probe, paragraph.end)
        if after is not None:
            cue, mention, relay_end = after
            rule, confidence = "direct.cue_after.v1", 0.95
        else:
            if _governed_by_clause_cue(text, sentence_start, max(quote.open_mark, paragraph.start)):
                continue
            before = _before(text, quote, sentence_start) if quote.open_mark >= paragraph.start else None
            if before is not None:
                cue, mention, rule = before
                confidence = 0.9 if rule.startswith("direct.cue_before") else 0.8
                relay_end = quote.open_mark
            elif last is not None:
                # "A," kata X. "B." -- the second half keeps X's mention and cue.
                cue, mention, rule, confidence = last.cue, last.mention, "direct.split.v1", 0.9
                inherits = True
            elif previous is not None and quote.open_mark <= paragraph.start + 1 and _words(content) >= 3:
                rule, confidence, inherits = "direct.continuation.v1", 0.75, True
            elif _words(content) >= MIN_UNATTRIBUTED_WORDS and (
                quote.open_mark <= paragraph.start + 1 or _whole_sentences(text, quote, sentence_start)
            ):
                # a paragraph, or whole sentences inside one, in marks and without attribution: the words
                # of whoever spoke last ("X mengaku ... . "Dalam beberapa tahun ...")
                rule, confidence = "direct.unattributed.v1", 0.5
                inherits = True
            else:
                continue
        if _words(content) < (MIN_ATTRIBUTED_WORDS if cue is not None else MIN_UNATTRIBUTED_WORDS):
            continue
        if _is_title(text, quote.open_mark, content):
            continue
        if cue is not None and not inherits:
            region = (min(sentence_start, cue.start), max(relay_end, cue.end))
        else:
            region = (sentence_start, sentence_end)
        relays = find_relays(text, region[0], region[1], publisher=publisher)
        via = relays.chain if not inherits or last is not None else ()
        if inherits and last is not None and not via:
            via = last.via
        elif rule == "direct.continuation.v1" and previous is not None and not via:
            # a continuation paragraph came through the same outlet as the quote it continues
            via = previous.via
        kind: QuoteKind = "mixed" if mixed else "direct"
        candidate = Candidate(
            span=Span(start, end, text[start:end]),
            kind=kind,
            rule=rule,
            confidence=confidence,
            cue=cue,
            mention=mention,
            via=via,
            addressee=relays.addressee if not inherits else None,
            inherits=inherits and mention is None,
            sentence=(sentence_start, sentence_end),
        )
        last = candidate
        yield candidate


# Nouns that name what follows in marks: a title, not speech ("program \"Yes I Do\"", "film \"Dilan 1990\"").
_TITLE_NOUN = re.compile(
    r"\b(?:program|film|lagu|album|buku|novel|acara|tema|bertajuk|berjudul|judul|kampanye|gerakan|slogan|"
    r"tagline|semboyan|jargon|istilah|julukan|sebutan|single|singel|serial|sinetron|festival|lomba|operasi|"
    r"proyek|aplikasi|fitur|game|gim|merek|produk|tagar|hashtag|bernama|dinamai|dijuluki)\s*$",
    re.IGNORECASE,
)


# A title named by its noun ('film "..."') may run this long; an unannounced all-capitalised one up to 6 words.
MAX_TITLE_WORDS = 12


def _is_title(text: str, open_mark: int, content: str) -> bool:
    """A short quoted name: after a title noun, or a few words all capitalised (``"Yes I Do"``)."""
    words = content.split()
    if re.search(r"[.!?,]", content.rstrip(".!?,")):
        return False
    if len(words) <= MAX_TITLE_WORDS and _TITLE_NOUN.search(text, max(0, open_mark - 30), open_mark):
        return True  # 'film "Star Wars Episode VII The Force Awakens"'
    if len(words) > 6:
        return False
    return all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in ("dan", "di", "ke", "of", "the", "and")
        for w in words
    )


def _whole_sentences(text: str, quote: QuotedSpan, sentence_start: int) -> bool:
    """Whether a quote opens its sentence and the text after its closing mark starts a new one."""
    if quote.close_mark is None or text[sentence_start : quote.open_mark].strip():
        return False
    return (
        re.match(r"[.!?]?\s+(?:[A-Z\"“]|$)|[.!?]?$", text[quote.close_mark + 1 : quote.close_mark + 4])
        is not None
    )


def _after_cue_follows(text: str, mark: int, limit: int) -> bool:
    probe = QuotedSpan(mark - 1, mark, mark, mark)
    return _after(text, probe, limit) is not None
