import type { Collection, Document } from 'mongodb';
import { VERB } from '../../src/cards/verbs';
import type { BlockerCode, Route } from '../../src/domain/eligibility';
import type { ResponseTarget } from '../../src/domain/responseTargets';
import type { Ticket, TicketStatus } from '../../src/domain/ticket';
import type { StepId } from '../../src/domain/wizard/model';
import { t } from '../../src/i18n';
import { breakFix, CHECKED, DETAILS } from '../helpers/answers';
import { BotHarness, cardOf, cardText, type Sender } from '../helpers/botHarness';
import {
  cardActions,
  cardInputs,
  errorUnder,
  findAction,
  inputValue,
  invokeCard,
  WizardDriver,
  type Card,
  type StepInputs,
} from '../helpers/wizardDriver';

/** A Friday afternoon (UTC), so "one business day" lands on Monday. */
const NOW = new Date('2025-03-07T15:30:00.000Z');
const HOUR = 3_600_000;
const MONDAY_SAME_TIME = new Date('2025-03-10T15:30:00.000Z');

const ADA = { id: 'aad-user-1', name: 'Ada Partner' };
const BOB: Sender = { id: 'user-2', name: 'Bob Colleague', aadObjectId: 'aad-user-2' };

/** The service step asks for the problem type too; the checks step for access and severity too. */
const ALL_STEPS: StepId[] = ['role', 'service', 'criteria', 'details', 'review'];
const NON_BREAK_FIX_STEPS: StepId[] = ALL_STEPS;
const COMMERCIAL_STEPS: StepId[] = ['role', 'service', 'details', 'review'];
/** Office 365, EMS and Dynamics CRM Online ask no access question: the same steps, fewer inputs. */
const NO_ACCESS_STEPS: StepId[] = ALL_STEPS;

