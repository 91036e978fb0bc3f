"""Speaker mentions as written: the noun phrase after a cue (``kata juru bicara Kremlin, Dmitry Peskov``)
or before it (``Para pejabat dan pakar Amerika mengatakan``), its name without titles, and its form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from quotes.extract.lexicon import lexicon
from quotes.extract.sentences import abbreviation_dot
from quotes.records import Span

Form = Literal["name", "pronoun", "clitic", "description"]

PRONOUNS = frozenset(
    [
        "dia",
        "ia",
        "beliau",
        "mereka",
        "dirinya",
        "pihaknya",
        "kami",
        "saya",
        "aku",
        "keduanya",
        "ketiganya",
        "he",
        "she",
        "they",
        "it",
    ]
)
PLURAL = frozenset(["mereka", "keduanya", "ketiganya", "para", "they"])
# Words that join a pronoun to another subject: "dia dan istrinya", "ia bersama timnya"
_JOINING = frozenset(["dan", "serta", "bersama", "beserta", "maupun", "atau"])
# Words that end a mention after a cue: an adverbial, an addressee, a relay or a date begins there.
_STOP_AFTER = frozenset(
    [
        "kepada",
        "pada",
        "dalam",
        "saat",
        "ketika",
        "di",
        "seperti",
        "sebagaimana",
        "usai",
        "seusai",
        "selepas",
        "sepulang",
        "sebelum",
        "setelah",
        "sesudah",
        "dengan",
        "melalui",
        "lewat",
        "via",
        "dikutip",
        "dilansir",
        "melansir",
        "mengutip",
        "sambil",
        "sembari",
        "kemarin",
        "lagi",
        "pula",
        "juga",
        "pun",
        "ini",
        "menjelang",
        "senin",
        "selasa",
        "rabu",
        "kamis",
        "jumat",
        "sabtu",
        "minggu",
        "tadi",
        "yang",
        "untuk",
        "terkait",
        "soal",
        "mengenai",
        "tentang",
        "menanggapi",
        "seraya",
        "saat",
        "kala",
        "belum",
        "sudah",
        "telah",
        "akan",
        "baru",
        "bahwa",
        "itu,",
        "when",
        "after",
        "in",
        "at",
        "to",
        "on",
        "during",
    ]
)
# Words at the start of a subject that belong to the sentence, not the speaker.
_LEADING_CONNECTIVES = re.compile(
    r"^(?:(?:sementara\s+itu|selain\s+itu|di\s+sisi\s+lain|namun|tetapi|tapi|sedangkan|adapun|kemudian|lalu|"
    r"bahkan|sebelumnya|terpisah|secara\s+terpisah|dalam\s+kesempatan\s+(?:itu|tersebut|yang\s+sama)|"
    r"di\s+tempat\s+(?:terpisah|yang\s+sama)|hal\s+senada|senada|meski\s+demikian|oleh\s+karena\s+itu|"
    r"karena\s+itu|maka|dan|sehingga|kini|saat\s+ini|(?:saat|kala|waktu|ketika|setelah|sesudah|sebelum)\s+itu|untuk\s+itu(?:lah)?|sejauh\s+ini|akhirnya|pun|kendati|meski|walaupun|walau|"
    r"terlebih|apalagi|justru|untung(?:nya)?(?:\s+saja)?|sayangnya|rupanya|ternyata|tampaknya|lebih\s+(?:lanjut|jauh)|"
    r"pasalnya|artinya|intinya|akibatnya|nyatanya|buktinya|baru-baru\s+ini|"
    r"selanjutnya|berikutnya|sedang(?=\s+[A-Z])|sementara(?=\s+[A-Z]|\s*,)|hanya(?=\s*,)|lantas|padahal|"
    r"yang\s+(?:jelas|pasti|penting|terang)|seandainya|andaikan|andai|barulah|"
    r"toh|(?:sebagaimana|seperti)\s+(?:diketahui|kita\s+ketahui)|sebagai\s+contoh|misalnya|di\s+(?:sana|sini|situ)|"
    r"meanwhile|however|but|and)\b[\s,]*)+",
    re.IGNORECASE,
)


def without_opening(phrase: str) -> str:
    """``phrase`` without the connectives and cue words that open a sentence before a name: ``Kata Indro``
    -> ``Indro``, ``Sebelumnya Gomez`` -> ``Gomez``, ``Menurut Badan Pusat Statistik`` -> ``Badan Pusat
    Statistik``."""
    while True:
        lead = _LEADING_CONNECTIVES.match(phrase)
        if lead and lead.end() < len(phrase):
            phrase = phrase[lead.end() :]
            continue
        first, _, rest = phrase.partition(" ")
        if rest[:1].isupper() and lexicon().cue_class(first) is not None:
            phrase = rest
            continue
        return phrase


# Adverbials that trail a subject before the cue: "Putin juga mengatakan", "Henry pada Minggu (21/8) mengungkapkan".
_TRAILING = re.compile(
    r"(?:\s+(?:juga|pun|kembali|lagi|sendiri|sempat|pernah|bahkan|hanya|justru|malah|tetap|sebelumnya|kemudian|lalu|memang|"
    r"bersikap|terlihat|tampak|akhirnya|belakangan|(?:untuk\s+)?pertama\s+kali(?:nya)?|"  # "itu bersikap ...": the stance follows
    r"biasanya|mungkin|kerap|sering(?:kali)?|selalu|kemarin|semalam|(?:bulan|pekan|minggu|tahun)\s+lalu|"
    r"beberapa\s+(?:waktu|hari|pekan|minggu|bulan|tahun)\s+(?:lalu|silam)|baru-baru\s+ini|lantas|pula|segera|"
    r"dengan\s+(?:nada\s+)?[a-z]+|"
    r"secara\s+\w+|telah|sudah|tak|tidak|akan|masih|terus|langsung|turut|pun|saat\s+itu|kala\s+itu|ketika\s+itu|waktu\s+itu|"
    # "Menteri Dalam Negeri" is an office; ", pada tahun ini Blibli" opens the clause, before the subject
    r"(?<!,\s)(?-i:pada|di|dalam|saat|ketika|usai|seusai|kepada)\b[^,]*?))+$",
    re.IGNORECASE,
)
# A preposition opening a subject: the subject, if any, comes after its phrase.
_PREPOSITION = re.compile(
    r"(?:dalam|untuk|dengan|bagi|selain|oleh|atas|lewat|melalui|berkat|demi)\s", re.IGNORECASE
)
# A fronted adverbial that ends in a possessive or a demonstrative, before the subject: "Dalam sambutannya
# Menteri ...", "Dalam tayangan itu ia", "Untuk tahap pertama pihaknya".
_FRONTED_ADVERBIAL = re.compile(
    r"(?P<preposition>(?:dalam|untuk|dengan|bagi|selain|atas|lewat|melalui|berkat|demi)\s+)(?-i:[a-z][\w\-]*\s+){0,4}?"
    r"(?P<owner>(?-i:[a-z][\w\-]*nya)|(?:itu|tersebut|ini)(?:lah)?)\b\s*",
    re.IGNORECASE,
)
# Document nouns: "Dalam laporan itu menyebutkan", "dalam meta analisis ... menemukan": the document is the source.
_DOCUMENT_NOUNS = frozenset(
    [
        "laporan",
        "studi",
        "penelitian",
        "riset",
        "survei",
        "analisis",
        "meta",
        "dokumen",
        "surat",
        "rilis",
        "keterangan",
        "pernyataan",
        "putusan",
        "dakwaan",
        "resolusi",
        "jurnal",
        "catatan",
        "data",
        "video",
        "unggahan",
        "tayangan",
    ]
)
# "Ketua Tim penemu ...": a capitalised team noun in an office, described by the words after it.
_TEAM_NOUNS = frozenset(["tim", "panitia", "satgas", "satuan", "divisi", "seksi", "bidang"])
# "Pernyataan tersebut menjelaskan ...": a statement already quoted speaks for whoever made it.
STATEMENT_NOUNS = frozenset(["pernyataan", "keterangan", "rilis"])
_AGE = re.compile(r"\(?\d{1,3}\)?(?:\s+tahun)?", re.IGNORECASE)
# "sebagai diplomat asing ..., Israel menyebut": a fronted role, not the subject
_ADVERBIAL = re.compile(
    r"(?:kepada|pada|di|dalam|saat|ketika|usai|seusai|selama|sejak|sebagai|selaku|pukul)\s", re.IGNORECASE
)
_MEANS = re.compile(r"(?:melalui|lewat|dengan|untuk|bagi|selain)\s", re.IGNORECASE)


def _adverbial(part: str) -> bool:
    """A fronted adverbial part of a subject: ``Di Jakarta``, ``melalui pesan singkat``; not ``lewat telepon
    Soemitro menghubungi ...``, which holds the subject."""
    return bool(_ADVERBIAL.match(part) or _MEANS.match(part) and not name_of(part)[0])


# Day names (months stay out: a given name may be one, "Tien Mei").
DAYS = frozenset(["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu"])
_SUBORDINATOR = re.compile(
    r"\b(?:setelah|sebelum|ketika|karena|sejak|usai|seusai|bahwa|jika|kalau|meski|meskipun|walaupun|"
    r"hingga|sehingga|agar|supaya|sedangkan|padahal|dimana|di\s+mana|after|before|when|because)\s+"
    # "Fredrich ketika itu turut menyarankan", "... hingga Jumat (13/10) malam, mengatakan": a time, not a clause
    r"(?!(?:itu|ini|" + "|".join(sorted(DAYS)) + r"|\d)\b)",
    re.IGNORECASE,
)
# A meN- verb (menjawab, mengatakan, menyatakan): never inside a speaker mention after a cue.
_VERB = re.compile(r"(?:mem|men|meng|meny)[a-z]{3,}$")
_WORD = re.compile(r"@?[\w][\w'’.\-]*")  # "cuit akun @radenrauf": a handle is a word
_NAME_PARTICLES = frozenset(
    ["bin", "binti", "van", "von", "de", "der", "den", "al", "el", "da", "dos", "du", "la", "le", "of", "for"]
)
# Org words inside a long capitalised run: the person's name is what follows the last of them
# ("Head of Group FDI Advisory Unit UOB Group Sam Cheong" -> "Sam Cheong").
# Abbreviated names of ministries, local governments and police commands: "Kemenhub", "Pemkot", "Polrestabes".
_ORG_ABBREVIATION = re.compile(r"(?:Kemen|Pemkot|Pemkab|Pemprov|Polres|Polsek|Kodam|Korem|Kodim)[a-z]*$")
_ORG_WORDS = frozenset(
    [
        "group",
        "unit",
        "twitter",  # "akun Twitter Muhammad Syahroji": the platform, then the account's owner
        "instagram",
        "facebook",
        "pt",
        "tbk",
        "inc",
        "corp",
        "ltd",
        "co",
        "company",
        "bank",
        "universitas",
        "university",
        "institute",
        "institut",
        "yayasan",
        "pendidikan",
        "foundation",
        "club",
        "fc",
        "polri",
        "polda",
        "polres",
        "tni",
        "kpk",
        "dpr",
        "mpr",
        "kementerian",
        "badan",
        "dinas",
        "komisi",
        "capital",  # "Kepala Riset First Asia Capital David Sutyanto"
        "securities",
        "sekuritas",
        "ventures",
        "partners",
        "holdings",
        "persero",
    ]
)


# Heads of an institution's name: a place after them belongs to the name ("Pemerintah Suriah").
_INSTITUTION_HEADS = _ORG_WORDS | frozenset(
    [
        "otoritas",
        "pemerintah",
        "militer",
        "observatorium",
        "kedutaan",
        "angkatan",
        "pasukan",
        "kepolisian",
        "parlemen",
        "senat",
        "kongres",
        "partai",
        "tentara",
        "lembaga",
        "departemen",
        "kejaksaan",
        "pengadilan",
        "mahkamah",
    ]
)

# Words between the words of an institution's name: "Kementerian Pendidikan dan Kebudayaan".
_INSTITUTION_JOINERS = frozenset(["dan", "&", "bidang"])
# Heads that name no institution on their own: "Kementerian" alone is every ministry.
_GENERIC_HEADS = frozenset(
    [
        "kementerian",
        "departemen",
        "badan",
        "dinas",
        "komisi",
        "lembaga",
        "otoritas",
        "majelis",
        "direktorat",
        "pengadilan",
        "mahkamah",
        "kejaksaan",
        "kepolisian",
        "kedutaan",
        "universitas",
        "institut",
        "yayasan",
    ]
)


@dataclass(frozen=True)
class Mention:
    span: Span
    form: Form
    name: str | None
    """The proper name inside the mention, without titles (``Dmitry Peskov``), if there is one."""
    description: str | None = None
    """The role phrase (``juru bicara Kremlin``), when present."""
    plural: bool = False


_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z]")


def _capitalised(word: str) -> bool:
    """A word that can be part of a name: ``Peskov``, ``1``, and Arabic names with their article
    (``al-Jasser``, ``el-Sisi``); never a date, a time or a document number (``10/11``, ``P/HUM/2017``)."""
    return (
        bool(word)
        and not (any(ch.isdigit() for ch in word) and _NUMBERED.fullmatch(word))
        and (
            (word[0].isupper() or word[0].isdigit())
            and not word.isdigit()
            or bool(_ARABIC_ARTICLE.match(word))
            or len(word) > 1
            and word[0] == "@"  # a social-media handle names its owner
        )
    )


# "(10/11)", "01.37", "P/HUM/2017", "B/91/I/2018": a date, a time or a document's number, never a name's word
_NUMBERED = re.compile(
    r"\(?(?:\d{1,2}[.:]\d{2}|[\w.\-]*\d[\w.\-]*/[\w/.\-]*|[\w.\-]*/[\w/.\-]*\d[\w/.\-]*)\)?"
)
_NAME_FROM = re.compile(r"([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){1,3})\s+(?:dari|asal)\s+[A-Z].*")


# Academic and professional degrees written after a name: "dr Didik Librianto, Sp. OT", "Fathur Rokhman, M.Hum".
DEGREE = re.compile(r"(?:Sp\.\s?[A-Z]{1,4}|S\.H\.?|M\.(?:Si|Hum|Sc|Kes|Pd|H)\.?|Ph\.?\s?D\.?|MBA|MSc)")


def name_of(phrase: str) -> tuple[str | None, str | None]:
    """Split a mention into (name, description): the trailing run of capitalised non-title words is the
    name; what precedes it is the description. ``Presiden Rusia Vladimir Putin`` -> (Vladimir Putin,
    Presiden Rusia)."""
    lex = lexicon()
    if "," in phrase:
        parts = [p.strip() for p in phrase.split(",") if p.strip()]
        degrees = [p for p in parts if DEGREE.fullmatch(p)]
        if degrees and len(degrees) < len(parts):
            # "dr Didik Librianto, Sp. OT": the degree after the name is no part of the mention's name
            return name_of(", ".join(p for p in parts if p not in degrees))
        # "Dmitry Peskov"; else "Dr. Rosaline Irene Rumaseuw", "AKP Boby Kusumawardhana": an honorific or a rank
        # stands only before a person's own name
        bare = [p for p in parts if _is_bare_name(p)] or [
            p for p in parts if p.split()[0].lower() in lex.honorifics and _is_bare_name(p, titled=True)
        ]
        if not bare and len(parts) > 1:
            # "Dirjen Industri Kimia, Tekstil dan Aneka, Kementerian Perindustrian Achmad Sigit Dwiwahjono":
            # the last part's own name, after its role, before a titled part ("Industri Kimia")
            name, description = name_of(parts[-1])
            before = description.split()[-1] if description else ""
            # not "SpOT dari RS Pondok Indah": a name right after an institution word is the institution's
            institution = before.isupper() or before.lower() in _INSTITUTION_HEADS
            if name and description and len(name.split()) >= 2 and not institution:
                return name, ", ".join([*parts[:-1], description])
        if not bare:
            # "AKP Boby Kusumawardhana, Kapolsek Tambun": the part with the longest name once titles are dropped
            # not "Kasubdit V Dirtipikor Bareskrim Polri, Kombes Indarto": a unit's name holds an institution word
            titled = [p for p in parts if _is_bare_name(p, titled=True)]
            people = [p for p in titled if not _names_unit(_untitled(p))] or titled
            bare = sorted(people, key=lambda p: len(_untitled(p).split()))[-1:]
        if bare:
            chosen = _untitled(
                re.sub(r"\s*\([^)]*\)", "", bare[-1])
            )  # "Dr. Samuel Oetoro" -> "Samuel Oetoro"
            rest = ", ".join(p for p in parts if p is not bare[-1]) or None
            return chosen, rest
    employed = _NAME_FROM.fullmatch(phrase)
    if employed and not any(
        w.lower() in lex.titles | lex.roles | lex.common for w in employed.group(1).split()
    ):
        # "Patrick Ryan dari Eventellect": the person, then where they work
        return employed.group(1), phrase[employed.end(1) :].strip()
    words = [w.strip(",") for w in phrase.replace("(", " ( ").replace(")", " ) ").split()]
    words = [w for w in words if w]
    run: list[str] = []
    run_end = len(words)  # index after the run's last word
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        low = word.lower()
        if word in ("(", ")"):
            if run:
                break
            continue
        if not run:
            run_end = index + 1
        if (
            _capitalised(word)
            and low not in lex.titles
            and low not in lex.places
            or run
            and word[:1].islower()
            and low in ("bin", "binti", "van", "de", "der", "al", "el", "da", "von")
        ):
            run.insert(0, word)
        elif run:
            break
    if run and all(w.lower() in PRONOUNS for w in run):
        run = []
    if not run or lex.is_place(" ".join(run)) or all(w.lower() in lex.institution_words for w in run):
        # "Kementerian Dalam Negeri Kuwait", "Kementerian Luar Negeri": the institution, its field and place
        head = _institution_head(words[: run_end - len(run)])
        if head is not None:
            run = words[head:run_end]
    while run and run[0].lower() in lex.common | PRONOUNS:
        run = run[1:]  # "Setelah Kim Jong Un", "Pria berusia": a sentence-initial ordinary word
    if run and run[0].lower() in lex.place_heads:
        after_office = run_end > len(run) and words[run_end - len(run) - 1].lower() in lex.titles
        if not after_office and len(run) <= 3:
            run = []  # "warga Pulau Tidung", "kata warga Desa Sukamaju": a place, not a person
        elif after_office and len(run) >= 3:
            run = run[2:]  # "Kepala Desa Sukamaju Budi Santoso": the office's place, then the name
    while (
        len(run) > 1
        and run_end > len(run)
        and run[0].lower() in lex.institution_words
        and words[run_end - len(run) - 1].lower() in lex.institution_words | _INSTITUTION_JOINERS
    ):
        run = run[1:]  # "Menko Bidang Politik, Hukum, dan Keamanan Wiranto": the end of the office
    org_at = [
        i
        for i, w in enumerate(run)
        if w.lower() in _ORG_WORDS or (w.isupper() and len(w) >= 2) or _ORG_ABBREVIATION.match(w)
    ]
    if org_at and 2 <= len(run) - org_at[-1] - 1 <= 4:
        after_org = person = run[org_at[-1] + 1 :]
        if run[org_at[-1]].lower() in _GENERIC_HEADS:
            # "Kepala Badan Narkotika Nasional Budi Waseso": the institution's own words are not the person's
            while person and person[0].lower() in lex.institution_words | _INSTITUTION_JOINERS:
                person = person[1:]
        while len(person) > 1 and lex.is_place(person[0]):
            person = person[1:]  # "Kanwil Kemenkumham Riau Ferdinand Siagian": the unit's province
        if person and not (person != after_org and lex.is_place(" ".join(person))):
            run = person  # else "Badan Pusat Statistik", "Kementerian Dalam Negeri Kuwait": the institution
    elif (
        org_at == [len(run) - 2]
        and run[-2].isalpha()  # not the initial in "Jaren G. Horsley"
        and run[-2].lower() not in _ORG_WORDS
        and not run[-1].isupper()
        and any(w.lower() in lex.titles | lex.roles for w in words[: len(words) - len(run)])
    ):
        # "Ketua Komite Tari DKJ Hartati": an office, its institution's acronym, a one-word name
        run = run[-1:]
    if run and run[0].lower() in _INSTITUTION_HEADS:
        # "Otoritas Palestina", "Kementerian Luar Negeri Suriah", "Kementerian Pendidikan dan Kebudayaan": the
        # institution's name goes on over places and the words of its field
        run += _institution_tail(words[run_end:])
    if len(run) == 1 and run[0].lower() in _GENERIC_HEADS:
        run = []  # "Majelis hakim", "Otoritas setempat", "Lembaga antirasuah itu": a description, no name
    name = " ".join(run) or None
    if name and re.fullmatch(r"[A-Z]{2,}", name) is None and len(name) == 1:
        name = None
    description = None
    if name:
        idx = phrase.rfind(run[0])
        description = phrase[:idx].strip(" ,") or None
    else:
        description = phrase.strip(" ,") or None
    return name, description


def is_institution_head(word: str) -> bool:
    """``Kementerian``, ``Otoritas``, ``Partai``: a word that starts an institution's name."""
    return word.lower() in _INSTITUTION_HEADS


