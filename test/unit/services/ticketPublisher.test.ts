import pino from 'pino';
import { newTicketFromDraft, type Ticket } from '../../../src/domain/ticket';
import type {
  PostedCard,
  TicketChannel,
  TicketChannelStore,
  TicketNotifier,
} from '../../../src/services/ports';
import { TicketPublisher } from '../../../src/services/ticketPublisher';
import { MemoryTicketStore } from '../../helpers/memoryStores';

const NOW = new Date('2026-11-20T10:00:00Z');
const ADA = { id: 'aad-ada', name: 'Ada' };

class MemoryChannels implements TicketChannelStore {
  readonly channels = new Map<string, TicketChannel>();
  async set(channel: TicketChannel) {
    this.channels.set(channel.tenantId, channel);
  }
  async get(tenantId: string) {
    return this.channels.get(tenantId) ?? null;
  }
}

class RecordingNotifier implements TicketNotifier {
  readonly posted: { channel: TicketChannel; ticket: Ticket }[] = [];
  readonly updated: { post: PostedCard; status: string }[] = [];
  failing = false;
  async post(channel: TicketChannel, ticket: Ticket): Promise<PostedCard> {
    if (this.failing) throw new Error('Teams unreachable');
    this.posted.push({ channel, ticket });
    return { conversationId: channel.channelId, activityId: `post-${this.posted.length}` };
  }
  async update(post: PostedCard, ticket: Ticket): Promise<void> {
    if (this.failing) throw new Error('Teams unreachable');
    this.updated.push({ post, status: ticket.status });
  }
}

async function setup(createdIn: { channelId?: string } = {}) {
  const tickets = new MemoryTicketStore();
  const channels = new MemoryChannels();
  const notifier = new RecordingNotifier();
  const publisher = new TicketPublisher(
    channels,
    tickets,
    notifier,
    { now: () => NOW },
    pino({ level: 'silent' }),
  );
  const { ticket } = await tickets.create('k-1', (seq) =>
    newTicketFromDraft(
      {
        answers: {
          role: 'direct-bill',
          service: 'azure',
          problemType: 'fraud',
          prerequisites: ['service-health-checked', 'troubleshooting-done'],
          criteria: [],
          details: {
            customer: { name: 'Contoso', domain: 'contoso.com' },
            title: 'Suspicious purchases',
            description: 'Unknown subscriptions appeared.',
            contact: { name: 'Ada', email: 'ada@partner.example', language: 'en' },
          },
        },
      },
      {
        seq,
        requester: ADA,
        conversation: { id: 'c', serviceUrl: 'https://smba.example/', ...createdIn },
        tenantId: 'tenant-1',
        now: NOW,
        idempotencyKey: 'k-1',
      },
    ),
  );
  return { tickets, channels, notifier, publisher, ticket };
}

const CHANNEL = {
  tenantId: 'tenant-1',
  channelId: '19:tickets@thread.tacv2',
  serviceUrl: 'https://smba.example/',
  lang: 'pl' as const,
  setBy: ADA,
};

describe('TicketPublisher', () => {
  it('does nothing while the tenant has no ticket channel', async () => {
    const { publisher, notifier, ticket } = await setup();
    expect(await publisher.publishNew(ticket, ADA)).toBe(ticket);
    expect(notifier.posted).toHaveLength(0);
  });

  it('posts a new ticket to the channel and records the post on the ticket', async () => {
    const { publisher, notifier, tickets, ticket } = await setup();
    await publisher.useChannel(CHANNEL);
    const published = await publisher.publishNew(ticket, { ...ADA, extra: 'ignored' } as typeof ADA);
    expect(notifier.posted.map((p) => p.channel.channelId)).toEqual([CHANNEL.channelId]);
    expect(published.channelPosts).toEqual([{ conversationId: CHANNEL.channelId, activityId: 'post-1' }]);
    expect(published.history.at(-1)).toMatchObject({ action: 'posted', by: ADA });
    expect(await tickets.get(ticket._id)).toEqual(published);
  });

  it('does not post again into the channel the ticket was created in', async () => {
    const { publisher, notifier, ticket } = await setup({ channelId: CHANNEL.channelId });
    await publisher.useChannel(CHANNEL);
    await publisher.publishNew(ticket, ADA);
    expect(notifier.posted).toHaveLength(0);
  });

  it('keeps the ticket as it is when Teams cannot be reached', async () => {
    const { publisher, notifier, tickets, ticket } = await setup();
    await publisher.useChannel(CHANNEL);
    notifier.failing = true;
    expect(await publisher.publishNew(ticket, ADA)).toBe(ticket);
    expect((await tickets.get(ticket._id))?.version).toBe(1);
  });

  it('updates every posted card, and survives a failed update', async () => {
    const { publisher, notifier, ticket } = await setup();
    await publisher.useChannel(CHANNEL);
    const published = await publisher.publishNew(ticket, ADA);
    await publisher.refreshPosts({ ...published, status: 'withdrawn' });
    expect(notifier.updated).toEqual([
      { post: expect.objectContaining({ activityId: 'post-1' }), status: 'withdrawn' },
    ]);
    notifier.failing = true;
    await expect(publisher.refreshPosts(published)).resolves.toBeUndefined();
  });
});
