"""Indirect and mixed quotes: reported clauses introduced by a cue, without quotation marks around them.

Patterns (rule ids in brackets):
- ``X mengatakan (kepada wartawan) (bahwa) <clause>``, directives ``X meminta agar <clause>`` [indirect.verb]
- ``Menurut X, <clause>`` / ``Menurutnya, <clause>`` / ``Berdasarkan data X, <clause>`` [indirect.according]
- ``<clause>, kata X.`` / ``<clause>, ujarnya.`` and ``Namun, kata X, <clause>`` [indirect.cue_after]
- ``Dilansir BBC, <clause>`` with no other source: the outlet speaks [indirect.outlet]
A clause that contains a quoted fragment is a *mixed* quote. Negated cues and noun-phrase complements
(``menyatakan dukungannya``) are not quotes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from quotes.extract import mentions
from quotes.extract.candidate import Candidate
from quotes.extract.lexicon import lexicon
from quotes.extract.marks import ALL_MARKS
from quotes.extract.relay import Relays, looks_like_outlet
from quotes.outlets import registry
from quotes.records import Relay, Span

_WORD = re.compile(r"[\w][\w'’\-]*")
_NEGATION = frozenset(["tidak", "tak", "belum", "bukan", "enggan", "tanpa", "jangan", "not", "never"])
# "Sumber ... yang enggan disebutkan namanya, mengatakan": the source's anonymity, not a negated report
_ANONYMOUS = re.compile(
    r"\b(?:enggan|tidak\s+mau|tak\s+mau|tidak\s+ingin|tak\s+ingin|menolak)\s+(?:disebut(?:kan)?\s+"
    r"(?:nama(?:nya)?|identitas(?:nya)?)|dikutip|diidentifikasi|diungkap\s+identitas(?:nya)?)[\s,]*$",
    re.IGNORECASE,
)
_COMPLEMENTIZER = re.compile(
    r"\s*(?:,\s*)?(?:bahwa(?:sanya)?|that|jika|kalau|bila|apabila)\b[\s,]*", re.IGNORECASE
)
_ADDRESSEE_LEAD = re.compile(
    r"(?:\s*,?\s*(?:seperti|sebagaimana)\s+(?:yang\s+)?(?:dikutip|dilansir|diberitakan|dilaporkan)(?:\s+dari)?\s+[^,]{1,60},"
    r"|\s*(?:kepada|pada|dengan)\s+(?:para\s+)?(?:wartawan|awak\s+media|jurnalis|media|pers|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
    r"|\s*(?:di|dalam|saat|ketika|usai|seusai|pada)\s+[^,]{1,80}?,|\s*(?:juga|pun|kembali|lagi|pula|secara\s+\w+|sebelumnya))+",
)
# Words that show a complement is a clause (it has a predicate), not a bare noun phrase.
_PREDICATE = re.compile(
    r"\b(?:akan|telah|sudah|sedang|masih|tidak|tak|belum|bisa|dapat|harus|perlu|ingin|mau|ada|adalah|merupakan|"
    r"menjadi|sangat|lebih|cukup|boleh|mampu|hanya|segera|sempat|pernah|bukan|yakni|yaitu|agar|untuk|supaya|"
    # common predicates without a verbal prefix
    r"siap|naik|turun|tiba|datang|pergi|pulang|masuk|keluar|jatuh|lahir|tumbuh|hilang|kalah|menang|gagal|"
    r"lolos|tewas|tinggal|punya|tahu|butuh|suka|kena|selesai|mulai|ikut|setuju|yakin|paham|sadar|lulus|hadir|"
    r"mundur|maju|tetap|wajib|layak|pantas|aman|benar|mungkin|kurang|terlalu|"
    r"(?!(?:terhadap|tersebut|terkait|termasuk|terutama|terakhir|terbaru|tertentu|pertama|persen|periode|"
    r"perusahaan|dirinya|dinas|dini|diri|dia|merupakan|melalui|menuju|menjelang|menurut|mengenai|melainkan|"
    r"bersama|berdasarkan|beserta|berupa|berkat|selama|sebelum|sesudah|setelah|teroris|terorisme)\b)(?:me|ber|di|ter|mem|men|meng|meny|per)[a-z]{3,}|is|are|was|were|will|would|has|have|had|can|could|should|must)\b",
    re.IGNORECASE,
)
# Cues that report a clause only with an explicit "bahwa" ("Data itu menunjukkan bahwa ..."); without it
# they mostly take objects ("menunjukkan kemampuannya", "mencatat rekor").
_NEEDS_THAT = frozenset(
    [
        "menunjukkan",
        "menunjukan",
        "memperlihatkan",
        "menemukan",
        "mencatat",
        "memperkirakan",
        "memprediksi",
        "mengingatkan",
        "menulis",
        "mengungkap",
    ]
)
# Forecast verbs report a clause without "bahwa" when a subject and a modal follow ("memperkirakan Alibaba
# akan meraih ..."); else they take an object ("memprediksi tim pemenang").
# A relative clause about the person after "menurut X": "yang menjabat sebagai ...", "yang juga ketua ...".
_PERSON_ASIDE = re.compile(
    r"\s+yang\s+(?:(?:juga|kini|saat\s+itu|sebelumnya|pernah|sempat)\s+)?"
    r"(?:menjabat|merupakan|adalah|bertugas|berprofesi|memimpin|mengetuai|dikenal|ber[a-z]{3,})\b"
)
_FORECASTS = frozenset(["memperkirakan", "memprediksi", "memprediksikan", "memproyeksikan"])
_FORECAST_CLAUSE = re.compile(
    r"\s+(?:(?!(?:akan|bakal|bisa|dapat|masih)\b)(?:[\w\-.]+\s+){1,7}(?:akan|bakal|bisa|dapat|masih|mencapai)\s"
    r"|(?:(?:sejauh|saat|hingga|sampai)\s+(?:ini|kini)\s+)?(?:masih\s+)?ada\s)",  # "... sejauh ini ada 500.000 ..."
    re.IGNORECASE,
)
# What "melanjutkan" continues when it is an act, not speech: "melanjutkan tren positif", "melanjutkan
# kariernya"; "Harry melanjutkan pengguna cukup memasukkan ..." goes on speaking.
_CONTINUED_ACTS = frozenset(
    [
        "tren",
        "karier",
        "kiprah",
        "perjalanan",
        "hasil",
        "keunggulan",
        "persaingan",
        "kemelut",
        "catatan",
        "performa",
        "tradisi",
        "rencana",
        "program",
        "penampilan",
        "pernyataan",
        "sisa",
        "proses",
        "laga",
        "bisnis",
        "operasi",
        "tantangan",
        "proyek",
        "studi",
        "pendidikan",
        "sekolah",
        "kuliah",
        "pembangunan",
        "kerja",
        "hubungan",
        "kontrak",
        "misi",
        "perjuangan",
        "dominasi",
        "rangkaian",
        "langkah",
        "upaya",
        "kebijakan",
        "pekerjaan",
        "tugas",
        "pertandingan",
        "musim",
        "kompetisi",
        "pembahasan",
        "sidang",
        "pemeriksaan",
        "penyelidikan",
        "penyidikan",
        "perburuan",
        "pencarian",
        "kegiatan",
        "aktivitas",
        "latihan",
        "tur",
        "konser",
        "syuting",
        "produksi",
    ]
)
# Directives that order something only with "agar/supaya/untuk" ("mendorong agar ..."); otherwise they take
# an object ("mendorong pertumbuhan ekonomi").
_NEEDS_MARKER = frozenset(["mendorong"])
# What may follow "..., kata X" at the end of a sentence: addressee, place, time, relay, manner.
_ATTRIBUTION_TAIL = re.compile(
    r"(?:kepada|di|saat|ketika|dalam|pada|seperti|sebagaimana|usai|seusai|sambil|sembari|melalui|lewat|"
    r"kemarin|lagi|pula|juga|senin|selasa|rabu|kamis|jumat|sabtu|minggu|\(|dikutip|dilansir|yang|ditemui|"
    r"dijumpai|dihubungi|dikonfirmasi|menanggapi|terkait|soal|mengenai|tentang|"
    r"reporters|journalists|on|in|at|during|after|to|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
# Not "sementara"/"sedangkan": they usually coordinate two parts of the reported content itself.
_CONTRAST = re.compile(r",\s+(namun|tetapi|tapi|padahal)\b", re.IGNORECASE)
_CONCESSIVE = re.compile(
    r"\s*(?:meski(?:pun)?|walau(?:pun)?|kendati(?:pun)?|biarpun|sekalipun)\b", re.IGNORECASE
)
# Agentless hearsay: a quoted fragment inside makes the sentence a mixed quote with no speaker.
_HEARSAY = re.compile(r"\b(?:disebutkan|disebut|dikabarkan|diberitakan|dilaporkan|konon)\b", re.IGNORECASE)
_NP_FOLLOWERS = frozenset(
    [
        "terhadap",
        "atas",
        "kepada",
        "pada",
        "untuk",
        "soal",
        "akan",
        "dengan",
        "bagi",
        "dalam",
        "di",
        "dari",
        "mengenai",
        "tentang",
    ]
)
_APPOSED_NAME = re.compile(r"\s*([A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})(?:\s+di\s+[A-Z][^,]{0,40})?\s*,")
# Before a cue, these make it an intention or a purpose, not a report: "untuk memastikan", "ingin menegaskan".
_PURPOSE = frozenset(
    ["untuk", "agar", "supaya", "guna", "demi", "ingin", "mau", "hendak", "berusaha", "mencoba", "menolak"]
)
# A sentence opening with these and a cue has no subject of its own: "Sembari menyampaikan, bahwa ...".
_RELAY_OPENING = re.compile(
    r"\s*(?:seperti\s+|sebagaimana\s+)?(?:dikutip|dilansir|diberitakan|dilaporkan|melansir|mengutip)\b",
    re.IGNORECASE,
)
_ELIDED_SUBJECT = re.compile(r"\s*(?:sembari|sambil|seraya)\s*", re.IGNORECASE)
# Before a cue that opens a clause, these make it a time adjunct: "Saat melaporkan Megawati, Baharuzaman ...".
_TEMPORAL = frozenset(
    ["saat", "ketika", "sebelum", "setelah", "sesudah", "usai", "seusai", "sejak", "selama"]
)
_NICKNAME_ASIDE = re.compile(
    r"\s*(?:yang\s+)?(?:biasa|akrab|kerap|sering)\s+(?:disapa|dipanggil)\s+[^,]{1,40},", re.IGNORECASE
)
_PREPOSITIONS = frozenset(
    ["dalam", "di", "pada", "untuk", "terkait", "menurut", "bagi", "dengan", "dari", "ke"]
)
_COURTESY = re.compile(
    r"\s*(?:rasa\s+)?(?:terima\s+kasih|terimakasih|selamat|ucapan|belasungkawa|duka\s+cita|permintaan\s+maaf|"
    r"permohonan\s+maaf|apresiasi|penghargaan|salam)(?:nya)?\b",
    re.IGNORECASE,
)
_TOPIC = re.compile(r"\b(?:soal|tentang|mengenai)\b", re.IGNORECASE)
# Stance verbs report a clause without "bahwa" only when a subject of its own follows ("merasa dirinya ...").
_STANCE = frozenset(["merasa", "berpikir", "percaya", "mengira", "menyadari", "yakin"])
_FIRST_PERSON = frozenset(["saya", "aku", "i"])  # not "kami": an institution's letter reproduced
_SUBJECT_PRONOUNS = frozenset(["dia", "ia", "mereka", "dirinya", "pihaknya", "kami", "saya", "beliau"])
_STANCE_SUBJECT = re.compile(
    r"\s*(?:" + "|".join(sorted(_SUBJECT_PRONOUNS | {"semua", "para"})) + r"|[A-Z][\w'’\-]*)\b(?!-)"
)
_OF_WORDS = frozenset(["tentang", "mengenai", "soal", "atas", "terhadap"])
_BAHWA = re.compile(r"\b(?:bahwa|that)\b", re.IGNORECASE)
# A "bahwa" this close after the cue introduces its clause, whatever stands between (addressee, date, place).
BAHWA_WINDOW = 100
_DOCUMENT = re.compile(
    r"^(?:data|catatan|laporan|hasil|survei|riset|penelitian|studi|keterangan|informasi|rilis|pernyataan|"
    r"dokumen|putusan|surat|analisis|kajian|temuan|pantauan|info|pengakuan|penuturan|penjelasan|perkiraan|"
    r"prediksi|proyeksi)\b",
    re.IGNORECASE,
)
_BARE_CONNECTIVE = re.compile(
    r"^(?:namun|tetapi|tapi|padahal|bahkan|justru|terlebih|selain\s+itu|oleh\s+karena\s+itu|karena\s+itu|jadi|maka|sehingga|"
    r"sementara\s+itu|meski\s+begitu|meski\s+demikian|di\s+sisi\s+lain|dan|lalu|kemudian|sebab|pasalnya|"
    r"apalagi|intinya|yang\s+jelas|menariknya|ternyata|artinya|misalnya|contohnya|sebaliknya|selanjutnya|akhirnya|"
    r"karenanya|dengan\s+demikian|untuk\s+itu|sayangnya|however|but)$",
    re.IGNORECASE,
)


# A relay phrase closing the sentence belongs to the attribution, not to the reported clause.
_BYLINE = re.compile(r"[.\s]*\([a-z]{2,5}(?:/[a-z]{2,5})+\)?\s*$")
_TRAILING_RELAY = re.compile(
    r",\s*(?:(?:seperti|sebagaimana|demikian)\s+(?:yang\s+)?(?:dilansir|dikutip|diberitakan|dilaporkan)|as\s+reported\s+by|"
    r"according\s+to|reported\s+by)\b[^,]*$",
    re.IGNORECASE,
)


def _clause_end(text: str, start: int, end: int) -> int:
    relay = _TRAILING_RELAY.search(text, start, end)
    if relay:
        end = relay.start()
    byline = _BYLINE.search(text, start, end)
    if byline:
        end = byline.start()  # "... di masa mendatang. (tyo/pit)": the writers' initials
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;"):
        end -= 1
    return end


def _is_clause(text: str, start: int, end: int, *, directive: bool) -> bool:
    words = _WORD.findall(text[start:end])
    if len(words) == 2 and words[0].lower() in _SUBJECT_PRONOUNS and not directive:
        return True  # "mengatakan mereka lapar"
    if len(words) < 3:
        return False
    if words[1].lower() in _OF_WORDS and words[0].lower() not in _PREPOSITIONS:
        return False  # "menjelaskan arti dari bersatu ...": a noun and its complement
    if _CLOSED_NP.match(text[start:end]) and not directive and words[0].lower() not in _FRONTED:
        # "membantah hal tersebut, bahkan ...", "membenarkan kabar itu saat dihubungi": a noun phrase closed
        # by a demonstrative, then a comma, the end or an adjunct
        return False
    before_as = _AS_COMPLEMENT.match(text[start:end])
    if before_as and not directive and not _PREDICATE.search(before_as.group(1)):
        after = re.split(r"\b(?:dengan|yang|untuk|dan)\b", text[start + before_as.end() : end])[0]
        if not _PREDICATE.search(after) and not any(m in after for m in (*ALL_MARKS, "‘", "’")):
            return False  # "menyebut Hamas sebagai kelompok teroris": an object and what it is called
    if _COURTESY.match(text, start, end):
        return False  # "menyampaikan terima kasih ...", "mengucapkan selamat ...": a speech act, not a claim
    if not directive and words[0].lower() not in _PREPOSITIONS:
        topic = _TOPIC.search(text, start, end)
        comma = text.find(",", topic.end(), end) if topic else -1
        if (
            topic
            and not _PREDICATE.search(text, start, topic.start())
            # "usulan Djarot soal tarif parkir progresif Ancol, belum bisa menutupi ...": the subject's predicate
            and not (comma != -1 and _PREDICATE.match(text, comma + 2))
        ):
            return False  # "memperingatkan 50 juta orang soal datangnya badai": an object and a topic
    if words[0].lower() in ("dan", "atau", "serta", "namun", "tetapi", "lalu"):
        return False
    if directive:
        head = " ".join(words[:8])
        return bool(
            re.search(r"\b(?:agar|supaya|segera|jangan|harus|wajib)\b", head, re.IGNORECASE)
            or re.search(r"\buntuk\s+(?:tidak\s+|segera\s+)?(?:me|ber|di|ter)[a-z]{3,}", head, re.IGNORECASE)
            # "meminta Putri Moi ditutup ...": an object and its own predicate, before any relative clause
            or _PREDICATE.search(re.split(r"\b(?:yang|untuk)\b", " ".join(words[:6]))[0]) is not None
        )  # not "memerintahkan penangguhan layanan kereta untuk jalur yang ...": an object, not an order
    first = words[0].lower()
    if (
        first.endswith("nya")
        and first not in ("dirinya", "pihaknya", "keduanya", "ketiganya")  # subjects: "dirinya akan fokus"
        and (len(words) < 3 or words[1].lower() in _NP_FOLLOWERS)
    ):
        return False  # "menyatakan dukungannya terhadap ...": a noun phrase, not a clause
    if _NOMINALISED.fullmatch(first) and not _COPULA.search(text, start, min(end, start + 120)):
        return False  # "menekankan pentingnya orang tua mengedukasi ...": a noun phrase
    window = text[start : min(end, start + 200)]
    # a verb joined by "dan" after an object is the subject's next act: "membantah tudingan itu dan menolak ..."
    joined = _JOINED_PREDICATE.search(window)
    if joined and len(_WORD.findall(window[: joined.start()])) <= 4:
        window = window[: joined.start()]
    # a verb inside a one-word relative clause does not make a clause: "salah satu rumor yang beredar"
    return bool(_PREDICATE.search(_RELATIVE.sub("", window)))


# "pentingnya"/"perlunya" heads a noun phrase, whatever clause it holds ("menekankan pentingnya orang tua
# mengedukasi ..."), unless a copula makes it a subject ("pentingnya pendidikan adalah ..."). Other nominalised
# adjectives head clauses as often as not ("besarnya warisan itu memungkinkan ...").
_NOMINALISED = re.compile(r"(?:penting|perlu)nya")
# Subjects that name no source: hearsay ("Rumor menyebutkan ...", ANNOTATION.md), the writer's background, a
# schedule, the reader
_HEARSAY_SUBJECTS = frozenset(
    [
        "rumor",
        "rumornya",
        "kabar",
        "kabar burung",
        "isu",
        "gosip",
        "desas-desus",
        "spekulasi",
        "sejarah",  # "Sejarah mencatat, ...": the writer's background
        "rencana",  # "Menurut rencana, ...", "menurut jadwal": a schedule, not a source
        "rencananya",
        "jadwal",
        "jadwalnya",
        "informasi",  # "Informasi yang dihimpun menyebutkan ...": the outlet's own reporting
        "kabar teranyar",
        "kabar terbaru",
    ]
)
# Subjects outside quotation marks that are no source a quote can be attributed to.
_NO_SOURCE = _FIRST_PERSON | _HEARSAY_SUBJECTS
# "ada yang menganggap", "Ada pula yang menilai", "Ada pihak yang menilai": somebody unnamed, no source
_SOMEBODY = re.compile(
    r"(?:ada|banyak)(?:\s+(?:juga|pula|pun))?(?:\s+(?:pihak|kalangan|orang|rumor|kabar|isu|tudingan|anggapan|"
    r"spekulasi|beberapa\s+versi))?\s+yang\b",
    re.IGNORECASE,
)


def _names_no_source(mention: str) -> bool:
    """A subject that is no source: hearsay, the reader, the writer (``menurut saya Huawei Nova 2i bisa ...``
    outside quotation marks), or somebody unnamed (``Ada pula yang menilai``)."""
    low = mention.lower()
    # "saya Huawei Nova 2i", not "I Made Dana" (a Balinese name; English "I" only counts alone); "kita tahu
    # bahwa ..." outside quotation marks: the writer and the reader
    if low in _NO_SOURCE or low.split()[0] in ("saya", "aku", "kita") or _SOMEBODY.match(low):
        return True
    if _GATHERED.fullmatch(low):
        return True  # "Berdasarkan informasi yang dihimpun, ...": the outlet's own reporting
    # "Anda mungkin mengira ...", "Jadi pastikan anda menambahkan ...": the reader, addressed by the writer
    return bool(_READER.search(low))


_READER = re.compile(r"\b(?:anda|kamu|kalian)\b")
# information gathered by no one named; "data yang dihimpun BPS" names its source
_GATHERED = re.compile(
    r"(?:informasi|keterangan|data)(?:\s+\w+)?\s+yang\s+(?:berhasil\s+)?(?:dihimpun|diperoleh|didapat|didapatkan|"
    r"dikumpulkan|diterima)(?:\s+(?:di\s+lapangan|sejauh\s+ini|hingga\s+kini))?"
)


# Words that open a fronted adverbial, not an object: "pada tahun ini, Ditjen ... memiliki", "selama kurun itu, ..."
_FRONTED = frozenset(
    ["pada", "selama", "sejak", "dalam", "di", "saat", "ketika", "kini", "setelah", "sebelum", "hingga"]
)
_CLOSED_NP = re.compile(
    r"\s*(?:\w+\s+){0,2}(?:tersebut|itu|ini)\s*(?:,|$|(?:saat|ketika|usai|seusai|setelah|sebelum|kepada|pada)\b)"
)
_AS_COMPLEMENT = re.compile(r"\s*((?:\S+\s+){1,2})sebagai\s")
_COPULA = re.compile(r"\b(?:adalah|merupakan|ialah|yakni|yaitu)\b")
_JOINED_PREDICATE = re.compile(
    r",?\s+(?:dan|serta)\s+(?:(?:tidak|tak|juga)\s+)?(?:me|mem|men|meng|meny)[a-z]{3,}\b"
)
_RELATIVE = re.compile(r"\byang\s+\S+")


_COORDINATION = re.compile(
    r"\s*,?\s*(?:dan|serta|lalu|kemudian|sekaligus|seraya|sambil|sembari)(?:\s+(?:juga|pun|pula))?"
    r"(?:\s+(?:tidak|tak|belum))?\s*",
    re.IGNORECASE,
)


def _coordinated_cue(text: str, later: list[re.Match[str]], start: int, end: int) -> int | None:
    """Where a second act of the speaker begins inside ``text[start:end]``: the first clause ends before it.

    - a report verb joined by ``dan``/``serta``/``sekaligus`` (``... bahwa masih terlalu dini dan berjanji
      akan ...``), also negated (``..., dan tidak menulis ...``) or with an object clitic (``... dan
      melaporkannya ke PBB``);
    - any verb after ``, sekaligus``/``, seraya``/``, sambil`` (``..., sekaligus mengecam laporan ...``);
    - a report with a subject of its own after a concession or contrast (``..., kendati pejabat Israel
      mengatakan ...``): another speaker's claim.
    """
    lex = lexicon()
    for index, word in enumerate(later):
        if word.start() >= end:
            break
        if word.start() <= start:
            continue
        low = word.group().lower()
        previous = [w.group().lower() for w in later[max(0, index - 2) : index] if w.start() > start]
        joined = (
            previous[-1:] == ["dan"]
            or previous[-1:] in (["serta"], ["sekaligus"])
            or (len(previous) == 2 and previous[0] in ("dan", "serta") and previous[1] in _NEGATION)
        )
        cls = lex.cue_class(low[:-3] if low.endswith("nya") and lex.cue_class(low) is None else low)
        if joined and word.group()[0].islower() and cls in ("report", "directive"):
            joiner = later[index - (2 if previous[-1] in _NEGATION else 1)]
            return _comma_before(text, joiner.start())
        if (
            previous[-1:] in (["sekaligus"], ["seraya"], ["sambil"], ["sembari"])
            and re.match(r"(?:me|ber)[a-z]{3,}", low)
            and text[: later[index - 1].start()].rstrip().endswith(",")
        ):
            return _comma_before(text, later[index - 1].start())
        if cls in ("report", "speech") and word.group()[0].islower():
            turn = _CONCESSION_TURN.search(text, start, word.start())
            if turn is not None and mentions.before_cue(text, turn.end(), word.start()) is not None:
                return turn.start()
    return None


# A verb joined to the sentence's first predicate: its subject is the sentence's subject.
_JOINED_VERB = re.compile(
    r"(?:,?\s*\b(?:dan|serta|sekaligus|seraya|sambil|sembari)|,\s*(?:lalu|kemudian)|\bselain)"
    r"(?:\s+(?:juga|pun|pula|lalu|kemudian))?\s*$",
    re.IGNORECASE,
)
_VERB = re.compile(r"(?:me|ber)[a-z]{3,}")


def _sentence_subject(text: str, before: list[re.Match[str]], start: int) -> mentions.Mention | None:
    """The subject before the first verb of the sentence from ``start`` (``before``: its words up to the
    joined cue)."""
    lex = lexicon()
    for previous, word in itertools.pairwise(before):
        if previous.group().lower() in _PURPOSE:
            continue  # "Untuk mengawasi keamanan, ...": a purpose, not the predicate
        if word.start() > start and lex.cue_class(word.group()) == "clitic":
            # '"...," sebutnya, sembari menambahkan ...': the clitic is the subject
            return mentions.Mention(Span(word.start(), word.end(), word.group()), "clitic", None)
        if word.start() > start and (_VERB.fullmatch(word.group()) or lex.cue_class(word.group())):
            return mentions.before_cue(text, start, word.start()) if word.group()[0].islower() else None
    return None


_CONCESSION_TURN = re.compile(
    r",\s*(?:kendati(?:pun)?|meski(?:pun)?|walau(?:pun)?|padahal|sedangkan|sementara)\b", re.IGNORECASE
)


_MEDIA_SUBJECT = re.compile(
    r"(?:laman|situs|portal|kantor|media|harian|surat\s+kabar|stasiun|televisi|koran|majalah)\b",
    re.IGNORECASE,
)


def _source_outlet(chain: tuple[Relay, ...], start: int, end: int) -> Relay:
    """The outlet that is the only source of a clause: the first named in its relay phrase (``Melansir My
    Daily via Naver``: My Daily, which Naver passed on), else the chain's last."""
    inside = [r for r in chain if r.mention is not None and start <= r.mention.start < end]
    return inside[0] if inside else chain[-1]


