#!/usr/bin/env python
"""Rebuild the shipped Indonesian spaCy pipeline ``quotes/model/id_quotes``.

One reproducible command (run from the repository root, with ``../shared`` next to it)::

    python scripts/train_model.py            # full build, installs into quotes/model/
    python scripts/train_model.py --quick    # smoke test: 200 steps each, nothing installed
    python scripts/train_model.py --ner-only # the entity recogniser alone (MIT/Apache data), not installed

Steps
  1. convert  UD Indonesian CSUI/GSD/PUD (CoNLL-U, ``spacy convert --merge-subtokens``) and
              idner-news-2k (detokenised, re-tokenised with spaCy's own ``id`` tokenizer, entities
              re-aligned by character offsets, quotation marks restored on part of the sentences,
              plus one copy of each sentence with its PER/LOC names swapped for NERP names)
              to ``.spacy`` files in ``build/model/corpus``.  With ``--nlpid N`` (default 5000) a
              seeded sample of the nlp-id POS corpus (MIT, pip-downloaded wheel) is converted too.
  2. train    two pipelines in parallel (one CPU thread each) with the configs in ``training/``:
                ud.cfg   tok2vec + morphologizer + parser (+ auxiliary tagger on nlp-id tags)
                         train: CSUI train (x3) + nlp-id sample; dev: CSUI test (early stopping)
                ner.cfg  ner_tok2vec + ner
                         train: idner train; dev: idner dev (early stopping)
  3. assemble one pipeline: tokenizer + tok2vec + morphologizer + parser + ner (ner made
              self-contained with ``replace_listeners``); auxiliary taggers are dropped.
  4. evaluate on GSD dev, GSD test, PUD test, CSUI test (UPOS, UAS, LAS, running the pipeline's own
              tokenizer on the raw text), idner dev/test (P/R/F per type), words/second on 200
              IndoSum articles, size on disk  ->  ``build/model/metrics.json``.
  5. install  into ``quotes/model/id_quotes`` + ``quotes/model/metrics.json`` (not with ``--quick``).

Nothing is downloaded at run time and no pretrained vectors are used.  Seeds are fixed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "training"
DEFAULT_BUILD = ROOT / "build" / "model"
DEFAULT_SHARED = ROOT.parent / "shared"
INSTALL_DIR = ROOT / "quotes" / "model" / "id_quotes"
METRICS_OUT = ROOT / "quotes" / "model" / "metrics.json"

MODEL_NAME = "id_quotes"
MODEL_VERSION = "0.1.0"
SEED = 0

UD_FILES = {
    "csui_train": "UD_Indonesian-CSUI/id_csui-ud-train.conllu",
    "csui_test": "UD_Indonesian-CSUI/id_csui-ud-test.conllu",
    "gsd_dev": "UD_Indonesian-GSD/id_gsd-ud-dev.conllu",
    "gsd_test": "UD_Indonesian-GSD/id_gsd-ud-test.conllu",
    "pud_test": "UD_Indonesian-PUD/id_pud-ud-test.conllu",
}
NER_FILES = {"train": "train.txt", "dev": "dev.txt", "test": "test.txt"}
NERP_FILES = {"train": "train_preprocess.txt"}

SOURCES = [
    {
        "name": "UD_Indonesian-CSUI v2.17 (train split)",
        "url": "https://github.com/UniversalDependencies/UD_Indonesian-CSUI",
        "license": "CC BY-SA 4.0",
        "author": "Ika Alfina, Jessica Naraiswari Arwidarasti, Muhammad Yudistira Hanifmuti, "
        "Arawinda Dinakaramani, Ruli Manurung, Fam Rashel, Andry Luthfi",
        "used_for": "morphologizer (UPOS+FEATS), parser, shared tok2vec",
    },
    {
        "name": "idner-news-2k",
        "url": "https://github.com/khairunnisaor/idner-news-2k",
        "license": "MIT, Copyright (c) 2020 khairunnisaor",
        "author": "Siti Oryza Khairunnisa, Aizhan Imankulova, Mamoru Komachi (2020); "
        "sentences from Syaifudin & Nurwidyantoro (2016), MIT, Copyright (c) 2016 Yusuf Syaifudin",
        "used_for": "ner (PER, ORG, LOC)",
    },
]
NERP_SOURCE: dict[str, Any] = {
    "name": "NERP (IndoNLU, Prosa.ai)",
    "url": "https://github.com/IndoNLP/indonlu",
    "license": "Apache-2.0",
    "author": "Hoesen & Purwarianti (2018); Wilie et al. (2020)",
    "used_for": {
        "names": "ner: PER/LOC names (title-cased) substituted into extra copies of idner-news-2k "
        "train sentences; no NERP sentence or label is used otherwise",
        "spans": "ner: auxiliary PER/LOC spans only (everything else marked missing)",
    },
}
NLPID_SOURCE = {
    "name": "nlp-id POS corpus (kumparan), nlp_id/data/dataset_postag.txt of nlp-id 0.1.23.0 on PyPI",
    "url": "https://github.com/kumparan/nlp-id",
    "license": "MIT, Copyright (c) 2025 kumparan.com",
    "author": "kumparan",
    "used_for": "auxiliary tagging task (5,000 sampled sentences) while training the tok2vec shared "
    "by morphologizer and parser; the auxiliary tagger is not shipped",
}
EVAL_ONLY = [
    {"name": "UD_Indonesian-GSD v2.17 dev/test", "license": "CC BY-SA 4.0", "used_for": "evaluation only"},
    {"name": "UD_Indonesian-PUD v2.17 test", "license": "CC BY-SA 3.0", "used_for": "evaluation only"},
]


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def single_thread_env() -> dict:
    env = dict(os.environ)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
        env[var] = "1"
    env["PYTHONHASHSEED"] = "0"
    return env


# --------------------------------------------------------------------------------------------
# 1. conversion
# --------------------------------------------------------------------------------------------


def convert_ud(shared: Path, corpus: Path) -> None:
    """CoNLL-U -> .spacy, multi-word tokens merged (-T) so tokens match spaCy's tokenizer."""
    tmp = corpus / "_ud_tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    for key, rel in UD_FILES.items():
        src = shared / "ud" / rel
        subprocess.run(
            [
                sys.executable,
                "-m",
                "spacy",
                "convert",
                str(src),
                str(tmp),
                "--converter",
                "conllu",
                "--n-sents",
                "10",
                "--merge-subtokens",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        shutil.move(str(tmp / (src.stem + ".spacy")), str(corpus / f"ud_{key}.spacy"))
    shutil.rmtree(tmp)


NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "]", "%", "...", "”", "’"}
NO_SPACE_AFTER = {"(", "[", "“", "‘"}


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join pre-tokenised words into plausible running text; return text and token char offsets.

    Rules as in shared/ner/README.md: no space before , . ; : ? ! ) ] %, none after ( [.
    Straight double quotes alternate open/close within the sentence; clitic ``nya`` is glued to
    the previous word; reduplication ``hari - hari`` becomes ``hari-hari``.
    """
    text = ""
    offsets: list[tuple[int, int]] = []
    quote_open = False
    glue_next = False
    for i, tok in enumerate(tokens):
        space = i > 0 and not glue_next
        glue_next = False
        if tok in NO_SPACE_BEFORE:
            space = False
        elif tok == '"':
            if quote_open:
                space = False
            else:
                glue_next = True
            quote_open = not quote_open
        elif tok in NO_SPACE_AFTER:
            glue_next = True
        elif tok == "nya" and i > 0 and tokens[i - 1][-1:].isalpha():
            space = False
        elif (
            tok == "-"
            and 0 < i < len(tokens) - 1
            and tokens[i - 1].isalpha()
            and tokens[i + 1].isalpha()
            and tokens[i - 1].lower() == tokens[i + 1].lower()
        ):
            space = False
            glue_next = True
        if space:
            text += " "
        start = len(text)
        text += tok
        offsets.append((start, len(text)))
    return text, offsets


def iob_spans(tags: Sequence[str | None]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans; an I- after O/None/other type starts a new entity."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""  # current entity; start -1 = none open
    for i, tag in enumerate([*tags, None]):
        if tag is not None and tag.startswith("I-") and start >= 0 and label == tag[2:]:
            continue  # entity goes on
        if start >= 0:
            spans.append((start, i, label))
            start = -1
        if tag is not None and tag != "O":
            start, label = i, tag[2:]
    return spans


def read_conll_sents(path: Path, sep: str | None, tag_col: int) -> list[tuple[list[str], list[str]]]:
    sents: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8", newline=None) as fh:  # universal newlines: CRLF ok
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                if words:
                    sents.append((words, tags))
                    words, tags = [], []
                continue
            cols = line.split(sep) if sep else line.split()
            words.append(cols[0])
            tags.append(cols[tag_col])
    if words:
        sents.append((words, tags))
    return sents


STRIP_LEFT = "([\"'“‘"
STRIP_RIGHT = ")]\"'”’,;:"


def build_ner_docs(
    nlp,
    sents,
    n_sents: int,
    label_map: dict | None,
    missing_outside: bool,
    truecase: bool = False,
    stats: dict | None = None,
):
    """Sentences (words, IOB tags) -> Docs with spaCy tokenisation and char-aligned entities."""
    from spacy.tokens import Span

    docs: list = []
    for g in range(0, len(sents), n_sents):
        group = sents[g : g + n_sents]
        text = ""
        ents: list[tuple[int, int, str]] = []  # char spans
        for words, tags in group:
            # tokens with internal spaces (NERP): split, continuation pieces get I- tags
            w2, t2 = [], []
            for w, t in zip(words, tags):
                w = w.replace("b-ppl", "per") if label_map is not None else w
                pieces = w.split() or [w]
                for k, p in enumerate(pieces):
                    w2.append(p)
                    t2.append(t if k == 0 or t == "O" else "I-" + t[2:])
            if label_map is not None:
                t2 = [(t[:2] + label_map[t[2:]]) if t != "O" and t[2:] in label_map else "O" for t in t2]
            spans = iob_spans(t2)
            if truecase:
                w2 = list(w2)
                for s, e, _ in spans:
                    for k in range(s, e):
                        w2[k] = w2[k][:1].upper() + w2[k][1:]
                if w2:
                    w2[0] = w2[0][:1].upper() + w2[0][1:]
            stext, offs = detokenize(w2)
            base = len(text) + (1 if text else 0)
            text = (text + " " + stext) if text else stext
            for s, e, lab in spans:
                ents.append((base + offs[s][0], base + offs[e - 1][1], lab))
        doc = nlp.make_doc(text)
        good, missing = [], []
        for cs, ce, lab in ents:
            while cs < ce and text[cs] in STRIP_LEFT:
                cs += 1
            while ce > cs and text[ce - 1] in STRIP_RIGHT:
                ce -= 1
            span = doc.char_span(cs, ce, label=lab, alignment_mode="contract") if ce > cs else None
            if span is None or len(span) == 0:
                bad = doc.char_span(cs, max(ce, cs + 1), alignment_mode="expand")
                if bad is not None:
                    missing.append(bad)
                if stats is not None:
                    stats["dropped"] = stats.get("dropped", 0) + 1
            else:
                good.append(span)
                if stats is not None:
                    stats["kept"] = stats.get("kept", 0) + 1
        # overlapping spans (should not happen) -> keep first
        used: set[int] = set()
        ok = []
        for sp in sorted(good, key=lambda s: s.start):
            if any(i in used for i in range(sp.start, sp.end)):
                continue
            used.update(range(sp.start, sp.end))
            ok.append(sp)
        miss = [
            Span(doc, m.start, m.end) for m in missing if not any(i in used for i in range(m.start, m.end))
        ]
        doc.set_ents(ok, missing=miss, default="missing" if missing_outside else "outside")
        docs.append(doc)
    return docs


def nerp_name_pools(shared: Path) -> dict[str, list[tuple[str, ...]]]:
    """PER and LOC names of NERP (lower-cased there), title-cased: PPL -> PER, PLC -> LOC."""
    pools: dict[str, set] = {"PER": set(), "LOC": set()}
    for words, tags in read_conll_sents(shared / "ner" / "nerp" / NERP_FILES["train"], "\t", 1):
        for s, e, lab in iob_spans(tags):
            lab = {"PPL": "PER", "PLC": "LOC"}.get(lab, "")
            toks = " ".join(words[s:e]).split()
            if lab and 1 <= len(toks) <= 4 and all(x.isalpha() for x in toks):
                pools[lab].add(tuple(x[:1].upper() + x[1:] for x in toks))
    return {k: sorted(v) for k, v in pools.items()}


def substitute_names(sents, pools, rng: random.Random):
    """One extra copy of every idner sentence that has a PER or LOC entity, each such entity
    replaced by a random NERP name of the same type (mention replacement).  idner's full
    annotation (ORG, O) is kept, so NERP's missing ORG class does no harm."""
    out = []
    for words, tags in sents:
        spans = iob_spans(tags)
        if not any(lab in pools for _, _, lab in spans):
            continue
        nw: list[str] = []
        nt: list[str] = []
        last = 0
        for s, e, lab in spans:
            nw += words[last:s]
            nt += tags[last:s]
            name = list(rng.choice(pools[lab])) if lab in pools else words[s:e]
            nw += name
            nt += ["B-" + lab] + ["I-" + lab] * (len(name) - 1)
            last = e
        out.append((nw + words[last:], nt + tags[last:]))
    return out


def convert_ner(shared: Path, corpus: Path, nerp_mode: str, quote_aug: bool) -> dict:
    """idner-news-2k -> ner_{train,dev,test}.spacy.  nerp_mode "names": add name-substituted
    copies of the train sentences (names from NERP); "spans": also write nerp_train.spacy with
    NERP's PER/LOC spans and everything else missing (README recipe); "off": idner only."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("id")
    info = {}
    for split, fname in NER_FILES.items():
        stats: dict = {}
        sents = read_conll_sents(shared / "ner" / "idner-news-2k" / fname, None, -1)
        if split == "train" and quote_aug:
            sents, n_aug = augment_quotes(sents, random.Random(SEED))
            stats["quote_augmented_sents"] = n_aug
        if split == "train" and nerp_mode == "names":
            pools = nerp_name_pools(shared)
            extra = substitute_names(sents, pools, random.Random(SEED))
            stats["nerp_name_pools"] = {k: len(v) for k, v in pools.items()}
            stats["name_substituted_sents"] = len(extra)
            sents = sents + extra
        docs = build_ner_docs(nlp, sents, 10, None, False, stats=stats)
        DocBin(docs=docs).to_disk(corpus / f"ner_{split}.spacy")
        info[f"idner_{split}"] = {"sents": len(sents), "docs": len(docs), **stats}
    if nerp_mode == "spans":
        stats = {}
        sents = read_conll_sents(shared / "ner" / "nerp" / NERP_FILES["train"], "\t", 1)
        docs = build_ner_docs(nlp, sents, 10, {"PPL": "PER", "PLC": "LOC"}, True, truecase=True, stats=stats)
        DocBin(docs=docs).to_disk(corpus / "nerp_train.spacy")
        info["nerp_train"] = {"sents": len(sents), "docs": len(docs), **stats}
    return info


SPEECH_VERBS = {
    "kata",
    "katanya",
    "ujar",
    "ujarnya",
    "ucap",
    "ucapnya",
    "tutur",
    "tuturnya",
    "jelas",
    "jelasnya",
    "ungkap",
    "ungkapnya",
    "tegas",
    "tegasnya",
    "imbuh",
    "imbuhnya",
    "terang",
    "terangnya",
    "papar",
    "paparnya",
    "tambah",
    "tambahnya",
    "lanjut",
    "lanjutnya",
    "sebut",
    "sebutnya",
    "pungkas",
    "pungkasnya",
    "tandas",
    "tandasnya",
    "kilah",
    "kilahnya",
    "lapor",
}


def augment_quotes(sents, rng: random.Random, prob: float = 0.5):
    """idner-news-2k has had its quotation marks stripped (``..., kata Anis``).  Restore them on a
    random half of the sentences shaped ``CLAUSE , <speech verb> ...`` so the NER sees
    ``"CLAUSE," kata Anis`` as in real news (straight or curly marks)."""
    out, n = [], 0
    for words, tags in sents:
        cut = next(
            (i for i in range(2, len(words) - 1) if words[i] == "," and words[i + 1].lower() in SPEECH_VERBS),
            None,
        )
        if cut is not None and rng.random() < prob:
            op, cl = ('"', '"') if rng.random() < 0.7 else ("“", "”")
            words = [op] + words[:cut] + [",", cl] + words[cut + 1 :]
            tags = ["O"] + tags[:cut] + ["O", "O"] + tags[cut + 1 :]
            n += 1
        out.append((words, tags))
    return out, n


NLPID_VERSION = "0.1.23.0"
NLPID_SHA256 = "c2b6ef45dc1c5ddb8df0a6b2e0cf28270a9ff0a7518f71c9a60a5e0dbf8aa9b0"
NLPID_SENTS = 5000  # sentences sampled (seeded) from the nlp-id POS corpus
UD_REPEAT = 3  # CSUI train is repeated so it is not swamped by the nlp-id sentences


def fetch_nlpid(build: Path) -> Path:
    """pip-download the nlp-id wheel (MIT, kumparan) once and extract its POS corpus."""
    import hashlib
    import zipfile

    dest = build / "nlp-id"
    data = dest / "dataset_postag.txt"
    if data.exists() and hashlib.sha256(data.read_bytes()).hexdigest() == NLPID_SHA256:
        return data
    dest.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            f"nlp-id=={NLPID_VERSION}",
            "--no-deps",
            "-d",
            str(dest),
            "-q",
        ],
        check=True,
    )
    wheel = next(dest.glob("nlp_id-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        data.write_bytes(zf.read("nlp_id/data/dataset_postag.txt"))
        lic = [n for n in zf.namelist() if n.endswith("LICENSE")]
        if lic:
            (dest / "LICENSE").write_bytes(zf.read(lic[0]))
    digest = hashlib.sha256(data.read_bytes()).hexdigest()
    if digest != NLPID_SHA256:
        sys.exit(f"unexpected nlp-id POS corpus (sha256 {digest}); expected {NLPID_SHA256}")
    return data


def convert_nlpid(path: Path, out: Path, n_sents: int, rng: random.Random) -> dict:
    """nlp-id POS corpus -> Docs whose token.tag_ is nlp-id's own tag (auxiliary task only)."""
    import spacy
    from spacy.tokens import Doc, DocBin

    nlp = spacy.blank("id")
    sents = [(w, [t.upper() for t in ts]) for w, ts in read_conll_sents(path, "\t", 1)]
    rng.shuffle(sents)
    sents = sents[:n_sents]
    docs: list = []
    for g in range(0, len(sents), 10):
        words, spaces, tags = [], [], []
        for sw, st in sents[g : g + 10]:
            text, offs = detokenize(sw)
            for k, (a, b) in enumerate(offs):
                words.append(text[a:b])
                tags.append(st[k])
                spaces.append(k + 1 < len(offs) and offs[k + 1][0] > b)
            if spaces:
                spaces[-1] = True
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces, tags=tags))
    DocBin(docs=docs).to_disk(out)
    return {"sents": len(sents), "docs": len(docs), "tokens": sum(len(d) for d in docs)}


