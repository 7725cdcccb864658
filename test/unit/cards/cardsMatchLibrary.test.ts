import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { faqAnswerCard, faqUnsureCard } from '../../../src/cards/faqCards';
import { faqReportCard } from '../../../src/cards/faqReportCard';
import { helpCard } from '../../../src/cards/helpCard';
import { failedActionCard, noticeCard } from '../../../src/cards/noticeCard';
import type * as Render from '../../../src/cards/render';
import type * as Library from '../../helpers/templatingLibrary';
import {
  wizardCancelledCard,
  wizardClosedCard,
  wizardExpiredCard,
  wizardStepCard,
  type WizardCardNotice,
  type WizardCardOptions,
} from '../../../src/cards/stepCard';
import { ticketSummaryCard, type TicketCardError, type TicketNotice } from '../../../src/cards/ticketCard';
import { ticketListCard } from '../../../src/cards/ticketListCard';
import { VERB } from '../../../src/cards/verbs';
import type { ActionHolder } from '../../../src/domain/access';
import { BLOCKER_CODES, blockersAt } from '../../../src/domain/eligibility';
import type { FaqReport } from '../../../src/domain/faq/report';
import {
  addMicrosoftRequestNumber,
  newTicketFromDraft,
  reviseTicket,
  withdraw,
  type Ticket,
} from '../../../src/domain/ticket';
import { stepFields, submitStep } from '../../../src/domain/wizard/flow';
import {
  CRITERIA,
  FIELD_IDS,
  PROBLEM_TYPES,
  ROLES,
  SERVICES,
  STEPS,
  type ContactLanguage,
  type Draft,
  type StepId,
  type WizardAnswers,
} from '../../../src/domain/wizard/model';
import { reviewOutcome } from '../../../src/domain/wizard/review';
import { LANGS, type Lang } from '../../../src/i18n';
import { KNOWLEDGE_IDS } from '../../../src/knowledge';

/**
 * Every card builder renders exactly what adaptivecards-templating renders from the same view model,
 * less the optional properties left empty that no card keeps (OMITTED_WHEN_EMPTY, removed from the
 * library's card afterwards): each renderCard call the builders make below is expanded by the
 * compiled template and by the library, and the two must be deeply equal. The view models vary over every step, route, status,
 * notice, error and language, with user text full of `$`, `{`, `}` and markdown.
 */

interface Rendering {
  template: object;
  /** Both expansions, or undefined when the same view model was already compared. */
  cards?: { ours: unknown; library: unknown };
}

const mockRenderings: Rendering[] = [];

jest.mock('../../../src/cards/render', () => {
  const actual = jest.requireActual<typeof Render>('../../../src/cards/render');
  const { expandAsCard } = jest.requireActual<typeof Library>('../../helpers/templatingLibrary');
  // View models already compared, by template (view models are plain JSON data).
  const compared = new WeakMap<object, Set<string>>();
  return {
    ...actual,
    renderCard: (template: object, data: object) => {
      const ours = actual.renderCard(template, data);
      const seen = compared.get(template) ?? new Set<string>();
      compared.set(template, seen);
      const key = JSON.stringify(data);
      if (seen.has(key)) {
        mockRenderings.push({ template });
      } else {
        seen.add(key);
        // A copy: builders may still change the card they get (the Next button's acknowledgement).
        const cards = { ours: structuredClone(ours), library: expandAsCard(template, data) };
        mockRenderings.push({ template, cards });
      }
      return ours;
    },
  };
});

const CARDS_DIR = path.resolve(__dirname, '../../../adaptiveCards');
const TEMPLATES = new Map<object, string>(
  readdirSync(CARDS_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [jest.requireActual<object>(path.join(CARDS_DIR, file)), file]),
);
const compared = new Map<string, number>();

/** Runs `build` and expects every card it rendered to be the library's. */
function expectSameAsLibrary(build: () => unknown): void {
  mockRenderings.length = 0;
  build();
  expect(mockRenderings.length).toBeGreaterThan(0);
  for (const { template, cards } of mockRenderings) {
    const name = TEMPLATES.get(template) ?? 'a template outside adaptiveCards/';
    if (!cards) continue;
    compared.set(name, (compared.get(name) ?? 0) + 1);
    // node's strict deep equality first (it is much faster than Jest's), Jest's for the diff.
    if (!isDeepStrictEqual(cards.ours, cards.library)) {
      expect({ template: name, card: cards.ours }).toStrictEqual({ template: name, card: cards.library });
    }
  }
}

