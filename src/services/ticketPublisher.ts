import { mayBindChannel, offersRequestNumber } from '../domain/access';
import {
  announcedIn,
  hasDeliveries,
  outdatedPosts,
  recordChannelPost,
  type ChannelPost,
  type Ticket,
} from '../domain/ticket';
import type { Lang } from '../domain/lang';
import type { Logger } from '../log';
import { noMetrics, type DeliveryKind, type Metrics } from './metrics';
import {
  ConversationGoneError,
  type Clock,
  type TicketChannel,
  type TicketChannelStore,
  type TicketNotifier,
  type TicketStore,
} from './ports';

export interface PublisherOptions {
  /** How often stored tickets with cards still to deliver are looked for (ms). */
  sweepEveryMs?: number;
  /** First retry delay; doubles with every failed attempt up to `maxRetryMs`. */
  firstRetryMs?: number;
  maxRetryMs?: number;
  random?: () => number;
  metrics?: Metrics;
}

/**
 * Posts new tickets to the tenant's ticket channel and keeps every posted card current, after the
 * change is stored and never in the way of the user's reply. What still has to be delivered is
 * recorded on the ticket in the same write as the change (see TicketStore), so it survives a crash:
 * it is picked up at start and by a periodic sweep, and retried with back-off until it is done.
 * Card updates are idempotent (the card is replaced with the current one). A post whose answer from
 * Teams was lost in a crash is the one case that can be posted twice: Teams has no way to ask.
 */
export class TicketPublisher {
  private readonly running = new Map<string, Promise<void>>();
  /** Tickets changed again while their delivery was running: run once more. */
  private readonly again = new Set<string>();
  private readonly attempts = new Map<string, number>();
  private sweeper?: NodeJS.Timeout;
  private stopped = false;
  private readonly sweepEveryMs: number;
  private readonly firstRetryMs: number;
  private readonly maxRetryMs: number;
  private readonly random: () => number;
  private readonly metrics: Metrics;

  constructor(
    private readonly channels: TicketChannelStore,
    private readonly tickets: TicketStore,
    private readonly notifier: TicketNotifier,
    private readonly clock: Clock,
    private readonly log: Logger,
    options: PublisherOptions = {},
  ) {
    this.sweepEveryMs = options.sweepEveryMs ?? 10_000;
    this.firstRetryMs = options.firstRetryMs ?? 1_000;
    this.maxRetryMs = options.maxRetryMs ?? 10 * 60_000;
    this.random = options.random ?? Math.random;
    this.metrics = options.metrics ?? noMetrics;
  }

  /**
   * Makes `channel` the tenant's ticket channel, if its author may: a bot admin, or (with no admins
   * configured) whoever chose the current one. Moving it tells the previous channel, in the background.
   */
  async useChannel(
    channel: Omit<TicketChannel, 'at'>,
    admins: readonly string[],
  ): Promise<
    | { kind: 'bound' | 'moved' | 'unchanged'; channel: TicketChannel }
    | { kind: 'refused'; admins: boolean; current: TicketChannel }
  > {
    const current = await this.channels.get(channel.tenantId);
    if (!mayBindChannel(channel.setBy.id, admins, current)) {
      return current
        ? { kind: 'refused', admins: admins.length > 0, current }
        : { kind: 'refused', admins: true, current: { ...channel, at: this.clock.now() } };
    }
    const stored = { ...channel, at: this.clock.now() };
    await this.channels.set(stored);
    if (!current) return { kind: 'bound', channel: stored };
    if (current.channelId === stored.channelId) return { kind: 'unchanged', channel: stored };
    this.log.info(
      { tenantId: channel.tenantId, from: current.channelId, to: stored.channelId },
      'ticket channel moved',
    );
    void this.send('post', () => this.notifier.channelMoved(current, channel.setBy)).catch((error: unknown) =>
      this.log.warn(
        { err: error, channelId: current.channelId },
        'could not tell the previous ticket channel',
      ),
    );
    return { kind: 'moved', channel: stored };
  }

  /**
   * Forgets the tenant's ticket channel once Teams says it is gone (the channel or its team deleted,
   * or the bot removed from the team): its tickets are then the requesters' to file, and new ones are
   * not posted. True when it was the ticket channel.
   */
  async forgetChannel(tenantId: string, where: { channelId: string } | { teamId: string }): Promise<boolean> {
    const forgotten = await this.channels.forget(tenantId, where);
    if (forgotten) this.log.info({ tenantId, ...where }, 'ticket channel gone: forgotten');
    return forgotten;
  }