def _reporting_outlet(mention: mentions.Mention) -> str | None:
    """The outlet a subject names (``Laman berita Iraqi News``, ``CNN``), if it is one."""
    name = mention.name or ""
    if name and (looks_like_outlet(name) or _MEDIA_SUBJECT.match(mention.span.text)):
        return registry().canonical(name)
    return None


def _embedded_report(text: str, later: list[re.Match[str]], start: int, limit: int) -> bool:
    """Whether a clause from ``start`` opens with an attribution of its own (``para aktivis di Raqqa
    menyebutkan ...``) within its first words."""
    lex = lexicon()
    for word in later[:8]:
        if word.start() < start:
            continue
        if word.group()[0].islower() and lex.cue_class(word.group()) in ("report", "speech"):
            return mentions.before_cue(text, start, word.start()) is not None and _is_clause(
                text, word.end(), limit, directive=False
            )
    return False


def _comma_before(text: str, pos: int) -> int:
    """``pos``, or the comma just before it."""
    head = text[:pos].rstrip()
    return len(head) - 1 if head.endswith(",") else pos


def _opens_direct_quote(text: str, start: int, end: int) -> bool:
    """Whether the clause from ``start`` opens with a quotation: not a short scare-quoted term that the clause
    goes on from (``mengatakan "telisik" tari adalah platform ...``)."""
    rest = text[start:end]
    opening = len(rest) - len(rest.lstrip())
    if rest.lstrip()[:1] not in ALL_MARKS:
        return False
    closing = next((i for i in range(start + opening + 1, end) if text[i] in ALL_MARKS), None)
    if closing is None:
        return True
    inside = _WORD.findall(text[start + opening + 1 : closing])
    after = _WORD.findall(text[closing + 1 : end])
    return not (len(inside) <= SCARE_QUOTE_WORDS and len(after) >= 3)


