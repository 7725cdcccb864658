import { faqAnswerCard, faqUnsureCard } from '../../../src/cards/faqCards';
import { asPlainLines, type CardJson } from '../../../src/cards/render';
import { wizardCancelledCard, wizardStepCard } from '../../../src/cards/stepCard';
import { ticketSummaryCard } from '../../../src/cards/ticketCard';
import { ticketListCard } from '../../../src/cards/ticketListCard';
import { VERB } from '../../../src/cards/verbs';
import { newTicketFromDraft, type Ticket } from '../../../src/domain/ticket';
import { STEPS, type Draft, type StepId, type WizardAnswers } from '../../../src/domain/wizard/model';
import { reviewOutcome } from '../../../src/domain/wizard/review';
import { LANGS, messageTables, t, type Lang } from '../../../src/i18n';
import { getLink, KNOWLEDGE_IDS, LINK_IDS } from '../../../src/knowledge';
import { AZURE_ANSWERS } from '../../helpers/answers';
import { cardNodes } from '../../helpers/cardNodes';

/**
 * Cards that read well: blockers said on their step, short review rows, the response target first,
 * reasons apart from how-to, errors under their inputs, readable colours, uncut buttons, the right
 * words for each route, and Polish all the way.
 */

type Node = ReturnType<typeof cardNodes>[number];
const NOW = new Date('2026-12-01T10:41:00Z');
const texts = (card: CardJson) =>
  cardNodes(card)
    .map((n: Node) => [n.text, n.title, n.label].filter((x): x is string => typeof x === 'string').join(' '))
    .join('\n');
const buttons = (card: CardJson) =>
  cardNodes(card).filter((n: Node) => typeof n.type === 'string' && n.type.startsWith('Action.'));
const openUrls = (card: CardJson) =>
  cardNodes(card)
    .filter((n: Node) => n.type === 'Action.OpenUrl')
    .map((n: Node) => n.url);
const factsOf = (card: CardJson) =>
  cardNodes(card)
    .filter((n: Node) => n.type === 'FactSet')
    .flatMap((n: Node) => n.facts as { title: string; value: string }[]);

const details = {
  customer: { name: 'Contoso', domain: 'contoso.onmicrosoft.com' },
  title: 'VMs unreachable',
  description: 'All VMs in rg-prod stopped answering at 09:00.',
  contact: { name: 'Ann Partner', email: 'ann@fabrikam.com', language: 'en' as const },
};
const azure: WizardAnswers = { ...AZURE_ANSWERS, severity: 'A', details };
const draftAt = (step: StepId, answers: WizardAnswers, rev = 5): Draft => ({ answers, step, rev });
const review = (answers: WizardAnswers, lang: Lang) =>
  wizardStepCard('d', draftAt('review', answers), lang, { review: reviewOutcome(answers, NOW) });
const ticketOf = (answers: WizardAnswers): Ticket =>
  newTicketFromDraft(
    { answers },
    {
      seq: 7,
      requester: { id: '29:ann', name: 'Ann' },
      conversation: { id: 'a:1', type: 'personal', serviceUrl: 'https://smba.example/' },
      tenantId: 't1',
      now: NOW,
      idempotencyKey: 'd:1',
    },
  );

describe('§3 a blocker is said on the step that raises it', () => {
  const draft: Draft = {
    ...draftAt('criteria', { ...azure, access: undefined, severity: undefined, details: undefined }, 4),
    pending: { delegatedAdmin: 'yes', helpdeskAdmin: 'yes' },
  };

  it.each(LANGS)('in %s: what it means, the way forward, a link, and "continue as a draft"', (lang) => {
    const card = wizardStepCard('d', draft, lang, { blockers: ['helpdesk-admin-azure'] });
    const text = texts(card);
    expect(text).toContain(t(lang, 'wizard.blocked.title'));
    expect(text).toContain(t(lang, 'wizard.blocked.helpdesk-admin-azure'));
    expect(text).toContain(t(lang, 'wizard.blocked.wayForward'));
    expect(openUrls(card)).toEqual(['https://portal.azure.com']);
    const next = buttons(card).find((b: Node) => b.verb === VERB.wizardNext);
    expect(next?.title).toBe(t(lang, 'wizard.action.continueDraft'));
    expect(next?.data).toEqual({
      draftId: 'd',
      draftRev: 4,
      step: 'criteria',
      expiresAt: 0,
      lang,
      acknowledge: 'helpdesk-admin-azure',
    });
    // What was chosen is still chosen.
    const inputs = cardNodes(card).filter((n: Node) => n.id === 'helpdeskAdmin');
    expect(inputs[0]?.value).toBe('yes');
  });

  it('shows no notice and a plain Next without blockers', () => {
    const card = wizardStepCard('d', draft, 'en');
    expect(texts(card)).not.toContain(t('en', 'wizard.blocked.title'));
    const next = buttons(card).find((b: Node) => b.verb === VERB.wizardNext);
    expect(next?.title).toBe(t('en', 'wizard.action.next'));
    expect(next?.data).not.toHaveProperty('acknowledge');
  });

  it('asks about the Helpdesk admin role saying what the role can’t do', () => {
    for (const lang of LANGS) {
      const question = t(lang, 'wizard.field.helpdeskAdmin');
      expect(question).not.toBe('Is your Partner Center role Helpdesk admin?');
      expect(question).toMatch(
        lang === 'en' ? /can’t create Azure support requests/ : /nie może tworzyć żądań obsługi Azure/,
      );
    }
  });
});