def _institution_head(words: list[str]) -> int | None:
    """Where an institution's name starts in the capitalised words that end ``words``, if one does."""
    head = None
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if not (_capitalised(word) or word in _INSTITUTION_JOINERS):
            break
        if word.lower() in _INSTITUTION_HEADS:
            head = index
    return head


def _institution_tail(words: list[str]) -> list[str]:
    """The capitalised words (and the ``dan``, ``&``, ``bidang`` between them) that go on an institution's name."""
    tail: list[str] = []
    for index, word in enumerate(words):
        joins = word in _INSTITUTION_JOINERS and index + 1 < len(words) and _capitalised(words[index + 1])
        if not (_capitalised(word) or joins):
            break
        tail.append(word)
    return tail


def _names_unit(name: str) -> bool:
    return any(w.lower() in _ORG_WORDS or (w.isupper() and len(w) >= 2) for w in name.split())


def _untitled(part: str) -> str:
    """``part`` without the titles that lead it, its last word always kept: ``Dr. Samuel Oetoro`` -> ``Samuel
    Oetoro``, ``Kapolsek Tambun`` -> ``Tambun``."""
    words = part.split()
    while len(words) > 1 and lexicon().is_title(words[0]):
        words = words[1:]
    return " ".join(words)


def _is_bare_name(part: str, *, titled: bool = False) -> bool:
    """A short run of capitalised words with no title, role or place in it: ``Dmitry Peskov``; with
    ``titled``, honorifics may lead (``Dr. Samuel Oetoro``)."""
    lex = lexicon()
    bare = re.sub(r"\s*\([^)]*\)", "", part)
    words = (_untitled(bare) if titled else bare).split()
    if not 1 <= len(words) <= 4 or not all(_capitalised(w) for w in words):
        return False
    if any(w.lower() in lex.titles | lex.roles | lex.places for w in words):
        return False
    # "Lalu Iqbal": an ordinary word can be a first name, but a name does not end with one; a month can
    # after a name ("Tien Mei", "Dewi Juni"; not "Awal November"), a day cannot ("CNN Senin")
    last = words[-1].lower()
    month_name = len(words) > 1 and last in _MONTHS and not any(w.lower() in lex.common for w in words[:-1])
    ordinary = last in lex.common and not month_name
    return not ordinary and (len(words) > 1 or words[0].lower() not in lex.common)


