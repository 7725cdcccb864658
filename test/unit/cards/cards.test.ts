import { parseCardAction, VERB, VERBS } from '../../../src/cards/verbs';
import { wizardCancelledCard, wizardClosedCard, wizardStepCard } from '../../../src/cards/stepCard';
import { ticketSummaryCard } from '../../../src/cards/ticketCard';
import { reviewOutcome } from '../../../src/domain/wizard/review';
import { cardDateTime } from '../../../src/cards/format';
import {
  addMicrosoftRequestNumber,
  newTicketFromDraft,
  withdraw,
  type Ticket,
} from '../../../src/domain/ticket';
import { submitStep } from '../../../src/domain/wizard/flow';
import { LIMITS, STEPS, type Draft, type StepId, type WizardAnswers } from '../../../src/domain/wizard/model';
import { LANGS, messageTables, t, type Lang } from '../../../src/i18n';
import { getEntry, getLink } from '../../../src/knowledge';
import type { CardJson } from '../../../src/cards/render';
import { cardNodes } from '../../helpers/cardNodes';

const MESSAGE_KEYS = new Set(Object.keys(messageTables.en));

const nodes = cardNodes;

const inputs = (card: CardJson) =>
  nodes(card).filter((n) => typeof n.type === 'string' && n.type.startsWith('Input.'));
const executes = (card: CardJson) => nodes(card).filter((n) => n.type === 'Action.Execute');
const submits = (card: CardJson) => nodes(card).filter((n) => n.type === 'Action.Submit');
const texts = (card: CardJson) => JSON.stringify(card);

