import {
  holderOf,
  mayDo,
  offersRequestNumber,
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
      /** `unavailable`: the database did not answer; this is the ticket as last seen, nothing changed. */
      error?: TicketError['code'] | 'conflict' | 'stale' | 'unavailable';
      /** False: the card, where the actor sees it, has no request number box (see offersRequestNumber). */
      requestNumberHere?: boolean;
    }
  /** Not there, or not for this viewer: the same answer, so ids cannot be probed. */
  | { kind: 'not-found'; ticketId: string }
  /**
   * The requester's, asked for in a group chat or channel it was neither created nor posted in: a card
   * there would show it to everyone present, so it is shown only in the requester's personal chat.
   */
  | { kind: 'only-personal'; ticketId: string }
  /** Visible, but this action is someone else's to take. */
  | {
      kind: 'forbidden';
      ticket: Ticket;
      action: TicketAction;
      holder: ActionHolder;
      requestNumberHere?: boolean;
    }
  /** The database did not answer and this ticket was not seen lately: nothing changed. */
  | { kind: 'unavailable' };

/** How many tickets (and tenants' support teams) are kept in memory for when the database is away. */
const RECENT_TICKETS = 500;

/** The person acting, and where they act from. */
export interface TicketActor extends Viewer {
  name: string;
  /** In a personal chat, the card the action came from: it shows the answer, so needs no update. */
  personalCardId?: string;
}

/** How many tickets "my tickets" lists: the most recently changed. */
export const MY_TICKETS_SHOWN = 10;

/**
 * The ticket actions of a ticket card and "my tickets": what a viewer may see and do, checked on
 * every call (see domain/access.ts), with every query scoped to the viewer's tenant. Changes are
 * conditional on the version the card showed.
 */
export class TicketService {
  /** Tickets and support teams as last read, by tenant: shown (read-only) while the database is away. */
  private readonly recentTickets = new Map<string, Ticket>();
  private readonly recentTeams = new Map<string, SupportTeam | null>();

  constructor(
    private readonly tickets: TicketStore,
    private readonly channels: TicketChannelStore,
    private readonly clock: Clock,
    private readonly log?: Logger,
    private readonly metrics: Metrics = noMetrics,
  ) {}

  private remember<V>(map: Map<string, V>, key: string, value: V): void {
    map.delete(key);
    map.set(key, value);
    if (map.size > RECENT_TICKETS) {
      const oldest = map.keys().next().value;
      if (oldest !== undefined) map.delete(oldest);
    }
  }

  private async team(tenantId: string): Promise<SupportTeam | null> {
    const channel = await this.channels.get(tenantId);
    const team = channel
      ? { channelId: channel.channelId, ...(channel.teamId && { teamId: channel.teamId }) }
      : null;
    this.remember(this.recentTeams, tenantId, team);
    return team;
  }

  /**
   * While the database does not answer: the ticket as last seen, if this viewer could see it then,
   * with nothing changed and a Retry to offer; else a card that says the database is away.
   */
  private unavailable(ticketId: string, actor: TicketActor, error: unknown): TicketView {
    this.log?.warn({ err: error, ticketId }, 'the database did not answer a ticket action');
    const ticket = this.recentTickets.get(`${actor.tenantId}/${ticketId}`);
    const team = this.recentTeams.get(actor.tenantId);
    const access = ticket && team !== undefined ? ticketAccess(ticket, actor, team) : undefined;
    if (!ticket || team === undefined || !access?.visible) return { kind: 'unavailable' };
    if (!access.here) return { kind: 'only-personal', ticketId };
    return {
      kind: 'ticket',
      ticket,
      error: 'unavailable',
      requestNumberHere: offersRequestNumber(actor, team),
    };
  }

  /**
   * The ticket, if the actor may do `action` on it; otherwise the view that says why not. Tickets of
   * other tenants are never even read.
   */
  async authorize(
    ticketId: string,
    actor: TicketActor,
    action: TicketAction,
  ): Promise<{ ok: true; ticket: Ticket; requestNumberHere: boolean } | { ok: false; view: TicketView }> {
    let ticket: Ticket | null;
    let team: SupportTeam | null;
    try {
      // Both at once: the team is the actor's tenant's, whichever ticket is asked for.
      [ticket, team] = await Promise.all([
        this.tickets.get(actor.tenantId, ticketId),
        this.team(actor.tenantId),
      ]);
      if (!ticket) return { ok: false, view: { kind: 'not-found', ticketId } };
      this.remember(this.recentTickets, `${actor.tenantId}/${ticketId}`, ticket);
    } catch (error) {
      return { ok: false, view: this.unavailable(ticketId, actor, error) };
    }
    const access = ticketAccess(ticket, actor, team);
    if (!access.visible) return { ok: false, view: { kind: 'not-found', ticketId } };
    if (!access.here) return { ok: false, view: { kind: 'only-personal', ticketId } };
    const requestNumberHere = offersRequestNumber(actor, team);
    if (!mayDo(action, access, team)) {
      const holder = holderOf(action, team);
      return { ok: false, view: { kind: 'forbidden', ticket, action, holder, requestNumberHere } };
    }
    return { ok: true, ticket, requestNumberHere };
  }

