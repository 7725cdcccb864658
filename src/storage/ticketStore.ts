import { randomUUID } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import { hasDeliveries, TICKET_ID_PATTERN, TicketSchema, type Ticket } from '../domain/ticket';
import {
  SubmissionInProgressError,
  VersionConflictError,
  type DueDelivery,
  type TicketStore,
} from '../services/ports';
import { isDuplicateKey } from './errors';
import { rateLimited } from './rateLimit';

export const TICKETS_COLLECTION = 'tickets';
export const COUNTERS_COLLECTION = 'counters';
export const SUBMISSIONS_COLLECTION = 'submissions';
const TICKET_COUNTER = 'tickets';

/** A claim older than this whose ticket never appeared belongs to a process that died: it may be taken over. */
export const CLAIM_TIMEOUT_MS = 30_000;
/** How long a caller that lost the claim waits for the winner's ticket before asking the user to retry. */
const WAIT_FOR_WINNER_MS = 5_000;
/** Claims are kept past the longest a draft can still be submitted (drafts live 14 days). */
export const CLAIM_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

interface CounterDocument {
  _id: string;
  seq: number;
}

/**
 * Delivery bookkeeping kept on each ticket document: every change sets `pending` in the same write,
 * so a change that is stored is never forgotten by the delivery of its cards, whatever crashes.
 */
interface DeliveryState {
  pending: boolean;
  attempts: number;
  nextAttemptAt: Date;
  lastError?: string;
}

type TicketDocument = Ticket & { delivery?: DeliveryState };

function toTicket(doc: TicketDocument): Ticket {
  const { delivery: _delivery, ...ticket } = doc;
  return TicketSchema.parse(ticket);
}

/** One per submission (idempotency key): who is turning it into a ticket, and the number it took. */
interface SubmissionDocument {
  _id: string;
  owner: string;
  at: Date;
  seq?: number;
}

/**
 * Tickets, one document each. Ids come from an atomic counter (`$inc` on one document). Creation is
 * idempotent and takes exactly one number per submission: the caller that inserts the submission's
 * claim (unique `_id`) takes the number and inserts the ticket; every other caller with the same key
 * waits for that ticket. A unique index on `idempotencyKey` backs this up. Updates are conditional
 * on `version`. Every document is checked against TicketSchema when written and when read. All of it
 * is single-document atomic operations, so several bot instances on one MongoDB stay correct.
 */
export class MongoTicketStore implements TicketStore {
  private readonly tickets: Collection<TicketDocument>;
  private readonly counters: Collection<CounterDocument>;
  private readonly submissions: Collection<SubmissionDocument>;
  /** Identical submissions in flight in this process share one attempt. */
  private readonly inFlight = new Map<string, Promise<{ ticket: Ticket; created: boolean }>>();

