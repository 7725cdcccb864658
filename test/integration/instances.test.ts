import type { Document } from 'mongodb';
import { VERB } from '../../src/cards/verbs';
import type { FieldId } from '../../src/domain/wizard/model';
import { t } from '../../src/i18n';
import { DRAFT_LIFETIME_DAYS } from '../../src/domain/wizard/model';
import { DRAFT_LIFETIME_MS, MongoDraftStore } from '../../src/storage/draftStore';
import { breakFix } from '../helpers/answers';
import { BotHarness, cardText, type BotClient, type Sender } from '../helpers/botHarness';
import {
  cardInputs,
  findAction,
  invokeCard,
  WizardDriver,
  type Card,
  type StepInputs,
  type TurnSender,
} from '../helpers/wizardDriver';

/** The one conditional write a step is when the instance's copy of the draft is the stored one. */
const WRITE = 'drafts.update(_id,rev,expiresAt)';
const READ = 'drafts.find(_id,expiresAt)';

/** Sends each turn to the instance `to` names at the time. */
class Instances implements TurnSender {
  constructor(public to: BotClient) {}
  message(...args: Parameters<BotClient['message']>) {
    return this.to.message(...args);
  }
  execute(...args: Parameters<BotClient['execute']>) {
    return this.to.execute(...args);
  }
}

/** What Teams sends for the current card's Next: its inputs, with `answers` where the user gave one. */
function inputsFor(card: Card, answers: StepInputs): Record<string, string> {
  return Object.fromEntries(
    Object.entries(cardInputs(card)).map(([id, input]) => [
      id,
      answers[id as FieldId] ?? (typeof input.value === 'string' ? input.value : ''),
    ]),
  );
}

/** The card as JSON, less what differs between two walks: the draft's id and when it expires. */
const comparable = (card: Card, draftId: string) =>
  JSON.stringify(card)
    .replaceAll(draftId, '<draft>')
    .replace(/"expiresAt":\d+/g, '"expiresAt":"<expiry>"');

/** The stored draft as the wizard reads it (its id, owner and times left out). */
const storedForm = (doc: Document | null) => doc && { lang: doc.lang, rev: doc.rev, data: doc.data };

/**
 * Two instances of the bot on one database, each with its own database connection and its own
 * copy of the drafts it last read or wrote: a step is one conditional write on the instance that
 * took the step before, and every answer is the one a read of the draft first would give.
 */