  /** Picks up what was left undelivered (a crash, a failure) now, and then every `sweepEveryMs`. */
  start(): void {
    this.stopped = false;
    void this.sweep();
    this.sweeper = setInterval(() => void this.sweep(), this.sweepEveryMs);
    this.sweeper.unref();
  }

  /** Stops sweeping and waits (at most `timeoutMs`) for deliveries in flight; the rest stays recorded. */
  async stop(timeoutMs = 5_000): Promise<void> {
    this.stopped = true;
    if (this.sweeper) clearInterval(this.sweeper);
    await Promise.race([
      Promise.allSettled([...this.running.values()]),
      new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
    ]);
  }

  /** Delivers the ticket's cards soon, without waiting: call it after a change is stored. */
  deliver(ticket: Pick<Ticket, '_id' | 'tenantId'>): void {
    this.schedule(ticket);
  }

  /**
   * As `deliver`, for the change just stored as `ticket`: the first round starts from it instead of
   * reading it back, and from `channel` when the caller has just read the tenant's ticket channel.
   * Safe if it changed again meanwhile, since every record is conditional on its version. A change
   * stored with nothing to deliver (see TicketStore) needs no round at all.
   */
  deliverStored(ticket: Ticket, channel?: TicketChannel | null): void {
    if (!hasDeliveries(ticket)) return;
    this.schedule(ticket, { ticket, ...(channel !== undefined && { channel }) });
  }

  private schedule(
    ticket: Pick<Ticket, '_id' | 'tenantId'>,
    stored?: { ticket: Ticket; channel?: TicketChannel | null },
  ): void {
    if (this.stopped) return;
    const ticketId = ticket._id;
    if (this.running.has(ticketId)) {
      this.again.add(ticketId);
      return;
    }
    const run = this.run(ticket.tenantId, ticketId, stored).finally(() => {
      this.running.delete(ticketId);
      this.metrics.deliveriesPending(this.running.size);
      if (this.again.delete(ticketId)) this.deliver({ _id: ticketId, tenantId: ticket.tenantId });
    });
    this.running.set(ticketId, run);
    this.metrics.deliveriesPending(this.running.size);
  }

  /** One call to Teams, counted as delivered or failed. */
  private async send<T>(kind: DeliveryKind, call: () => Promise<T>): Promise<T> {
    try {
      const result = await call();
      this.metrics.delivered(kind, true);
      return result;
    } catch (error) {
      this.metrics.delivered(kind, false);
      throw error;
    }
  }

  /** Resolves once nothing is being delivered (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }

  private async sweep(): Promise<void> {
    try {
      for (const due of await this.tickets.dueForDelivery(100)) {
        if (!this.attempts.has(due.ticketId)) this.attempts.set(due.ticketId, due.attempts);
        this.deliver({ _id: due.ticketId, tenantId: due.tenantId });
      }
    } catch (error) {
      this.log.warn({ err: error }, 'could not look for ticket cards to deliver');
    }
  }

  private async run(
    tenantId: string,
    ticketId: string,
    stored?: { ticket: Ticket; channel?: TicketChannel | null },
  ): Promise<void> {
    let ticket: Ticket | null = null;
    try {
      // A few rounds: the ticket may change while its cards are being delivered.
      for (let round = 0; round < 5; round++) {
        ticket = round === 0 && stored ? stored.ticket : await this.tickets.get(tenantId, ticketId);
        if (!ticket) return;
        const channel = round === 0 ? stored?.channel : undefined;
        if (ticket.toAnnounce && (await this.announce(ticket, channel))) continue;
        const outdated = outdatedPosts(ticket);
        await this.updateCards(ticket, outdated);
        const version = ticket.version;
        const { toAnnounce: _done, ...rest } = ticket;
        const channelPosts: ChannelPost[] = (ticket.channelPosts ?? []).map((post) =>
          outdated.includes(post) ? { ...post, shown: version } : post,
        );
        const done = { ...rest, ...(ticket.channelPosts && { channelPosts }) };
        if (await this.tickets.recordDelivery(done, { done: true })) {
          this.attempts.delete(ticketId);
          return;
        }
      }
    } catch (error) {
      await this.failed(tenantId, ticketId, ticket, error);
    }
  }

  /**
   * Posts the new ticket to its tenant's channel and records the post; false when there is nothing
   * to post (no ticket channel, or the ticket was made in it).
   */
  private async announce(ticket: Ticket, known?: TicketChannel | null): Promise<boolean> {
    const channel = known !== undefined ? known : await this.channels.get(ticket.tenantId);
    if (!channel || !announcedIn(channel, ticket.conversation)) return false;
    let post: ChannelPost | undefined;
    try {
      post = {
        ...(await this.send('post', () => this.notifier.post(channel, ticket))),
        shown: ticket.version,
      };
      this.log.info({ ticketId: ticket._id, channelId: channel.channelId }, 'ticket posted to its channel');
    } catch (error) {
      if (!(error instanceof ConversationGoneError)) throw error;
      // Deleted, or the bot removed from its team: this ticket is not posted there, and the rest of
      // its delivery goes on.
      this.log.warn(
        { ticketId: ticket._id, channelId: channel.channelId, status: error.status },
        'the ticket channel cannot be reached: the ticket is not posted there',
      );
    }
    // Record the post (or that there is none to make) whatever else changes meanwhile, so it is
    // never made twice.
    let current: Ticket | null = ticket;
    for (let tries = 0; current && tries < 20; tries++) {
      const { toAnnounce: _done, ...unannounced } = current;
      const recorded = post ? recordChannelPost(current, post) : unannounced;
      if (await this.tickets.recordDelivery(recorded, { done: false })) return true;
      current = await this.tickets.get(ticket.tenantId, ticket._id);
    }
    if (current) throw new Error(`could not record the post of ${ticket._id}: it keeps changing`);
    return true;
  }

