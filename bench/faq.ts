import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../src/i18n/messages';
import { FaqEngine } from '../src/domain/faq/engine';
import { evaluate, type EvalCase } from '../src/domain/faq/evaluation';
import { analyze } from '../src/domain/faq/normalize';
import { detectLanguage } from '../src/domain/language';
import { knowledge, type KnowledgeId } from '../src/knowledge';
import type { BenchModule } from './run';

/** Timed runs per question; fewer with --quick. */
const ROUNDS = 20;
const QUICK_ROUNDS = 3;

// The team's set, the held-out one and the thirty-one blind ones; timing runs over all, accuracy is reported per set.
const FIXTURES = [
  'faq-eval.jsonl',
  'faq-heldout.jsonl',
  'faq-blind.jsonl',
  'faq-blind2.jsonl',
  'faq-blind3.jsonl',
  'faq-blind4.jsonl',
  'faq-blind5.jsonl',
  'faq-blind6.jsonl',
  'faq-blind7.jsonl',
  'faq-blind8.jsonl',
  'faq-blind11.jsonl',
  'faq-blind12.jsonl',
  'faq-blind23.jsonl',
  'faq-blind24.jsonl',
  'faq-blind25.jsonl',
  'faq-blind26.jsonl',
  'faq-blind27.jsonl',
  'faq-blind28.jsonl',
  'faq-blind29.jsonl',
  'faq-blind30.jsonl',
  'faq-blind31.jsonl',
  'faq-blind32.jsonl',
  'faq-blind33.jsonl',
  'faq-blind34.jsonl',
  'faq-blind35.jsonl',
  'faq-blind36.jsonl',
  'faq-blind37.jsonl',
  'faq-blind38.jsonl',
  'faq-blind39.jsonl',
  'faq-blind40.jsonl',
  'faq-blind41.jsonl',
  'faq-blind42.jsonl',
  'faq-blind43.jsonl',
  'faq-blind44.jsonl',
  'faq-blind45.jsonl',
  'faq-blind46.jsonl',
  'faq-blind47.jsonl',
  'faq-blind49.jsonl',
  'faq-blind48.jsonl',
  'faq-blind50.jsonl',
  'faq-blind51.jsonl',
  'faq-blind53.jsonl',
  'faq-blind54.jsonl',
  'faq-blind57.jsonl',
  'faq-blind58.jsonl',
  'faq-blind59.jsonl',
  'faq-blind61.jsonl',
  'faq-blind62.jsonl',
  'faq-blind63.jsonl',
  'faq-blind65.jsonl',
  'faq-blind67.jsonl',
  'faq-blind69.jsonl',
  'faq-blind70.jsonl',
  'faq-blind75.jsonl',
  'faq-blind76.jsonl',
  'faq-blind78.jsonl',
  'faq-blind79.jsonl',
] as const;

/**
 * Sets written from the sources after the engine, each scored once before anything was tuned and never
 * tuned on: not part of the gate's training, the floors or the timing. Their accuracy is what a new
 * user's questions get. Every `.jsonl` file in test/fixtures/faq-holdout/ (none while a new set is
 * being written; a set that has been tuned on moves to the fixture sets).
 */
function heldOutSets(): string[] {
  const dir = path.resolve(__dirname, '../test/fixtures/faq-holdout');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => `faq-holdout/${name}`);
}

function loadCases(name: string): EvalCase[] {
  return readFileSync(path.resolve(__dirname, '../test/fixtures', name), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as EvalCase);
}

/**
 * The baseline: count the normalised query terms each example shares with the question, take the
 * entry of the best example, answer when at least half the question's terms are shared.
 */
function naiveScorer(): (
  text: string,
  locale: string,
) => { entryId: KnowledgeId | null; confidence: number } {
  const examples = (['en', 'pl'] as const).map((lang) => ({
    lang,
    docs: knowledge.flatMap((entry) =>
      entry.examples[lang].map((text) => ({ entryId: entry.id, terms: new Set(analyze(text, lang)) })),
    ),
  }));
  const byLang = new Map<Lang, (typeof examples)[number]['docs']>(examples.map((e) => [e.lang, e.docs]));
  return (text, locale) => {
    const lang = detectLanguage(text, locale);
    const terms = [...new Set(analyze(text, lang))];
    let best: KnowledgeId | null = null;
    let bestOverlap = 0;
    for (const doc of byLang.get(lang) ?? []) {
      let overlap = 0;
      for (const term of terms) if (doc.terms.has(term)) overlap++;
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = doc.entryId;
      }
    }
    const confidence = terms.length > 0 ? bestOverlap / terms.length : 0;
    return { entryId: confidence >= 0.5 ? best : null, confidence };
  };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

