"""Writes the fine-tuned top layers and head of a MiniLM state_dict (minilm.py oof --save) as the
AUGURENC weights file org.augur.encoder reads: the ONNX initializers they override, by the graph's own
names (the MatMul weights transposed back to x@W), then head.weight [384] and head.bias [1].
Usage: /usr/bin/python3 src/train/export.py MODEL.onnx model-all.pt encoder-weights.bin"""
import struct, sys
import os
import numpy as np, torch
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from minilm import onnx_weights  # noqa: E402

def main(onnx_path, state_path, out_path, layers=(4, 5)):
    init, weight_of_bias = onnx_weights(onnx_path)
    sd = torch.load(state_path)
    tensors = []
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "o": "attention.output.dense", "i": "intermediate.dense", "out": "output.dense"}
    for li in layers:
        p = "encoder.layer.%d." % li
        for mine, theirs in names.items():
            bias = p + theirs + ".bias"
            tensors.append((weight_of_bias[bias], sd["layers.%d.%s.weight" % (li, mine)].numpy().T))
            tensors.append((bias, sd["layers.%d.%s.bias" % (li, mine)].numpy()))
        for mine, theirs in (("ln1", "attention.output.LayerNorm"), ("ln2", "output.LayerNorm")):
            tensors.append((p + theirs + ".weight", sd["layers.%d.%s.weight" % (li, mine)].numpy()))
            tensors.append((p + theirs + ".bias", sd["layers.%d.%s.bias" % (li, mine)].numpy()))
    for name, a in tensors:
        assert init[name].shape == a.shape, (name, init[name].shape, a.shape)
    tensors.append(("head.weight", sd["head.weight"].numpy().reshape(-1)))
    tensors.append(("head.bias", sd["head.bias"].numpy().reshape(-1)))
    with open(out_path, "wb") as f:
        f.write(b"AUGURENC")
        f.write(struct.pack("<i", len(tensors)))
        for name, a in tensors:
            a = np.ascontiguousarray(a, dtype="<f4")
            nb = name.encode("utf-8")
            f.write(struct.pack("<i", len(nb)) + nb)
            f.write(struct.pack("<i", a.ndim) + struct.pack("<%di" % a.ndim, *a.shape))
            f.write(a.tobytes())
    print("wrote", out_path, len(tensors), "tensors")

if __name__ == "__main__":
    main(*sys.argv[1:4])
