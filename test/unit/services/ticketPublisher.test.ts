import pino from 'pino';
import { newTicketFromDraft, type Ticket } from '../../../src/domain/ticket';
import type { ChannelPost } from '../../../src/domain/ticket';
import { TicketPublisher } from '../../../src/services/ticketPublisher';
import {
  MemoryTicketChannelStore,
  MemoryTicketStore,
  RecordingTicketNotifier,
} from '../../helpers/memoryStores';

const NOW = new Date('2026-11-20T10:00:00Z');
const ADA = { id: 'aad-ada', name: 'Ada' };

async function setup(createdIn: { channelId?: string } = {}, card?: ChannelPost) {
  let now = NOW;
  const clock = { now: () => now };
  const tickets = new MemoryTicketStore(clock.now);
  const channels = new MemoryTicketChannelStore();
  const notifier = new RecordingTicketNotifier();
  const publisher = new TicketPublisher(channels, tickets, notifier, clock, pino({ level: 'silent' }), {
    random: () => 1,
  });
  const later = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };
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
        ...(card && { card }),
      },
    ),
  );
  /** Delivers the ticket's cards and waits until that is done. */
  const deliver = async () => {
    publisher.deliver(ticket);
    await publisher.idle();
    return (await tickets.get(ticket.tenantId, ticket._id)) as Ticket;
  };
  return { tickets, channels, notifier, publisher, ticket, deliver, later, clock };
}

const CHANNEL = {
  tenantId: 'tenant-1',
  channelId: '19:tickets@thread.tacv2',
  serviceUrl: 'https://smba.example/',
  lang: 'pl' as const,
  setBy: ADA,
};

