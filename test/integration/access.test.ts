import { VERB } from '../../src/cards/verbs';
import type { Ticket } from '../../src/domain/ticket';
import { t } from '../../src/i18n';
import { breakFix } from '../helpers/answers';
import { BotHarness, cardOf, cardText, type Sender } from '../helpers/botHarness';
import { findAction, invokeCard, WizardDriver, type Card } from '../helpers/wizardDriver';

const TENANT = '8a1c2b3d-0000-4000-8000-00000000aaaa';
const OTHER_TENANT = '8a1c2b3d-0000-4000-8000-00000000bbbb';
const ADA: Sender = { id: 'user-1', name: 'Ada Partner', aadObjectId: 'aad-user-1' };
const CAROL: Sender = { id: 'user-3', name: 'Carol Colleague', aadObjectId: 'aad-user-3' };
const SUPPORT: Sender = { id: 'user-4', name: 'Sam Support', aadObjectId: 'aad-user-4' };
const MALLORY: Sender = { id: 'user-9', name: 'Mallory', aadObjectId: 'aad-user-9' };

/** The harness's activity, moved to another tenant. */
function inTenant(activity: Record<string, unknown>, tenantId: string): Record<string, unknown> {
  const conversation = { ...(activity.conversation as object), tenantId };
  const channelData = { ...(activity.channelData as object), tenant: { id: tenantId } };
  return { ...activity, conversation, channelData };
}

/** Counts every document in every collection: "nothing stored" is the same counts after. */
async function counts(bot: BotHarness): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const { name } of await bot.db.db.listCollections({}, { nameOnly: true }).toArray()) {
    result[name] = await bot.db.db.collection(name).countDocuments();
  }
  return result;
}

describe('tenants (real turns, real database)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start({ ALLOWED_TENANT_IDS: TENANT }));
  afterAll(() => bot.stop());

  it('answers an allowed tenant', async () => {
    const result = await bot.post(
      inTenant(bot.activity('personal', { type: 'message', text: 'help' }), TENANT),
    );
    expect(cardText(cardOf(result.sent[0]))).toContain('CSP');
  });

  it('refuses every other tenant politely, running nothing and storing nothing', async () => {
    const before = await counts(bot);
    const message = await bot.post(
      inTenant(bot.activity('personal', { type: 'message', text: 'new ticket' }), OTHER_TENANT),
    );
    expect(message.status).toBe(200);
    expect(message.sent.map((a) => a.text)).toEqual([t('en', 'tenant.refused')]);

    const question = await bot.post(
      inTenant(
        bot.activity('groupChat', { type: 'message', text: 'Is phone support available?' }),
        OTHER_TENANT,
      ),
    );
    expect(question.sent.map((a) => a.text)).toEqual([t('en', 'tenant.refused')]);

    const action = await bot.post(
      inTenant(
        bot.activity('personal', {
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: {
            action: {
              type: 'Action.Execute',
              verb: VERB.ticketRefresh,
              data: { ticketId: 'CSP-000001', version: 1 },
            },
          },
        }),
        OTHER_TENANT,
      ),
    );
    expect(cardText(invokeCard(action))).toContain(t('en', 'tenant.refused'));

    const noTenant = bot.activity('personal', { type: 'message', text: 'help' });
    delete (noTenant.conversation as { tenantId?: string }).tenantId;
    noTenant.channelData = {};
    expect((await bot.post(noTenant)).sent.map((a) => a.text)).toEqual([t('en', 'tenant.refused')]);
    expect(await counts(bot)).toEqual(before);
  });
});

