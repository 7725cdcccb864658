import { VERB } from '../../src/cards/verbs';
import type { Ticket } from '../../src/domain/ticket';
import { t } from '../../src/i18n';
import { breakFix } from '../helpers/answers';
import { BotHarness, cardOf, cardText, type Sender } from '../helpers/botHarness';
import type { ConnectorCall } from '../helpers/connector';
import { findAction, invokeCard, WizardDriver, type Card } from '../helpers/wizardDriver';

const ADA: Sender = { id: 'user-1', name: 'Ada Partner', aadObjectId: 'aad-user-1' };
const SAM: Sender = { id: 'user-4', name: 'Sam Support', aadObjectId: 'aad-user-4' };
const CHANNEL = '19:general@thread.tacv2';

describe('delivering ticket cards when Teams refuses a call (real turns, real database)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start({ LOG_LEVEL: 'warn' }));
  afterAll(() => bot.stop());
  afterEach(() => bot.connector.refuse.clear());

  /** The stored ticket, with the record of what is still to deliver kept beside it. */
  const stored = async (id: string) =>
    (await bot.db.db.collection<Ticket>('tickets').findOne({ _id: id })) as Ticket & {
      delivery?: { pending: boolean; attempts: number };
    };
  const calls = (from: number, match: (c: ConnectorCall) => boolean) =>
    bot.connector.calls.slice(from).filter(match);

  /** A ticket Ada makes in the group chat; its wizard card there becomes the ticket card. */
  const groupTicket = async (): Promise<{ card: Card; id: string }> => {
    const wizard = new WizardDriver(bot, { from: ADA, kind: 'groupChat' });
    await wizard.startByText();
    await wizard.complete(breakFix('office365', 'B'));
    const card = await wizard.submit();
    await bot.delivered();
    return { card, id: String(findAction(card, VERB.ticketRefresh)?.data?.ticketId) };
  };
  const withdraw = async (card: Card) => {
    const answer = invokeCard(
      await bot.execute(
        VERB.ticketWithdraw,
        { ...findAction(card, VERB.ticketWithdraw)?.data },
        {
          from: ADA,
          kind: 'groupChat',
        },
      ),
    );
    expect(cardText(answer)).toContain(t('en', 'ticket.notice.withdrawn'));
  };
  /** A card update of ticket `id` since call `from`, to `conversation`. */
  const updateOf = (id: string, conversation: string) => (c: ConnectorCall) =>
    c.method === 'PUT' && c.conversationId === conversation && cardText(cardOf(c.body)).includes(`${id}:`);
  const updatedTo = (from: number, id: string, status: string) => (c: ConnectorCall) =>
    bot.connector.calls.indexOf(c) >= from &&
    updateOf(id, 'group-1')(c) &&
    cardText(cardOf(c.body)).includes(status);

  jest.setTimeout(30_000);

  it('retries a card update Teams failed, until the card shows the change', async () => {
    const { card, id } = await groupTicket();
    bot.connector.refuse.set('group-1', 502);
    const from = bot.connector.calls.length;
    await withdraw(card);
    await bot.delivered();
    // Refused: the ticket still has its card to update, and says so.
    expect(calls(from, (c) => c.method === 'PUT' && c.conversationId === 'group-1').length).toBeGreaterThan(
      0,
    );
    expect((await stored(id)).delivery).toMatchObject({ pending: true, attempts: 1 });
    bot.connector.refuse.delete('group-1');
    const done = bot.connector.calls.length;
    await bot.connector.waitFor(updatedTo(done, id, t('en', 'ticket.status.withdrawn')), 10_000);
    await bot.delivered();
    expect((await stored(id)).delivery).toMatchObject({ pending: false });
    expect((await stored(id)).channelPosts?.every((p) => p.shown === 2)).toBe(true);
  });

  it('a ticket channel the bot can no longer reach holds up no other card, and is not tried again and again', async () => {
    await bot.message('post tickets here', { kind: 'channel', from: SAM });
    // The channel was deleted, or the bot removed from its team: Teams answers 403.
    bot.connector.refuse.set(CHANNEL, 403);
    const from = bot.connector.calls.length;
    const { card, id } = await groupTicket();
    await withdraw(card);
    await bot.delivered();
    await bot.connector.waitFor(updatedTo(from, id, t('en', 'ticket.status.withdrawn')), 10_000);
    await bot.delivered();
    const ticket = await stored(id);
    expect(ticket.delivery).toMatchObject({ pending: false });
    expect(ticket.toAnnounce).toBeUndefined();
    // One post refused; no retry later on.
    const posts = () => calls(from, (c) => c.method === 'POST' && c.conversationId.startsWith(CHANNEL));
    expect(posts()).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await bot.delivered();
    expect(posts()).toHaveLength(1);
  });

  it('a card whose chat is gone is given up for this change, and the other cards are kept current', async () => {
    bot.connector.refuse.delete(CHANNEL);
    const { card, id } = await groupTicket();
    const posted = (await stored(id)).channelPosts?.find((p) => p.conversationId === CHANNEL);
    expect(posted).toBeDefined();
    // The group chat was deleted (404); the ticket channel still answers.
    bot.connector.refuse.set('group-1', 404);
    const from = bot.connector.calls.length;
    await withdraw(card);
    await bot.delivered();
    const update = calls(from, updateOf(id, CHANNEL));
    expect(update).toHaveLength(1);
    expect(cardText(cardOf(update[0]?.body))).toContain(t('en', 'ticket.status.withdrawn'));
    expect((await stored(id)).delivery).toMatchObject({ pending: false });
    const refused = calls(from, updateOf(id, 'group-1')).length;
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await bot.delivered();
    expect(calls(from, updateOf(id, 'group-1'))).toHaveLength(refused);
    // Nothing of it reached the log as an unhandled error of a turn.
    expect(bot.logs.filter((line) => line.msg === 'unhandled error in turn')).toEqual([]);
  });
});

