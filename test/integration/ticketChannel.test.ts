import { newTicketFromDraft } from '../../src/domain/ticket';
import { t } from '../../src/i18n';
import { BotHarness, cardOf, cardText } from '../helpers/botHarness';
import { findAction } from '../helpers/wizardDriver';

type InvokeBody = { value: Record<string, unknown> };

/** The data of the card's Action.Execute with `verb`; the test fails if the card has none. */
function executeData(card: unknown, verb: string): Record<string, unknown> {
  const action = findAction(card, verb);
  if (!action) throw new Error(`no ${verb} action in the card`);
  return { ...(action.data ?? {}) };
}

const ANSWERS: Record<string, Record<string, string>> = {
  role: { role: 'direct-bill' },
  service: { service: 'office365', problemType: 'non-break-fix' },
  criteria: { serviceHealthChecked: 'true', troubleshootingDone: 'true' },
  details: {
    customerName: 'Fabrikam',
    customerDomain: 'fabrikam.onmicrosoft.com',
    title: 'Mailbox quota question',
    description: 'How is the archive quota counted?',
    contactName: 'Ada',
    contactEmail: 'ada@contoso.com',
    contactLanguage: 'en',
  },
};

describe('ticket channel (real turns, real database)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  it('explains that only a team channel can receive tickets', async () => {
    const result = await bot.message('post tickets here', { kind: 'groupChat' });
    expect(cardText(cardOf(result.sent[0]))).toMatch(/only be posted to a team channel/);
    expect(await bot.db.db.collection('ticketChannels').countDocuments()).toBe(0);
  });

  it('posts a ticket made in a personal chat to the tenant’s channel and keeps the card current', async () => {
    const bound = await bot.message('publikuj zgłoszenia tutaj', { kind: 'channel' });
    expect(cardText(cardOf(bound.sent[0]))).toMatch(/publikowane na tym kanale/);
    expect(await bot.db.db.collection('ticketChannels').findOne({ _id: 'tenant-1' as never })).toMatchObject({
      channelId: '19:general@thread.tacv2',
      lang: 'pl',
    });

    const started = await bot.message('new ticket');
    let card: unknown = cardOf(started.sent[0]);
    let submitted: InvokeBody | undefined;
    let reviewCard: unknown;
    for (let i = 0; i < 10 && !submitted; i++) {
      const isReview = JSON.stringify(card).includes('"wizard.submit"');
      const data = executeData(card, isReview ? 'wizard.submit' : 'wizard.next');
      const result = await bot.execute(isReview ? 'wizard.submit' : 'wizard.next', {
        ...data,
        ...(ANSWERS[String(data.step)] ?? {}),
      });
      if (isReview) reviewCard = card;
      card = (result.body as InvokeBody).value;
      if (isReview) {
        submitted = result.body as InvokeBody;
        // Posted after the answer, from the ticket's record of what is still to deliver.
        await bot.delivered();
        // The new post went to the channel id, with the Polish card.
        const post = bot.connector.calls.find(
          (c) => c.method === 'POST' && c.conversationId === '19:general@thread.tacv2',
        );
        expect(post).toBeDefined();
        expect(cardText(cardOf(post?.body))).toMatch(/Zgłoszenie|CSP-/);
      }
    }
    // The support engineers add the Microsoft request number from the channel's card: the requester's
    // card has no box for it, and says so.
    expect(findAction(submitted?.value, 'ticket.addMsNumber')).toBeUndefined();
    expect(cardText(submitted?.value)).toContain(t('en', 'ticket.requestNumberInChannel'));
    const channelPost = bot.connector.calls.find(
      (c) => c.method === 'POST' && c.conversationId === '19:general@thread.tacv2',
    );
    expect(findAction(cardOf(channelPost?.body), 'ticket.addMsNumber')).toBeDefined();
    // A retried submit shows the same card.
    const retried = await bot.execute('wizard.submit', executeData(reviewCard, 'wizard.submit'));
    expect(findAction((retried.body as InvokeBody).value, 'ticket.addMsNumber')).toBeUndefined();

    const ticket = await bot.db.db.collection('tickets').findOne({});
    // The wizard's card in the personal chat (it showed the new ticket to its only reader), and the
    // channel post; recording posts is no change of the ticket.
    expect(ticket?.channelPosts).toEqual([
      { conversationId: 'personal-1', activityId: 'card-1', lang: 'en', shown: 1 },
      { conversationId: '19:general@thread.tacv2', activityId: expect.any(String), lang: 'pl', shown: 1 },
    ]);
    expect(ticket?.version).toBe(1);
    expect(ticket?.history.map((h: { action: string }) => h.action)).toEqual(['created']);
    expect(ticket?.delivery).toMatchObject({ pending: false });
    expect(
      bot.connector.calls.filter(
        (c) => c.method === 'POST' && c.conversationId === '19:general@thread.tacv2',
      ),
    ).toHaveLength(1);

    // Withdrawing the ticket from the personal chat updates the channel card in place; the personal
    // card already shows the answer.
    const before = bot.connector.calls.length;
    await bot.execute('ticket.withdraw', executeData(submitted?.value, 'ticket.withdraw'));
    await bot.delivered();
    const updates = bot.connector.calls.slice(before).filter((c) => c.method === 'PUT');
    expect(updates.map((u) => [u.conversationId, u.activityId])).toEqual([
      ['19:general@thread.tacv2', ticket?.channelPosts[1].activityId],
    ]);
    expect(cardText(cardOf(updates[0]?.body))).toMatch(/Withdrawn|Wycofane/);
    const after = await bot.db.db.collection('tickets').findOne({});
    expect(after?.channelPosts.map((p: { shown: number }) => p.shown)).toEqual([2, 2]);
    expect((await bot.db.db.collection('tickets').findOne({}))?.status).toBe('withdrawn');
  });

  it('ends an edit made in a chat with the same card: no request number box while there is a ticket channel', async () => {
    let card: unknown = cardOf((await bot.message('new ticket')).sent[0]);
    for (let i = 0; i < 10 && !JSON.stringify(card).includes('"wizard.submit"'); i++) {
      const data = executeData(card, 'wizard.next');
      const result = await bot.execute('wizard.next', { ...data, ...(ANSWERS[String(data.step)] ?? {}) });
      card = (result.body as InvokeBody).value;
    }
    const made = (await bot.execute('wizard.submit', executeData(card, 'wizard.submit'))).body as InvokeBody;
    await bot.delivered();
    const editing = await bot.execute('ticket.edit', executeData(made.value, 'ticket.edit'));
    const review = (editing.body as InvokeBody).value;
    const saved = await bot.execute('wizard.submit', {
      ...executeData(review, 'wizard.submit'),
    });
    const edited = (saved.body as InvokeBody).value;
    expect(cardText(edited)).toContain(t('en', 'ticket.notice.edited'));
    expect(findAction(edited, 'ticket.addMsNumber')).toBeUndefined();
    expect(cardText(edited)).toContain(t('en', 'ticket.requestNumberInChannel'));
    await bot.delivered();
  });
});

