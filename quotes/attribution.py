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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, cast

from rapidfuzz import fuzz, process

from quotes.extract.candidate import Candidate
from quotes.extract.lexicon import lexicon
from quotes.extract.mentions import (
    CHARACTER_ROLE,
    DAYS,
    MEMBER_ROLE,
    STATEMENT_NOUNS,
    Mention,
    is_institution_head,
    name_of,
    without_opening,
)
from quotes.extract.relay import looks_like_outlet
from quotes.outlets import registry
from quotes.records import SPEAKER_TYPES, Quote, SpeakerRef, SpeakerType
from quotes.speakers import load_registry
from quotes.text import find_dateline

if TYPE_CHECKING:
    from quotes.extract.resolver import AntecedentResolver

# a capitalised run, not inside a word ("iPhone") nor after "e-" ("e-KTP"; "se-DIY" is a place)
_RUN = re.compile(
    r"(?<!\w)(?<!\be-)[A-Z][\w'’\-]*(?:[ ]+(?:[A-Z]\.(?=[ ]+[A-Z][a-z])|[A-Z][\w'’\-]*|"
    r"(?:bin|binti|van|de|al|el|da)\b|of(?=[ ]+[A-Z])))*"
)
# "Amerika Serikat (AS)", "The Football Association of Wales (FAW)", "Krisdayanti (KD)"
_ACRONYM = re.compile(
    r"\b([A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|the|dan|untuk|de|van|der)\s+)?[A-Z][\w'’\-]*){0,7})"
    r"\s+\(([A-Z][A-Za-z]{1,9})\)"
)
_ORG = re.compile(
    r"^(?:kementerian|kemen\w+|badan|dinas|komisi|pansus|panja|partai|pt|bank|universitas|pemerintah|pemkot|pemkab|pemprov|"
    r"kepolisian|polri|polda|polres|polsek|tni|dewan|fraksi|mahkamah|pengadilan|kejaksaan|kejagung|dpr|dprd|mpr|kpk|bpk|"
    r"bps|bmkg|ojk|bi|klub|tim|federasi|asosiasi|persatuan|perhimpunan|lembaga|yayasan|organisasi|gedung\s+putih|"
    r"kremlin|pbb|nato|uni\s+eropa|who|unicef|fifa|uefa|pssi|afc|kpu|bawaslu|kantor|perusahaan|grup|group|"
    r"fc|the|institut|sekolah|rumah\s+sakit|rs|kbri|kedutaan|militer|angkatan|pasukan|pihak|manajemen|"
    r"departemen|department|ministry|police|government|company|inc|corp|studi|penelitian|survei|data|laporan|"
    r"pernyataan|catatan|dokumen|surat|rilis|keterangan|dakwaan|putusan|riset|hasil)\b",
    re.IGNORECASE,
)
# "Wahyu Widayat Jati, biasa disapa Cacing", "Vincentius alias Vincent", "Fernando Sindu, yang akrab disapa
# chef Nando": a nickname of the name before it, after a lower-case form of address
_NICKNAME_CUE = (
    r"\s*,?\s*(?:\(\s*)?(?:yang\s+|atau\s+)?"
    r"(?:(?:biasa|akrab|kerap|sering|lebih\s+dikenal|dikenal)\s+)?(?:disapa|dipanggil|dengan\s+sapaan|alias|"
    r"dikenal\s+(?:dengan|sebagai))\s+"
)
_NICKNAME = re.compile(
    r"(?P<full>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){1,4})"
    + _NICKNAME_CUE
    + r"(?:(?:chef|kak|bang|mas|mbak|pak|bu|om|tante|koh|cik|teh|kang|uda|uni|ustaz|ustadz|coach)\s+)?"
    + r"(?P<nick>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)(?![\w'’\-]*/)"
)
# A pair's nicknames: "Tontowi Ahmad/Liliyana Natsir, atau akrab disapa Owi/Butet"
_PAIR_NAME = r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){1,3}"
_PAIR_NICKNAMES = re.compile(
    rf"(?P<full1>{_PAIR_NAME})/(?P<full2>{_PAIR_NAME})"
    + _NICKNAME_CUE
    + r"(?P<nick1>[A-Z][\w'’\-]*)/(?P<nick2>[A-Z][\w'’\-]*)"
)
_ORG_NOUNS = (
    r"(?:perusahaan|operator|produsen|pabrikan|lembaga|organisasi|partai|klub|startup|bank|maskapai|"
    r"pengembang|penerbit|raksasa\s+teknologi)"
)
_ORG_CONTEXT = re.compile(
    r"\b" + _ORG_NOUNS + r"\s+(?P<before>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})\b"
    r"|(?P<after>\b[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}),?\s+(?:sebagai|selaku|adalah|merupakan)\s+"
    r"(?:sebuah\s+|salah\s+satu\s+)?" + _ORG_NOUNS + r"\b"
)
# A role in apposition after a name, with an optional age: "Saini, 35, warga Pulau Tidung, ...".
_ROLE_AFTER = re.compile(
    r"(?:\s*\(\d{1,3}\)|\s*,\s*\d{1,3})?,\s+(?P<role>[a-z][\w\-]*(?:\s+(?:asal|dari)?\s*[A-Z][\w\-]*){1,4})\s*,"
)
# Buildings, sites and events: with the place heads of titles.txt, a capitalised run they begin is never a
# person ("Stadion Gelora Bung Karno", "Festival Danau Tektonik Poso": a later "Poso" is not short for it).
_SITES = (
    "Gedung|Stadion|Bandara|Pelabuhan|Hotel|Istana|Masjid|Gereja|Lapangan|Taman|Pasar|Rumah Sakit|RSUD|RSUP|"
    "Kantor|Wisma|Graha|Menara|Plaza|Mal|Mall|Stasiun|Terminal|Festival|Piala|Liga|Turnamen|Kejuaraan|"
    "Konferensi|Kongres|Pameran|Pekan"
)


@cache
def _place_head() -> re.Pattern[str]:
    heads = "|".join(sorted(word.capitalize() for word in lexicon().place_heads))
    return re.compile(rf"(?:{heads}|{_SITES})\b")