  /**
   * The actor's most recently changed tickets, in their tenant. In a group chat or channel, only
   * those everyone there may see (made or posted there, or the support team's channel);
   * `elsewhere` says that others were left out, being for the personal chat.
   */
  async listMine(
    actor: TicketActor,
    limit = MY_TICKETS_SHOWN,
  ): Promise<{ tickets: Ticket[]; elsewhere: boolean }> {
    if (!actor.shared) {
      return {
        tickets: await this.tickets.listByRequester(actor.tenantId, actor.userId, limit),
        elsewhere: false,
      };
    }
    const [mine, team] = await Promise.all([
      this.tickets.listByRequester(actor.tenantId, actor.userId, limit),
      this.team(actor.tenantId),
    ]);
    const tickets = mine.filter((ticket) => ticketAccess(ticket, actor, team).here);
    return { tickets, elsewhere: tickets.length < mine.length };
  }

  async show(ticketId: string, actor: TicketActor): Promise<TicketView> {
    const found = await this.authorize(ticketId, actor, 'view');
    return found.ok
      ? { kind: 'ticket', ticket: found.ticket, requestNumberHere: found.requestNumberHere }
      : found.view;
  }

  async addMicrosoftRequestNumber(
    ticketId: string,
    cardVersion: number,
    number: string,
    actor: TicketActor,
  ): Promise<TicketView> {
    return this.change(
      ticketId,
      cardVersion,
      actor,
      'add-request-number',
      (ticket, by, at) => addMicrosoftRequestNumber(ticket, number, by, at),
      (ticket) => ticket.microsoftRequestNumber === number.trim(),
    );
  }

  async withdraw(ticketId: string, cardVersion: number, actor: TicketActor): Promise<TicketView> {
    return this.change(
      ticketId,
      cardVersion,
      actor,
      'withdraw',
      (ticket, by, at) => withdraw(ticket, by, at),
      (ticket) => ticket.status === 'withdrawn',
    );
  }

  /**
   * Applies a change made from a ticket card, if the actor may make it. A card showing an older
   * version changes nothing: the user gets the current ticket and decides again. When the ticket
   * already is what the change would make it (`done`: a double click, the same press on a card not
   * yet updated, the same number saved by two engineers at once), the answer is the ticket as it is,
   * as after the change: nothing was lost, and nothing is recorded twice.
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
    done: (ticket: Ticket) => boolean,
  ): Promise<TicketView> {
    const found = await this.authorize(ticketId, actor, action);
    if (!found.ok) return found.view;
    const { ticket, requestNumberHere } = found;
    if (ticket.version !== cardVersion) {
      return done(ticket)
        ? { kind: 'ticket', ticket, requestNumberHere }
        : { kind: 'ticket', ticket, error: 'stale', requestNumberHere };
    }
    const result = apply(ticket, { id: actor.userId, name: actor.name }, this.clock.now());
    if (!result.ok) return { kind: 'ticket', ticket, error: result.error.code, requestNumberHere };
    try {
      const updated = await this.tickets.update(seenOnCard(result.ticket, actor.personalCardId));
      this.remember(this.recentTickets, `${actor.tenantId}/${ticketId}`, updated);
      this.log?.info({ ticketId, version: updated.version, status: updated.status }, 'ticket changed');
      this.metrics.ticketChanged(updated.status, 'changed');
      return { kind: 'ticket', ticket: updated, changed: true, requestNumberHere };
    } catch (error) {
      if (error instanceof VersionConflictError) {
        const latest = await this.tickets.get(actor.tenantId, ticketId).catch(() => null);
        if (latest && done(latest)) return { kind: 'ticket', ticket: latest, requestNumberHere };
        return { kind: 'ticket', ticket: latest ?? ticket, error: 'conflict', requestNumberHere };
      }
      return this.unavailable(ticketId, actor, error);
    }
  }
}
