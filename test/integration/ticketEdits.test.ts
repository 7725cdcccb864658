import { Collection, MongoNetworkTimeoutError } from 'mongodb';
import { VERB } from '../../src/cards/verbs';
import type { Ticket } from '../../src/domain/ticket';
import { t } from '../../src/i18n';
import { breakFix } from '../helpers/answers';
import { BotHarness, cardText, type Sender } from '../helpers/botHarness';
import { findAction, WizardDriver, type Card } from '../helpers/wizardDriver';

const idOf = (card: Card) => String(findAction(card, VERB.ticketRefresh)?.data?.ticketId);

const BOB: Sender = { id: 'user-2', name: 'Bob Support', aadObjectId: 'aad-user-2' };

/**
 * An edit never overwrites newer changes (real turns, real database): Ada edits her ticket on two
 * devices while Bob, a support engineer of the ticket channel's team, adds the Microsoft number.
 */
describe('editing a ticket that changes meanwhile', () => {
  const bot = new BotHarness();
  beforeAll(async () => {
    await bot.start();
    // Bob's team receives the tenant's tickets, so Bob is a support engineer.
    await bot.message('post tickets here', { kind: 'channel', from: BOB });
  });
  afterAll(() => bot.stop());

  const stored = async (id: string) =>
    (await bot.db.db.collection<Ticket>('tickets').findOne({ _id: id })) as Ticket;

  /** Ada's ticket, and a second card of it (her other device). */
  const adaTicket = async () => {
    const ada = new WizardDriver(bot);
    await ada.startByText();
    await ada.complete(breakFix('azure', 'A'));
    const card = await ada.submit();
    const other = new WizardDriver(bot);
    other.card = card;
    return { ada, other, card, id: idOf(card) };
  };

  it('shows what changed and keeps the inputs, then saves on top of the change', async () => {
    const { ada, other, card, id } = await adaTicket();
    // Ada opens Edit on version 1 and changes the severity.
    await ada.press(VERB.ticketEdit);
    await ada.back();
    await ada.back();
    await ada.answer({ severity: 'C' });
    await ada.complete({});
    // Meanwhile Bob adds the Microsoft request number from the channel (v2) ...
    const bob = new WizardDriver(bot, { from: BOB, kind: 'channel' });
    bob.card = card;
    await bob.press(VERB.ticketRefresh); // the card as the channel shows it, with the number box
    await bob.press(VERB.ticketAddMsNumber, { microsoftRequestNumber: '2503070010000777' });
    // ... and Ada, on her other device, edits the title (v3).
    await other.press(VERB.ticketEdit, { version: 2 });
    await other.back();
    await other.complete({ title: 'Title set on the desktop' });
    expect(cardText(await other.submit())).toContain(t('en', 'ticket.notice.edited'));
    expect(await stored(id)).toMatchObject({ version: 3, title: 'Title set on the desktop' });

    // The first edit is submitted: nothing is saved; it shows who changed what, keeping the severity.
    const shown = await ada.submit();
    expect(cardText(shown)).not.toContain(t('en', 'ticket.notice.edited'));
    expect(cardText(shown)).toContain('Bob Support');
    expect(cardText(shown)).toContain(t('en', 'field.title'));
    expect(cardText(shown)).toContain(t('en', 'field.microsoftRequestNumber'));
    expect(cardText(shown)).toContain('Title set on the desktop');
    expect(cardText(shown)).toContain(t('en', 'wizard.severity.C'));
    expect(await stored(id)).toMatchObject({ version: 3, severity: 'A' });
    // "Save again", says the notice, next to the button that saves the changes.
    expect(cardText(shown)).toContain(
      t('en', 'edit.changedMeanwhile', { by: '', fields: '' }).split('. ').pop(),
    );
    expect(findAction(shown, VERB.wizardSubmit)?.title).toBe(t('en', 'wizard.action.saveChanges'));

    // Saving again applies her change on top of the others.
    expect(cardText(await ada.submit())).toContain(t('en', 'ticket.notice.edited'));
    const ticket = await stored(id);
    expect(ticket).toMatchObject({
      version: 4,
      title: 'Title set on the desktop',
      severity: 'C',
      microsoftRequestNumber: '2503070010000777',
      status: 'filed-with-microsoft',
    });
    expect(ticket.history).toHaveLength(4);
  });

  it('where both edits changed the same answer, the later one is told and keeps its own', async () => {
    const { ada, other, id } = await adaTicket();
    await ada.press(VERB.ticketEdit);
    await ada.back();
    await ada.complete({ title: 'Title from the phone' });
    await other.press(VERB.ticketEdit);
    await other.back();
    await other.complete({ title: 'Title from the desktop' });
    await other.submit();

    const shown = await ada.submit();
    expect(cardText(shown)).toContain(
      t('en', 'edit.changedMeanwhileConflicts', {
        by: 'Ada Partner',
        fields: t('en', 'field.title'),
        conflicts: t('en', 'field.title'),
      }),
    );
    expect(cardText(shown)).toContain('Title from the phone');
    expect((await stored(id)).title).toBe('Title from the desktop');
    await ada.submit();
    expect((await stored(id)).title).toBe('Title from the phone');
  });
});