  constructor(
    db: Db,
    private readonly now: () => Date = () => new Date(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.tickets = rateLimited(db.collection<TicketDocument>(TICKETS_COLLECTION));
    this.counters = rateLimited(db.collection<CounterDocument>(COUNTERS_COLLECTION));
    this.submissions = rateLimited(db.collection<SubmissionDocument>(SUBMISSIONS_COLLECTION));
  }

  private async nextSeq(): Promise<number> {
    const counter = await this.counters.findOneAndUpdate(
      { _id: TICKET_COUNTER },
      { $inc: { seq: 1 } },
      { upsert: true, returnDocument: 'after' },
    );
    if (!counter) throw new Error('The ticket counter did not return a value');
    return counter.seq;
  }

  async create(idempotencyKey: string, build: (seq: number) => Ticket) {
    const running = this.inFlight.get(idempotencyKey);
    if (running) return running.then(({ ticket }) => ({ ticket, created: false }));
    const attempt = this.createOnce(idempotencyKey, build).finally(() =>
      this.inFlight.delete(idempotencyKey),
    );
    this.inFlight.set(idempotencyKey, attempt);
    return attempt;
  }

  private async byKey(idempotencyKey: string): Promise<Ticket | null> {
    const doc = await this.tickets.findOne({ idempotencyKey });
    return doc ? toTicket(doc) : null;
  }

  /**
   * The delivery state a stored change starts with: due now when it leaves something to deliver,
   * else settled (the publisher then has nothing to do and need not record anything).
   */
  private deliveryOf(ticket: Ticket): DeliveryState {
    return { pending: hasDeliveries(ticket), attempts: 0, nextAttemptAt: this.now() };
  }

  private async createOnce(idempotencyKey: string, build: (seq: number) => Ticket) {
    // The claim comes first: a first submission, by far the most common, needs no look-up by key.
    const claim = await this.claim(idempotencyKey);
    if (claim === null) return { ticket: await this.waitForTicket(idempotencyKey), created: false };
    if ('ticket' in claim) return { ticket: claim.ticket, created: false };

    let seq = claim.seq;
    if (seq === undefined) {
      seq = await this.nextSeq();
      const kept = await this.submissions.updateOne(
        { _id: idempotencyKey, owner: claim.owner },
        { $set: { seq } },
      );
      // Taken over meanwhile (we were too slow): the new owner makes the ticket.
      if (kept.matchedCount !== 1) {
        return { ticket: await this.waitForTicket(idempotencyKey), created: false };
      }
    }
    const ticket = TicketSchema.parse(build(seq));
    if (ticket.idempotencyKey !== idempotencyKey)
      throw new Error('The built ticket has another idempotency key');
    try {
      await this.tickets.insertOne({ ...ticket, delivery: this.deliveryOf(ticket) });
      return { ticket, created: true };
    } catch (error) {
      // A process that took over a stale claim made it first: return that ticket.
      if (!isDuplicateKey(error)) throw error;
      const winner = await this.byKey(idempotencyKey);
      if (!winner) throw error;
      return { ticket: winner, created: false };
    }
  }

  /**
   * Our claim on the submission; the ticket, when the submission was claimed before and its ticket
   * made; or null when another caller holds a live claim.
   */
  private async claim(idempotencyKey: string): Promise<SubmissionDocument | { ticket: Ticket } | null> {
    const mine: SubmissionDocument = { _id: idempotencyKey, owner: randomUUID(), at: this.now() };
    try {
      await this.submissions.insertOne(mine);
      return mine;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const existing = await this.byKey(idempotencyKey);
    if (existing) return { ticket: existing };
    const held = await this.submissions.findOne({ _id: idempotencyKey });
    if (!held) return null;
    if (this.now().getTime() - held.at.getTime() < CLAIM_TIMEOUT_MS) return null;
    // The holder died before making the ticket: take the claim over (and the number it took, if any).
    const taken = await this.submissions.updateOne(
      { _id: idempotencyKey, owner: held.owner },
      { $set: { owner: mine.owner, at: mine.at } },
    );
    return taken.matchedCount === 1 ? { ...held, owner: mine.owner, at: mine.at } : null;
  }

  private async waitForTicket(idempotencyKey: string): Promise<Ticket> {
    let delay = 10;
    for (let waited = 0; waited < WAIT_FOR_WINNER_MS; waited += delay, delay = Math.min(delay * 2, 500)) {
      await this.sleep(delay);
      const ticket = await this.byKey(idempotencyKey);
      if (ticket) return ticket;
    }
    throw new SubmissionInProgressError(idempotencyKey);
  }

  /** Removes claims of submissions no draft can repeat any more. */
  async deleteOldClaims(): Promise<number> {
    const before = new Date(this.now().getTime() - CLAIM_LIFETIME_MS);
    return (await this.submissions.deleteMany({ at: { $lt: before } })).deletedCount;
  }

  async get(tenantId: string, id: string): Promise<Ticket | null> {
    if (typeof id !== 'string' || !TICKET_ID_PATTERN.test(id) || typeof tenantId !== 'string') return null;
    const doc = await this.tickets.findOne({ _id: id, tenantId });
    return doc ? toTicket(doc) : null;
  }

  async update(next: Ticket): Promise<Ticket> {
    const ticket = TicketSchema.parse(next);
    const result = await this.tickets.replaceOne(
      { _id: ticket._id, version: ticket.version - 1 },
      { ...ticket, delivery: this.deliveryOf(ticket) },
    );
    if (result.matchedCount !== 1) throw new VersionConflictError(ticket._id);
    return ticket;
  }

  async dueForDelivery(limit: number): Promise<DueDelivery[]> {
    const docs = await this.tickets
      .find({ 'delivery.pending': true, 'delivery.nextAttemptAt': { $lte: this.now() } })
      .limit(Math.min(Math.max(limit, 1), 500))
      .toArray();
    return docs.map((doc) => ({
      ticketId: doc._id,
      tenantId: doc.tenantId,
      attempts: doc.delivery?.attempts ?? 0,
    }));
  }

  async recordDelivery(ticket: Ticket, options: { done: boolean }): Promise<boolean> {
    const { channelPosts, toAnnounce } = TicketSchema.parse(ticket);
    const result = await this.tickets.updateOne(
      { _id: ticket._id, version: ticket.version },
      {
        $set: {
          ...(channelPosts && { channelPosts }),
          ...(options.done && { delivery: { pending: false, attempts: 0, nextAttemptAt: this.now() } }),
        },
        ...(!toAnnounce && { $unset: { toAnnounce: '' } }),
      },
    );
    return result.matchedCount === 1;
  }

  async deliveryFailed(
    ticket: Pick<Ticket, '_id' | 'version'>,
    retry: { attempts: number; at: Date; error: string },
  ): Promise<void> {
    await this.tickets.updateOne(
      { _id: ticket._id, version: ticket.version },
      {
        $set: {
          delivery: {
            pending: true,
            attempts: retry.attempts,
            nextAttemptAt: retry.at,
            lastError: retry.error.slice(0, 500),
          },
        },
      },
    );
  }

  async listByRequester(tenantId: string, requesterId: string, limit: number): Promise<Ticket[]> {
    if (typeof tenantId !== 'string' || typeof requesterId !== 'string') return [];
    const docs = await this.tickets
      .find({ tenantId, 'requester.id': requesterId })
      .sort({ tenantId: 1, 'requester.id': 1, updatedAt: -1 })
      .limit(Math.min(Math.max(limit, 1), 50))
      .toArray();
    return docs.map(toTicket);
  }
}
