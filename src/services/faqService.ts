import type { FaqEngine } from '../domain/faq/engine';
import { type FaqResult } from '../domain/faq/engine';
import { knowledgeIdSchema, type KnowledgeId } from '../knowledge/schema';
import type { Logger } from '../log';
import type { Clock, FaqAsker, FaqFollowUpStore, FeedbackStore } from './ports';

export interface FeedbackInput {
  answerActivityId: string;
  entryId: string;
  helpful: boolean;
  locale: string;
  question: string;
  userId: string;
}

/** How long a user's last FAQ topic counts for a follow-up question. */
export const FOLLOW_UP_LIFETIME_MS = 15 * 60 * 1000;
/** Longest wait for the follow-up context; after that the question is answered without it. */
export const FOLLOW_UP_WAIT_MS = 500;

class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/** `work`, or a TimeoutError after `ms`; a late failure of `work` is swallowed, never unhandled. */
function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`no answer within ${ms} ms`)), ms);
  });
  work.catch(() => undefined);
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * FAQ answering (in process), per-user follow-up context, and Helpful / Not helpful votes (stored).
 * The follow-up context is a convenience: reading or writing it never fails or holds up an answer.
 */
export class FaqService {
  constructor(
    private readonly engine: FaqEngine,
    private readonly feedback: FeedbackStore,
    private readonly followUps: FaqFollowUpStore,
    private readonly clock: Clock,
    private readonly log?: Logger,
  ) {}

  /** Answers `text`, read as a follow-up of what `asker` was last answered in the last 15 minutes. */
  async ask(text: string, locale: string | undefined, asker: FaqAsker): Promise<FaqResult> {
    const lastEntryId = await this.lastTopic(asker);
    return this.engine.ask(text, {
      ...(locale !== undefined && { locale }),
      context: lastEntryId !== undefined ? { lastEntryId } : {},
    });
  }

  /** Remembers the topic `asker` was just answered. Never throws: a failure is logged and forgotten. */
  async remember(asker: FaqAsker, entryId: KnowledgeId): Promise<void> {
    const expiresAt = new Date(this.clock.now().getTime() + FOLLOW_UP_LIFETIME_MS);
    try {
      await within(this.followUps.set(asker, entryId, expiresAt), FOLLOW_UP_WAIT_MS);
    } catch (error) {
      this.log?.warn({ err: error }, 'faq follow-up context not saved');
    }
  }

  /** Removes expired follow-up context; returns how many. */
  async deleteExpiredFollowUps(): Promise<number> {
    return this.followUps.deleteExpired(this.clock.now());
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
  }

  private async lastTopic(asker: FaqAsker): Promise<KnowledgeId | undefined> {
    try {
      const stored = await within(this.followUps.get(asker, this.clock.now()), FOLLOW_UP_WAIT_MS);
      const id = knowledgeIdSchema.safeParse(stored);
      return id.success ? id.data : undefined;
    } catch (error) {
      this.log?.warn({ err: error }, 'faq follow-up context unavailable, answering without it');
      return undefined;
    }
  }
}
