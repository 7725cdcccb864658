import type { FaqEngine } from '../domain/faq/engine';
import { type FaqResult } from '../domain/faq/engine';
import {
  daysBefore,
  isBotAdmin,
  keptQuestion,
  REPORT_DAYS,
  TOP_UNANSWERED,
  UNANSWERED_KEPT_DAYS,
  worstRated,
  type FaqReport,
} from '../domain/faq/report';
import { knowledgeIdSchema, type KnowledgeId } from '../knowledge/schema';
import type { Severity } from '../domain/faq/followUp';
import type { Logger } from '../log';
import { noMetrics, type Metrics } from './metrics';
import type { Clock, FaqAsker, FaqFollowUpStore, FaqTopic, FeedbackStore, UnansweredStore } from './ports';

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
/**
 * A topic answered again within this long of its last write is not written again: its context then
 * lasts between 14 and 15 minutes, and a run of follow-ups on one topic costs no writes.
 */
export const FOLLOW_UP_REFRESH_MS = 60 * 1000;
/** Longest wait for the follow-up context; after that the question is answered without it. */
export const FOLLOW_UP_WAIT_MS = 500;
/** Longest wait for a write made after the answer was sent (the turn ends once it is done or given up). */
export const AFTER_ANSWER_WAIT_MS = 2000;

/**
 * What `faq report` shows: the report; a refusal for a user who is not a bot admin; or, for an admin
 * asking in a group chat or channel, where everyone would see others' questions, a pointer to the
 * personal chat.
 */
export type { FaqReport };

export type FaqReportView =
  { kind: 'report'; report: FaqReport } | { kind: 'refused' } | { kind: 'personal-chat-only' };

export interface FaqServiceDeps {
  engine: FaqEngine;
  feedback: FeedbackStore;
  followUps: FaqFollowUpStore;
  unanswered: UnansweredStore;
  clock: Clock;
  /** Microsoft Entra object ids allowed to see the report (BOT_ADMINS). */
  admins?: readonly string[];
  log?: Logger;
  metrics?: Metrics;
}

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
 * FAQ answering (in process), per-user follow-up context, Helpful / Not helpful votes, the questions
 * nobody could answer, and the report on both for bot admins. Follow-up context and unanswered
 * questions are a convenience: reading or writing them never fails or holds up an answer.
 */
export class FaqService {
  private readonly engine: FaqEngine;
  private readonly feedback: FeedbackStore;
  private readonly followUps: FaqFollowUpStore;
  private readonly unanswered: UnansweredStore;
  private readonly clock: Clock;
  private readonly admins: readonly string[];
  private readonly log: Logger | undefined;
  private readonly metrics: Metrics;

  constructor(deps: FaqServiceDeps) {
    this.metrics = deps.metrics ?? noMetrics;
    this.engine = deps.engine;
    this.feedback = deps.feedback;
    this.followUps = deps.followUps;
    this.unanswered = deps.unanswered;
    this.clock = deps.clock;
    this.admins = deps.admins ?? [];
    this.log = deps.log;
  }

  /**
   * Answers `text`, read as a follow-up of what `asker` was last answered in the last 15 minutes. The
   * last topic is looked up only for a message the engine reads against it (an elliptic follow-up);
   * the answer carries it as `lastTopic`, for `remember`.
   */
  async ask(
    text: string,
    locale: string | undefined,
    asker: FaqAsker,
  ): Promise<FaqResult & { lastTopic?: FaqTopic }> {
    const last = this.engine.readsContext(text) ? await this.lastTopic(asker) : undefined;
    const result = this.engine.ask(text, {
      ...(locale !== undefined && { locale }),
      context:
        last !== undefined
          ? { lastEntryId: last.entryId, ...(last.severity && { lastSeverity: last.severity }) }
          : {},
    });
    this.metrics.faqAsked(
      result.rejected ? 'rejected' : result.entryId ? 'answered' : 'abstained',
      result.lang,
    );
    return last !== undefined ? { ...result, lastTopic: last } : result;
  }