interface Scenario {
  name: string;
  answers: StepInputs;
  steps: StepId[];
  decision:
    | { outcome: 'eligible'; route: Route; portalUrl?: string }
    | { outcome: 'not-yet'; blockers: BlockerCode[] };
  status: TicketStatus;
  target: ResponseTarget | null;
  respondBy?: Date;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'Azure with delegated admin: Azure portal with the CSP plan, A = 2 h',
    answers: breakFix('azure', 'A'),
    steps: ALL_STEPS,
    decision: { outcome: 'eligible', route: 'azure-portal' },
    status: 'ready-to-file',
    target: 'PT2H',
    respondBy: new Date(NOW.getTime() + 2 * HOUR),
  },
  {
    name: 'Azure without admin rights: the customer-domain portal link, B = 4 h',
    answers: breakFix('azure', 'B', { role: 'indirect-provider', delegatedAdmin: 'no' }),
    steps: ALL_STEPS,
    decision: {
      outcome: 'eligible',
      route: 'customer-domain-portal',
      portalUrl: 'https://portal.azure.com/contoso.onmicrosoft.com',
    },
    status: 'ready-to-file',
    target: 'PT4H',
    respondBy: new Date(NOW.getTime() + 4 * HOUR),
  },
  {
    name: 'Azure, indirect reseller with access granted by the provider: Azure portal, C = 8 h',
    answers: breakFix('azure', 'C', { role: 'indirect-reseller', providerGrantedAccess: 'yes' }),
    steps: ALL_STEPS,
    decision: { outcome: 'eligible', route: 'azure-portal' },
    status: 'ready-to-file',
    target: 'PT8H',
    respondBy: new Date(NOW.getTime() + 8 * HOUR),
  },
  {
    name: 'Azure, a contact who prefers Polish: business hours, no first-response time',
    answers: breakFix('azure', 'B', { contactLanguage: 'pl' }),
    steps: ALL_STEPS,
    decision: { outcome: 'eligible', route: 'azure-portal' },
    status: 'ready-to-file',
    target: 'local-business-hours',
  },
  {
    name: 'Billing, a contact who prefers German: business hours, no first-response time',
    answers: {
      role: 'direct-bill',
      service: 'azure',
      problemType: 'billing',
      ...DETAILS,
      contactLanguage: 'de',
    },
    steps: COMMERCIAL_STEPS,
    decision: { outcome: 'eligible', route: 'partner-center' },
    status: 'ready-to-file',
    target: 'local-business-hours',
  },
  {
    name: 'Office 365: Microsoft 365 admin center',
    answers: breakFix('office365', 'A'),
    steps: NO_ACCESS_STEPS,
    decision: { outcome: 'eligible', route: 'm365-admin-center' },
    status: 'ready-to-file',
    target: 'PT2H',
    respondBy: new Date(NOW.getTime() + 2 * HOUR),
  },
  {
    name: 'EMS, non-break-fix: Microsoft 365 admin center, next business day',
    answers: { ...breakFix('ems', 'A'), problemType: 'non-break-fix' },
    steps: NON_BREAK_FIX_STEPS,
    decision: { outcome: 'eligible', route: 'm365-admin-center' },
    status: 'ready-to-file',
    target: 'P1BD',
    respondBy: MONDAY_SAME_TIME,
  },
  {
    name: 'Dynamics CRM Online: Microsoft 365 admin center',
    answers: breakFix('dynamics-crm-online', 'B'),
    steps: NO_ACCESS_STEPS,
    decision: { outcome: 'eligible', route: 'm365-admin-center' },
    status: 'ready-to-file',
    target: 'PT4H',
    respondBy: new Date(NOW.getTime() + 4 * HOUR),
  },
  {
    name: 'Dynamics 365 with ASfP: through Partner Center',
    answers: breakFix('dynamics365', 'A'),
    steps: ALL_STEPS,
    decision: { outcome: 'eligible', route: 'dynamics-asfp' },
    status: 'ready-to-file',
    target: 'PT2H',
    respondBy: new Date(NOW.getTime() + 2 * HOUR),
  },
  {
    name: 'Dynamics 365 without ASfP: not yet',
    answers: breakFix('dynamics365', 'A', { asfp: 'no' }),
    steps: ALL_STEPS,
    decision: { outcome: 'not-yet', blockers: ['asfp-missing'] },
    status: 'draft',
    target: null,
  },
  {
    name: 'Billing: Partner Center, next business day',
    answers: { role: 'direct-bill', service: 'azure', problemType: 'billing', ...DETAILS },
    steps: COMMERCIAL_STEPS,
    decision: { outcome: 'eligible', route: 'partner-center' },
    status: 'ready-to-file',
    target: 'P1BD',
    respondBy: MONDAY_SAME_TIME,
  },
  {
    name: 'Fraud: Partner Center',
    answers: { role: 'indirect-provider', service: 'office365', problemType: 'fraud', ...DETAILS },
    steps: COMMERCIAL_STEPS,
    decision: { outcome: 'eligible', route: 'partner-center' },
    status: 'ready-to-file',
    target: 'P1BD',
    respondBy: MONDAY_SAME_TIME,
  },
  {
    name: 'Dynamics 365 billing or licensing: Dynamics Support, no CSP response target',
    answers: { role: 'direct-bill', service: 'dynamics365', problemType: 'billing', ...DETAILS },
    steps: COMMERCIAL_STEPS,
    decision: { outcome: 'eligible', route: 'dynamics-support' },
    status: 'ready-to-file',
    target: null,
  },
  {
    name: 'Marketplace product support: the ISV, no Microsoft response target',
    answers: { role: 'direct-bill', service: 'marketplace', problemType: 'break-fix', ...DETAILS },
    steps: COMMERCIAL_STEPS,
    decision: { outcome: 'eligible', route: 'isv' },
    status: 'ready-to-file',
    target: null,
  },
  {
    name: 'Marketplace billing dispute: Partner Center, not the ISV',
    answers: { role: 'direct-bill', service: 'marketplace', problemType: 'billing', ...DETAILS },
    steps: COMMERCIAL_STEPS,
    decision: { outcome: 'eligible', route: 'partner-center' },
    status: 'ready-to-file',
    target: 'P1BD',
    respondBy: MONDAY_SAME_TIME,
  },
  {
    name: 'Own subscription: the partner’s own support plan',
    answers: { role: 'direct-bill', service: 'own-subscription', problemType: 'break-fix', ...DETAILS },
    steps: COMMERCIAL_STEPS,
    decision: { outcome: 'eligible', route: 'own-support-plan' },
    status: 'ready-to-file',
    target: null,
  },
  {
    name: 'not yet: service health not checked',
    answers: breakFix('office365', 'A', { serviceHealthChecked: 'false' }),
    steps: NO_ACCESS_STEPS,
    decision: { outcome: 'not-yet', blockers: ['service-health-not-checked'] },
    status: 'draft',
    target: null,
  },
  {
    name: 'not yet: troubleshooting not done',
    answers: breakFix('azure', 'B', { troubleshootingDone: 'false' }),
    steps: ALL_STEPS,
    decision: { outcome: 'not-yet', blockers: ['troubleshooting-not-done'] },
    status: 'draft',
    target: null,
  },
  {
    name: 'not yet: no escalation criterion met',
    answers: breakFix('ems', 'C', { criteria: '' }),
    steps: NO_ACCESS_STEPS,
    decision: { outcome: 'not-yet', blockers: ['no-escalation-criterion'] },
    status: 'draft',
    target: null,
  },
  {
    name: 'not yet: indirect reseller without Azure access from the provider',
    answers: breakFix('azure', 'A', { role: 'indirect-reseller', providerGrantedAccess: 'no' }),
    steps: ALL_STEPS,
    decision: { outcome: 'not-yet', blockers: ['reseller-azure-access-missing'] },
    status: 'draft',
    target: null,
  },
  {
    name: 'not yet: a Helpdesk admin can’t create Azure requests',
    answers: breakFix('azure', 'A', { helpdeskAdmin: 'yes' }),
    steps: ALL_STEPS,
    decision: { outcome: 'not-yet', blockers: ['helpdesk-admin-azure'] },
    status: 'draft',
    target: null,
  },
  {
    name: 'Office 365 without delegated admin: no such question, ready to file',
    answers: breakFix('office365', 'B', { delegatedAdmin: 'no' }),
    steps: NO_ACCESS_STEPS,
    decision: { outcome: 'eligible', route: 'm365-admin-center' },
    status: 'ready-to-file',
    target: 'PT4H',
    respondBy: new Date(NOW.getTime() + 4 * HOUR),
  },
  {
    name: 'already filed: a Microsoft request number in the details',
    answers: breakFix('azure', 'A', { microsoftRequestNumber: '2503070010000123' }),
    steps: ALL_STEPS,
    decision: { outcome: 'eligible', route: 'azure-portal' },
    status: 'filed-with-microsoft',
    target: 'PT2H',
    respondBy: new Date(NOW.getTime() + 2 * HOUR),
  },
];

const bot = new BotHarness();
let tickets: Collection<Document>;
let drafts: Collection<Document>;

