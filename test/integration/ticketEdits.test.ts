import { VERB } from '../../src/cards/verbs';
import type { Ticket } from '../../src/domain/ticket';
import { t } from '../../src/i18n';
import { breakFix } from '../helpers/answers';
import { BotHarness, cardText, type Sender } from '../helpers/botHarness';
import { findAction, WizardDriver, type Card } from '../helpers/wizardDriver';

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
  const idOf = (card: Card) => String(findAction(card, VERB.ticketRefresh)?.data?.ticketId);

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