_MONTHS = frozenset(
    [
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
    ]
)


def _dates() -> str:
    return "|".join(sorted(lexicon().dates))


@cache
def day_pattern() -> re.Pattern[str]:
    """A day on its own: ``Minggu``, ``Senin (12/3)``, ``Rabu pagi``, ``hari ini``."""
    return re.compile(
        r"(?:(?:pada\s+)?(?:hari\s+)?(?:"
        + _dates()
        + r")(?:\s+(?:pagi|siang|sore|malam|lalu|kemarin))?(?:\s*\([^)]{1,12}\))?"
        + r"(?:\s+(?:pagi|siang|sore|malam))?"  # "Sabtu (10/2) malam"
        r"|hari\s+ini|kemarin|tadi\s+(?:pagi|siang|malam))",
        re.IGNORECASE,
    )


@cache
def _leading_date() -> re.Pattern[str]:
    """A day or date opening a subject: ``pada Minggu (30/4)``, ``Selasa (4/4) lalu``."""
    return re.compile(
        r"(?:pada\s+)?(?:hari\s+)?(?:" + _dates() + r")\b(?:\s*\([^)]{1,12}\))?(?:\s+lalu)?\s*,?\s+(?=\S)",
        re.IGNORECASE,
    )


@cache
def _relay_phrase() -> re.Pattern[str]:
    """A relay inserted in a subject, with the day that may follow it: ``, sebagaimana diberitakan Xinhua,
    Rabu pagi,``; or fronted, ``Mengutip Science Alert, ...``."""
    return re.compile(
        r",?\s*(?:seperti\s+|sebagaimana\s+)?(?:dikutip|dilansir|dilaporkan|diberitakan|mengutip|melansir)"
        r"(?:\s+dari)?\s+[^,]*"
        r"(?:,\s*(?:" + _dates() + r")\b[^,]*)?,?",
        re.IGNORECASE,
    )