describe('ticket cards in shared conversations (real turns, real database)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  it('turns the wizard card in a group chat into the ticket card for everyone, and keeps it current', async () => {
    const started = await bot.message('new ticket', { kind: 'groupChat' });
    let card: unknown = cardOf(started.sent[0]);
    let submitted: InvokeBody | undefined;
    for (let i = 0; i < 10 && !submitted; i++) {
      const isReview = JSON.stringify(card).includes('"wizard.submit"');
      const verb = isReview ? 'wizard.submit' : 'wizard.next';
      const data = { ...executeData(card, verb), ...(ANSWERS[String(executeData(card, verb).step)] ?? {}) };
      const before = bot.connector.calls.length;
      const result = await bot.execute(verb, data, { kind: 'groupChat', replyToId: 'wizard-card-1' });
      card = (result.body as InvokeBody).value;
      if (isReview) {
        submitted = result.body as InvokeBody;
        await bot.delivered();
        const put = bot.connector.calls.slice(before).find((c) => c.method === 'PUT');
        expect(put?.conversationId).toBe('group-1');
        expect(put?.activityId).toBe('wizard-card-1');
        expect(cardText(cardOf(put?.body))).toMatch(/CSP-\d{6}/);
      }
    }
    const ticket = await bot.db.db.collection('tickets').findOne({});
    expect(ticket?.channelPosts).toEqual([
      { conversationId: 'group-1', activityId: 'wizard-card-1', lang: 'en', shown: 1 },
    ]);

    const before = bot.connector.calls.length;
    await bot.execute('ticket.withdraw', executeData(submitted?.value, 'ticket.withdraw'), {
      kind: 'groupChat',
    });
    await bot.delivered();
    const update = bot.connector.calls.slice(before).find((c) => c.method === 'PUT');
    expect(update).toMatchObject({ conversationId: 'group-1', activityId: 'wizard-card-1' });
    expect(cardText(cardOf(update?.body))).toMatch(/Withdrawn/);
  });
});