beforeAll(async () => {
  await bot.start({}, { clock: { now: () => new Date(NOW) } });
  tickets = bot.db.db.collection('tickets');
  drafts = bot.db.db.collection('drafts');
});
afterAll(() => bot.stop());
// Every test here walks a partner's first ticket: nothing remembered from the one before
// (test/integration/quickStart.test.ts covers what a returning partner is offered).
beforeEach(() => bot.db.db.collection('partnerProfiles').deleteMany({}));

/** The id of the ticket a summary card shows. */
function ticketIdOf(card: Card): string {
  const data = findAction(card, VERB.ticketRefresh)?.data as { ticketId?: unknown } | undefined;
  if (typeof data?.ticketId !== 'string') throw new Error(`Not a ticket card: ${cardText(card)}`);
  return data.ticketId;
}

async function storedTicket(id: string): Promise<Ticket> {
  const doc = await tickets.findOne({ _id: id as never });
  if (!doc) throw new Error(`No ticket ${id}`);
  return doc as unknown as Ticket;
}

async function storedDraft(id: string): Promise<Document | null> {
  return drafts.findOne({ _id: id as never });
}

/** Drives a new wizard to its review step with `answers`. */
async function toReview(answers: StepInputs, driver = new WizardDriver(bot)): Promise<WizardDriver> {
  await driver.startByText('new ticket');
  await driver.complete(answers);
  return driver;
}

/** Drives a new wizard up to (not answering) `step`. */
async function toStep(
  step: StepId,
  answers: StepInputs,
  driver = new WizardDriver(bot),
): Promise<WizardDriver> {
  await driver.startByButton();
  await driver.complete(answers, step);
  expect(driver.step).toBe(step);
  return driver;
}

describe('the wizard end to end, for every route and outcome (real turns, real database)', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const driver = new WizardDriver(bot);
    await driver.startByText('new ticket');
    const { draftId } = driver.position();
    expect(await driver.complete(scenario.answers)).toEqual(scenario.steps);

    const review = cardText(driver.card);
    const card = await driver.submit();
    const id = ticketIdOf(card);
    expect(cardText(card)).toContain(`Ticket ${id} was recorded.`);
    expect(review).toContain(t('en', `decision.outcome.${scenario.decision.outcome}`));
    if (scenario.decision.outcome === 'eligible') {
      expect(review).toContain(t('en', `decision.route.${scenario.decision.route}`));
    } else {
      for (const b of scenario.decision.blockers) expect(review).toContain(t('en', `decision.blocker.${b}`));
    }
    if (scenario.target === 'local-business-hours') {
      // The English-support target is shown as such; the contact's language gets business hours, no time.
      const language = t('en', `wizard.language.${scenario.answers.contactLanguage as 'pl' | 'de'}`);
      for (const text of [review, cardText(card)]) {
        expect(text).toContain(t('en', 'response.localLanguage', { language }));
        expect(text).not.toMatch(/expect a first response by/i);
      }
    }

    const ticket = await storedTicket(id);
    const a = scenario.answers;
    expect(ticket).toMatchObject({
      role: a.role,
      service: a.service,
      customer: { name: 'Contoso Ltd', domain: 'contoso.onmicrosoft.com' },
      title: DETAILS.title,
      description: DETAILS.description,
      affectedResource: DETAILS.affectedResource,
      contact: {
        name: 'Ada Partner',
        email: 'ada@partner.example',
        phone: '+48 22 123 45 67',
        language: a.contactLanguage,
      },
      status: scenario.status,
      responseTarget: scenario.target,
      requester: ADA,
      tenantId: 'tenant-1',
      conversation: { id: 'personal-1', type: 'personal' },
      idempotencyKey: expect.stringContaining(draftId) as unknown,
      createdAt: NOW,
      version: 1,
      history: [{ at: NOW, by: ADA, action: 'created' }],
    });
    // The customer's portal is one of the decision's links, not a field of its own.
    const { portalUrl: _portal, ...decision } = scenario.decision as typeof scenario.decision & {
      portalUrl?: string;
    };
    expect(ticket.decision).toMatchObject(decision);
    if (scenario.decision.outcome === 'eligible' && scenario.decision.portalUrl) {
      expect(ticket.decision.links).toContainEqual({
        id: 'customer-portal',
        url: scenario.decision.portalUrl,
      });
      const links = cardActions(card).filter((a) => a.type === 'Action.OpenUrl');
      expect(links).toContainEqual(expect.objectContaining({ url: scenario.decision.portalUrl }));
    }
    if (scenario.decision.outcome === 'eligible' && !scenario.decision.portalUrl) {
      expect(ticket.decision).not.toHaveProperty('portalUrl');
      if (scenario.decision.outcome === 'eligible' && scenario.decision.portalUrl) {
        expect(ticket.decision.links).toContainEqual({
          id: 'customer-portal',
          url: scenario.decision.portalUrl,
        });
      }
    }
    // Only what applies to the path is stored.
    expect(ticket.problemType).toBe(a.problemType);
    // The severity is asked on the checks step, for a break-fix only.
    const severityAsked = scenario.steps.includes('criteria') && a.problemType === 'break-fix';
    expect(ticket.severity).toBe(severityAsked ? a.severity : undefined);
    expect(ticket.respondBy).toEqual(scenario.respondBy);
    if (scenario.steps.includes('criteria') && a.problemType === 'break-fix') {
      expect(ticket.criteria.met).toEqual(a.criteria ? a.criteria.split(',') : []);
    }
    if (a.microsoftRequestNumber) expect(ticket.microsoftRequestNumber).toBe(a.microsoftRequestNumber);
    else expect(ticket).not.toHaveProperty('microsoftRequestNumber');

    // The draft is marked with the ticket it made, so a retried submit can't make another.
    expect(await storedDraft(draftId)).toMatchObject({ ticketId: id });
    expect(await tickets.countDocuments({ idempotencyKey: ticket.idempotencyKey })).toBe(1);
  });
});

