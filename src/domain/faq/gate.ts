import type { Lang } from '../lang';

/**
 * The answer gate: whether the entry the engine ranks first should be given as the answer, or the engine
 * should abstain. A logistic regression over what retrieval already measured (how much of the question
 * the entry explains, how clearly it beats the runner-up, how specific the matched words are, ...),
 * fitted by scripts/faqGate.ts on the labelled evaluation sets: answering with the wrong entry counts
 * as badly as answering an out-of-scope question.
 */

/** What the gate reads of one ranked entry (the engine's `Ranked`). */
export interface RankedEvidence {
  /** Aggregated retrieval score, scaled by how much of the question the entry explains. */
  score: number;
  /** Share of the question's weight the entry explains. */
  coverage: number;
  /** Weight of the question's terms the entry matches. */
  matchedWeight: number;
  /** Distinct content terms of the question. */
  termCount: number;
  /** Share of the question's terms no entry of this language uses. */
  unknownShare: number;
  /** Share of the question's weight the entry's own title and keywords name. */
  declaredShare: number;
  /** Share of the question's weight that is an off-topic word the entry does not claim. */
  uncoveredShare: number;
  /** Sentences the message was read as. */
  sentences: number;
}

/** What the gate reads of one retrieval: the ranking and how it was obtained. */
export interface Retrieval {
  ranked: readonly RankedEvidence[];
  /** The hand-made confidence of the ranking (see FaqEngine.confidence). */
  confidence: number;
  /** Whether the message was re-read by its question alone, or in the client's language. */
  reread: 'none' | 'question' | 'other-language';
  /** Whether the question read alone ranks the same entry first as the whole message. */
  questionAgrees: boolean;
}

export const GATE_FEATURES = [
  'confidence',
  'coverage',
  'margin',
  'logEvidence',
  'logScore',
  'secondCoverage',
  'inverseTerms',
  'singleTerm',
  'unknownShare',
  'declaredShare',
  'uncoveredShare',
  'rereadQuestion',
  'rereadOtherLanguage',
  'questionAgrees',
  'polish',
  'logSentences',
  'logCandidates',
] as const;

type GateFeature = (typeof GATE_FEATURES)[number];
export type GateFeatures = Readonly<Record<GateFeature, number>>;

export interface GateModel {
  bias: number;
  weights: Readonly<Record<GateFeature, number>>;
}

/** The features of a retrieval whose ranking is not empty. */
export function gateFeatures(retrieval: Retrieval, lang: Lang): GateFeatures {
  const [best, second] = retrieval.ranked;
  if (!best) throw new Error('gateFeatures needs a ranked entry');
  const margin = best.score > 0 && second ? 1 - second.score / best.score : 1;
  return {
    confidence: retrieval.confidence,
    coverage: best.coverage,
    margin,
    logEvidence: Math.log1p(best.matchedWeight),
    logScore: Math.log1p(Math.max(0, best.score)),
    secondCoverage: second?.coverage ?? 0,
    inverseTerms: 1 / Math.max(1, best.termCount),
    singleTerm: best.termCount === 1 ? 1 : 0,
    unknownShare: best.unknownShare,
    declaredShare: best.declaredShare,
    uncoveredShare: best.uncoveredShare,
    rereadQuestion: retrieval.reread === 'question' ? 1 : 0,
    rereadOtherLanguage: retrieval.reread === 'other-language' ? 1 : 0,
    questionAgrees: retrieval.questionAgrees ? 1 : 0,
    polish: lang === 'pl' ? 1 : 0,
    logSentences: Math.log(Math.max(1, best.sentences)),
    logCandidates: Math.log1p(retrieval.ranked.length),
  };
}

/** The gate's value, 0..1; the engine answers at or above ANSWER_THRESHOLD (0.5). */
export function gateConfidence(features: GateFeatures, model: GateModel = GATE): number {
  let z = model.bias;
  for (const name of GATE_FEATURES) z += model.weights[name] * features[name];
  return 1 / (1 + Math.exp(-z));
}

// Fitted by `npx tsx scripts/faqGate.ts --write`; do not edit by hand.
export const GATE: GateModel = {
  bias: -11.46454,
  weights: {
    confidence: 0.145091,
    coverage: -3.169216,
    margin: 6.187202,
    logEvidence: -0.627255,
    logScore: 1.387001,
    secondCoverage: 3.702467,
    inverseTerms: -2.467992,
    singleTerm: 0.896293,
    unknownShare: -3.249279,
    declaredShare: 1.199978,
    uncoveredShare: -3.971611,
    rereadQuestion: -1.486455,
    rereadOtherLanguage: -2.268872,
    questionAgrees: 0.542118,
    polish: 0.032943,
    logSentences: 0.764989,
    logCandidates: 1.548259,
  },
};