afterAll(() => {
  // Every template was compared, with many view models.
  expect([...TEMPLATES.values()].filter((name) => !compared.has(name))).toEqual([]);
});

// ---- View models -------------------------------------------------------------------------------

/** What users type, with template syntax, markdown and HTML that must come out as typed. */
const USER = {
  customer: 'Contoso ${customer} {Ltd} $100 **bold** _x_',
  title: 'Mailboxes [down](http://evil.example) ${secret} } {',
  description: 'Since **08:00** nobody can log in.\n\n${notes} `code` \\ | # > <b>x</b>\r\nLine {3}',
  contact: 'Ann ${name} Partner',
  requester: 'Bob <b>{Admin}</b> $$',
  resource: '/subscriptions/${id}/rg-{prod}',
  question: 'Is ${lang} "phone" support {on}? `x` **y**',
};

const details = (language: ContactLanguage = 'en', extra: Partial<WizardAnswers['details']> = {}) => ({
  customer: { name: USER.customer, domain: 'contoso.onmicrosoft.com' },
  title: USER.title,
  description: USER.description,
  contact: { name: USER.contact, email: 'ann@fabrikam.com', phone: '+48 22 123 45 67', language },
  ...extra,
});

const GUID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const ALL_ACCESS = { delegatedAdmin: true, providerGrantedAccess: true, helpdeskAdmin: true, asfp: true };
const NO_ACCESS = { delegatedAdmin: false, providerGrantedAccess: false, helpdeskAdmin: false, asfp: false };

/** Complete answers for every role, service and problem type, with and without the checks done. */
const ANSWER_SETS: WizardAnswers[] = ROLES.flatMap((role, r) =>
  SERVICES.flatMap((service) =>
    PROBLEM_TYPES.flatMap((problemType) =>
      [true, false].map((checked, i): WizardAnswers => ({
        role,
        service,
        problemType,
        criteria: checked ? [...CRITERIA.slice(0, 2)] : [],
        prerequisites: checked ? ['service-health-checked', 'troubleshooting-done'] : [],
        access: checked ? ALL_ACCESS : NO_ACCESS,
        ...(problemType === 'break-fix' && { severity: (['A', 'B', 'C'] as const)[(r + i) % 3] }),
        details: details((['en', 'pl', 'de'] as const)[(r + i) % 3], {
          ...(checked && { affectedResource: USER.resource }),
          ...(!checked && { customer: { name: USER.customer, domain: 'fabrikam.com', tenantId: GUID } }),
        }),
      })),
    ),
  ),
);

/** One of ANSWER_SETS: with the checks done (eligible where the route allows) or not. */
function answersFor(
  role: (typeof ROLES)[number],
  service: (typeof SERVICES)[number],
  problemType: (typeof PROBLEM_TYPES)[number],
  checked: boolean,
): WizardAnswers {
  const found = ANSWER_SETS.find(
    (a) =>
      a.role === role &&
      a.service === service &&
      a.problemType === problemType &&
      (a.prerequisites?.length ?? 0) > 0 === checked,
  );
  if (!found) throw new Error('no such answers');
  return found;
}
const AZURE = answersFor('indirect-reseller', 'azure', 'break-fix', true);
const AZURE_UNCHECKED = answersFor('indirect-reseller', 'azure', 'break-fix', false);

const NOW = new Date('2024-03-08T10:00:00Z');
const draftAt = (step: StepId, answers: WizardAnswers, extra: Partial<Draft> = {}): Draft => ({
  answers,
  step,
  rev: 3,
  ...extra,
});

/** The answers the wizard holds when it reaches `step`: what the steps before it asked. */
function answersUpTo(step: StepId, answers: WizardAnswers): WizardAnswers {
  const { role, service, problemType, criteria, prerequisites, access, severity } = answers;
  switch (step) {
    case 'role':
      return {};
    case 'service':
      return { role };
    case 'criteria':
      return { role, service, problemType };
    case 'details':
      return { role, service, problemType, criteria, prerequisites, access, severity };
    case 'review':
      return answers;
  }
}

