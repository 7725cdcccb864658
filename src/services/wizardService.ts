import {
  addMicrosoftRequestNumber,
  draftFromTicket,
  newTicketFromDraft,
  reviseTicket,
  withdraw,
  type ConversationRef,
  type Person,
  type Ticket,
  type TicketError,
} from '../domain/ticket';
import {
  back,
  fieldValues,
  finish,
  submissionKey,
  submitStep,
  type CardPosition,
  type FieldError,
} from '../domain/wizard/flow';
import { newDraft, type Draft } from '../domain/wizard/model';
import {
  VersionConflictError,
  type Clock,
  type DraftOwner,
  type DraftStore,
  type TicketStore,
} from './ports';

/** Why a card shows a notice above the step. */
export type WizardNotice = 'stale' | 'save-failed' | 'incomplete';

/** What the route should show after a wizard or ticket action. */
export type WizardView =
  | { kind: 'step'; draftId: string; draft: Draft; errors?: FieldError[]; notice?: WizardNotice }
  | {
      kind: 'ticket';
      ticket: Ticket;
      created?: boolean;
      error?: TicketError['code'] | 'conflict' | 'save-failed';
    }
  | { kind: 'cancelled' }
  /** The draft is gone (finished, cancelled elsewhere, or expired). */
  | { kind: 'expired'; ticketId?: string }
  | { kind: 'not-found' };

export interface Actor extends Person {
  conversation: ConversationRef;
  tenantId: string;
}

/**
 * The escalation wizard and the ticket actions, over the draft and ticket stores. Every write is one
 * conditional single-document update. When a write fails, the view still carries what the user
 * entered, so the card can be submitted again; nothing is lost.
 */
export class WizardService {
  constructor(
    private readonly drafts: DraftStore,
    private readonly tickets: TicketStore,
    private readonly clock: Clock,
    private readonly holidays: readonly string[] = [],
  ) {}

  async start(owner: DraftOwner): Promise<WizardView> {
    const stored = await this.drafts.create(owner, newDraft());
    return { kind: 'step', draftId: stored.id, draft: stored.draft };
  }

  /** Opens the wizard on an existing ticket, every answer prefilled, at the review step. */
  async edit(ticketId: string, owner: DraftOwner): Promise<WizardView> {
    const ticket = await this.tickets.get(ticketId);
    if (!ticket) return { kind: 'not-found' };
    if (ticket.status === 'withdrawn') return { kind: 'ticket', ticket, error: 'ticket-withdrawn' };
    const stored = await this.drafts.create(owner, draftFromTicket(ticket), { editing: ticket._id });
    return { kind: 'step', draftId: stored.id, draft: stored.draft };
  }

  async next(draftId: string, card: CardPosition, raw: unknown): Promise<WizardView> {
    const stored = await this.drafts.get(draftId);
    if (!stored) return { kind: 'expired' };
    const result = submitStep(stored.draft, card, raw);
    if (!result.ok) {
      return result.reason === 'stale'
        ? { kind: 'step', draftId, draft: result.draft, notice: 'stale' }
        : { kind: 'step', draftId, draft: result.draft, errors: result.errors };
    }
    return this.save(draftId, stored.draft, result.draft);
  }

  async back(draftId: string, card: CardPosition, raw: unknown): Promise<WizardView> {
    const stored = await this.drafts.get(draftId);
    if (!stored) return { kind: 'expired' };
    const result = back(stored.draft, card, raw);
    if (!result.ok) return { kind: 'step', draftId, draft: result.draft, notice: 'stale' };
    return this.save(draftId, stored.draft, result.draft);
  }

  async cancel(draftId: string): Promise<WizardView> {
    await this.drafts.delete(draftId);
    return { kind: 'cancelled' };
  }