describe('my tickets (real turns, real database)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  it('says clearly when a ticket no longer exists, and writes nothing', async () => {
    const result = await bot.execute(
      'ticket.withdraw',
      { ticketId: 'CSP-999999', version: 1 },
      { locale: 'pl-PL' },
    );
    expect(cardText((result.body as { value: unknown }).value)).toContain('CSP-999999');
    expect(cardText((result.body as { value: unknown }).value)).toMatch(
      /Nie udało mi się znaleźć zgłoszenia/,
    );
    expect(await bot.db.db.collection('tickets').countDocuments({ _id: 'CSP-999999' as never })).toBe(0);
  });

  it('says there are none yet, in Polish for "moje zgłoszenia"', async () => {
    const result = await bot.message('moje zgłoszenia');
    expect(cardText(cardOf(result.sent[0]))).toMatch(/Nie masz jeszcze zgłoszeń/);
  });

  it('lists only my tickets, newest change first, each with an Open button', async () => {
    const tickets = bot.db.db.collection('tickets');
    const make = (seq: number, requester: { id: string; name: string }, at: string) =>
      newTicketFromDraft(
        {
          answers: {
            role: 'direct-bill',
            service: 'azure',
            problemType: 'billing',
            prerequisites: ['service-health-checked', 'troubleshooting-done'],
            criteria: [],
            details: {
              customer: { name: 'Contoso', domain: 'contoso.com' },
              title: `Invoice question ${seq}`,
              description: 'Twice charged.',
              contact: { name: 'Ada', email: 'ada@contoso.com', language: 'en' },
            },
          },
        },
        {
          seq,
          requester,
          conversation: { id: 'personal-1', serviceUrl: 'https://smba.example.net/' },
          tenantId: 'tenant-1',
          now: new Date(at),
          idempotencyKey: `k-${seq}`,
        },
      );
    await tickets.insertMany([
      make(1, { id: 'aad-user-1', name: 'Ada' }, '2026-11-01T10:00:00Z'),
      make(2, { id: 'someone-else', name: 'Bo' }, '2026-11-02T10:00:00Z'),
      make(3, { id: 'aad-user-1', name: 'Ada' }, '2026-11-03T10:00:00Z'),
    ] as never[]);
    const result = await bot.message('my tickets');
    const text = cardText(cardOf(result.sent[0]));
    expect(text).toMatch(/CSP-000003[\s\S]*CSP-000001/);
    expect(text).not.toMatch(/CSP-000002/);

    const open = await bot.execute('ticket.refresh', { ticketId: 'CSP-000001', version: 1 });
    expect(cardText((open.body as { value: unknown }).value)).toMatch(/CSP-000001: Invoice question 1/);
  });
});
