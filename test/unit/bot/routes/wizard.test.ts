import { VERB } from '../../../../src/cards/verbs';
import { t } from '../../../../src/i18n';
import { breakFix, DETAILS } from '../../../helpers/answers';
import { cardOf, cardText } from '../../../helpers/cardNodes';
import { ADA, BOB, RouteHarness } from '../../../helpers/routeHarness';
import {
  cardActions,
  cardInputs,
  errorUnder,
  inputValue,
  invokeCard,
  WizardDriver,
  type Card,
} from '../../../helpers/wizardDriver';

/** The card's Retry button, if any: it sends the same verb again with the same data and inputs. */
const retryOf = (card: Card | undefined, lang: 'en' | 'pl' = 'en') =>
  cardActions(card).find((a) => a.title === t(lang, 'action.retry'));

describe('wizard route', () => {
  let bot: RouteHarness;
  /** Every stored draft, as it is now: to show that a turn wrote nothing. */
  const drafts = () => structuredClone([...bot.drafts.drafts.values()]);
  beforeEach(() => {
    bot = new RouteHarness();
  });

  it.each([
    ['new ticket', 'en-US', 'en'],
    ['nowe zgłoszenie', 'en-US', 'pl'],
    ['Nowe zgloszenie.', 'pl-PL', 'pl'],
  ] as const)(
    '"%s" (%s client) answers the first step card in %s, for a new draft of its own',
    async (text, locale, lang) => {
      const driver = new WizardDriver(bot, { locale });
      const card = await driver.startByText(text);
      expect(driver.position()).toMatchObject({ step: 'role', draftRev: 0 });
      expect(cardText(card)).toContain(t(lang, 'wizard.step.role'));
      const stored = bot.drafts.drafts.get(driver.position().draftId);
      expect(stored).toMatchObject({ lang, owner: { userId: ADA.aadObjectId } });
    },
  );

  it.each([
    ['cancel', 'en'],
    ['Anuluj!', 'pl'],
  ] as const)('typing %j says how to stop a form, in %s, and changes no draft', async (text, lang) => {
    const driver = new WizardDriver(bot);
    await driver.startByButton();
    const before = drafts();
    const reply = await bot.message(text);
    expect(cardText(cardOf(reply.sent[0]))).toContain(t(lang, 'wizard.cancelTyped'));
    expect(drafts()).toEqual(before);
  });

  it('a Next with valid inputs moves to the next step and stores it', async () => {
    const driver = new WizardDriver(bot);
    await driver.startByButton();
    const { draftId } = driver.position();
    await driver.next({ role: 'direct-bill' });
    expect(driver.position()).toEqual({ draftId, draftRev: 1, step: 'service' });
    expect(bot.drafts.drafts.get(draftId)?.draft).toMatchObject({ rev: 1, step: 'service' });
  });

  it('walks to the review and creates the ticket, posting its card to the ticket channel', async () => {
    await bot.channels.set({
      tenantId: bot.activity({}, {}).conversation?.tenantId ?? '',
      channelId: '19:tickets@thread.tacv2',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      lang: 'en',
      setBy: { id: ADA.aadObjectId ?? '', name: ADA.name },
      at: bot.now,
    });
    const driver = new WizardDriver(bot);
    await driver.startByText();
    await driver.complete(breakFix('azure', 'B'));
    const card = await driver.submit();
    expect(cardText(card)).toContain(DETAILS.title);
    expect([...bot.tickets.tickets.values()]).toEqual([
      expect.objectContaining({ requester: { id: ADA.aadObjectId, name: ADA.name } }),
    ]);
    await bot.delivered();
    expect(bot.notifier.posted.map((p) => p.channel.channelId)).toEqual(['19:tickets@thread.tacv2']);
  });

  it('Back keeps what was typed on the step, as typed, and Next checks it once the user comes forward', async () => {
    const driver = new WizardDriver(bot);
    await driver.startByText();
    await driver.complete(breakFix('azure', 'B'), 'details');
    const description = `Since 09:00 every VM in rg-prod times out. ${'Restarted, redeployed, still down. '.repeat(40)}`;
    // Typed, not finished: a long description, an email not yet valid, the customer name cleared.
    await driver.back({ ...DETAILS, description, contactEmail: 'ada@partner', customerName: '' });
    expect(driver.step).toBe('criteria');
    await driver.back();
    expect(driver.step).toBe('service');
    // The service was wrong: fixed, and forward again.
    await driver.answer({ service: 'office365' });
    await driver.answer();
    expect(driver.step).toBe('details');
    expect(inputValue(driver.card, 'description')).toBe(description);
    expect(inputValue(driver.card, 'contactEmail')).toBe('ada@partner');
    expect(inputValue(driver.card, 'customerName')).toBe('');
    expect(inputValue(driver.card, 'customerDomain')).toBe(DETAILS.customerDomain);
    await driver.answer();
    expect(driver.step).toBe('details');
    expect(errorUnder(driver.card, 'contactEmail')).toBe(t('en', 'wizard.error.email'));
    expect(errorUnder(driver.card, 'customerName')).toBe(t('en', 'wizard.error.required'));
    expect(inputValue(driver.card, 'description')).toBe(description);
    await driver.answer({ customerName: 'Contoso Ltd', contactEmail: 'ada@partner.example' });
    expect(driver.step).toBe('review');
    await driver.submit();
    expect([...bot.tickets.tickets.values()]).toEqual([
      expect.objectContaining({ service: 'office365', description: description.trim() }),
    ]);
  });

  describe('a title no one typed follows the description, until one is typed', () => {
    const titleBox = (card: Card) => cardInputs(card).title;
    const reviewTitle = (title: string) => t('en', 'wizard.review.automaticTitle', { title });
    const ticket = () => [...bot.tickets.tickets.values()].at(-1);

    it('changes with the description on the review, shows greyed in the box, and on the ticket and its edit', async () => {
      const driver = new WizardDriver(bot);
      await driver.startByText();
      await driver.complete(
        breakFix('office365', 'C', { title: '', description: 'Exchange mail flow stopped' }),
      );
      expect(cardText(driver.card)).toContain(reviewTitle('Exchange mail flow stopped'));
      await driver.back();
      expect(driver.step).toBe('details');
      expect(titleBox(driver.card)).toMatchObject({ value: '', placeholder: 'Exchange mail flow stopped' });
      // Only the description changes.
      await driver.answer({ description: 'Teams calls dropping every 5 minutes' });
      expect(driver.step).toBe('review');
      expect(cardText(driver.card)).toContain(reviewTitle('Teams calls dropping every 5 minutes'));
      expect(cardText(driver.card)).not.toContain('Exchange mail flow stopped');
      await driver.back();
      expect(titleBox(driver.card)).toMatchObject({
        value: '',
        placeholder: 'Teams calls dropping every 5 minutes',
      });
      await driver.answer();
      await driver.submit();
      expect(ticket()).toMatchObject({ title: 'Teams calls dropping every 5 minutes', titleAutomatic: true });

      // Its edit: the title still follows the description.
      await driver.press(VERB.ticketEdit);
      await driver.back();
      expect(titleBox(driver.card)).toMatchObject({
        value: '',
        placeholder: 'Teams calls dropping every 5 minutes',
      });
      await driver.answer({ description: 'Mailbox moves hang since Monday' });
      expect(cardText(driver.card)).toContain(reviewTitle('Mailbox moves hang since Monday'));
      await driver.submit();
      expect(ticket()).toMatchObject({
        title: 'Mailbox moves hang since Monday',
        titleAutomatic: true,
        version: 2,
      });

      // A title typed in the edit stays, whatever the description.
      await driver.press(VERB.ticketEdit);
      await driver.back();
      await driver.answer({ title: 'Mail outage at Contoso' });
      await driver.back();
      expect(titleBox(driver.card)?.value).toBe('Mail outage at Contoso');
      await driver.answer({ description: 'Mailbox moves still hang' });
      expect(cardText(driver.card)).not.toContain(reviewTitle('Mail outage at Contoso'));
      await driver.submit();
      expect(ticket()).toMatchObject({ title: 'Mail outage at Contoso', titleAutomatic: false, version: 3 });
    });

    it('read from a sentence, it is the automatic title while the description stays the sentence', async () => {
      const { customerDomain: _d, title: _t, description: _s, ...rest } = breakFix('office365', 'C');
      const driver = new WizardDriver(bot);
      await driver.startByText('new ticket: Exchange mail flow stopped for contoso.onmicrosoft.com');
      await driver.complete(rest, 'details');
      expect(titleBox(driver.card)).toMatchObject({ value: '', placeholder: 'Exchange mail flow stopped' });
      await driver.answer(rest);
      expect(cardText(driver.card)).toContain(reviewTitle('Exchange mail flow stopped'));
      await driver.back();
      await driver.answer({ description: 'Teams calls dropping every 5 minutes' });
      expect(cardText(driver.card)).toContain(reviewTitle('Teams calls dropping every 5 minutes'));
      await driver.submit();
      expect(ticket()).toMatchObject({ title: 'Teams calls dropping every 5 minutes', titleAutomatic: true });
    });
  });

  describe('a Next with data the route cannot use: a clear card, nothing written', () => {
    it.each([
      ['no draft id', { draftRev: 0, step: 'role' }],
      ['a draft id of the wrong shape', { draftId: '../../drafts', draftRev: 0, step: 'role' }],
      ['a draft id that is a query operator', { draftId: { $ne: null }, draftRev: 0, step: 'role' }],
    ])('%s: the invalid-action card', async (_name, data) => {
      const driver = new WizardDriver(bot);
      await driver.startByText();
      const before = drafts();
      const card = invokeCard(await bot.execute(VERB.wizardNext, { ...data, role: 'direct-bill' }));
      expect(cardText(card)).toContain(t('en', 'action.failedTitle'));
      expect(cardText(card)).toContain(t('en', 'action.invalid'));
      expect(drafts()).toEqual(before);
    });

    it.each([
      ['a revision that is not a number', { draftRev: 'latest' }],
      ['a step that does not exist', { step: 'shortcut' }],
    ])('%s: the current step with the invalid-action notice, inputs kept', async (_name, override) => {
      const driver = new WizardDriver(bot);
      await driver.startByText();
      await driver.complete(breakFix('azure', 'A'), 'details');
      const position = driver.position();
      const before = drafts();
      const inputs = { ...DETAILS, title: 'Typed before the broken button' };
      const card = invokeCard(
        await bot.execute(VERB.wizardNext, { ...driver.actionData(VERB.wizardNext), ...override, ...inputs }),
      );
      expect(cardText(card)).toContain(t('en', 'wizard.invalidAction'));
      expect(driver.position(card)).toEqual(position);
      expect(inputValue(card, 'title')).toBe('Typed before the broken button');
      expect(drafts()).toEqual(before);
    });

    it('an input that fails validation: the step again with the error, nothing written', async () => {
      const driver = new WizardDriver(bot);
      await driver.startByText();
      await driver.complete(breakFix('azure', 'A'), 'details');
      const position = driver.position();
      const before = drafts();
      const card = await driver.next({ ...DETAILS, contactEmail: 'ada@@partner' });
      // Said under the input, with a pointer at the top.
      expect(errorUnder(card, 'contactEmail')).toBe(t('en', 'wizard.error.email'));
      expect(cardText(card)).toContain(t('en', 'wizard.errors.title'));
      expect(driver.position(card)).toEqual(position);
      expect(inputValue(card, 'contactEmail')).toBe('ada@@partner');
      expect(drafts()).toEqual(before);
    });
  });

  it('a step card from an older revision gets the stale notice and the current step; nothing written', async () => {
    const driver = new WizardDriver(bot);
    await driver.startByButton();
    await driver.next({ role: 'direct-bill' });
    const oldServiceCard = driver.card;
    await driver.next({ service: 'azure', problemType: 'break-fix' });
    const position = driver.position();
    expect(position.step).toBe('criteria');
    const before = drafts();
    for (const verb of [VERB.wizardNext, VERB.wizardBack]) {
      const card = invokeCard(
        await bot.execute(verb, { ...driver.actionData(verb, oldServiceCard), service: 'office365' }),
      );
      expect(cardText(card)).toContain(t('en', 'wizard.stale'));
      expect(driver.position(card)).toEqual(position);
      expect(drafts()).toEqual(before);
    }
    // A card of an earlier version, for a step since merged into the checks, is out of date too.
    const old = invokeCard(
      await bot.execute(VERB.wizardNext, {
        ...driver.actionData(VERB.wizardNext),
        step: 'access',
        delegatedAdmin: 'yes',
      }),
    );
    expect(cardText(old)).toContain(t('en', 'wizard.stale'));
    expect(driver.position(old)).toEqual(position);
    expect(drafts()).toEqual(before);
  });

  it('another member pressing my wizard’s buttons in a group chat is not the owner; nothing written', async () => {
    const mine = new WizardDriver(bot, { kind: 'groupChat' });
    await mine.startByText();
    await mine.complete(breakFix('azure', 'A'));
    const before = drafts();
    for (const verb of [VERB.wizardSubmit, VERB.wizardBack, VERB.wizardCancel]) {
      const card = invokeCard(
        await bot.execute(verb, mine.actionData(verb), { kind: 'groupChat', from: BOB }),
      );
      expect(cardText(card)).toContain(t('en', 'action.notOwner'));
    }
    const next = invokeCard(
      await bot.execute(
        VERB.wizardNext,
        { ...mine.actionData(VERB.wizardSubmit) },
        { kind: 'groupChat', from: BOB },
      ),
    );
    expect(cardText(next)).toContain(t('en', 'action.notOwner'));
    expect(drafts()).toEqual(before);
    expect(bot.tickets.tickets.size).toBe(0);
  });

  describe('while the database refuses writes', () => {
    it('a Next keeps the step with what was typed, the save-failed notice and a Retry', async () => {
      const driver = new WizardDriver(bot);
      await driver.startByText();
      await driver.complete(breakFix('azure', 'A'), 'details');
      const position = driver.position();
      const before = drafts();
      bot.drafts.failing = true;
      const card = await driver.next({ ...DETAILS, title: 'Typed while the database was away' });
      expect(cardText(card)).toContain(t('en', 'wizard.saveFailed'));
      expect(driver.position(card)).toEqual(position);
      expect(inputValue(card, 'title')).toBe('Typed while the database was away');
      expect(retryOf(card)?.verb).toBe(VERB.wizardNext);
      expect(drafts()).toEqual(before);

      // Back: Retry, with the inputs as the card now shows them (as Teams sends them), moves on.
      bot.drafts.failing = false;
      await driver.complete({}, 'review');
      expect(cardText(driver.card)).toContain('Typed while the database was away');
    });

    it('"new ticket" answers the unavailable card with a Retry that starts again in the same language', async () => {
      bot.drafts.failing = true;
      const result = await bot.message('nowe zgłoszenie');
      const card = cardOf(result.sent[0]);
      // Only the command was typed: the notice says to retry, not that inputs are kept.
      expect(cardText(card)).toContain(t('pl', 'db.unavailableRetry'));
      expect(retryOf(card, 'pl')).toMatchObject({ verb: VERB.wizardStart, data: { lang: 'pl' } });
      expect(bot.drafts.drafts.size).toBe(0);
    });

    it('"new ticket: <sentence>" while the database does not answer: the Retry keeps the sentence', async () => {
      const sentence = 'VMs down for contoso.onmicrosoft.com, sev A';
      bot.drafts.failing = true;
      const card = cardOf((await bot.message(`new ticket: ${sentence}`)).sent[0]);
      expect(cardText(card)).toContain(t('en', 'db.unavailableKept'));
      const retry = retryOf(card);
      expect(retry).toMatchObject({ verb: VERB.wizardStart, data: { sentence } });
      bot.drafts.failing = false;
      await bot.execute(VERB.wizardStart, retry?.data ?? {});
      const [stored] = [...bot.drafts.drafts.values()];
      expect(stored?.draft.answers).toMatchObject({ service: 'azure', severity: 'A' });
      expect(stored?.draft.pending).toMatchObject({ customerDomain: 'contoso.onmicrosoft.com' });
    });

    it('a draft this process never saw, while the database does not answer: the unavailable card keeps the inputs in its Retry', async () => {
      const driver = new WizardDriver(bot);
      await driver.startByText();
      await driver.complete(breakFix('azure', 'A'), 'details');
      const data = { ...driver.actionData(VERB.wizardNext), ...DETAILS, title: 'Kept for the retry' };
      // Another instance of the bot gets the press while the database does not answer at all.
      const other = new RouteHarness();
      other.drafts.unreachable = true;
      const card = invokeCard(await other.execute(VERB.wizardNext, data));
      expect(cardText(card)).toContain(t('en', 'db.unavailableKept'));
      expect(retryOf(card)).toMatchObject({ verb: VERB.wizardNext, data });
    });
  });

  describe('what a new wizard starts with', () => {
    const SENTENCE = 'VMs in West Europe down since 6:00 for contoso.onmicrosoft.com, sev A';

    it('reads "new ticket: …" into the draft, asks the role of a first-time partner, and says what was read', async () => {
      const driver = new WizardDriver(bot);
      const card = await driver.startByText(`new ticket: ${SENTENCE}`);
      expect(driver.step).toBe('role');
      expect(cardText(card)).toContain(`${t('en', 'field.service')} (${t('en', 'wizard.service.azure')})`);
      const stored = bot.drafts.drafts.get(driver.position().draftId);
      expect(stored?.draft).toMatchObject({
        answers: { service: 'azure', problemType: 'break-fix', severity: 'A' },
        pending: { customerDomain: 'contoso.onmicrosoft.com', description: SENTENCE, contactLanguage: 'en' },
      });
    });

    it('answers "nowe zgłoszenie: …" in Polish, whatever the client', async () => {
      const driver = new WizardDriver(bot, { locale: 'en-US' });
      const card = await driver.startByText(
        'nowe zgłoszenie: Exchange nie działa dla contoso.com, istotność B',
      );
      expect(cardText(card)).toContain(t('pl', 'wizard.title'));
      expect(bot.drafts.drafts.get(driver.position().draftId)).toMatchObject({
        lang: 'pl',
        draft: { answers: { service: 'office365', severity: 'B' }, pending: { contactLanguage: 'pl' } },
      });
    });

    it('offers a returning partner what they answered last time, and opens on the first step still to answer', async () => {
      const first = new WizardDriver(bot);
      await first.startByText();
      await first.complete(breakFix('azure', 'A'));
      await first.submit();
      expect([...bot.profiles.profiles.values()]).toEqual([
        {
          role: 'direct-bill',
          contact: {
            name: DETAILS.contactName,
            email: DETAILS.contactEmail,
            phone: DETAILS.contactPhone,
            language: 'en',
          },
          helpdeskAdmin: false,
          service: 'azure',
          problemType: 'break-fix',
        },
      ]);
      const next = new WizardDriver(bot);
      await next.startByText(`new ticket: ${SENTENCE}`);
      expect(next.step).toBe('criteria');
      // The plain command: role, service and problem type of the last ticket, said on the checks card.
      const plain = new WizardDriver(bot);
      await plain.startByText();
      expect(plain.step).toBe('criteria');
      const text = cardText(plain.card);
      expect(text).toContain(
        t('en', 'prefill.remembered', { fields: '' }).split(':')[0] ?? 'From your last ticket',
      );
      expect(text).toContain(`${t('en', 'field.service')} (${t('en', 'wizard.service.azure')})`);
      expect(text).toContain(`${t('en', 'field.problemType')} (${t('en', 'wizard.problem.break-fix')})`);
      expect(inputValue(plain.card, 'helpdeskAdmin')).toBe('no');
      await plain.back();
      expect(plain.step).toBe('service');
      expect(inputValue(plain.card, 'service')).toBe('azure');
      expect(inputValue(plain.card, 'problemType')).toBe('break-fix');
      // Another user in the same tenant starts from nothing.
      const bob = new WizardDriver(bot, { from: BOB });
      await bob.startByText();
      expect(bob.step).toBe('role');
    });

    it('starts anyway when the Teams member lookup cannot answer', async () => {
      // The test adapter has no connector: the lookup fails, and the contact is simply asked.
      const driver = new WizardDriver(bot);
      await driver.startByText();
      expect(bot.drafts.drafts.get(driver.position().draftId)?.draft.pending).toEqual({
        contactLanguage: 'en',
      });
    });

    it('refuses a sentence longer than a description with a clear card in its language, and stores nothing', async () => {
      for (const [prefix, lang] of [
        ['new ticket', 'en'],
        ['nowe zgłoszenie', 'pl'],
      ] as const) {
        const result = await bot.message(`${prefix}: ${'x'.repeat(4001)}`);
        expect(cardText(cardOf(result.sent[0]))).toContain(t(lang, 'prefill.tooLong', { max: 4000 }));
      }
      expect(drafts()).toEqual([]);
    });
  });
});