  /**
   * Turns the draft into a ticket (or applies it to the ticket being edited). Idempotent: the same
   * card submitted twice gives the same ticket.
   */
  async submit(draftId: string, card: CardPosition, actor: Actor): Promise<WizardView> {
    const stored = await this.drafts.get(draftId);
    if (!stored) return { kind: 'expired' };
    if (stored.ticketId) {
      // Already submitted (a retried invoke): show the ticket it made.
      const ticket = await this.tickets.get(stored.ticketId);
      return ticket ? { kind: 'ticket', ticket, created: false } : { kind: 'expired' };
    }
    const result = finish(stored.draft, card);
    if (!result.ok) {
      if (result.reason === 'stale') return { kind: 'step', draftId, draft: result.draft, notice: 'stale' };
      const saved = await this.save(draftId, stored.draft, result.draft);
      return saved.kind === 'step' && !saved.notice ? { ...saved, notice: 'incomplete' } : saved;
    }
    const now = this.clock.now();
    const person: Person = { id: actor.id, name: actor.name };

    if (stored.editing) {
      const current = await this.tickets.get(stored.editing);
      if (!current) return { kind: 'not-found' };
      const revised = reviseTicket(current, { answers: result.answers }, person, now, this.holidays);
      if (!revised.ok) return { kind: 'ticket', ticket: current, error: revised.error.code };
      try {
        const ticket = await this.tickets.update(revised.ticket);
        await this.drafts.markSubmitted(draftId, ticket._id);
        return { kind: 'ticket', ticket };
      } catch (error) {
        if (error instanceof VersionConflictError)
          return { kind: 'step', draftId, draft: stored.draft, notice: 'stale' };
        throw error;
      }
    }

    const key = submissionKey(draftId, stored.draft);
    const { ticket, created } = await this.tickets.create(key, (seq) =>
      newTicketFromDraft(
        { answers: result.answers },
        {
          seq,
          requester: person,
          conversation: actor.conversation,
          tenantId: actor.tenantId,
          now,
          idempotencyKey: key,
          holidays: this.holidays,
        },
      ),
    );
    await this.drafts.markSubmitted(draftId, ticket._id);
    return { kind: 'ticket', ticket, created };
  }

  async show(ticketId: string): Promise<WizardView> {
    const ticket = await this.tickets.get(ticketId);
    return ticket ? { kind: 'ticket', ticket } : { kind: 'not-found' };
  }

  async addMicrosoftRequestNumber(ticketId: string, number: string, by: Person): Promise<WizardView> {
    return this.change(ticketId, (ticket, at) => addMicrosoftRequestNumber(ticket, number, by, at));
  }

  async withdraw(ticketId: string, by: Person): Promise<WizardView> {
    return this.change(ticketId, (ticket, at) => withdraw(ticket, by, at));
  }

  private async change(
    ticketId: string,
    apply: (ticket: Ticket, at: Date) => { ok: true; ticket: Ticket } | { ok: false; error: TicketError },
  ): Promise<WizardView> {
    const ticket = await this.tickets.get(ticketId);
    if (!ticket) return { kind: 'not-found' };
    const result = apply(ticket, this.clock.now());
    if (!result.ok) return { kind: 'ticket', ticket, error: result.error.code };
    try {
      return { kind: 'ticket', ticket: await this.tickets.update(result.ticket) };
    } catch (error) {
      if (error instanceof VersionConflictError) {
        const latest = await this.tickets.get(ticketId);
        return { kind: 'ticket', ticket: latest ?? ticket, error: 'conflict' };
      }
      throw error;
    }
  }

  /** Stores the next draft; if the write fails, shows the user's inputs again so they can resubmit. */
  private async save(draftId: string, current: Draft, next: Draft): Promise<WizardView> {
    try {
      const saved = await this.drafts.replace(draftId, current.rev, next);
      if (!saved) {
        const latest = await this.drafts.get(draftId);
        return latest ? { kind: 'step', draftId, draft: latest.draft, notice: 'stale' } : { kind: 'expired' };
      }
      return { kind: 'step', draftId, draft: next };
    } catch {
      // Stay on the current step (same rev, so the card can be resubmitted) showing what was entered.
      const entered = { ...current.pending, ...fieldValues(next, current.step) };
      return { kind: 'step', draftId, draft: { ...current, pending: entered }, notice: 'save-failed' };
    }
  }
}