/** Per-question latency: each question's median over `rounds` runs, then median and p95 over questions. */
function timePerQuestion(
  cases: readonly EvalCase[],
  run: (c: EvalCase) => unknown,
  rounds: number,
): { median: number; p95: number } {
  for (const c of cases) run(c); // warm-up
  const perQuestion: number[] = [];
  for (const c of cases) {
    const samples: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const start = process.hrtime.bigint();
      run(c);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    samples.sort((a, b) => a - b);
    perQuestion.push(percentile(samples, 50));
  }
  perQuestion.sort((a, b) => a - b);
  return { median: percentile(perQuestion, 50), p95: percentile(perQuestion, 95) };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ms = (x: number) => `${x.toFixed(3)} ms`;

export const faqBench: BenchModule = {
  name: 'faq',
  run({ quick }) {
    const rounds = quick ? QUICK_ROUNDS : ROUNDS;
    const sets = FIXTURES.map((name) => ({ name, cases: loadCases(name) }));
    const cases = sets.flatMap((set) => set.cases);
    const buildStart = process.hrtime.bigint();
    const engine = new FaqEngine();
    const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;
    const baseline = naiveScorer();

    const engineTime = timePerQuestion(cases, (c) => engine.ask(c.text, { locale: c.locale }), rounds);
    const baselineTime = timePerQuestion(cases, (c) => baseline(c.text, c.locale), rounds);
    const accuracy = sets.flatMap(({ name, cases: setCases }) => {
      const engineAccuracy = evaluate(setCases, (c) => engine.ask(c.text, { locale: c.locale }));
      const baselineAccuracy = evaluate(setCases, (c) => baseline(c.text, c.locale));
      // Sets whose questions carry a reader's `answers` also say how many an entry covering them answered.
      const covered = setCases.some((c) => c.answers !== undefined)
        ? `  covered ${pct(engineAccuracy.covered)}`
        : '';
      return [
        `${name} (${setCases.length} questions)`,
        `  engine     top-1 in scope ${pct(engineAccuracy.top1)}${covered}  abstention ${pct(engineAccuracy.abstention)}`,
        `  baseline   top-1 in scope ${pct(baselineAccuracy.top1)}  abstention ${pct(baselineAccuracy.abstention)}`,
      ];
    });

    const heldOut = heldOutSets().map((name) => ({
      name,
      figures: evaluate(loadCases(name), (c) => engine.ask(c.text, { locale: c.locale })),
    }));
    const sum = (pick: (f: (typeof heldOut)[number]['figures']) => number) =>
      heldOut.reduce((total, set) => total + pick(set.figures), 0);
    const fraction = (part: number, whole: number) =>
      `${pct(whole > 0 ? part / whole : 1)} (${part}/${whole})`;
    const heldOutLines =
      heldOut.length === 0
        ? ['held out: none (no set in test/fixtures/faq-holdout/ is waiting to be scored)']
        : [
            'held out (written after the engine, never tuned on; "covered": answered by the labelled entry or',
            'by another whose answer, a reader found, answers the question):',
            ...heldOut.map(
              ({ name, figures: f }) =>
                `  ${name}  top-1 in scope ${fraction(f.inScopeCorrect, f.inScope)}  covered ${fraction(f.inScopeCovered, f.inScope)}  abstention ${fraction(f.outOfScopeAbstained, f.outOfScope)}`,
            ),
            `  pooled  top-1 in scope ${fraction(
              sum((f) => f.inScopeCorrect),
              sum((f) => f.inScope),
            )}  covered ${fraction(
              sum((f) => f.inScopeCovered),
              sum((f) => f.inScope),
            )}  abstention ${fraction(
              sum((f) => f.outOfScopeAbstained),
              sum((f) => f.outOfScope),
            )}`,
          ];

    return [
      `questions: ${cases.length} (${FIXTURES.join(' + ')}), ${rounds} timed runs each; index build ${ms(buildMs)}`,
      `engine   FaqEngine.ask   median ${ms(engineTime.median)}  p95 ${ms(engineTime.p95)}  (in process, per question: median of its runs)`,
      `baseline token overlap   median ${ms(baselineTime.median)}  p95 ${ms(baselineTime.p95)}`,
      `ratio engine median / baseline median: ${(engineTime.median / baselineTime.median).toFixed(2)}`,
      `  ${engineTime.median <= 1 ? 'met    ' : 'not met'}  lexical retrieval ≤ 1 ms median: ${ms(engineTime.median)}`,
      ...accuracy,
      ...heldOutLines,
    ];
  },
};