# A quoted term this short, inside a reported clause, is a scare quote, not the speaker's words.
SCARE_QUOTE_WORDS = 3


# "Hal itu dikatakannya saat peringatan ...": when and where it was said, not what
_AFTER_REMARK = re.compile(
    r"(?:saat|ketika|sewaktu|di|dalam|usai|seusai|setelah|sebelum|kepada|pada|melalui|lewat|dengan)\b",
    re.IGNORECASE,
)


def _passive_with_agent(
    text: str, word: re.Match[str], s_start: int, s_end: int, make: Callable[..., Candidate | None]
) -> Candidate | None:
    """``Penyempurnaan data itu dinilai Darmin memungkinkan ...`` (the agent inside the clause: the whole
    sentence is the quote), ``..., seperti disampaikan Rinaldy, merupakan ...`` (inserted) and
    ``..., seperti yang dikatakan mereka saat jumpa pers.`` (closing: the clause before it)."""
    if _BAHWA.match(text, word.end() + 1, s_end):
        return None  # "turut disampaikan bahwa Miley ...": no agent, hearsay
    if word.group().lower() == "disebut" and re.search(r"\bsebagai\b", text[word.end() : s_end]):
        # "disebut oleh majalah Vanity Fair sebagai arsitek ...", "disebut FI sebagai ...": naming
        return None
    cue = Span(word.start(), word.end(), word.group())
    if word.group().lower().endswith("nya"):
        # "Transportasi helikopter juga disebutnya memenuhi celah pasar ...", "Golkar diyakininya tidak akan
        # ...": the clitic is the agent, inside the clause; the whole sentence is the quote
        rest_start = word.end() + len(text[word.end() : s_end]) - len(text[word.end() : s_end].lstrip())
        before = text[s_start : word.start()]
        if (
            before.strip()
            and not re.search(r"(?:,|\byang)\s*$", before)  # not "Nazaruddin yang disebutnya ...": a relative
            and not re.match(
                r"\s*(?:hal|pernyataan|keterangan)\s+(?:itu|ini|tersebut)\s*$", before, re.IGNORECASE
            )
            and not _AFTER_REMARK.match(text, rest_start, s_end)
            and text[rest_start : rest_start + 1].islower()
            and _is_clause(text, rest_start, s_end, directive=False)
        ):
            clitic = mentions.Mention(cue, "clitic", None)
            return make(s_start, s_end, "indirect.passive_agent.v1", 0.7, cue, clitic)
        return None
    named = mentions.after_cue(text, word.end(), s_end)
    if named is None or named.form not in ("name", "pronoun") or named.plural and named.form == "name":
        return None
    before = text[s_start : word.start()]
    like = re.search(r",\s*(?:seperti|sebagaimana)\s+(?:yang\s+)?$", before, re.IGNORECASE)
    tail = text[named.span.end : s_end].strip(" .")
    if like is not None and (not tail or (_ATTRIBUTION_TAIL.match(tail) and "," not in tail)):
        return make(s_start, s_start + like.start(), "indirect.passive_after.v1", 0.75, cue, named)
    if named.form != "name" or not before.strip() or before.rstrip().endswith(","):
        return None
    if like is None and re.search(r"\b(?:hal|apa)\s+yang\s+$", before, re.IGNORECASE):
        return None  # "Hal yang dikatakan Sezai memang terlihat dari ...": a remark on what was said
    if tail.startswith((",", "(")):
        # "sambutan disampaikan Ustaz Arifin Ilham, yang ...": a report of an act; "fenomena yang disebut
        # Osilasi Akustik Baryon (Baryon Acoustic Oscillations), ...": a term and its translation
        return None
    rest_start = (
        named.span.end + len(text[named.span.end : s_end]) - len(text[named.span.end : s_end].lstrip(" "))
    )
    if like is None and not (
        re.match(r"sebagai\b", tail) or _is_clause(text, rest_start, s_end, directive=False)
    ):
        return None
    return make(s_start, s_end, "indirect.passive_agent.v1", 0.7, cue, named)