# Words before a character's name: "pemeran Tasu Leech" is the actor who plays him.
CHARACTER_ROLE = r"(?:pemeran|memerankan|berperan\s+sebagai)(?:\s+(?:tokoh|karakter|sosok))?"
# "sang personel Backstreet Boys", "sang bintang Jurassic Park": the member or actor the article is about, not
# the band or the film
MEMBER_ROLE = r"sang\s+(?:personel|personil|anggota|vokalis|gitaris|bassis|drummer|pentolan|bintang)"
_BEFORE_CHARACTER = re.compile(rf"(?:\b{CHARACTER_ROLE}|^{MEMBER_ROLE})$", re.IGNORECASE)


def _classify(text: str, start: int, end: int) -> Mention | None:
    phrase = text[start:end]
    if not phrase.strip():
        return None
    low = phrase.lower()
    if low in PRONOUNS:
        return Mention(Span(start, end, phrase), "pronoun", None, plural=low in PLURAL)
    words = low.split()
    if (
        len(words) >= 2
        # "VJ MTV yang sempat merambah dunia seni peran itupun": the demonstrative with a particle
        and re.fullmatch(r"(?:itu|tersebut|ini)(?:pun|lah)?", words[-1])
        and (phrase[0].islower() or words[0] in lexicon().common | lexicon().roles | STATEMENT_NOUNS)
    ):
        return Mention(
            Span(start, end, phrase),
            "description",
            None,
            phrase,
            plural=words[0] in PLURAL or words[0] == "para",
        )
    if re.match(r"(?:(?:seorang|salah\s+satu|sejumlah|beberapa)\s+)?sumber\b", low):
        # "Sumber dari pemerintahan Yordania yang enggan disebutkan namanya": an unnamed source, never the
        # country or institution it comes from
        return Mention(Span(start, end, phrase), "description", None, phrase, plural=words[0] in PLURAL)
    name, description = name_of(phrase)
    if name and name.split()[0].lower() in _DOCUMENT_NOUNS and any(_NUMBERED.fullmatch(w) for w in words):
        # "Putusan bernomor 241 K/TUN/KI/2017": the numbered document itself, not a name "Putusan"
        return Mention(Span(start, end, phrase), "description", None, phrase)
    if name and description and _BEFORE_CHARACTER.search(description):
        # "pemeran Tasu Leech": the name is a film character's; the mention describes the actor
        return Mention(Span(start, end, phrase), "description", None, phrase)
    if name:
        # "juru bicara Kremlin, Dmitry Peskov": keep the apposition as written, the name apart.
        return Mention(Span(start, end, phrase), "name", name, description)
    first = low.split()[0]
    return Mention(
        Span(start, end, phrase), "description", None, phrase, plural=first in PLURAL or first == "para"
    )


