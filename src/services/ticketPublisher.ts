import { recordChannelPost, type Person, type Ticket } from '../domain/ticket';
import type { Lang } from '../i18n/messages';
import type { Logger } from '../log';
import {
  VersionConflictError,
  type Clock,
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
  ) {}

  async useChannel(channel: Omit<TicketChannel, 'at'>): Promise<TicketChannel> {
    const stored = { ...channel, at: this.clock.now() };
    await this.channels.set(stored);
    return stored;
  }

  async channelFor(tenantId: string): Promise<TicketChannel | null> {
    return this.channels.get(tenantId);
  }

  /** Posts a new ticket to its tenant's channel, unless it was created in that channel's thread. */
  async publishNew(ticket: Ticket, by: Person): Promise<Ticket> {
    try {
      const channel = await this.channels.get(ticket.tenantId);
      if (!channel) return ticket;
      if (ticket.conversation.channelId === channel.channelId) return ticket;
      const post = await this.notifier.post(channel, ticket);
      const person = { id: by.id, name: by.name };
      return await this.tickets.update(recordChannelPost(ticket, post, person, this.clock.now()));
    } catch (error) {
      if (!(error instanceof VersionConflictError)) {
        this.log.warn({ err: error, ticketId: ticket._id }, 'could not post the ticket to its channel');
      }
      return ticket;
    }
  }

  /** Updates every posted card of the ticket to show its current state. */
  async refreshPosts(ticket: Ticket): Promise<void> {
    const posts = ticket.channelPosts ?? [];
    if (posts.length === 0) return;
    const channel = await this.channels.get(ticket.tenantId).catch(() => null);
    const lang: Lang = channel?.lang ?? 'en';
    const serviceUrl = channel?.serviceUrl ?? ticket.conversation.serviceUrl;
    await Promise.all(
      posts.map((post) =>
        this.notifier.update({ ...post, serviceUrl, lang }, ticket).catch((error: unknown) => {
          this.log.warn({ err: error, ticketId: ticket._id, post }, 'could not update a posted ticket card');
        }),
      ),
    );
  }
}