def _closing_attribution(text: str, later: list[re.Match[str]], s_end: int) -> bool:
    """Whether the sentence ends with ``, <speech cue> X.`` / ``, katanya.`` (no clause after it)."""
    lex = lexicon()
    for word in later:
        if lex.cue_class(word.group()) in ("speech", "clitic") and word.group()[0].islower():
            before = text[: word.start()].rstrip()
            tail = text[word.end() : s_end].strip(" .")
            if before.endswith(",") and len(tail.split()) <= 6 and "," not in tail:
                return True
    return False


def _kind(text: str, start: int, end: int) -> str:
    return "mixed" if any(ch in ALL_MARKS for ch in text[start:end]) else "indirect"


def find_indirect(
    text: str, sentence: tuple[int, int], relays: Relays, *, taken: list[tuple[int, int]]
) -> Iterator[Candidate]:
    """Indirect and mixed quotes of one sentence, whose relays and addressee are ``relays``; ``taken`` are
    spans already claimed by direct quotes."""
    s_start, s_end = sentence
    if any(a <= s_start and s_end <= b for a, b in taken):
        return
    lex = lexicon()
    words = list(_WORD.finditer(text, s_start, s_end))

    def overlaps_taken(a: int, b: int) -> bool:
        return any(a < tb and ta < b for ta, tb in taken)

    def clause_stop(start: int, end: int) -> int:
        """A reported clause ends before a contrast the writer adds: ``..., padahal kenyataannya ...``,
        ``..., namun peninjauan ulang ... dianggap ...``, ``..., namun dia mengaku ...``. A contrast with no
        report of its own is still the speaker's (``..., namun hal itu bukan alasan untuk panik``)."""
        stop = _CONTRAST.search(text, start, end)
        if stop is None or _CONCESSIVE.match(text, start, end):
            return end  # "meski baru groundbreaking, namun ada tenant ...": one clause
        following = _WORD.match(text, stop.end() + 1, end)
        if following is not None and following.group().lower() in _NEGATION:
            return stop.start()  # "..., tapi tak menjabarkan lebih jauh": the writer on the speaker
        if stop.group(1).lower() == "padahal" or any(
            lex.cue_class(w.group()) in ("report", "speech", "passive", "clitic", "directive")
            for w in _WORD.finditer(text, stop.end(), end)
        ):
            return stop.start()
        return end

    def make(
        start: int, end: int, rule: str, conf: float, cue: Span, mention: mentions.Mention | None
    ) -> Candidate | None:
        if mention is not None and _names_no_source(mention.span.text):
            return None  # "menurut saya, ...", "Rumor menyebutkan ...": the writer's own voice, or hearsay
        end = _clause_end(text, start, end)
        while start < end and text[start] in " ,":
            start += 1
        if end - start < 8 or overlaps_taken(start, end):
            return None
        if text[start:end].rstrip().endswith("?") or text[end : end + 2].lstrip().startswith("?"):
            return None  # "Pernahkah Anda berpikir bahwa ...?": a question to the reader claims nothing
        if re.match(r"berikut(?:\s+ini)?\b", text[start:end], re.IGNORECASE):
            return None  # "Dikutip dari AFP, berikut daftar pemenang ...:": it introduces a list, it claims nothing
        return Candidate(
            span=Span(start, end, text[start:end]),
            kind=_kind(text, start, end),  # type: ignore[arg-type]
            rule=rule,
            confidence=conf,
            cue=cue,
            mention=mention,
            via=relays.chain + tuple(r for r in relayed_by if r.name not in {c.name for c in relays.chain}),
            addressee=relays.addressee,
            sentence=sentence,
        )

    # "Laman berita Iraqi News melaporkan, para aktivis menyebutkan ...": the outlet is a relay
    relayed_by: list[Relay] = []
    resume = s_start  # after a clause that a contrast ended, the rest of the sentence may report another
    carried: mentions.Mention | None = None
    for index, word in enumerate(words):
        form = word.group()
        low = form.lower()
        cls = lex.cue_class(form)
        if cls is None or word.start() < resume:
            continue
        cue = Span(word.start(), word.end(), form)
        if low == "demikian" and re.match(
            r"\s+(?:pula|juga|halnya|dengan)\b", text[word.end() : s_end], re.IGNORECASE
        ):
            continue  # "demikian pula dengan ...": "likewise", not "so said"
        prev = words[index - 1].group().lower() if index else ""
        near = {w.group().lower() for w in words[max(0, index - 3) : index]} if cls != "according" else {prev}
        if (
            near & _NEGATION
            and not _ANONYMOUS.search(text, max(s_start, word.start() - 60), word.start())
            or prev in _PURPOSE
            or prev in _TEMPORAL
            and (index < 2 or text[words[index - 2].end()] == ",")
        ):
            continue  # "tidak perlu lagi khawatir", "untuk memastikan lolos": nothing is reported
        if overlaps_taken(word.start(), word.end()):
            continue
        # Menurut X, <clause> / Menurutnya, <clause> / Berdasarkan data X, <clause>
        if cls == "according" and low in ("menurut", "menurutnya", "berdasarkan", "berdasar", "according"):
            comma = text.find(",", word.end(), s_end)
            source = mentions.after_cue(text, word.end(), s_end) if low in ("menurut", "according") else None
            outlet = _reporting_outlet(source) if source is not None and comma != -1 else None
            if (
                source is not None
                and outlet is not None
                and _embedded_report(
                    text, [w for w in words[index + 1 :] if w.start() > comma], comma + 1, s_end
                )
            ):
                # "Menurut Reuters, Putin mengatakan bahwa ...": the outlet relays the report that follows;
                # "menurut The Guardian via SBS": and the one it came through, nearest last
                relayed_by.append(Relay(outlet, source.span))
                onward = re.fullmatch(r"\s+via\s+(.+?)\s*", text[source.span.end : comma])
                if onward and looks_like_outlet(onward.group(1)):
                    at = Span(
                        onward.start(1) + source.span.end, onward.end(1) + source.span.end, onward.group(1)
                    )
                    relayed_by.append(Relay(registry().canonical(onward.group(1)), at))
                continue
            if low in ("berdasarkan", "berdasar"):
                if not _DOCUMENT.match(text[word.end() :].lstrip()) or _INSERTED_SPEECH.search(
                    text, word.end(), s_end
                ):
                    continue  # "Berdasarkan data survei X, kata dia, <clause>": "kata dia" is the attribution
            head = text[s_start : word.start()].strip(" ,")
            unmarked = _according_without_comma(text, word, s_end)
            if unmarked is not None and (not head or _BARE_CONNECTIVE.match(head)):
                # "Menurutnya pendidikan ... bisa ...", "Menurut dia pihaknya belajar ...": no comma
                speaker, start = unmarked
                found = make(start, s_end, "indirect.according.v1", 0.7, cue, speaker)
                if found and _is_clause(text, found.span.start, found.span.end, directive=False):
                    yield found
                    return
                continue
            if comma == -1:
                tail = text[word.end() : s_end].strip(" .")
                if tail.split()[:1] and _names_no_source(tail.split()[0]):
                    continue  # "..., menurut saya Huawei Nova 2i bisa ...": the writer's own view
                if (
                    head
                    and low == "menurutnya"
                    and _TOPIC_PHRASE.fullmatch(head)
                    and len(tail.split()) >= 3
                    and _is_clause(text, word.end(), s_end, directive=False)
                ):
                    # "Kejadian itu menurutnya terus berulang ...": inserted mid-clause, with no commas
                    clitic = mentions.Mention(Span(word.start(), word.end(), word.group()), "clitic", None)
                    found = make(s_start, s_end, "indirect.according.v1", 0.7, cue, clitic)
                    if found:
                        yield found
                        return
                named = source if low == "menurut" else None
                if (
                    head
                    and named is not None
                    and named.form == "name"
                    and _is_clause(text, named.span.end, s_end, directive=False)
                ):
                    # "Pembubaran massa ..., menurut Setyo juga telah dilakukan ...": inserted, no closing comma
                    found = make(s_start, s_end, "indirect.according.v1", 0.7, cue, named)
                    if found:
                        yield found
                        return
                if head and (
                    text[s_start : word.start()].rstrip().endswith(",")
                    or (
                        low == "menurut"
                        and len(tail.split()) <= 6
                        and _is_clause(text, s_start, word.start(), directive=False)
                    )
                ):
                    # "<clause>, menurut X." / "<clause> menurut SDSS." at the end of the sentence
                    mention = _according_mention(text, word, s_end)
                    found = make(s_start, word.start(), "indirect.according_after.v1", 0.8, cue, mention)
                    if found:
                        yield found
                elif not head and low == "menurut":
                    # "Menurut Ricky tantangan utama ... adalah ...": no comma; the name ends the attribution
                    named = mentions.after_cue(text, word.end(), s_end)
                    if named is not None and named.form == "name":
                        found = make(named.span.end, s_end, "indirect.according.v1", 0.7, cue, named)
                        # "menurut" always introduces a claim: "Menurut Andreas pelaporan itu sarat muatan politis"
                        if found and len(_WORD.findall(found.span.text)) >= 3:
                            yield found
                            return
                continue
            named = mentions.after_cue(text, word.end(), comma) if low in ("menurut", "according") else None
            relative = (
                named is not None
                and re.match(r"\s*yang\b", text[named.span.end : comma]) is not None
                and _APPOSED_NAME.match(text, comma + 1, s_end) is not None
            )  # "Menurut dosen UMM yang mendesain jembatan itu, Lukito Prasetyo, ...": the name follows
            if (
                named is not None
                and named.form == "name"
                and _PERSON_ASIDE.match(text, named.span.end, comma)
                and _is_clause(text, comma + 1, s_end, directive=False)
            ):
                # "menurut Ruki yang menjabat sebagai Plt pimpinan KPK pada 2015, pernyataan Romli keliru": a
                # relative clause about the speaker, then the comma that closes the attribution
                found = make(comma + 1, s_end, "indirect.according.v1", 0.8, cue, named)
                if found:
                    yield found
                return
            if (
                named is not None
                and named.form == "name"
                and len(_WORD.findall(text[named.span.end : comma])) >= 3
                and not relative
            ):
                # "Menurut Setyo yang digunakan ..., bukan tank" / "..., menurut Setyo juga telah dilakukan ...":
                # no comma closes the attribution; the name ends it.
                start = s_start if head and not _BARE_CONNECTIVE.match(head) else named.span.end
                found = make(start, s_end, "indirect.according.v1", 0.75, cue, named)
                if found:
                    yield found
                return
            mention = _according_mention(text, word, comma)
            if mention is None:
                continue
            apposition = _APPOSED_NAME.match(text, comma + 1, s_end)
            if (
                (mention.form == "description" or mention.description)
                and apposition
                and mentions._is_bare_name(apposition.group(1), titled=True)
            ):
                # "menurut juru bicara KPK, Febri Diansyah, <clause>", "Menurut Kapolsek X, Iptu Afif Hasan, ..."
                mention = mentions._classify(text, mention.span.start, apposition.end(1)) or mention
                comma = apposition.end() - 1
            comma = _skip_adjuncts(text, comma, s_end)
            later_cue = next(
                (
                    w
                    for w in words[index + 1 :]
                    if w.start() > comma and lex.cue_class(w.group()) in ("report", "speech")
                ),
                None,
            )
            if later_cue is not None and re.match(
                r"(?:laporan|pemberitaan|pernyataan|keterangan|rilis|siaran\s+pers)\s",
                mention.span.text,
                re.IGNORECASE,
            ):
                continue  # "Menurut laporan X, Y mengatakan ...": Y is the speaker
            if head and not _BARE_CONNECTIVE.match(head):
                start = s_start  # attribution inserted mid-clause: the whole clause is the quote
            else:
                start = comma + 1
                nickname = _NICKNAME_ASIDE.match(text, start, s_end)
                if nickname:
                    start = nickname.end()  # "Menurut X, biasa disapa Cacing, <clause>"
            found = make(start, s_end, "indirect.according.v1", 0.85, cue, mention)
            if found:
                yield found
            return
        if cls in ("report", "speech") and form[0].islower() and index > 0:
            # "<clause>, Putin menambahkan." / "The talks were productive, Peskov told reporters."
            comma = text.rfind(",", s_start, word.start())
            subject = text[comma + 1 : word.start()].strip() if comma != -1 else ""
            tail = text[word.end() : s_end].strip(" .")
            closing = not tail or (_ATTRIBUTION_TAIL.match(tail) and re.fullmatch(r"[^,]{0,80}", tail))
            if (
                subject
                and len(subject.split()) <= 5
                and closing
                and _is_clause(text, s_start, comma, directive=False)  # not "Setelah itu, X mengatakan ..."
            ):
                mention = mentions.before_cue(text, comma + 1, word.start())
                if mention is not None and (mention.form != "description" or mention.name):
                    found = make(s_start, comma, "indirect.subject_cue_after.v1", 0.75, cue, mention)
                    if found:
                        yield found
                        return
        if cls == "speech" and _BAHWA.match(text, word.end() + 1, s_end):
            cls = "report"  # "Warner hanya bilang bahwa ...": a base verb with a clause
        if low == "melansir" and index > 0 and _BAHWA.match(text, word.end() + 1, s_end):
            cls = "report"  # "Sport melansir bahwa ...": the outlet reports, it cites no one
        if cls in ("report", "directive") and (form[0].islower() or index == 0):
            if _closing_attribution(text, words[index + 1 :], s_end):
                continue  # "Inggris menganggap ..., katanya.": the closing cue is the top-level attribution
            rest_start = word.end()
            lead = _ADDRESSEE_LEAD.match(text, rest_start, s_end)
            if lead:
                rest_start = lead.end()
            bahwa = _BAHWA.search(text, rest_start, min(s_end, rest_start + BAHWA_WINDOW))
            if bahwa and not re.search(
                r"\b(?:me|mem|men|meng|meny)[a-z]{3,}", text[rest_start : bahwa.start()]
            ):
                rest_start = bahwa.start()
            comp = _COMPLEMENTIZER.match(text, rest_start, s_end)
            has_comp = comp is not None and comp.group().strip(" ,").lower() not in ("",)
            if comp:
                rest_start = comp.end()
            elif text[rest_start : rest_start + 2].strip().startswith(","):
                rest_start = text.find(",", rest_start) + 1
                has_comp = (
                    low in _NEEDS_THAT
                )  # "Penelitian itu menunjukkan, <clause>": the comma stands for bahwa
            if _RELAY_OPENING.match(text, rest_start, s_end):
                continue  # '"...," ia mengatakan, seperti dikutip X': the relay of the quote before
            if rest_start < s_end and _opens_direct_quote(text, rest_start, s_end):
                continue  # a direct quote follows the cue: the direct rules own it
            if low == "melanjutkan" and not has_comp:
                following = _WORD.search(text, rest_start, s_end)
                head = following.group().lower() if following else ""
                if head in _CONTINUED_ACTS or head.endswith("nya") and head not in _SUBJECT_PRONOUNS:
                    continue  # "melanjutkan tren positif", "melanjutkan kariernya": an act continued
            if cls == "report" and low in _NEEDS_THAT and not has_comp:
                forecast = low in _FORECASTS and _FORECAST_CLAUSE.match(text, rest_start, s_end)
                if not forecast and not re.match(
                    r"\s*(?:agar|supaya)\b", text[rest_start:s_end], re.IGNORECASE
                ):
                    # "mengingatkan agar ...": a directive needs no "bahwa"; "memprediksi pamor MotoGP akan
                    # menurun": a forecast with a subject and a modal of its own is a clause
                    continue
            if low in _NEEDS_MARKER and not re.search(
                r"\b(?:agar|supaya|untuk)\b", " ".join(w.group() for w in words[index + 1 : index + 7])
            ):
                continue  # "mendorong pembentukan Perda": an object, not an order
            if low in _STANCE and not has_comp and not _STANCE_SUBJECT.match(text, rest_start, s_end):
                continue  # "merasa nyaman bermain", "berpikir untuk menolak": a feeling or a plan, not a claim
            if not has_comp and not _is_clause(text, rest_start, s_end, directive=cls == "directive"):
                continue
            if carried is not None and _COORDINATION.fullmatch(text, resume, word.start()):
                mention = carried  # "X bilang bahwa A dan berjanji B": B has X's subject
            elif _JOINED_VERB.search(text, resume, word.start()):
                # "Hamas memberi Israel waktu 24 jam, dan memperingatkan ...": the sentence's subject
                mention = _sentence_subject(text, words[:index], resume) or mentions.before_cue(
                    text, resume, word.start()
                )
            else:
                mention = mentions.before_cue(text, resume, word.start())
            elided = _ELIDED_SUBJECT.fullmatch(text, resume, word.start()) is not None
            if elided:
                mention = None  # "Sembari menyampaikan, bahwa ...": the subject is the last speaker's
            elif mention is None:
                continue
            outlet = _reporting_outlet(mention) if mention is not None else None
            if (
                outlet is not None
                and mention is not None
                and comp is None
                and _embedded_report(text, words[index + 1 :], rest_start, s_end)
            ):
                relayed_by.append(Relay(outlet, mention.span))
                continue  # the outlet relays the report that follows; its speaker is the source
            end = clause_stop(rest_start, s_end)
            coordinated = _coordinated_cue(text, words[index + 1 :], rest_start, end)
            if coordinated is not None:
                end = coordinated
            found = make(rest_start, end, "indirect.verb.v1", 0.85 if has_comp else 0.75, cue, mention)
            if found and elided:
                found = replace(found, inherits=True)
            if found:
                yield found
            if end == s_end:
                return
            resume, carried = (
                end,
                mention,
            )  # "..., namun dia mengaku ...", "... dan berjanji ...": a second report
            continue
        if cls == "passive" and index == 0 and low.endswith("nya"):
            # "Dikatakannya (lagi), <clause>": the clitic is the speaker mention
            lead = re.match(r"(?:\s+(?:lagi|pula|juga|kemudian))*\s*,", text[word.end() : s_end])
            if lead:
                found = make(
                    word.end() + lead.end(),
                    s_end,
                    "indirect.passive_first.v1",
                    0.75,
                    cue,
                    mentions.Mention(cue, "clitic", None),
                )
                if found and _is_clause(text, found.span.start, found.span.end, directive=False):
                    yield found
                    return
            continue
        if cls == "passive" and index == 0 and low in _OPENING_PASSIVES:
            # "Dijelaskan Syarkawi, <clause>": the named agent right after the cue, then a comma
            by = re.match(r"\s+oleh(?=\s)", text[word.end() : word.end() + 7], re.IGNORECASE)
            agent = mentions.after_cue(text, word.end() + (by.end() if by else 0), s_end)
            if (
                agent is not None
                and (agent.form == "name" or by and agent.form == "description")
                and text[agent.span.end : s_end].lstrip()[:1] == ","
            ):  # "Ditambahkan oleh warga Pulau Tidung, <clause>": a described agent needs "oleh"
                start = text.index(",", agent.span.end) + 1
                found = make(start, s_end, "indirect.passive_first.v1", 0.75, cue, agent)
                if found and _is_clause(text, found.span.start, found.span.end, directive=False):
                    yield found
                    return
            continue
        if cls == "passive" and form[0].islower() and index > 0:
            found = _passive_with_agent(text, word, s_start, s_end, make)
            if found:
                yield found
                return
        if cls in ("speech", "clitic", "passive") and (form[0].islower() and index > 0 or cls == "speech"):
            before = text[s_start : word.start()].rstrip()
            head = before.rstrip(",").strip()
            opening = not head or _BARE_CONNECTIVE.match(head) is not None
            if not before.endswith(",") and not (opening and low in _OPENING_CUES):
                continue  # "Namun kata X, <clause>" and "Kata dia, <clause>" open the sentence
            if cls in ("clitic", "passive") and low.endswith("nya"):
                mention = mentions.Mention(cue, "clitic", None)
            elif cls == "speech":
                mention = mentions.after_cue(text, word.end(), s_end)
            else:
                continue
            if mention is None:
                continue
            # Where does the parenthetical end? "..., kata X." (end) or "A, kata X, B" (inserted).
            after_mention = mention.span.end if mention.form != "clitic" else word.end()
            rest = text[after_mention:s_end]
            # "..., kata X di Jakarta, Senin." / "..., demikian dilansir dari Reuters, Kamis (9/2).": the place
            # and day close the attribution
            segments = rest.strip(" .").split(",")
            while len(segments) > 1 and (
                mentions.day_pattern().fullmatch(segments[-1].strip())
                or lexicon().is_place(segments[-1].strip())
            ):
                segments.pop()
            tail = ",".join(segments).strip()
            if head and (tail == "" or (_ATTRIBUTION_TAIL.match(tail) and re.fullmatch(r"[^,]{0,80}", tail))):
                found = make(
                    _after_connective(text, s_start, word.start()),
                    word.start(),
                    "indirect.cue_after.v1",
                    0.8,
                    cue,
                    mention,
                )
                outlet = registry().canonical(mention.name) if mention.name else None
                if (
                    found
                    and low == "demikian"
                    and outlet
                    and looks_like_outlet(outlet)
                    and all(relay.name != outlet for relay in found.via)
                ):
                    # "..., demikian Reuters.": the agency is the only source, and it relayed the report
                    found = replace(found, via=(*found.via, Relay(outlet, mention.span)))
            elif opening:
                start = _after_inserted_attribution(text, after_mention, s_end)
                found = make(start, s_end, "indirect.cue_inserted.v1", 0.8, cue, mention)
                if found and not _is_clause(text, found.span.start, found.span.end, directive=False):
                    found = None
            else:
                found = make(s_start, s_end, "indirect.cue_inserted.v1", 0.75, cue, mention)
            if found:
                yield found
            return
    # "Putin disebutkan “dengan rasa terima kasih” menerima ...": agentless hearsay with a quoted fragment.
    hearsay = _HEARSAY.search(text, s_start, s_end)
    if (
        hearsay
        and any(ch in ALL_MARKS for ch in text[hearsay.end() : s_end])
        and not overlaps_taken(s_start, s_end)
    ):
        found = make(
            s_start,
            s_end,
            "mixed.hearsay.v1",
            0.6,
            Span(hearsay.start(), hearsay.end(), hearsay.group()),
            None,
        )
        if found is not None and found.kind == "mixed":
            yield found
            return
    # "Dilansir BBC, <clause>" with no speaker of its own: the outlet is the source.
    lead = re.match(
        r"\s*(?:(?:namun|sementara\s+itu|selain\s+itu|adapun|sedangkan)\s*,?\s*)?"
        r"(?:seperti\s+|sebagaimana\s+)?(?:yang\s+)?(?:dilansir|dikutip|melansir|mengutip|diberitakan|dilaporkan)"
        r"(?:\s+dari)?\s+[^,]{2,60},",
        text[s_start:s_end],
        re.IGNORECASE,
    )
    trailing = _TRAILING_RELAY.search(text, s_start, s_end)
    if not lead and trailing and relays.chain and not overlaps_taken(s_start, s_end):
        # "<clause>, seperti yang dikutip dari Reuters." with no speaker of its own: the outlet is the source
        relay = _source_outlet(relays.chain, trailing.start(), s_end)
        mention = mentions.Mention(
            relay.mention or Span(trailing.start(), trailing.start(), ""), "name", relay.name
        )
        cue_text = text[trailing.start() : trailing.end()].strip(" ,.")
        cue_start = text.index(cue_text, trailing.start())
        found = make(
            s_start,
            s_end,
            "indirect.outlet_after.v1",
            0.6,
            Span(cue_start, cue_start + len(cue_text), cue_text),
            mention,
        )
        if found and _is_clause(text, found.span.start, found.span.end, directive=False):
            yield found
        return
    if lead and relays.chain and not _own_reporter(text, s_start + lead.end(), s_end):
        relay = _source_outlet(relays.chain, s_start, s_start + lead.end())
        mention = mentions.Mention(relay.mention or Span(s_start, s_start, ""), "name", relay.name)
        found = make(
            s_start + lead.end(),
            s_end,
            "indirect.outlet.v1",
            0.6,
            Span(s_start, s_start + lead.end() - 1, text[s_start : s_start + lead.end() - 1].strip()),
            mention,
        )
        if found and _is_clause(text, found.span.start, found.span.end, directive=False):
            yield found


