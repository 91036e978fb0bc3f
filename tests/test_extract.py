"""The rule extractor on hand-written sentences: (text, expected quotes) tables, and odd input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.pipeline import Extractor
from quotes.records import Article, Quote

EXTRACTOR = Extractor(rules_only=True)


def quotes_of(text: str) -> list[Quote]:
    return list(EXTRACTOR.extract(Article(id="t", text=text, lang="id")).quotes)


def summary(quote: Quote) -> tuple[str, str, str | None, list[str]]:
    return (
        quote.span.text.strip(' ,."“”'),
        quote.kind,
        quote.speaker.name if quote.speaker else None,
        [v.name for v in quote.via],
    )


CASES = [
    pytest.param(
        "Di sisi lain, menurut Ruki yang menjabat sebagai pelaksana tugas pimpinan KPK pada 2015, pernyataan "
        "yang disampaikan Romli keliru.",
        [("pernyataan yang disampaikan Romli keliru", "indirect", "Ruki", [])],
        id="a-relative-clause-about-the-speaker-after-menurut-is-no-part-of-the-quote",
    ),
    pytest.param(
        "Budi Kurniawan memprediksi jumlah pendaki Gunung Tambora pada 2017 mencapai lebih dari 2.000 orang.",
        [
            (
                "jumlah pendaki Gunung Tambora pada 2017 mencapai lebih dari 2.000 orang",
                "indirect",
                "Budi Kurniawan",
                [],
            )
        ],
        id="a-forecast-with-a-long-subject-is-a-clause",
    ),
    pytest.param(
        "Mengutip Digital Trends, NASA memperkirakan sejauh ini ada sekitar 500.000 puing sampah di sekitar Bumi.",
        [
            (
                "sejauh ini ada sekitar 500.000 puing sampah di sekitar Bumi",
                "indirect",
                "NASA",
                ["Digital Trends"],
            )
        ],
        id="an-estimate-of-what-there-is-is-a-clause",
    ),
    pytest.param(
        "Dilansir NME, Rowling mengumumkan permintaan maaf dalam rangka merayakan ulang tahun novelnya.",
        [],
        id="a-relay-before-a-subject-with-its-own-report-verb-makes-no-outlet-quote",
    ),
    pytest.param(
        "Dilansir L'Equipe, Mbappe disebut merasa sudah siap untuk bermain di klub terbaik.",
        [
            (
                "Mbappe disebut merasa sudah siap untuk bermain di klub terbaik",
                "indirect",
                "L'Equipe",
                ["L'Equipe"],
            )
        ],
        id="agentless-hearsay-after-a-relay-is-the-outlets",
    ),
    pytest.param(
        "Dikutip dari Al Jazeera, juru bicara Hamas, Abu Obaida, menyebut serangan itu balasan atas blokade.",
        [],
        id="a-relay-before-a-described-subject-with-its-own-report-verb-makes-no-outlet-quote",
    ),
    pytest.param(
        "Dilansir Ace Showbiz, Schuman sebenarnya ingin melaporkan Carter ke polisi.",
        [
            (
                "Schuman sebenarnya ingin melaporkan Carter ke polisi",
                "indirect",
                "Ace Showbiz",
                ["Ace Showbiz"],
            )
        ],
        id="what-someone-means-to-do-after-a-relay-is-the-outlets-report",
    ),
    pytest.param(
        "Budi Santoso datang. Sehingga menurutnya satu poin di Bandung adalah hasil terbaik Persela.",
        [("satu poin di Bandung adalah hasil terbaik Persela", "indirect", "Budi Santoso", [])],
        id="sehingga-before-menurutnya-is-a-bare-connective",
    ),
    pytest.param(
        "Menurut The Guardian via SBS, Macklemore berkata kepada The Cruz Show bahwa ia akan tetap tampil di "
        "Australia.",
        [
            (
                "ia akan tetap tampil di Australia",
                "indirect",
                "Macklemore",
                ["The Cruz Show", "The Guardian", "SBS"],
            )
        ],
        id="menurut-an-outlet-before-a-report-is-a-relay",
    ),
    pytest.param(
        "Menurut Reuters, Rusia siap berunding dengan Ukraina pekan depan.",
        [("Rusia siap berunding dengan Ukraina pekan depan", "indirect", "Reuters", [])],
        id="menurut-an-outlet-alone-is-the-source",
    ),
    pytest.param(
        "Bahkan industri rokok disebutnya sudah pincang sejak tiga tahun belakangan.",
        [
            (
                "Bahkan industri rokok disebutnya sudah pincang sejak tiga tahun belakangan",
                "indirect",
                None,
                [],
            )
        ],
        id="a-clitic-agent-passive-inside-the-clause-makes-the-sentence-the-quote",
    ),
    pytest.param(
        "Hal itu dikatakannya saat peringatan Hari Kartini di Jakarta.",
        [],
        id="a-clitic-passive-saying-when-it-was-said-claims-nothing",
    ),
    pytest.param(
        "Ia justru menyalahkan Muhammad Nazaruddin yang disebutnya mengaitkan namanya dalam perkara tersebut.",
        [],
        id="a-clitic-passive-in-a-relative-clause-is-no-quote",
    ),
    pytest.param(
        "Dikutip dari AFP, berikut daftar pemenang utama Brit Awards 2018:\n\nBritish Album of the Year",
        [],
        id="an-outlet-introducing-a-list-claims-nothing",
    ),
    pytest.param(
        "Sumber dari pemerintahan Yordania yang enggan disebutkan namanya, mengatakan kini Israel tengah "
        "mempertimbangkan permintaan itu.",
        [
            (
                "kini Israel tengah mempertimbangkan permintaan itu",
                "indirect",
                "Sumber dari pemerintahan Yordania",
                [],
            )
        ],
        id="a-source-unwilling-to-be-named-still-reports",
    ),
    pytest.param(
        "Budi enggan mengatakan bahwa Israel tengah mempertimbangkan permintaan itu.",
        [],
        id="enggan-before-the-cue-still-negates-it",
    ),
    pytest.param(
        "Menurut sumber dekat Payne, album itu akan dirilis tahun depan.",
        [("album itu akan dirilis tahun depan", "indirect", "sumber dekat Payne", [])],
        id="a-source-close-to-someone-is-not-that-person",
    ),
    pytest.param(
        "Informasi yang dihimpun menyebutkan penyekapan dilakukan saat kawanan itu memergoki korban.",
        [],
        id="the-outlets-own-information-is-no-source",
    ),
    pytest.param(
        "Ada pihak yang menilai bahwa daya beli masyarakat tidak melemah.",
        [],
        id="somebody-unnamed-with-a-vague-noun-is-no-source",
    ),
    pytest.param(
        "Jadi pastikan anda menambahkan bubuk protein dalam smoothie untuk memastikan kecukupan protein.",
        [],
        id="advice-to-the-reader-is-no-report",
    ),
    pytest.param(
        "Pernahkah Anda berpikir bahwa ibu Anda bisa saja pergi meninggalkan Anda kapan pun?",
        [],
        id="a-question-to-the-reader-is-no-report",
    ),
    pytest.param(
        "Nelayan itu ditemui Azhar Kasim. Kejadian itu menurutnya terus berulang karena lemahnya pengamanan laut.",
        [
            (
                "Kejadian itu menurutnya terus berulang karena lemahnya pengamanan laut",
                "indirect",
                "Azhar",
                [],
            )
        ],
        id="menurutnya-inserted-after-a-topic-without-commas",
    ),
    pytest.param(
        "Zidane datang. Zidane memuji para pemain yang menurutnya masih memiliki gairah tinggi.",
        [],
        id="menurutnya-inside-a-relative-clause-is-no-attribution-of-the-sentence",
    ),
    pytest.param(
        "Jakarta - Ekonom itu datang. Ahmad Yani memprediksi harga minyak akan naik tahun depan.",
        [("harga minyak akan naik tahun depan", "indirect", "Ahmad Yani", [])],
        id="a-forecast-with-a-subject-and-a-modal-needs-no-bahwa",
    ),
    pytest.param(
        "Jakarta - Pengamat itu datang. Budi memprediksi kemenangan Persib atas Persija.",
        [],
        id="a-forecast-of-an-object-is-no-report",
    ),
    pytest.param(
        "Apakah Anda memperkirakan Zidane akan menjadi pelatih?",
        [],
        id="a-forecast-asked-is-no-report",
    ),
    pytest.param(
        "Produser Simon Kinberg pernah berkomentar soal sekuel itu, “Saya pikir Deadpool 2 akan lucu.”",
        [("Saya pikir Deadpool 2 akan lucu", "direct", "Simon Kinberg", [])],
        id="a-topic-between-the-cue-and-the-opening-mark",
    ),
    pytest.param(
        "“Anda bisa melihat di lokasi,” ujar Chul Min, melansir Sports Chosun via Nate.",
        [("Anda bisa melihat di lokasi", "direct", "Chul Min", ["Sports Chosun", "Nate"])],
        id="an-outlet-that-passed-the-report-on-follows-via",
    ),
    pytest.param(
        "Melansir My Daily via Naver, ketiga bintang film tersebut akan menyapa penggemar mereka.",
        [
            (
                "ketiga bintang film tersebut akan menyapa penggemar mereka",
                "indirect",
                "My Daily",
                ["My Daily", "Naver"],
            )
        ],
        id="the-outlet-as-only-source-is-the-origin-of-the-chain",
    ),
    pytest.param(
        '"Evan Dimas sudah lama berdiskusi dengan saya," beber Sumardji di kantor PSSI.',
        [("Evan Dimas sudah lama berdiskusi dengan saya", "direct", "Sumardji", [])],
        id="beber-is-a-speech-cue",
    ),
    pytest.param(
        '"Ah ngaco, belum ada," seloroh Sarip Hidayat.',
        [("Ah ngaco, belum ada", "direct", "Sarip Hidayat", [])],
        id="seloroh-is-a-speech-cue",
    ),
    pytest.param(
        "Victor Moses berhasil melanjutkan kemelut dari sepak pojok untuk menggetarkan gawang Petr Cech.",
        [],
        id="melanjutkan-an-act-is-no-report",
    ),
    pytest.param(
        "Harry Boediarto melanjutkan pengguna cukup memasukkan jumlah kontainer yang ingin dipesan.",
        [
            (
                "pengguna cukup memasukkan jumlah kontainer yang ingin dipesan",
                "indirect",
                "Harry Boediarto",
                [],
            )
        ],
        id="melanjutkan-a-clause-is-a-report",
    ),
    pytest.param(
        "Ada pula yang menilai bahwa kebijakan itu terlalu terburu-buru.",
        [],
        id="somebody-unnamed-is-no-source",
    ),
    pytest.param(
        "Dilihat dari harga dan fitur yang ditawarkan, menurut saya Huawei Nova 2i bisa menjadi smartphone terbaik.",
        [],
        id="the-writer-s-menurut-saya-without-a-comma-is-no-quote",
    ),
    pytest.param(
        "Manchester United disebut siap memberikan Jose Mourinho kontrak lima tahun.",
        [],
        id="disebut-before-a-verb-is-hearsay-with-no-agent",
    ),
    pytest.param(
        "“Kami melihat para artis menemukan apa yang sesuai dengan mereka,” ia mengatakan, seperti dikutip Hot New "
        "Hip Hop.",
        [
            (
                "Kami melihat para artis menemukan apa yang sesuai dengan mereka",
                "direct",
                None,
                ["Hot New Hip Hop"],
            )
        ],
        id="a-relay-after-the-cue-of-a-direct-quote-is-no-indirect-quote",
    ),
    pytest.param(
        "Hal yang dikatakan Sezai memang terlihat dari dekorasi restoran berlantai tiga tersebut.",
        [],
        id="what-was-said-as-a-subject-is-no-quote",
    ),
    pytest.param(
        '"Kami siap bertanding besok malam," kata pelatih Timnas Shin Tae-yong.',
        [("Kami siap bertanding besok malam", "direct", "Shin Tae-yong", [])],
        id="direct-cue-after",
    ),
    pytest.param(
        "“Kami akan terus mendukung keputusan itu,” tuturnya. Budi Santoso hadir.\n"
        "Sebelumnya Budi Santoso mengatakan tim sudah siap.",
        [
            ("Kami akan terus mendukung keputusan itu", "direct", None, []),
            ("tim sudah siap", "indirect", "Budi Santoso", []),
        ],
        id="clitic-without-antecedent-then-indirect",
    ),
    pytest.param(
        'Menteri Luar Negeri Retno Marsudi hadir di Jakarta.\n"Indonesia mendukung perdamaian di kawasan," ujarnya.',
        [("Indonesia mendukung perdamaian di kawasan", "direct", "Retno Marsudi", [])],
        id="clitic-resolves-to-person",
    ),
    pytest.param(
        '"Ya, ada batasan-batasan tertentu," kata Putin dalam wawancaranya dengan media Russia 1, seperti dilansir CNN. '
        '"Namun, ada beberapa hal yang bisa kita bicarakan."',
        [
            ("Ya, ada batasan-batasan tertentu", "direct", "Putin", ["Russia 1", "CNN"]),
            ("Namun, ada beberapa hal yang bisa kita bicarakan", "direct", "Putin", ["Russia 1", "CNN"]),
        ],
        id="split-quote-with-relay-chain",
    ),
    pytest.param(
        "Menurut Peskov, Putin juga memberikan sarung tangan kepada Kim.",
        [("Putin juga memberikan sarung tangan kepada Kim", "indirect", "Peskov", [])],
        id="menurut",
    ),
    pytest.param(
        "Kantor berita Rusia, TASS, melaporkan bahwa Kim Jong Un memberi pedang kepada Putin.",
        [("Kim Jong Un memberi pedang kepada Putin", "indirect", "TASS", [])],
        id="agency-as-speaker",
    ),
    pytest.param(
        "Dilansir BBC, AS memperingatkan bahwa bantuan apa pun kepada Pyongyang akan melanggar resolusi PBB.",
        [
            (
                "bantuan apa pun kepada Pyongyang akan melanggar resolusi PBB",
                "indirect",
                "Amerika Serikat",
                ["BBC"],
            )
        ],
        id="outlet-relay-before-speaker",
    ),
    pytest.param(
        "Kim tampak menyatakan dukungannya terhadap perang Vladimir Putin di Ukraina.",
        [],
        id="noun-phrase-complement-is-not-a-quote",
    ),
    pytest.param(
        "Presiden tidak mengatakan bahwa pemilu akan ditunda.",
        [],
        id="negated-cue",
    ),
    pytest.param(
        'Film "Ada Apa Dengan Cinta" kembali diputar di bioskop.',
        [],
        id="title-in-quotes-is-not-a-quote",
    ),
    pytest.param(
        'Ia menyebut lawannya "pengecut" di depan wartawan.',
        [],
        id="single-scare-quoted-word",
    ),
    pytest.param(
        "Kapolres Mimika AKBP Victor Mackbon meminta agar warga tetap tenang dan tidak terprovokasi.",
        [("agar warga tetap tenang dan tidak terprovokasi", "indirect", "Victor Mackbon", [])],
        id="directive-agar",
    ),
    pytest.param(
        "Harga beras akan turun bulan depan, kata Menteri Perdagangan Enggartiasto Lukita.",
        [("Harga beras akan turun bulan depan", "indirect", "Enggartiasto Lukita", [])],
        id="clause-then-kata-without-marks",
    ),
    pytest.param(
        "Namun, kata Setyo, polisi sudah mengidentifikasi para pelaku kerusuhan.",
        [("polisi sudah mengidentifikasi para pelaku kerusuhan", "indirect", "Setyo", [])],
        id="inserted-after-bare-connective",
    ),
    pytest.param(
        '"Putin memberi Kim senapan “berkualitas terbaik,” kata juru bicara Kremlin, Dmitry Peskov kepada wartawan.',
        [("Putin memberi Kim senapan “berkualitas terbaik", "mixed", "Dmitry Peskov", [])],
        id="stray-opening-mark-with-nested-fragment",
    ),
    pytest.param(
        'Pria itu menyambut kawannya dengan pepatah lama: "seorang teman lama lebih baik daripada dua teman baru".',
        [("seorang teman lama lebih baik daripada dua teman baru", "direct", None, [])],
        id="colon-introduction",
    ),
    pytest.param(
        'Kata dia, "Kami tidak akan mundur dari pencalonan ini."\nBaca juga: "Ini kata dia soal pencalonan yang panjang"',
        [("Kami tidak akan mundur dari pencalonan ini", "direct", None, [])],
        id="furniture-line-skipped",
    ),
    pytest.param(
        '"Kami menerima undangan itu dengan senang hati dan akan segera datang ke sana,"\n'
        '"Ini kesempatan baik untuk kedua negara," kata juru bicara Kementerian Luar Negeri, Lalu Iqbal.',
        [
            (
                "Kami menerima undangan itu dengan senang hati dan akan segera datang ke sana",
                "direct",
                None,
                [],
            ),
            ("Ini kesempatan baik untuk kedua negara", "direct", "Lalu Iqbal", []),
        ],
        id="unclosed-unattributed-paragraph",
    ),
    pytest.param(
        "Russian President Vladimir Putin said on Thursday that Russia would respect all restrictions.",
        [("Russia would respect all restrictions", "indirect", "Vladimir Putin", [])],
        id="en-said-that",
    ),
    pytest.param(
        '"We will continue to support the decision," said Kremlin spokesman Dmitry Peskov.',
        [("We will continue to support the decision", "direct", "Dmitry Peskov", [])],
        id="en-direct-said-role-name",
    ),
    pytest.param(
        "The talks were productive, Peskov told reporters.",
        [("The talks were productive", "indirect", "Peskov", [])],
        id="en-clause-subject-verb",
    ),
    pytest.param(
        "Putin told Russia 1 in an interview that the meeting was useful, as reported by CNN.",
        [("the meeting was useful", "indirect", "Putin", ["Russia 1", "CNN"])],
        id="en-interview-origin-and-relay",
    ),
    pytest.param(
        "Harga cabai akan naik menjelang Lebaran, Menteri Pertanian Amran Sulaiman menambahkan.",
        [("Harga cabai akan naik menjelang Lebaran", "indirect", "Amran Sulaiman", [])],
        id="clause-then-subject-then-cue",
    ),
    pytest.param(
        "Para astronom mengukur posisi 147.000 quasar menurut SDSS.",
        [("Para astronom mengukur posisi 147.000 quasar", "indirect", "SDSS", [])],
        id="menurut-at-sentence-end-without-comma",
    ),
    pytest.param(
        "Menurut Ricky tantangan utama yang dihadapi Bluprin adalah kesiapan masyarakat.",
        [("tantangan utama yang dihadapi Bluprin adalah kesiapan masyarakat", "indirect", "Ricky", [])],
        id="menurut-name-without-comma",
    ),
    pytest.param(
        "Pembubaran massa oleh kepolisian, menurut Setyo juga telah dilakukan sesuai dengan prosedur.",
        [
            (
                "Pembubaran massa oleh kepolisian, menurut Setyo juga telah dilakukan sesuai dengan prosedur",
                "indirect",
                "Setyo",
                [],
            )
        ],
        id="menurut-inserted-without-closing-comma",
    ),
    pytest.param(
        "Padahal menurut juru bicara KPK, Febri Diansyah, penyadapan oleh lembaganya telah sesuai aturan.",
        [("penyadapan oleh lembaganya telah sesuai aturan", "indirect", "Febri Diansyah", [])],
        id="menurut-role-then-apposed-name",
    ),
    pytest.param(
        "Kendati persiapan mepet, Bima mengaku para pemain dalam kondisi siap tampil.",
        [("para pemain dalam kondisi siap tampil", "indirect", "Bima", [])],
        id="clause-with-unprefixed-predicate",
    ),
    pytest.param(
        "Happy Salma memang sudah mengatakan dirinya akan fokus mengurus keluarga.",
        [("dirinya akan fokus mengurus keluarga", "indirect", "Happy Salma", [])],
        id="clause-with-dirinya-subject",
    ),
    pytest.param(
        "Untung saja sang kekasih mengingatkan agar ia tidak kelewat banyak makan selai cokelat.",
        [("agar ia tidak kelewat banyak makan selai cokelat", "indirect", "sang kekasih", [])],
        id="reminder-with-agar-needs-no-bahwa",
    ),
    pytest.param(
        "Seperti diberitakan Contact Music, Drake meraih 13 nominasi dalam daftar AMA 2016.",
        [("Drake meraih 13 nominasi dalam daftar AMA 2016", "indirect", "Contact Music", ["Contact Music"])],
        id="outlet-as-only-source-diberitakan",
    ),
    pytest.param(
        "Dikatakannya lagi, hal tersebut ingin dikomunikasikan Exco bersama Tisha.",
        [("hal tersebut ingin dikomunikasikan Exco bersama Tisha", "indirect", None, [])],
        id="sentence-initial-agentive-passive",
    ),
    pytest.param(
        "Tb Mulyana mengatakan dia akan mengikuti kebijakan DPP, namun dia mengaku masih menunggu putusan "
        "resmi dari pusat.",
        [
            ("dia akan mengikuti kebijakan DPP", "indirect", "Tb Mulyana", []),
            ("masih menunggu putusan resmi dari pusat", "indirect", "Tb Mulyana", []),
        ],
        id="second-report-after-contrast",
    ),
    pytest.param(
        "Setyo membantah penggunaan tank dalam pembubaran massa tersebut.",
        [],
        id="noun-phrase-object-ending-in-tersebut-is-not-a-quote",
    ),
    pytest.param(
        "Penyelidikan dimulai sejak 16 Agustus 2017 berdasarkan Surat Perintah Penyelidikan Nomor 73.",
        [],
        id="legal-basis-is-not-a-source",
    ),
    pytest.param(
        'Dilansir Reuters, api diduga muncul pukul 02.00 pagi. "Api muncul di salah satu asrama," ujar '
        "Menteri Pendidikan Fred Matiangi.",
        [
            ("api diduga muncul pukul 02.00 pagi", "indirect", "Reuters", ["Reuters"]),
            ("Api muncul di salah satu asrama", "direct", "Fred Matiangi", ["Reuters"]),
        ],
        id="relay-opening-a-paragraph-covers-its-quotes",
    ),
    pytest.param(
        "Sejalan dengan resolusi itu, Inggris menganggap Yerusalem Timur sebagai wilayah yang diduduki, katanya.",
        [
            (
                "Sejalan dengan resolusi itu, Inggris menganggap Yerusalem Timur sebagai wilayah yang diduduki",
                "indirect",
                None,
                [],
            )
        ],
        id="closing-attribution-is-the-top-level-one",
    ),
    pytest.param(
        "Michael mengklaim, meski baru groundbreaking, namun ada beberapa tenant yang berkomitmen.",
        [
            (
                "meski baru groundbreaking, namun ada beberapa tenant yang berkomitmen",
                "indirect",
                "Michael",
                [],
            )
        ],
        id="concessive-clause-keeps-its-namun",
    ),
    pytest.param(
        "Lisa Luna terlihat berjalan kaki dan mengatakan mereka lapar.",
        [("mereka lapar", "indirect", None, [])],
        id="two-word-clause-with-pronoun-subject",
    ),
    pytest.param(
        "Pengguna Galaxy A memang tidak perlu lagi khawatir untuk beraktivitas di dalam air.",
        [],
        id="negation-a-few-words-before-the-cue",
    ),
    pytest.param(
        "Hasil itu membuat CLS hanya perlu satu kemenangan lagi untuk memastikan lolos ke final.",
        [],
        id="purpose-before-the-cue",
    ),
    pytest.param(
        "Petugas masih dalam proses penyelidikan mengungkap penyebab kebakaran itu terjadi.",
        [],
        id="mengungkap-without-bahwa-is-uncover",
    ),
    pytest.param(
        "Gubernur Andrew Cuomo telah memerintahkan penangguhan layanan kereta bawah tanah untuk jalur yang berada "
        "di atas tanah.",
        [],
        id="order-with-an-object-is-not-a-directive-clause",
    ),
    pytest.param(
        "Pemerintah meminta Putri Moi ditutup selama dua pekan.",
        [("Putri Moi ditutup selama dua pekan", "indirect", "Pemerintah", [])],
        id="directive-object-with-its-own-predicate",
    ),
    pytest.param(
        "Bulan lalu Macron saat berkunjung ke Tallinn, Estonia mengatakan perusahaan internet tidak membayar pajak.",
        [("perusahaan internet tidak membayar pajak", "indirect", "Macron", [])],
        id="place-after-a-comma-is-not-the-subject",
    ),
    pytest.param(
        "Lebih lanjut ia menjelaskan, beberapa sektor bisnis akan dibangun di kawasan tersebut.",
        [("beberapa sektor bisnis akan dibangun di kawasan tersebut", "indirect", None, [])],
        id="lebih-lanjut-is-a-connective",
    ),
    pytest.param(
        '"Tidak perlu keluar rumah," kata Cuomo dalam wawancara dengan MSNBC.',
        [("Tidak perlu keluar rumah", "direct", "Cuomo", ["MSNBC"])],
        id="interview-with-call-letters-is-a-relay",
    ),
    pytest.param(
        "Wartawan pun tak diizinkan untuk meliput acara itu, seperti yang dikutip dari Reuters.",
        [("Wartawan pun tak diizinkan untuk meliput acara itu", "indirect", "Reuters", ["Reuters"])],
        id="outlet-as-only-source-at-the-end",
    ),
    pytest.param(
        "Kantor federal buka tiga jam lebih lambat karena salju akan mencapai 13 cm, demikian Reuters.",
        [
            (
                "Kantor federal buka tiga jam lebih lambat karena salju akan mencapai 13 cm",
                "indirect",
                "Reuters",
                ["Reuters"],
            )
        ],
        id="demikian-agency",
    ),
    pytest.param(
        "Sekolah-sekolah meniadakan kelas pada Selasa, demikian pula dengan sekolah-sekolah di Boston.",
        [],
        id="demikian-pula-is-likewise",
    ),
    pytest.param(
        "Tito menyampaikan rasa terima kasihnya atas undangan Arifin Ilham.",
        [],
        id="thanks-are-not-a-claim",
    ),
    pytest.param(
        "Badan Cuaca Nasional memperingatkan sekitar 50 juta orang soal datangnya badai salju yang akan terjadi.",
        [],
        id="object-and-topic-are-not-a-clause",
    ),
    pytest.param(
        "Ia menjelaskan, dalam soal data ini, pemerintah akan memverifikasi sampel di lapangan.",
        [("dalam soal data ini, pemerintah akan memverifikasi sampel di lapangan", "indirect", None, [])],
        id="fronted-adverbial-inside-the-clause",
    ),
    pytest.param(
        "Penyempurnaan data tersebut dinilai Darmin memungkinkan untuk menjadi dasar penugasan pemerintah.",
        [
            (
                "Penyempurnaan data tersebut dinilai Darmin memungkinkan untuk menjadi dasar penugasan pemerintah",
                "indirect",
                "Darmin",
                [],
            )
        ],
        id="agent-of-a-passive-inside-the-clause",
    ),
    pytest.param(
        "Kegiatan Trump dan Abe menandakan hubungan kuat. Hubungan itu berdasarkan kerja sama militer, seperti "
        "yang dikatakan mereka saat jumpa pers.",
        [("Hubungan itu berdasarkan kerja sama militer", "indirect", "Trump dan Abe", [])],
        id="closing-passive-attribution-and-mereka-for-a-pair",
    ),
    pytest.param(
        "Sambutan disampaikan Ustaz Arifin Ilham, yang juga memimpin doa bersama.",
        [],
        id="passive-of-an-act-is-not-a-report",
    ),
    pytest.param(
        "Warner hanya bilang bahwa masih terlalu dini memberikan detailnya dan berjanji akan menjawabnya nanti.",
        [
            ("masih terlalu dini memberikan detailnya", "indirect", "Warner", []),
            ("akan menjawabnya nanti", "indirect", "Warner", []),
        ],
        id="two-reports-joined-by-dan",
    ),
    pytest.param(
        "Perusahaan teknologi asal Korea Selatan tersebut mengkonfirmasi salah satu rumor yang beredar.",
        [],
        id="verb-in-a-relative-clause-is-not-a-predicate",
    ),
    pytest.param(
        "Hal itu harus diputuskan lewat perundingan, kata Duta Besar Inggris untuk PBB Matthew Rycroft.",
        [("Hal itu harus diputuskan lewat perundingan", "indirect", "Matthew Rycroft", [])],
        id="untuk-inside-a-title",
    ),
    pytest.param(
        "Neymar justru merasa nyaman bermain di Barcelona karena kehadiran Messi.",
        [],
        id="stance-verb-with-a-feeling-is-not-a-report",
    ),
    pytest.param(
        "Politisi PDIP itu merasa dirinya sudah bekerja sesuai aturan.",
        [("dirinya sudah bekerja sesuai aturan", "indirect", None, [])],
        id="stance-verb-with-its-own-subject",
    ),
    pytest.param(
        "Warga menyadari bahwa banjir akan datang lagi tahun depan.",
        [("banjir akan datang lagi tahun depan", "indirect", "Warga", [])],
        id="stance-verb-with-bahwa",
    ),
    pytest.param(
        "Menurutnya pendidikan ke Monas bisa menjadi sarana wisata edukatif.",
        [("pendidikan ke Monas bisa menjadi sarana wisata edukatif", "indirect", None, [])],
        id="menurutnya-without-comma",
    ),
    pytest.param(
        "Menurut dia pihaknya akan belajar dari penyelenggaraan DBL.",
        [("pihaknya akan belajar dari penyelenggaraan DBL", "indirect", None, [])],
        id="menurut-pronoun-without-comma",
    ),
    pytest.param(
        "Namun kata Saleh al-Jasser, direktur maskapai tersebut, pesawat mereka belum mendapatkan izin.",
        [("pesawat mereka belum mendapatkan izin", "indirect", "Saleh al-Jasser", [])],
        id="opening-kata-with-apposed-role",
    ),
    pytest.param(
        "Namun, lanjut Febri siapa tersangka baru tergantung pada bukti permulaan.",
        [("siapa tersangka baru tergantung pada bukti permulaan", "indirect", "Febri", [])],
        id="opening-cue-after-connective-without-comma",
    ),
    pytest.param(
        "Artinya, kata dia, data yang terkumpul akan diidentifikasi.",
        [("data yang terkumpul akan diidentifikasi", "indirect", None, [])],
        id="artinya-is-a-bare-connective",
    ),
    pytest.param(
        "Sebut saja Nissan Motor yang akan membuka pabrik di Meksiko tahun depan.",
        [],
        id="sebut-saja-is-for-example",
    ),
    pytest.param(
        "Kongres tengah berupaya. Namun, upaya tersebut dihadapkan pada jalan terjal, demikian dilansir dari "
        "Reuters, Kamis (9/2).",
        [("upaya tersebut dihadapkan pada jalan terjal", "indirect", "Reuters", ["Reuters"])],
        id="closing-demikian-dilansir",
    ),
    pytest.param(
        "Kementerian Luar Negeri Suriah menyatakan militer Suriah tak memiliki senjata kimia, sekaligus "
        "mengecam laporan serangan gas beracun.",
        [("militer Suriah tak memiliki senjata kimia", "indirect", "Kementerian", [])],
        id="sekaligus-starts-the-speakers-next-act",
    ),
    pytest.param(
        "Qatar menuding Saudi mempolitisir ibadah haji dan melaporkannya ke PBB bulan lalu.",
        [("Saudi mempolitisir ibadah haji", "indirect", "Qatar", [])],
        id="coordinated-report-with-object-clitic",
    ),
    pytest.param(
        "Otoritas Palestina menyebut terdapat 1500 tahanan yang menolak makan, kendati pada Minggu (30/4) "
        "pejabat Israel mengatakan 300 tahanan menyerah.",
        [
            ("terdapat 1500 tahanan yang menolak makan", "indirect", "Otoritas", []),
            ("300 tahanan menyerah", "indirect", "pejabat Israel", []),
        ],
        id="second-speaker-after-a-concession",
    ),
    pytest.param(
        "Sayap militer Hamas memberi Israel waktu selama 24 jam untuk merespons tuntutan, dan memperingatkan "
        "negara tersebut akan mendapatkan konsekuensi serius.",
        [("negara tersebut akan mendapatkan konsekuensi serius", "indirect", "Hamas", [])],
        id="joined-cue-takes-the-sentence-subject",
    ),
    pytest.param(
        "ISIS melarang pria meninggalkan kota ini, selain mengumumkan Raqqa kini telah menjadi daerah militer.",
        [("Raqqa kini telah menjadi daerah militer", "indirect", "ISIS", [])],
        id="selain-cue-takes-the-sentence-subject",
    ),
    pytest.param(
        "Rossi kalah cepat. Rossi lalu mengaku senang dengan lintasan Termas de Rio Hondo.",
        [("senang dengan lintasan Termas de Rio Hondo", "indirect", "Rossi", [])],
        id="lalu-after-a-subject-is-an-adverb",
    ),
    pytest.param(
        "Laman berita Iraqi News melaporkan, para aktivis di Raqqa menyebutkan ISIS telah mengungsikan para "
        "istri mereka.",
        [("ISIS telah mengungsikan para istri mereka", "indirect", "para aktivis", ["Iraqi News"])],
        id="outlet-reporting-another-speaker-is-a-relay",
    ),
    pytest.param(
        "AS.com menulis, Cristiano Ronaldo sudah menceritakan keinginannya kepada beberapa teman.",
        [
            (
                "Cristiano Ronaldo sudah menceritakan keinginannya kepada beberapa teman",
                "indirect",
                "Diario AS",
                [],
            )
        ],
        id="outlet-reporting-an-act-is-the-source",
    ),
    pytest.param(
        "Berbicara pada Liverpool Echo, Klopp menyebut dirinya terpaksa mengunjungi optik.",
        [("dirinya terpaksa mengunjungi optik", "indirect", "Klopp", ["Liverpool Echo"])],
        id="speaking-to-an-outlet",
    ),
    pytest.param(
        "Jemaah haji Qatar telah melalui perbatasan sejak Kamis lalu, seperti yang dilaporkan televisi "
        "al-Arabiya.",
        [
            (
                "Jemaah haji Qatar telah melalui perbatasan sejak Kamis lalu",
                "indirect",
                "al-Arabiya",
                ["al-Arabiya"],
            )
        ],
        id="outlet-with-an-arabic-article",
    ),
    pytest.param(
        "Menurut Kepala Dinas Pertanian, Budi Santoso di Jakarta, Senin, harga beras akan naik bulan depan.",
        [("harga beras akan naik bulan depan", "indirect", "Budi Santoso", [])],
        id="according-with-place-and-day",
    ),
    pytest.param(
        'Ichwan Persada, produser film itu, mengaku semangat mengerjakan film ini. "Dalam beberapa tahun ini ada '
        'kegairahan untuk mengangkat isu lokal." Film itu tayang bulan depan.',
        [
            ("semangat mengerjakan film ini", "indirect", "Ichwan Persada", []),
            (
                "Dalam beberapa tahun ini ada kegairahan untuk mengangkat isu lokal",
                "direct",
                "Ichwan Persada",
                [],
            ),
        ],
        id="quoted-sentences-inside-a-paragraph-continue-the-last-speaker",
    ),
    pytest.param(
        'Film "Silariang: Cinta Yang Tak Direstui" diluncurkan di Makassar pada Minggu.',
        [],
        id="title-inside-a-sentence-is-not-a-quote",
    ),
    pytest.param(
        "Saya sudah mencobanya sebentar, dan menurut saya, game ini sangat unik.",
        [],
        id="first-person-outside-marks-is-the-writer",
    ),
    pytest.param(
        "Qatar membantah seluruh tudingan tersebut dan menolak tuntutan Saudi untuk menutup al-Jazeera.",
        [],
        id="object-then-the-subjects-next-verb-is-not-a-clause",
    ),
    pytest.param(
        "Khan menambahkan, keamanan memang akan diperketat, namun hal itu bukan merupakan alasan untuk panik.",
        [
            (
                "keamanan memang akan diperketat, namun hal itu bukan merupakan alasan untuk panik",
                "indirect",
                "Khan",
                [],
            )
        ],
        id="the-speakers-own-contrast-stays-in-the-clause",
    ),
    pytest.param(
        'Saat ditanya soal itu, Conte menambahkan "Saya pikir itu selalu menjadi masalah tim, bukan individu."',
        [("Saya pikir itu selalu menjadi masalah tim, bukan individu", "direct", "Conte", [])],
        id="report-verb-right-before-the-mark",
    ),
    pytest.param(
        '"Lebih dari separuh perempuan di Rembang hamil dini," kata Project Manager "Yes I Do", Amrullah, di '
        "Semarang.",
        [("Lebih dari separuh perempuan di Rembang hamil dini", "direct", "Amrullah", [])],
        id="quoted-title-inside-the-speakers-role",
    ),
    pytest.param(
        "Berdasarkan pengakuan pengguna, katanya, akun Facebooknya dibajak oleh orang tak bertanggung jawab.",
        [
            (
                "Berdasarkan pengakuan pengguna, katanya, akun Facebooknya dibajak oleh orang tak bertanggung jawab",
                "indirect",
                None,
                [],
            )
        ],
        id="inserted-kata-outranks-berdasarkan",
    ),
    pytest.param(
        "Deller menjelaskan, sebagaimana dikutip Pitchfork, Life Class adalah ruang khusus untuk meneliti anatomi.",
        [("Life Class adalah ruang khusus untuk meneliti anatomi", "indirect", "Deller", ["Pitchfork"])],
        id="relay-aside-after-the-cue",
    ),
    pytest.param(
        "Kepada Entertainment Weekly, Iggy pernah mengatakan bahwa dirinya sangat menikmati menjadi model.",
        [("dirinya sangat menikmati menjadi model", "indirect", "Iggy", ["Entertainment Weekly"])],
        id="fronted-kepada-outlet-is-the-origin-not-the-subject",
    ),
    pytest.param(
        '"Saya ingin masuk ke otak Messi," ujar Guardiola pada Catalunya Radio seperti dikutip dari Marca.',
        [("Saya ingin masuk ke otak Messi", "direct", "Guardiola", ["Catalunya Radio", "Marca"])],
        id="pada-outlet-then-relay",
    ),
    pytest.param(
        "Cyrus juga mengumumkan, seperti dilansir dari the Hollywood Reporter, bahwa dirinya akan merilis kampanye.",
        [("dirinya akan merilis kampanye", "indirect", "Cyrus", ["The Hollywood Reporter"])],
        id="outlet-written-with-a-lower-case-the",
    ),
    pytest.param(
        '"Saya senang bermain dengan Messi," kata Neymar, seperti dilansir Goal International.\n\n"Suarez juga, '
        'dia akan menjadi pemain terbaik di dunia."',
        [
            ("Saya senang bermain dengan Messi", "direct", "Neymar", ["Goal International"]),
            (
                "Suarez juga, dia akan menjadi pemain terbaik di dunia",
                "direct",
                "Neymar",
                ["Goal International"],
            ),
        ],
        id="continuation-paragraph-keeps-the-relay",
    ),
    pytest.param(
        "Setelah itu, Tom Petty mengatakan kepada Reuters bahwa ia menjalani terapi untuk depresi.",
        [("ia menjalani terapi untuk depresi", "indirect", "Tom Petty", ["Reuters"])],
        id="fronted-adverbial-is-not-a-clause-before-the-subject",
    ),
    pytest.param(
        "Dijelaskan Syarkawi, price fixing yang dimaksud adalah Indosat dan XL bisa berkoordinasi menetapkan harga.",
        [
            (
                "price fixing yang dimaksud adalah Indosat dan XL bisa berkoordinasi menetapkan harga",
                "indirect",
                "Syarkawi",
                [],
            )
        ],
        id="opening-passive-with-its-agent",
    ),
    pytest.param(
        "Menurut Andreas pelaporan itu sarat muatan politis.",
        [("pelaporan itu sarat muatan politis", "indirect", "Andreas", [])],
        id="menurut-name-then-a-verbless-clause",
    ),
    pytest.param(
        "Menurut Ketua KPPU Muhammad Syarkawi Rauf, kepada sejumlah wartawan, surat pemanggilan sudah dikirimkan.",
        [("surat pemanggilan sudah dikirimkan", "indirect", "Muhammad Syarkawi Rauf", [])],
        id="according-then-an-addressee",
    ),
    pytest.param(
        "Dian Siswarini berharap usaha patungan ini dapat memberikan jasa konsultasi di masa mendatang. (tyo/pit)",
        [
            (
                "usaha patungan ini dapat memberikan jasa konsultasi di masa mendatang",
                "indirect",
                "Dian Siswarini",
                [],
            )
        ],
        id="writers-initials-are-not-the-clause",
    ),
    pytest.param(
        "Namun Andi selalu membantah hal tersebut, bahkan dalam sidang Andi membantah pernah menerima uang tersebut.",
        [("pernah menerima uang tersebut", "indirect", "Andi", [])],
        id="demonstrative-object-is-not-a-clause",
    ),
    pytest.param(
        "GP Ansor mendorong pembentukan Peraturan Daerah tentang toleransi. Kanada mendorong agar hak kaum LGBT "
        "disertakan dalam dokumen itu.",
        [("agar hak kaum LGBT disertakan dalam dokumen itu", "indirect", "Kanada", [])],
        id="mendorong-orders-only-with-agar",
    ),
    pytest.param(
        "Menteri Perhubungan Budi Karya Sumadi di Kulon Progo, Minggu, mengatakan kereta api menjadi moda utama.",
        [("kereta api menjadi moda utama", "indirect", "Budi Karya Sumadi", [])],
        id="place-and-day-between-subject-and-cue",
    ),
    pytest.param(
        "Kepala Bidang Angkutan Jalan Dishub Sumsel, Sudirman mengungkapkan, sopir angkot merasa dirugikan.",
        [("sopir angkot merasa dirugikan", "indirect", "Sudirman", [])],
        id="a-name-that-is-also-a-street-is-a-name",
    ),
    pytest.param(
        "Saat melaporkan Megawati, Baharuzaman mencantumkan pekerjaannya sebagai Humas LSM.",
        [],
        id="temporal-clause-before-a-cue-is-not-a-report",
    ),
    pytest.param(
        'FAA mengatakan saat itu ATC menyebut dengan jelas "pilot dengan mesin tunggal" akan mendarat.',
        [
            (
                'saat itu ATC menyebut dengan jelas "pilot dengan mesin tunggal" akan mendarat',
                "mixed",
                "FAA",
                [],
            )
        ],
        id="adverb-dengan-jelas-is-not-a-cue",
    ),
    pytest.param(
        'Lagu yang dia sebut "kontroversial dalam manisnya" itu merupakan lagu tentang tunangannya, kata Miley.',
        [
            (
                'Lagu yang dia sebut "kontroversial dalam manisnya" itu merupakan lagu tentang tunangannya',
                "mixed",
                "Miley",
                [],
            )
        ],
        id="naming-verb-inside-a-clause-is-not-a-direct-cue",
    ),
    pytest.param(
        "Ketua DPD itu mengatakan akan mengikuti kebijakan DPP, namun dia mengaku masih menunggu putusan resmi.",
        [
            ("akan mengikuti kebijakan DPP", "indirect", None, []),
            ("masih menunggu putusan resmi", "indirect", None, []),
        ],
        id="a-contrast-with-a-report-of-its-own-ends-the-clause",
    ),
    pytest.param(
        "Lorde mengaku bekerja dengan Antonoff dan Belachers hingga ke hal detail dan menyebutnya luar biasa.",
        [("bekerja dengan Antonoff dan Belachers hingga ke hal detail", "indirect", "Lorde", [])],
        id="long-complement-before-dan-stays-a-clause",
    ),
    pytest.param(
        "Harga beras akan naik bulan depan, kata Budi Santoso di Jakarta, Senin.",
        [("Harga beras akan naik bulan depan", "indirect", "Budi Santoso", [])],
        id="closing-attribution-with-place-and-day",
    ),
    pytest.param(
        "Pejabat Suriah Faisal Mekdad tiba. Pejabat Suriah itu, sebagaimana diberitakan Xinhua, Rabu pagi, juga "
        "mendesak masyarakat internasional agar menyeret semua pihak ke pengadilan.",
        [
            (
                "masyarakat internasional agar menyeret semua pihak ke pengadilan",
                "indirect",
                "Faisal Mekdad",
                ["Xinhua"],
            )
        ],
        id="relay-and-day-inside-the-subject",
    ),
    pytest.param(
        "Menurut catatan yang disampaikan Aung San Suu Kyi pemimpin Myanmar, 12 petugas keamanan terbunuh.",
        [("12 petugas keamanan terbunuh", "indirect", "Aung San Suu Kyi", [])],
        id="document-with-its-author",
    ),
    pytest.param(
        "Barca pun semakin panik. Sport melansir bahwa Barca berusaha meyakinkan Neymar agar bertahan.",
        [("Barca berusaha meyakinkan Neymar agar bertahan", "indirect", "Sport", [])],
        id="outlet-melansir-bahwa-reports-itself",
    ),
    pytest.param(
        "Melansir Reuters, Presiden Joko Widodo mengatakan bahwa ekonomi tumbuh.",
        [("ekonomi tumbuh", "indirect", "Joko Widodo", ["Reuters"])],
        id="melansir-outlet-is-a-relay",
    ),
    pytest.param(
        "Menurut dosen pembimbing mahasiswa UMM yang mendesain jembatan kaca tersebut, Lukito Prasetyo di Malang, "
        "Jawa Timur, Senin, jembatan kaca ini tidak hanya memiliki fungsi penghubung.",
        [("jembatan kaca ini tidak hanya memiliki fungsi penghubung", "indirect", "Lukito Prasetyo", [])],
        id="menurut-role-with-relative-clause-then-the-name",
    ),
    pytest.param(
        "Asrorun Niam Sholeh menekankan pentingnya orang tua mengedukasi anak-anak mereka dalam menggunakan media.",
        [],
        id="pentingnya-heads-a-noun-phrase",
    ),
    pytest.param(
        "Asrorun Niam Sholeh mengatakan pentingnya pendidikan adalah hal yang tidak bisa ditawar.",
        [("pentingnya pendidikan adalah hal yang tidak bisa ditawar", "indirect", "Asrorun Niam Sholeh", [])],
        id="pentingnya-with-a-copula-is-a-subject",
    ),
    pytest.param("Negara-negara Barat menyebut Hamas sebagai kelompok teroris.", [], id="naming-x-as-y"),
    pytest.param(
        "Menkopolhukam Wiranto mengatakan pemerintah sebagai eksekutif, tidak bisa mencampuri urusan hukum.",
        [("pemerintah sebagai eksekutif, tidak bisa mencampuri urusan hukum", "indirect", "Wiranto", [])],
        id="sebagai-inside-a-subject-before-its-predicate",
    ),
    pytest.param(
        "Benjamin Netanyahu mengkritik surat kabar Amerika Serikat, The New York Times, yang menyebut Barghouti "
        "sebagai ‘pemimpin dan anggota parlemen Palestina’, dan tidak menulis tuduhan itu.",
        [
            (
                "Barghouti sebagai ‘pemimpin dan anggota parlemen Palestina’",
                "indirect",
                "The New York Times",
                [],
            )
        ],
        id="naming-with-a-quoted-label-is-reported",
    ),
    pytest.param(
        "Rinaldy A Yunardi membenarkan kabar itu saat dihubungi CNNIndonesia.com, pada Senin (6/11).",
        [],
        id="demonstrative-object-then-an-adjunct",
    ),
    pytest.param(
        "Rumor menyebutkan keduanya telah berkencan selama dua bulan terakhir.", [], id="hearsay-subject"
    ),
    pytest.param(
        "Prasetyo Boeditjahjono merinci, pada tahun ini, Ditjen Perkeretaapian memiliki program pembangunan jalur "
        "ganda.",
        [
            (
                "pada tahun ini, Ditjen Perkeretaapian memiliki program pembangunan jalur ganda",
                "indirect",
                "Prasetyo Boeditjahjono",
                [],
            )
        ],
        id="merinci-then-a-fronted-time-adverbial",
    ),
    pytest.param(
        "Paul Tehusijarana menyebut usulan Djarot soal tarif parkir progresif Ancol, belum bisa menutupi biaya.",
        [
            (
                "usulan Djarot soal tarif parkir progresif Ancol, belum bisa menutupi biaya",
                "indirect",
                "Paul Tehusijarana",
                [],
            )
        ],
        id="a-topic-inside-the-subject-then-its-predicate",
    ),
    pytest.param(
        "Djarot pun berkukuh agar uji coba penggratisan Ancol untuk pemegang KJP segera dilaksanakan.",
        [
            (
                "agar uji coba penggratisan Ancol untuk pemegang KJP segera dilaksanakan",
                "indirect",
                "Djarot",
                [],
            )
        ],
        id="berkukuh-agar",
    ),
    pytest.param(
        "Sejarah mencatat, kapal tersebut tenggelam pada 15 April 1912 dalam perjalanan menuju New York.",
        [],
        id="history-is-no-source",
    ),
    pytest.param(
        "Menurut rencana, Stasiun BNI City akan dijadikan City Railway Station yang dilengkapi fasilitas.",
        [],
        id="menurut-rencana-is-a-schedule",
    ),
    pytest.param(
        "Kebijakan itu dinilai Budi Santoso tidak tepat sasaran.",
        [("Kebijakan itu dinilai Budi Santoso tidak tepat sasaran", "indirect", "Budi Santoso", [])],
        id="passive-agent-inside-the-clause",
    ),
    pytest.param(
        "Ketersediaan fitur belanja daring disebut Talbot bisa memangkas waktu checkout.",
        [
            (
                "Ketersediaan fitur belanja daring disebut Talbot bisa memangkas waktu checkout",
                "indirect",
                "Talbot",
                [],
            )
        ],
        id="disebut-with-its-agent",
    ),
    pytest.param(
        "Gehry sempat disebut oleh majalah Vanity Fair sebagai arsitek terpenting.",
        [],
        id="disebut-sebagai-names",
    ),
    pytest.param(
        "Para astronom mengukur fenomena yang disebut Osilasi Akustik Baryon (Baryon Acoustic Oscillations), "
        "yang merupakan jejak gelombang suara.",
        [],
        id="a-term-called-by-its-name",
    ),
    pytest.param(
        "Lebih lanjut, turut disampaikan bahwa Miley memberi warna baru.",
        [],
        id="agentless-disampaikan-bahwa",
    ),
    pytest.param(
        'Hartati mengatakan "telisik" tari adalah platform untuk mendiskusikan isu-isu tari tradisional.',
        [
            (
                'telisik" tari adalah platform untuk mendiskusikan isu-isu tari tradisional',
                "mixed",
                "Hartati",
                [],
            )
        ],
        id="a-scare-quoted-term-opens-the-clause",
    ),
]


# (text, speaker of each quote in text order): in-article resolution, exact canonical names.
SPEAKER_CASES = [
    pytest.param(
        "Salah satunya ialah Cillian Murphy, yang menganggap kalau Harry mampu berperan dengan baik.",
        ["Cillian Murphy"],
        id="a-relative-clause-cue-goes-to-its-antecedent",
    ),
    pytest.param(
        "Tudingan ini dibantah oleh pemerintah China, yang menyatakan kebijakan mereka telah menciptakan "
        "kemakmuran.",
        ["pemerintah China"],
        id="a-relative-clause-after-an-agent-goes-to-the-agent",
    ),
    pytest.param(
        "DPR meminta pemerintah menunda impor. Toh, Anggota Komisi VII DPR Rofi Munawar menyebut bahwa potensi "
        "gas di dalam negeri masih mampu memenuhi kebutuhan nasional.",
        ["DPR", "Rofi Munawar"],
        id="toh-opening-a-sentence-is-no-name",
    ),
    pytest.param(
        "Selain itu, sebagai diplomat asing yang bekerja di kedutaan, Israel menyebut bahwa petugas itu punya "
        "kekebalan diplomatik.",
        ["Israel"],
        id="a-fronted-sebagai-phrase-is-no-subject",
    ),
    pytest.param(
        "Lebih dari dua per lima responden, sebagai contoh, mengatakan bahwa mereka tidak dapat mengganti foto "
        "perjalanan mereka.",
        ["Lebih dari dua per lima responden"],
        id="a-quantified-group-and-an-inserted-example-phrase",
    ),
    pytest.param(
        '"Kami akan mempercepat strategi provinsi," kata Zille.\n\nPernyataan tersebut menjelaskan deklarasi '
        "itu berlaku selama tiga bulan.",
        ["Zille", "Zille"],
        id="the-statement-just-quoted-speaks-for-its-speaker",
    ),
    pytest.param(
        "Sunhwa keluar dari Secret. Hal tersebut diumumkan langsung oleh agensi yang menaungi Secret, TS "
        'Entertainment.\n\n"Halo, ini TS Entertainment. Dia akan mengakhiri kontraknya," tulis pernyataan '
        "tersebut.",
        ["TS Entertainment"],
        id="a-statement-before-any-speaker-comes-from-who-announced-it",
    ),
    pytest.param(
        '"Ya benar," kata Sunarto.\n\nBerdasarkan informasi yang dihimpun, rumah itu merupakan milik Wali Kota '
        "Kendari, Asrun.\n\nSementara Adriatma adalah putra dari Asrun. Menurutnya, Adriatma tengah berada di "
        "lantai dua saat ledakan terjadi.",
        ["Sunarto", "Sunarto"],
        id="information-gathered-by-nobody-is-no-source",
    ),
    pytest.param(
        '"Ini ada satu celah pasar," ujar Budi Karya Sumadi.\n\nDalam kesempatan yang sama, Arief Yahya juga '
        "menyampaikan apresiasi atas layanan itu.\n\n"
        '"Kalau mau berhasil di pariwisata, yang disasar itu pertama Bali," imbuh dia.',
        ["Budi Karya Sumadi", "Arief Yahya"],
        id="dia-after-a-one-sentence-paragraph-about-a-person-is-that-person",
    ),
    pytest.param(
        '"Marquez memimpin karena dia kehilangan lebih sedikit poin," kata Rossi.\n\n"Nolan memilih Harry," '
        'ujar Marc Marquez.\n\n"Ketika dia harus menang, ia bisa menang," katanya.',
        ["Rossi", "Marc Marquez", "Marc Marquez"],
        id="a-quoted-paragraph-before-is-no-sentence-about-a-person",
    ),
    pytest.param(
        '"Saya sudah tahu," kata Budi.\n\nPT Bangun Palu Sulteng juga telah melakukan kerja sama.\n\n'
        '"Pada 2025 pembangunan kawasan akan rampung," katanya.',
        ["Budi", "Budi"],
        id="over-a-paragraph-break-the-name-must-open-the-sentence",
    ),
    pytest.param(
        '"Pastikan Anda benar-benar selesai makan," saran Romo.',
        ["Romo"],
        id="saran-is-a-cue",
    ),
    pytest.param(
        '"Kami menghormati proses hukum," kata Ahmad Fauzi.\n\nIsrael menyebut petugas Budi Santoso punya '
        'kekebalan diplomatik.\n\n"Kami masih menunggu," kata dia.',
        ["Ahmad Fauzi", "Israel", "Ahmad Fauzi"],
        id="dia-after-a-speaker-of-unknown-type-goes-to-the-last-person-who-spoke",
    ),
    pytest.param(
        "Sementara, sumber pemerintah Yordania menyebut Jawawdeh dan petugas itu terlibat adu mulut.",
        ["sumber pemerintah Yordania"],
        id="an-unnamed-source-is-not-the-institution-it-comes-from",
    ),
    pytest.param(
        '"Laga tadi pengalaman berharga," kata Egy Maulana.\n\nKekalahan ini memastikan timnas U-19 tak bisa lolos '
        'karena kekalahan sebelumnya.\n\n"Selanjutnya kami fokus melawan Skotlandia," tutupnya.',
        ["Egy Maulana", "Kekalahan", "Egy Maulana"],
        id="nya-goes-back-past-an-ordinary-word-opening-a-sentence",
    ),
    pytest.param(
        '"Kami siaga," kata Kapolres Budi.\n\nPolisi menyebut pelaku sudah ditangkap oleh polisi setempat.\n\n'
        '"Pelaku kami amankan," katanya.',
        ["Budi", "Polisi", "Polisi"],
        id="a-role-opening-a-sentence-is-still-a-source",
    ),
    pytest.param(
        '"Tersangka sudah kami tahan," kata Erick Sitepu.\n\nKapolsek Tambora Kompol Slamet Riyadi membenarkan '
        'penangkapan tersebut. "Kami tidak akan segan bertindak tegas," ujarnya.',
        ["Erick Sitepu", "Slamet Riyadi"],
        id="the-person-after-an-office-opening-the-sentence-before-is-who-nya-means",
    ),
    pytest.param(
        '"Kami terus memantau," kata Budi.\n\nPetugas Traffic Management Center, Brigadir Harlem, mengatakan '
        'polisi telah turun ke lokasi. "Polisi sudah berada di lokasi," ujarnya.',
        ["Budi", "Harlem", "Harlem"],
        id="an-institution-after-an-office-is-not-the-person-in-apposition",
    ),
    pytest.param(
        "Merdeka.com - Persela menahan imbang Persib.\n\nPelatih Persela Lamongan, Herry Kiswanto menyebut hasil "
        "itu berkat kerja keras. Menurutnya, satu poin di Bandung adalah hasil terbaik.",
        ["Herry Kiswanto"],
        id="nya-before-any-speaker-goes-past-an-institution-to-the-name-in-apposition",
    ),
    pytest.param(
        "JAKARTA (Pos Kota) – Hakim tunggal Pengadilan Negeri Jakarta Selatan, Kusno, menggugurkan praperadilan "
        'itu.\n\n"Permohonan praperadilan dinyatakan gugur," ujarnya.',
        ["Kusno"],
        id="the-publisher-in-the-dateline-is-nobody-nya-refers-to",
    ),
    pytest.param(
        "Penyanyi Aura Kasih melebarkan kariernya. Kali ini ia tampil dalam film 'Surat Kecil untuk Tuhan' "
        "(SKUT).\n\nIa mengaku tak perlu pikir panjang saat ditawari bermain dalam film itu.",
        ["Aura Kasih"],
        id="the-end-of-a-quoted-title-is-no-name",
    ),
    pytest.param(
        '"Kami sedih," bunyi pernyataan tertulis yang dikeluarkan Linkin Park melalui laman resmi mereka.',
        ["Linkin Park"],
        id="bunyi-a-statement-issued-by-someone",
    ),
    pytest.param(
        '"Kami tidak bisa membayar iuran," kata perwakilan tetap Korea Utara di PBB.\n\n"Ini menunjukkan betapa '
        'kejam sanksi itu," bunyi pernyataan seperti dilansir AFP.\n\n"Kami menderita," bunyi keterangan saksi.',
        ["perwakilan tetap Korea Utara", "perwakilan tetap Korea Utara", "keterangan saksi"],
        id="a-statement-with-no-owner-is-the-last-speakers-a-witness-statement-is-not",
    ),
    pytest.param(
        'Wakil Presiden Jusuf Kalla hadir di Istana. "Kita rekor dunia," kata JK.',
        ["Jusuf Kalla"],
        id="initials-of-a-person-the-article-introduces-with-a-role",
    ),
    pytest.param(
        "Lebaran dinantikan oleh penyanyi Krisdayanti. Biasanya KD menggelar open house.\n\n"
        '"Tradisi yang ditunggu," kata KD.',
        ["Krisdayanti"],
        id="a-two-letter-form-of-one-long-name",
    ),
    pytest.param(
        'Harrison Ford mendarat di landasan yang salah. "Pilot itu keliru," kata FAA.\n\nFederal Aviation '
        "Administration belum memutuskan sanksinya.",
        ["FAA"],
        id="initials-of-a-name-neither-a-person-with-a-role-nor-an-institution-stay",
    ),
    pytest.param(
        "Bupati Kepulauan Seribu, Irwansyah meninjau kapal itu.\n\n"
        '"Kami sudah rapat membahas kelengkapan dokumen," ujar Irmansyah, Sabtu (13/01).',
        ["Irwansyah"],
        id="a-later-misspelling-of-a-one-word-name-is-the-name-first-written",
    ),
    pytest.param(
        'Penjual tape, Solehudin, sudah berjualan sejak 1990.\n\n"Tape ini legit," kata Soleh.',
        ["Solehudin"],
        id="a-clipped-form-after-the-full-name",
    ),
    pytest.param(
        '"Pencarian kini bisa luring," kata Google.\n\nFitur itu diumumkan di Googleblog.',
        ["Google"],
        id="a-name-before-a-longer-compound-stays-itself",
    ),
    pytest.param(
        "Kapolres Lhokseumawe AKBP Hendri Budiman melalui Kapolsek Simpang Kramat Ipda Abdul Azis, Sabtu (10/2) "
        "malam mengatakan kedua pemuda itu diduga mencuri sekarung jengkol.",
        ["Hendri Budiman"],
        id="the-subject-speaks-through-a-subordinate-and-a-date-is-no-name",
    ),
    pytest.param(
        "Sebelumnya, MK melalui Putusan Nomor 81/PUU-XV/2017 menyatakan menolak permohonan Pemuda Muhammadiyah.",
        ["MK"],
        id="an-institution-speaks-through-a-numbered-decision",
    ),
    pytest.param(
        "Putusan bernomor 241 K/TUN/KI/2017 menjelaskan, dokumen itu hanya bisa dibuka jika disimpan Kemensetneg.",
        ["Putusan bernomor 241 K/TUN/KI/2017"],
        id="a-numbered-document-is-its-own-source",
    ),
    pytest.param(
        "Pukul 01.37 WIB, Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Awi Setiyono menyatakan satu orang "
        "korban meninggal dunia.",
        ["Awi Setiyono"],
        id="a-fronted-time-is-no-subject",
    ),
    pytest.param(
        '"Kesalahan diet berbahaya," kata Ahli Gizi dan Olahraga, Jansen Ongko.',
        ["Jansen Ongko"],
        id="an-expert-title-then-the-name-in-apposition",
    ),
    pytest.param(
        "Sandiaga Uno menghadiri rapat itu. Pengusaha muda itupun mengatakan masih tetap pada komitmennya.",
        ["Sandiaga Uno"],
        id="a-demonstrative-with-pun-ends-a-description",
    ),
    pytest.param(
        '"Saya ingin ketemu Pak Presiden," ujar Jefri Setiawan.\n\nKeinginan itu ditampung oleh Menpora, Imam '
        'Nahrawi. "Akan kami sampaikan," katanya.',
        ["Jefri Setiawan", "Imam Nahrawi"],
        id="the-agent-of-a-sentence-opening-passive-is-who-katanya-means",
    ),
    pytest.param(
        '"Kami siap," kata Budi Kaliwono.\n\nBudi menyebut perawatan akan ditanggung oleh pihak Dulux Paint. '
        '"Jadi kami tinggal pakai saja," ujar dia.',
        ["Budi Kaliwono", "Budi Kaliwono", "Budi Kaliwono"],
        id="a-passive-agent-inside-a-report-is-not-who-dia-means",
    ),
    pytest.param(
        '"Kami menambahkan kulit apel," kata Ketua Tim penemu kolagen halal tersebut, Edho Okta di Malang.',
        ["Edho Okta"],
        id="a-team-office-described-then-the-name-in-apposition",
    ),
    pytest.param(
        '"Saya bahagia melanjutkan kisah dengan Juventus," kicau Allegri di akun Twitter-nya.',
        ["Allegri"],
        id="kicau-is-a-cue",
    ),
    pytest.param(
        '"Milea, kamu cantik," cuit akun @radenrauf.\n\n"Malam ini rumah diserang," kicau akun Twitter '
        "Muhammad Syahroji.",
        ["@radenrauf", "Muhammad Syahroji"],
        id="an-account-handle-or-owner-is-the-speaker-not-the-platform",
    ),
    pytest.param(
        'Fifi Lety Indra datang. "Saya lagi di Amerika," kata Fifi yang juga kuasa hukum Ahok.',
        ["Fifi Lety Indra"],
        id="an-office-after-a-bare-name-describes-it",
    ),
    pytest.param(
        '"Kami siap," kata Ketua Umum PON XIX yang juga Gubernur Jawa Barat Ahmad Heryawan.',
        ["Ahmad Heryawan"],
        id="a-second-office-after-a-first-then-the-name",
    ),
    pytest.param(
        '"Kami siap membantu," kata Menkopolhukam Wiranto Selasa (13/6).\n\nWiranto memastikan Presiden Duterte '
        "sudah memberi lampu hijau.",
        ["Wiranto", "Wiranto"],
        id="a-day-after-a-name-is-no-part-of-it",
    ),
    pytest.param(
        "Dukungan PayPal ke Messenger memudahkan pengguna. PayPal juga mengatakan bahwa pengguna kini dapat "
        "memanfaatkan robot layanan pelanggan.",
        ["PayPal"],
        id="dukungan-before-a-name-is-what-it-gave",
    ),
    pytest.param(
        "Produser Mario Kassar mengatakan akan berusaha keras. Pasalnya, ia tahu penonton berharap banyak.\n\n"
        "“Saya sudah sebulan di sini,” katanya.",
        ["Mario Kassar", "Mario Kassar"],
        id="a-sentence-opening-nya-connective-is-no-name",
    ),
    pytest.param(
        '"Itu lucu," kata Ashley Cole.\n\nPasalnya baru-baru ini ia mengatakan bahwa timnya akan menang.',
        ["Ashley Cole", "Ashley Cole"],
        id="a-connective-without-a-comma-before-the-pronoun-subject",
    ),
    pytest.param(
        '"Saya akan terus mencetak gol," kata Cristiano Ronaldo.\n\nHanya, penyerang berusia 32 tahun itu bersikap '
        "optimistis bisa melampaui Messi di partai final.",
        ["Cristiano Ronaldo", "Cristiano Ronaldo"],
        id="a-connective-before-a-comma-and-bersikap-before-the-stance-are-not-the-subject",
    ),
    pytest.param(
        "Sutradara James Cameron hadir di perayaan itu. Kepada The Hollywood Reporter, seperti dikutip Ace "
        "Showbiz, ia mengatakan Hamilton akan kembali.",
        ["James Cameron"],
        id="a-sentence-opening-preposition-is-not-part-of-a-name",
    ),
    pytest.param(
        "Ekonomi dunia sedang melambat. Direktur Bank Dunia Rodrigo Chaves mengatakan Indonesia tetap tumbuh.\n\n"
        '"Kami optimistis," kata Chaves.',
        ["Rodrigo Chaves", "Rodrigo Chaves"],
        id="the-end-of-an-office-the-article-writes-in-lower-case-is-not-part-of-the-name",
    ),
    pytest.param(
        "Petenis del Argentina itu menang. Juan Martin Del Potro mengatakan ia senang.\n\n"
        '"Saya siap," kata Del Potro.',
        ["Juan Martin Del Potro", "Juan Martin Del Potro"],
        id="a-surname-particle-is-no-office",
    ),
    pytest.param(
        '"HSG ditahan selama 20 hari," kata Juru Bicara KPK Febri Diansyah.\n\nKuasa hukum Abun, Simeon Petrus '
        "menghormati penahanan itu. Menurut dia, penahanan terhadap Abun sepenuhnya kewenangan penyidik KPK.",
        ["Febri Diansyah", "Simeon Petrus"],
        id="a-pronoun-after-a-sentence-opened-by-a-role-and-a-name-in-apposition",
    ),
    pytest.param(
        "Tapi Dirjen Perhubungan Darat Kemenhub Pudji Hartanto mewanti-wanti.\n\n"
        '"Ada rambu-rambu masih portable," jelas Pudji.\n\n"Kita tetap memanajemen lalu lintas," kata dia.',
        ["Pudji Hartanto", "Pudji Hartanto"],
        id="an-abbreviated-ministry-before-the-name-is-not-part-of-it",
    ),
    pytest.param(
        '"Saya tak dengar," kata Kepala Kanwil Kemenkumham Riau Ferdinand Siagian, Jumat malam.',
        ["Ferdinand Siagian"],
        id="the-province-of-a-unit-is-not-part-of-the-name",
    ),
    pytest.param(
        '"Saya enggak beri. Tiba-tiba dia tendang saya," ujar korban.\n\nKasubag Humas Polresta Manado, AKP '
        'Rolly Sahelangi, saat dikonfirmasi membenarkan kejadian tersebut, "Bocah itu sedang dibina," ungkapnya.',
        ["korban", "Rolly Sahelangi"],
        id="a-name-particle-is-a-whole-word-tiba-tiba-data-is-no-name",
    ),
    pytest.param(
        'Sapriyanto Refa datang. "Saya tidak tahu," kata Sapriyanto Refa.\n\nFredrich ketika itu turut '
        "menyarankan Setnov tak memenuhi panggilan penyidik KPK.",
        ["Sapriyanto Refa", "Fredrich"],
        id="ketika-itu-is-a-time-not-a-subordinate-clause",
    ),
    pytest.param(
        "Hendry Noviardi yang ikut mengawal rapat persiapan hingga Jumat (13/10) malam, mengatakan ada tiga "
        'daerah yang disiapkan.\n\n"Di Bakkara nanti ada 5 kegiatan," paparnya.',
        ["Hendry Noviardi", "Hendry Noviardi"],
        id="hingga-before-a-date-is-a-time-not-a-subordinate-clause",
    ),
    pytest.param(
        "Menurut Patrick Ryan dari Eventellect, menyediakan tiket dengan harga murah bisa menjadi strategi.",
        ["Patrick Ryan"],
        id="a-name-then-where-the-person-works",
    ),
    pytest.param(
        "Suara.com - Bupati Poso Darmin A. Sigilipu mengajak wisatawan menikmati festival di Kabupaten Poso.\n\n"
        '"Kami ingin lebih banyak wisatawan," kata Darmin.',
        ["Darmin A. Sigilipu", "Darmin A. Sigilipu"],
        id="a-place-the-article-names-after-a-head-and-an-initial-inside-the-name",
    ),
    pytest.param(
        "Pencipta komik Marvel, Stan Lee, sudah tua. Lee mengungkap bahwa DiCaprio adalah "
        "penggemar berat Marvel. Stan Lee juga hadir.\n\nSuami mendiang Joan B. Lee itu kerap mengunjungi "
        'DiCaprio. "Dia tetanggaku," kata Lee.',
        ["Stan Lee", "Stan Lee"],
        id="a-surname-two-people-share-goes-to-the-one-the-article-names-most",
    ),
    pytest.param(
        "Shannedy Ong mengatakan fokus Qualcomm masih membantu pemerataan 4G.\n\nTahun ini, Telkomsel sebagai "
        "operator dengan jangkauan terluas, berjanji untuk memperluas jangkauan 4G ke semua kabupaten.\n\n"
        "Ia memprediksikan penerapan 5G di Indonesia akan terlambat 2 tahun.",
        ["Shannedy Ong", "Telkomsel", "Shannedy Ong"],
        id="a-name-the-article-calls-an-operator-is-an-organisation-not-the-antecedent-of-ia",
    ),
    pytest.param(
        "Hal itu dikonfirmasi oleh presiden klub Achsanul Qosasi.\n\nAchsanul mengatakan komunikasi dengan "
        "Lorenzo Pace sangat intens.\n\nIa mengaku kesepakatan akan segera tercapai.",
        ["Achsanul Qosasi", "Achsanul Qosasi"],
        id="an-office-of-a-club-before-a-name-is-no-organisation",
    ),
    pytest.param(
        "Kapolda Jawa Tengah Irjen Pol Condro Kirono menyatakan siswa itu dibunuh temannya.\n\n"
        '"Kami lakukan interogasi," kata Condro.\n\nKapolda menuturkan motif pelaku adalah sakit hati.',
        ["Condro Kirono", "Condro Kirono", "Condro Kirono"],
        id="a-lone-office-after-ranks-before-the-name",
    ),
    pytest.param(
        "Vinny Capaldo-Smith adalah seorang seniman tato.\n\nMomen ini terjadi di studio tempat Capaldo-Smith "
        "bekerja dimana ia meminta kekasihnya untuk mencoba membuat tato.",
        ["Vinny Capaldo-Smith"],
        id="the-subject-after-dimana",
    ),
    pytest.param(
        "“Hutan itu harus dilestarikan,” ujar Nadine Chandrawinata.\n\n“Hutan ini sangat cantik,” terang "
        "presenter My Trip My Adventure kelahiran Hannover, Jerman, 8 Mei 1984 ini.",
        ["Nadine Chandrawinata", "Nadine Chandrawinata"],
        id="a-description-after-the-cue-to-the-closing-demonstrative",
    ),
    pytest.param(
        "“Aku terbang,” kata Rose.\n\n“Ciuman merupakan bagian besar dari film,” ujar juru bicara TLC, "
        "selaku penyelenggara jajak pendapat tersebut.",
        ["Rose", "TLC"],
        id="a-demonstrative-of-a-noun-in-the-apposition-is-no-description",
    ),
    pytest.param(
        '"Saya senang," terang Saini.\n\nSaini, 35, warga Pulau Tidung, mengaku sangat senang dengan rencana '
        "itu.\n\nDitambahkan oleh warga Pulau Tidung, memang sebelumnya ada kapal milik PMI yang mengangkut "
        "jenazah.",
        ["Saini", "Saini", "Saini"],
        id="an-age-in-apposition-and-a-role-after-the-name-that-a-later-description-repeats",
    ),
    pytest.param(
        '"Kami senang," kata warga Desa Sukamaju.',
        ["warga Desa Sukamaju"],
        id="a-place-after-a-role-is-no-name",
    ),
    pytest.param(
        '"Kami siap," kata Kepala Desa Sukamaju Budi Santoso.',
        ["Budi Santoso"],
        id="the-place-of-an-office-is-not-the-name",
    ),
    pytest.param(
        '"Saya belum tertarik," kata Melly Goeslaw.\n\nArtis berdarah Buli, Kecamatan Maba, Kabupaten '
        "Halmahera Timur itu mengaku belum ada keinginan untuk menyalonkan diri.",
        ["Melly Goeslaw", "Melly Goeslaw"],
        id="a-description-runs-over-its-places-to-the-demonstrative",
    ),
    pytest.param(
        '"Permainan kami menurun," kata Pelatih Elektrik, Tien Mei kepada wartawan.',
        ["Tien Mei"],
        id="name-ending-in-a-month-word-after-a-role",
    ),
    pytest.param(
        '"Kami mencocokkan konsep," kata pemilik restoran, Chef Fernando Sindu, yang akrab disapa chef Nando.\n\n'
        "Menurut Chef Nando, konsep ini membuat kru selalu sadar.",
        ["Fernando Sindu", "Fernando Sindu"],
        id="nickname-after-a-lower-case-form-of-address",
    ),
    pytest.param(
        'Pebalap Ducati Team asal Italia, Andrea Dovizioso, finis kedua.\n\n"Saya senang," kata Valentino Rossi.\n\n'
        "GP Argentina merupakan seri ke-350 bagi Rossi. Namun, pebalap 38 tahun tersebut mengaku lebih fokus "
        "pada jumlah kemenangan.",
        ["Valentino Rossi", "Valentino Rossi"],
        id="a-team-after-a-role-is-not-the-person-a-later-description-means",
    ),
    pytest.param(
        "Ketua MPR Zulkifli Hasan melantik Oesman Sapta Odang.\n\n"
        '"Saya belum tahu," kata Oesman.\n\n'
        "Ketua Umum Partai Hanura itu mengaku belum mengetahui siapa yang akan menggantikan dirinya.",
        ["Oesman Sapta Odang", "Oesman Sapta Odang"],
        id="description-naming-its-institution-needs-that-institution",
    ),
    pytest.param(
        "Seandainya Jeff Goldblum mengiyakan tawaran Steve Jobs, suara Siri adalah milik sang aktor.\n\n"
        "Dalam sebuah wawancara bersama Today Show Australia, sang bintang Jurassic Park mengaku dirinya "
        "pernah ditawari Jobs untuk mengisi suara Apple.",
        ["Jeff Goldblum"],
        id="sang-bintang-is-the-actor-and-an-interviewing-show-is-no-person",
    ),
    pytest.param(
        "Mantan astronaut NASA Ron Garan membawa turis ke atmosfer Bumi.\n\n"
        "Mengutip portal berita Sydney Morning Herald, balon itu akan dilengkapi WiFi.\n\n"
        '"Saya tidak melihat ekonomi," ujarnya.',
        ["Sydney Morning Herald", "Ron Garan"],
        id="an-outlet-as-only-source-is-media-and-the-earth-no-person",
    ),
    pytest.param(
        "Awal November, Presiden AS Barack Obama memerintahkan Pentagon untuk mengerahkan pesawat.",
        ["Barack Obama"],
        id="time-phrase-before-the-subject-is-not-a-name",
    ),
    pytest.param(
        "Miley Cyrus merilis lagu baru.\n\nLagu itu diambil dari pantai di California tempatnya tinggal.\n\n"
        '"Saya menyetir sendiri," kenangnya.',
        ["Miley Cyrus"],
        id="place-is-never-an-antecedent",
    ),
    pytest.param(
        'Penyerang Barcelona Neymar tampil baik. Barcelona menang 3-0.\n\n"Saya senang," kata Neymar.',
        ["Neymar"],
        id="club-glued-to-name-is-split-off",
    ),
    pytest.param(
        'Presiden Korea Utara Kim Jong Un tiba di Moskow. Kim disambut.\n\n"Kami siap," kata Kim.',
        ["Kim Jong Un"],
        id="name-parts-that-never-stand-alone-stay-whole",
    ),
    pytest.param(
        'Penyanyi Krisdayanti (KD) menggelar open house.\n\n"Ini tradisi keluarga," kata KD.',
        ["Krisdayanti"],
        id="one-word-acronym-introduction",
    ),
    pytest.param(
        'The Football Association of Wales (FAW) mengumumkan kabar itu.\n\n"Kami sangat kecewa," kata FAW.',
        ["The Football Association of Wales (FAW)"],
        id="acronym-introduction-with-particle",
    ),
    pytest.param(
        "Badan Pusat Statistik (BPS) menyebut kunjungan wisatawan naik 6,68 persen. Kepala BPS Suhariyanto hadir. "
        "BPS menyebut angka itu tertinggi tahun ini.",
        ["Badan Pusat Statistik (BPS)", "Badan Pusat Statistik (BPS)"],
        id="an-institution-is-named-with-its-acronym",
    ),
    pytest.param(
        "Kepala BNPB Sutopo Purwo Nugroho mengatakan pendataan masih terus dilakukan. BPBD Poso mengklaim "
        "telah menerima bantuan dari berbagai pihak. Menurutnya, kebutuhan mendesak saat ini adalah listrik.",
        ["Sutopo Purwo Nugroho", "BPBD Poso", "Sutopo Purwo Nugroho"],
        id="clitic-after-institution-goes-to-last-person",
    ),
    pytest.param(
        'Wakapolres Hendy Kurniawan datang. Namun DS dibekuk.\n\n"Kami sudah mengantongi nama," kata Hendy.\n\n'
        "Korban, menurut polisi, menenggak minuman keras sebelum ditemukan.",
        ["Hendy Kurniawan", "polisi"],
        id="bare-unnamed-source-is-its-own-speaker",
    ),
    pytest.param(
        "Aktor Hollywood, Miles Teller kembali tampil.\n\nAktor berusia 29 tahun itu mengatakan bahwa dirinya "
        "berlatih keras.\n\nFilm itu juga dibintangi aktor Aaron Eckhart.",
        ["Miles Teller"],
        id="description-takes-the-role-introduced-before-it",
    ),
    pytest.param(
        'Aktor Miles Teller tampil di Busan.\n\n"Saya selalu takjub," ujar aktor lulusan Tisch School of Arts '
        "NYU ini.",
        ["Miles Teller"],
        id="description-running-through-an-english-name",
    ),
    pytest.param(
        "Sutopo Purwo Nugroho mengatakan pendataan masih dilakukan. Sebanyak 348 bangunan rusak. Sebanyak 328 "
        'KK mengungsi pada Kamis. BPBD Poso mengklaim telah menerima bantuan.\n\n"Listrik masih padam," katanya.',
        ["Sutopo Purwo Nugroho", "BPBD Poso", "Sutopo Purwo Nugroho"],
        id="sentence-initial-words-and-days-are-not-people",
    ),
    pytest.param(
        "Dr. Samuel Oetoro, spesialis gizi klinik di MRCCC Siloam Hospital, mewanti-wanti untuk tidak makan "
        "pisang yang sudah terlalu matang.",
        ["Samuel Oetoro"],
        id="titled-name-before-its-apposition",
    ),
    pytest.param(
        "Menteri Komunikasi dan Informatika, Rudiantara, adalah pengguna aktif aplikasi PeSankita Indonesia. "
        "Dia kerap mengatakan aplikasi ini sangat aman.",
        ["Rudiantara"],
        id="a-things-name-is-not-an-antecedent",
    ),
    pytest.param(
        "Bintang film Ariel Tatum menyesal. Ariel mengatakan dirinya akan berhenti merokok.",
        ["Ariel Tatum"],
        id="a-film-star-is-a-person",
    ),
    pytest.param(
        'Presenter Jimmy Kimmel kembali memandu acara Jimmy Kimmel Live. "Saya pikir itu tidak akan terjadi '
        'lagi," kata Kimmel.',
        ["Jimmy Kimmel"],
        id="a-shows-title-is-not-a-fuller-name",
    ),
    pytest.param(
        "Hamas mengklaim mereka menahan dua tentara. Sementara Israel meyakini kedua tentara itu sudah tewas.",
        ["Hamas", "Israel"],
        id="sementara-before-a-name-is-a-connective",
    ),
    pytest.param(
        "Baku tembak terjadi di Rakhine State.\n\nMenurut salah seorang warga di Maungdaw, suara senjata terdengar "
        'sepanjang malam.\n\n"Kami tidak berani keluar rumah," ujarnya.',
        ["salah seorang warga", "salah seorang warga"],
        id="clitic-after-an-unnamed-person",
    ),
    pytest.param(
        'Miley Cyrus merilis video. "Saya sedih," kata Miley. Sembari menyampaikan, bahwa ia berpikir Clinton '
        "mestinya mendapat kesempatan.",
        ["Miley Cyrus", "Miley Cyrus"],
        id="sembari-opening-a-sentence-keeps-the-last-speaker",
    ),
    pytest.param(
        "Otoritas Palestina menyebut terdapat 1500 tahanan yang menolak makan. Polda Jawa Barat meminta agar "
        "suporter tak datang ke Bandung.",
        ["Otoritas Palestina", "Polda Jawa Barat"],
        id="a-place-after-an-institution-is-part-of-its-name",
    ),
    pytest.param(
        "Jakarta, CNN Indonesia -- Sutradara Doug Liman mengungkap fakta baru soal sekuel film Edge of Tomorrow. "
        "Ia mengaku bakal memunculkan karakter baru dalam film itu.",
        ["Doug Liman"],
        id="first-pronoun-goes-to-the-person-just-named",
    ),
    pytest.param(
        "Aktivis Ellen Woodsworth hadir di Quito. Pernyataan itu juga mengatakan bahwa keluarga adalah unit "
        "alami. Dia mengatakan bahwa dirinya terkejut.",
        ["Pernyataan itu", "Ellen Woodsworth"],
        id="a-statement-is-not-a-person",
    ),
    pytest.param(
        "Mengutip Science Alert, pada 2015, dalam sebuah studi lanjutan, peneliti menemukan bahwa zat itu "
        "melindungi sel.",
        ["peneliti"],
        id="fronted-mengutip-relay-is-not-the-subject",
    ),
    pytest.param(
        "Peneliti menemukan bahwa zat itu melindungi sel kanker.\n\nDr Lea Weber dari Universitas Ruhr "
        "menyatakan hal serupa. Namun, kali ini, dia meneliti sel lain.\n\n"
        '"Zat itu mampu menghambat sel kanker," katanya.',
        ["Peneliti", "Lea Weber"],
        id="clitic-after-an-unnamed-source-goes-to-the-person-named-since",
    ),
    pytest.param(
        "Peneliti menemukan bahwa zat itu melindungi sel kanker.\n\n"
        '"Zat itu mampu menghambat sel kanker," katanya.',
        ["Peneliti", "Peneliti"],
        id="clitic-after-an-unnamed-source-with-nobody-named-since",
    ),
    pytest.param(
        '"Mayoritas jihadis sudah mundur," kata Rami Abdel Rahman.\n\nPernyataan itu juga dikonfirmasi oleh '
        "sumber militer yang tidak ingin disebutkan namanya.\n\n"
        '"Tentara Suriah sudah menguasai kawasan itu," ujar sumber tersebut.\n\n'
        '"Mereka akan terus berusaha," dia menambahkan.',
        ["Rami Abdel Rahman", "sumber militer", "sumber militer"],
        id="unnamed-source-repeated-with-a-demonstrative",
    ),
    pytest.param(
        'Sumber daya manusia menjadi kendala.\n\n"Kami akan terus berusaha," ujar sumber tersebut.',
        ["sumber tersebut"],
        id="sumber-daya-is-not-a-source",
    ),
    pytest.param(
        '"Klarifikasi regulasi selalu sangat penting," ujar Direktur Pelaksana tim Renault, Cyril Abiteboul.',
        ["Cyril Abiteboul"],
        id="direktur-pelaksana-is-a-title",
    ),
    pytest.param(
        "Richard Mainaky memastikan pasangan Tontowi Ahmad/Liliyana Natsir, atau akrab disapa Owi/Butet, akan "
        'ikut.\n\n"Saya harus meyakinkan diri sendiri," kata Butet.\n\n"Kami siap," kata Owi.',
        ["Richard Mainaky", "Liliyana Natsir", "Tontowi Ahmad"],
        id="a-pair-introduced-with-its-nicknames",
    ),
    pytest.param(
        'Budi Santoso, atau akrab disapa Budi, hadir.\n\n"Kami siap," kata Budi.',
        ["Budi Santoso"],
        id="nickname-after-atau",
    ),
    pytest.param(
        '"Negara kita dikenal sebagai produsen sepatu," kata Dirjen Industri Kimia, Tekstil dan Aneka, '
        "Kementerian Perindustrian Achmad Sigit Dwiwahjono.",
        ["Achmad Sigit Dwiwahjono"],
        id="title-with-dan-and-commas-before-the-institution-and-name",
    ),
    pytest.param(
        '"Kami siap," kata juru bicara Kremlin, Dmitry Peskov.\n\n"Kami siap," kata Dmitry Peskov, juru bicara Kremlin.',
        ["Dmitry Peskov", "Dmitry Peskov"],
        id="apposition-either-way",
    ),
    pytest.param(
        '"Ada 219 pengendara yang ditindak," kata Kepala Subdirektorat Pembinaan dan Penegakan Hukum Direktorat '
        "Lalu Lintas Polda Metro Jaya Ajun Komisaris Besar Polisi Budiyanto di Jakarta.",
        ["Budiyanto"],
        id="a-long-official-title-before-the-name",
    ),
    pytest.param(
        '"Yang hadir nanti Menpora," kata Ketua Umum PON XIX dan Peparnas XV yang juga Gubernur Jawa Barat '
        "Ahmad Heryawan.",
        ["Ahmad Heryawan"],
        id="a-second-office-after-yang-juga",
    ),
    pytest.param(
        '"Tulang juga mengalami proses penuaan," ujar dr Muki Partono, SpOT dari RS Pondok Indah, Jumat.',
        ["Muki Partono"],
        id="a-name-after-an-institution-word-is-the-institution",
    ),
    pytest.param(
        '"Proyek film terbaru saya sedang digarap," kata Yayan Ruhian.\n\n"Maaf saat ini saya belum bisa '
        'beri bocoran," kata pemeran Tasu Leech dalam film "Star Wars Episode VII The Force Awakens" (2016) itu.',
        ["Yayan Ruhian", "Yayan Ruhian"],
        id="the-actor-of-a-character-and-a-long-film-title",
    ),
    pytest.param(
        "Kit Harington mengungkapkan bahwa mereka memfilmkan adegan palsu. Menurut sang pemeran Jon Snow, itu "
        "dilakukan untuk mengelabui paparazi.",
        ["Kit Harington", "Kit Harington"],
        id="sang-pemeran-after-menurut",
    ),
    pytest.param(
        '"Pelaku sudah kami tangkap," kata Kabid Humas Polda Metro Jaya Kombes Pol Awi Setiyono.\n\n'
        '"Kami siap," kata Kapolsek Sukowono AKP Hardjito di Mapolsek Sukowono.',
        ["Awi Setiyono", "Hardjito"],
        id="police-ranks-are-titles",
    ),
    pytest.param(
        "Donald Trump tiba di New York. Calon presiden dari Partai Republik Donald Trump mengatakan bahwa ia "
        "akan menang.",
        ["Donald Trump"],
        id="a-party-glued-to-the-name",
    ),
    pytest.param(
        "AKP Boby Kusumawardhana, Kapolsek Tambun, mengatakan perempuan itu sudah ditangkap.\n\n"
        '"Kami sita uangnya," kata Kasubdit V Dirtipikor Bareskrim Polri, Kombes Indarto.',
        ["Boby Kusumawardhana", "Indarto"],
        id="the-titled-name-not-the-unit",
    ),
    pytest.param(
        "Menurut Kapolsek Antang Kalang, Iptu Afif Hasan, pembunuhan tersebut terjadi pada Rabu siang.",
        ["Afif Hasan"],
        id="menurut-role-then-a-ranked-name",
    ),
    pytest.param(
        "Dr. Rosaline Irene Rumaseuw, presiden LION's Club Jakarta Centennial Cendrawasih menuturkan bantuan "
        "itu akan sangat berarti.",
        ["Rosaline Irene Rumaseuw"],
        id="an-honorific-names-the-person-before-a-club",
    ),
    pytest.param(
        '"Saya ingin belajar," tutur Charles Leclerc.\n\nLeclerc memimpin klasemen pebalap F2 dan ingin menjadi '
        'pebalap Formula 1.\n\n"Tujuan utama saya adalah jam terbang," kata pebalap Monako itu lagi.',
        ["Charles Leclerc", "Charles Leclerc"],
        id="a-numbered-championship-is-never-the-person",
    ),
    pytest.param(
        "Bila menyaksikan pertandingan, Robert Federer terlihat tidak tenang. Ia tampak fokus melihat ke "
        "lapangan, dan selalu berharap anaknya mendapat poin.",
        ["Robert Federer"],
        id="a-pronoun-subject-before-its-predicate",
    ),
    pytest.param(
        '"Fokus ini kami ambil," kata Ketua Komite Tari DKJ Hartati.\n\nBahkan Soekarno sempat belajar tari '
        "Melayu.\n\nJauh sebelumnya, ia mengatakan budaya Melayu sangat dekat dengan hiburan rakyat.",
        ["Hartati", "Hartati"],
        id="an-acronym-before-a-one-word-name",
    ),
    pytest.param(
        '"Kasusnya sedang kita dalami," kata Kasubdit I bidang Kamneg Ditreskrimum Polda NTB AKBP Andi Dady.',
        ["Andi Dady"],
        id="a-roman-numeral-in-a-title",
    ),
    pytest.param(
        '"Tapi dia tidak peduli," tulis Melissa Schuman.\n\nMenurut pengakuannya, Carter memaksakan kehendaknya.',
        ["Melissa Schuman", "Melissa Schuman"],
        id="menurut-her-own-account",
    ),
    pytest.param(
        "Pemeran utama sekaligus produser Ryan Reynolds mengatakan bahwa sekuel itu segera digarap.",
        ["Ryan Reynolds"],
        id="a-lead-actor-is-named-by-his-own-name",
    ),
    pytest.param(
        "Jakarta - Menteri Dalam Negeri Tjahjo Kumolo mengatakan bahwa pemilihan akan berlangsung aman.",
        ["Tjahjo Kumolo"],
        id="dalam-negeri-is-part-of-an-office-after-a-place-dateline",
    ),
    pytest.param(
        '"Kami siap," kata Menteri Dalam Negeri Tjahjo Kumolo di Jakarta.',
        ["Tjahjo Kumolo"],
        id="a-capitalised-stop-word-inside-an-office-after-the-cue",
    ),
    pytest.param(
        "Kementerian Agama mengatakan bahwa jadwal haji sudah ditetapkan.",
        ["Kementerian Agama"],
        id="a-ministry-is-named-with-its-field",
    ),
    pytest.param(
        "Kementerian Pendidikan dan Kebudayaan mengatakan bahwa ujian ditunda.",
        ["Kementerian Pendidikan dan Kebudayaan"],
        id="a-ministry-with-two-fields",
    ),
    pytest.param(
        "Kuwait mengusir diplomat Iran. Kementerian Dalam Negeri Kuwait mengonfirmasi bahwa 14 orang itu sempat "
        "melarikan diri.",
        ["Kementerian Dalam Negeri Kuwait"],
        id="a-ministry-named-with-its-country",
    ),
    pytest.param(
        "Kepala Badan Pusat Statistik mengatakan bahwa inflasi turun.",
        ["Badan Pusat Statistik"],
        id="an-agency-whose-name-is-ordinary-words-is-not-a-person",
    ),
    pytest.param(
        "Kepala Badan Narkotika Nasional Budi Waseso mengatakan bahwa peredaran sabu meningkat.",
        ["Budi Waseso"],
        id="the-agency-words-are-not-the-head-s-name",
    ),
    pytest.param(
        "Wakil Ketua DPR Agung Laksono mengatakan bahwa rapat ditunda.",
        ["Agung Laksono"],
        id="a-given-name-that-is-also-an-institution-word",
    ),
    pytest.param(
        "Kepala Kepolisian Daerah Jawa Barat mengatakan bahwa situasi aman.",
        ["Kepolisian Daerah Jawa Barat"],
        id="a-regional-police-force-named-whole",
    ),
    pytest.param(
        "Majelis hakim mengatakan bahwa terdakwa terbukti bersalah.",
        ["Majelis hakim"],
        id="a-generic-head-alone-is-a-description",
    ),
    pytest.param(
        "Hal itu disampaikan Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto di Jakarta.\n\n"
        '"TNI harus dilibatkan," kata Wiranto.',
        ["Wiranto"],
        id="the-end-of-an-office-before-a-name-is-not-the-name",
    ),
    pytest.param(
        "Jakarta, CNN Indonesia -- Komisi Pemberantasan Korupsi (KPK) meminta tim kuasa hukum Setya Novanto "
        "tidak membicarakan materi perkara. Lembaga antirasuah itu meminta pembela Setnov berbicara di sidang.",
        ["Komisi Pemberantasan Korupsi (KPK)", "Komisi Pemberantasan Korupsi (KPK)"],
        id="an-institution-description-goes-to-the-last-institution",
    ),
    pytest.param(
        "Warkop kembali ke layar lebar. Kata Indro, ia merasa bangga karena bisa ambil peran di film itu.\n\n"
        '"Saya emosional," kata Indro.',
        ["Indro", "Indro"],
        id="a-cue-word-opening-a-sentence-is-not-part-of-the-name",
    ),
    pytest.param(
        "Menurut Badan Kesehatan Dunia (WHO), perokok pasif rentan terkena asma.",
        ["Badan Kesehatan Dunia (WHO)"],
        id="menurut-is-not-part-of-an-acronym-s-name",
    ),
    pytest.param(
        "Pernyataan Jokowi disampaikan di Istana. Tapi Jokowi mengatakan bahwa kabinet tetap solid.",
        ["Jokowi"],
        id="a-noun-of-what-was-said-before-a-name-is-not-the-name",
    ),
    pytest.param(
        '"Kami tahu dari program sosialisasi," kata ketua organisasi tersebut, Sheila Duffy.',
        ["Sheila Duffy"],
        id="a-demonstrative-description-then-the-apposition-name",
    ),
    pytest.param(
        "Salah seorang warga yang mengabadikan awan itu melalui telepon pintarnya, Kusworo mengaku baru sekali "
        "melihat fenomena alam tersebut.",
        ["Kusworo"],
        id="a-two-part-subject-spans-the-text-as-written",
    ),
    pytest.param(
        "Budi Santoso datang ke kantor pajak. Dalam keterangannya mengatakan bahwa ia akan membayar denda.",
        ["Budi Santoso"],
        id="a-fronted-possessive-names-the-speaker",
    ),
    pytest.param(
        "Dalam amar putusannya hakim mengatakan bahwa terdakwa terbukti bersalah.",
        ["hakim"],
        id="the-subject-after-a-fronted-adverbial",
    ),
    pytest.param(
        "Katy Perry tampil di televisi. Saat itu dia mengatakan bahwa ia telah melepaskan dendamnya.",
        ["Katy Perry"],
        id="saat-itu-opens-the-sentence-before-the-pronoun",
    ),
    pytest.param(
        "Dalam Resolusi PBB Nomor 2334 Tahun 2016 menyatakan bahwa DK PBB tidak akan mengakui perubahan itu.",
        ["Resolusi PBB Nomor 2334 Tahun 2016"],
        id="a-document-after-dalam-is-the-source",
    ),
    pytest.param(
        'Juda Agung hadir.\n\n"Inflasi beras di Batam mencapai 29,38 persen," katanya, menambahkan selain Batam, '
        "Gorontalo juga mencatatkan inflasi beras.",
        ["Juda Agung", "Juda Agung"],
        id="a-clitic-after-a-closing-mark-is-the-next-clause-s-subject",
    ),
    pytest.param(
        "Kapolda Metro Jaya Irjen Rikwanto memantau jalur mudik.\n\n“Kalau mogok, kita siapkan derek,” sebutnya, "
        "sembari menambahkan terdapat 22 ribu personel kepolisian yang diterjunkan.",
        ["Rikwanto", "Rikwanto"],
        id="sembari-after-a-clitic-keeps-the-clitic-s-speaker",
    ),
    pytest.param(
        "Israel beberapa waktu lalu menyatakan tidak akan mencopot detektor logam di sekitar masjid.",
        ["Israel"],
        id="beberapa-waktu-lalu-trails-the-subject",
    ),
    pytest.param(
        "Penyidik KPK Novel Baswedan masih dirawat. Sejauh ini dia mengaku tidak mengetahui orang yang "
        "menyiram wajahnya.",
        ["Novel Baswedan"],
        id="sejauh-ini-opens-the-sentence",
    ),
    pytest.param(
        "Aktor James Corden mengisi suara Peter Rabbit.\n\nSutradara tersebut lantas mengatakan bahwa mereka baru "
        "menyelesaikan filmnya.",
        ["James Corden"],
        id="lantas-trails-the-subject",
    ),
    pytest.param(
        "Wakapolri Komjen Syafruddin ditanya wartawan.\n\n“Tidak ada, itu mengada-ngada,” kata Wakapolri menjawab "
        "pertanyaan pers, Kamis (6/7).",
        ["Syafruddin"],
        id="a-verb-after-the-cue-ends-the-mention",
    ),
    pytest.param(
        '"Kegiatan ini menambah keyakinan kami," kata Menpora selepas mengikuti acara penghitungan mundur.',
        ["Menpora"],
        id="selepas-ends-the-mention",
    ),
    pytest.param(
        "Jakarta, CNN Indonesia -- Salah satu pemain seleksi Timnas Indonesia U-19, Mochammad Rafid Habibie, "
        "menganggap seleksi itu bukan perkara yang mudah.\n\nSejauh ini pemain 16 tahun itu mengaku belum puas "
        "dengan penampilannya.",
        ["Mochammad Rafid Habibie", "Mochammad Rafid Habibie"],
        id="an-indefinite-antecedent-with-a-name-in-apposition",
    ),
    pytest.param(
        "Gubernur DKI Jakarta Basuki Tjahaja Purnama akan membongkar rumah di bantaran kali.\n\n"
        '"Kami dapat fotonya lengkap," kata Gubernur.',
        ["Basuki Tjahaja Purnama"],
        id="an-office-alone-is-its-holder-named-before",
    ),
    pytest.param(
        "Menurut Menlu Retno, Deklarasi Satu ASEAN Satu Respons memperkuat AHA Center.\n\n"
        "Lebih lanjut, Menlu menjelaskan bahwa deklarasi itu merupakan hasil keinginan ASEAN.",
        ["Retno", "Retno"],
        id="a-role-does-not-reach-across-a-comma",
    ),
    pytest.param(
        '"Makanannya enak-enak," kata Marwan Osseiran.\n\nAlfred E Kellermann, Visiting Professor pada Asser '
        'Institute, memuji acara itu. "Saya sangat menikmati acara sore ini," katanya.',
        ["Marwan Osseiran", "Alfred E Kellermann"],
        id="a-clitic-after-a-sentence-about-another-person-is-that-person-s",
    ),
    pytest.param(
        '"Kami bermain buruk," kata Roger Federer.\n\nFederer memenangi gim berikutnya, namun Del Potro kembali '
        "menyamakan skor. Dia kemudian mengatakan bahwa set itu menjadi miliknya.",
        ["Roger Federer", "Roger Federer"],
        id="a-sentence-with-a-second-subject-does-not-take-the-pronoun",
    ),
    pytest.param(
        '"Kami masih mencari," kata Egia Tarigan.\n\nLutviah Sari berhasil ditemukan Sabtu kemarin. '
        '"Kondisi kesehatannya baik," tuturnya.',
        ["Egia Tarigan", "Egia Tarigan"],
        id="a-person-found-is-not-the-speaker-of-the-next-quote",
    ),
    pytest.param(
        '"Kami kehilangan sahabat," kata manajer Tony Dimitriades.\n\nBob Dylan sudah berkomentar atas kematian '
        "sahabatnya itu. Kepada Rolling Stone ia mengaku terkejut dan sedih.",
        ["Tony Dimitriades", "Bob Dylan"],
        id="an-addressee-then-the-pronoun-subject",
    ),
    pytest.param(
        '"Saya selalu ingin mengkritik diri sendiri," ucap Samuel Rizal.\n\nHal senada juga diutarakan pemeran '
        "Tita, Shandy Aulia pada kesempatan yang sama. Ia mengaku pendalaman karakternya kini berbeda.",
        ["Samuel Rizal", "Shandy Aulia"],
        id="the-agent-of-a-passive-saying-before-is-the-pronoun-s",
    ),
    pytest.param(
        "Presiden IOI, I Made Dana M. Tangkas mengatakan, pihaknya bertugas menyinergikan peran sejumlah lembaga.",
        ["I Made Dana M. Tangkas"],
        id="a-balinese-i-is-no-first-person-pronoun",
    ),
    pytest.param(
        "Ketua DPP PKS Bidang Polhukam Al Muzammil Yusuf mengatakan bahwa kepergian itu hanya untuk umrah.",
        ["Al Muzammil Yusuf"],
        id="a-field-of-an-office-before-a-name",
    ),
    pytest.param(
        "Jakarta, CNN Indonesia -- Aktor John Heard dikabarkan telah meninggal dunia pada usia 72.\n\n"
        "Diberitakan AFP, kabar kematian Heard pertama kali datang dari TMZ. Media itu mengatakan bahwa sang aktor "
        "ditemukan tewas di sebuah hotel.",
        ["AFP", "TMZ"],
        id="an-outlet-description-goes-to-the-outlet-last-named",
    ),
    pytest.param(
        "Kepala Riset First Asia Capital David Sutyanto mengatakan bahwa IHSG akan menguat.",
        ["David Sutyanto"],
        id="a-firm-s-name-ending-in-capital-before-a-person",
    ),
    pytest.param(
        '"Kami siap mengamankan kunjungan itu," kata Kapolri Jenderal Polisi M. Tito Karnavian.\n\nRaja Salman '
        "datang besok.",
        ["Tito Karnavian"],
        id="an-initial-after-the-cue-does-not-end-the-attribution",
    ),
    pytest.param(
        "Jakarta, CNN Indonesia -- Misteri kehamilan Kylie Jenner telah terungkap usai wanita 20 tahun itu "
        "mengungkapkan telah melahirkan bayi perempuan.",
        ["Kylie Jenner"],
        id="a-word-opening-the-sentence-after-a-dateline-is-no-name",
    ),
    pytest.param(
        '"Saya punya dua lightsaber," kata Noel Gallagher.\n\nPentolan Oasis itu mengatakan, saat itu ia harus '
        "mengajari McGregor cara menggunakan lightsaber.",
        ["Noel Gallagher", "Noel Gallagher"],
        id="a-band-member-role-is-a-description",
    ),
    pytest.param(
        "Untuk pengembangan layanan apartemen, pada tahun ini Blibli menyatakan akan terus menambah mitra.",
        ["Blibli"],
        id="a-time-adverbial-after-a-comma-opens-the-clause",
    ),
    pytest.param(
        'Tesla Motors secara resmi mengumumkan rencana perusahaan untuk menanam peranti keras baru.\n\n"Mobil '
        'otonom akan menjadi standar," ungkap CEO Tesla Elon Musk.\n\nTesla memastikan bahwa sistem baru itu lebih '
        "aman.",
        ["Tesla Motors", "Elon Musk", "Tesla Motors"],
        id="an-office-then-the-employer-then-a-full-name-is-the-person",
    ),
    pytest.param(
        "Tesla Motors mengumumkan rencana perusahaan untuk menanam peranti keras baru.\n\nPihak Tesla mengaku "
        "masih perlu melakukan kalibrasi.\n\nPihak perusahaan mengatakan fitur keamanan akan kembali diaktifkan.",
        ["Tesla Motors", "Tesla Motors", "Tesla Motors"],
        id="pihak-company-is-the-company-that-last-spoke",
    ),
    pytest.param(
        "Polisi menemukan dua truk.\n\nPihak perusahaan mengklaim telah melakukan evaluasi.",
        ["Pihak perusahaan"],
        id="pihak-company-with-no-company-speaking-before-stays-a-description",
    ),
    pytest.param(
        'Menteri BUMN Rini Soemarno meninjau bandara.\n\n"Penerbangan akan normal besok," ujar perwakilan PT '
        "Garuda Indonesia.\n\nPerwakilan tersebut juga mengungkapkan, jadwal baru akan diumumkan sore ini.",
        ["PT Garuda Indonesia", "PT Garuda Indonesia"],
        id="a-role-with-a-demonstrative-is-the-speaker-last-named-by-that-role",
    ),
    pytest.param(
        'Kapolri memerintahkan penyelidikan.\n\n"Kami akan menyelidiki," kata Kadiv Humas Polri Irjen Boy Rafli '
        "Amar.\n\nBoy mengatakan bahwa hasil penyelidikan itu akan diumumkan besok.",
        ["Boy Rafli Amar", "Boy Rafli Amar"],
        id="a-first-name-written-alone-is-no-employer",
    ),
    pytest.param(
        '"Tidak ada tersangka tanpa alat bukti," kata Taufiequrachman Ruki.\n\nPurnawirawan jenderal polisi itu '
        "berkata, kasus-kasus itu dibahas bersama pimpinan lainnya.",
        ["Taufiequrachman Ruki", "Taufiequrachman Ruki"],
        id="a-capitalised-first-word-of-a-description-is-no-name",
    ),
    pytest.param(
        "Seperti diketahui, Menteri Komunikasi dan Informatika Rudiantara meninjau lokasi.\n\nRudi menekankan "
        "spektrum itu bukan ditujukan untuk memperluas jangkauan operator.",
        ["Rudiantara"],
        id="a-four-letter-clipped-name-opening-its-sentence-is-the-full-one",
    ),
    pytest.param(
        '"Saya berharap para mahasiswa lebih giat belajar," ujar Mr. Wang Liping.\n\n"Ini beasiswa pertama," kata '
        "Dr. Liu Qihu, Direktur CHEC.",
        ["Wang Liping", "Liu Qihu"],
        id="an-abbreviated-title-after-the-cue-does-not-end-the-attribution",
    ),
    pytest.param(
        '"Hampir satu tahun sekolah tidak pakai kursi," kata Ny. Isah, orang tua murid.',
        ["Isah"],
        id="ny-is-an-honorific",
    ),
    pytest.param(
        "Adam Levine dan Behati Prinsloo menikah pada 2014.\n\nPasangan selebriti ini pertama kali mengumumkan "
        "bahwa mereka mengharapkan anak kembali pada September tahun lalu.",
        ["Adam Levine dan Behati Prinsloo"],
        id="a-couple-with-a-demonstrative-is-the-pair-last-named-and-pertama-kali-is-no-part-of-it",
    ),
    pytest.param(
        '"Ia mengundang kami," kata Melissa Schuman.\n\nDi sana perempuan yang kini berusia 39 tahun itu menulis, '
        "ia diundang ke apartemen Carter.",
        ["Melissa Schuman", "Melissa Schuman"],
        id="di-sana-opening-a-sentence-is-no-part-of-the-subject",
    ),
    pytest.param(
        'Djadjang Nurdjaman memimpin latihan.\n\n"Kami siap," kata Djadjang.\n\nMenurut pelatih yang akrab disapa '
        "Djanur ini, banyak pemain yang harus dibenahi.\n\nDjanur mengatakan bahwa timnya siap.",
        ["Djadjang Nurdjaman", "Djadjang Nurdjaman", "Djadjang Nurdjaman"],
        id="a-nickname-in-a-description-of-the-speaker-names-them-from-then-on",
    ),
    pytest.param(
        "Rimanews - Wali Kota Bandung Ridwan Kamil ingin mengundang aktor Korea Selatan Lee Min-ho saat peresmian "
        'jembatan layang (flyover) pemberian pengusaha asal Negeri Ginseng.\n\n"Saya minta kepada pemilik flyover '
        'undanglah Oppa-Oppa dari Korea Selatan. Opsi pertama masih Lee Min-ho," kata pria yang akrab disapa Emil '
        "itu di Pendopo Kota Bandung, hari ini.",
        ["Ridwan Kamil"],
        id="a-description-before-anyone-spoke-is-the-first-sentences-subject-after-the-dateline",
    ),
    pytest.param(
        "“Semoga apresiasi itu menular ke masyarakat luas.” Ichwan Persada, produser sekaligus penulis cerita "
        "mengaku semangat mengerjakan film ini karena mengangkat budaya lokal.",
        [None, "Ichwan Persada"],
        id="a-subject-after-a-closing-mark-in-its-paragraph-keeps-its-name",
    ),
    pytest.param(
        'Kementerian Luar Negeri Suriah membantah tudingan itu.\n\n"Militer tidak memiliki senjata kimia," kata '
        "Kementerian dalam pernyataannya.",
        ["Kementerian Luar Negeri Suriah"],
        id="a-bare-institution-noun-is-the-institution-of-that-kind-named-last",
    ),
    pytest.param(
        "Menurut spesialis bedah ortopedi dr Didik Librianto, Sp. OT, skoliosis bisa dideteksi dini. "
        '"Dibungkukin badannya, lalu diperiksa ada tonjolan kah," ujar dia.',
        ["Didik Librianto", "Didik Librianto"],
        id="a-specialists-degree-after-the-name-is-no-person",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SPEAKER_CASES)
def test_resolves_speakers(text: str, speakers: list[str]) -> None:
    assert [q.speaker.name if q.speaker else None for q in quotes_of(text)] == speakers


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extracts(text: str, expected: list[tuple[str, str, str | None, list[str]]]) -> None:
    found = [summary(q) for q in quotes_of(text)]
    assert [f[:2] for f in found] == [e[:2] for e in expected]
    for got, want in zip(found, expected, strict=True):
        if want[2] is not None:
            assert got[2] is not None and want[2] in got[2], (got, want)
        assert got[3] == want[3]


def test_speaker_mention_and_cue_offsets() -> None:
    text = '"Kami siap bertanding," ujar Peskov, seperti dilansir The Guardian.'
    [quote] = quotes_of(text)
    assert quote.cue is not None and text[quote.cue.start : quote.cue.end] == "ujar"
    assert quote.speaker is not None and quote.speaker.mention is not None
    assert text[quote.speaker.mention.start : quote.speaker.mention.end] == "Peskov"
    assert [v.name for v in quote.via] == ["The Guardian"]
    assert quote.rule.endswith(".v1") and 0 < quote.confidence <= 1


def test_short_name_takes_fullest_form_in_article() -> None:
    text = 'Presiden Rusia Vladimir Putin tiba di Vladivostok.\n"Kami siap bekerja sama," kata Putin.'
    [quote] = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.name == "Vladimir Putin"


def test_description_resolves_to_person() -> None:
    text = (
        "Pemimpin Korea Utara Kim Jong Un tiba di Rusia.\n"
        '"Rusia telah melakukan perjuangan suci melawan hegemoni Barat," kata pemimpin Korea Utara itu.'
    )
    [quote] = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.name == "Kim Jong Un"


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        '"',
        '""',
        "“”",
        '"Tidak pernah ditutup, kata dia',
        "”Dibuka dengan tanda penutup” kata Budi.",
        '"a "b "c "d "e',
        "\x00\x01\x02 biner",
        "kata kata kata kata kata, kata kata.",
        "Menurut , ,",
        "\n\n\n" + '"' * 50,
        "Menurutnya, " * 30,
    ],
)
def test_odd_text_never_raises_and_offsets_hold(text: str) -> None:
    for quote in quotes_of(text):
        assert text[quote.span.start : quote.span.end] == quote.span.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            list("\"“”„«»'‘’,.:;!? \n")
            + list("abcKMkatujrPesovdinmg")
            + ["kata ", "ujarnya", "Menurut ", "bahwa ", "mengatakan ", "Budi ", "dilansir CNN", "(AS)"]
        ),
        max_size=150,
    ).map("".join)
)
def test_property_every_span_lies_inside_the_text(text: str) -> None:
    for quote in quotes_of(text):
        assert 0 <= quote.span.start < quote.span.end <= len(text)
        assert text[quote.span.start : quote.span.end] == quote.span.text
        for span in (quote.cue, quote.addressee, quote.speaker.mention if quote.speaker else None):
            if span is not None:
                assert text[span.start : span.end] == span.text
        for relay in quote.via:
            if relay.mention is not None:
                assert text[relay.mention.start : relay.mention.end] == relay.mention.text


def test_large_article_is_handled() -> None:
    paragraph = '"Kami siap bertanding besok malam," kata pelatih Budi Santoso kepada wartawan.\n'
    text = paragraph * 3000  # ~240 KB
    found = quotes_of(text)
    assert len(found) == 3000


def test_agentless_hearsay_with_fragment_is_mixed_without_speaker() -> None:
    text = (
        "Vladimir Putin disebutkan “dengan rasa terima kasih” menerima undangan Kim Jong Un untuk berkunjung."
    )
    [quote] = quotes_of(text)
    assert quote.kind == "mixed" and quote.speaker is None
    assert quote.span.text.startswith("Vladimir Putin disebutkan")


def test_dateline_with_outlet_in_parentheses_gives_the_publisher() -> None:
    text = "Jayapura (ANTARA News) - Polisi bergerak.\n\nKombes Ahmad Kamal kepada Antara, mengakui dua anggota terluka."
    (quote,) = quotes_of(text)
    assert quote.via == ()


def test_article_outlet_is_never_a_relay() -> None:
    text = "Kombes Ahmad Kamal kepada Antara, mengakui kedua anggota itu terluka di kaki."
    with_outlet = EXTRACTOR.extract(Article(id="t", text=text, lang="id", outlet="antaranews")).quotes
    assert [q.via for q in with_outlet] == [()]
    assert [v.name for q in quotes_of(text) for v in q.via] == ["Antara"]