# Nouns that make the name after them a thing's: "aplikasi PeSankita", "album Melodrama", "film Dilan".
_THING_BEFORE = re.compile(
    r"(?P<maker>\b(?:bintang|pemain|aktor|aktris|pemeran|penyanyi|pencipta|sutradara|produser|penulis|"
    r"pengembang|pembuat|pendiri|bos|kreator|pengguna)\s+)?"
    r"\b(?:aplikasi|film|lagu|album|buku|novel|produk|merek|game|gim|fitur|layanan|platform|serial|single|"
    r"singel|mobil|motor|ponsel|bertajuk|berjudul|judul|pameran|konser|acara|program|festival|turnamen|kampanye)\s+$",
    re.IGNORECASE,
)
_ORG_TAIL = re.compile(
    r"\s(?:club|klub|fc|inc|corp|ltd|tbk|group|grup|university|universitas|institute|hotel|bank|foundation|"
    r"association|agency|council|committee|party|united|city|team|racing|motors|airlines|airways|technologies|"
    r"entertainment|studios|pictures|records|labs|holdings|industries|corporation|company)$",
    re.IGNORECASE,
)
# "IMDb", "WiFi", "YouTube": capitals inside a word make a brand, not a person ("McDonald", "DiCaprio" and
# "LeBron" are people)
_BRAND = re.compile(r"[A-Z]{2,}[a-z]+|(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Za-z]*[a-z][A-Z][\w]*")
# "(sang) pemeran Jon Snow": the actor the article is about
_ACTOR = re.compile(rf"(?:(?:sang\s+)?{CHARACTER_ROLE}|{MEMBER_ROLE})\s")
_DEMONSTRATIVE = re.compile(r"\b(?:itu|tersebut|ini)(?:pun|lah)?$", re.IGNORECASE)
# Head nouns of a description that stands for an institution ("lembaga antirasuah itu").
_INSTITUTION_NOUNS = frozenset(
    [
        "lembaga",
        "institusi",
        "instansi",
        "organisasi",
        "komisi",
        "kementerian",
        "badan",
        "partai",
        "perusahaan",
    ]
)
# An outlet's name after its kind: "media Jerman, ARD", "stasiun televisi Channel 4".
_MEDIA_BEFORE = (
    r"\b(?:media|stasiun|televisi|situs|laman|portal|harian|koran|majalah|kantor\s+berita)\b[^.]{0,16}$"
)
# Head nouns of a description that stands for an outlet ("media itu", "situs tersebut").
_MEDIA_NOUNS = frozenset(
    ["media", "situs", "laman", "portal", "harian", "koran", "majalah", "stasiun", "televisi"]
)
# Subjects that are not people: "Hal itu", "Rekaman media", ... never a speaker's antecedent.
_NOT_PERSON_WORDS = frozenset(["hal", "rekaman", "pertemuan", "kunjungan"])
# Bare nouns that name an unnamed source, not someone the article introduced: "kata sumber", "menurut polisi".
_UNNAMED = frozenset(
    [
        "sumber",
        "polisi",
        "warga",
        "saksi",
        "petugas",
        "aparat",
        "peneliti",
        "ilmuwan",
        "pakar",
        "pengamat",
        "analis",
        "ekonom",
        "dokter",
        "karyawan",
        "pegawai",
    ]
)


@dataclass
class _ArticleNames:
    runs: list[tuple[int, str]]
    """(offset, name without titles) of every capitalised run in the article."""
    acronyms: dict[str, str]
    roles: list[tuple[int, str, str]]
    """(offset, lower-cased role phrase, name) of each name introduced with a role
    (``pemimpin korea utara`` -> ``Kim Jong Un``), in text order."""
    labels: dict[str, str]
    """name -> entity label (PER, ORG, LOC) from the trained recogniser, when it ran."""
    entities: tuple[Entity, ...] = ()
    standalone: frozenset[str] = frozenset()
    """Names the article also writes on their own (``Barcelona``, ``Neymar``)."""
    ordinary: frozenset[str] = frozenset()
    """Words the article also writes in lower case (``harga``, ``dunia``): ordinary words, not names."""
    fullest: dict[str, str] = field(default_factory=dict)
    """Memo of ``_fullest``: each name's fullest form is asked for once per mention and candidate."""
    dateline_end: int = 0
    """Where the article's dateline (``Liputan6.com, Moskow -``) ends; 0 when it has none."""
    after_role: frozenset[int] = frozenset()
    """Offsets of the runs written right after an office (``CEO Tesla Elon Musk``)."""
    employers: frozenset[str] = frozenset()
    """Names written alone that are (the start of) an institution's name (``Tesla`` of ``Tesla Motors``)."""
    relayed: tuple[tuple[int, int], ...] = ()
    """(start, end) of the outlets named in relay phrases (``wawancara bersama Today Show Australia``):
    never a person."""


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
    roles: list[tuple[int, str, str]] = []
    after_role: set[int] = set()
    labels: dict[str, str] = {}
    places: set[str] = set()
    headline_spans = _headlines(text)
    inside = _capitalised_inside(text)
    matches = list(_RUN.finditer(text))
    # words the article also writes in lower case: ordinary words, capitalised only to open a sentence
    ordinary = frozenset(re.findall(r"(?<![\w\-])[a-z][a-z\-]+\b", text))
    in_names = frozenset(w for m in matches if " " in m.group() for w in m.group().split())
    not_names = lex.titles | lex.places | lex.common
    for match in matches:
        if any(a <= match.start() < b for a, b in headline_spans):
            continue
        head = _place_head().match(match.group())
        if head and head.end() < len(match.group()):
            # what follows a place head names a place of this article ("Kabupaten Poso": "Bupati Poso Darmin
            # A. Sigilipu" is Darmin A. Sigilipu)
            places.add(match.group()[head.end() :].strip())
        if (
            " " not in match.group()
            and _sentence_initial(text, match.start())
            and match.group() not in inside
            and match.group() not in in_names
        ):
            continue  # "Sebanyak 348 bangunan ...": capitalised only because it opens the sentence
        written = match.group()
        if written.endswith(("-nya", "'", "’")):
            continue  # "akun Twitter-nya": a possessed thing; "'Surat Kecil untuk Tuhan'": a title's end
        if _sentence_initial(text, match.start()):
            written = without_opening(written)  # "Kata Indro", "Sebelumnya Gomez": not part of the name
            # "Pernyataan Jokowi", "Prestasi Jorge Lorenzo": what the person said or did
            written = _drop_leading(
                written,
                lambda first, run: _possessor_follows(first, ordinary, inside) and not registry().lookup(run),
            )
        if re.search(r"(?:,|\bdan|&)\s+$", text[max(0, match.start() - 5) : match.start()]):
            # "Politik, Hukum, dan Keamanan Wiranto": the end of an office, then the name
            written = _drop_leading(written, lambda first, _run: first.lower() in lex.institution_words)
        name, _desc = name_of(written)
        # "Sutradara Quentin Tarantino" -> "Quentin Tarantino"; "Pihak Tesla" -> "Tesla"
        while name and " " in name and name.split()[0].lower() in lex.roles | lex.titles | {"pihak"}:
            name = name.split(" ", 1)[1]
        while name and " " in name and name.split()[-1].lower() in DAYS:
            # "kata Wiranto Selasa (13/6)": the day is no part of the name (a month may be: "Tien Mei")
            name = name.rsplit(" ", 1)[0]
        if not name:
            continue
        if all(w.lower() in not_names for w in name.split()):
            continue
        offset = match.start() + match.group().rfind(name.split()[0])
        if head:
            continue  # "Desa Alitupu", "Stadion Gelora Bung Karno": a place, whatever follows
        if re.search(r"\b(?:di|ke)\s+$", text[max(0, match.start() - 4) : match.start()]):
            continue  # "hadir di Quito", "terbang ke Doha": a place
        if re.match(r" \d", text[match.end() : match.end() + 2]):
            continue  # "Formula 2", "Liga 1", "Galaxy S8 2017": a championship or a product, numbered
        thing = _THING_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if thing and not thing.group("maker"):
            continue  # "aplikasi PeSankita Indonesia", "film Foxtrot Six": a thing (not "bintang film Ariel Tatum")
        label = _label_at(entities, offset, offset + len(name)) if entities else None
        if label:
            labels.setdefault(name, label)
        runs.append((offset, name))
        # role phrase right before the name: "pemimpin Korea Utara Kim Jong Un", "juru bicara Kremlin Dmitry Peskov"
        role = _role_before(text[max(0, offset - 80) : offset].rstrip(" ,"))
        if role:
            after_role.add(offset)
        if role and not lex.is_place(name) and speaker_type(name, None) == "person":
            # not "pebalap F1" (a championship), nor "Pebalap Ducati Team asal Italia, Andrea Dovizioso"
            # (the rider's team: a later "pebalap tersebut" is not the team)
            roles.append((offset, role.lower(), name))
        after = _ROLE_AFTER.match(text, offset + len(name))
        if (
            after
            and after.group("role").split()[0].lower() in lex.roles
            and speaker_type(name, None) == "person"
        ):
            # "Saini, 35, warga Pulau Tidung, mengaku ...": a later "Warga Pulau Tidung" is Saini
            roles.append((offset, after.group("role").lower(), name))
    acronyms = {
        m.group(2): _without_titles(m.group(1))
        for m in _ACRONYM.finditer(text)
        if _expands(m.group(1), m.group(2))
    }
    _add_implicit_acronyms(acronyms, runs, {name for _offset, _role, name in roles})
    nicknames = []
    for m in _PAIR_NICKNAMES.finditer(text):
        nicknames += [(m.group("full1"), m.group("nick1")), (m.group("full2"), m.group("nick2"))]
    nicknames += [(m.group("full"), m.group("nick")) for m in _NICKNAME.finditer(text)]
    for written, nick in nicknames:
        full = name_of(written)[0]
        if full and " " in full:
            acronyms.setdefault(nick, full)
    standalone = frozenset(name for _offset, name in runs) | frozenset(places)
    for m in _ORG_CONTEXT.finditer(text):
        # "klub Liverpool", "Telkomsel sebagai operator ...": the article says it is an organisation
        name = m.group("before") or m.group("after")
        previous = text[max(0, m.start() - 30) : m.start()].split()[-1:]
        if m.group("before") and previous and previous[0].lower() in lex.titles | lex.roles | {"pihak"}:
            continue  # "presiden klub Achsanul Qosasi", "pihak penerbit Anna Valentine": an office, then a person
        if name in standalone:
            labels.setdefault(name, "ORG")
    # names the article writes alone that are (the start of) an institution's: "Tesla" of "Tesla Motors"; only
    # asked for after an office
    organisations = (
        [n for n in standalone if speaker_type(n, None, labels) == "organization"] if after_role else []
    )
    employers = frozenset(
        n for n in standalone if any(o == n or o.startswith(n + " ") for o in organisations)
    )
    runs = [
        _split_run(offset, name, standalone, ordinary, employers if offset in after_role else frozenset())
        for offset, name in runs
    ]
    dateline = find_dateline(text)
    return _ArticleNames(
        runs,
        acronyms,
        roles,
        labels,
        tuple(entities),
        standalone,
        ordinary=ordinary,
        dateline_end=dateline.span.end if dateline else 0,
        after_role=frozenset(after_role),
        employers=employers,
    )