# The demonstrative follows a name, a place or a year, so it points at the speaker, not at a noun of the
# description ("juru bicara TLC, selaku penyelenggara jajak pendapat tersebut" is no description).
_DESCRIPTION_TO_END = re.compile(
    r"(?P<phrase>(?P<head>[a-z][\w\-]*)(?:(?!\b(?:selaku|sebagai)\b)[^.!?\n\"“”]){0,140}?\s(?:[A-Z][\w\-]*|\d+)"
    r"\s(?:itu|ini|tersebut))\s*(?:[.!?]|$)"
)
# "Kepala Subdirektorat Pembinaan dan Penegakan Hukum Direktorat Lalu Lintas Polda Metro Jaya Ajun Komisaris
# Besar Polisi Budiyanto": long official titles come before the name.
MAX_MENTION_WORDS = 24


def after_cue(text: str, pos: int, limit: int) -> Mention | None:
    """The mention starting at ``pos`` (just after a cue word), ending before an adverbial or punctuation.

    Apposition with a comma (``juru bicara Kremlin, Dmitry Peskov``) is followed when the part before the
    comma is a role description and the part after is a name.
    """
    i = pos
    while i < limit and text[i] == " ":
        i += 1
    start = i
    described = _DESCRIPTION_TO_END.match(text, start, limit)
    if described and described.group("head").lower() in lexicon().roles | lexicon().titles | {"mantan"}:
        # "terang presenter My Trip My Adventure kelahiran Hannover, Jerman, 8 Mei 1984 ini.": one description
        # of the speaker to the demonstrative that closes the sentence, over its commas and names
        return _classify(text, start, described.end("phrase"))
    apposition_at = -1
    words: list[tuple[int, int]] = []
    seen_name = False
    while i < limit and len(words) < MAX_MENTION_WORDS:
        match = _WORD.match(text, i)
        if not match:
            if text[i] == "," and words and i + 2 < limit:
                # apposition: role words then ", Name"
                nxt = _WORD.match(text, i + 2) if text[i + 1] == " " else None
                head = text[start:i]
                has_role = any(
                    w.lower().strip("(),") in lexicon().titles | lexicon().roles for w in head.split()
                )
                if nxt and _capitalised(nxt.group()) and (has_role or not name_of(head)[0]):
                    seen_name = False
                    i += 2
                    apposition_at = i
                    continue
            if (
                text[i] in '"“'
                and words
                and any(text[a:b].lower() in lexicon().titles | lexicon().roles for a, b in words)
            ):
                # 'Project Manager "Yes I Do", Amrullah': a short quoted title inside the role
                closing = re.search(r"[\"”]", text[i + 1 : min(limit, i + 40)])
                if (
                    closing is not None
                    and closing.start() > 0
                    and "," not in text[i + 1 : i + 1 + closing.start()]
                ):
                    end_mark = i + 1 + closing.end()
                    words.append((i, end_mark))
                    i = end_mark
                    while i < limit and text[i] == " ":
                        i += 1
                    continue
            if text[i] in "()" and words:
                # "Amerika Serikat (AS)": keep a parenthesised acronym
                close = text.find(")", i)
                inner = text[i + 1 : close]
                if (
                    text[i] == "("
                    and 0 < close - i < 32
                    and close < limit
                    and inner[:1].isupper()
                    and "," not in inner
                ):
                    words.append((i, close + 1))
                    i = close + 1
                    while i < limit and text[i] == " ":
                        i += 1
                    continue
            break
        word = match.group().rstrip(".")
        if word.lower() in ("itu", "tersebut", "ini") and words and text[start].islower():
            words.append((match.start(), match.start() + len(word)))  # "pahlawan rakyat Naples itu"
            named = re.match(r", ([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3})", text[words[-1][1] : limit])
            if named and _is_bare_name(named.group(1), titled=True):
                # "ketua organisasi tersebut, Sheila Duffy": the apposition names them
                i = apposition_at = words[-1][1] + 2
                seen_name = False
                continue
            break
        issued = re.match(
            r"(?:yang\s+)?(?:dikeluarkan|dirilis|diterbitkan|disampaikan)\s+(?:oleh\s+)?",
            text[match.start() : limit],
        )
        if issued and words and text[words[0][0] : words[0][1]].lower() in STATEMENT_NOUNS:
            # "demikian pernyataan resmi yang dikeluarkan perwakilan Amazon": the statement's issuer speaks
            i = apposition_at = match.start() + issued.end()
            seen_name = False
            continue
        also = re.match(r"(?:yang\s+juga|sekaligus)\s+(\w+)", text[match.start() : limit])
        if (
            also
            and words
            and also.group(1).lower() in lexicon().titles | lexicon().roles
            and not (seen_name and _is_bare_name_start(text[words[0][0] : words[0][1]]))
        ):
            # "Ketua Umum PON XIX yang juga Gubernur Jawa Barat Ahmad Heryawan": a second office, then the name;
            # not "Fifi yang juga kuasa hukum Ahok": after a bare name, the office describes it
            words.append((match.start(), match.start() + also.start(1) - 1))
            i = match.start() + also.start(1)
            seen_name = False
            continue
        if (
            word.lower() in ("untuk", "dari", "dan")
            and words
            and any(lexicon().is_title(text[a:b]) or text[a:b].lower() in lexicon().roles for a, b in words)
            and _capitalised(text[match.end() + 1 : match.end() + 2])
        ):
            # "Duta Besar Inggris untuk PBB Matthew Rycroft", "Dirjen Industri Kimia, Tekstil dan Aneka,
            # Kementerian Perindustrian Achmad Sigit": part of the title
            words.append((match.start(), match.end()))
            i = match.end()
            while i < limit and text[i] == " ":
                i += 1
            seen_name = False
            continue
        elif word.lower() in _STOP_AFTER and words and not _inside_office(text, words[-1], match.end()):
            break
        if words and _VERB.match(word) and word.lower() not in lexicon().titles | lexicon().roles | PRONOUNS:
            break  # "kata Wakapolri menjawab pertanyaan pers", "demikian mereka menyatakan": a verb ends it
        if (
            seen_name
            and not _capitalised(word)
            and word[:1].islower()
            and word.lower() not in _NAME_PARTICLES
        ):
            if not (
                text[words[-1][0] : words[-1][1]].lower() in _TEAM_NOUNS
                and lexicon().is_title(text[words[0][0] : words[0][1]])
            ):
                break  # "Happy Salma ditemui ...", "Gongbo Zhao dari NAOC": the name has ended
            seen_name = False  # "Ketua Tim penemu kolagen halal tersebut, Edho Okta": the team's description
        roman = re.fullmatch(r"[IVX]{1,4}", word) is not None and bool(words)  # "Kasubdit I bidang ..."
        if _capitalised(word) and word.lower() not in lexicon().titles | lexicon().places and not roman:
            seen_name = True
        if words and text[words[-1][1] : match.start()].strip() and match.start() != apposition_at:
            break
        words.append((match.start(), match.start() + len(word)))
        i = match.start() + len(word)
        if i < limit and text[i] == ".":
            initial = len(word) == 1 and word.isupper()
            if not (
                (initial or abbreviation_dot(text, i, match.start()))
                and re.match(r"\. [A-Z]", text[i : i + 3])
            ):
                break
            i += 1  # "R. Soes Hindharno", "Mr. Wang Liping": an initial or a title's abbreviation, the name goes on
            words[-1] = (words[-1][0], i)
        while i < limit and text[i] == " ":
            i += 1
    if not words:
        return None
    return _classify(text, start, words[-1][1])