def _own_reporter(text: str, start: int, end: int) -> bool:
    """Whether the clause after a relay opens with a named subject and a cue verb of its own (``Dilansir NME,
    Rowling mengumumkan permintaan maaf ...``): the outlet relays what that subject said or did, it is not the
    clause's source; when the verb's object is no clause there is no quote at all."""
    words = text[start:end].split()[:9]
    verb = next(
        (
            i
            for i, w in enumerate(words)
            if lexicon().cue_class(w.strip(",")) in ("report", "speech", "directive")
        ),
        None,
    )  # not "Mbappe disebut merasa ...": hearsay, whose only source is the outlet
    # "Rowling mengumumkan ...", "juru bicara Hamas, Abu Obaida, menyebut serangan itu balasan ...": a subject
    # that names someone
    return (
        verb is not None
        and verb > 0
        and any(w[:1].isupper() for w in words[:verb])
        and not any(re.match(r"di(?:sebut|kabarkan|kenal)", w) for w in words[:verb])
        # "Schuman sebenarnya ingin melaporkan Carter": what someone means to do is the outlet's report
        and words[verb - 1].lower() not in ("ingin", "akan", "hendak", "mau", "bakal", "berencana")
    )


# A short topic noun phrase before an inserted "menurutnya": "Kejadian itu", "Langkah polisi ini", "Hal ini";
# not a clause of its own ("Enrique senang timnya ... meski") nor a relative ("para pemain yang").
_TOPIC_PHRASE = re.compile(
    r"(?!.*\b(?:yang|meski|meskipun|karena|bahwa|dan|atau)\b)(?!.*\b(?:me|mem|men|meng|meny|ber|di)[a-z]{4,}\b)"
    r"[A-Z][\w\-]*(?:\s+[\w\-]+){0,4}",
)