describe('TicketPublisher', () => {
  it('posts a new ticket with the channel its submit read, without reading it again', async () => {
    const { publisher, channels, notifier, tickets, ticket } = await setup();
    await channels.set({ ...CHANNEL, at: NOW });
    const reads = channels.reads;
    publisher.deliverStored(ticket, { ...CHANNEL, at: NOW });
    await publisher.idle();
    expect(channels.reads).toBe(reads);
    expect(notifier.posted.map((p) => p.channel.channelId)).toEqual([CHANNEL.channelId]);
    expect(tickets.delivery.get(ticket._id)?.pending).toBe(false);
  });

  it('runs no delivery for a change stored with nothing to deliver', async () => {
    const { publisher, channels, notifier, tickets, ticket } = await setup();
    const { toAnnounce: _none, ...quiet } = ticket;
    const recordDelivery = jest.spyOn(tickets, 'recordDelivery');
    publisher.deliverStored(quiet, null);
    await publisher.idle();
    expect(recordDelivery).not.toHaveBeenCalled();
    expect(channels.reads).toBe(0);
    expect(notifier.posted).toHaveLength(0);
  });

  it('has nothing to post while the tenant has no ticket channel, and says the ticket is delivered', async () => {
    const { notifier, tickets, ticket, deliver } = await setup();
    const after = await deliver();
    expect(notifier.posted).toHaveLength(0);
    expect(after.toAnnounce).toBeUndefined();
    expect(after.version).toBe(ticket.version);
    expect(tickets.delivery.get(ticket._id)?.pending).toBe(false);
  });

  it('posts a new ticket to the channel once and records the post, leaving the ticket as it was', async () => {
    const { publisher, notifier, tickets, ticket, deliver } = await setup();
    await publisher.useChannel(CHANNEL, []);
    const after = await deliver();
    expect(notifier.posted.map((p) => [p.channel.channelId, p.ticket.version])).toEqual([
      [CHANNEL.channelId, 1],
    ]);
    expect(after.channelPosts).toEqual([
      { conversationId: CHANNEL.channelId, activityId: 'post-1', lang: 'pl', shown: 1 },
    ]);
    expect(after).toEqual({ ...ticket, toAnnounce: undefined, channelPosts: after.channelPosts });
    expect(notifier.updated).toEqual([]);
    expect(tickets.delivery.get(ticket._id)?.pending).toBe(false);
    await deliver();
    expect(notifier.posted).toHaveLength(1);
  });

  it('records a post made while the ticket changed, and brings that card to the change', async () => {
    const { publisher, notifier, tickets, ticket, deliver } = await setup();
    await publisher.useChannel(CHANNEL, []);
    const post = notifier.post.bind(notifier);
    notifier.post = async (channel, shown) => {
      // Someone withdraws the ticket while its card is being posted.
      await tickets.update({ ...ticket, status: 'withdrawn', version: 2 });
      return post(channel, shown);
    };
    const after = await deliver();
    expect(notifier.posted).toHaveLength(1);
    expect(after.channelPosts).toEqual([
      { conversationId: CHANNEL.channelId, activityId: 'post-1', lang: 'pl', shown: 2 },
    ]);
    expect(notifier.updated).toEqual([
      { post: expect.objectContaining({ activityId: 'post-1' }), status: 'withdrawn' },
    ]);
  });

  it('starts from the change just stored without reading it back, and reads it when it changed again', async () => {
    const { publisher, tickets, ticket } = await setup();
    const get = tickets.get.bind(tickets);
    let reads = 0;
    tickets.get = async (tenantId, id) => {
      reads++;
      return get(tenantId, id);
    };
    publisher.deliverStored(ticket);
    await publisher.idle();
    expect(reads).toBe(0);
    expect(tickets.delivery.get(ticket._id)?.pending).toBe(false);

    // Withdrawn meanwhile: the copy handed over is outdated, so its record fails and the current one is read.
    await tickets.update({ ...ticket, status: 'withdrawn', version: 2 });
    publisher.deliverStored(ticket);
    await publisher.idle();
    expect(reads).toBe(1);
    expect(tickets.delivery.get(ticket._id)?.pending).toBe(false);
    expect((await get(ticket.tenantId, ticket._id))?.status).toBe('withdrawn');
  });

  it('does not post again into the channel the ticket was created in', async () => {
    const { publisher, notifier, deliver } = await setup({ channelId: CHANNEL.channelId });
    await publisher.useChannel(CHANNEL, []);
    await deliver();
    expect(notifier.posted).toHaveLength(0);
  });

  it('updates the shared card a ticket was created from, for everyone', async () => {
    const card = { conversationId: 'group-1', activityId: 'wizard-card', lang: 'en' as const };
    const { notifier, deliver } = await setup({}, card);
    const after = await deliver();
    expect(notifier.updated).toEqual([{ post: expect.objectContaining(card), status: 'ready-to-file' }]);
    expect(after.channelPosts).toEqual([{ ...card, shown: 1 }]);
  });

  it('keeps what is undelivered when Teams cannot be reached, and delivers it once Teams is back', async () => {
    const { publisher, notifier, tickets, ticket, deliver, later } = await setup();
    await publisher.useChannel(CHANNEL, []);
    notifier.failing = true;
    await deliver();
    expect((await tickets.get(ticket.tenantId, ticket._id))?.version).toBe(1);
    expect(tickets.delivery.get(ticket._id)).toMatchObject({ pending: true, attempts: 1 });
    // Not due yet: the back-off holds the next attempt.
    expect(await tickets.dueForDelivery(10)).toEqual([]);
    notifier.failing = false;
    later(1_000);
    expect(await tickets.dueForDelivery(10)).toEqual([
      { ticketId: ticket._id, tenantId: ticket.tenantId, attempts: 1 },
    ]);
    publisher.start();
    await new Promise((r) => setImmediate(r));
    await publisher.idle();
    await publisher.stop();
    expect(notifier.posted).toHaveLength(1);
    expect((await tickets.get(ticket.tenantId, ticket._id))?.channelPosts?.[0]).toMatchObject({
      activityId: 'post-1',
      shown: 1,
    });
  });

  it('backs off exponentially between failed attempts, up to a limit', async () => {
    const { notifier, tickets, ticket, deliver, later, clock } = await setup(
      {},
      { conversationId: 'group-1', activityId: 'card' },
    );
    notifier.failing = true;
    const gaps: number[] = [];
    for (let i = 0; i < 12; i++) {
      await deliver();
      const gap = (tickets.delivery.get(ticket._id)?.at.getTime() ?? 0) - clock.now().getTime();
      gaps.push(gap);
      later(gap);
    }
    // With the jitter at its top: 1 s, 2 s, 4 s, ... doubling, then 10 minutes at most.
    expect(gaps.slice(0, 4)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(gaps.at(-1)).toBe(10 * 60_000);
    expect(tickets.delivery.get(ticket._id)).toMatchObject({ pending: true, attempts: 12 });
  });

  it('updates every posted card after a change, and only the outdated ones', async () => {
    const card = { conversationId: 'group-1', activityId: 'wizard-card', lang: 'en' as const };
    const { publisher, notifier, tickets, deliver } = await setup({}, card);
    await publisher.useChannel(CHANNEL, []);
    const first = await deliver();
    notifier.updated.length = 0;
    await tickets.update({ ...first, status: 'withdrawn', version: first.version + 1 });
    const after = await deliver();
    expect(notifier.updated.map((u) => [u.post.activityId, u.status])).toEqual([
      ['wizard-card', 'withdrawn'],
      ['post-1', 'withdrawn'],
    ]);
    expect(after.channelPosts?.every((p) => p.shown === after.version)).toBe(true);
    notifier.updated.length = 0;
    await deliver();
    expect(notifier.updated).toEqual([]);
  });
  it('has the request number box on the ticket channel’s card only, not on the requester’s chat card nor in a channel the tickets moved from', async () => {
    const card = { conversationId: 'c', activityId: 'wizard-card', lang: 'en' as const };
    const { publisher, notifier, tickets, deliver } = await setup({}, card);
    const here = () =>
      Object.fromEntries(
        notifier.updated.map((u) => [
          u.post.activityId,
          (u.post as { requestNumberHere?: boolean }).requestNumberHere,
        ]),
      );
    // No ticket channel: the requester adds the number, from their card.
    const alone = await setup({}, card);
    await alone.deliver();
    expect(
      alone.notifier.updated.map((u) => (u.post as { requestNumberHere?: boolean }).requestNumberHere),
    ).toEqual([true]);

    await publisher.useChannel(CHANNEL, []);
    let ticket = await deliver();
    notifier.updated.length = 0;
    await tickets.update({ ...ticket, status: 'withdrawn', version: ticket.version + 1 });
    ticket = await deliver();
    expect(here()).toEqual({ 'wizard-card': false, 'post-1': true });

    // The tickets move to another channel: the card left in the old one has no box either.
    await publisher.useChannel({ ...CHANNEL, channelId: '19:other@thread.tacv2' }, []);
    notifier.updated.length = 0;
    await tickets.update({ ...ticket, version: ticket.version + 1 });
    await deliver();
    expect(here()).toEqual({ 'wizard-card': false, 'post-1': false });
  });
});