  /**
   * Remembers the topic `asker` was just answered, and the severity the answer was about, unless
   * `last` (what `ask` read) is that topic and severity written less than FOLLOW_UP_REFRESH_MS ago.
   * Never throws: a failure is logged and forgotten.
   */
  async remember(asker: FaqAsker, entryId: KnowledgeId, last?: FaqTopic, severity?: Severity): Promise<void> {
    const expiresAt = new Date(this.clock.now().getTime() + FOLLOW_UP_LIFETIME_MS);
    if (
      last?.entryId === entryId &&
      last.severity === severity &&
      expiresAt.getTime() - last.expiresAt.getTime() < FOLLOW_UP_REFRESH_MS
    )
      return;
    try {
      await within(this.followUps.set(asker, entryId, expiresAt, severity), AFTER_ANSWER_WAIT_MS);
    } catch (error) {
      this.log?.warn({ err: error }, 'faq follow-up context not saved');
    }
  }

  /**
   * Keeps a question the engine could not answer (masked and bounded, see keptQuestion), with the
   * topics it offered instead. Never throws: a failure is logged and forgotten.
   */
  async recordUnanswered(text: string, result: Pick<FaqResult, 'lang' | 'suggestions'>): Promise<void> {
    const question = keptQuestion(text);
    if (question === '') return;
    try {
      const record = this.unanswered.record({
        question,
        lang: result.lang,
        suggestions: result.suggestions.slice(0, 3),
        at: this.clock.now(),
      });
      await within(record, AFTER_ANSWER_WAIT_MS);
    } catch (error) {
      this.log?.warn({ err: error }, 'unanswered faq question not kept');
    }
  }

  /** Removes expired follow-up context and unanswered questions past their keeping time. */
  async cleanUp(): Promise<{ followUps: number; unanswered: number }> {
    const now = this.clock.now();
    const [followUps, unanswered] = await Promise.all([
      this.followUps.deleteExpired(now),
      this.unanswered.deleteBefore(daysBefore(now, UNANSWERED_KEPT_DAYS)),
    ]);
    return { followUps, unanswered };
  }

  async recordFeedback(input: FeedbackInput): Promise<void> {
    await this.feedback.record({
      key: `${input.answerActivityId}:${input.userId}`,
      entryId: input.entryId,
      helpful: input.helpful,
      locale: input.locale,
      question: keptQuestion(input.question),
      userId: input.userId,
      at: this.clock.now(),
    });
    this.metrics.faqVoted(input.helpful);
  }

  /** The last 30 days' top unanswered questions and worst-rated entries, for bot admins, in private. */
  async report(aadObjectId: string | undefined, personalChat: boolean): Promise<FaqReportView> {
    if (!isBotAdmin(aadObjectId, this.admins)) return { kind: 'refused' };
    if (!personalChat) return { kind: 'personal-chat-only' };
    const until = this.clock.now();
    const since = daysBefore(until, REPORT_DAYS);
    const [unanswered, votes] = await Promise.all([
      this.unanswered.top(since, TOP_UNANSWERED),
      this.feedback.votesByEntry(since),
    ]);
    const known = votes.flatMap((v) => {
      const id = knowledgeIdSchema.safeParse(v.entryId);
      return id.success ? [{ ...v, entryId: id.data }] : [];
    });
    return { kind: 'report', report: { since, until, unanswered, worst: worstRated(known) } };
  }

  private async lastTopic(
    asker: FaqAsker,
  ): Promise<{ entryId: KnowledgeId; expiresAt: Date; severity?: Severity } | undefined> {
    try {
      const stored = await within(this.followUps.get(asker, this.clock.now()), FOLLOW_UP_WAIT_MS);
      const id = knowledgeIdSchema.safeParse(stored?.entryId);
      if (!stored || !id.success) return undefined;
      return {
        entryId: id.data,
        expiresAt: stored.expiresAt,
        ...(stored.severity && { severity: stored.severity }),
      };
    } catch (error) {
      this.log?.warn({ err: error }, 'faq follow-up context unavailable, answering without it');
      return undefined;
    }
  }
}
