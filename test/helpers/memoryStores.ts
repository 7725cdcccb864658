import { randomUUID } from 'node:crypto';
import { hasDeliveries, type Ticket } from '../../src/domain/ticket';
import type { Draft } from '../../src/domain/wizard/model';
import type { Severity } from '../../src/domain/faq/followUp';
import type { Lang } from '../../src/i18n/messages';
import {
  VersionConflictError,
  type DraftOwner,
  type DraftStore,
  type FaqAsker,
  type FaqFollowUpStore,
  type Feedback,
  type FeedbackStore,
  type PartnerKey,
  type PartnerProfile,
  type PartnerProfileStore,
  type PostedCard,
  type StoredDraft,
  type TicketChannel,
  type TicketChannelStore,
  type TicketNotifier,
  type TicketStore,
  type UnansweredQuestion,
  type UnansweredStore,
} from '../../src/services/ports';

/**
 * Drafts in memory; `failing` makes every write throw, as a database that is down would. `drafts` is
 * the database (a test may change it as another instance would); `seen` is this process's copy of
 * what it last read or wrote, as the real store keeps it.
 */
export class MemoryDraftStore implements DraftStore {
  readonly seen = new Map<string, StoredDraft>();
  /** Writes fail (the database refuses them). */
  failing = false;
  /** Reads and writes fail (the database does not answer at all). */
  unreachable = false;

  /** Two stores over one `drafts` map are two instances of the bot sharing one database. */
  constructor(readonly drafts = new Map<string, StoredDraft>()) {}

  private check(): void {
    if (this.failing || this.unreachable) throw new Error('database unavailable');
  }

  async create(owner: DraftOwner, draft: Draft, options: { lang: Lang }) {
    this.check();
    const stored: StoredDraft = {
      id: randomUUID(),
      owner,
      lang: options.lang,
      draft: structuredClone(draft),
    };
    this.drafts.set(stored.id, stored);
    this.seen.set(stored.id, structuredClone(stored));
    return structuredClone(stored);
  }

  async get(id: string) {
    if (this.unreachable) throw new Error('database unavailable');
    const stored = this.drafts.get(id);
    if (stored) this.seen.set(id, structuredClone(stored));
    else this.seen.delete(id);
    return stored ? structuredClone(stored) : null;
  }

  cached(id: string) {
    const seen = this.seen.get(id);
    return seen ? structuredClone(seen) : undefined;
  }

  async replace(id: string, expectedRev: number, draft: Draft) {
    if (this.failing || this.unreachable) this.seen.delete(id);
    this.check();
    const stored = this.drafts.get(id);
    if (!stored || stored.draft.rev !== expectedRev) {
      this.seen.delete(id);
      return false;
    }
    stored.draft = structuredClone(draft);
    this.seen.set(id, structuredClone(stored));
    return true;
  }

  async markSubmitted(id: string, ticketId: string) {
    this.seen.delete(id);
    this.check();
    const stored = this.drafts.get(id);
    if (stored) stored.ticketId = ticketId;
  }

  async delete(id: string) {
    this.seen.delete(id);
    this.check();
    this.drafts.delete(id);
  }
}

/**
 * Tickets in memory, idempotent by key and version-checked like the real store, with the same
 * delivery bookkeeping (a change that leaves cards to deliver makes them due); `failing` as above.
 */
export class MemoryTicketStore implements TicketStore {
  readonly tickets = new Map<string, Ticket>();
  /** Delivery state per ticket id: still due, failed attempts, next attempt. */
  readonly delivery = new Map<string, { pending: boolean; attempts: number; at: Date }>();
  failing = false;
  private seq = 0;

  constructor(private readonly now: () => Date = () => new Date()) {}

  async create(idempotencyKey: string, build: (seq: number) => Ticket) {
    if (this.failing) throw new Error('database unavailable');
    const existing = [...this.tickets.values()].find((t) => t.idempotencyKey === idempotencyKey);
    if (existing) return { ticket: structuredClone(existing), created: false };
    const ticket = build(++this.seq);
    this.tickets.set(ticket._id, structuredClone(ticket));
    this.delivery.set(ticket._id, { pending: hasDeliveries(ticket), attempts: 0, at: this.now() });
    return { ticket, created: true };
  }