describe('a ticket channel that goes away (real turns, real database)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());
  beforeEach(async () => {
    await bot.db.db.collection('ticketChannels').deleteMany({});
    await bot.message('post tickets here', { kind: 'channel', from: SAM });
  });

  const bound = () => bot.db.db.collection('ticketChannels').countDocuments();
  /** A conversation update in the team, as Teams sends it. */
  const update = (extra: Record<string, unknown>, channel = CHANNEL, team = 'team-1') =>
    bot.post(
      bot.activity('channel', {
        type: 'conversationUpdate',
        channelData: {
          tenant: { id: 'tenant-1' },
          team: { id: team, name: 'Support' },
          channel: { id: channel, name: 'General' },
          ...((extra.channelData as object | undefined) ?? {}),
        },
        ...(extra.membersRemoved !== undefined && { membersRemoved: extra.membersRemoved }),
      }),
    );

  it('is forgotten once the channel is deleted: the requester files the request number, nothing is posted there', async () => {
    // Another channel deleted, or someone else leaving the team: the ticket channel stays.
    expect(
      (await update({ channelData: { eventType: 'channelDeleted' } }, '19:other@thread.tacv2')).status,
    ).toBe(200);
    await update({ channelData: { eventType: 'teamMemberRemoved' }, membersRemoved: [{ id: 'user-9' }] });
    expect(await bound()).toBe(1);

    expect((await update({ channelData: { eventType: 'channelDeleted' } })).status).toBe(200);
    expect(await bound()).toBe(0);

    const from = bot.connector.calls.length;
    const wizard = new WizardDriver(bot, { from: ADA });
    await wizard.startByText();
    await wizard.complete(breakFix('azure', 'B'));
    const card = await wizard.submit();
    await bot.delivered();
    expect(bot.connector.calls.slice(from).filter((c) => c.conversationId.startsWith(CHANNEL))).toEqual([]);
    const filed = invokeCard(
      await bot.execute(
        VERB.ticketAddMsNumber,
        { ...findAction(card, VERB.ticketAddMsNumber)?.data, microsoftRequestNumber: '2503070010000333' },
        { from: ADA },
      ),
    );
    expect(cardText(filed)).toContain(t('en', 'ticket.notice.filed'));
  });

  it('is forgotten once the bot is removed from its team, or the team is deleted', async () => {
    await update({ channelData: { eventType: 'teamMemberRemoved' }, membersRemoved: [{ id: 'bot-1' }] });
    expect(await bound()).toBe(0);

    await bot.message('post tickets here', { kind: 'channel', from: SAM });
    // Another team's deletion changes nothing here.
    await update({ channelData: { eventType: 'teamDeleted' } }, CHANNEL, 'team-2');
    expect(await bound()).toBe(1);
    await update({ channelData: { eventType: 'teamDeleted' } });
    expect(await bound()).toBe(0);
  });
});
