import { VERB } from '../../src/cards/verbs';
import type { Ticket } from '../../src/domain/ticket';
import { t } from '../../src/i18n';
import { breakFix } from '../helpers/answers';
import { BotHarness, cardText, type Sender } from '../helpers/botHarness';
import { findAction, invokeCard, WizardDriver, type Card } from '../helpers/wizardDriver';

/**
 * Many people pressing at once, through real HTTP turns on the real database: every answer that
 * says a change was saved is exactly one recorded change, and ticket numbers are never wasted.
 */
describe('concurrent submits and ticket actions (real turns, real database)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start({ LOG_LEVEL: 'error' }));
  afterAll(() => bot.stop());

  const user = (n: number): Sender => ({ id: `user-${n}`, name: `User ${n}`, aadObjectId: `aad-${n}` });
  const counter = async () =>
    (await bot.db.db.collection<{ _id: string; seq: number }>('counters').findOne({ _id: 'tickets' }))?.seq ??
    0;
  const ticketIdOf = (card: Card) => /CSP-\d{6}/.exec(cardText(card))?.[0];

  const toReview = async (from: Sender, title: string): Promise<WizardDriver> => {
    const wizard = new WizardDriver(bot, { from });
    await wizard.startByText();
    await wizard.complete(breakFix('azure', 'B', { title }));
    return wizard;
  };

  it('20 users submitting at once get 20 tickets with unique, consecutive numbers', async () => {
    const wizards = await Promise.all(Array.from({ length: 20 }, (_, n) => toReview(user(n), `Outage ${n}`)));
    const before = await counter();
    const cards = await Promise.all(wizards.map((w) => w.submit()));

    const ids = cards.map(ticketIdOf);
    cards.forEach((card, i) =>
      expect(cardText(card)).toContain(t('en', 'ticket.notice.created', { id: ids[i] ?? '' })),
    );
    expect(new Set(ids).size).toBe(20);
    const numbers = ids.map((id) => Number(id?.slice(4))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => before + 1 + i));
    expect(await counter()).toBe(before + 20);
    const stored = await bot.db.db.collection<Ticket>('tickets').countDocuments({
      _id: { $in: ids.filter((id): id is string => id !== undefined) },
    });
    expect(stored).toBe(20);
  }, 120_000);

  it('100 identical submits at once make one ticket and use one number', async () => {
    const wizard = await toReview(user(100), 'Retried submit');
    const data = { ...findAction(wizard.card, VERB.wizardSubmit)?.data };
    const before = await counter();
    const results = await Promise.all(
      Array.from({ length: 100 }, () => bot.execute(VERB.wizardSubmit, data, { from: user(100) })),
    );
    const ids = new Set(results.map((r) => ticketIdOf(invokeCard(r))));
    expect(ids.size).toBe(1);
    expect(await counter()).toBe(before + 1);
    const [id] = [...ids];
    const tickets = bot.db.db.collection<Ticket>('tickets');
    const stored = await tickets.findOne({ _id: id ?? '' });
    expect(await tickets.countDocuments({ idempotencyKey: stored?.idempotencyKey ?? '' })).toBe(1);
  }, 120_000);

  it('50 conflicting actions on one ticket: as many "saved" answers as recorded changes', async () => {
    const wizard = await toReview(user(200), 'Conflicts');
    const ticketId = ticketIdOf(await wizard.submit()) ?? '';
    const tickets = bot.db.db.collection<Ticket>('tickets');
    const filed = t('en', 'ticket.notice.filed');
    let saidSaved = 0;
    // Five waves of ten: each wave presses buttons of the card version it read, all at once.
    for (let wave = 0; wave < 5; wave++) {
      const version = (await tickets.findOne({ _id: ticketId }))?.version ?? 0;
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          bot.execute(
            VERB.ticketAddMsNumber,
            { ticketId, version, microsoftRequestNumber: `2511${wave}${i}00000001` },
            { from: user(200) },
          ),
        ),
      );
      saidSaved += results.filter((r) => cardText(invokeCard(r)).includes(filed)).length;
    }
    const stored = await tickets.findOne({ _id: ticketId });
    const changes = (stored?.history ?? []).filter((h) => h.action === 'microsoft-request-number');
    expect(saidSaved).toBe(changes.length);
    expect(changes.length).toBe(5);
    expect(stored?.version).toBe(stored?.history.length);
  }, 120_000);

  it('a button pressed twice at once, or again on a card not yet updated, is told its change holds, not that it was lost', async () => {
    const wizard = await toReview(user(300), 'Pressed twice');
    const ticketId = ticketIdOf(await wizard.submit()) ?? '';
    const tickets = bot.db.db.collection<Ticket>('tickets');
    const lost = t('en', 'ticket.error.conflict');
    const stale = t('en', 'ticket.error.stale');
    // The same request number saved by a double click: both answers say it is saved, one change recorded.
    const number = { ticketId, version: 1, microsoftRequestNumber: '2511300000000001' };
    const saved = await Promise.all(
      [0, 1].map(() => bot.execute(VERB.ticketAddMsNumber, number, { from: user(300) })),
    );
    for (const result of saved) {
      expect(cardText(invokeCard(result))).toContain(t('en', 'ticket.notice.filed'));
      expect(cardText(invokeCard(result))).not.toContain(lost);
    }
    // Pressed again on a card still showing version 1: the number is there, as asked.
    const again = cardText(
      invokeCard(await bot.execute(VERB.ticketAddMsNumber, number, { from: user(300) })),
    );
    expect(again).toContain(t('en', 'ticket.notice.filed'));
    expect(again).not.toContain(stale);
    // Withdraw, double-clicked, in Polish: both say it is withdrawn.
    const withdrawn = await Promise.all(
      [0, 1].map(() =>
        bot.execute(VERB.ticketWithdraw, { ticketId, version: 2 }, { from: user(300), locale: 'pl-PL' }),
      ),
    );
    for (const result of withdrawn) {
      expect(cardText(invokeCard(result))).toContain(t('pl', 'ticket.notice.withdrawn'));
      expect(cardText(invokeCard(result))).not.toContain(t('pl', 'ticket.error.conflict'));
    }
    const stored = await tickets.findOne({ _id: ticketId });
    expect(stored?.history.map((h) => h.action)).toEqual([
      'created',
      'microsoft-request-number',
      'withdrawn',
    ]);
    // A different number on the old card is still refused as out of date: that change was not made.
    const other = cardText(
      invokeCard(
        await bot.execute(
          VERB.ticketAddMsNumber,
          { ...number, microsoftRequestNumber: '2511300000000002' },
          { from: user(300) },
        ),
      ),
    );
    expect(other).toContain(stale);
  }, 60_000);
});
