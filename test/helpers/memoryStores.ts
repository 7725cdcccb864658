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
  failing = false;

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

/** Tickets in memory, idempotent by key and version-checked like the real store; `failing` as above. */
export class MemoryTicketStore implements TicketStore {
  readonly tickets = new Map<string, Ticket>();
  failing = false;
  private seq = 0;

  async create(idempotencyKey: string, build: (seq: number) => Ticket) {
    if (this.failing) throw new Error('database unavailable');
    const existing = [...this.tickets.values()].find((t) => t.idempotencyKey === idempotencyKey);
    if (existing) return { ticket: existing, created: false };
    const ticket = build(++this.seq);
    this.tickets.set(ticket._id, ticket);
    return { ticket, created: true };
  }

  async get(id: string) {
    return this.tickets.get(id) ?? null;
  }

  async update(next: Ticket) {
    if (this.failing) throw new Error('database unavailable');
    if (this.tickets.get(next._id)?.version !== next.version - 1) throw new VersionConflictError(next._id);
    this.tickets.set(next._id, next);
    return next;
  }

  async listByRequester(requesterId: string, limit: number) {
    return [...this.tickets.values()].filter((t) => t.requester.id === requesterId).slice(0, limit);
  }
}
