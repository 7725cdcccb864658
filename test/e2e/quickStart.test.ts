import { t, type Lang, type MessageKey } from '../../src/i18n';
import { expectWizardStep, Playground, type ChatMessage } from '../helpers/playground';

/**
 * Filing quickly in the Agents Playground, counting what the partner does: every click (a radio,
 * checkbox or button is one; a compact choice is two, open and pick) and every field typed into. The
 * tests run in order on one Playground and one user: the first ticket makes the partner a returning one.
 */
jest.setTimeout(180_000);

const SENTENCE_EN = 'VMs in West Europe down since 6:00 for contoso.onmicrosoft.com, sev A';
const SENTENCE_PL =
  'maszyny wirtualne w Europie Zachodniej nie działają od 6:00 dla contoso.onmicrosoft.com, istotność A';

describe('a ticket in a minute, in the Agents Playground', () => {
  let pg: Playground;
  /** What the partner did in the current test. */
  let clicks = 0;
  let typed = 0;

  beforeAll(async () => {
    pg = await Playground.start();
    await pg.openConversation('Personal Chat');
  }, 120_000);

  afterAll(async () => {
    await pg?.close();
  }, 30_000);

  beforeEach(() => {
    clicks = 0;
    typed = 0;
  });

  const press = async (card: ChatMessage, title: string): Promise<string> => {
    const before = await card.locator.innerText();
    await pg.clickCardButton(title, card);
    clicks++;
    const after = await pg.waitForMessageChange(card, before);
    expect(await pg.newBotMessages()).toEqual([]);
    return after;
  };
  const choose = async (card: ChatMessage, label: string, option: string) => {
    const compact = (await card.card.getByRole('combobox', { name: label }).count()) > 0;
    await pg.chooseCardOption(label, option, card);
    clicks += compact ? 2 : 1;
  };
  const toggle = async (card: ChatMessage, label: string) => {
    await pg.setCardToggle(label, true, card);
    clicks++;
  };
  const type = async (card: ChatMessage, label: string, value: string) => {
    await pg.fillCardInput(label, value, card);
    typed++;
  };
  const start = async (text: string): Promise<ChatMessage> => {
    await pg.send(text);
    return pg.waitForBotMessage();
  };

  /** Back on the service card: Azure and a technical break-fix are shown as chosen. */
  const expectAzureBreakFixChosen = async (card: ChatMessage, lang: Lang) => {
    const l = (key: MessageKey) => t(lang, key);
    await expectWizardStep(card, 'service', lang);
    expect(await pg.isCardOptionSelected(l('wizard.field.service'), l('wizard.service.azure'), card)).toBe(
      true,
    );
    expect(
      await pg.isCardOptionSelected(l('wizard.field.problemType'), l('wizard.problem.break-fix'), card),
    ).toBe(true);
  };

  /**
   * The checks card of an eligible Azure break-fix: criteria, the two prerequisites, delegated admin,
   * the Helpdesk admin question (remembered after the first ticket) and the severity (read from a
   * sentence, or chosen).
   */
  const checks = async (
    card: ChatMessage,
    lang: Lang,
    { helpdeskKnown, severityKnown = false }: { helpdeskKnown: boolean; severityKnown?: boolean },
  ) => {
    const l = (key: MessageKey) => t(lang, key);
    await expectWizardStep(card, 'criteria', lang);
    await choose(card, l('wizard.field.criteria'), l('wizard.criterion.service-unavailable'));
    await toggle(card, l('wizard.field.serviceHealthChecked'));
    await toggle(card, l('wizard.field.troubleshootingDone'));
    await choose(card, l('wizard.field.delegatedAdmin'), l('wizard.choice.yes'));
    if (helpdeskKnown) {
      expect(
        await pg.isCardOptionSelected(l('wizard.field.helpdeskAdmin'), l('wizard.choice.no'), card),
      ).toBe(true);
    } else {
      await choose(card, l('wizard.field.helpdeskAdmin'), l('wizard.choice.no'));
    }
    if (severityKnown) {
      expect(await pg.isCardOptionSelected(l('wizard.field.severity'), l('wizard.severity.A'), card)).toBe(
        true,
      );
    } else {
      await choose(card, l('wizard.field.severity'), l('wizard.severity.A'));
    }
    await press(card, l('wizard.action.next'));
  };

  const submitted = async (card: ChatMessage, lang: Lang): Promise<string> => {
    const summary = await press(card, t(lang, 'wizard.action.submit'));
    expect(summary).toMatch(/CSP-\d{6}/);
    return summary;
  };

  it('a first-time partner: the contact comes from the Teams profile and the language defaults to the chat’s', async () => {
    const en = (key: MessageKey) => t('en', key);
    const card = await start('new ticket');
    await expectWizardStep(card, 'role');
    // Says where the contact came from.
    expect(await card.locator.innerText()).toContain(
      t('en', 'prefill.teams', {
        fields: `${t('en', 'field.contactName')}, ${t('en', 'field.contactEmail')}`,
      }),
    );
    await choose(card, en('wizard.field.role'), en('wizard.role.direct-bill'));
    await press(card, en('wizard.action.next'));
    await expectWizardStep(card, 'service');
    await choose(card, en('wizard.field.service'), en('wizard.service.azure'));
    await choose(card, en('wizard.field.problemType'), en('wizard.problem.break-fix'));
    await press(card, en('wizard.action.next'));
    await checks(card, 'en', { helpdeskKnown: false });

    await expectWizardStep(card, 'details');
    expect(await pg.cardInputValue(en('wizard.field.contactName'), card)).toBe(pg.userName);
    expect(await pg.cardInputValue(en('wizard.field.contactEmail'), card)).toMatch(
      /^[^@\s]+@[^@\s]+\.[a-z]+$/i,
    );
    expect(
      await pg.isCardOptionSelected(en('wizard.field.contactLanguage'), en('wizard.language.en'), card),
    ).toBe(true);
    await type(card, en('wizard.field.customerName'), 'Contoso Ltd');
    await type(card, en('wizard.field.customerDomain'), 'contoso.onmicrosoft.com');
    await type(card, en('wizard.field.title'), 'VMs in West Europe down');
    await type(card, en('wizard.field.description'), 'All VMs stopped answering at 06:00.');
    await type(card, en('wizard.field.contactPhone'), '+48 600 100 200');
    await press(card, en('wizard.action.next'));
    await expectWizardStep(card, 'review');
    await submitted(card, 'en');

    console.log(`first-time partner, "new ticket": ${clicks} clicks, ${typed} typed fields`);
    // The phone and the title are optional: without them, three typed fields.
    expect({ clicks, typed }).toEqual({ clicks: 14, typed: 5 });
  });

  it('a returning partner files a severity A Azure ticket from one sentence in at most 8 clicks and 3 typed fields', async () => {
    const en = (key: MessageKey) => t('en', key);
    const card = await start(`new ticket: ${SENTENCE_EN}`);
    // Service, problem type and severity are read; role and contact remembered: the checks come first.
    await expectWizardStep(card, 'criteria');
    const first = await card.locator.innerText();
    expect(first).toContain(t('en', 'prefill.read', { fields: '' }).split(':')[0] ?? '');
    expect(first).toContain(`${en('field.service')} (${en('wizard.service.azure')})`);
    expect(first).toContain(`${en('field.severity')} (${en('wizard.severity.A')})`);
    expect(first).toContain(`${en('field.role')} (${en('wizard.role.direct-bill')})`);

    // The read severity is shown chosen on the checks card; then the details, filled in from the
    // sentence and the last ticket.
    await checks(card, 'en', { helpdeskKnown: true, severityKnown: true });
    await expectWizardStep(card, 'details');
    expect(await pg.cardInputValue(en('wizard.field.customerDomain'), card)).toBe('contoso.onmicrosoft.com');
    // The title read is the automatic one, greyed in the empty box: nothing typed.
    expect(await pg.cardInputValue(en('wizard.field.title'), card)).toBe('');
    expect(await pg.cardInputPlaceholder(en('wizard.field.title'), card)).toBe(
      'VMs in West Europe down since 6:00',
    );
    expect(await pg.cardInputValue(en('wizard.field.description'), card)).toBe(SENTENCE_EN);
    expect(await pg.cardInputValue(en('wizard.field.contactName'), card)).toBe(pg.userName);
    expect(await pg.cardInputValue(en('wizard.field.contactPhone'), card)).toBe('+48 600 100 200');
    await type(card, en('wizard.field.customerName'), 'Contoso Ltd');
    const review = await press(card, en('wizard.action.next'));

    await expectWizardStep(card, 'review');
    expect(review).toContain(en('wizard.severity.A'));
    expect(review).toContain(en('wizard.service.azure'));
    expect(review).toContain(en('decision.outcome.eligible'));
    expect(review).toContain(
      t('en', 'wizard.review.automaticTitle', { title: 'VMs in West Europe down since 6:00' }),
    );
    await submitted(card, 'en');

    console.log(`returning partner, one sentence: ${clicks} clicks, ${typed} typed fields`);
    expect(clicks).toBeLessThanOrEqual(8);
    expect(typed).toBeLessThanOrEqual(3);
    expect({ clicks, typed }).toEqual({ clicks: 7, typed: 1 });
  });

  it('a returning partner with the plain command files a severity A Azure ticket in at most 8 clicks and 3 typed fields', async () => {
    const en = (key: MessageKey) => t('en', key);
    const card = await start('new ticket');
    // Role, service and problem type of the last ticket: passed over and said on the first card.
    await expectWizardStep(card, 'criteria');
    const first = await card.locator.innerText();
    expect(first).toContain(t('en', 'prefill.remembered', { fields: '' }).replace(/\.$/, '').trim());
    expect(first).toContain(
      [
        `${en('field.role')} (${en('wizard.role.direct-bill')})`,
        `${en('field.service')} (${en('wizard.service.azure')})`,
        `${en('field.problemType')} (${en('wizard.problem.break-fix')})`,
      ].join(', '),
    );
    // Nothing silent: the checks card says which service and problem they are for.
    expect(first).toContain(
      t('en', 'wizard.checks.subject', {
        service: en('wizard.service.azure'),
        problem: en('wizard.problem.break-fix'),
      }),
    );
    await checks(card, 'en', { helpdeskKnown: true });

    await expectWizardStep(card, 'details');
    await type(card, en('wizard.field.customerName'), 'Contoso Ltd');
    await type(card, en('wizard.field.customerDomain'), 'contoso.onmicrosoft.com');
    // No title: the description's first line becomes it.
    await type(
      card,
      en('wizard.field.description'),
      'VMs in West Europe down\nAll VMs stopped answering at 06:00.',
    );
    const review = await press(card, en('wizard.action.next'));
    await expectWizardStep(card, 'review');
    expect(review).toContain(en('wizard.service.azure'));
    expect(review).toContain(en('wizard.severity.A'));
    expect(review).toContain('VMs in West Europe down');
    await pg.saveCardScreenshot(card, 'review-returning-en');
    const summary = await submitted(card, 'en');
    expect(summary).toContain('VMs in West Europe down');
    await pg.saveCardScreenshot(card, 'ticket-returning-en');

    console.log(`returning partner, "new ticket": ${clicks} clicks, ${typed} typed fields`);
    expect(clicks).toBeLessThanOrEqual(8);
    expect(typed).toBeLessThanOrEqual(3);
    expect({ clicks, typed }).toEqual({ clicks: 8, typed: 3 });
  });

  it('a returning partner reaches the remembered service and role with Back, and changes them', async () => {
    const en = (key: MessageKey) => t('en', key);
    const card = await start('new ticket');
    await expectWizardStep(card, 'criteria');
    await press(card, en('wizard.action.back'));
    await expectAzureBreakFixChosen(card, 'en');
    await press(card, en('wizard.action.back'));
    await expectWizardStep(card, 'role');
    expect(await pg.isCardOptionSelected(en('wizard.field.role'), en('wizard.role.direct-bill'), card)).toBe(
      true,
    );
    await choose(card, en('wizard.field.role'), en('wizard.role.indirect-provider'));
    await press(card, en('wizard.action.next'));
    await expectWizardStep(card, 'service');
    await choose(card, en('wizard.field.service'), en('wizard.service.office365'));
    const checksCard = await press(card, en('wizard.action.next'));
    await expectWizardStep(card, 'criteria');
    // Office 365 asks no access question; the card names the service chosen.
    expect(checksCard).toContain(en('wizard.service.office365'));
    expect(await card.card.getByText(en('wizard.field.delegatedAdmin')).count()).toBe(0);
    const cancelled = await press(card, en('wizard.action.cancel'));
    expect(cancelled).toContain(en('wizard.cancelled.title'));
  });

  it('"nowe zgłoszenie: …" opens the wizard in Polish with what the sentence says, each answer reachable to change', async () => {
    const pl = (key: MessageKey) => t('pl', key);
    const card = await start(`nowe zgłoszenie: ${SENTENCE_PL}`);
    await expectWizardStep(card, 'criteria', 'pl');
    const first = await card.locator.innerText();
    expect(first).toContain(`${pl('field.service')} (${pl('wizard.service.azure')})`);
    expect(first).toContain(`${pl('field.severity')} (${pl('wizard.severity.A')})`);
    expect(first).toContain(pl('prefill.check'));

    // Back reaches what was read: the service and the problem type, shown as chosen on their card.
    await press(card, pl('wizard.action.back'));
    await expectAzureBreakFixChosen(card, 'pl');
    await press(card, pl('wizard.action.next'));
    await checks(card, 'pl', { helpdeskKnown: true, severityKnown: true });
    await expectWizardStep(card, 'details', 'pl');
    expect(await pg.cardInputValue(pl('wizard.field.customerDomain'), card)).toBe('contoso.onmicrosoft.com');
    expect(await pg.cardInputValue(pl('wizard.field.title'), card)).toBe('');
    expect(await pg.cardInputPlaceholder(pl('wizard.field.title'), card)).toBe(
      'maszyny wirtualne w Europie Zachodniej nie działają od 6:00',
    );
    expect(await pg.cardInputValue(pl('wizard.field.description'), card)).toBe(SENTENCE_PL);
    await type(card, pl('wizard.field.customerName'), 'Contoso Sp. z o.o.');
    const review = await press(card, pl('wizard.action.next'));
    await expectWizardStep(card, 'review', 'pl');
    expect(review).toContain(pl('wizard.severity.A'));
    await submitted(card, 'pl');
  });

  it('a sentence with two services asks for the service and says why', async () => {
    const card = await start('new ticket: Outlook on an Azure VM is slow for contoso.com');
    await expectWizardStep(card, 'service');
    expect(await card.locator.innerText()).toContain(
      t('en', 'prefill.unclear', { fields: t('en', 'field.service') }),
    );
    const cancelled = await press(card, t('en', 'wizard.action.cancel'));
    expect(cancelled).toContain(t('en', 'wizard.cancelled.title'));
  });
});