/** The stored draft's rev and data, to show that a rejected action wrote nothing. */
async function draftSnapshot(draftId: string): Promise<unknown> {
  const doc = await storedDraft(draftId);
  return doc && { rev: doc.rev as unknown, data: doc.data as unknown, ticketId: doc.ticketId as unknown };
}

describe('submitting', () => {
  it('a retried submit (the same invoke twice) creates exactly one ticket, and both answers show it', async () => {
    const driver = await toReview(breakFix('azure', 'A'));
    const data = driver.actionData(VERB.wizardSubmit);
    const before = await tickets.countDocuments();
    const first = invokeCard(await bot.execute(VERB.wizardSubmit, data));
    const second = invokeCard(await bot.execute(VERB.wizardSubmit, data));
    expect(ticketIdOf(second)).toBe(ticketIdOf(first));
    expect(cardText(second)).toContain(ticketIdOf(first));
    expect(await tickets.countDocuments()).toBe(before + 1);
  });

  it('two copies of the submit arriving at once still create one ticket', async () => {
    const driver = await toReview(breakFix('office365', 'C'));
    const data = driver.actionData(VERB.wizardSubmit);
    const before = await tickets.countDocuments();
    const [a, b] = await Promise.all([
      bot.execute(VERB.wizardSubmit, data),
      bot.execute(VERB.wizardSubmit, data),
    ]);
    expect(ticketIdOf(invokeCard(a))).toBe(ticketIdOf(invokeCard(b)));
    expect(await tickets.countDocuments()).toBe(before + 1);
  });
});

describe('in Polish', () => {
  it('"nowe zgłoszenie" runs the whole wizard in Polish and stores the same ticket', async () => {
    const driver = new WizardDriver(bot, { locale: 'pl-PL' });
    const first = await driver.startByText('nowe zgłoszenie');
    expect(cardText(first)).toContain(t('pl', 'wizard.title'));
    expect(cardText(first)).toContain(t('pl', 'wizard.intro.role'));
    expect(findAction(first, VERB.wizardNext)?.title).toBe(t('pl', 'wizard.action.next'));
    await driver.complete(breakFix('dynamics365', 'B'));
    expect(cardText(driver.card)).toContain(t('pl', 'decision.outcome.eligible'));
    expect(cardText(driver.card)).toContain(t('pl', 'decision.route.dynamics-asfp'));
    const card = await driver.submit();
    const id = ticketIdOf(card);
    expect(cardText(card)).toContain(t('pl', 'ticket.notice.created', { id }));
    expect(await storedTicket(id)).toMatchObject({
      service: 'dynamics365',
      severity: 'B',
      status: 'ready-to-file',
      decision: { outcome: 'eligible', route: 'dynamics-asfp' },
      respondBy: new Date(NOW.getTime() + 4 * HOUR),
    });
  });

  it('stays in Polish when started in Polish from an English Teams client', async () => {
    const driver = new WizardDriver(bot, { locale: 'en-US' });
    await driver.startByText('nowe zgloszenie');
    expect(cardText(driver.card)).toContain(t('pl', 'wizard.intro.role'));
    await driver.complete({ role: 'direct-bill', service: 'azure', problemType: 'billing', ...DETAILS });
    expect(cardText(driver.card)).toContain(t('pl', 'wizard.intro.review'));
    const card = await driver.submit();
    expect(cardText(card)).toContain(t('pl', 'ticket.notice.created', { id: ticketIdOf(card) }));
  });
});

describe('in Polish, to the end', () => {
  it('cancelling a Polish wizard from an English Teams client answers in Polish', async () => {
    const driver = new WizardDriver(bot, { locale: 'en-US' });
    await driver.startByText('nowe zgłoszenie');
    await driver.complete(breakFix('azure', 'A'), 'criteria');
    const { draftId } = driver.position();
    const cancelled = await driver.cancel();
    expect(cardText(cancelled)).toContain(t('pl', 'wizard.cancelled.title'));
    expect(cardText(cancelled)).toContain(t('pl', 'wizard.cancelled.text'));
    expect(cardText(cancelled)).not.toContain(t('en', 'wizard.cancelled.title'));
    expect(findAction(cancelled, VERB.wizardStart)?.title).toBe(t('pl', 'wizard.action.start'));
    expect(await storedDraft(draftId)).toBeNull();
  });

  it('a Polish draft ticket and "moje zgłoszenia" give Polish dates', async () => {
    const driver = new WizardDriver(bot, { locale: 'pl-PL' });
    await driver.startByText('nowe zgłoszenie');
    await driver.complete(breakFix('azure', 'A', { serviceHealthChecked: 'false' }));
    const card = await driver.submit();
    const id = ticketIdOf(card);
    expect((await storedTicket(id)).status).toBe('draft');
    // 7 March 2025, 15:30 UTC: "7 mar 2025", not "7 Mar 2025".
    expect(cardText(card)).toContain(`${t('pl', 'ticket.field.created')}: 7 mar 2025, 15:30 UTC`);
    expect(cardText(card)).toContain(t('pl', 'ticket.status.draft'));
    const list = cardText(cardOf((await bot.message('moje zgłoszenia', { locale: 'pl-PL' })).sent[0]));
    expect(list).toContain(t('pl', 'ticket.list.title'));
    expect(list).toContain('zmienione 7 mar 2025, 15:30 UTC');
    expect(list).not.toMatch(/\bMar\b|updated/);
  });
});