def _according_mention(text: str, word: re.Match[str], limit: int) -> mentions.Mention | None:
    if word.group().lower() == "menurutnya":
        cue = Span(word.start(), word.end(), word.group())
        return mentions.Mention(cue, "clitic", None)
    own = _OWN_ACCOUNT.match(text, word.end(), limit)
    if own is not None and not text[own.end() : limit].strip():
        # "Menurut pengakuannya, ...": her own account, resolved like "Menurutnya"
        return mentions.Mention(Span(own.start(1), own.end(1), own.group(1)), "clitic", None)
    start = word.end()
    if text[start : start + 4] == " to ":
        start += 3
    phrase = text[start:limit].strip().rstrip(".!?;").rstrip()
    phrase = re.sub(r"\s+di\s+[A-Z][^,]*$", "", phrase)  # "Menurut Budi di Jakarta, ...": not the place
    if not phrase or len(phrase.split()) > 10:
        return None
    offset = text.index(phrase, start)
    author = _DOCUMENT_AUTHOR.match(text, offset, offset + len(phrase))
    if author:
        # "catatan yang disampaikan Aung San Suu Kyi pemimpin Myanmar": the author is the source
        named = mentions.after_cue(text, author.end(), offset + len(phrase))
        if named is not None and named.form == "name":
            return named
    return mentions._classify(text, offset, offset + len(phrase))