describe('who may see and change a ticket (real turns, real database)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  const stored = async (id: string) =>
    (await bot.db.db.collection<Ticket>('tickets').findOne({ _id: id })) as Ticket;
  const idOf = (card: Card) => String(findAction(card, VERB.ticketRefresh)?.data?.ticketId);
  const press = (
    verb: string,
    card: Card,
    from: Sender,
    extra: Record<string, unknown> = {},
    kind = 'personal',
  ) => bot.execute(verb, { ...findAction(card, verb)?.data, ...extra }, { from, kind: kind as 'personal' });

  /** A ticket Ada makes in her personal chat. */
  const adaTicket = async (): Promise<{ card: Card; id: string }> => {
    const wizard = new WizardDriver(bot, { from: ADA });
    await wizard.startByText();
    await wizard.complete(breakFix('azure', 'B'));
    const card = await wizard.submit();
    await bot.delivered();
    return { card, id: idOf(card) };
  };

  it('shows a ticket to nobody outside its tenant or its people: the same answer as a missing one', async () => {
    const { card, id } = await adaTicket();
    const notFound = t('en', 'ticket.error.notFound', { id });
    // Mallory, in the same tenant but not in the ticket's conversation, and no support engineer.
    for (const verb of [VERB.ticketRefresh, VERB.ticketWithdraw, VERB.ticketEdit, VERB.ticketAddMsNumber]) {
      const result = invokeCard(
        await press(verb, card, MALLORY, { microsoftRequestNumber: '2503070010000111' }, 'groupChat'),
      );
      expect(cardText(result)).toContain(notFound);
      expect(cardText(result)).not.toContain('Contoso');
    }
    // Another tenant, even with the id.
    const foreign = await bot.post(
      inTenant(
        bot.activity('personal', {
          type: 'invoke',
          name: 'adaptiveCard/action',
          from: ADA,
          value: {
            action: { type: 'Action.Execute', verb: VERB.ticketRefresh, data: { ticketId: id, version: 1 } },
          },
        }),
        OTHER_TENANT,
      ),
    );
    expect(cardText(invokeCard(foreign))).toContain(notFound);
    // An id that does not exist reads the same.
    const missing = invokeCard(await bot.execute(VERB.ticketRefresh, { ticketId: 'CSP-999999', version: 1 }));
    expect(cardText(missing)).toContain(t('en', 'ticket.error.notFound', { id: 'CSP-999999' }));
    expect((await stored(id)).version).toBe(1);
  });

  it('lets only the requester edit and withdraw; others in the conversation see it and are told who may', async () => {
    // A ticket made in a group chat: Carol is in that chat.
    const wizard = new WizardDriver(bot, { from: ADA, kind: 'groupChat' });
    await wizard.startByText();
    await wizard.complete(breakFix('office365', 'C'));
    const card = await wizard.submit();
    const id = idOf(card);
    await bot.delivered();

    const seen = invokeCard(await press(VERB.ticketRefresh, card, CAROL, {}, 'groupChat'));
    expect(cardText(seen)).toContain(id);
    for (const verb of [VERB.ticketWithdraw, VERB.ticketEdit]) {
      const refused = invokeCard(await press(verb, card, CAROL, {}, 'groupChat'));
      expect(cardText(refused)).toContain(t('en', 'ticket.forbidden.requester', { name: 'Ada Partner' }));
    }
    expect((await stored(id)).version).toBe(1);
    const withdrawn = invokeCard(await press(VERB.ticketWithdraw, card, ADA, {}, 'groupChat'));
    expect(cardText(withdrawn)).toContain(t('en', 'ticket.notice.withdrawn'));
  });

  it('"my tickets" lists only my tickets in my tenant, and ignores an operator in place of an id', async () => {
    await adaTicket();
    const mine = await bot.message('my tickets', { from: ADA });
    const carols = await bot.message('my tickets', { from: CAROL });
    expect(cardText(cardOf(mine.sent[0]))).toMatch(/CSP-\d{6}/);
    expect(cardText(cardOf(carols.sent[0]))).not.toMatch(/CSP-\d{6}/);
    const probe = await bot.post(
      bot.activity('personal', {
        type: 'message',
        text: 'my tickets',
        from: { id: 'user-x', name: 'Probe', aadObjectId: { $ne: null } },
      }),
    );
    expect(probe.status).toBe(400);
  });

  it('shows a ticket made in a personal chat only there, not to a group chat it was never posted in', async () => {
    const { id } = await adaTicket();
    const elsewhere = t('en', 'ticket.onlyPersonal', { id });
    // Ada asks for it by its id in a group chat: the card would show it (contact, customer) to
    // everyone there, who may not open it; she is told where she sees it.
    const asked = cardOf((await bot.message(id, { kind: 'groupChat', from: ADA })).sent[0]);
    expect(cardText(asked)).toContain(elsewhere);
    expect(cardText(asked)).not.toContain('Contoso');
    expect(findAction(asked, VERB.ticketRefresh)).toBeUndefined();
    // The same from a card's button there (an old list card, a forged press): nothing shown, nothing changed.
    const drafts = await bot.db.db.collection('drafts').countDocuments();
    for (const verb of [VERB.ticketRefresh, VERB.ticketWithdraw, VERB.ticketEdit]) {
      const pressed = invokeCard(
        await bot.execute(verb, { ticketId: id, version: 1 }, { kind: 'groupChat', from: ADA }),
      );
      expect(cardText(pressed)).toContain(elsewhere);
      expect(cardText(pressed)).not.toContain('Contoso');
    }
    expect((await stored(id)).version).toBe(1);
    expect(await bot.db.db.collection('drafts').countDocuments()).toBe(drafts);
    // "my tickets" there lists only the tickets that chat sees, and says where the others are.
    const listed = cardText(
      cardOf((await bot.message('my tickets', { kind: 'groupChat', from: ADA })).sent[0]),
    );
    expect(listed).not.toContain(id);
    expect(listed).toContain(t('en', 'ticket.list.elsewhere'));
    // In Polish too; in her personal chat she still sees it.
    const polish = cardOf((await bot.message(id, { kind: 'groupChat', from: ADA, locale: 'pl-PL' })).sent[0]);
    expect(cardText(polish)).toContain(t('pl', 'ticket.onlyPersonal', { id }));
    const personal = cardOf((await bot.message(id, { from: ADA })).sent[0]);
    expect(cardText(personal)).toContain('Contoso');
    expect(cardText(cardOf((await bot.message('my tickets', { from: ADA })).sent[0]))).toContain(id);
  });

  it('in a group chat, "my tickets" lists the tickets made there, and their cards open for everyone there', async () => {
    const wizard = new WizardDriver(bot, { from: ADA, kind: 'groupChat' });
    await wizard.startByText();
    await wizard.complete(breakFix('office365', 'B'));
    const id = idOf(await wizard.submit());
    await bot.delivered();
    const list = cardOf((await bot.message('my tickets', { kind: 'groupChat', from: ADA })).sent[0]);
    expect(cardText(list)).toContain(id);
    const open = findAction(list, VERB.ticketRefresh);
    expect(open?.data?.ticketId).toBe(id);
    const opened = invokeCard(
      await bot.execute(VERB.ticketRefresh, open?.data ?? {}, { kind: 'groupChat', from: CAROL }),
    );
    expect(cardText(opened)).toContain(`${id}:`);
  });

  describe('with a ticket channel', () => {
    beforeAll(async () => {
      await bot.message('post tickets here', { kind: 'channel', from: SUPPORT });
    });

    it('lets the channel team add the Microsoft request number, and tells the requester who may', async () => {
      const { card, id } = await adaTicket();
      // Ada's card has no box for it and says who adds it; a press sent all the same is refused.
      expect(findAction(card, VERB.ticketAddMsNumber)).toBeUndefined();
      expect(cardText(card)).toContain(t('en', 'ticket.requestNumberInChannel'));
      const ticketData = { ...findAction(card, VERB.ticketRefresh)?.data };
      const refused = invokeCard(
        await bot.execute(
          VERB.ticketAddMsNumber,
          { ...ticketData, microsoftRequestNumber: '2503070010000222' },
          { from: ADA },
        ),
      );
      expect(cardText(refused)).toContain(t('en', 'ticket.forbidden.support'));
      expect((await stored(id)).microsoftRequestNumber).toBeUndefined();

      // Sam acts from the ticket channel's team, where the ticket was posted: its card has the box.
      const channelCard = invokeCard(await press(VERB.ticketRefresh, card, SUPPORT, {}, 'channel'));
      const filed = invokeCard(
        await press(
          VERB.ticketAddMsNumber,
          channelCard,
          SUPPORT,
          { microsoftRequestNumber: '2503070010000222' },
          'channel',
        ),
      );
      expect(cardText(filed)).toContain(t('en', 'ticket.notice.filed'));
      expect(await stored(id)).toMatchObject({ microsoftRequestNumber: '2503070010000222', version: 2 });
      // A support engineer does not withdraw someone else's ticket.
      const withdraw = invokeCard(
        await press(VERB.ticketWithdraw, { ...card }, SUPPORT, { version: 2 }, 'channel'),
      );
      expect(cardText(withdraw)).toContain(t('en', 'ticket.forbidden.requester', { name: 'Ada Partner' }));
    });

    it('lets only whoever chose the channel move it, and tells the old channel', async () => {
      const moved = bot.activity('channel', {
        type: 'message',
        text: '<at>CSP Bot</at> post tickets here',
        entities: [
          { type: 'mention', text: '<at>CSP Bot</at>', mentioned: { id: 'bot-1', name: 'CSP Bot' } },
        ],
        from: MALLORY,
        channelData: {
          tenant: { id: 'tenant-1' },
          team: { id: 'team-2', name: 'Elsewhere' },
          channel: { id: '19:elsewhere@thread.tacv2', name: 'Elsewhere' },
        },
      });
      const refused = await bot.post(moved);
      expect(cardText(cardOf(refused.sent[0]))).toContain(
        t('en', 'channel.refused.owner', { name: 'Sam Support' }),
      );
      expect(await bot.db.db.collection('ticketChannels').findOne({})).toMatchObject({
        channelId: '19:general@thread.tacv2',
      });

      const before = bot.connector.calls.length;
      const ok = await bot.post({ ...moved, id: 'move-2', from: SUPPORT });
      expect(cardText(cardOf(ok.sent[0]))).toContain(t('en', 'channel.moved'));
      expect(await bot.db.db.collection('ticketChannels').findOne({})).toMatchObject({
        channelId: '19:elsewhere@thread.tacv2',
      });
      const notice = await bot.connector.waitFor(
        (c) => bot.connector.calls.indexOf(c) >= before && c.conversationId === '19:general@thread.tacv2',
      );
      expect(cardText(cardOf(notice.body))).toContain(t('en', 'channel.movedAway', { name: 'Sam Support' }));
    });
  });
});

describe('the ticket channel with BOT_ADMINS (real turns, real database)', () => {
  const bot = new BotHarness();
  const ADMIN = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  beforeAll(() => bot.start({ BOT_ADMINS: ADMIN }));
  afterAll(() => bot.stop());

  it('lets only a bot admin choose it', async () => {
    const refused = await bot.message('post tickets here', { kind: 'channel', from: SUPPORT });
    expect(cardText(cardOf(refused.sent[0]))).toContain(t('en', 'channel.refused.admins'));
    expect(await bot.db.db.collection('ticketChannels').countDocuments()).toBe(0);
    const bound = await bot.message('post tickets here', {
      kind: 'channel',
      from: { id: 'user-7', name: 'Admin', aadObjectId: ADMIN.toUpperCase() },
    });
    expect(cardText(cardOf(bound.sent[0]))).toContain(t('en', 'channel.bound'));
  });
});
