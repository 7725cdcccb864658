import { VERB } from '../../../../src/cards/verbs';
import type { Sender } from '../../../helpers/botHarness';
import { t } from '../../../../src/i18n';
import { breakFix } from '../../../helpers/answers';
import { cardNodes, cardOf, cardText } from '../../../helpers/cardNodes';
import { ADA, BOB, RouteHarness } from '../../../helpers/routeHarness';
import { cardActions, findAction, invokeCard, WizardDriver, type Card } from '../../../helpers/wizardDriver';

const MALLORY: Sender = {
  id: '29:mallory',
  name: 'Mallory',
  aadObjectId: '0c0c0c0c-0000-4000-8000-00000000000c',
};
const SUPPORT: Sender = {
  id: '29:sam',
  name: 'Sam Support',
  aadObjectId: '0d0d0d0d-0000-4000-8000-00000000000d',
};
const NUMBER = '2503070010000222';

describe('tickets route: my tickets and the ticket card buttons', () => {
  let bot: RouteHarness;
  beforeEach(() => {
    bot = new RouteHarness();
  });

  const idOf = (card: Card) => String(findAction(card, VERB.ticketRefresh)?.data?.ticketId);
  /** Presses `verb` on `card` as `from` in `kind`, with `extra` merged into the button's data. */
  const press = (
    verb: string,
    card: Card,
    from: Sender,
    kind: 'personal' | 'groupChat' | 'channel',
    extra: Record<string, unknown> = {},
  ) => bot.execute(verb, { ...findAction(card, verb)?.data, ...extra }, { from, kind }).then(invokeCard);

  /** A ticket Ada makes in `kind`. */
  const adaTicket = async (kind: 'personal' | 'groupChat' = 'groupChat') => {
    const wizard = new WizardDriver(bot, { from: ADA, kind });
    await wizard.startByText();
    await wizard.complete(breakFix('office365', 'C'));
    const card = await wizard.submit();
    await bot.delivered();
    return { card, id: idOf(card) };
  };
  const stored = (id: string) => bot.tickets.tickets.get(id);

  it('lets only the requester withdraw and edit; others in the conversation are told who may', async () => {
    const { card, id } = await adaTicket();
    const before = bot.snapshot();
    const seen = await press(VERB.ticketRefresh, card, BOB, 'groupChat');
    expect(cardText(seen)).toContain(id);
    for (const verb of [VERB.ticketWithdraw, VERB.ticketEdit]) {
      const refused = await press(verb, card, BOB, 'groupChat');
      expect(cardText(refused)).toContain(t('en', 'ticket.forbidden.requester', { name: ADA.name }));
    }
    expect(bot.snapshot()).toEqual(before);

    const withdrawn = await press(VERB.ticketWithdraw, card, ADA, 'groupChat');
    expect(cardText(withdrawn)).toContain(t('en', 'ticket.notice.withdrawn'));
    expect(stored(id)).toMatchObject({ status: 'withdrawn', version: 2 });
  });

  it('shows nothing to someone outside the ticket’s conversation: the same answer as a missing ticket', async () => {
    const { card, id } = await adaTicket();
    const before = bot.snapshot();
    for (const verb of [VERB.ticketRefresh, VERB.ticketWithdraw, VERB.ticketEdit, VERB.ticketAddMsNumber]) {
      const answer = await press(verb, card, MALLORY, 'personal', { microsoftRequestNumber: NUMBER });
      expect(cardText(answer)).toContain(t('en', 'ticket.error.notFound', { id }));
      expect(cardText(answer)).not.toContain('Contoso');
    }
    const foreign = invokeCard(
      await bot.execute(
        VERB.ticketRefresh,
        { ticketId: id, version: 1 },
        { tenantId: '8a1c2b3d-0000-4000-8000-00000000bbbb' },
      ),
    );
    // Any tenant may use the bot here; another tenant still never sees this one's ticket.
    expect(cardText(foreign)).toContain(t('en', 'ticket.error.notFound', { id }));
    expect(bot.snapshot()).toEqual(before);
  });

  it('with a ticket channel, only its team adds the Microsoft request number', async () => {
    const bound = await bot.message('post tickets here', { kind: 'channel', from: SUPPORT });
    expect(cardText(cardOf(bound.sent[0]))).toContain(t('en', 'channel.bound'));
    const { card, id } = await adaTicket('personal');
    const refused = await press(VERB.ticketAddMsNumber, card, ADA, 'personal', {
      microsoftRequestNumber: NUMBER,
    });
    expect(cardText(refused)).toContain(t('en', 'ticket.forbidden.support'));
    expect(stored(id)?.microsoftRequestNumber).toBeUndefined();

    const filed = await press(VERB.ticketAddMsNumber, card, SUPPORT, 'channel', {
      microsoftRequestNumber: NUMBER,
    });
    expect(cardText(filed)).toContain(t('en', 'ticket.notice.filed'));
    expect(stored(id)).toMatchObject({ microsoftRequestNumber: NUMBER, version: 2 });
    await bot.delivered();
    expect(bot.notifier.updated.map((u) => u.status)).toContain('filed-with-microsoft');
  });

  it('a refused request number comes back in its box as shown, a lone half of a surrogate pair replaced', async () => {
    // No ticket channel: the requester adds the number, from their own card.
    const { card, id } = await adaTicket('personal');
    const refused = await press(VERB.ticketAddMsNumber, card, ADA, 'personal', {
      microsoftRequestNumber: '1234\ud83d5678',
    });
    expect(cardText(refused)).toContain(t('en', 'ticket.error.invalid-request-number'));
    const box = cardNodes(refused).find((node) => node.id === 'microsoftRequestNumber');
    expect(box?.value).toBe('1234\uFFFD5678');
    expect(stored(id)?.microsoftRequestNumber).toBeUndefined();
  });

  it('with a ticket channel, the request number box is on the channel’s card only; the requester’s card says who adds it', async () => {
    const { card, id } = await adaTicket('personal');
    // No ticket channel yet: the requester adds the number, from their own card.
    const before = await press(VERB.ticketRefresh, card, ADA, 'personal');
    expect(findAction(before, VERB.ticketAddMsNumber)).toBeDefined();
    expect(cardText(before)).not.toContain(t('en', 'ticket.requestNumberInChannel'));

    await bot.message('post tickets here', { kind: 'channel', from: SUPPORT });
    for (const lang of ['en', 'pl'] as const) {
      const mine = await press(VERB.ticketRefresh, card, ADA, 'personal', { lang });
      expect(findAction(mine, VERB.ticketAddMsNumber)).toBeUndefined();
      expect(cardText(mine)).toContain(t(lang, 'ticket.requestNumberInChannel'));
    }
    const theirs = await press(VERB.ticketRefresh, card, SUPPORT, 'channel');
    expect(findAction(theirs, VERB.ticketAddMsNumber)).toMatchObject({ data: { ticketId: id } });
    expect(cardText(theirs)).not.toContain(t('en', 'ticket.requestNumberInChannel'));

    // A refusal shown on the requester's card has no box either.
    const refused = await press(VERB.ticketAddMsNumber, card, ADA, 'personal', {
      microsoftRequestNumber: NUMBER,
    });
    expect(cardText(refused)).toContain(t('en', 'ticket.forbidden.support'));
    expect(findAction(refused, VERB.ticketAddMsNumber)).toBeUndefined();

    // The cards delivered in the background after support filed it: the box stays on the channel's.
    await press(VERB.ticketAddMsNumber, card, SUPPORT, 'channel', { microsoftRequestNumber: NUMBER });
    await bot.delivered();
    const made = stored(id)?.conversation.id;
    const updates = bot.notifier.updated.map(
      (u) => u.post as { conversationId: string; requestNumberHere?: boolean },
    );
    expect(updates.map((u) => [u.conversationId === made, u.requestNumberHere])).toEqual(
      expect.arrayContaining([[true, false]]),
    );
    for (const update of updates) expect(update.requestNumberHere).toBe(update.conversationId !== made);
  });

  it('a card showing an older version changes nothing and shows the current ticket', async () => {
    const { card, id } = await adaTicket();
    await press(VERB.ticketAddMsNumber, card, ADA, 'groupChat', {
      microsoftRequestNumber: '2503070010000111',
    });
    const before = bot.snapshot();
    const again = await press(VERB.ticketWithdraw, card, ADA, 'groupChat');
    expect(cardText(again)).toContain(t('en', 'ticket.error.stale'));
    expect(stored(id)?.version).toBe(2);
    expect(bot.snapshot()).toEqual(before);
  });

  it('the same change pressed again on an older card says it holds, and records nothing more', async () => {
    const { card, id } = await adaTicket();
    await press(VERB.ticketWithdraw, card, ADA, 'groupChat');
    const before = bot.snapshot();
    const again = await press(VERB.ticketWithdraw, card, ADA, 'groupChat');
    expect(cardText(again)).toContain(t('en', 'ticket.notice.withdrawn'));
    expect(cardText(again)).not.toContain(t('en', 'ticket.error.stale'));
    expect(stored(id)?.version).toBe(2);
    expect(bot.snapshot()).toEqual(before);
  });

  it('edit opens the wizard on the ticket, at its review step, for the requester', async () => {
    const { card } = await adaTicket();
    const review = await press(VERB.ticketEdit, card, ADA, 'groupChat');
    expect(new WizardDriver(bot).position(review).step).toBe('review');
  });

  it('an edit says it saves changes to the ticket, in the language of the turn, and Cancel keeps the ticket', async () => {
    for (const [command, lang] of [
      ['new ticket', 'en'],
      ['nowe zgłoszenie', 'pl'],
    ] as const) {
      const edit = new WizardDriver(bot, { from: ADA, kind: 'groupChat' });
      await edit.startByText(command);
      await edit.complete(breakFix('office365', 'C'));
      const id = idOf(await edit.submit());
      const review = await edit.press(VERB.ticketEdit);
      const text = cardText(review);
      expect(text).toContain(t(lang, 'wizard.title.edit', { id }));
      expect(text).toContain(t(lang, 'wizard.intro.review.edit'));
      expect(text).not.toContain(t(lang, 'wizard.intro.review'));
      expect(findAction(review, VERB.wizardSubmit)?.title).toBe(t(lang, 'wizard.action.saveChanges'));
      expect(text).not.toContain(t(lang, 'wizard.action.submit'));
      const version = stored(id)?.version;
      const cancelledCard = await edit.cancel();
      const cancelled = cardText(cancelledCard);
      expect(cancelled).toContain(t(lang, 'wizard.cancelled.edit.text', { id }));
      expect(cancelled).not.toContain(t(lang, 'wizard.cancelled.title'));
      expect(stored(id)?.version).toBe(version);
      // Its first button shows the ticket again, with the ticket's own buttons.
      const show = findAction(cancelledCard, VERB.ticketRefresh);
      expect(show?.title).toBe(t(lang, 'wizard.action.showTicket', { id }));
      const ticket = await press(VERB.ticketRefresh, cancelledCard, ADA, 'groupChat');
      expect(cardText(ticket)).toContain(id);
      expect(findAction(ticket, VERB.ticketEdit)).toBeDefined();
    }
  });

  it('a button with data that is not a ticket’s: the invalid-action card, nothing changed', async () => {
    await adaTicket();
    const before = bot.snapshot();
    for (const data of [{ ticketId: 'CSP-1', version: 1 }, { ticketId: { $ne: null }, version: 1 }, {}]) {
      const card = invokeCard(await bot.execute(VERB.ticketWithdraw, data));
      expect(cardText(card)).toContain(t('en', 'action.invalid'));
    }
    expect(bot.snapshot()).toEqual(before);
  });

  it('"my tickets" / "moje zgłoszenia" lists only my tickets, in the command’s language', async () => {
    const { id } = await adaTicket('personal');
    const mine = cardText(cardOf((await bot.message('moje zgłoszenia')).sent[0]));
    expect(mine).toContain(t('pl', 'ticket.list.title'));
    expect(mine).toContain(id);
    const bobs = cardText(cardOf((await bot.message('my tickets', { from: BOB })).sent[0]));
    expect(bobs).toContain(t('en', 'ticket.list.empty'));
    expect(bobs).not.toContain(id);
  });

  it('opens a ticket asked for by its id, only where the ticket may be seen', async () => {
    const { id } = await adaTicket('personal');
    const before = bot.snapshot();
    const short = `csp-${Number(id.slice(4))}`;
    for (const [text, lang] of [
      [id, 'en'],
      [`status of ${short}?`, 'en'],
      [`gdzie jest ${id}`, 'pl'],
    ] as const) {
      const shown = cardText(cardOf((await bot.message(text, { from: ADA })).sent[0]));
      expect(shown).toContain(id);
      expect(shown).toContain(t(lang, 'ticket.status.ready-to-file'));
    }
    // Another tenant's user gets the same answer as for a ticket that does not exist.
    const other = await bot.message(id, { from: MALLORY, tenantId: 'a1b2c3d4-0000-4000-8000-000000000001' });
    expect(cardText(cardOf(other.sent[0]))).toContain(t('en', 'ticket.error.notFound', { id }));
    const none = await bot.message('CSP-999999');
    expect(cardText(cardOf(none.sent[0]))).toContain(t('en', 'ticket.error.notFound', { id: 'CSP-999999' }));
    expect(bot.snapshot()).toEqual(before);
  });

  it('a ticket asked for by its id while the database does not answer: the unavailable notice and a Retry of it', async () => {
    const { id } = await adaTicket('personal');
    jest.spyOn(bot.tickets, 'get').mockRejectedValue(new Error('database unavailable'));
    const answer = cardOf((await bot.message(id, { from: ADA })).sent[0]);
    // Nothing was typed: the notice says to retry, not that inputs are kept.
    expect(cardText(answer)).toContain(t('en', 'db.unavailableRetry'));
    expect(cardText(answer)).not.toContain(t('en', 'db.unavailableKept'));
    expect(cardActions(answer).find((a) => a.title === t('en', 'action.retry'))).toMatchObject({
      verb: VERB.ticketRefresh,
      data: { ticketId: id },
    });
    // Once the database answers again, the Retry shows the ticket.
    jest.restoreAllMocks();
    const again = await press(VERB.ticketRefresh, answer as Card, ADA, 'personal');
    expect(cardText(again)).not.toContain(t('en', 'action.invalid'));
    expect(findAction(again, VERB.ticketEdit)?.data).toMatchObject({ ticketId: id });
  });

  it('"my tickets" while the database does not answer: the unavailable notice and a Retry that lists them once it answers', async () => {
    const { id } = await adaTicket('personal');
    jest.spyOn(bot.tickets, 'listByRequester').mockRejectedValue(new Error('database unavailable'));
    const answer = cardOf((await bot.message('moje zgłoszenia', { from: ADA, locale: 'pl-PL' })).sent[0]);
    expect(cardText(answer)).toContain(t('pl', 'db.unavailableRetry'));
    const retry = cardActions(answer).find((a) => a.title === t('pl', 'action.retry'));
    expect(retry).toMatchObject({ verb: VERB.ticketList, data: {} });
    // Pressed while it still does not answer: the same notice again, with its Retry.
    const still = await press(VERB.ticketList, answer as Card, ADA, 'personal');
    expect(cardText(still)).toContain(t('en', 'db.unavailableRetry'));
    expect(findAction(still, VERB.ticketList)).toBeDefined();
    jest.restoreAllMocks();
    const listed = await press(VERB.ticketList, answer as Card, ADA, 'personal');
    expect(cardText(listed)).toContain(id);
    // Bob has no tickets: his Retry lists none of Ada's.
    const bobs = await press(VERB.ticketList, answer as Card, BOB, 'personal');
    expect(cardText(bobs)).not.toContain(id);
  });

  it('while the database refuses writes, withdraw keeps the ticket as it was, with the unavailable notice and a Retry', async () => {
    const { card, id } = await adaTicket();
    bot.tickets.failing = true;
    const answer = await press(VERB.ticketWithdraw, card, ADA, 'groupChat');
    expect(cardText(answer)).toContain(t('en', 'db.unavailableKept'));
    expect(cardText(answer)).toContain(t('en', 'ticket.status.ready-to-file'));
    const retry = cardActions(answer).find((a) => a.title === t('en', 'action.retry'));
    expect(retry).toMatchObject({
      verb: VERB.ticketWithdraw,
      data: findAction(card, VERB.ticketWithdraw)?.data,
    });
    expect(stored(id)).toMatchObject({ status: 'ready-to-file', version: 1 });

    bot.tickets.failing = false;
    const retried = invokeCard(
      await bot.execute(retry?.verb ?? '', retry?.data ?? {}, { kind: 'groupChat' }),
    );
    expect(cardText(retried)).toContain(t('en', 'ticket.notice.withdrawn'));
  });
});