/** What every card must satisfy, in every language. */
function expectValidCard(card: CardJson) {
  expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  // Template leftovers; an input's value is the user's own text, which may legitimately contain "${".
  const json = JSON.stringify(card, (key, value: unknown) => (key === 'value' ? undefined : value));
  expect(json).not.toContain('${');
  // No message key shown as text, which is what t() returns for a key it doesn't know.
  for (const n of nodes(card)) {
    for (const prop of ['text', 'title', 'label', 'errorMessage', 'placeholder', 'speak'] as const) {
      if (typeof n[prop] === 'string') expect(MESSAGE_KEYS.has(n[prop] as string)).toBe(false);
    }
  }
  for (const input of inputs(card)) {
    expect(typeof input.id).toBe('string');
    expect(typeof input.label).toBe('string');
    expect((input.label as string).length).toBeGreaterThan(0);
  }
  const ids = inputs(card).map((i) => i.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const action of executes(card)) {
    expect(VERBS).toContain(action.verb);
    expect(typeof action.title).toBe('string');
  }
  for (const action of submits(card)) expect(VERBS).toContain((action.data as { verb?: unknown }).verb);
  for (const n of nodes(card)) {
    if (n.type === 'Input.ChoiceSet') expect((n.choices as unknown[]).length).toBeGreaterThan(0);
    if (n.type === 'Action.OpenUrl') expect(n.url).toMatch(/^https:\/\//);
  }
}

const details = {
  customer: { name: 'Contoso *Ltd*', domain: 'contoso.onmicrosoft.com' },
  title: 'Mailboxes [down](http://evil.example)',
  description: 'Since **08:00** nobody can open a mailbox. ${secret}',
  contact: {
    name: 'Ann Partner',
    email: 'ann@fabrikam.com',
    phone: '+48 22 123 45 67',
    language: 'pl' as const,
  },
};

const fullAnswers: WizardAnswers = {
  role: 'indirect-reseller',
  service: 'azure',
  problemType: 'break-fix',
  criteria: ['service-unavailable'],
  prerequisites: ['service-health-checked', 'troubleshooting-done'],
  access: { delegatedAdmin: false, providerGrantedAccess: true, helpdeskAdmin: false },
  severity: 'A',
  details,
};

const withContactLanguage = (language: 'en' | 'pl' | 'de', answers: WizardAnswers = fullAnswers) => ({
  ...answers,
  details: { ...details, contact: { ...details.contact, language } },
});

const draftAt = (step: StepId, answers: WizardAnswers = fullAnswers, rev = 5): Draft => ({
  answers,
  step,
  rev,
});

describe('wizardStepCard', () => {
  const cases = LANGS.flatMap((lang) => STEPS.map((step) => [lang, step] as [Lang, StepId]));

  it.each(cases)('renders a valid card in %s for step %s', (lang, step) => {
    const expiresAt = new Date('2024-03-22T10:00:00Z');
    const card = wizardStepCard('d-1', draftAt(step), lang, {
      review: reviewOutcome(draftAt(step).answers, new Date('2024-03-08T10:00:00Z')),
      expiresAt,
    });
    expectValidCard(card);
    // Each button says which draft, rev and step it was drawn on, and when that draft expires.
    for (const action of executes(card)) {
      expect(action.data).toEqual({
        draftId: 'd-1',
        draftRev: 5,
        step,
        lang,
        expiresAt: expiresAt.getTime(),
      });
    }
    const unknown = wizardStepCard('d-1', draftAt(step), lang, {
      review: reviewOutcome(draftAt(step).answers, new Date('2024-03-08T10:00:00Z')),
    });
    for (const action of executes(unknown)) expect(action.data).toMatchObject({ expiresAt: 0 });
  });

  it('carries the draft position so a route can check it', () => {
    const card = wizardStepCard('d-1', draftAt('service'), 'en');
    const verbs = executes(card).map((a) => a.verb);
    expect(verbs).toEqual([VERB.wizardBack, VERB.wizardNext, VERB.wizardCancel]);
    const parsed = parseCardAction(VERB.wizardNext, {
      ...(executes(card)[1]?.data as object),
      service: 'azure',
    });
    expect(parsed).toMatchObject({
      ok: true,
      action: { verb: 'wizard.next', data: { draftRev: 5, step: 'service' } },
    });
  });

  it('has no back button on the first step and a submit button on review', () => {
    expect(executes(wizardStepCard('d', draftAt('role'), 'en')).map((a) => a.verb)).toEqual([
      VERB.wizardNext,
      VERB.wizardCancel,
    ]);
    const review = wizardStepCard('d', draftAt('review'), 'en', {
      review: reviewOutcome(fullAnswers, new Date(0)),
    });
    expect(executes(review).map((a) => a.verb)).toContain(VERB.wizardSubmit);
  });

  it('prefills the inputs from the answers', () => {
    const byId = (step: StepId) =>
      Object.fromEntries(inputs(wizardStepCard('d', draftAt(step), 'en')).map((i) => [i.id, i.value]));
    expect(byId('role')).toEqual({ role: 'indirect-reseller' });
    expect(byId('service')).toEqual({ service: 'azure', problemType: 'break-fix' });
    // One checks card: criteria, prerequisites, the access questions that apply and the severity.
    expect(byId('criteria')).toEqual({
      criteria: 'service-unavailable',
      serviceHealthChecked: 'true',
      troubleshootingDone: 'true',
      delegatedAdmin: 'no',
      providerGrantedAccess: 'yes',
      helpdeskAdmin: 'no',
      severity: 'A',
    });
    expect(byId('details')).toMatchObject({
      customerName: 'Contoso *Ltd*',
      customerDomain: 'contoso.onmicrosoft.com',
      contactPhone: '+48 22 123 45 67',
      contactLanguage: 'pl',
      customerTenantId: '',
    });
  });

  it('shows only the access questions that apply, and says which service the checks are for', () => {
    const answers: WizardAnswers = { role: 'direct-bill', service: 'dynamics365', problemType: 'break-fix' };
    for (const lang of LANGS) {
      const card = wizardStepCard('d', draftAt('criteria', answers), lang);
      expect(inputs(card).map((i) => i.id)).toEqual([
        'criteria',
        'serviceHealthChecked',
        'troubleshootingDone',
        'asfp',
        'severity',
      ]);
      expect(texts(card)).toContain(
        t(lang, 'wizard.checks.subject', {
          service: t(lang, 'wizard.service.dynamics365'),
          problem: t(lang, 'wizard.problem.break-fix'),
        }),
      );
    }
  });

  it('asks for the service and problem type on one card, saying billing covers licensing', () => {
    const card = wizardStepCard('d', draftAt('service', { role: 'direct-bill' }), 'en');
    expect(inputs(card).map((i) => i.id)).toEqual(['service', 'problemType']);
    // The service may still change on this card: the labels don't depend on it; the hint says it.
    expect(texts(card)).toContain(t('en', 'wizard.hint.problemType'));
    expect(texts(card)).not.toContain(t('en', 'wizard.problem.billing.dynamics365'));
  });

  it('says the title may stay empty', () => {
    for (const lang of LANGS) {
      const card = wizardStepCard('d', draftAt('details'), lang);
      expect(texts(card)).toContain(t(lang, 'wizard.hint.title', { max: 120 }));
    }
  });

  it('shows an automatic title greyed in the empty Title box and marked on the review, a typed one as typed', () => {
    const auto = {
      ...details,
      title: 'Exchange mail flow stopped',
      description: 'Exchange mail flow stopped',
      titleAutomatic: true,
    };
    for (const lang of LANGS) {
      const answers = { ...fullAnswers, details: auto };
      const box = inputs(wizardStepCard('d', draftAt('details', answers), lang)).find(
        (i) => i.id === 'title',
      );
      expect(box).toMatchObject({ value: '', placeholder: 'Exchange mail flow stopped' });
      // A description typed and not yet accepted: the box shows the title made from it.
      const typing: Draft = {
        ...draftAt('details', answers),
        pending: { description: 'Teams calls drop\nsince 9:00' },
      };
      expect(inputs(wizardStepCard('d', typing, lang)).find((i) => i.id === 'title')?.placeholder).toBe(
        'Teams calls drop',
      );
      const review = wizardStepCard('d', draftAt('review', answers), lang, {
        review: reviewOutcome(answers, new Date('2024-03-08T10:00:00Z')),
      });
      expect(texts(review)).toContain(
        JSON.stringify(t(lang, 'wizard.review.automaticTitle', { title: 'Exchange mail flow stopped' })),
      );

      const typed = { ...fullAnswers, details: { ...auto, title: 'Mail outage', titleAutomatic: false } };
      const typedBox = inputs(wizardStepCard('d', draftAt('details', typed), lang)).find(
        (i) => i.id === 'title',
      );
      expect(typedBox?.value).toBe('Mail outage');
      expect(typedBox).not.toHaveProperty('placeholder');
      const typedReview = wizardStepCard('d', draftAt('review', typed), lang, {
        review: reviewOutcome(typed, new Date('2024-03-08T10:00:00Z')),
      });
      expect(texts(typedReview)).toContain('"Mail outage"');
    }
    // User text stays text: no binding in it is expanded.
    const hostile: Draft = {
      ...draftAt('details', { role: 'direct-bill' }),
      pending: { description: '${lang} **down** <at>x</at>' },
    };
    expect(inputs(wizardStepCard('d', hostile, 'en')).find((i) => i.id === 'title')?.placeholder).toBe(
      '${lang} **down** <at>x</at>',
    );
    // No description yet: nothing to make a title from, no placeholder.
    const empty = inputs(wizardStepCard('d', draftAt('details', { role: 'direct-bill' }), 'en'));
    expect(empty.find((i) => i.id === 'title')).not.toHaveProperty('placeholder');
  });

  it('sends what was typed with Back, and no input can keep a client from sending it', () => {
    for (const step of STEPS) {
      const card = wizardStepCard('d', draftAt(step), 'en', {
        review: reviewOutcome(fullAnswers, new Date('2024-03-08T10:00:00Z')),
      });
      // A client checks required or patterned inputs before sending any button that carries them.
      for (const input of inputs(card)) {
        expect(input.isRequired).toBeUndefined();
        expect(input.regex).toBeUndefined();
      }
      const byVerb = Object.fromEntries(executes(card).map((a) => [a.verb, a.associatedInputs]));
      if (step !== 'role') expect(byVerb[VERB.wizardBack]).toBe('auto');
      expect(byVerb[step === 'review' ? VERB.wizardSubmit : VERB.wizardNext]).toBe('auto');
      // Cancel deletes the draft: there is nothing to keep its inputs for.
      expect(byVerb[VERB.wizardCancel]).toBe('none');
    }
  });

  it('shows the business impact of each severity level', () => {
    const en = texts(wizardStepCard('d', draftAt('criteria'), 'en'));
    expect(en).toContain('production services are down');
    expect(en).toContain('non-production services are affected');
    const pl = texts(wizardStepCard('d', draftAt('criteria'), 'pl'));
    expect(pl).toContain('usługi produkcyjne nie działają');
    expect(pl).toContain('problem dotyczy usług nieprodukcyjnych');
  });

  it('shows validation errors next to the fields and keeps what was typed', () => {
    const draft = draftAt('details', { role: 'direct-bill', service: 'marketplace' }, 2);
    const raw = {
      customerName: 'Contoso',
      customerDomain: 'not a domain',
      title: 'x'.repeat(121),
      description: { $gt: '' },
      contactName: 'Ann',
      contactEmail: 'ann@fabrikam.com',
      contactLanguage: 'en',
    };
    const result = submitStep(draft, { draftRev: 2, step: 'details' }, raw);
    if (result.ok || result.reason !== 'invalid') throw new Error('expected invalid');
    for (const lang of LANGS) {
      const card = wizardStepCard('d', result.draft, lang, { errors: result.errors });
      expectValidCard(card);
      const values = Object.fromEntries(inputs(card).map((i) => [i.id, i.value]));
      expect(values).toMatchObject({
        customerName: 'Contoso',
        customerDomain: 'not a domain',
        title: 'x'.repeat(121),
      });
      expect(executes(card)[0]?.data).toMatchObject({ draftRev: 2 });
    }
    // Each error sits in its input's own container, right under it (after its hint), in red; the
    // banner at the top only says that fields below need correcting.
    const errorUnder = (card: CardJson, id: string): string | undefined => {
      type Item = { type: string; id?: string; text?: string; color?: string };
      const body = card.body as { items?: Item[] }[];
      const group = body.find((c) => c.items?.some((i) => i.id === id))?.items ?? [];
      return group.find((i) => i.type === 'TextBlock' && i.color === 'Attention')?.text;
    };
    for (const lang of LANGS) {
      const card = wizardStepCard('d', result.draft, lang, { errors: result.errors });
      expect(errorUnder(card, 'customerDomain')).toBe(t(lang, 'wizard.error.domain'));
      expect(errorUnder(card, 'title')).toBe(t(lang, 'wizard.error.tooLong', { max: 120 }));
      expect(errorUnder(card, 'description')).toBe(t(lang, 'wizard.error.wrongType'));
      expect(errorUnder(card, 'customerName')).toBeUndefined();
      const top = JSON.stringify((card.body as unknown[]).slice(0, 4));
      expect(top).toContain(t(lang, 'wizard.errors.title'));
      expect(top).not.toContain(t(lang, 'wizard.error.domain'));
    }
  });

  it('shows user text verbatim in inputs, never as template syntax', () => {
    const card = wizardStepCard('d', draftAt('details'), 'en');
    expect(inputs(card).find((i) => i.id === 'description')?.value).toBe(details.description);
  });

  it('escapes user text on the review step', () => {
    const draft = draftAt('review');
    const json = texts(
      wizardStepCard('d', draft, 'en', { review: reviewOutcome(draft.answers, new Date(0)) }),
    );
    expect(json).toContain('Contoso \\\\*Ltd\\\\*');
    expect(json).not.toContain('[down](http://evil.example)');
  });

  it('previews the decision, route and response target on review, for an English-speaking contact', () => {
    const draft = draftAt('review', withContactLanguage('en'));
    const card = wizardStepCard('d', draft, 'pl', {
      review: reviewOutcome(draft.answers, new Date('2024-03-08T10:00:00Z')),
    });
    const json = texts(card);
    expect(json).toContain('Portal Azure w kontekście klienta');
    expect(json).toContain('2 godziny (istotność A) w pomocy technicznej w języku angielskim');
    expect(json).toContain('8 mar 2024, 12:00 UTC');
    expect(json).toContain(t('pl', 'response.englishNote'));
    expect(json).not.toMatch(/kryptograficzn/i);
  });

  it.each(LANGS)('promises no time to a contact who prefers another language (%s card)', (lang) => {
    for (const language of ['pl', 'de'] as const) {
      const draft = draftAt('review', withContactLanguage(language));
      const card = wizardStepCard('d', draft, lang, {
        review: reviewOutcome(draft.answers, new Date('2024-03-08T10:00:00Z')),
      });
      const json = texts(card);
      // The English-support target is shown as what it is, with the language's business hours.
      expect(json).toContain(t(lang, 'response.target.PT2H'));
      expect(json).toContain(
        t(lang, 'response.localLanguage', { language: t(lang, `wizard.language.${language}`) }),
      );
      expect(json).not.toContain('2024, 12:00 UTC');
    }
  });

  it('documents how one business day is counted when it shows a time for it', () => {
    const billing: WizardAnswers = {
      role: 'direct-bill',
      service: 'office365',
      problemType: 'billing',
      details: withContactLanguage('en').details,
    };
    const json = texts(
      wizardStepCard('d', draftAt('review', billing), 'en', {
        review: reviewOutcome(draftAt('review', billing).answers, new Date('2024-03-08T10:00:00Z')),
      }),
    );
    expect(json).toContain(t('en', 'response.target.P1BD'));
    expect(json).toContain('11 Mar 2024, 10:00 UTC');
    expect(json).toContain('the same clock time on the next business day (Monday to Friday in UTC');
    const breakFix = texts(
      wizardStepCard('d', draftAt('review', withContactLanguage('en')), 'en', {
        review: reviewOutcome(withContactLanguage('en'), new Date('2024-03-08T10:00:00Z')),
      }),
    );
    expect(breakFix).not.toContain(t('en', 'response.businessDayNote'));
  });

  it('says at the severity that the times are for English-speaking support', () => {
    const fresh = { role: 'direct-bill', service: 'azure', problemType: 'break-fix' } as const;
    for (const lang of LANGS) {
      const json = texts(wizardStepCard('d', draftAt('criteria', fresh), lang));
      expect(json).toContain(t(lang, 'wizard.hint.severity'));
      expect(json).toMatch(lang === 'en' ? /English-speaking support/ : /w języku angielskim/);
      expect(json).not.toMatch(/around the clock|całodob/);
    }
    // Once the contact is known to prefer Polish (back from details, or editing), it says so.
    const json = texts(wizardStepCard('d', draftAt('criteria', withContactLanguage('pl')), 'en'));
    expect(json).toContain(t('en', 'wizard.severity.localLanguage', { language: 'Polish' }));
    const english = texts(wizardStepCard('d', draftAt('criteria', withContactLanguage('en')), 'en'));
    expect(english).not.toContain('Your contact prefers');
  });

  it('offers a draft ticket when not yet eligible', () => {
    const answers = { ...fullAnswers, prerequisites: [] };
    const card = wizardStepCard('d', draftAt('review', answers), 'en', {
      review: reviewOutcome(answers, new Date('2024-03-08T10:00:00Z')),
    });
    const submit = executes(card).find((a) => a.verb === VERB.wizardSubmit);
    expect(submit?.title).toBe('Save as draft ticket');
    expect(texts(card)).toContain('Check service health first');
  });

  it('says on an edit that it changes the ticket, and that the review saves the changes', () => {
    const edit = { ticketId: 'CSP-000042', version: 3, base: fullAnswers };
    for (const lang of LANGS) {
      for (const answers of [fullAnswers, { ...fullAnswers, prerequisites: [] }]) {
        const draft: Draft = { ...draftAt('review', answers), edit };
        const card = wizardStepCard('d', draft, lang, {
          review: reviewOutcome(answers, new Date('2024-03-08T10:00:00Z')),
        });
        expectValidCard(card);
        const shown = nodes(card).map((n) => n.text);
        expect(shown).toContain(t(lang, 'wizard.title.edit', { id: 'CSP-000042' }));
        expect(shown).toContain(t(lang, 'wizard.intro.review.edit'));
        expect(shown).not.toContain(t(lang, 'wizard.intro.review'));
        const submit = executes(card).find((a) => a.verb === VERB.wizardSubmit);
        expect(submit?.title).toBe(t(lang, 'wizard.action.saveChanges'));
      }
      // The other steps of an edit name the ticket too.
      const details = wizardStepCard('d', { ...draftAt('details'), edit }, lang);
      expect(nodes(details).map((n) => n.text)).toContain(t(lang, 'wizard.title.edit', { id: 'CSP-000042' }));
    }
    expect(t('en', 'wizard.action.saveChanges')).toBe('Save changes');
    expect(t('pl', 'wizard.action.saveChanges')).toBe('Zapisz zmiany');
  });

  it('says a new ticket is created on review', () => {
    for (const lang of LANGS) {
      const card = wizardStepCard('d', draftAt('review'), lang, {
        review: reviewOutcome(fullAnswers, new Date('2024-03-08T10:00:00Z')),
      });
      const shown = nodes(card).map((n) => n.text);
      expect(shown).toContain(t(lang, 'wizard.title'));
      expect(shown).toContain(t(lang, 'wizard.intro.review'));
      expect(executes(card).find((a) => a.verb === VERB.wizardSubmit)?.title).toBe(
        t(lang, 'wizard.action.submit'),
      );
    }
  });

  it('will not draw a review without the decision the wizard service worked out', () => {
    expect(() => wizardStepCard('d', draftAt('review'), 'en')).toThrow(TypeError);
  });

  it('labels the stale banner', () => {
    for (const lang of LANGS) {
      const card = wizardStepCard('d', draftAt('service'), lang, { notice: 'stale' });
      expectValidCard(card);
      expect(nodes(card).some((n) => n.style === 'warning')).toBe(true);
    }
  });

  it.each(['saveFailed', 'invalidAction', 'incomplete'] as const)(
    'shows the %s banner above the step, with the typed inputs',
    (notice) => {
      for (const lang of LANGS) {
        const draft: Draft = { ...draftAt('details'), pending: { title: 'Typed, not yet saved' } };
        const card = wizardStepCard('d', draft, lang, { notice });
        expectValidCard(card);
        const key = `wizard.${notice}` as const;
        const banner = nodes(card).find((n) => n.style === 'warning');
        expect(JSON.stringify(banner)).toContain(JSON.stringify(t(lang, key)).slice(1, -1));
        expect(inputs(card).find((i) => i.id === 'title')?.value).toBe('Typed, not yet saved');
      }
    },
  );
});

describe('what changed meanwhile, on an edit', () => {
  const banner = (by: string[], lang: Lang) => {
    const card = wizardStepCard('d', draftAt('review'), lang, {
      review: reviewOutcome(fullAnswers, new Date('2024-03-08T10:00:00Z')),
      notice: 'changedMeanwhile',
      changes: { by, fields: ['title'], conflicts: [] },
    });
    expectValidCard(card);
    return nodes(card).find((n) => n.style === 'warning');
  };
  const bannerText = (by: string[], lang: Lang) =>
    (banner(by, lang)?.items as { text: string }[] | undefined)?.[0]?.text ?? '';
  const people = (n: number) => Array.from({ length: n }, (_, i) => `Person ${i + 1}`);

  it.each(LANGS)('in %s, names up to three who changed it, as written', (lang) => {
    for (const n of [1, 2, 3]) {
      const text = bannerText(people(n), lang);
      expect(text).toContain(people(n).join(', '));
      for (const key of ['one', 'few', 'many', 'other'] as const)
        expect(text).not.toContain(t(lang, `edit.changedBy.more.${key}`, { names: '', count: '' }).trim());
    }
    // Markdown in a name is shown as it is written, never as markup.
    const text = bannerText(['**Eve** [x](http://evil.example)', 'Bob_'], lang);
    expect(text).toContain('\\*\\*Eve\\*\\* \\[x\\]\\(http://evil\\.example\\), Bob\\_');
  });

  it('counts the others past three, in Polish with the noun that agrees with the count', () => {
    const expected: [number, string, string][] = [
      [4, 'and 1 more', 'i jeszcze 1 osoba'],
      [5, 'and 2 more', 'i jeszcze 2 osoby'],
      [7, 'and 4 more', 'i jeszcze 4 osoby'],
      [8, 'and 5 more', 'i jeszcze 5 osób'],
      [15, 'and 12 more', 'i jeszcze 12 osób'],
      [25, 'and 22 more', 'i jeszcze 22 osoby'],
      [28, 'and 25 more', 'i jeszcze 25 osób'],
    ];
    for (const [n, en, pl] of expected) {
      const shown = people(3).join(', ');
      expect(bannerText(people(n), 'en')).toContain(`${shown} ${en}:`);
      expect(bannerText(people(n), 'pl')).toContain(`${shown} ${pl}.`);
      expect(bannerText(people(n), 'en')).not.toContain('Person 4');
    }
  });

  it('cuts a name longer than the wizard takes for a name, never a character in two', () => {
    const long = `${'Anna '.repeat(30)}Kowalska`;
    const text = bannerText([long, `${'😀'.repeat(LIMITS.name)}`, 'Bob\ud800'], 'en');
    expect(text).toContain(`${long.slice(0, LIMITS.name).trimEnd()}…`);
    expect(text).not.toContain(long);
    expect(text).toContain(`${'😀'.repeat(LIMITS.name / 2)}…`);
    expect(text).toContain('Bob\ufffd');
    expect(/\p{Cs}/u.test(text)).toBe(false);
  });
});

describe('notice cards', () => {
  it.each(LANGS)('cancelled and closed cards in %s offer a new start', (lang) => {
    for (const card of [wizardCancelledCard(lang), wizardClosedCard(lang)]) {
      expectValidCard(card);
      expect(executes(card).map((a) => a.verb)).toEqual([VERB.wizardStart]);
    }
    // A cancelled edit shows its ticket again first, then offers a new start.
    const edit = wizardCancelledCard(lang, 'CSP-000042');
    expectValidCard(edit);
    expect(executes(edit).map((a) => [a.verb, a.data])).toEqual([
      [VERB.ticketRefresh, { ticketId: 'CSP-000042' }],
      [VERB.wizardStart, { origin: 'command' }],
    ]);
  });

  it.each(LANGS)('a cancelled edit in %s says the ticket stays as it was', (lang) => {
    const shown = nodes(wizardCancelledCard(lang, 'CSP-000042')).map((n) => n.text);
    expect(shown).toContain(t(lang, 'wizard.cancelled.edit.title'));
    expect(shown).toContain(t(lang, 'wizard.cancelled.edit.text', { id: 'CSP-000042' }));
    expect(shown).not.toContain(t(lang, 'wizard.cancelled.title'));
  });
});

describe('ticketSummaryCard', () => {
  const meta = {
    seq: 42,
    requester: { id: '29:ann', name: 'Ann <b>Partner</b>' },
    conversation: {
      id: 'a:1',
      type: 'personal' as const,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
    },
    tenantId: 't1',
    now: new Date('2024-03-08T10:00:00Z'),
    idempotencyKey: 'd:7',
  };
  const ticket: Ticket = newTicketFromDraft({ answers: fullAnswers }, meta);
  const by = { id: '29:bob', name: 'Bob' };

  it.each(LANGS)('renders a valid card in %s', (lang) => {
    const card = ticketSummaryCard(ticket, lang, { notice: 'created' });
    expectValidCard(card);
    // Ticket actions carry the card's language, so the card they bring back stays in it.
    for (const action of executes(card))
      expect(action.data).toEqual({ ticketId: 'CSP-000042', version: 1, lang });
    // Next steps open their knowledge entry through the FAQ route, which takes Action.Submit.
    expect(submits(card).length).toBeGreaterThan(0);
    for (const action of submits(card)) {
      expect(action.data).toEqual({ verb: VERB.faqAsk, knowledgeId: expect.any(String), lang });
    }
  });

  it('shows the decision, the customer portal link, next steps and the response target', () => {
    const english = newTicketFromDraft({ answers: withContactLanguage('en') }, meta);
    const card = ticketSummaryCard(english, 'en');
    const json = texts(card);
    expect(json).toContain('CSP-000042');
    expect(json).toContain('Ready to file');
    const urls = nodes(card)
      .filter((n) => n.type === 'Action.OpenUrl')
      .map((n) => n.url);
    expect(urls).toContain('https://portal.azure.com/contoso.onmicrosoft.com');
    const asks = submits(card);
    expect(asks.map((a) => (a.data as { knowledgeId: string }).knowledgeId)).toContain(
      'azure.no-admin-rights',
    );
    expect(json).toContain('2 hours (severity A), for English-speaking support');
    expect(json).toContain('8 Mar 2024, 12:00 UTC');
    expect(json).toContain(t('en', 'response.englishNote'));
  });

  it.each(LANGS)('sets no first-response time for a contact who prefers Polish (%s card)', (lang) => {
    // The shared ticket's contact prefers Polish.
    expect(ticket).toMatchObject({ responseTarget: 'local-business-hours' });
    expect(ticket.respondBy).toBeUndefined();
    const json = texts(ticketSummaryCard(ticket, lang));
    expect(json).toContain(t(lang, 'response.target.PT2H'));
    expect(json).toContain(t(lang, 'response.localLanguage', { language: t(lang, 'wizard.language.pl') }));
    expect(json).not.toContain('8 Mar 2024, 12:00');
    expect(json).not.toContain('8 mar 2024, 12:00');
  });

  it.each(LANGS)(
    'names the requester’s role, not the reader’s, for the engineers who read it in the channel (%s)',
    (lang) => {
      const json = texts(ticketSummaryCard(ticket, lang));
      expect(json).toContain(t(lang, 'ticket.field.role'));
      expect(json).not.toMatch(lang === 'en' ? /Your role/ : /Twoja rola/);
      const own = newTicketFromDraft({ answers: { ...fullAnswers, service: 'own-subscription' } }, meta);
      const ownJson = texts(ticketSummaryCard(own, lang));
      expect(ownJson).toContain(t(lang, 'ticket.field.organization'));
      expect(ownJson).not.toMatch(lang === 'en' ? /Your organization/ : /Twoja organizacja/);
    },
  );

  it.each(LANGS)(
    'where the number is added elsewhere: no box, who adds it, and nothing once it is there (%s)',
    (lang) => {
      const card = ticketSummaryCard(ticket, lang, { requestNumberHere: false });
      expectValidCard(card);
      expect(nodes(card).some((n) => n.id === 'microsoftRequestNumber')).toBe(false);
      expect(executes(card).some((a) => a.verb === VERB.ticketAddMsNumber)).toBe(false);
      expect(texts(card)).toContain(t(lang, 'ticket.requestNumberInChannel'));
      const filed = { ...ticket, microsoftRequestNumber: '2503070010000222' };
      expect(texts(ticketSummaryCard(filed, lang, { requestNumberHere: false }))).not.toContain(
        t(lang, 'ticket.requestNumberInChannel'),
      );
      expect(texts(ticketSummaryCard(ticket, lang))).not.toContain(t(lang, 'ticket.requestNumberInChannel'));
    },
  );

  it('documents on the ticket how one business day is counted', () => {
    const billing = newTicketFromDraft(
      {
        answers: {
          role: 'direct-bill',
          service: 'office365',
          problemType: 'billing',
          details: withContactLanguage('en').details,
        },
      },
      meta,
    );
    const json = texts(ticketSummaryCard(billing, 'pl'));
    expect(json).toContain(t('pl', 'response.target.P1BD'));
    expect(json).toContain(t('pl', 'response.businessDayNote'));
  });

  it.each(LANGS)('names next steps by their entry titles and links by their labels (%s)', (lang) => {
    const card = ticketSummaryCard(ticket, lang);
    const steps = submits(card).map((a) => ({
      title: a.title,
      id: (a.data as { knowledgeId: 'azure.no-admin-rights' }).knowledgeId,
    }));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(step.title).toBe(getEntry(step.id).title[lang]);
    const opened = nodes(card).filter((n) => n.type === 'Action.OpenUrl');
    expect(opened.length).toBe(ticket.decision.links.length);
    ticket.decision.links.forEach((link, i) => {
      expect(opened[i]).toMatchObject({ title: getLink(link.id).label[lang], url: link.url });
    });
  });

  it('offers add-number, edit and withdraw while open', () => {
    const card = ticketSummaryCard(ticket, 'en');
    expect(executes(card).map((a) => a.verb)).toEqual(
      expect.arrayContaining([
        VERB.ticketAddMsNumber,
        VERB.ticketEdit,
        VERB.ticketWithdraw,
        VERB.ticketRefresh,
      ]),
    );
    expect(inputs(card).map((i) => i.id)).toEqual(['microsoftRequestNumber']);
  });

  it('offers only refresh once withdrawn', () => {
    const withdrawn = withdraw(ticket, by, new Date('2024-03-08T11:00:00Z'));
    if (!withdrawn.ok) throw new Error('expected ok');
    const card = ticketSummaryCard(withdrawn.ticket, 'pl', { notice: 'withdrawn' });
    expectValidCard(card);
    expect(executes(card).map((a) => a.verb)).toEqual([VERB.ticketRefresh]);
    expect(inputs(card)).toEqual([]);
    expect(texts(card)).toContain('Wycofane');
  });

  it('shows the filed number and keeps a rejected input', () => {
    const filed = addMicrosoftRequestNumber(ticket, '2403080010001234', by, new Date('2024-03-08T11:00:00Z'));
    if (!filed.ok) throw new Error('expected ok');
    expect(texts(ticketSummaryCard(filed.ticket, 'en'))).toContain('2403080010001234');
    const card = ticketSummaryCard(ticket, 'en', {
      error: 'invalid-request-number',
      microsoftRequestNumberInput: '12ab',
    });
    expect(inputs(card)[0]?.value).toBe('12ab');
    expect(texts(card)).toContain('10 to 20 digits');
  });

  it('escapes user text', () => {
    const json = texts(ticketSummaryCard(ticket, 'en'));
    expect(json).not.toContain('[down](http://evil.example)');
    expect(json).not.toContain('<b>');
    expect(json).not.toContain('**08:00**');
  });

  it('explains what to do first for a not-yet ticket', () => {
    const draftTicket = newTicketFromDraft({ answers: { ...fullAnswers, criteria: [] } }, meta);
    const card = ticketSummaryCard(draftTicket, 'pl');
    expectValidCard(card);
    const json = texts(card);
    expect(json).toContain('Najpierw zrób to');
    expect(json).toContain('Nie jest spełnione żadne kryterium eskalacji');
    expect(json).toContain('Docelowe czasy odpowiedzi CSP nie dotyczą tej ścieżki.');
  });

  it.each<[string, WizardAnswers]>([
    ['marketplace', { role: 'direct-bill', service: 'marketplace', problemType: 'break-fix', details }],
    ['marketplace billing', { role: 'direct-bill', service: 'marketplace', problemType: 'billing', details }],
    ['Dynamics Support', { role: 'direct-bill', service: 'dynamics365', problemType: 'billing', details }],
    [
      'own subscription',
      { role: 'direct-bill', service: 'own-subscription', problemType: 'non-break-fix', details },
    ],
    ['billing', { role: 'direct-bill', service: 'office365', problemType: 'billing', details }],
  ])('renders the %s route', (_name, answers) => {
    const card = ticketSummaryCard(newTicketFromDraft({ answers }, meta), 'en');
    expectValidCard(card);
  });

  it('has no add-number action for marketplace products', () => {
    const card = ticketSummaryCard(
      newTicketFromDraft(
        { answers: { role: 'direct-bill', service: 'marketplace', problemType: 'non-break-fix', details } },
        meta,
      ),
      'en',
    );
    expect(executes(card).map((a) => a.verb)).not.toContain(VERB.ticketAddMsNumber);
  });
});

describe('parseCardAction', () => {
  it.each<[string, unknown, unknown, string]>([
    ['an unknown verb', 'wizard.explode', {}, 'unknown-verb'],
    ['a verb that is not a string', { $gt: '' }, {}, 'unknown-verb'],
    [
      'a draftRev as an object',
      VERB.wizardNext,
      { draftId: 'd', draftRev: { $gt: 0 }, step: 'role' },
      'bad-data',
    ],
    ['a draftRev as a string', VERB.wizardNext, { draftId: 'd', draftRev: '1', step: 'role' }, 'bad-data'],
    ['an unknown step', VERB.wizardBack, { draftId: 'd', draftRev: 1, step: 'nowhere' }, 'bad-data'],
    [
      'an injected draft id',
      VERB.wizardCancel,
      { draftId: { $ne: null }, draftRev: 1, step: 'role' },
      'bad-data',
    ],
    ['a bad ticket id', VERB.ticketEdit, { ticketId: 'CSP-1', version: 1 }, 'bad-data'],
    ['a missing version', VERB.ticketWithdraw, { ticketId: 'CSP-000001' }, 'bad-data'],
    [
      'an oversized number input',
      VERB.ticketAddMsNumber,
      { ticketId: 'CSP-000001', version: 1, microsoftRequestNumber: '1'.repeat(65) },
      'bad-data',
    ],
  ])('rejects %s', (_name, verb, data, error) => {
    expect(parseCardAction(verb, data)).toMatchObject({ ok: false, error });
  });

  it('keeps the card inputs in raw for the wizard', () => {
    const result = parseCardAction(VERB.wizardNext, {
      draftId: 'd-1',
      draftRev: 3,
      step: 'role',
      role: 'direct-bill',
    });
    expect(result).toMatchObject({
      ok: true,
      raw: { role: 'direct-bill' },
      action: { data: { draftId: 'd-1' } },
    });
  });
});

describe('dates on cards', () => {
  it('are written in the card’s language, in the reader’s time zone when known, else in UTC', () => {
    const d = new Date('2026-12-01T10:41:00Z');
    expect(cardDateTime(d, 'en')).toBe('1 Dec 2026, 10:41 UTC');
    expect(cardDateTime(d, 'pl')).toBe('1 gru 2026, 10:41 UTC');
    expect(cardDateTime(d, 'pl', 'Europe/Warsaw')).toBe('1 gru 2026, 11:41 CET');
  });
});