describe('several instances of the bot on one database: wizard steps (real turns)', () => {
  const a = new BotHarness();
  const b = new BotHarness(a);
  beforeAll(async () => {
    await a.start({}, { countCommands: true });
    await b.start({}, { countCommands: true });
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });

  let users = 0;
  /** A user of their own per walk: nothing remembered from another walk's ticket. */
  const user = (): Sender => {
    users += 1;
    return { id: `user-${users}`, name: 'Ada Partner', aadObjectId: `aad-user-${users}` };
  };
  const drafts = () => a.db.db.collection('drafts');
  const stored = async (draftId: string) => storedForm(await drafts().findOne({ _id: draftId as never }));

  /** Presses Next on the driver's card on instance `on`, and says which commands each instance sent. */
  async function nextOn(on: BotHarness, send: Instances, driver: WizardDriver, answers: StepInputs) {
    const before = { a: { ...a.commands }, b: { ...b.commands } };
    send.to = on;
    const card = await driver.next(inputsFor(driver.card, answers));
    return { card, a: a.commandsSince(before.a), b: b.commandsSince(before.b) };
  }

  /** A wizard started on instance `a`, and its first step answered there. */
  async function started(answers: StepInputs) {
    const send = new Instances(a);
    const driver = new WizardDriver(send, { from: user() });
    await driver.startByText();
    await nextOn(a, send, driver, answers);
    return { send, driver, draftId: driver.position().draftId };
  }

  it('a whole walk on one instance, and the same walk alternating between two, show the same cards and store the same draft', async () => {
    const answers = breakFix('azure', 'B', { title: 'The same walk twice' });
    const walk = async (instanceOf: (press: number) => BotHarness) => {
      const send = new Instances(a);
      const driver = new WizardDriver(send, { from: user() });
      await driver.startByText();
      const { draftId } = driver.position();
      const presses: { card: string; a: Record<string, number>; b: Record<string, number> }[] = [];
      for (let press = 0; driver.step !== 'review'; press++) {
        if (press > 8) throw new Error('the walk does not reach the review');
        const result = await nextOn(instanceOf(press), send, driver, answers);
        presses.push({ ...result, card: comparable(result.card, draftId) });
      }
      return { presses, stored: await stored(draftId) };
    };

    const alone = await walk(() => a);
    // The draft was started on a: b takes the first step, then they take turns.
    const alternating = await walk((press) => (press % 2 === 0 ? b : a));

    expect(alone.presses.length).toBeGreaterThanOrEqual(4);
    expect(alternating.presses.map((p) => p.card)).toEqual(alone.presses.map((p) => p.card));
    expect(alternating.stored).toEqual(alone.stored);
    expect(alone.stored?.rev).toBe(alone.presses.length);
    // One instance: every step is its one conditional write.
    expect(alone.presses.map((p) => [p.a, p.b])).toEqual(alone.presses.map(() => [{ [WRITE]: 1 }, {}]));
    // Taking turns, the instance's copy is never the card's rev: it reads the draft first, as before.
    expect(alternating.presses.map((p, i) => (i % 2 === 0 ? [p.b, p.a] : [p.a, p.b]))).toEqual(
      alternating.presses.map(() => [{ [READ]: 1, [WRITE]: 1 }, {}]),
    );
  });

  it('a step another instance took from the same card is never written over by this instance’s copy', async () => {
    const { send, driver, draftId } = await started({ role: 'direct-bill' });
    const serviceCard = driver.card;
    expect(driver.step).toBe('service');

    // The same service card pressed on b first (a retried invoke, a second press in a group chat)...
    await nextOn(b, send, driver, { service: 'azure', problemType: 'break-fix' });
    const taken = await stored(draftId);
    // ...then on a, whose copy is still the draft the card shows, with other answers.
    driver.card = serviceCard;
    const late = await nextOn(a, send, driver, { service: 'office365', problemType: 'billing' });
    expect(cardText(late.card)).toContain(t('en', 'wizard.stale'));
    expect(driver.position(late.card)).toMatchObject({ step: 'criteria', draftRev: 2 });
    expect(await stored(draftId)).toEqual(taken);
    expect(JSON.parse(taken?.data as string)).toMatchObject({ answers: { service: 'azure' } });
    // Its write matched nothing, so it read the draft, and shows b's step.
    expect(late.a).toEqual({ [WRITE]: 1, [READ]: 1 });

    // The card it showed moves on there, in one write: the copy is the stored draft again.
    const on = await nextOn(a, send, driver, breakFix('azure', 'B'));
    expect(driver.position(on.card)).toMatchObject({ step: 'details', draftRev: 3 });
    expect(on.a).toEqual({ [WRITE]: 1 });
  });

  it('the same step pressed twice at once, on one instance or on both, moves the draft on once', async () => {
    for (const [first, second] of [
      [a, a],
      [a, b],
    ] as const) {
      const { driver, draftId } = await started({ role: 'direct-bill' });
      const data = { ...driver.actionData(VERB.wizardNext), service: 'azure', problemType: 'break-fix' };
      const from = driver.options.from;
      const cards = (
        await Promise.all([first, second].map((bot) => bot.execute(VERB.wizardNext, data, { from })))
      ).map(invokeCard);
      const stale = cards.filter((card) => cardText(card).includes(t('en', 'wizard.stale')));
      expect(stale).toHaveLength(1);
      cards.forEach((card) => expect(driver.position(card)).toMatchObject({ step: 'criteria', draftRev: 2 }));
      expect((await stored(draftId))?.rev).toBe(2);
    }
  });

  it('a draft cancelled on another instance is closed here too; one submitted there shows its ticket', async () => {
    const cancelled = await started({ role: 'direct-bill' });
    const card = cancelled.driver.card;
    cancelled.send.to = b;
    await cancelled.driver.cancel();
    expect(await drafts().countDocuments({ _id: cancelled.draftId as never })).toBe(0);
    cancelled.driver.card = card;
    const closed = await nextOn(a, cancelled.send, cancelled.driver, {
      service: 'azure',
      problemType: 'break-fix',
    });
    expect(cardText(closed.card)).toContain(t('en', 'wizard.closed.title'));
    expect(closed.a).toEqual({ [WRITE]: 1, [READ]: 1 });
    expect(await drafts().countDocuments({ _id: cancelled.draftId as never })).toBe(0);

    // Filled in on a, submitted on b; the same submit arriving at a shows the same ticket.
    const submitted = await started({ role: 'direct-bill' });
    await submitted.driver.complete(breakFix('azure', 'B', { title: 'Submitted elsewhere' }));
    const review = submitted.driver.card;
    submitted.send.to = b;
    const ticket = cardText(await submitted.driver.submit()).match(/CSP-\d{6}/)?.[0];
    expect(ticket).toBeDefined();
    submitted.send.to = a;
    submitted.driver.card = review;
    const again = cardText(await submitted.driver.submit());
    expect(again).toContain(ticket);
    expect(await a.db.db.collection('tickets').countDocuments({ title: 'Submitted elsewhere' })).toBe(1);
  });
});