/**
 * The database stops answering right after a ticket (or an edit of one) is stored and before its draft
 * is closed: the user sees "not saved, press Retry", and Retry must finish what was started, once.
 */
describe('a failure between storing a ticket and closing its draft (real database)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  const tickets = () => bot.db.db.collection<Ticket>('tickets');

  /** The next write that closes a draft (sets its ticket) fails, as a timeout would; the rest go through. */
  const failClosingTheDraft = () => {
    const updateOne = Collection.prototype.updateOne;
    const spy = jest.spyOn(Collection.prototype, 'updateOne').mockImplementation(function (
      this: Collection,
      ...args: Parameters<Collection['updateOne']>
    ) {
      const update = args[1] as { $set?: { ticketId?: unknown } };
      if (this.collectionName === 'drafts' && update.$set?.ticketId !== undefined) {
        spy.mockRestore();
        return Promise.reject(new MongoNetworkTimeoutError('connection timed out'));
      }
      return updateOne.apply(this, args);
    });
    return spy;
  };
  afterEach(() => jest.restoreAllMocks());

  it('a new ticket: Retry shows the one ticket, says it was created, and remembers the partner’s answers', async () => {
    const from: Sender = { id: 'user-gap-1', name: 'Gap Partner', aadObjectId: 'aad-gap-1' };
    const wizard = new WizardDriver(bot, { from });
    await wizard.startByText();
    await wizard.complete(breakFix('azure', 'A', { title: 'Stored before the draft was closed' }));
    failClosingTheDraft();
    const failed = await wizard.submit();
    expect(cardText(failed)).toContain(t('en', 'wizard.saveFailed'));
    expect(await tickets().countDocuments({ title: 'Stored before the draft was closed' })).toBe(1);

    const done = await wizard.submit();
    const id = idOf(done);
    expect(cardText(done)).toContain(t('en', 'ticket.notice.created', { id }));
    expect(await tickets().countDocuments({ title: 'Stored before the draft was closed' })).toBe(1);
    // The next ticket starts from what this one said: role and service are not asked again.
    expect(await bot.db.db.collection('partnerProfiles').countDocuments({ userId: 'aad-gap-1' })).toBe(1);
    const nextTicket = new WizardDriver(bot, { from });
    await nextTicket.startByText();
    expect(nextTicket.step).not.toBe('role');
  });

  it('an edit: Retry shows it saved, and the ticket records it once', async () => {
    const from: Sender = { id: 'user-gap-2', name: 'Gap Editor', aadObjectId: 'aad-gap-2' };
    const ada = new WizardDriver(bot, { from });
    await ada.startByText();
    await ada.complete(breakFix('azure', 'A'));
    const id = idOf(await ada.submit());
    await ada.press(VERB.ticketEdit);
    await ada.back();
    await ada.complete({ title: 'Edited before the draft was closed' });
    const review = ada.card;
    failClosingTheDraft();
    expect(cardText(await ada.submit())).toContain(t('en', 'wizard.saveFailed'));
    expect(await tickets().findOne({ _id: id })).toMatchObject({ version: 2 });

    const done = await ada.submit();
    expect(cardText(done)).toContain(t('en', 'ticket.notice.edited'));
    const ticket = (await tickets().findOne({ _id: id })) as Ticket;
    expect(ticket).toMatchObject({ version: 2, title: 'Edited before the draft was closed' });
    expect(ticket.history.map((entry) => entry.action)).toEqual(['created', 'edited']);
    // Done: pressing it again shows the ticket as it is and changes nothing.
    ada.card = review;
    expect(cardText(await ada.submit())).toContain('Edited before the draft was closed');
    expect(await tickets().findOne({ _id: id })).toMatchObject({ version: 2 });
  });
});
