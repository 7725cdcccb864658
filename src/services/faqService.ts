import type { FaqEngine } from '../domain/faq/engine';
import { type FaqContext, type FaqResult } from '../domain/faq/engine';
import { noMetrics, type Metrics } from './metrics';
import type { Clock, FeedbackStore } from './ports';

export interface FeedbackInput {
  answerActivityId: string;
  entryId: string;
  helpful: boolean;
  locale: string;
  question: string;
  userId: string;
}

/** FAQ answering (in process, no I/O) and Helpful / Not helpful votes (stored). */
export class FaqService {
  constructor(
    private readonly engine: FaqEngine,
    private readonly feedback: FeedbackStore,
    private readonly clock: Clock,
    private readonly metrics: Metrics = noMetrics,
  ) {}

  ask(text: string, locale: string | undefined, context: FaqContext = {}): FaqResult {
    const result = this.engine.ask(text, { ...(locale !== undefined && { locale }), context });
    this.metrics.faqAsked(
      result.rejected ? 'rejected' : result.entryId ? 'answered' : 'abstained',
      result.lang,
    );
    return result;
  }

  async recordFeedback(input: FeedbackInput): Promise<void> {
    await this.feedback.record({
      key: `${input.answerActivityId}:${input.userId}`,
      entryId: input.entryId,
      helpful: input.helpful,
      locale: input.locale,
      question: input.question,
      userId: input.userId,
      at: this.clock.now(),
    });
    this.metrics.faqVoted(input.helpful);
  }
}