def _drop_leading(run: str, drop: Callable[[str, str], bool]) -> str:
    """``run`` without its leading words while ``drop(first word, run)`` holds; the last word always stays."""
    first, _, rest = run.partition(" ")
    while rest and drop(first, run):
        run = rest
        first, _, rest = run.partition(" ")
    return run


# Nouns of what a person says, writes or does: "Pernyataan Wiranto" opens a sentence about Wiranto.
_POSSESSED = frozenset(
    [
        "nama",
        "dukungan",
        "obrolan",
        "ulah",
        "keinginan",
        "keyakinan",
        "pernyataan",
        "ucapan",
        "perkataan",
        "pengakuan",
        "komentar",
        "tanggapan",
        "laporan",
        "postingan",
        "unggahan",
        "kisah",
        "rencana",
        "status",
        "usia",
        "kasus",
        "kebijakan",
        "keputusan",
        "sikap",
        "langkah",
        "upaya",
        "prestasi",
    ]
)


def _possessor_follows(first: str, ordinary: frozenset[str], inside: frozenset[str]) -> bool:
    """Whether a sentence-initial ``first`` is an ordinary word before a name (``Pernyataan Jokowi``): one of
    the nouns of what people say and do, or a word the article also writes in lower case and never capitalises
    inside a sentence, unless it is a title, a role or an institution's head (``Kepala BPS Suhariyanto``,
    ``Otoritas Yordania``), which the name's own reading handles."""
    low = first.lower()
    if low in _POSSESSED or re.fullmatch(r"di[a-z]{3,}(?:kan|nya)", low):
        return True  # also a passive verb: "Diharapkan Drake ...", "Dikatakannya ..."
    lex = lexicon()
    return (
        low in ordinary
        and first not in inside
        and low not in lex.titles | lex.roles
        and not is_institution_head(first)
    )


def _without_titles(full: str) -> str:
    """``Kepala Badan Nasional Penanggulangan Bencana`` -> ``Badan Nasional Penanggulangan Bencana``; the
    rest is kept whole (``The Football Association of Wales``)."""
    words = without_opening(full).split()  # "Menurut Badan Kesehatan Dunia (WHO)"
    while len(words) > 1 and words[0].lower() in lexicon().titles | lexicon().roles:
        words = words[1:]
    return " ".join(words)


def _add_implicit_acronyms(
    acronyms: dict[str, str], runs: list[tuple[int, str]], with_role: set[str]
) -> None:
    """Short forms the article uses without introducing them: ``JK`` for the ``Wakil Presiden Jusuf Kalla``
    it names (the initials of its words), ``KD`` for ``penyanyi Krisdayanti`` (a two-letter form of one long
    name, its letters in order), ``KPK`` for ``Komisi Pemberantasan Korupsi``. Only a person the article
    introduces with a role, or an institution; only when exactly one name of the article fits; never for a
    known outlet (``FAA`` stays ``FAA``: ``Federal Aviation Administration`` is neither)."""
    names = {name for _offset, name in runs}
    shorts = sorted(n for n in names if n.isupper() and 2 <= len(n) <= 4 and n not in acronyms)
    if not shorts:
        return
    expandable = [n for n in names if n in with_role or speaker_type(n, None) == "organization"]
    for short in shorts:
        if registry().lookup(short):
            continue
        fits = [
            n
            for n in expandable
            if n != short
            and (
                len(n.split()) == len(short) > 1
                and "".join(w[0] for w in n.split()) == short
                or len(short) == 2
                and " " not in n
                and len(n) >= 8
                and n[0] == short[0]
                and short[1].lower() in n[3:].lower()
            )
        ]
        if len(fits) == 1:
            acronyms[short] = fits[0]


def _expands(full: str, acronym: str) -> bool:
    """Whether ``full (acronym)`` introduces an acronym: several words, or one word with the same initial
    (``Krisdayanti (KD)``, not ``Jakarta (27/6)`` or ``Messi (Barcelona)``)."""
    words = full.split()
    if len(words) > 1:
        return True
    return acronym.isupper() and full[0] == acronym[0] and not full.isupper() and len(acronym) <= 4


def _split_compound(
    name: str,
    standalone: frozenset[str],
    ordinary: frozenset[str] = frozenset(),
    employers: frozenset[str] = frozenset(),
) -> str:
    """The person's name at the end of a run that glued a club, place or outlet to it: ``penyerang
    Barcelona Neymar`` -> ``Neymar`` when the article also writes ``Barcelona`` and ``Neymar`` on their
    own (or the first part is a known place or outlet). ``Kim Jong Un`` stays whole: ``Jong Un`` never
    stands alone."""
    words = name.split()
    for k in range(1, len(words)):
        suffix = " ".join(words[k:])
        rest = words[k:]
        # the person's name stands alone in the article, or (two words or more) its first or last word does
        if suffix not in standalone and not (
            len(rest) >= 2 and (rest[0] in standalone or rest[-1] in standalone)
        ):
            continue
        for i in range(k):
            prefix = " ".join(words[i:k])  # "Penyerang Barcelona": its end is what stands alone
            if prefix in standalone or lexicon().is_place(prefix) or registry().lookup(prefix):
                return suffix
    for k in range(1, len(words) - 1):
        # "Statistik Harga Yunita Risanti", "Dunia Rodrigo Chaves": the end of an office, then a full name
        rest = words[k:]
        if (rest[0] in standalone or rest[-1] in standalone) and _office_remnant(
            words[:k], standalone, ordinary
        ):
            return " ".join(rest)
    # "Partai Republik Donald Trump", "Badan Koordinasi Penanaman Modal Thomas Lembong": an institution's
    # whole name, then the person's (two words or more, written alone in the article, or its last word is)
    for k in range(len(words) - 2, 1, -1):
        rest = words[k:]
        if lexicon().is_place(rest[-1]) or rest[0].lower() in lexicon().institution_words:
            continue  # "Kementerian Dalam Negeri Kuwait": the institution's own field and country
        if (" ".join(rest) in standalone or rest[-1] in standalone) and _ORG.match(" ".join(words[:k])):
            return " ".join(rest)
    if employers:
        # "CEO Tesla Elon Musk": after an office, an institution the article also writes on its own
        # (``employers``, given only for a run that follows an office), then a full name written nowhere else
        for k in range(len(words) - 2, 0, -1):
            rest = words[k:]
            if (
                " ".join(words[:k]) in employers
                and not _ORG_TAIL.match(" " + rest[0])  # "Aerospace Corporation ...": still the employer
                and not _office_remnant(rest, standalone, ordinary)
                and rest[0].lower() not in lexicon().institution_words
                and not lexicon().is_place(" ".join(rest))  # "Dinas Sumber Daya Air Jakarta Barat"
                and not lexicon().is_place(rest[-1])
            ):
                return " ".join(rest)
    return name


