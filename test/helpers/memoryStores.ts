import { randomUUID } from 'node:crypto';
import type { Ticket } from '../../src/domain/ticket';
import type { Draft } from '../../src/domain/wizard/model';
import type { Lang } from '../../src/i18n/messages';
import {
  VersionConflictError,
  type DraftOwner,
  type DraftStore,
  type StoredDraft,
  type TicketStore,
} from '../../src/services/ports';

/** Drafts in memory; `failing` makes every write throw, as a database that is down would. */
export class MemoryDraftStore implements DraftStore {
  readonly drafts = new Map<string, StoredDraft>();
  /** Writes fail (the database refuses them). */
  failing = false;
  /** Reads fail too (the database does not answer at all). */
  unreachable = false;

  private check(): void {
    if (this.failing) throw new Error('database unavailable');
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
    return structuredClone(stored);
  }

  async get(id: string) {
    if (this.unreachable) throw new Error('database unavailable');
    const stored = this.drafts.get(id);
    return stored ? structuredClone(stored) : null;
  }

  async replace(id: string, expectedRev: number, draft: Draft) {
    this.check();
    const stored = this.drafts.get(id);
    if (!stored || stored.draft.rev !== expectedRev) return false;
    stored.draft = structuredClone(draft);
    return true;
  }

  async markSubmitted(id: string, ticketId: string) {
    this.check();
    const stored = this.drafts.get(id);
    if (stored) stored.ticketId = ticketId;
  }

  async delete(id: string) {
    this.check();
    this.drafts.delete(id);
  }
}

/**
 * Tickets in memory, idempotent by key and version-checked like the real store, with the same
 * delivery bookkeeping (every change makes its cards due); `failing` as above.
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
    this.delivery.set(ticket._id, { pending: true, attempts: 0, at: this.now() });
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
    this.delivery.set(next._id, { pending: true, attempts: 0, at: this.now() });
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
