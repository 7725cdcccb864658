import type { KnowledgeId } from '../../knowledge/schema';
import type { FaqResult } from './engine';

/** One labelled question of an evaluation set (test/fixtures/faq-eval.jsonl). */
export interface EvalCase {
  text: string;
  locale: string;
  /** The entry that should answer, or null when the bot should say it does not know. */
  expected: KnowledgeId | null;
  kind: string;
}

export interface EvalFigures {
  inScope: number;
  inScopeCorrect: number;
  outOfScope: number;
  outOfScopeAbstained: number;
  /** Top-1 accuracy on questions the knowledge covers. */
  top1: number;
  /** Share of uncovered questions where the engine abstained. */
  abstention: number;
  failures: { case: EvalCase; got: KnowledgeId | null; confidence: number }[];
}

/** Scores any answerer (the engine, or a baseline) against labelled cases. */
export function evaluate(
  cases: readonly EvalCase[],
  answer: (c: EvalCase) => Pick<FaqResult, 'entryId' | 'confidence'>,
): EvalFigures {
  let inScope = 0;
  let inScopeCorrect = 0;
  let outOfScope = 0;
  let outOfScopeAbstained = 0;
  const failures: EvalFigures['failures'] = [];
  for (const c of cases) {
    const result = answer(c);
    const correct = result.entryId === c.expected;
    if (c.expected === null) {
      outOfScope++;
      if (correct) outOfScopeAbstained++;
    } else {
      inScope++;
      if (correct) inScopeCorrect++;
    }
    if (!correct) failures.push({ case: c, got: result.entryId, confidence: result.confidence });
  }
  return {
    inScope,
    inScopeCorrect,
    outOfScope,
    outOfScopeAbstained,
    top1: inScope > 0 ? inScopeCorrect / inScope : 1,
    abstention: outOfScope > 0 ? outOfScopeAbstained / outOfScope : 1,
    failures,
  };
}