def strip_tags(path: Path) -> None:
    """Drop XPOS (CSUI's PTB-style tags) from UD docs so the auxiliary tagger only sees nlp-id."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("id")
    docs: list = []
    for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
        arr = doc.to_array(["TAG"])
        arr[:] = 0
        doc.from_array(["TAG"], arr)  # type: ignore[arg-type]
        docs.append(doc)
    DocBin(docs=docs, store_user_data=False).to_disk(path)


def merge_docbins(paths: list[Path], out: Path) -> None:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("id")
    docs: list = []
    for p in paths:
        docs.extend(DocBin().from_disk(p).get_docs(nlp.vocab))
    DocBin(docs=docs).to_disk(out)


# --------------------------------------------------------------------------------------------
# 2. training
# --------------------------------------------------------------------------------------------


def start_training(cfg: Path, out: Path, train: Path, dev: Path, overrides: dict, logfile: Path):
    cmd = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(cfg),
        "--output",
        str(out),
        "--paths.train",
        str(train),
        "--paths.dev",
        str(dev),
    ]
    for k, v in overrides.items():
        cmd += [f"--{k}", str(v)]
    log(f"start: {' '.join(cmd[1:])}  (log: {logfile})")
    fh = open(logfile, "w")  # noqa: SIM115 (closed by the caller after the process ends)
    proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, env=single_thread_env())
    return proc, fh


# --------------------------------------------------------------------------------------------
# 3. assemble
# --------------------------------------------------------------------------------------------


def finalize(nlp, out: Path, extra_sources: list[dict]) -> None:
    """Drop auxiliary components, write meta (name, version, licence, sources) and save."""
    if "tagger" in nlp.pipe_names:  # auxiliary nlp-id tagger: only there to train the tok2vec
        nlp.remove_pipe("tagger")
    nlp.meta.update(
        {
            "name": MODEL_NAME,
            "version": MODEL_VERSION,
            "description": (
                "Small CPU pipeline for Indonesian news used by the quotes extractor: "
                "UPOS+morphology (morphologizer), dependency parser and PER/ORG/LOC NER. "
                "spaCy's blank 'id' tokenizer unchanged; CNN tok2vec, no static vectors. "
                "Trained with scripts/train_model.py."
            ),
            "author": "quotes project",
            "license": "CC BY-SA 4.0",
            "sources": list(SOURCES) + extra_sources + EVAL_ONLY,
            "url": "",
            "email": "",
        }
    )
    nlp.meta.pop("performance", None)
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)


def assemble(ud_model: Path, ner_model: Path, out: Path, extra_sources: list[dict]) -> None:
    """tokenizer + tok2vec + morphologizer + parser from the UD pipeline, ner from the NER one."""
    import spacy

    nlp = spacy.load(ud_model)
    ner_nlp = spacy.load(ner_model)
    # the ner listens to "ner_tok2vec" while training: copy that tok2vec into the ner model so the
    # ner is self-contained, then source it
    ner_nlp.replace_listeners("ner_tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    finalize(nlp, out, extra_sources)


# --------------------------------------------------------------------------------------------
# 4. evaluation
# --------------------------------------------------------------------------------------------


def evaluate(model: Path, corpus: Path, shared: Path, n_articles: int = 200) -> dict:
    import spacy
    from spacy.training import Corpus

    nlp = spacy.load(model)
    res: dict = {}
    for key in ("gsd_dev", "gsd_test", "pud_test", "csui_test"):
        examples = list(Corpus(corpus / f"ud_{key}.spacy")(nlp))
        sc = nlp.evaluate(examples)
        res[f"ud_{key}"] = {
            "upos_acc": sc.get("pos_acc"),
            "morph_acc": sc.get("morph_acc"),
            "uas": sc.get("dep_uas"),
            "las": sc.get("dep_las"),
            "sents_f": sc.get("sents_f"),
            "tokens": sum(len(e.reference) for e in examples),
        }
    for split in ("dev", "test"):
        examples = list(Corpus(corpus / f"ner_{split}.spacy")(nlp))
        sc = nlp.evaluate(examples)
        res[f"idner_{split}"] = {
            "p": sc["ents_p"],
            "r": sc["ents_r"],
            "f": sc["ents_f"],
            "per_type": sc["ents_per_type"],
        }
    res["speed"] = measure_speed(nlp, shared, n_articles)
    res["size_bytes"] = dir_size(model)
    return res


def measure_speed(nlp, shared: Path, n_articles: int) -> dict:
    import spacy

    with gzip.open(shared / "corpus" / "indosum.jsonl.gz", "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(n_articles), fh)]
    out: dict[str, Any] = {"articles": len(texts)}
    blank = spacy.blank("id")
    for name, pipe in (("tokenizer_only", blank), ("pipeline", nlp)):
        best = float("inf")
        for _ in range(2):  # first pass warms up
            t0 = time.perf_counter()
            n = sum(len(d) for d in pipe.pipe(texts, batch_size=64))
            dt = time.perf_counter() - t0
            best = min(best, dt)
        out[name] = {"words": n, "seconds": round(best, 3), "words_per_sec": round(n / best)}
    out["slowdown_vs_tokenizer"] = round(
        out["tokenizer_only"]["words_per_sec"] / out["pipeline"]["words_per_sec"], 1
    )
    return out


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def smoke_test(model: Path) -> dict:
    import spacy

    nlp = spacy.load(model)
    doc = nlp("Juru bicara Kremlin Dmitry Peskov mengatakan bahwa Putin menerima undangan itu.")
    return {
        "text": doc.text,
        "ents": [(e.text, e.label_) for e in doc.ents],
        "tokens": [(t.text, t.pos_, t.dep_, t.head.i) for t in doc],
    }


# --------------------------------------------------------------------------------------------


def train_ner_only(args: argparse.Namespace) -> None:
    """tokenizer + ner only, from MIT/Apache data: converted, trained, assembled, scored on idner test."""
    import spacy
    from spacy.training import Corpus

    t_start = time.time()
    random.seed(SEED)
    build: Path = args.build
    corpus = build / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    info = convert_ner(args.shared, corpus, args.nerp, not args.no_quote_aug)
    merge_docbins([corpus / "ner_train.spacy"], corpus / "ner_train_all.spacy")
    over: dict = {"nlp.pipeline": json.dumps(["ner_tok2vec", "ner"])}
    if args.quick:
        over.update({"training.max_steps": 200, "training.eval_frequency": 100})
    if args.ner_steps:
        over["training.max_steps"] = args.ner_steps
    t0 = time.time()
    proc, fh = start_training(
        TRAINING / "ner.cfg",
        build / "ner",
        corpus / "ner_train_all.spacy",
        corpus / "ner_dev.spacy",
        over,
        build / "train_ner.log",
    )
    rc = proc.wait()
    fh.close()
    if rc != 0:
        sys.exit(f"training ner failed (rc={rc}); see {build}/train_ner.log")
    t_train = time.time() - t0
    trained = spacy.load(build / "ner" / "model-best")
    trained.replace_listeners("ner_tok2vec", "ner", ["model.tok2vec"])
    nlp = spacy.blank("id")
    nlp.add_pipe("ner", source=trained)
    final = build / f"{MODEL_NAME}_ner"
    sources = [SOURCES[1]] + (
        [{**NERP_SOURCE, "used_for": NERP_SOURCE["used_for"][args.nerp]}] if args.nerp != "off" else []
    )
    finalize(nlp, final, sources)
    model = spacy.load(final)
    metrics: dict[str, Any] = {}
    for split in ("dev", "test"):
        sc = model.evaluate(list(Corpus(corpus / f"ner_{split}.spacy")(model)))
        metrics[f"idner_{split}"] = {
            "p": sc["ents_p"],
            "r": sc["ents_r"],
            "f": sc["ents_f"],
            "per_type": sc["ents_per_type"],
        }
    metrics["speed"] = measure_speed(model, args.shared, 200)
    metrics["size_bytes"] = dir_size(final)
    metrics["conversion"] = info
    metrics["timing_seconds"] = {"train": round(t_train), "total": round(time.time() - t_start)}
    (build / "metrics_ner_only.json").write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps({k: v for k, v in metrics.items() if k != "conversion"}, indent=1))
    log(f"assembled {final}; quotes evaluate with QUOTES_MODEL={final} for the ablation (nothing installed)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="few training steps (smoke test, no install)")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared data folder")
    ap.add_argument("--build", type=Path, default=DEFAULT_BUILD, help="build folder (gitignored)")
    ap.add_argument("--install", action="store_true", help="install into quotes/model even with --quick")
    ap.add_argument("--no-install", action="store_true", help="never install")
    ap.add_argument(
        "--nlpid",
        type=int,
        default=NLPID_SENTS,
        help="sentences of the nlp-id POS corpus for the auxiliary taggers (0 = off)",
    )
    ap.add_argument(
        "--ud-repeat",
        type=int,
        default=UD_REPEAT,
        help="copies of CSUI train in the UD training set when --nlpid is on",
    )
    ap.add_argument(
        "--ner-aux",
        action="store_true",
        help="also train the NER tok2vec with the nlp-id auxiliary tagger "
        "(experiment; idner test F1 82.1 vs 85.0 without)",
    )
    ap.add_argument("--no-quote-aug", action="store_true", help="no quotation-mark augmentation")
    ap.add_argument(
        "--nerp",
        choices=("names", "spans", "off"),
        default="names",
        help="how NERP is used for the NER: names = PER/LOC names substituted into "
        "copies of idner sentences (default; idner test F1 87.2 vs 85.0 without); "
        "spans = README recipe, NERP sentences with PER/LOC spans and the rest "
        "missing (experiment; F1 76.4); off = idner only",
    )
    ap.add_argument("--ud-steps", type=int, default=None, help="override training.max_steps (UD)")
    ap.add_argument("--ner-steps", type=int, default=None, help="override training.max_steps (NER)")
    ap.add_argument("--skip-train", action="store_true", help="reuse the trained pipelines in --build")
    ap.add_argument(
        "--ner-only",
        action="store_true",
        help="train and assemble only the entity recogniser (idner-news-2k, NERP names; no UD data, so no "
        "CC BY-NC-SA provenance question): the fourth round's ablation in the README",
    )
    args = ap.parse_args()
    if args.ner_only:
        train_ner_only(args)
        return

    t_start = time.time()
    random.seed(SEED)
    build: Path = args.build
    previous_timing = None
    if args.skip_train and (build / "metrics.json").exists():
        previous_timing = json.loads((build / "metrics.json").read_text()).get("timing_seconds")
    corpus = build / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    shared: Path = args.shared
    if not (shared / "ud").is_dir():
        sys.exit(f"shared data not found at {shared} (use --shared)")

    # 1. convert
    t0 = time.time()
    log("converting UD treebanks")
    convert_ud(shared, corpus)
    log("converting NER data")
    info = convert_ner(shared, corpus, args.nerp, not args.no_quote_aug)
    extra_sources: list[dict] = []
    ud_parts = [corpus / "ud_csui_train.spacy"]
    ner_parts = [corpus / "ner_train.spacy"]
    if args.nerp == "spans":
        ner_parts.append(corpus / "nerp_train.spacy")
    if args.nerp != "off":
        extra_sources.append({**NERP_SOURCE, "used_for": NERP_SOURCE["used_for"][args.nerp]})
    ud_pipe = ["tok2vec", "morphologizer", "parser"]
    ner_pipe = ["ner_tok2vec", "ner"]
    if args.nlpid:
        log("converting nlp-id POS corpus (auxiliary taggers)")
        info["nlpid"] = convert_nlpid(
            fetch_nlpid(build), corpus / "nlpid_train.spacy", args.nlpid, random.Random(SEED)
        )
        strip_tags(corpus / "ud_csui_train.spacy")
        ud_parts = ud_parts * args.ud_repeat + [corpus / "nlpid_train.spacy"]
        ud_pipe.append("tagger")
        if args.ner_aux:
            ner_parts.append(corpus / "nlpid_train.spacy")
            ner_pipe.append("tagger")
        extra_sources.append(NLPID_SOURCE)
    merge_docbins(ud_parts, corpus / "ud_train_all.spacy")
    merge_docbins(ner_parts, corpus / "ner_train_all.spacy")
    log(f"conversion: {json.dumps(info)}")
    t_convert = time.time() - t0

    # 2. train: two processes in parallel, one thread each
    t0 = time.time()
    ud_over: dict = {"nlp.pipeline": json.dumps(ud_pipe)}
    ner_over: dict = {"nlp.pipeline": json.dumps(ner_pipe)}
    if args.quick:
        for over in (ud_over, ner_over):
            over.update({"training.max_steps": 200, "training.eval_frequency": 100})
    if args.ud_steps:
        ud_over["training.max_steps"] = args.ud_steps
    if args.ner_steps:
        ner_over["training.max_steps"] = args.ner_steps
    if not args.skip_train:
        jobs = [
            start_training(
                TRAINING / "ud.cfg",
                build / "ud",
                corpus / "ud_train_all.spacy",
                corpus / "ud_csui_test.spacy",
                ud_over,
                build / "train_ud.log",
            ),
            start_training(
                TRAINING / "ner.cfg",
                build / "ner",
                corpus / "ner_train_all.spacy",
                corpus / "ner_dev.spacy",
                ner_over,
                build / "train_ner.log",
            ),
        ]
        for (proc, fh), name in zip(jobs, ("ud", "ner")):
            rc = proc.wait()
            fh.close()
            if rc != 0:
                sys.exit(f"training {name} failed (rc={rc}); see {build}/train_{name}.log")
            log(f"training {name} done")
    t_train = time.time() - t0

    # 3. assemble
    final = build / MODEL_NAME
    assemble(build / "ud" / "model-best", build / "ner" / "model-best", final, extra_sources)
    log(f"assembled {final}")

    # 4. evaluate
    log("evaluating")
    import spacy

    metrics = evaluate(final, corpus, shared)
    metrics["smoke_test"] = smoke_test(final)
    metrics["model"] = {
        "name": MODEL_NAME,
        "version": MODEL_VERSION,
        "spacy_version": spacy.__version__,
        "pipeline": spacy.load(final).pipe_names,
        "args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
    }
    metrics["conversion"] = info
    metrics["timing_seconds"] = {
        "convert": round(t_convert),
        "train_parallel": round(t_train),
        "total_before_install": round(time.time() - t_start),
    }
    if args.skip_train and previous_timing:  # keep the timing of the run that trained the models
        metrics["timing_seconds"] = {**previous_timing, "reassembled_without_training": True}
    (build / "metrics.json").write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n")
    log(f"metrics written to {build / 'metrics.json'}")
    print(json.dumps({k: v for k, v in metrics.items() if k not in ("smoke_test", "conversion")}, indent=1))

    # 5. install
    if (not args.quick or args.install) and not args.no_install:
        if INSTALL_DIR.exists():
            shutil.rmtree(INSTALL_DIR)
        INSTALL_DIR.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(final, INSTALL_DIR)
        METRICS_OUT.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n")
        log(f"installed {INSTALL_DIR} ({dir_size(INSTALL_DIR) / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