def _office_remnant(words: list[str], standalone: frozenset[str], ordinary: frozenset[str]) -> bool:
    """Words before a name that the article writes in lower case elsewhere and never alone as a name: what is
    left of an office or an institution (``Bank Dunia``, ``Kepala Seksi Statistik Harga``)."""
    return all(w.lower() in ordinary and w not in standalone and w.lower() not in _PARTICLES for w in words)


# Lower-case words that begin surnames ("Del Potro", "van der Linden"): never the end of an office.
_PARTICLES = frozenset(
    ["del", "de", "della", "van", "von", "der", "den", "da", "di", "la", "le", "al", "el", "dos"]
)


def _split_run(
    offset: int,
    name: str,
    standalone: frozenset[str],
    ordinary: frozenset[str] = frozenset(),
    employers: frozenset[str] = frozenset(),
) -> tuple[int, str]:
    person = _split_compound(name, standalone, ordinary, employers)
    return (offset + name.rfind(person), person) if person != name else (offset, name)


def _sentence_initial(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip(" \"“”'‘’(")
    return not before or before[-1] in ".!?:\n-–—"  # also after a dateline: "CNN Indonesia -- Misteri ..."


def _capitalised_inside(text: str) -> frozenset[str]:
    """Capitalised words the article also writes inside a sentence, where capitals mean a name."""
    return frozenset(m.group() for m in re.finditer(r"(?<=[\w,] )[A-Z][\w'’\-]*", text))


def _role_before(before: str) -> str | None:
    """The role phrase ending right before a name: ``... kata juru bicara Kremlin`` -> ``juru bicara Kremlin``."""
    lex = lexicon()
    # within the name's own sentence: not "Ketua Umum Golkar Setya Novanto. Menurut" before "Kahar"
    # nor across a comma: "Menurut Menlu Retno, Deklarasi Satu ASEAN Satu Respons" gives no role to the last
    words = re.split(r"[.!?,]\s", before)[-1].split()[-8:]
    while words and words[-1].lower() in lex.honorifics:
        words = words[:-1]  # "Kapolda Jawa Tengah Irjen Pol Condro Kirono": the ranks are not the office
    words = words[-6:]
    role_words = lex.roles | lex.titles
    last = max((k for k, w in enumerate(words) if w.lower() in role_words), default=None)
    if last is None or any(not w[:1].isupper() for w in words[last + 1 :]):
        return None  # what follows the role word must be its capitalised complement ("Korea Utara")
    first = last
    while first > 0 and words[first - 1].lower() in role_words:
        first -= 1
    role = words[first:]
    while len(role) > 1 and role[-1].lower() in lex.honorifics:
        role = role[:-1]  # "Wakapolri Komjen Syafruddin": the office is "Wakapolri", the rank is no role
    return " ".join(role)


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
    if len(word) < 4 or any(word in n.split() for _o, n in names.runs if len(n.split()) > 1):
        return word
    first: dict[str, int] = {}
    for offset, name in names.runs:
        if " " not in name:
            first.setdefault(name, offset)
    here = first.get(word)
    if len(word) >= 5:
        # sorted: on a tie the same word wins in every run, whatever the hash seed
        candidates = sorted(
            {w for _o, n in names.runs if len(n.split()) > 1 for w in n.split() if len(w) >= 5}
        )
        found = process.extractOne(
            word, candidates, scorer=fuzz.ratio, processor=None, score_cutoff=SPELLING_VARIANT_MIN
        )
        if found:
            return str(found[0])
        # "Irmansyah" after "Bupati Kepulauan Seribu, Irwansyah": the spelling the article used first
        earlier = sorted(
            n for n, o in first.items() if here is not None and o < here and len(n) >= 5 and n != word
        )
        found = process.extractOne(
            word, earlier, scorer=fuzz.ratio, processor=None, score_cutoff=SPELLING_VARIANT_MIN
        )
        if found:
            return str(found[0])
    # "Fatur" for the "Faturachman (vocal)" of the band's line-up: a clipped form of one longer name; not
    # "Googleblog", "TelkomCare", "Twitternya", "Konsulat": a brand's compound, a clitic, an office
    if (
        lexicon().is_title(word)
        or word.lower() in lexicon().common | lexicon().roles
        or registry().lookup(word)
        or any(n.split()[0] == word for _o, n in names.runs if " " in n)  # "Google Translate": a brand
    ):
        return word
    longer = [
        n
        for n in first
        if n.startswith(word)
        and re.fullmatch(r"[a-z]{3,}", n[len(word) :])
        and not n.endswith("nya")
        # the full name comes first, then the clipped one (which opened its sentence if it is no run)
        and (here is None or first[n] < here)
    ]
    return longer[0] if len(longer) == 1 and speaker_type(longer[0], None) == "person" else word


def _fullest(name: str, names: _ArticleNames) -> str:
    found = names.fullest.get(name)
    if found is None:
        found = names.fullest[name] = _find_fullest(name, names)
    return found


def _find_fullest(name: str, names: _ArticleNames) -> str:
    if name in names.acronyms:
        return _with_acronym(names.acronyms[name], name)
    acronym = next((a for a, full in names.acronyms.items() if full == name and a.isupper()), None)
    if acronym is not None:
        return _with_acronym(name, acronym)
    words = name.split()
    if len(words) == 1:
        words = [_spelling_variant(words[0], names)]
    fuller = [
        candidate
        for _offset, candidate in names.runs
        if len(words) < len(candidate.split()) <= 5 and _contains_words(candidate.split(), words)
    ]
    if not fuller:
        return " ".join(words)
    # the fullest of nested forms ("Lee" < "Stan Lee"); of two people who share a surname ("Stan Lee", "Joan B.
    # Lee"), the one the article writes most often, then the one it wrote first; else the longest
    widest = [c for c in fuller if not any(c != d and _contains_words(d.split(), c.split()) for d in fuller)]
    if len(widest) > 1 and all(c.split()[-len(words) :] == words for c in widest):
        return max(widest, key=lambda c: (fuller.count(c), -widest.index(c)))
    return max(fuller, key=lambda c: (len(c.split()), -fuller.index(c)))


def _contains_words(words: list[str], part: list[str]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


def _with_acronym(full: str, acronym: str) -> str:
    """An institution introduced with its acronym is named by both, ``Badan Pusat Statistik (BPS)``, whichever
    of the two a mention uses; people and places keep their name (``Krisdayanti`` for ``KD``)."""
    if acronym.isupper() and not lexicon().is_place(full) and speaker_type(full, None) == "organization":
        return f"{full} ({acronym})"
    return full


def speaker_type(name: str, mention: Mention | None, labels: dict[str, str] | None = None) -> SpeakerType:
    if registry().lookup(name):
        return "media"
    if re.fullmatch(r"[A-Z]{1,3}\d+", name):
        return "unknown"  # "F1", "F2", "G20": a championship or a forum, never a person
    label = (labels or {}).get(name)
    if label == "ORG":
        return "organization"
    if label == "PER":
        return "person"
    if mention is None and (label == "LOC" or lexicon().is_place(name)):
        return "unknown"  # a place: never the antecedent of "dia"
    first = name.split()[0]
    if (
        _ORG.match(name)
        or _ORG_TAIL.search(name)
        or (name.isupper() and len(name) <= 6 and " " not in name)
        or _BRAND.fullmatch(name)
        or (first.isupper() and len(first) >= 3 and " " in name)  # "BPBD Poso", "DPRD DKI"
    ):
        return "organization"
    if mention is not None and mention.plural:
        return "group"
    if mention is not None and mention.form == "description" and not mention.name:
        # "salah seorang warga", "seorang saksi mata", "juru bicara itu": one person named by a role
        head = re.sub(r"^(?:salah\s+)?(?:seorang|satu|sang)\s+", "", (mention.description or "").lower())
        first = head.split()[0] if head.split() else ""
        return "person" if first in lexicon().roles or first in _UNNAMED else "unknown"
    return "person"


def _outside(names: _ArticleNames, offset: int, exclude: tuple[int, int] | None) -> bool:
    """A name at ``offset`` outside ``exclude`` (the quote itself) and outside relay phrases."""
    return not (exclude and exclude[0] <= offset < exclude[1]) and not any(
        start <= offset < end for start, end in names.relayed
    )


def _people_before(
    names: _ArticleNames, before: int, exclude: tuple[int, int] | None
) -> list[tuple[int, str]]:
    """(offset, name) of the people named before ``before``, outside ``exclude`` (the quote itself)."""
    return [
        (offset, name)
        for offset, name in names.runs
        if offset < before
        and _outside(names, offset, exclude)
        and speaker_type(name, None, names.labels) == "person"
        # "Golkar" is a person only if its fullest form in the article is ("Partai Golkar" is not)
        and speaker_type(_fullest(name, names), None, names.labels) == "person"
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
        key = _fullest(name, names).split()[-1].lower()  # "Miley" counts for "Miley Cyrus"
        counts[key] = counts.get(key, 0) + 1
        latest[key] = offset
        if len(name) > len(full.get(key, "")):
            full[key] = name
    if not counts:
        return None
    key = max(counts, key=lambda k: (counts[k], latest[k]))
    return full[key]


# What a subject does when the sentence is its own act (an active verb, after an optional apposition): "Alfred
# Kellermann, Visiting Professor ..., memuji ...", not "Sukiati dan bayinya kemudian dibawa ...".
_ACTS = re.compile(
    r"(?:,[^,.]{1,80},)?\s+(?:(?:juga|pun|kemudian|lantas|sempat|turut|sudah|telah|pernah|langsung|ingin|"
    r"berencana|hendak)\s+)*(?!berhasil\b)(?:me|ber)[a-z]{3,}"
)


_SAID_BY = re.compile(
    r"\bdi(?:utarakan|sampaikan|ungkapkan|katakan|kemukakan|tegaskan|jelaskan|akui)\b", re.IGNORECASE
)
# "Keinginan itu ditampung oleh Menpora, Imam Nahrawi.": a sentence that opens with a passive and its agent;
# not "Budi menyebut hal itu akan ditanggung oleh pihak Dulux", "Menurut dia, forum itu dipimpin oleh ..."
_OPENING_PASSIVE = re.compile(r"(?:[A-Za-z][\w\-]*\s+){1,3}di[a-z]{3,}\s+oleh\b")


def _subject_just_before(
    text: str, names: _ArticleNames, anchor: int, exclude: tuple[int, int] | None
) -> str | None:
    """The person who opens the sentence right before the one at ``anchor``, in the same paragraph."""
    paragraph_start = text.rfind("\n", 0, anchor) + 1
    sentence_start = max(paragraph_start, text.rfind(". ", paragraph_start, anchor) + 2)
    across = sentence_start <= paragraph_start  # the sentence before is the paragraph before
    if across:
        # "Dalam kesempatan yang sama, Arief Yahya juga menyampaikan apresiasi ... .\n\nDengan layanan itu, ia
        # berharap ...": the sentence opens its paragraph and names nobody before the pronoun; the paragraph
        # before, when it is one sentence, is the sentence before (its opening connective aside)
        before = text[:paragraph_start].rstrip()
        previous_start = before.rfind("\n") + 1
        if (
            previous_start >= len(before)
            or ". " in before[previous_start:]
            or re.search(r"[\"“”]", before[previous_start:])
            or any(paragraph_start <= o < anchor for o, _n in names.runs)
        ):
            return None
        sentence_start = paragraph_start
        if previous_start < names.dateline_end < sentence_start:
            # "Rimanews - Wali Kota Bandung Ridwan Kamil ingin ...": the story's first sentence, after its dateline
            previous_start = (
                names.dateline_end
                + len(text[names.dateline_end :])
                - len(text[names.dateline_end :].lstrip())
            )
        opening = text[previous_start:sentence_start]
        previous_start += len(opening) - len(without_opening(opening))
    else:
        previous_start = max(paragraph_start, text.rfind(". ", paragraph_start, sentence_start - 2) + 2)
    if text[previous_start:sentence_start].count('"') % 2 or re.search(
        r"[“”]", text[previous_start:sentence_start]
    ):
        return None  # the sentence before is (part of) a quote
    people = [(o, n) for o, n in _people_before(names, sentence_start, exclude) if o >= previous_start]
    if not people:
        return None
    said = _SAID_BY.search(text, previous_start, sentence_start) or _OPENING_PASSIVE.match(
        text, previous_start, sentence_start
    )
    if said and across:
        return None  # over a paragraph break only a person who opens the sentence, never an agent inside it
    if said:
        # "Hal senada juga diutarakan pemeran Tita, Shandy Aulia. Ia mengaku ...": the agent of the saying
        agents = [(o, n) for o, n in people if o > said.end()]
        if not agents:
            return None
        chosen = 0
        while chosen + 1 < len(agents):
            gap = text[agents[chosen][0] + len(agents[chosen][1]) : agents[chosen + 1][0]]
            if not re.fullmatch(r",\s+(?:\S+\s+){0,2}", gap) or not all(
                lexicon().is_title(w) for w in gap[1:].split()
            ):
                break
            chosen += 1  # "Kasat Reskrim Polresta Depok, Kompol Teguh Nugroho": the person in apposition
        return agents[chosen][1]
    offset, name = people[0]
    for at, person in people:
        role = re.fullmatch(r"([A-Za-z][^,.]{0,60}),\s*", text[previous_start:at])
        if role and role.group(1).split()[0].lower() in lexicon().roles | lexicon().titles:
            # "Kuasa hukum Abun, Simeon Petrus menghormati ... . Menurut dia, ...": the person in apposition
            offset, name, previous_start = at, person, at
            break
    if re.search(r",\s*(?:namun|tetapi|tapi|sedangkan|sementara)\s+[A-Z]", text[offset:sentence_start]):
        return None  # "Federer memenangi gim, namun Del Potro ... . Dia ...": a second subject, no telling
    # over a paragraph break the name itself must open the sentence: not "PT Bangun Palu Sulteng juga ..."
    slack = 0 if across else 3
    if offset > previous_start + slack and (
        not _office_before(text[previous_start:offset])
        or text[offset + len(name) : offset + len(name) + 1] == ","
    ):
        # the person must open the sentence, after at most an office ("Bos NRL Todd Greenberg"); not the
        # institution of "Petugas Traffic Management Center, Brigadir Harlem, ..."
        return None
    if lexicon().is_title(_fullest(name, names).split()[0]):
        return None  # not "Ketum Golkar"
    return name if _ACTS.match(text, offset + len(name), sentence_start) else None


def _same_surname(name: str, other: str) -> bool:
    """``Agung Chin`` (the end of "Jaksa Agung Chin") and ``Doug Chin``: one person, named twice."""
    return name.split()[-1] in other.split()[1:]


def _office_word(word: str) -> bool:
    """A title or a role word (``Pelatih``, ``Kepala``, ``Hakim``): what opens an office before a name."""
    return lexicon().is_title(word) or word.lower() in lexicon().roles


def _office_before(prefix: str) -> bool:
    """Whether ``prefix`` (what opens a sentence before a name) is an office: a title or role, then only
    capitalised words or acronyms (``Bos NRL``, ``Menteri Keuangan``, ``Pelatih Persib``)."""
    words = prefix.split()
    return (
        bool(words)
        and "," not in prefix
        and _office_word(words[0])
        and all(w[:1].isupper() or lexicon().is_title(w) for w in words[1:])
    )


_BY_AGENT = re.compile(r"\bdi[a-z]{3,}\s+(?:\w+\s+)?oleh\s", re.IGNORECASE)


def _announced_by(text: str, names: _ArticleNames, before: int) -> str | None:
    """The agent of a passive in the sentence before ``before``: "Hal tersebut diumumkan langsung oleh agensi
    yang menaungi Secret, TS Entertainment." is who the statement quoted next comes from."""
    end = text.rfind(".", 0, before)
    start = max(text.rfind(". ", 0, max(0, end)) + 2, text.rfind("\n", 0, max(0, end)) + 1)
    by = _BY_AGENT.search(text, start, max(start, end))
    if by is None:
        return None
    # the name right after "oleh" ("disutradarai oleh Susan Lacy, sosok ..."), else the one in apposition
    # after the agent's description ("oleh agensi yang menaungi Secret, TS Entertainment")
    comma = text.find(", ", by.end(), end)
    agent_at = {by.end(), comma + 2} if comma >= 0 else {by.end()}
    agents = [name for offset, name in names.runs if offset in agent_at]
    return _fullest(agents[0], names) if agents else None


def _recent_outlet(text: str, names: _ArticleNames, before: int) -> str | None:
    """The outlet named last before ``before``, in a relay or not, within this paragraph and the one before,
    never the article's own publisher in its dateline."""
    paragraph = text.rfind("\n", 0, before)
    after = max(names.dateline_end, text.rfind("\n\n", 0, max(0, paragraph - 1)) + 1)
    return next(
        (
            name
            for offset, name in reversed(names.runs)
            if after <= offset < before
            and (looks_like_outlet(name) or re.search(_MEDIA_BEFORE, text[max(0, offset - 30) : offset]))
        ),
        None,
    )


def _recent_institution(names: _ArticleNames, before: int, exclude: tuple[int, int] | None) -> str | None:
    """The institution named last before ``before``, outside ``exclude`` and relay phrases."""
    return next(
        (
            name
            for offset, name in reversed(names.runs)
            if offset < before
            and _outside(names, offset, exclude)
            and speaker_type(_fullest(name, names), None, names.labels) == "organization"
        ),
        None,
    )


def _recent_person(
    text: str, names: _ArticleNames, before: int, exclude: tuple[int, int] | None = None
) -> str | None:
    """The subject-most person named in the sentences just before ``before``."""
    window_start = max(0, text.rfind("\n", 0, max(0, before - 1)))
    sentence_start = max(text.rfind(". ", 0, before), window_start)
    after = names.dateline_end  # not "JAKARTA (Pos Kota) -": the publisher
    prior = [(o, n) for o, n in _people_before(names, before, exclude) if o >= after]
    if not prior:
        return None
    in_sentence = [(o, n) for o, n in prior if o >= sentence_start]
    if in_sentence:
        return _past_apposition(text, in_sentence, after)
    prev_start = max(
        text.rfind(". ", 0, max(0, sentence_start - 1)), text.rfind("\n", 0, max(0, sentence_start - 1))
    )
    in_prev = [(o, n) for o, n in prior if prev_start <= o < sentence_start]
    return _past_apposition(text, in_prev, after) if in_prev else prior[-1][1]


def _past_apposition(text: str, people: list[tuple[int, str]], floor: int = 0) -> str:
    """The first of ``people`` (offset, name), or the name in apposition right after it: "Pelatih Persela
    Lamongan, Herry Kiswanto menyebut ..." is Herry Kiswanto. The sentence starts at ``floor`` at the
    earliest (after the dateline)."""
    (offset, name), *rest = people
    if rest and re.fullmatch(
        r"(?:\s+[A-Z][\w.]*){0,3},\s+(?:[A-Z][\w.]*\s+){0,3}", text[offset + len(name) : rest[0][0]]
    ):  # "Hakim tunggal Pengadilan Negeri Jakart Selatan, Kusno": over the unit's place to the name
        before = text[
            max(floor, text.rfind("\n", 0, offset) + 1, text.rfind(". ", 0, offset) + 2) : offset
        ].split()
        if before and _office_word(before[0]):
            return rest[0][1]
    return name


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
    names.relayed = tuple(
        (relay.mention.start, relay.mention.end) for c in candidates for relay in c.via if relay.mention
    )
    quotes: list[Quote] = []
    speakers: list[SpeakerRef] = []
    last_end = 0  # where the last quote with a speaker ends
    for cand in sorted(candidates, key=lambda c: c.span.start):
        speaker = _resolve_one(text, cand, names, speakers, last_end=last_end)
        described = cand.mention if cand.mention is not None and cand.mention.form == "description" else None
        # "kata pria yang akrab disapa Emil itu", "Menurut pelatih yang akrab disapa Djanur ini"
        nickname = (
            _NICKNAME_AFTER.search(text, described.span.start, described.span.end + 60) if described else None
        )
        if (
            nickname
            and described
            and nickname.start() <= described.span.end
            and speaker is not None
            and speaker.name
            and speaker.type == "person"
            and speakers
            and speaker.name == speakers[-1].name  # learnt only of the person already speaking, never a guess
        ):
            _learn_nickname(names, nickname.group(1), speaker.name)
        if resolver is not None:
            speaker = resolver.revise(text, cand, speaker, names=names, earlier=quotes)
        if speaker is not None and speaker.name:
            speakers.append(speaker)
            last_end = cand.span.end
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
    text: str, cand: Candidate, names: _ArticleNames, speakers: Sequence[SpeakerRef], *, last_end: int = 0
) -> SpeakerRef | None:
    """``speakers``: the speakers of the quotes before this one, in text order; ``last_end``: where the
    last of those quotes ends."""
    last = speakers[-1] if speakers else None
    mention = cand.mention
    if mention is None:
        if cand.inherits and last is not None:
            return SpeakerRef(last.name, last.type, None)
        return None
    if mention.form == "name" and mention.span.text.lower() in _INSTITUTION_NOUNS:
        # "Perusahaan juga mengaku ...": the noun opening its sentence, not a name
        mention = Mention(mention.span, "description", None, mention.span.text)
    if mention.form == "name" and _described(mention):
        # "Purnawirawan jenderal polisi itu": a capitalised first word, then a description's words
        written = mention.span.text
        mention = Mention(mention.span, "description", None, written)
        if re.search(rf"\b{re.escape(' '.join(written.split()[1:-1]))}\b", text[: mention.span.start]):
            # "dijual di supermarket ... Pemilik supermarket itu": the demonstrative points at the thing
            # named before; its owner is someone new
            return SpeakerRef(written, speaker_type(written, mention), mention.span)
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
        if cand.rule.startswith("indirect.outlet"):
            # "Mengutip Independent, ...": an outlet the registry does not know is still an outlet
            return SpeakerRef(mention.name, "media", mention.span)
        at = mention.span.start + max(mention.span.text.find(mention.name), 0)
        employers = names.employers if at in names.after_role else frozenset()
        written = re.sub(r"^[Pp]ihak\s+(?=\S)", "", mention.name)  # "Pihak Tesla": Tesla itself
        own = _split_compound(written, names.standalone, names.ordinary, employers)
        full = _fullest(own, names)
        if full in _known_aliases():
            canonical, kind = _known_aliases()[full]
            return SpeakerRef(canonical, kind, mention.span)
        if _ordinary_opener(text, full, mention, names):
            # "Kekalahan ini memastikan ...", "Seluruh angkutan online ... menyampaikan ...": an ordinary word
            # capitalised to open the sentence is nobody's name; later "-nya" go back past it
            return SpeakerRef(full, "unknown", mention.span)
        return SpeakerRef(full, speaker_type(full, mention, names.labels), mention.span)
    exclude = (cand.span.start, cand.span.end)
    if mention.form in ("pronoun", "clitic"):
        if mention.plural:
            return SpeakerRef(_recent_pair(text, names, mention.span.start), "group", mention.span)
        # "pihaknya" may be an institution; "dia", "ia", "-nya" are people, never the outlet last cited.
        wanted = (
            ("person", "organization", "media")
            if mention.span.text.lower().startswith("pihak")
            else ("person",)
        )
        if last is not None and last.name and last.type in wanted:
            introduced = _subject_just_before(text, names, min(cand.span.start, mention.span.start), exclude)
            if (
                introduced
                and _fullest(introduced, names) != last.name
                and not _same_surname(introduced, last.name)
            ):
                # 'Alfred Kellermann memuji acara itu. "Saya menikmati ...," katanya.': the person the
                # sentence before, in the same paragraph, is about
                return SpeakerRef(_fullest(introduced, names), "person", mention.span)
            if last.name[:1].islower() or last.name.lower() in _UNNAMED:
                # the last speaker was unnamed ("peneliti"); a person named since ("Dr Lea Weber ... menyatakan
                # hal serupa. ... dia melakukan penelitian") is who "katanya" now refers to
                person = _recent_person(text, names, mention.span.start, exclude)
                if person and any(last_end <= o < mention.span.start and n == person for o, n in names.runs):
                    return SpeakerRef(_fullest(person, names), "person", mention.span)
            return SpeakerRef(last.name, last.type, mention.span)
        # the last speaker was an institution: "-nya" goes back to the last person who spoke
        earlier = next((sp for sp in reversed(speakers) if sp.type == "person"), None)
        if earlier is not None and last is not None and last.type in ("organization", "media", "unknown"):
            return SpeakerRef(earlier.name, "person", mention.span)
        # nobody spoke yet: "Sutradara Doug Liman ... . Ia mengaku ...": the person just named, else the most named
        person = (None if speakers else _recent_person(text, names, mention.span.start, exclude)) or (
            _salient_person(names, mention.span.start, exclude=exclude)
        )
        if person is None:
            return SpeakerRef(None, "unknown", mention.span)
        return SpeakerRef(_fullest(person, names), "person", mention.span)
    description = (mention.description or mention.span.text).strip()
    low = description.lower()
    if low in _UNNAMED or low.split()[0] == "sumber" and not _DEMONSTRATIVE.search(low):
        # "sumber pemerintah Yordania": an unnamed source is its own description ("sumber itu" points back)
        return SpeakerRef(description, speaker_type(description, mention), mention.span)
    introduced = _introduced_as(description, names, mention.span.start)
    if introduced:
        return SpeakerRef(introduced, speaker_type(introduced, None, names.labels), mention.span)
    if low.split()[0] in ("seorang", "salah", "sebuah", "beberapa", "sejumlah"):
        # "seorang petinggi pabrikan asal Korea Selatan itu": an unnamed source is its own description
        return SpeakerRef(description, speaker_type(description, mention, names.labels), mention.span)
    antecedent = _antecedent_phrase(text, low, mention.span.start)
    if antecedent:
        named = _named_after(text, antecedent[1])
        if named:
            # "Salah satu pemain seleksi Timnas U-19, Mochammad Rafid Habibie, ...": the phrase has a name
            return SpeakerRef(_fullest(named, names), "person", mention.span)
        return SpeakerRef(antecedent[0], speaker_type(antecedent[0], mention), mention.span)
    demonstrative = _DEMONSTRATIVE.search(description)
    anaphoric = demonstrative or low in lexicon().roles or _ACTOR.match(low)
    if demonstrative and low.split()[0] in _MEDIA_NOUNS:
        # "Media itu memberitakan ...": the outlet last named
        named_outlet = _recent_outlet(text, names, mention.span.start)
        if named_outlet is not None:
            return SpeakerRef(registry().canonical(named_outlet), "media", mention.span)
    if (
        low.split()[0] in STATEMENT_NOUNS
        and (demonstrative or _OWNERLESS_STATEMENT.fullmatch(low))
        and not (last is not None and last.type == "media")
    ):
        # "..., kata Zille. Pernyataan tersebut menjelaskan ...", '"...," bunyi pernyataan pers mereka': the
        # statement of the last speaker (a named owner, "pernyataan Jenderal John Nicholson", is a name);
        # with no speaker before it, the statement itself, never a person. After an outlet (which only
        # relayed the statement) the issuer is looked for as for any description.
        if last is not None and last.name:
            return SpeakerRef(last.name, last.type, mention.span)
        issuer = _announced_by(text, names, min(cand.span.start, mention.span.start))
        if issuer is not None:
            return SpeakerRef(issuer, speaker_type(issuer, None, names.labels), mention.span)
        return SpeakerRef(description, "unknown", mention.span)
    head = low.split()
    if (
        demonstrative
        and last is not None
        and last.name
        and last.mention is not None
        and head[0] in last.mention.text.lower().split()
        and head[0] not in _NOT_PERSON_WORDS
    ):
        # '"...," ujar perwakilan Ruach Entertainment. Perwakilan tersebut juga ...': the role the last
        # speaker was named by
        return SpeakerRef(last.name, last.type, mention.span)
    if demonstrative and head[0] in ("pasangan", "duo", "keduanya"):
        # "Pasangan selebriti ini": the two people last named together
        pair = _recent_pair(text, names, mention.span.start)
        if pair:
            return SpeakerRef(pair, "group", mention.span)
    if (len(head) == 2 and head[0] == "pihak" and head[1] in _INSTITUTION_NOUNS) or (
        len(head) == 1 and head[0] in _INSTITUTION_NOUNS
    ):
        # "Kementerian ... menyatakan": the institution of that kind named last ("Kementerian Luar Negeri Suriah");
        # "Pihak perusahaan", "Perusahaan juga mengaku ...": else the institution that last spoke, if one did
        opening = head[-1].capitalize() + " "
        named = next(
            (n for o, n in reversed(names.runs) if o < mention.span.start and n.startswith(opening)), None
        )
        if named:
            return SpeakerRef(_fullest(named, names), "organization", mention.span)
        spoke = next((sp for sp in reversed(speakers) if sp.type == "organization"), None)
        if spoke is not None and spoke.name:
            return SpeakerRef(spoke.name, "organization", mention.span)
    if demonstrative and head[0] in _INSTITUTION_NOUNS:
        # "Lembaga antirasuah itu", "organisasi tersebut": the institution last named, never a person
        institution = _recent_institution(names, mention.span.start, exclude)
        if institution:
            return SpeakerRef(_fullest(institution, names), "organization", mention.span)
    if anaphoric and low.split()[0] not in _NOT_PERSON_WORDS and not mention.plural:
        # nobody spoke yet: the person the sentence before is about ("Wali Kota Bandung Ridwan Kamil ingin
        # mengundang aktor Lee Min-ho ... . '...,' kata pria yang akrab disapa Emil itu"), else the one named last
        subject = (
            None
            if speakers
            else _subject_just_before(text, names, min(cand.span.start, mention.span.start), exclude)
        )
        person = subject or _recent_person(text, names, mention.span.start, exclude)
        if last is not None and last.name and last.type == "person":
            person = last.name
        person = person or _salient_person(names, mention.span.start, exclude=exclude)
        if person:
            return SpeakerRef(_fullest(person, names), "person", mention.span)
    return SpeakerRef(description, speaker_type(description, mention), mention.span)


# The nickname right after a description: "kata pria| yang akrab disapa Emil itu".
_NICKNAME_AFTER = re.compile(r"\s+yang\s+(?:\w+\s+)?(?:disapa|dipanggil)\s+([A-Z][\w'’\-]*)")


def _learn_nickname(names: _ArticleNames, nickname: str, person: str) -> None:
    """``Emil`` is ``Ridwan Kamil`` from here on: the article named him by a description with that nickname."""
    if nickname not in person.split() and nickname not in names.acronyms:
        names.acronyms[nickname] = person
        names.fullest.clear()


def _described(mention: Mention) -> bool:
    """A one-word "name" that only opens a description ending in a demonstrative: ``Purnawirawan jenderal
    polisi itu``, not ``Ronaldo yang kini berusia 32 tahun itu``."""
    words = mention.span.text.split()
    return (
        mention.name is not None
        and len(words) > 2
        and words[0] == mention.name
        and words[1][:1].islower()
        and words[1] != "yang"
        and not is_institution_head(words[0])  # "Bank sentral tersebut": Bank Indonesia
        and _DEMONSTRATIVE.search(mention.span.text) is not None
    )


# "bunyi pernyataan", "pernyataan pers mereka": a statement that names no owner of its own; not "keterangan
# saksi", "keterangan penyelidik"
_OWNERLESS_STATEMENT = re.compile(
    r"\w+(?:\s+(?:resmi|tertulis|pers|bersama))?(?:\s+(?:mereka|itu|tersebut|ini))?"
)


def _ordinary_opener(text: str, name: str, mention: Mention, names: _ArticleNames) -> bool:
    """A one-word "name" that opens its sentence, that the article also writes in lower case and never on
    its own elsewhere, and that is no role (``Polisi``, ``Terdakwa`` stay sources)."""
    lex = lexicon()
    low = name.lower()
    return (
        " " not in name
        and not name.isupper()
        and low in names.ordinary
        and name not in names.standalone
        and low not in lex.roles | lex.titles | _UNNAMED
        and text[mention.span.start : mention.span.start + len(name)] == name
        and _sentence_initial(text, mention.span.start)
    )


_PAIR = re.compile(
    r"([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})\s+dan\s+([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})"
)
# How far back "mereka" looks for the two people it stands for.
PAIR_WINDOW = 600


def _recent_pair(text: str, names: _ArticleNames, before: int) -> str | None:
    """``mereka`` after ``Trump dan Abe ...``: the latest two people named together, in their fullest forms."""
    found = None
    for match in _PAIR.finditer(text, max(0, before - PAIR_WINDOW), before):
        people = [name_of(part)[0] for part in match.groups()]
        if all(p and speaker_type(_fullest(p, names), None, names.labels) == "person" for p in people):
            found = " dan ".join(_fullest(p, names) for p in people if p)
    return found


def _introduced_as(description: str, names: _ArticleNames, before: int) -> str | None:
    """The person the article introduced, before ``before``, with the role this description repeats:
    ``pemimpin Korea Utara itu`` -> the ``pemimpin Korea Utara Kim Jong Un`` of an earlier sentence;
    ``pelatih asal Italia tersebut`` -> the latest ``pelatih ...`` introduced. The latest such
    introduction wins."""
    written = description.split()
    description = description.lower()
    bare = re.sub(r"\s+(?:itu|tersebut|ini)$", "", description)
    words = bare.split()
    head = words[1] if words[0] in ("sang", "si") and len(words) > 1 else words[0]
    # "Gubernur" on its own after "Gubernur DKI Jakarta Basuki Tjahaja Purnama": the office holder named last
    lone_office = (
        len(words) == 1
        and lexicon().is_title(words[0])
        and words[0] not in lexicon().honorifics | lexicon().institution_words  # not "riset"
    )
    anaphoric = bare != description or words[0] in ("sang", "si") or lone_office
    # "Ketua Umum Partai Hanura itu" names its institution: not any "ketua" ("Ketua MPR Zulkifli Hasan")
    lex = lexicon()
    named: set[str] = set()
    for word in written[
        1:
    ]:  # the capitalised complement right after the head, not "yang akrab disapa Djanur"
        if lex.is_title(word):
            continue
        if not word[:1].isupper():
            break
        if not lex.is_place(word):
            named.add(word.lower())
    found = None
    for offset, role, name in names.roles:
        if offset >= before:
            break
        same_head = anaphoric and role.split()[0] == head
        if same_head and named and not named & {w.lower() for w in f"{role} {name}".split()}:
            continue
        if description.startswith(role) or bare == role or same_head:
            found = name
    return found


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


# How far back a description looks for the indefinite phrase it repeats.
ANTECEDENT_WINDOW = 3000


def _named_after(text: str, end: int) -> str | None:
    """The name in apposition after an indefinite phrase ending at ``end``, in the same clause."""
    found = re.match(
        r"[^,.\n]{0,40},\s+([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})\s*[,(]", text[end : end + 120]
    )
    if found is None:
        return None
    name = name_of(found.group(1))[0]
    return name if name == found.group(1) else None


def _antecedent_phrase(text: str, description: str, before: int) -> tuple[str, int] | None:
    """``tamu tersebut`` refers back to ``salah satu tamu hotel``: an earlier indefinite phrase with the same
    head noun names the unnamed speaker."""
    words = description.split()
    if len(words) < 2 or words[-1] not in ("itu", "tersebut", "ini"):
        return None
    head = words[1] if words[0] in ("sang", "si", "para") and len(words) > 2 else words[0]
    # an unnamed source needs no article: "sumber tersebut" after "dikonfirmasi oleh sumber militer yang ..."
    indefinite = r"(?:salah\s+(?:satu|seorang)|seorang|sebuah|seekor)\s+"
    pattern = re.compile(
        r"\b("
        + (f"(?:{indefinite})?" if head in _UNNAMED else indefinite)
        + re.escape(head)
        + r"(?!\s+(?:daya|dana|itu|tersebut|ini)\b)(?:\s+[a-z]\w*){0,4})",
        re.IGNORECASE,
    )
    found = max(
        pattern.finditer(text, max(0, before - ANTECEDENT_WINDOW), before),
        key=lambda m: m.start(),
        default=None,
    )
    if found is None:
        return None
    phrase = re.split(r"\s(?:yang|dan|bersama|dengan|di|ke|dari|untuk|itu|tersebut)\b", found.group(1))[0]
    return phrase.strip(), found.end()


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
