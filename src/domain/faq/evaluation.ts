import type { KnowledgeId } from '../../knowledge/schema';
import type { FaqResult } from './engine';

/** One labelled question of an evaluation set (test/fixtures/faq-eval.jsonl). */
export interface EvalCase {
  text: string;
  locale: string;
  /** The entry that should answer, or null when the bot should say it does not know. */
  expected: KnowledgeId | null;
  kind: string;
  /**
   * Held-out sets only: the entries whose answer, shown alone, answers the question, as read by someone
   * who saw the entries' content but neither the label nor the bot's answers. An answer by one of them
   * counts as covered even when it is not the labelled entry.
   */
  answers?: KnowledgeId[];
}

export interface EvalFigures {
  inScope: number;
  inScopeCorrect: number;
  outOfScope: number;
  outOfScopeAbstained: number;
  /** Top-1 accuracy on questions the knowledge covers. */
  top1: number;
  /** In-scope questions answered by the labelled entry or by one whose answer covers the question. */
  inScopeCovered: number;
  /** Share of in-scope questions answered by the labelled entry or one of `answers`. */
  covered: number;
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
  let inScopeCovered = 0;
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
      if (correct || (result.entryId !== null && c.answers?.includes(result.entryId))) inScopeCovered++;
    }
    if (!correct) failures.push({ case: c, got: result.entryId, confidence: result.confidence });
  }
  return {
    inScope,
    inScopeCorrect,
    outOfScope,
    outOfScopeAbstained,
    top1: inScope > 0 ? inScopeCorrect / inScope : 1,
    inScopeCovered,
    covered: inScope > 0 ? inScopeCovered / inScope : 1,
    abstention: outOfScope > 0 ? outOfScopeAbstained / outOfScope : 1,
    failures,
  };
}