def _is_bare_name_start(word: str) -> bool:
    """A mention that opens with a capitalised word which is no title: a bare name (``Fifi``)."""
    return word[:1].isupper() and not lexicon().is_title(word)


def _inside_office(text: str, previous: tuple[int, int], end: int) -> bool:
    """A capitalised stop word between a title and a capitalised word is part of an office: ``Menteri Dalam
    Negeri``, ``Komisi Pada ...`` is not (a title must come before)."""
    word = text[previous[1] : end].strip()
    return (
        word[:1].isupper()
        and lexicon().is_title(text[previous[0] : previous[1]])
        and _capitalised(text[end + 1 : end + 2])
    )


_PLACE_DEMONSTRATIVE = re.compile(r"\s+(?:itu|tersebut|ini)$")


def _is_place_part(part: str) -> bool:
    """A part of a subject that only names a place: ``Estonia``, ``Kecamatan Maba``, ``Kabupaten Halmahera
    Timur itu``."""
    words = _PLACE_DEMONSTRATIVE.sub("", part).split()
    if lexicon().is_place(" ".join(words)):
        return True
    return 1 < len(words) <= 4 and words[0].lower() in lexicon().place_heads and all(map(_capitalised, words))


def before_cue(text: str, clause_start: int, cue_start: int) -> Mention | None:
    """The subject before a cue verb: ``Para pejabat dan pakar Amerika mengatakan``,
    ``Kantor berita Rusia, TASS, melaporkan``, ``Henry pada Minggu (21/8) mengungkapkan``."""
    while clause_start < cue_start and text[clause_start] in " ,\"'“”‘’":
        clause_start += 1  # ", kendati pejabat Israel mengatakan", '” Ichwan Persada, produser ...': a clause after a comma or a closing mark
    segment = text[clause_start:cue_start]
    closed = max(re.finditer(r"[.!?,][\"”’]\s+(?=[A-Z])", segment), key=lambda m: m.start(), default=None)
    if closed is not None:
        # '... nantinya.” Ichwan Persada, produser ... mengaku': the subject opens after the quote before it
        clause_start += closed.end()
        segment = text[clause_start:cue_start]
    dateline = re.match(r"^[^\n]{0,60}?\s(?:--|-|–|—)\s", segment)
    if dateline and (
        re.search(r"\.(?:com|co\.id|id)\b|CNN|Antara|kumparan|Rimanews", dateline.group(), re.IGNORECASE)
        or lexicon().is_place(re.sub(r"[\s,]*(?:--|-|–|—)\s$", "", dateline.group()).strip())
    ):  # "Liputan6.com, Moskow - ", "Jakarta - "
        clause_start += dateline.end()
        segment = text[clause_start:cue_start]
    subordinate = max(_SUBORDINATOR.finditer(segment), key=lambda m: m.start(), default=None)
    if subordinate is not None:
        clause_start += subordinate.end()  # "... terjadi setelah para pejabat AS memperingatkan"
        segment = text[clause_start:cue_start]
    lead = _LEADING_CONNECTIVES.match(segment)
    offset = clause_start + (lead.end() if lead else 0)
    dated = _leading_date().match(text, offset, cue_start)
    if dated:
        offset = dated.end()  # "kendati pada Minggu (30/4) pejabat Israel mengatakan"
    segment = text[offset:cue_start]
    # Blank (not delete) relay phrases so that offsets into ``segment`` stay valid.
    trimmed = _relay_phrase().sub(lambda m: " " * len(m.group()), segment.rstrip(" ,"))
    trimmed = _TRAILING.sub("", trimmed.rstrip(" ,"))
    # Within the subject, a comma separates a fronted adverbial from it ("Ditemui di BSD, Henry"), except
    # an apposition ("Kantor berita Rusia, TASS"). Each part loses its relative clause ("yang ...").
    parts = [
        # "MK melalui Putusan Nomor ...", "Kapolres ... Hendri Budiman melalui Kapolsek ...": the subject acts
        # through a document or a subordinate; it is the speaker
        re.split(r"\s(?:selaku|sebagai|yang|melalui)\s", p.strip())[0].strip(" \"'“”‘’")
        for p in re.split(r",\s*", trimmed)
    ]  # '...,” ia mengatakan': not the closing mark
    parts = [_LEADING_CONNECTIVES.sub("", p) for p in parts]  # ", namun dia mengaku"
    if len(parts) > 1 and re.fullmatch(r"yang(?:\s+juga)?", parts[-1], re.IGNORECASE):
        # "Cillian Murphy, yang menganggap": the relative clause's antecedent speaks; "dibantah oleh pemerintah
        # China, yang menyatakan", "Salah satunya ialah Cillian Murphy, yang": the agent or the predicate noun
        parts = parts[:-1]
        parts[-1] = re.split(r"\s(?:oleh|ialah|adalah|yakni|yaitu)\s", parts[-1])[-1]
    while len(parts) > 1 and re.fullmatch(r"(?:sembari|sambil|seraya)(?:\s+\w+)?", parts[-1], re.IGNORECASE):
        parts = parts[:-1]  # '..." sebutnya, sembari menambahkan': the subject of the clause before
    # "Kepada DailySocial, Joe mengatakan", "Di Jakarta, Budi mengatakan": a fronted adverbial, not the subject
    parts = [p for p in parts if p and not _adverbial(p)] or [p for p in parts if p]
    # "Saini, 35, warga Pulau Tidung": the age in an apposition
    parts = [p for p in parts if not _AGE.fullmatch(p)] or parts
    if not parts:
        return None
    described_end: int | None = None
    while len(parts) >= 2:
        # "Macron saat berkunjung ke Tallinn, Estonia ... mengatakan": not Estonia;
        # "Budi Karya Sumadi di Kulon Progo, Minggu, mengatakan": not Minggu;
        # "Artis berdarah Buli, Kecamatan Maba, Kabupaten Halmahera Timur itu": the description runs over
        # its places to the demonstrative
        place = _is_place_part(parts[-1])
        if not place and not day_pattern().fullmatch(parts[-1]):
            break
        if described_end is None and place and _PLACE_DEMONSTRATIVE.search(parts[-1]):
            described_end = offset + trimmed.rfind(parts[-1]) + len(parts[-1])
        parts = parts[:-1]
        parts[-1] = _TRAILING.sub("", parts[-1])
    core = parts[-1]
    core_at = offset + trimmed.rfind(core)
    fronted = _FRONTED_ADVERBIAL.match(core)
    if fronted:
        # "Dalam amar putusannya hakim", "Untuk tahap pertama pihaknya": the subject after a fronted adverbial;
        # none in "Dalam keterangannya mengatakan": the possessive names the speaker, like "Menurutnya"
        owner = fronted.group("owner")
        if fronted.end() == len(core) and owner.lower().endswith("nya"):
            at = core_at + fronted.start("owner")
            return Mention(Span(at, at + len(owner), owner), "clitic", None)
        # "Dalam tayangan itu menyebutkan": the document itself
        skip = fronted.end() if fronted.end() < len(core) else fronted.end("preposition")
        core, core_at = core[skip:], core_at + skip
        parts[-1] = core
    elif preposition := _PREPOSITION.match(core):
        rest = core[preposition.end() :]
        inside = preposition.group().lower().startswith("dalam")
        if rest[:1].isupper() or inside and rest.split()[0].lower() in _DOCUMENT_NOUNS:
            # "Dalam Resolusi PBB Nomor 2334", "dalam meta analisis pada 2016": the document is the source
            core, core_at = rest, core_at + preposition.end()
            parts[-1] = core
        elif not name_of(core)[0]:
            return None  # "Dengan catatan Indonesia harus bisa": an adverbial, no subject
    if core.lower() in PRONOUNS:
        return _classify(text, core_at, core_at + len(core))
    last = core.split()[-1]
    if last.lower() in PRONOUNS and (_ADVERBIAL.match(core) or _MEANS.match(core)):
        # "Kepada Rolling Stone ia mengaku", "Di band itu ia ...": an adverbial, then the pronoun subject
        return _classify(text, core_at + len(core) - len(last), core_at + len(core))
    if lexicon().cue_class(core) == "clitic":
        # '"...," katanya, menambahkan <clause>': the clitic of the quote before names the speaker
        return Mention(Span(core_at, core_at + len(core), core), "clitic", None)
    core_end = core_at + len(core)
    core_is_role = core.split()[0].lower() in lexicon().roles | lexicon().titles
    if len(parts) >= 2 and name_of(core)[0] and not name_of(parts[-2])[0] and len(parts[-2].split()) <= 5:
        if parts[-2][:1].isupper() or parts[-2].split()[0].lower() in lexicon().roles | lexicon().titles:
            core = parts[-2] + ", " + core
    elif len(parts) >= 2 and _is_bare_name(parts[-2], titled=True) and (core_is_role or not name_of(core)[0]):
        core = parts[-2] + ", " + core  # "Dr. Samuel Oetoro, spesialis gizi klinik" / "Gatot, Kepala Prodi"
    # two parts of the subject: the span runs from the first to the end of the second as written, with what
    # the parts dropped between them ("Salah seorang warga yang mengabadikan ..., Kusworo")
    core_start = offset + trimmed.rfind(core.split(", ")[0]) if ", " in core else core_at
    words = core.split()
    if (
        not words
        or len(words) > 24
        or (len(words) > 12 and not (_capitalised(words[-1]) and name_of(core)[0]))
    ):
        return None  # a long subject is a speaker only when it ends with a name (a long title before it)
    if (
        len(words) > 1
        and words[0].lower() in PRONOUNS
        and words[1][:1].islower()
        and words[1] not in _JOINING
    ):
        # "Ia tampak fokus melihat ke lapangan, dan selalu berharap ...": the pronoun, then its first predicate
        return _classify(text, core_start, core_start + len(words[0]))
    return _classify(text, core_start, described_end or core_end)