const stepCard = (draft: Draft, lang: Lang, options: WizardCardOptions = {}) =>
  wizardStepCard('draft-1', draft, lang, {
    ...(draft.step === 'review' && { review: reviewOutcome(draft.answers, NOW) }),
    ...options,
  });

const META = {
  seq: 42,
  requester: { id: '29:bob', name: USER.requester },
  conversation: { id: 'a:1', type: 'personal' as const, serviceUrl: 'https://smba.example/' },
  tenantId: 't1',
  now: NOW,
  idempotencyKey: 'd:1',
};
const BY = { id: '29:eve', name: 'Eve' };
const LATER = new Date('2024-03-09T08:30:00Z');

/** The ticket of `answers` in each status it can reach: as created, filed, edited, withdrawn. */
function ticketStates(answers: WizardAnswers): Ticket[] {
  const created = newTicketFromDraft({ answers }, META);
  const states = [created];
  const filed = addMicrosoftRequestNumber(created, '2403080010001234', BY, LATER);
  if (filed.ok) states.push(filed.ticket);
  const edited = reviseTicket(created, { answers: { ...answers, details: details('pl') } }, BY, LATER);
  if (edited.ok) states.push(edited.ticket);
  const withdrawn = withdraw(created, BY, LATER);
  if (withdrawn.ok) states.push(withdrawn.ticket);
  return states;
}

// ---- The builders ------------------------------------------------------------------------------