describe('§4 cards that read well', () => {
  it.each(LANGS)('in %s the review rows have short labels and include the description', (lang) => {
    const facts = factsOf(review(azure, lang));
    for (const fact of facts) {
      expect(fact.title.length).toBeLessThanOrEqual(40);
      expect(fact.title).not.toMatch(/\?/);
    }
    const titles = facts.map((f) => f.title);
    expect(titles).toContain(t(lang, 'field.helpdeskAdmin').replace(/^./, (c) => c.toLocaleUpperCase(lang)));
    expect(facts).toContainEqual({
      title: t(lang, 'field.description').replace(/^./, (c) => c.toLocaleUpperCase(lang)),
      value: expect.stringContaining('All VMs in rg'),
    });
  });

  it.each(LANGS)(
    'in %s a description written on several lines keeps its lines on the review and the ticket',
    (lang) => {
      const lines = 'VMs in rg-prod stopped at 09:00.\r\n\n\nSteps so far:\n- restarted *both*';
      const multiline = { ...azure, details: { ...details, description: lines } };
      const shown = asPlainLines(lines);
      expect(shown).toBe('VMs in rg\\-prod stopped at 09:00\\.\n\nSteps so far:\n\n\\- restarted \\*both\\*');
      const label = t(lang, 'field.description').replace(/^./, (c) => c.toLocaleUpperCase(lang));
      expect(factsOf(review(multiline, lang))).toContainEqual({ title: label, value: shown });
      expect(texts(ticketSummaryCard(ticketOf(multiline), lang))).toContain(shown);
    },
  );

  it('puts the response target near the top of the ticket card, before the facts', () => {
    const card = ticketSummaryCard(ticketOf(azure), 'en');
    const body = card.body as { type: string; items?: { text?: string }[] }[];
    const responseAt = body.findIndex((c) => c.items?.[0]?.text?.startsWith(t('en', 'response.title')));
    const factsAt = body.findIndex((c) => c.type === 'FactSet');
    expect(responseAt).toBeGreaterThan(-1);
    expect(responseAt).toBeLessThan(factsAt);
    expect(body[responseAt]?.items?.[0]?.text).toBe(
      `${t('en', 'response.title')}: ${t('en', 'response.target.PT2H')}`,
    );
  });

  it('keeps how-to steps out of "Why" and lists them under the next steps', () => {
    const card = ticketSummaryCard(ticketOf(azure), 'en');
    const body = JSON.stringify(card.body);
    const why = body.indexOf(t('en', 'ticket.section.reasons'));
    const next = body.indexOf(t('en', 'ticket.section.nextSteps'));
    const howTo = body.indexOf(t('en', 'decision.reason.csp-support-plan'));
    expect(why).toBeGreaterThan(-1);
    expect(howTo).toBeGreaterThan(next);
    expect(body.indexOf(t('en', 'decision.reason.partner-contact'))).toBeGreaterThan(next);
    // A reason proper stays under "Why".
    const reason = body.indexOf(t('en', 'decision.reason.delegated-admin'));
    expect(reason).toBeGreaterThan(why);
    expect(reason).toBeLessThan(next);
  });

  it.each(LANGS)(
    'in %s says a refused Microsoft request number under its input, not above the card',
    (lang) => {
      const card = ticketSummaryCard(ticketOf(azure), lang, {
        error: 'invalid-request-number',
        microsoftRequestNumberInput: '12ab',
      });
      const body = card.body as {
        type: string;
        items?: { type: string; id?: string; text?: string; color?: string }[];
      }[];
      const group = body.find((c) => c.items?.some((i) => i.id === 'microsoftRequestNumber'))?.items ?? [];
      const inputAt = group.findIndex((i) => i.id === 'microsoftRequestNumber');
      expect(group[inputAt + 1]).toMatchObject({
        type: 'TextBlock',
        color: 'Attention',
        text: t(lang, 'ticket.error.invalid-request-number'),
      });
      expect(JSON.stringify(body.slice(0, 3))).not.toContain(t(lang, 'ticket.error.invalid-request-number'));
    },
  );

  it('writes no text in yellow or pale green on any wizard or ticket card', () => {
    const answers: WizardAnswers[] = [
      azure,
      { ...azure, access: { delegatedAdmin: true, helpdeskAdmin: true } },
      { ...azure, service: 'marketplace', problemType: 'non-break-fix' },
    ];
    const cards: CardJson[] = [];
    for (const lang of LANGS) {
      for (const a of answers) {
        for (const step of STEPS) {
          cards.push(
            wizardStepCard('d', draftAt(step, a), lang, { review: reviewOutcome(a, NOW), blockers: [] }),
          );
        }
        const ticket = ticketOf(a);
        for (const status of ['draft', 'ready-to-file', 'filed-with-microsoft', 'withdrawn'] as const) {
          cards.push(ticketSummaryCard({ ...ticket, status }, lang));
        }
      }
    }
    for (const card of cards) {
      for (const node of cardNodes(card)) expect(['Warning', 'Good']).not.toContain(node.color);
    }
  });

  it('keeps every link button title short enough not to be cut', () => {
    for (const id of LINK_IDS) {
      for (const lang of LANGS) expect(getLink(id).label[lang].length).toBeLessThanOrEqual(30);
    }
  });

  it('keeps every topic button title short enough not to be cut', () => {
    for (const lang of LANGS) {
      for (const id of KNOWLEDGE_IDS) {
        for (const card of [faqAnswerCard(id, lang), faqUnsureCard(lang, [id])]) {
          for (const b of buttons(card).filter((n: Node) => n.type === 'Action.Submit')) {
            expect({ id, lang, title: b.title, ok: String(b.title).length <= 30 }).toMatchObject({
              ok: true,
            });
          }
        }
      }
    }
  });
});