describe('a blocker said where it arises', () => {
  it('Helpdesk admin for Azure: the checks step explains it, stores nothing, and continues as a draft', async () => {
    const driver = await toStep('criteria', breakFix('azure', 'A'));
    const { draftId, draftRev } = driver.position();
    const checks = {
      criteria: 'service-unavailable',
      ...CHECKED,
      delegatedAdmin: 'yes',
      helpdeskAdmin: 'yes',
      severity: 'A',
    };
    const blocked = await driver.next(checks);
    expect(driver.position()).toMatchObject({ step: 'criteria', draftRev });
    expect(cardText(blocked)).toContain(t('en', 'wizard.blocked.helpdesk-admin-azure'));
    expect(cardText(blocked)).toContain(t('en', 'wizard.blocked.wayForward'));
    expect(inputValue(blocked, 'helpdeskAdmin')).toBe('yes');
    expect((await storedDraft(draftId))?.rev).toBe(draftRev);
    const stored = JSON.parse(String((await storedDraft(draftId))?.data)) as { answers: object };
    expect(stored.answers).not.toHaveProperty('access');
    expect(stored.answers).not.toHaveProperty('severity');

    await driver.next(checks);
    expect(driver.step).toBe('details');
    await driver.complete(breakFix('azure', 'A', { helpdeskAdmin: 'yes' }));
    const ticket = await storedTicket(ticketIdOf(await driver.submit()));
    expect(ticket).toMatchObject({
      status: 'draft',
      decision: { outcome: 'not-yet', blockers: ['helpdesk-admin-azure'] },
    });
  });

  it('ASfP "no" for Dynamics 365 is said on its step, in Polish too', async () => {
    const driver = new WizardDriver(bot, { locale: 'pl-PL' });
    await driver.startByText('nowe zgłoszenie');
    await driver.complete(breakFix('dynamics365', 'B'), 'criteria');
    const blocked = await driver.next({
      criteria: 'service-unavailable',
      ...CHECKED,
      asfp: 'no',
      severity: 'B',
    });
    expect(driver.step).toBe('criteria');
    expect(cardText(blocked)).toContain(t('pl', 'wizard.blocked.asfp-missing'));
    expect(findAction(blocked, VERB.wizardNext)?.title).toBe(t('pl', 'wizard.action.continueDraft'));
  });
});

