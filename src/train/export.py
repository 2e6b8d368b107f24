"""Writes a fine-tuned MiniLM state_dict (minilm.py oof --save) as the AUGURENC weights file
org.augur.encoder reads (format: EncoderWeights.java): the head (head.weight [384], head.bias [1]) as
float32, and every fine-tuned initializer of the ONNX graph, by the graph's own names (the MatMul weights
transposed back to x@W), as its change from the graph's values: int8 with one float32 scale per row
(a row is the last dimension), rows whose change stays under --min-change left out.

Fine-tuning moves MiniLM's weights by at most a few thousandths, so the int8 change restores them within
about 1e-5 (dev probabilities within 5e-4 of the float model's), and of the word embeddings only the rows
of words seen in training change: the six layers and embeddings fit in ~14 MB instead of 90.

Usage: /usr/bin/python3 src/train/export.py MODEL.onnx model-all.pt encoder-weights.bin [--layers 4 5]"""
import argparse
import os
import struct
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from minilm import onnx_weights  # noqa: E402

NAMES = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
         "o": "attention.output.dense", "i": "intermediate.dense", "out": "output.dense"}
EMBEDDINGS = {"word.weight": "embeddings.word_embeddings.weight",
              "pos.weight": "embeddings.position_embeddings.weight",
              "typ.weight": "embeddings.token_type_embeddings.weight",
              "ln.weight": "embeddings.LayerNorm.weight", "ln.bias": "embeddings.LayerNorm.bias"}


def graph_tensors(sd, weight_of_bias, layers, embeddings):
    """(ONNX initializer name, fine-tuned values in the graph's layout) of the fine-tuned tensors."""
    out = []
    if embeddings:
        out.extend((theirs, sd[mine].numpy()) for mine, theirs in EMBEDDINGS.items())
    for li in layers:
        p = "encoder.layer.%d." % li
        for mine, theirs in NAMES.items():
            bias = p + theirs + ".bias"
            out.append((weight_of_bias[bias], sd["layers.%d.%s.weight" % (li, mine)].numpy().T))
            out.append((bias, sd["layers.%d.%s.bias" % (li, mine)].numpy()))
        for mine, theirs in (("ln1", "attention.output.LayerNorm"), ("ln2", "output.LayerNorm")):
            out.append((p + theirs + ".weight", sd["layers.%d.%s.weight" % (li, mine)].numpy()))
            out.append((p + theirs + ".bias", sd["layers.%d.%s.bias" % (li, mine)].numpy()))
    return out


def delta_rows(base, tuned, min_change):
    """Rows (by index) whose change exceeds min_change: index, scale, int8 values (change ≈ scale × int8)."""
    d = (tuned.astype(np.float64) - base.astype(np.float64)).reshape(-1, base.shape[-1])
    rows = []
    for r in range(d.shape[0]):
        m = np.abs(d[r]).max()
        if m <= min_change:
            continue
        scale = np.float32(m / 127.0)
        q = np.clip(np.round(d[r] / np.float64(scale)), -127, 127).astype(np.int8)
        rows.append((r, scale, q))
    return rows


def header(f, name, dims, rank):
    nb = name.encode("utf-8")
    f.write(struct.pack("<i", len(nb)) + nb)
    f.write(struct.pack("<i", rank) + struct.pack("<%di" % len(dims), *dims))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("onnx")
    ap.add_argument("state")
    ap.add_argument("out")
    ap.add_argument("--layers", type=int, nargs="*", default=[0, 1, 2, 3, 4, 5],
                    help="layers fine-tuned (default all six; the embeddings go with all six)")
    ap.add_argument("--min-change", type=float, default=1e-4,
                    help="rows whose largest change is at most this are left out (default 1e-4)")
    args = ap.parse_args()
    init, weight_of_bias = onnx_weights(args.onnx)
    sd = torch.load(args.state)
    tensors = graph_tensors(sd, weight_of_bias, args.layers, len(args.layers) == 6)
    deltas = []
    for name, a in tensors:
        assert init[name].shape == a.shape, (name, init[name].shape, a.shape)
        rows = delta_rows(np.asarray(init[name], dtype=np.float32), a, args.min_change)
        if rows:
            deltas.append((name, a.shape, rows))
    head = [("head.weight", sd["head.weight"].numpy().reshape(-1)), ("head.bias", sd["head.bias"].numpy().reshape(-1))]
    with open(args.out, "wb") as f:
        f.write(b"AUGURENC")
        f.write(struct.pack("<i", len(head) + len(deltas)))
        for name, a in head:
            a = np.ascontiguousarray(a, dtype="<f4")
            header(f, name, a.shape, a.ndim)
            f.write(a.tobytes())
        for name, shape, rows in deltas:
            header(f, name, shape, -len(shape))
            f.write(struct.pack("<i", len(rows)))
            for r, scale, q in rows:
                f.write(struct.pack("<if", r, scale))
                f.write(q.tobytes())
    print("wrote %s: head and %d changed initializers, %d rows" % (args.out, len(deltas),
                                                                    sum(len(r) for _, _, r in deltas)))


if __name__ == "__main__":
    main()