_OWN_ACCOUNT = re.compile(
    r"\s+((?:pengakuan|penuturan|penjelasan|keterangan|pendapat|pandangan|pernyataan|cerita|kesaksian|"
    r"pengamatan|perkiraan|analisis|catatan|hitungan|perhitungan)nya)\b",
    re.IGNORECASE,
)
_DOCUMENT_AUTHOR = re.compile(
    r"(?:catatan|laporan|data|rilis|keterangan|pernyataan|dokumen|surat|hasil\s+\w+)\s+(?:yang\s+)?"
    r"(?:disampaikan|dirilis|dikeluarkan|diterbitkan|dibuat|disusun|dihimpun|milik)\s+(?:oleh\s+)?",
    re.IGNORECASE,
)


_PRONOUN_AFTER_MENURUT = re.compile(r"\s+(dia|ia|beliau|mereka)\b(?!\s*,)\s*", re.IGNORECASE)


def _according_without_comma(
    text: str, word: re.Match[str], limit: int
) -> tuple[mentions.Mention, int] | None:
    """``Menurutnya <clause>`` / ``Menurut dia <clause>`` with no comma after the speaker: the mention and
    where the clause starts."""
    low = word.group().lower()
    if low == "menurutnya" and not re.match(r"\s*,", text[word.end() : limit]):
        return mentions.Mention(Span(word.start(), word.end(), word.group()), "clitic", None), word.end()
    pronoun = _PRONOUN_AFTER_MENURUT.match(text, word.end(), limit) if low == "menurut" else None
    if pronoun is not None:
        mention = mentions._classify(text, pronoun.start(1), pronoun.end(1))
        if mention is not None:
            return mention, pronoun.end()
    return None


