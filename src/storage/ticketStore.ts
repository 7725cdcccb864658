import type { Collection, Db } from 'mongodb';
import { TicketSchema, type Ticket } from '../domain/ticket';
import { VersionConflictError, type TicketStore } from '../services/ports';
import { isDuplicateKey } from './errors';
import { rateLimited } from './rateLimit';

export const TICKETS_COLLECTION = 'tickets';
export const COUNTERS_COLLECTION = 'counters';
const TICKET_COUNTER = 'tickets';

interface CounterDocument {
  _id: string;
  seq: number;
}

/**
 * Tickets, one document each. Ids come from an atomic counter (`$inc` on one document); creation is
 * idempotent through a unique index on `idempotencyKey`; updates are conditional on `version`.
 * Every document is checked against TicketSchema when written and when read.
 */
export class MongoTicketStore implements TicketStore {
  private readonly tickets: Collection<Ticket>;
  private readonly counters: Collection<CounterDocument>;

  constructor(db: Db) {
    this.tickets = rateLimited(db.collection<Ticket>(TICKETS_COLLECTION));
    this.counters = rateLimited(db.collection<CounterDocument>(COUNTERS_COLLECTION));
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
    const existing = await this.tickets.findOne({ idempotencyKey });
    if (existing) return { ticket: TicketSchema.parse(existing), created: false };
    const ticket = TicketSchema.parse(build(await this.nextSeq()));
    if (ticket.idempotencyKey !== idempotencyKey)
      throw new Error('The built ticket has another idempotency key');
    try {
      await this.tickets.insertOne(ticket);
      return { ticket, created: true };
    } catch (error) {
      // The same submission raced us (a retried invoke): return the ticket it created.
      if (!isDuplicateKey(error)) throw error;
      const winner = await this.tickets.findOne({ idempotencyKey });
      if (!winner) throw error;
      return { ticket: TicketSchema.parse(winner), created: false };
    }
  }

  async get(id: string): Promise<Ticket | null> {
    if (typeof id !== 'string' || id.length > 64) return null;
    const doc = await this.tickets.findOne({ _id: id });
    return doc ? TicketSchema.parse(doc) : null;
  }

  async update(next: Ticket): Promise<Ticket> {
    const ticket = TicketSchema.parse(next);
    const result = await this.tickets.replaceOne({ _id: ticket._id, version: ticket.version - 1 }, ticket);
    if (result.matchedCount !== 1) throw new VersionConflictError(ticket._id);
    return ticket;
  }

  async listByRequester(requesterId: string, limit: number): Promise<Ticket[]> {
    const docs = await this.tickets
      .find({ 'requester.id': requesterId })
      .sort({ 'requester.id': 1, updatedAt: -1 })
      .limit(Math.min(Math.max(limit, 1), 50))
      .toArray();
    return docs.map((doc) => TicketSchema.parse(doc));
  }
}
