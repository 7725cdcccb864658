import { recordChannelPost, type Person, type Ticket } from '../domain/ticket';
import type { Lang } from '../i18n/messages';
import type { Logger } from '../log';
import { noMetrics, type DeliveryKind, type Metrics } from './metrics';
import {
  VersionConflictError,
  type Clock,
  type PostedCard,
  type TicketChannel,
  type TicketChannelStore,
  type TicketNotifier,
  type TicketStore,
} from './ports';

/**
 * Posts new tickets to the tenant's ticket channel and keeps every posted card current as the ticket
 * moves. Posting never blocks or undoes a ticket change: a failure is logged and the ticket stands.
 */
export class TicketPublisher {
  constructor(
    private readonly channels: TicketChannelStore,
    private readonly tickets: TicketStore,
    private readonly notifier: TicketNotifier,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly metrics: Metrics = noMetrics,
  ) {}

  private pending = 0;

  /** Runs one delivery to Teams, counting it (pending while it runs, then delivered or failed). */
  private async deliver<T>(kind: DeliveryKind, send: () => Promise<T>): Promise<T> {
    this.metrics.deliveriesPending(++this.pending);
    try {
      const result = await send();
      this.metrics.delivered(kind, true);
      return result;
    } catch (error) {
      this.metrics.delivered(kind, false);
      throw error;
    } finally {
      this.metrics.deliveriesPending(--this.pending);
    }
  }

  async useChannel(channel: Omit<TicketChannel, 'at'>): Promise<TicketChannel> {
    const stored = { ...channel, at: this.clock.now() };
    await this.channels.set(stored);
    return stored;
  }

  /**
   * Makes a new ticket visible where it belongs. Created in a group chat or a channel (`inPlace`, the
   * card the wizard ran in): that card now shows the ticket to everyone, and follows its changes.
   * And unless it was created in the tenant's ticket channel, it is posted there too.
   */
  async publishNew(ticket: Ticket, by: Person, inPlace?: PostedCard & { lang: Lang }): Promise<Ticket> {
    const person = { id: by.id, name: by.name };
    let current = ticket;
    if (inPlace) {
      current = await this.record(current, inPlace, person);
      await this.deliver('update', () =>
        this.notifier.update({ ...inPlace, serviceUrl: ticket.conversation.serviceUrl }, current),
      ).catch((error: unknown) =>
        this.log.warn({ err: error, ticketId: ticket._id }, 'could not share the ticket card'),
      );
    }
    try {
      const channel = await this.channels.get(ticket.tenantId);
      if (!channel) return current;
      if (ticket.conversation.channelId === channel.channelId) return current;
      const post = await this.deliver('post', () => this.notifier.post(channel, current));
      return await this.record(current, post, person);
    } catch (error) {
      this.log.warn({ err: error, ticketId: ticket._id }, 'could not post the ticket to its channel');
      return current;
    }
  }

  /** Stores where a card was posted; on failure the ticket stands as it was. */
  private async record(ticket: Ticket, post: PostedCard, by: Person): Promise<Ticket> {
    try {
      return await this.tickets.update(recordChannelPost(ticket, post, by, this.clock.now()));
    } catch (error) {
      if (!(error instanceof VersionConflictError)) {
        this.log.warn({ err: error, ticketId: ticket._id }, 'could not record where the ticket was posted');
      }
      return ticket;
    }
  }

  /** Updates every posted card of the ticket to show its current state. */
  async refreshPosts(ticket: Ticket): Promise<void> {
    const posts = ticket.channelPosts ?? [];
    if (posts.length === 0) return;
    const channel = await this.channels.get(ticket.tenantId).catch(() => null);
    const serviceUrl = channel?.serviceUrl ?? ticket.conversation.serviceUrl;
    await Promise.all(
      posts.map((post) =>
        this.deliver('update', () =>
          this.notifier.update({ ...post, serviceUrl, lang: post.lang ?? channel?.lang ?? 'en' }, ticket),
        ).catch((error: unknown) => {
          this.log.warn({ err: error, ticketId: ticket._id, post }, 'could not update a posted ticket card');
        }),
      ),
    );
  }
}