  async get(tenantId: string, id: string) {
    const ticket = this.tickets.get(id);
    return ticket && ticket.tenantId === tenantId ? structuredClone(ticket) : null;
  }

  async update(next: Ticket) {
    if (this.failing) throw new Error('database unavailable');
    if (this.tickets.get(next._id)?.version !== next.version - 1) throw new VersionConflictError(next._id);
    this.tickets.set(next._id, structuredClone(next));
    this.delivery.set(next._id, { pending: hasDeliveries(next), attempts: 0, at: this.now() });
    return next;
  }

  async dueForDelivery(limit: number) {
    return [...this.delivery.entries()]
      .filter(([, d]) => d.pending && d.at <= this.now())
      .slice(0, limit)
      .map(([ticketId, d]) => ({
        ticketId,
        tenantId: this.tickets.get(ticketId)?.tenantId ?? '',
        attempts: d.attempts,
      }));
  }

  async recordDelivery(ticket: Ticket, options: { done: boolean }) {
    if (this.failing) throw new Error('database unavailable');
    if (this.tickets.get(ticket._id)?.version !== ticket.version) return false;
    this.tickets.set(ticket._id, structuredClone(ticket));
    if (options.done) this.delivery.set(ticket._id, { pending: false, attempts: 0, at: this.now() });
    return true;
  }

  async deliveryFailed(ticket: Pick<Ticket, '_id' | 'version'>, retry: { attempts: number; at: Date }) {
    if (this.tickets.get(ticket._id)?.version !== ticket.version) return;
    this.delivery.set(ticket._id, { pending: true, attempts: retry.attempts, at: retry.at });
  }

  async listByRequester(tenantId: string, requesterId: string, limit: number) {
    return [...this.tickets.values()]
      .filter((t) => t.tenantId === tenantId && t.requester.id === requesterId)
      .slice(0, limit);
  }
}

/** Helpful / Not helpful votes in memory, the last vote per key counting; `failing` as above. */
export class MemoryFeedbackStore implements FeedbackStore {
  readonly votes = new Map<string, Feedback>();
  failing = false;

  async record(feedback: Feedback) {
    if (this.failing) throw new Error('database unavailable');
    this.votes.set(feedback.key, structuredClone(feedback));
  }

  async votesByEntry(since: Date) {
    if (this.failing) throw new Error('database unavailable');
    const byEntry = new Map<string, { entryId: string; helpful: number; notHelpful: number }>();
    for (const vote of this.votes.values()) {
      if (vote.at < since) continue;
      const entry = byEntry.get(vote.entryId) ?? { entryId: vote.entryId, helpful: 0, notHelpful: 0 };
      if (vote.helpful) entry.helpful++;
      else entry.notHelpful++;
      byEntry.set(vote.entryId, entry);
    }
    return [...byEntry.values()];
  }
}

/** Questions nobody could answer, in memory; `failing` as above. */
export class MemoryUnansweredStore implements UnansweredStore {
  readonly questions: UnansweredQuestion[] = [];
  failing = false;

  async record(question: UnansweredQuestion) {
    if (this.failing) throw new Error('database unavailable');
    this.questions.push(structuredClone(question));
  }

  async top(since: Date, limit: number) {
    if (this.failing) throw new Error('database unavailable');
    const counts = new Map<string, number>();
    for (const q of this.questions)
      if (q.at >= since) counts.set(q.question, (counts.get(q.question) ?? 0) + 1);
    return [...counts.entries()]
      .map(([question, count]) => ({ question, count }))
      .sort((a, b) => b.count - a.count)
      .slice(0, limit);
  }

  async deleteBefore(before: Date) {
    if (this.failing) throw new Error('database unavailable');
    const kept = this.questions.filter((q) => q.at >= before);
    const deleted = this.questions.length - kept.length;
    this.questions.splice(0, this.questions.length, ...kept);
    return deleted;
  }
}