# Base speech verbs that can open a sentence ("Kata Sugito, <clause>", "Namun, lanjut Febri <clause>"); not
# "Sebut saja ..." (for example) or nouns ("Pesan tersebut ...", "Cerita ...").
_OPENING_CUES = frozenset(
    [
        "kata",
        "ujar",
        "tutur",
        "ucap",
        "imbuh",
        "tambah",
        "sambung",
        "lanjut",
        "jelas",
        "ungkap",
        "tegas",
        "papar",
        "terang",
        "tukas",
        "tandas",
        "cetus",
    ]
)
_ADDRESSEE_SEGMENT = re.compile(r"(?:kepada|di\s+hadapan)\s+[^,]{2,40}", re.IGNORECASE)


def _skip_adjuncts(text: str, comma: int, limit: int) -> int:
    """Past the place and day that may follow an attribution before its clause: ``Menurut X di Malang, Jawa
    Timur, Senin, <clause>`` -> the comma after ``Senin``."""
    while True:
        following = text.find(",", comma + 1, limit)
        if following == -1:
            return comma
        segment = text[comma + 1 : following].strip()
        if not (
            mentions.day_pattern().fullmatch(segment)
            or lexicon().is_place(segment)
            or _ADDRESSEE_SEGMENT.fullmatch(segment)
            or mentions.DEGREE.fullmatch(segment)
        ):
            return comma
        comma = following


def _after_connective(text: str, start: int, end: int) -> int:
    """After a leading ``Namun,`` of a reported clause: the writer's link, not the speaker's words."""
    comma = text.find(",", start, end)
    if comma != -1 and _BARE_CONNECTIVE.match(text[start:comma].strip()):
        return comma + 1
    return start


# A speech cue inserted between commas: the sentence's top-level attribution ("..., kata dia, ...").
_INSERTED_SPEECH = re.compile(r",\s*(?:kata|ujar|tutur|jelas|tambah|lanjut|imbuh)(?:nya|\s+[^,]{1,40})\s*,")
# Agentive passives that can open a sentence with their agent: "Dijelaskan Syarkawi, <clause>".
_OPENING_PASSIVES = frozenset(
    ["dikatakan", "dijelaskan", "diungkapkan", "ditegaskan", "disampaikan", "ditambahkan"]
)
_APPOSED_ROLE = re.compile(r",\s*[^,]{2,60},")


def _after_inserted_attribution(text: str, pos: int, limit: int) -> int:
    """Where the clause starts after an opening attribution whose mention ends at ``pos``: after
    ``, kata X,`` / ``kata X, direktur maskapai tersebut,`` (a role in apposition), or right after the
    name when no comma follows (``Namun, lanjut Febri siapa tersangka ...``)."""
    role = _APPOSED_ROLE.match(text, pos, limit)
    if role is not None:
        inner = role.group().strip(" ,")
        first = inner.split()[0].lower()
        if (
            inner[:1].islower()
            and first in lexicon().roles | lexicon().titles | lexicon().common
            or (len(inner.split()) <= 6 and first in lexicon().roles | lexicon().titles)
        ):
            return role.end()
    comma = re.match(r"\s*,", text[pos:limit])
    return pos + comma.end() if comma else pos