describe('an expired draft is never taken from an instance’s copy (real turns)', () => {
  let now = new Date('2026-05-04T08:00:00Z').getTime();
  const clock = { now: () => new Date(now) };
  const bot = new BotHarness();
  beforeAll(() => bot.start({}, { countCommands: true, clock }));
  afterAll(() => bot.stop());
  const drafts = () => bot.db.db.collection('drafts');

  const toService = async (n: number) => {
    const driver = new WizardDriver(bot, { from: { id: `u-${n}`, name: 'Ada', aadObjectId: `aad-${n}` } });
    await driver.startByText();
    await driver.next({ role: 'direct-bill' });
    const { draftId } = driver.position();
    return { driver, draftId, before: await drafts().findOne({ _id: draftId as never }) };
  };
  const pressNext = async (driver: WizardDriver) => {
    const before = { ...bot.commands };
    const card = await driver.next({ service: 'azure', problemType: 'break-fix' });
    return { card, commands: bot.commandsSince(before) };
  };

  it('once past its expiry here, the draft is read (and found expired), not written', async () => {
    const { driver, draftId, before } = await toService(1);
    now += DRAFT_LIFETIME_MS;
    const { card, commands } = await pressNext(driver);
    expect(cardText(card)).toContain(t('en', 'wizard.expired.title'));
    expect(commands).toEqual({ [READ]: 1 });
    expect(await drafts().findOne({ _id: draftId as never })).toEqual(before);
  });

  it.each([
    ['en', 'new ticket', 'en-US'],
    ['pl', 'nowe zgłoszenie', 'pl-PL'],
  ] as const)(
    'in %s, left for longer than drafts are kept and removed: the card says it expired and offers a new ticket',
    async (lang, command, locale) => {
      const from = { id: `u-left-${lang}`, name: 'Ada', aadObjectId: `aad-left-${lang}` };
      const driver = new WizardDriver(bot, { from, locale });
      await driver.startByText(command);
      await driver.next({ role: 'direct-bill' });
      const { draftId } = driver.position();
      now += DRAFT_LIFETIME_MS + 60 * 60 * 1000;
      // The hourly clean-up has run: the draft is gone, as a cancelled one is.
      expect(await new MongoDraftStore(bot.db.db, clock.now).deleteExpired()).toBeGreaterThanOrEqual(1);
      expect(await drafts().countDocuments({ _id: draftId as never })).toBe(0);

      const left = driver.card;
      const card = await driver.next({ service: 'azure', problemType: 'break-fix' }, { locale });
      expect(cardText(card)).toContain(t(lang, 'wizard.expired.title'));
      expect(cardText(card)).toContain(t(lang, 'wizard.expired.text', { days: DRAFT_LIFETIME_DAYS }));
      expect(cardText(card)).not.toContain(t(lang, 'wizard.closed.text'));
      expect(findAction(card, VERB.wizardStart)?.title).toBe(t(lang, 'wizard.action.start'));
      // Cancel on the card left there says the same; nothing is written.
      driver.card = left;
      expect(cardText(await driver.cancel())).toContain(t(lang, 'wizard.expired.title'));
      expect(await drafts().countDocuments({ _id: draftId as never })).toBe(0);
    },
  );

  it('expired in the database while the copy here has not: the write matches nothing and the draft is closed', async () => {
    const { driver, draftId } = await toService(2);
    // As an instance whose clock runs ahead would see it, or one that stored it with an earlier expiry.
    await drafts().updateOne({ _id: draftId as never }, { $set: { expiresAt: new Date(now) } });
    const before = await drafts().findOne({ _id: draftId as never });
    const { card, commands } = await pressNext(driver);
    expect(cardText(card)).toContain(t('en', 'wizard.closed.title'));
    expect(commands).toEqual({ [WRITE]: 1, [READ]: 1 });
    expect(await drafts().findOne({ _id: draftId as never })).toEqual(before);
  });
});