describe('moving around the wizard', () => {
  it('back shows the accepted answers again, and forward keeps them', async () => {
    const answers = breakFix('azure', 'A');
    const driver = await toStep('details', answers);
    const { draftId, draftRev } = driver.position();

    await driver.back();
    expect(driver.position()).toMatchObject({ step: 'criteria', draftRev: draftRev + 1 });
    expect(inputValue(driver.card, 'criteria')).toBe('service-unavailable,network-disruption');
    expect(inputValue(driver.card, 'serviceHealthChecked')).toBe('true');
    expect(inputValue(driver.card, 'delegatedAdmin')).toBe('yes');
    expect(inputValue(driver.card, 'helpdeskAdmin')).toBe('no');
    expect(inputValue(driver.card, 'severity')).toBe('A');
    await driver.back();
    expect(driver.step).toBe('service');
    expect(inputValue(driver.card, 'service')).toBe('azure');
    expect(inputValue(driver.card, 'problemType')).toBe('break-fix');

    // Forward again without changing anything: every step shows what was accepted.
    await driver.next({ service: 'azure', problemType: 'break-fix' });
    expect(inputValue(driver.card, 'severity')).toBe('A');
    await driver.next({
      criteria: 'service-unavailable,network-disruption',
      ...CHECKED,
      delegatedAdmin: 'yes',
      helpdeskAdmin: 'no',
      severity: 'B',
    });
    expect(driver.step).toBe('details');
    await driver.complete(answers);
    expect(cardText(driver.card)).toContain(t('en', 'wizard.severity.B'));
    expect((await storedDraft(draftId))?.rev).toBe(driver.position().draftRev);
  });

  it('a title left empty follows the description, and Back keeps what was typed on the step', async () => {
    const driver = await toStep('details', breakFix('office365', 'C'));
    const { draftId } = driver.position();
    const titleBox = () => cardInputs(driver.card).title;
    const automatic = (title: string) => t('en', 'wizard.review.automaticTitle', { title });
    await driver.answer({ ...DETAILS, title: '', description: 'Exchange mail flow stopped' });
    expect(driver.step).toBe('review');
    expect(cardText(driver.card)).toContain(automatic('Exchange mail flow stopped'));

    // Back, change only the description, Next: the title follows; the box shows it greyed, not typed.
    await driver.back();
    expect(titleBox()).toMatchObject({ value: '', placeholder: 'Exchange mail flow stopped' });
    await driver.answer({ description: 'Teams calls dropping every 5 minutes' });
    expect(cardText(driver.card)).toContain(automatic('Teams calls dropping every 5 minutes'));
    expect(cardText(driver.card)).not.toContain('Exchange mail flow stopped');
    await driver.back();
    expect(titleBox()).toMatchObject({ value: '', placeholder: 'Teams calls dropping every 5 minutes' });

    // A long description typed, then Back to fix the service: kept, as typed, across the steps.
    const long = `Calls drop after 5 minutes in every meeting.\n${'Rejoining helps for a while. '.repeat(60)}`;
    await driver.back({ description: long, contactEmail: 'ada@partner' });
    await driver.back();
    expect(driver.step).toBe('service');
    await driver.answer({ service: 'ems' });
    await driver.answer();
    expect(driver.step).toBe('details');
    expect(inputValue(driver.card, 'description')).toBe(long);
    expect(inputValue(driver.card, 'contactEmail')).toBe('ada@partner');
    expect(titleBox()).toMatchObject({
      value: '',
      placeholder: 'Calls drop after 5 minutes in every meeting.',
    });
    // Checked going forward.
    await driver.answer();
    expect(errorUnder(driver.card, 'contactEmail')).toBe(t('en', 'wizard.error.email'));
    await driver.answer({ contactEmail: DETAILS.contactEmail });
    expect(driver.step).toBe('review');
    const ticket = await storedTicket(ticketIdOf(await driver.submit()));
    expect(ticket).toMatchObject({
      service: 'ems',
      description: long.trim(),
      title: 'Calls drop after 5 minutes in every meeting.',
      titleAutomatic: true,
    });
    expect(await storedDraft(draftId)).toMatchObject({ ticketId: ticket._id });
  });

  it('changing an earlier answer drops what no longer applies', async () => {
    const driver = await toReview(breakFix('azure', 'A'));
    for (let i = 0; i < 10 && driver.step !== 'service'; i++) await driver.back();
    await driver.next({ service: 'azure', problemType: 'billing' });
    expect(driver.step).toBe('details');
    await driver.complete({});
    const card = await driver.submit();
    const ticket = await storedTicket(ticketIdOf(card));
    expect(ticket).toMatchObject({ problemType: 'billing', decision: { route: 'partner-center' } });
    expect(ticket).not.toHaveProperty('severity');
    expect(ticket.criteria).toEqual({ met: [], prerequisites: [], access: {} });
  });

  it('cancel deletes the draft and writes no ticket; the old card then says the form is closed', async () => {
    const driver = await toStep('details', breakFix('azure', 'A'));
    const { draftId } = driver.position();
    const old = driver.card;
    const before = await tickets.countDocuments();
    const cancelled = await driver.cancel();
    expect(cardText(cancelled)).toContain(t('en', 'wizard.cancelled.title'));
    expect(await storedDraft(draftId)).toBeNull();

    const next = invokeCard(
      await bot.execute(VERB.wizardNext, { ...driver.actionData(VERB.wizardNext, old), ...DETAILS }),
    );
    expect(cardText(next)).toContain(t('en', 'wizard.closed.title'));
    expect(findAction(next, VERB.wizardStart)).toBeDefined();
    const closed = invokeCard(
      await bot.execute(VERB.wizardSubmit, { ...driver.actionData(VERB.wizardNext, old), step: 'review' }),
    );
    expect(cardText(closed)).toContain(t('en', 'wizard.closed.title'));
    expect(await storedDraft(draftId)).toBeNull();
    expect(await tickets.countDocuments()).toBe(before);
  });

  it('a card from an older state gets the "out of date" banner, shows the current step and writes nothing', async () => {
    const driver = new WizardDriver(bot);
    await driver.startByButton();
    await driver.next({ role: 'direct-bill' });
    const oldServiceCard = driver.card;
    await driver.next({ service: 'azure', problemType: 'break-fix' });
    const { draftId, draftRev } = driver.position();
    expect(driver.step).toBe('criteria');
    const before = await draftSnapshot(draftId);

    for (const verb of [VERB.wizardNext, VERB.wizardBack]) {
      const card = invokeCard(
        await bot.execute(verb, { ...driver.actionData(verb, oldServiceCard), service: 'office365' }),
      );
      expect(cardText(card)).toContain(t('en', 'wizard.stale'));
      expect(driver.position(card)).toEqual({ draftId, draftRev, step: 'criteria' });
      expect(await draftSnapshot(draftId)).toEqual(before);
    }
  });

  it('submitting an older review card (after going back) creates no ticket', async () => {
    const driver = await toReview(breakFix('ems', 'B'));
    const oldReview = driver.card;
    await driver.back();
    const { draftId } = driver.position();
    const before = await draftSnapshot(draftId);
    const ticketsBefore = await tickets.countDocuments();
    const card = invokeCard(
      await bot.execute(VERB.wizardSubmit, driver.actionData(VERB.wizardSubmit, oldReview)),
    );
    expect(cardText(card)).toContain(t('en', 'wizard.stale'));
    expect(driver.position(card).step).toBe('details');
    expect(await draftSnapshot(draftId)).toEqual(before);
    expect(await tickets.countDocuments()).toBe(ticketsBefore);
  });
});