/** The last FAQ topic per asker, in memory, expiring like the real store; `failing` as above. */
export class MemoryFaqFollowUpStore implements FaqFollowUpStore {
  readonly items = new Map<string, { entryId: string; expiresAt: Date; severity?: Severity }>();
  failing = false;

  private key(asker: FaqAsker): string {
    return JSON.stringify([asker.conversationId, asker.userId]);
  }

  async get(asker: FaqAsker, now: Date) {
    if (this.failing) throw new Error('database unavailable');
    const item = this.items.get(this.key(asker));
    return item && item.expiresAt > now ? { ...item } : null;
  }

  async set(asker: FaqAsker, entryId: string, expiresAt: Date, severity?: Severity) {
    if (this.failing) throw new Error('database unavailable');
    this.items.set(this.key(asker), { entryId, expiresAt, ...(severity && { severity }) });
  }

  async deleteExpired(now: Date) {
    if (this.failing) throw new Error('database unavailable');
    let deleted = 0;
    for (const [key, item] of this.items) if (item.expiresAt <= now && this.items.delete(key)) deleted++;
    return deleted;
  }
}

/** Each tenant's ticket channel, in memory; `failing` as above. */
export class MemoryTicketChannelStore implements TicketChannelStore {
  readonly channels = new Map<string, TicketChannel>();
  failing = false;
  /** How many times a channel was read. */
  reads = 0;

  async set(channel: TicketChannel) {
    if (this.failing) throw new Error('database unavailable');
    this.channels.set(channel.tenantId, structuredClone(channel));
  }

  async get(tenantId: string) {
    this.reads++;
    if (this.failing) throw new Error('database unavailable');
    const channel = this.channels.get(tenantId);
    return channel ? structuredClone(channel) : null;
  }

  async forget(tenantId: string, where: { channelId: string } | { teamId: string }) {
    if (this.failing) throw new Error('database unavailable');
    const channel = this.channels.get(tenantId);
    const matches =
      channel !== undefined &&
      ('channelId' in where ? channel.channelId === where.channelId : channel.teamId === where.teamId);
    return matches && this.channels.delete(tenantId);
  }
}

/** Records the ticket cards it is asked to post and update, as Teams would take them; `failing`: Teams is away. */
export class RecordingTicketNotifier implements TicketNotifier {
  readonly posted: { channel: TicketChannel; ticket: Ticket }[] = [];
  /** Each card update, with the status the card was updated to. */
  readonly updated: { post: PostedCard; status: string }[] = [];
  /** The channels told that the tickets moved elsewhere. */
  readonly moved: TicketChannel[] = [];
  failing = false;

  async post(channel: TicketChannel, ticket: Ticket): Promise<PostedCard> {
    if (this.failing) throw new Error('Teams unreachable');
    this.posted.push({ channel, ticket: structuredClone(ticket) });
    return {
      conversationId: channel.channelId,
      activityId: `post-${this.posted.length}`,
      lang: channel.lang,
    };
  }

  async channelMoved(previous: TicketChannel): Promise<void> {
    this.moved.push(previous);
  }

  async update(post: PostedCard, ticket: Ticket): Promise<void> {
    if (this.failing) throw new Error('Teams unreachable');
    this.updated.push({ post, status: ticket.status });
  }
}

/** Remembered partner answers in memory, keyed as the database keys them; `failing` makes every call throw. */
export class MemoryPartnerProfileStore implements PartnerProfileStore {
  readonly profiles = new Map<string, PartnerProfile>();
  failing = false;

  async get(key: PartnerKey) {
    if (this.failing) throw new Error('database unavailable');
    return structuredClone(this.profiles.get(`${key.tenantId}/${key.userId}`) ?? null);
  }

  async remember(key: PartnerKey, profile: PartnerProfile) {
    if (this.failing) throw new Error('database unavailable');
    const id = `${key.tenantId}/${key.userId}`;
    // As in the database: a Helpdesk admin answer from an earlier ticket stays when this one had none.
    const helpdeskAdmin = profile.helpdeskAdmin ?? this.profiles.get(id)?.helpdeskAdmin;
    this.profiles.set(id, {
      ...structuredClone(profile),
      ...(helpdeskAdmin !== undefined && { helpdeskAdmin }),
    });
  }
}
