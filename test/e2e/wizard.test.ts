import type { StepId } from '../../src/domain/wizard/model';
import { t, type Lang } from '../../src/i18n';
import { expectWizardStep, Playground, type ChatMessage } from '../helpers/playground';

/**
 * The escalation wizard in the Agents Playground: every step is an Action.Execute whose invoke
 * response replaces the card in place. One Playground for the file; every test starts its own wizard
 * in the personal chat. Texts come from src/i18n so wording changes don't break the tests.
 */
jest.setTimeout(90_000);

const en = (key: Parameters<typeof t>[1], vars?: Record<string, string | number>) => t('en', key, vars);

describe('the escalation wizard in the Agents Playground', () => {
  let pg: Playground;

  beforeAll(async () => {
    pg = await Playground.start();
    await pg.openConversation('Personal Chat');
  }, 90_000);

  afterAll(async () => {
    await pg?.close();
  }, 30_000);

  /** Presses a card button and waits for the invoke response to replace the card in place. */
  const press = async (card: ChatMessage, title: string): Promise<string> => {
    const before = await card.locator.innerText();
    await pg.clickCardButton(title, card);
    const after = await pg.waitForMessageChange(card, before);
    expect(await pg.newBotMessages()).toEqual([]);
    return after;
  };

  /**
   * Starts a wizard on its role step. Once a test here has filed a ticket, the role, service and
   * problem type are remembered and the wizard opens on the checks step: Back reaches the service and
   * the role, which every test chooses itself.
   */
  const startWizard = async (text: string, lang: Lang = 'en'): Promise<ChatMessage> => {
    await pg.send(text);
    const card = await pg.waitForBotMessage();
    const intro = (step: StepId) => card.card.getByText(t(lang, `wizard.intro.${step}`), { exact: true });
    await intro('role').or(intro('service')).or(intro('criteria')).first().waitFor();
    for (let i = 0; i < 2 && (await intro('role').count()) === 0; i++) {
      await press(card, t(lang, 'wizard.action.back'));
    }
    await expectWizardStep(card, 'role', lang);
    return card;
  };

  it('walks every step of a direct-bill Azure break-fix, with Back keeping the answer, and creates a ticket', async () => {
    const card = await startWizard('new ticket');
    expect((await card.card.getByRole('heading', { level: 2 }).first().innerText()).trim()).toBe(
      en('wizard.title'),
    );
    const role = en('wizard.field.role');
    const directBill = en('wizard.role.direct-bill');

    // role → service, in place.
    await pg.chooseCardOption(role, directBill, card);
    await press(card, en('wizard.action.next'));
    await expectWizardStep(card, 'service');

    // Back → the role step with the role still chosen.
    await press(card, en('wizard.action.back'));
    await expectWizardStep(card, 'role');
    expect(await pg.isCardOptionSelected(role, directBill, card)).toBe(true);
    expect(await pg.isCardOptionSelected(role, en('wizard.role.indirect-reseller'), card)).toBe(false);

    await press(card, en('wizard.action.next'));
    await expectWizardStep(card, 'service');
    // The service and the problem type on one card.
    await pg.chooseCardOption(en('wizard.field.service'), en('wizard.service.azure'), card);
    await pg.chooseCardOption(en('wizard.field.problemType'), en('wizard.problem.break-fix'), card);

    await press(card, en('wizard.action.next'));
    // One checks card: criteria, prerequisites, access and severity, saying what they are for.
    await expectWizardStep(card, 'criteria');
    expect(await card.locator.innerText()).toContain(
      en('wizard.checks.subject', {
        service: en('wizard.service.azure'),
        problem: en('wizard.problem.break-fix'),
      }),
    );
    await pg.chooseCardOption(en('wizard.field.criteria'), en('wizard.criterion.service-unavailable'), card);
    await pg.setCardToggle(en('wizard.field.serviceHealthChecked'), true, card);
    await pg.setCardToggle(en('wizard.field.troubleshootingDone'), true, card);
    // Two yes/no questions: each answered inside its own group.
    await pg.chooseCardOption(en('wizard.field.delegatedAdmin'), en('wizard.choice.yes'), card);
    await pg.chooseCardOption(en('wizard.field.helpdeskAdmin'), en('wizard.choice.no'), card);
    expect(
      await pg.isCardOptionSelected(en('wizard.field.delegatedAdmin'), en('wizard.choice.yes'), card),
    ).toBe(true);
    expect(
      await pg.isCardOptionSelected(en('wizard.field.helpdeskAdmin'), en('wizard.choice.no'), card),
    ).toBe(true);
    await pg.chooseCardOption(en('wizard.field.severity'), en('wizard.severity.B'), card);
    expect(await pg.saveCardScreenshot(card, 'checks-en')).toMatch(/checks-en\.png$/);

    await press(card, en('wizard.action.next'));
    await expectWizardStep(card, 'details');
    await pg.fillCardInput(en('wizard.field.customerName'), 'Contoso Ltd', card);
    await pg.fillCardInput(en('wizard.field.customerDomain'), 'contoso.onmicrosoft.com', card);
    await pg.fillCardInput(en('wizard.field.title'), 'VMs in West Europe unreachable', card);
    await pg.fillCardInput(en('wizard.field.description'), 'All VMs stopped answering at 09:00.', card);
    await pg.fillCardInput(en('wizard.field.contactName'), 'Jan Kowalski', card);
    await pg.fillCardInput(en('wizard.field.contactEmail'), 'jan.kowalski@example.com', card);
    await pg.chooseCardOption(en('wizard.field.contactLanguage'), en('wizard.language.pl'), card);

    const review = await press(card, en('wizard.action.next'));
    await expectWizardStep(card, 'review');
    expect(review).toContain(en('decision.outcome.eligible'));
    expect(review).toContain('Contoso Ltd (contoso.onmicrosoft.com)');
    expect(review).toContain(en('wizard.severity.B'));
    expect(review).toContain('All VMs stopped answering at 09:00.');
    expect(await pg.saveCardScreenshot(card, 'review-en')).toMatch(/review-en\.png$/);

    const summary = await press(card, en('wizard.action.submit'));
    await pg.saveCardScreenshot(card, 'ticket-en');
    const heading = (await card.card.getByRole('heading', { level: 2 }).first().innerText()).trim();
    const id = /^CSP-\d{6}/.exec(heading)?.[0];
    expect(id).toBeDefined();
    expect(heading).toBe(en('ticket.title', { id: id ?? '', title: 'VMs in West Europe unreachable' }));
    expect(summary).toContain(en('ticket.notice.created', { id: id ?? '' }));
    for (const action of [
      'ticket.action.addMsNumber',
      'ticket.action.edit',
      'ticket.action.withdraw',
    ] as const) {
      expect(await card.card.getByRole('button', { name: en(action), exact: true }).count()).toBe(1);
    }
  });

  it('keeps what was typed through Back, shows a bad email in the card, and moves on once it is fixed', async () => {
    // Our own subscription skips the checks: role → service and problem type → details.
    const card = await startWizard('new ticket');
    await pg.chooseCardOption(en('wizard.field.role'), en('wizard.role.indirect-provider'), card);
    await press(card, en('wizard.action.next'));
    await pg.chooseCardOption(en('wizard.field.service'), en('wizard.service.own-subscription'), card);
    await pg.chooseCardOption(en('wizard.field.problemType'), en('wizard.problem.non-break-fix'), card);
    await press(card, en('wizard.action.next'));
    await expectWizardStep(card, 'details');

    // Only the description typed, the required inputs still empty: Back is not held up, and keeps it.
    const description = 'The portal says access denied.';
    await pg.fillCardInput(en('wizard.field.description'), description, card);
    await press(card, en('wizard.action.back'));
    await expectWizardStep(card, 'service');
    await press(card, en('wizard.action.next'));
    await expectWizardStep(card, 'details');
    expect(await pg.cardInputValue(en('wizard.field.description'), card)).toBe(description);
    // No title typed: the one made from the description shows greyed in the empty box.
    expect(await pg.cardInputValue(en('wizard.field.title'), card)).toBe('');
    expect(await pg.cardInputPlaceholder(en('wizard.field.title'), card)).toBe(description);

    const typed: [Parameters<typeof en>[0], string][] = [
      ['wizard.field.customerName.own', 'Fabrikam Partner'],
      ['wizard.field.customerDomain.own', 'fabrikam.onmicrosoft.com'],
      ['wizard.field.description', description],
      ['wizard.field.contactName', 'Anna Nowak'],
      // Passes the input's own checks in the client, but not the bot's email pattern.
      ['wizard.field.contactEmail', 'anna@fabrikam'],
    ];
    for (const [label, value] of typed) await pg.fillCardInput(en(label), value, card);
    await pg.chooseCardOption(en('wizard.field.contactLanguage'), en('wizard.language.en'), card);

    const invalid = await press(card, en('wizard.action.next'));
    await expectWizardStep(card, 'details');
    expect(invalid).toContain(en('wizard.errors.title'));
    expect(invalid).toContain(en('wizard.errors.title'));
    // The inline error under the field, and only for the email.
    expect(await card.card.getByText(en('wizard.error.email'), { exact: true }).count()).toBe(1);
    for (const [label, value] of typed) expect(await pg.cardInputValue(en(label), card)).toBe(value);
    expect(
      await pg.isCardOptionSelected(en('wizard.field.contactLanguage'), en('wizard.language.en'), card),
    ).toBe(true);

    await pg.fillCardInput(en('wizard.field.contactEmail'), 'anna@fabrikam.com', card);
    const review = await press(card, en('wizard.action.next'));
    await expectWizardStep(card, 'review');
    expect(review).not.toContain(en('wizard.error.email'));
    expect(review).toContain('anna@fabrikam.com');
    expect(review).toContain(en('wizard.review.automaticTitle', { title: description }));

    // Cancel closes the draft in place.
    const cancelled = await press(card, en('wizard.action.cancel'));
    expect(cancelled).toContain(en('wizard.cancelled.title'));
  });

  it('answers "nowe zgłoszenie" with the wizard in Polish, and stays in Polish on the next step', async () => {
    const card = await startWizard('nowe zgłoszenie', 'pl');
    const text = await card.locator.innerText();
    expect(text).toContain(t('pl', 'wizard.title'));
    expect(text).not.toContain(en('wizard.title'));
    expect(
      await card.card.getByRole('radiogroup', { name: t('pl', 'wizard.field.role'), exact: true }).count(),
    ).toBe(1);

    await pg.chooseCardOption(t('pl', 'wizard.field.role'), t('pl', 'wizard.role.direct-bill'), card);
    await press(card, t('pl', 'wizard.action.next'));
    await expectWizardStep(card, 'service', 'pl');
    expect(
      await card.card
        .getByRole('radio', { name: t('pl', 'wizard.service.own-subscription'), exact: true })
        .count(),
    ).toBe(1);
  });

  /**
   * Answers role, service and problem type of a break-fix, and on the checks card the criteria and
   * prerequisites of an eligible one, in `lang` (the access questions and severity are left to the test).
   */
  const toChecks = async (card: ChatMessage, service: 'azure' | 'dynamics365', lang: Lang) => {
    const tr = (key: Parameters<typeof t>[1]) => t(lang, key);
    await pg.chooseCardOption(tr('wizard.field.role'), tr('wizard.role.direct-bill'), card);
    await press(card, tr('wizard.action.next'));
    await pg.chooseCardOption(tr('wizard.field.service'), tr(`wizard.service.${service}`), card);
    await pg.chooseCardOption(tr('wizard.field.problemType'), tr('wizard.problem.break-fix'), card);
    await press(card, tr('wizard.action.next'));
    await expectWizardStep(card, 'criteria', lang);
    await pg.chooseCardOption(tr('wizard.field.criteria'), tr('wizard.criterion.service-unavailable'), card);
    await pg.setCardToggle(tr('wizard.field.serviceHealthChecked'), true, card);
    await pg.setCardToggle(tr('wizard.field.troubleshootingDone'), true, card);
  };

  it('says on the checks step what the Helpdesk admin role means, and continues as a draft', async () => {
    const card = await startWizard('new ticket');
    await toChecks(card, 'azure', 'en');
    await pg.chooseCardOption(en('wizard.field.delegatedAdmin'), en('wizard.choice.yes'), card);
    await pg.chooseCardOption(en('wizard.field.helpdeskAdmin'), en('wizard.choice.yes'), card);
    await pg.chooseCardOption(en('wizard.field.severity'), en('wizard.severity.A'), card);

    const blocked = await press(card, en('wizard.action.next'));
    // Still the checks step, the answers still chosen, the blocker explained with the way forward.
    await expectWizardStep(card, 'criteria');
    expect(blocked).toContain(en('wizard.blocked.title'));
    expect(blocked).toContain(en('wizard.blocked.helpdesk-admin-azure'));
    expect(blocked).toContain(en('wizard.blocked.wayForward'));
    expect(
      await pg.isCardOptionSelected(en('wizard.field.helpdeskAdmin'), en('wizard.choice.yes'), card),
    ).toBe(true);
    expect(await card.card.getByRole('button', { name: en('wizard.action.next'), exact: true }).count()).toBe(
      0,
    );
    await pg.saveCardScreenshot(card, 'blocker-en');

    await press(card, en('wizard.action.continueDraft'));
    await expectWizardStep(card, 'details');
  });

  it('cancels a Polish wizard in Polish', async () => {
    const card = await startWizard('nowe zgłoszenie', 'pl');
    await pg.chooseCardOption(t('pl', 'wizard.field.role'), t('pl', 'wizard.role.direct-bill'), card);
    await press(card, t('pl', 'wizard.action.next'));
    await expectWizardStep(card, 'service', 'pl');
    const cancelled = await press(card, t('pl', 'wizard.action.cancel'));
    expect(cancelled).toContain(t('pl', 'wizard.cancelled.title'));
    expect(cancelled).toContain(t('pl', 'wizard.cancelled.text'));
    expect(cancelled).not.toContain(en('wizard.cancelled.title'));
    expect(
      await card.card.getByRole('button', { name: t('pl', 'wizard.action.start'), exact: true }).count(),
    ).toBe(1);
  });

  it('runs a Polish Azure ticket to its review and ticket cards, in Polish, with Polish dates', async () => {
    const pl = (key: Parameters<typeof t>[1], vars?: Record<string, string | number>) => t('pl', key, vars);
    const card = await startWizard('nowe zgłoszenie', 'pl');
    await toChecks(card, 'azure', 'pl');
    await pg.chooseCardOption(pl('wizard.field.delegatedAdmin'), pl('wizard.choice.yes'), card);
    await pg.chooseCardOption(pl('wizard.field.helpdeskAdmin'), pl('wizard.choice.no'), card);
    await pg.chooseCardOption(pl('wizard.field.severity'), pl('wizard.severity.A'), card);
    await pg.saveCardScreenshot(card, 'checks-pl');
    await press(card, pl('wizard.action.next'));
    await expectWizardStep(card, 'details', 'pl');
    await pg.fillCardInput(pl('wizard.field.customerName'), 'Contoso sp. z o.o.', card);
    await pg.fillCardInput(pl('wizard.field.customerDomain'), 'contoso.onmicrosoft.com', card);
    await pg.fillCardInput(pl('wizard.field.title'), 'Maszyny wirtualne nie odpowiadają', card);
    await pg.fillCardInput(
      pl('wizard.field.description'),
      'Od 6:00 żadna maszyna w West Europe nie działa.',
      card,
    );
    await pg.fillCardInput(pl('wizard.field.contactName'), 'Jan Kowalski', card);
    await pg.fillCardInput(pl('wizard.field.contactEmail'), 'jan.kowalski@example.com', card);
    await pg.chooseCardOption(pl('wizard.field.contactLanguage'), pl('wizard.language.en'), card);

    const review = await press(card, pl('wizard.action.next'));
    await expectWizardStep(card, 'review', 'pl');
    expect(review).toContain(pl('decision.outcome.eligible'));
    expect(review).toContain(pl('field.description').replace(/^./, (c) => c.toLocaleUpperCase('pl')));
    expect(review).not.toContain(en('wizard.title'));
    await pg.saveCardScreenshot(card, 'review-pl');

    const summary = await press(card, pl('wizard.action.submit'));
    expect(summary).toContain(pl('response.title'));
    expect(summary).toContain(pl('ticket.field.created'));
    // Polish month abbreviations ("gru", "sty"...), never English ones.
    expect(summary).toMatch(
      new RegExp(
        `${pl('ticket.field.created')}: \\d{1,2} (sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|lis|gru) \\d{4}`,
      ),
    );
    await pg.saveCardScreenshot(card, 'ticket-pl');
  });
});
