import {
  holderOf,
  mayDo,
  ticketAccess,
  type ActionHolder,
  type SupportTeam,
  type TicketAction,
  type Viewer,
} from '../domain/access';
import {
  addMicrosoftRequestNumber,
  seenOnCard,
  withdraw,
  type Person,
  type Ticket,
  type TicketError,
} from '../domain/ticket';
import type { Logger } from '../log';
import { noMetrics, type Metrics } from './metrics';
import { VersionConflictError, type Clock, type TicketChannelStore, type TicketStore } from './ports';

/** What a ticket action shows. */
export type TicketView =
  | {
      kind: 'ticket';
      ticket: Ticket;
      /** A change was stored: its cards are to be delivered. */
      changed?: boolean;
      error?: TicketError['code'] | 'conflict' | 'stale';
    }
  /** Not there, or not for this viewer: the same answer, so ids cannot be probed. */
  | { kind: 'not-found'; ticketId: string }
  /** Visible, but this action is someone else's to take. */
  | { kind: 'forbidden'; ticket: Ticket; action: TicketAction; holder: ActionHolder };

/** The person acting, and where they act from. */
export interface TicketActor extends Viewer {
  name: string;
  /** In a personal chat, the card the action came from: it shows the answer, so needs no update. */
  personalCardId?: string;
}

/**
 * The ticket actions of a ticket card and "my tickets": what a viewer may see and do, checked on
 * every call (see domain/access.ts), with every query scoped to the viewer's tenant. Changes are
 * conditional on the version the card showed.
 */
export class TicketService {
  constructor(
    private readonly tickets: TicketStore,
    private readonly channels: TicketChannelStore,
    private readonly clock: Clock,
    private readonly log?: Logger,
    private readonly metrics: Metrics = noMetrics,
  ) {}

  private async team(tenantId: string): Promise<SupportTeam | null> {
    const channel = await this.channels.get(tenantId);
    return channel
      ? { channelId: channel.channelId, ...(channel.teamId && { teamId: channel.teamId }) }
      : null;
  }

  /**
   * The ticket, if the actor may do `action` on it; otherwise the view that says why not. Tickets of
   * other tenants are never even read.
   */
  async authorize(
    ticketId: string,
    actor: TicketActor,
    action: TicketAction,
  ): Promise<{ ok: true; ticket: Ticket } | { ok: false; view: TicketView }> {
    const ticket = await this.tickets.get(actor.tenantId, ticketId);
    if (!ticket) return { ok: false, view: { kind: 'not-found', ticketId } };
    const team = await this.team(actor.tenantId);
    const access = ticketAccess(ticket, actor, team);
    if (!access.visible) return { ok: false, view: { kind: 'not-found', ticketId } };
    if (!mayDo(action, access, team)) {
      return { ok: false, view: { kind: 'forbidden', ticket, action, holder: holderOf(action, team) } };
    }
    return { ok: true, ticket };
  }

  /** The actor's most recently changed tickets, in their tenant. */
  async listMine(actor: TicketActor, limit = 10): Promise<Ticket[]> {
    return this.tickets.listByRequester(actor.tenantId, actor.userId, limit);
  }

  async show(ticketId: string, actor: TicketActor): Promise<TicketView> {
    const found = await this.authorize(ticketId, actor, 'view');
    return found.ok ? { kind: 'ticket', ticket: found.ticket } : found.view;
  }

  async addMicrosoftRequestNumber(
    ticketId: string,
    cardVersion: number,
    number: string,
    actor: TicketActor,
  ): Promise<TicketView> {
    return this.change(ticketId, cardVersion, actor, 'add-request-number', (ticket, by, at) =>
      addMicrosoftRequestNumber(ticket, number, by, at),
    );
  }

  async withdraw(ticketId: string, cardVersion: number, actor: TicketActor): Promise<TicketView> {
    return this.change(ticketId, cardVersion, actor, 'withdraw', (ticket, by, at) =>
      withdraw(ticket, by, at),
    );
  }

  /**
   * Applies a change made from a ticket card, if the actor may make it. A card showing an older
   * version changes nothing: the user gets the current ticket and decides again.
   */
  private async change(
    ticketId: string,
    cardVersion: number,
    actor: TicketActor,
    action: TicketAction,
    apply: (
      ticket: Ticket,
      by: Person,
      at: Date,
    ) => { ok: true; ticket: Ticket } | { ok: false; error: TicketError },
  ): Promise<TicketView> {
    const found = await this.authorize(ticketId, actor, action);
    if (!found.ok) return found.view;
    const { ticket } = found;
    if (ticket.version !== cardVersion) return { kind: 'ticket', ticket, error: 'stale' };
    const result = apply(ticket, { id: actor.userId, name: actor.name }, this.clock.now());
    if (!result.ok) return { kind: 'ticket', ticket, error: result.error.code };
    try {
      const updated = await this.tickets.update(seenOnCard(result.ticket, actor.personalCardId));
      this.log?.info({ ticketId, version: updated.version, status: updated.status }, 'ticket changed');
      this.metrics.ticketChanged(updated.status, 'changed');
      return { kind: 'ticket', ticket: updated, changed: true };
    } catch (error) {
      if (error instanceof VersionConflictError) {
        const latest = await this.tickets.get(actor.tenantId, ticketId);
        return { kind: 'ticket', ticket: latest ?? ticket, error: 'conflict' };
      }
      throw error;
    }
  }
}