describe('bad input: a clear card, the inputs kept, nothing written', () => {
  // One draft on the details step serves every case: none of them may move it.
  let details: WizardDriver;
  let detailsCard: Card;
  let draftId: string;
  let draftRev: number;
  let before: unknown;
  let ticketsBefore: number;
  beforeAll(async () => {
    details = await toStep('details', breakFix('azure', 'A'));
    detailsCard = details.card;
    ({ draftId, draftRev } = details.position());
    before = await draftSnapshot(draftId);
    ticketsBefore = await tickets.countDocuments();
  });
  afterEach(async () => {
    expect(await draftSnapshot(draftId)).toEqual(before);
    expect(await tickets.countDocuments()).toBe(ticketsBefore);
  });
  /** Sends `verb` with the details card's Next data (where it stands) and `data` merged in. */
  const press = async (verb: string, data: Record<string, unknown>, locale = 'en-US') =>
    invokeCard(
      await bot.execute(verb, { ...details.actionData(VERB.wizardNext, detailsCard), ...data }, { locale }),
    );

  const LONG_TITLE = 'T'.repeat(121);
  const cases: [string, Record<string, unknown>, string, string][] = [
    [
      'a query operator in place of a choice',
      { contactLanguage: { $gt: '' } },
      'contactLanguage',
      'wrongType',
    ],
    ['a number where text is expected', { customerName: 42 }, 'customerName', 'wrongType'],
    ['a title over 120 characters', { title: LONG_TITLE }, 'title', 'tooLong'],
    ['a malformed email', { contactEmail: 'ada@@partner' }, 'contactEmail', 'email'],
    ['a missing required field', { contactName: undefined }, 'contactName', 'required'],
    ['a value that is not one of the choices', { contactLanguage: 'klingon' }, 'contactLanguage', 'choice'],
  ];

  it.each(cases)('%s', async (_name, override, field, code) => {
    const inputs: Record<string, unknown> = { ...DETAILS, ...override };
    if (override[field] === undefined) delete inputs[field];
    const card = await press(VERB.wizardNext, inputs);

    const text = cardText(card);
    expect(text).toContain(t('en', 'wizard.errors.title'));
    const message = t('en', `wizard.error.${code}` as never, { max: 120 });
    // The error is said right under its input, not at the top of the card.
    expect(errorUnder(card, field)).toBe(message);
    expect(details.position(card)).toEqual({ draftId, draftRev, step: 'details' });
    // Everything the user typed is still in the card; a value of the wrong type can't be shown.
    for (const [id, value] of Object.entries(inputs)) {
      if (typeof value === 'string') expect(inputValue(card, id)).toBe(value);
    }
  });

  it('the error is explained in the wizard’s language', async () => {
    const polish = new WizardDriver(bot, { locale: 'pl-PL' });
    await polish.startByText('nowe zgłoszenie');
    const { draftId: id } = polish.position();
    const untouched = await draftSnapshot(id);
    await polish.next({ role: { $gt: '' } });
    expect(errorUnder(polish.card, 'role')).toBe(t('pl', 'wizard.error.wrongType'));
    expect(polish.step).toBe('role');
    expect(await draftSnapshot(id)).toEqual(untouched);
  });

  it.each([
    ['en-US', 'pl'],
    ['pl-PL', 'en'],
  ] as const)(
    'an unknown verb gets a card in the language of the card pressed, not the client’s (%s client, %s card)',
    async (locale, lang) => {
      const card = await press('wizard.skipToEnd', { ...DETAILS, lang }, locale);
      expect(cardText(card)).toContain(t(lang, 'action.unknown'));
    },
  );

  it.each([
    ['a draft id of the wrong shape', { draftId: '../../drafts' }],
    ['a draft id that is a query operator', { draftId: { $ne: null } }],
  ])('%s: a clear card, nothing written', async (_name, override) => {
    const card = await press(VERB.wizardNext, { ...override, ...DETAILS });
    expect(cardText(card)).toContain(t('en', 'action.invalid'));
  });

  it.each([
    ['a card revision that is not a number', { draftRev: 'latest' }],
    ['a step that does not exist', { step: 'shortcut' }],
  ])('%s: the current step with a banner and the inputs kept, nothing written', async (_name, override) => {
    const inputs = { ...DETAILS, title: 'Typed before the broken button' };
    const card = await press(VERB.wizardNext, { ...override, ...inputs });
    expect(cardText(card)).toContain(t('en', 'wizard.invalidAction'));
    expect(details.position(card)).toEqual({ draftId, draftRev, step: 'details' });
    expect(inputValue(card, 'title')).toBe('Typed before the broken button');
    expect(inputValue(card, 'contactEmail')).toBe(DETAILS.contactEmail);
  });
});

describe('someone else’s wizard in a group chat', () => {
  it('another member pressing my buttons gets a clear card and changes nothing', async () => {
    const mine = await toReview(breakFix('azure', 'A'), new WizardDriver(bot, { kind: 'groupChat' }));
    const { draftId } = mine.position();
    const before = await draftSnapshot(draftId);
    const ticketsBefore = await tickets.countDocuments();
    for (const verb of [VERB.wizardSubmit, VERB.wizardBack, VERB.wizardCancel]) {
      const card = invokeCard(
        await bot.execute(verb, mine.actionData(verb), { kind: 'groupChat', from: BOB }),
      );
      expect(cardText(card)).toContain(t('en', 'action.notOwner'));
    }
    expect(await draftSnapshot(draftId)).toEqual(before);
    expect(await tickets.countDocuments()).toBe(ticketsBefore);
    // The owner can still finish it.
    const card = await mine.submit();
    expect((await storedTicket(ticketIdOf(card))).conversation).toMatchObject({
      id: 'group-1',
      type: 'groupChat',
    });
  });
});