  private async updateCards(ticket: Ticket, posts: readonly ChannelPost[]): Promise<void> {
    if (posts.length === 0) return;
    const channel = await this.channels.get(ticket.tenantId);
    const serviceUrl = channel?.serviceUrl ?? ticket.conversation.serviceUrl;
    const fallback: Lang = channel?.lang ?? 'en';
    // The request number box is on the ticket channel's card, and on the card where the ticket was
    // made where offersRequestNumber says so; not on a card left in a channel the tickets moved from.
    const results = await Promise.allSettled(
      posts.map((post) => {
        const requestNumberHere =
          channel === null ||
          post.conversationId === channel.channelId ||
          (post.conversationId === ticket.conversation.id &&
            offersRequestNumber(ticket.conversation, channel));
        return this.send('update', () =>
          this.notifier.update(
            { ...post, serviceUrl, lang: post.lang ?? fallback, requestNumberHere },
            ticket,
          ),
        );
      }),
    );
    results.forEach((result, i) => {
      if (result.status === 'rejected' && result.reason instanceof ConversationGoneError) {
        // Never current again there: given up for this change (the next change tries it once more).
        this.log.warn(
          { ticketId: ticket._id, conversationId: posts[i]?.conversationId, status: result.reason.status },
          'a ticket card cannot be reached: not updated',
        );
      }
    });
    const failure = results.find(
      (r): r is PromiseRejectedResult =>
        r.status === 'rejected' && !(r.reason instanceof ConversationGoneError),
    );
    if (failure) throw failure.reason;
  }

  private async failed(
    tenantId: string,
    ticketId: string,
    ticket: Ticket | null,
    error: unknown,
  ): Promise<void> {
    const attempts = (this.attempts.get(ticketId) ?? 0) + 1;
    this.attempts.set(ticketId, attempts);
    const delay = Math.min(this.firstRetryMs * 2 ** (attempts - 1), this.maxRetryMs);
    const at = new Date(this.clock.now().getTime() + Math.round(delay * (0.5 + this.random() / 2)));
    const message = error instanceof Error ? error.message : String(error);
    this.log.warn(
      { err: error, ticketId, attempts, retryAt: at },
      'could not deliver a ticket card; will retry',
    );
    // Retry here if this process lives that long; the record below lets the sweep (or a restart) do it.
    setTimeout(
      () => this.deliver({ _id: ticketId, tenantId }),
      at.getTime() - this.clock.now().getTime(),
    ).unref();
    if (!ticket) return;
    await this.tickets
      .deliveryFailed(ticket, { attempts, at, error: message })
      .catch((err: unknown) =>
        this.log.warn({ err, ticketId }, 'could not record the failed delivery; the sweep retries it'),
      );
  }
}