describe.each(LANGS)('in %s, every card renders as adaptivecards-templating renders it', (lang) => {
  it('wizard steps: every step of every route, with the answers asked so far and with all of them', () => {
    const drafts = new Map<string, Draft>();
    for (const answers of ANSWER_SETS) {
      for (const step of STEPS) {
        for (const draft of [draftAt(step, answersUpTo(step, answers)), draftAt(step, answers)]) {
          drafts.set(JSON.stringify(draft), draft);
        }
      }
    }
    for (const draft of drafts.values()) expectSameAsLibrary(() => stepCard(draft, lang));
  });

  it('wizard steps: validation errors, with what the user typed kept', () => {
    const raws: Record<string, unknown>[] = [
      {},
      { role: 'nobody', service: 'nothing', problemType: 7 },
      {
        criteria: 'not-a-criterion',
        severity: 'Z',
        delegatedAdmin: 'maybe',
        serviceHealthChecked: 'yes',
      },
      {
        customerName: USER.customer,
        customerDomain: 'not a ${domain}',
        customerTenantId: '{guid}',
        title: 'x'.repeat(500),
        description: { $gt: '' },
        contactName: USER.contact,
        contactEmail: 'ann@${host}',
        contactPhone: 'call me {maybe}',
        contactLanguage: 'xx',
        affectedResource: USER.resource,
        microsoftRequestNumber: '12ab',
      },
    ];
    for (const answers of ANSWER_SETS.slice(0, 12)) {
      for (const step of STEPS.filter((s) => s !== 'review')) {
        for (const raw of raws) {
          const draft = draftAt(step, answersUpTo(step, answers));
          const result = submitStep(draft, { draftRev: draft.rev, step }, raw);
          if (result.ok || result.reason !== 'invalid') continue;
          expectSameAsLibrary(() => stepCard(result.draft, lang, { errors: result.errors }));
        }
      }
    }
  });

  it('wizard steps: every banner, a Retry button, typed inputs not yet saved and a time zone', () => {
    const answers = AZURE;
    const pending = Object.fromEntries(FIELD_IDS.map((field) => [field, `${USER.title} (${field})`]));
    const notices: (WizardCardNotice | undefined)[] = [
      undefined,
      'stale',
      'invalidAction',
      'saveFailed',
      'incomplete',
      'changedMeanwhile',
      'prefilled',
    ];
    const changes = [
      undefined,
      { by: [USER.requester, 'Eve'], fields: ['title', 'severity'] as const, conflicts: [] },
      { by: ['Eve'], fields: ['description'] as const, conflicts: ['title', 'contactName'] as const },
    ];
    const prefilled = [
      undefined,
      { remembered: ['role', 'service'] as const, teams: ['contactName'] as const, read: [], unclear: [] },
      {
        remembered: [],
        teams: [],
        read: ['severity', 'customerDomain'] as const,
        unclear: ['service'] as const,
      },
    ];
    for (const step of STEPS) {
      for (const notice of notices) {
        for (const change of notice === 'changedMeanwhile' ? changes : [undefined]) {
          for (const sources of notice === 'prefilled' ? prefilled : [undefined]) {
            for (const draft of [
              draftAt(step, answers),
              draftAt(step, answersUpTo(step, answers), { pending, prefilled: ['role'] }),
            ]) {
              const options: WizardCardOptions = {
                ...(notice && { notice }),
                ...(change && {
                  changes: { ...change, fields: [...change.fields], conflicts: [...change.conflicts] },
                }),
                ...(sources && {
                  prefilled: {
                    remembered: [...sources.remembered],
                    teams: [...sources.teams],
                    read: [...sources.read],
                    unclear: [...sources.unclear],
                  },
                }),
              };
              expectSameAsLibrary(() => stepCard(draft, lang, options));
              expectSameAsLibrary(() =>
                stepCard(draft, lang, { ...options, retryVerb: VERB.wizardNext, timeZone: 'Europe/Warsaw' }),
              );
            }
          }
        }
      }
    }
  });

  it('wizard steps: each blocker said on its step, alone and all together, with its links', () => {
    for (const answers of ANSWER_SETS) {
      for (const step of STEPS) {
        const blockers = blockersAt(step, answers);
        if (blockers.length > 0)
          expectSameAsLibrary(() => stepCard(draftAt(step, answers), lang, { blockers }));
      }
    }
    for (const blocker of BLOCKER_CODES) {
      expectSameAsLibrary(() =>
        stepCard(draftAt('criteria', AZURE_UNCHECKED), lang, { blockers: [blocker] }),
      );
    }
    expectSameAsLibrary(() =>
      stepCard(draftAt('details', AZURE_UNCHECKED), lang, { blockers: [...BLOCKER_CODES] }),
    );
  });

  it('wizard steps: the review in every contact language and time zone', () => {
    const routes = [
      AZURE,
      answersFor('direct-bill', 'office365', 'billing', true),
      answersFor('direct-bill', 'dynamics365', 'break-fix', true),
      answersFor('direct-bill', 'marketplace', 'non-break-fix', true),
    ];
    for (const language of ['en', 'pl', 'de', 'fr', 'es', 'it'] as const) {
      for (const answers of routes) {
        const withLanguage = { ...answers, details: details(language) };
        for (const timeZone of [undefined, 'Europe/Warsaw', 'America/Los_Angeles']) {
          expectSameAsLibrary(() =>
            stepCard(draftAt('review', withLanguage), lang, timeZone ? { timeZone } : {}),
          );
        }
      }
    }
  });

  it('wizard steps: every field the steps can show', () => {
    // Each input step with every field it may ask, as the answers make them apply.
    const shown = new Set<string>();
    for (const answers of ANSWER_SETS) {
      for (const step of STEPS) for (const field of stepFields(step, answers)) shown.add(field);
    }
    expect([...shown].sort()).toEqual([...FIELD_IDS].sort());
  });

  it('wizard notices: cancelled, closed and expired', () => {
    expectSameAsLibrary(() => wizardCancelledCard(lang));
    expectSameAsLibrary(() => wizardClosedCard(lang));
    expectSameAsLibrary(() => wizardExpiredCard(lang));
  });

  it('tickets: every route as created; filed, edited and withdrawn', () => {
    for (const answers of ANSWER_SETS) {
      const states =
        answers.role === 'direct-bill' ? ticketStates(answers) : ticketStates(answers).slice(0, 1);
      for (const ticket of states) expectSameAsLibrary(() => ticketSummaryCard(ticket, lang));
    }
  });

  it('tickets: every notice, error and refusal, a Retry button, a typed number and a time zone', () => {
    const notices: TicketNotice[] = ['created', 'filed', 'withdrawn', 'edited'];
    const errors: TicketCardError[] = [
      'invalid-transition',
      'invalid-request-number',
      'ticket-withdrawn',
      'incomplete-answers',
      'conflict',
      'stale',
      'unavailable',
    ];
    const refusals: ActionHolder[] = ['requester', 'support', 'requester-or-support'];
    const tickets = [
      AZURE,
      AZURE_UNCHECKED,
      answersFor('direct-bill', 'marketplace', 'break-fix', true),
      answersFor('indirect-provider', 'own-subscription', 'non-break-fix', true),
    ].flatMap(ticketStates);
    for (const ticket of tickets) {
      for (const notice of notices) expectSameAsLibrary(() => ticketSummaryCard(ticket, lang, { notice }));
      for (const error of errors) {
        expectSameAsLibrary(() =>
          ticketSummaryCard(ticket, lang, { error, microsoftRequestNumberInput: `12ab ${USER.title}` }),
        );
      }
      for (const refusal of refusals) expectSameAsLibrary(() => ticketSummaryCard(ticket, lang, { refusal }));
      expectSameAsLibrary(() =>
        ticketSummaryCard(ticket, lang, {
          error: 'unavailable',
          retry: { verb: VERB.ticketRefresh, data: { ticketId: ticket._id, version: ticket.version } },
          timeZone: 'Europe/Warsaw',
        }),
      );
    }
  });

  it('tickets: the list, empty, with one and with many, in a time zone', () => {
    const tickets = ANSWER_SETS.slice(0, 10).flatMap(ticketStates);
    expectSameAsLibrary(() => ticketListCard([], lang));
    expectSameAsLibrary(() => ticketListCard(tickets.slice(0, 1), lang));
    expectSameAsLibrary(() => ticketListCard(tickets, lang, 'Europe/Warsaw'));
  });

  it('FAQ answers: every entry, with each severity focus and after each vote', () => {
    for (const id of KNOWLEDGE_IDS) {
      for (const severity of [undefined, 'A', 'B', 'C'] as const) {
        for (const vote of [undefined, 'helpful', 'not-helpful', 'failed'] as const) {
          expectSameAsLibrary(() =>
            faqAnswerCard(id, lang, {
              question: USER.question,
              ...(severity && { focus: { severity } }),
              ...(vote && { vote }),
            }),
          );
        }
      }
    }
  });

  it('FAQ unsure, report, help and notice cards', () => {
    for (const count of [0, 1, 3, 5]) {
      const suggestions = KNOWLEDGE_IDS.slice(count, count * 2);
      expectSameAsLibrary(() => faqUnsureCard(lang, suggestions));
      expectSameAsLibrary(() => faqUnsureCard(lang, suggestions, USER.question));
    }
    const report: FaqReport = {
      since: new Date('2025-03-01T12:00:00Z'),
      until: new Date('2025-03-31T12:00:00Z'),
      unanswered: [
        { question: USER.question, count: 12 },
        { question: USER.title, count: 3 },
        { question: 'jak zmienić hasło', count: 1 },
      ],
      worst: KNOWLEDGE_IDS.slice(0, 5).map((entryId, i) => ({ entryId, notHelpful: 5 - i, helpful: i })),
    };
    expectSameAsLibrary(() => faqReportCard(report, lang));
    expectSameAsLibrary(() => faqReportCard(report, lang, 'Europe/Warsaw'));
    expectSameAsLibrary(() => faqReportCard({ ...report, unanswered: [], worst: [] }, lang));
    expectSameAsLibrary(() => helpCard(lang));
    expectSameAsLibrary(() => helpCard(lang, { notice: USER.title }));
    expectSameAsLibrary(() => noticeCard(lang, USER.description));
    expectSameAsLibrary(() => noticeCard(lang, USER.title, { title: USER.customer, warning: true }));
    expectSameAsLibrary(() =>
      noticeCard(lang, USER.title, { retry: { verb: VERB.wizardNext, data: { draftId: 'd', draftRev: 1 } } }),
    );
    expectSameAsLibrary(() => failedActionCard(lang, USER.description));
  });
});