describe('§5 the right words for each route', () => {
  const marketplace: WizardAnswers = {
    role: 'direct-bill',
    service: 'marketplace',
    problemType: 'non-break-fix',
    details,
  };

  it.each(LANGS)('in %s the marketplace review neither reports to Microsoft nor repeats itself', (lang) => {
    const card = review(marketplace, lang);
    const text = texts(card);
    expect(text).not.toContain(t(lang, 'wizard.title'));
    expect(text).toContain(t(lang, 'wizard.title.marketplace'));
    expect(text).not.toContain(t(lang, 'wizard.hint.contact'));
    const notFromMicrosoft = lang === 'en' ? /not from Microsoft/g : /a nie firma Microsoft/g;
    expect(text.match(notFromMicrosoft)?.length).toBe(1);
    const details = wizardStepCard('d', draftAt('details', marketplace), lang);
    expect(texts(details)).not.toContain(t(lang, 'wizard.hint.contact'));
    expect(texts(details)).not.toMatch(
      lang === 'en' ? /Microsoft will contact you/ : /Microsoft skontaktuje się/,
    );
  });

  it.each(LANGS)('in %s the own-subscription details and rows speak of your organization', (lang) => {
    const own: WizardAnswers = {
      role: 'direct-bill',
      service: 'own-subscription',
      problemType: 'non-break-fix',
      details,
    };
    const step = wizardStepCard('d', draftAt('details', own), lang);
    const ids = cardNodes(step).map((n: Node) => n.id);
    expect(ids).not.toContain('customerTenantId');
    expect(texts(step)).not.toContain(t(lang, 'wizard.hint.customerDomain'));
    expect(texts(step)).toContain(t(lang, 'wizard.hint.customerDomain.own'));
    for (const card of [review(own, lang), ticketSummaryCard(ticketOf(own), lang)]) {
      const titles = factsOf(card).map((f) => f.title);
      expect(titles).toContain(t(lang, 'ticket.field.organization'));
      expect(titles).not.toContain(t(lang, 'ticket.field.customer'));
    }
  });

  it('calls it the Microsoft 365 admin center everywhere', () => {
    for (const lang of LANGS) {
      for (const text of Object.values(messageTables[lang])) {
        expect(text).not.toMatch(/Office 365 admin center|administracyjn\w* Office 365/);
      }
    }
    for (const id of KNOWLEDGE_IDS) {
      for (const lang of LANGS) {
        expect(texts(faqAnswerCard(id, lang))).not.toMatch(
          /Office 365 admin center|administracyjn\w* Office 365/,
        );
      }
    }
  });

  it.each(LANGS)('in %s the no-admin-rights review shows the link it speaks of', (lang) => {
    const noAdmin = { ...azure, access: { delegatedAdmin: false, helpdeskAdmin: false } };
    const card = review(noAdmin, lang);
    expect(texts(card)).toContain(t(lang, 'decision.routeDetail.customer-domain-portal'));
    expect(openUrls(card)).toContain('https://portal.azure.com/contoso.onmicrosoft.com');
  });
});

describe('§6 Polish all the way', () => {
  it('says a cancelled wizard in Polish', () => {
    const text = texts(wizardCancelledCard('pl'));
    expect(text).toContain('Zgłoszenie anulowane');
    expect(text).not.toContain(t('en', 'wizard.cancelled.title'));
  });

  it('dates a Polish draft ticket in Polish', () => {
    const draft = ticketOf({ ...azure, prerequisites: [] });
    expect(draft.status).toBe('draft');
    const text = texts(ticketSummaryCard(draft, 'pl', { timeZone: 'Europe/Warsaw' }));
    expect(text).toContain(`${t('pl', 'ticket.field.created')}: 1 gru 2026, 11:41 CET`);
    expect(text).not.toMatch(/\bDec\b|Created/);
  });

  it('dates the Polish ticket list in Polish', () => {
    const text = texts(ticketListCard([ticketOf(azure)], 'pl'));
    expect(text).toContain('zmienione 1 gru 2026, 10:41 UTC');
    expect(text).not.toMatch(/\bDec\b|updated/);
  });
});