describe('ticket actions', () => {
  async function newTicket(
    answers: StepInputs = breakFix('azure', 'A'),
  ): Promise<{ driver: WizardDriver; id: string }> {
    const driver = await toReview(answers);
    const card = await driver.submit();
    return { driver, id: ticketIdOf(card) };
  }

  it('a valid Microsoft request number files the ticket and is recorded in its history', async () => {
    const { driver, id } = await newTicket();
    const card = await driver.press(VERB.ticketAddMsNumber, { microsoftRequestNumber: ' 2503070010000999 ' });
    expect(cardText(card)).toContain(t('en', 'ticket.notice.filed'));
    expect(cardText(card)).toContain(t('en', 'ticket.status.filed-with-microsoft'));
    const ticket = await storedTicket(id);
    expect(ticket).toMatchObject({
      status: 'filed-with-microsoft',
      microsoftRequestNumber: '2503070010000999',
      version: 2,
    });
    expect(ticket.history.at(-1)).toEqual({
      at: NOW,
      by: ADA,
      action: 'microsoft-request-number',
      detail: '2503070010000999',
    });
  });

  it('an invalid request number gets an error card keeping what was typed; nothing written', async () => {
    const { driver, id } = await newTicket();
    const ticketCard = driver.card;
    for (const number of ['12ab', '123', '1'.repeat(21), '']) {
      const card = await driver.invoke(VERB.ticketAddMsNumber, {
        ...driver.actionData(VERB.ticketAddMsNumber, ticketCard),
        microsoftRequestNumber: number,
      });
      expect(cardText(card)).toContain(t('en', 'ticket.error.invalid-request-number'));
      expect(inputValue(card, 'microsoftRequestNumber') ?? '').toBe(number);
    }
    expect(await storedTicket(id)).toMatchObject({ status: 'ready-to-file', version: 1 });
  });

  it('withdraw: the ticket is withdrawn, then further changes are refused', async () => {
    const { driver, id } = await newTicket();
    const ticketCard = driver.card;
    const card = await driver.press(VERB.ticketWithdraw);
    await bot.delivered();
    expect(cardText(card)).toContain(t('en', 'ticket.notice.withdrawn'));
    expect(findAction(card, VERB.ticketWithdraw)).toBeUndefined();
    expect(findAction(card, VERB.ticketEdit)).toBeUndefined();
    const withdrawn = await storedTicket(id);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', version: 2 });
    expect(withdrawn.history.at(-1)).toMatchObject({ action: 'withdrawn', by: ADA });

    // Withdraw again from the card from before the withdrawal: already done, so it is answered as
    // done, not as out of date, and nothing is recorded twice. Another change from that card is out
    // of date.
    const again = await driver.invoke(
      VERB.ticketWithdraw,
      driver.actionData(VERB.ticketWithdraw, ticketCard),
    );
    expect(cardText(again)).not.toContain(t('en', 'ticket.error.stale'));
    expect(cardText(again)).toContain(t('en', 'ticket.status.withdrawn'));
    expect(await storedTicket(id)).toEqual(withdrawn);
    const stale = await driver.invoke(VERB.ticketAddMsNumber, {
      ...driver.actionData(VERB.ticketAddMsNumber, ticketCard),
      microsoftRequestNumber: '2503070010000999',
    });
    expect(cardText(stale)).toContain(t('en', 'ticket.error.stale'));

    // The same actions on the current version are refused because the ticket is withdrawn.
    const current = { ...driver.actionData(VERB.ticketAddMsNumber, ticketCard), version: 2 };
    const number = await driver.invoke(VERB.ticketAddMsNumber, {
      ...current,
      microsoftRequestNumber: '2503070010000999',
    });
    expect(cardText(number)).toContain(t('en', 'ticket.error.ticket-withdrawn'));
    const edit = await driver.invoke(VERB.ticketEdit, current);
    expect(cardText(edit)).toContain(t('en', 'ticket.error.ticket-withdrawn'));
    expect(await storedTicket(id)).toEqual(withdrawn);
  });

  it('edit opens the wizard on the review prefilled; submitting updates the same ticket', async () => {
    const { driver, id } = await newTicket();
    const ticketsBefore = await tickets.countDocuments();
    const review = await driver.press(VERB.ticketEdit);
    expect(driver.position(review).step).toBe('review');
    expect(cardText(review)).toContain(DETAILS.title);
    expect(cardText(review)).toContain(t('en', 'wizard.severity.A'));

    await driver.back(); // details, prefilled
    expect(inputValue(driver.card, 'title')).toBe(DETAILS.title);
    await driver.back(); // the checks, severity among them
    expect(inputValue(driver.card, 'severity')).toBe('A');
    await driver.answer({ severity: 'C' });
    await driver.complete({ title: 'VMs unreachable (updated)' });
    const editedReview = driver.card;
    const card = await driver.submit();
    expect(ticketIdOf(card)).toBe(id);
    expect(cardText(card)).toContain(t('en', 'ticket.notice.edited'));

    const ticket = await storedTicket(id);
    expect(ticket).toMatchObject({
      severity: 'C',
      title: 'VMs unreachable (updated)',
      version: 2,
      responseTarget: 'PT8H',
      respondBy: new Date(NOW.getTime() + 8 * HOUR),
      createdAt: NOW,
    });
    expect(ticket.history.map((h) => h.action)).toEqual(['created', 'edited']);
    expect(await tickets.countDocuments()).toBe(ticketsBefore);

    // The same edit submitted again changes nothing more.
    const retried = invokeCard(
      await bot.execute(VERB.wizardSubmit, driver.actionData(VERB.wizardSubmit, editedReview)),
    );
    expect(cardText(retried)).toContain(id);
    expect((await storedTicket(id)).version).toBe(2);
  });
});
